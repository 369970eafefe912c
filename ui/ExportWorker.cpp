#include "ui/ExportWorker.h"

#include "models/StoreError.h"
#include "models/imports/LeadExporter.h"
#include "models/store/Database.h"

namespace leadbox {

ExportWorker::ExportWorker(QString databasePath, QString filePath, QString search, LeadFilter filter,
                           const std::atomic_bool& cancel)
    : m_databasePath(std::move(databasePath))
    , m_filePath(std::move(filePath))
    , m_search(std::move(search))
    , m_filter(std::move(filter))
    , m_cancel(cancel)
{
}

void ExportWorker::run()
{
    qint64 written = 0;
    QString error;
    try {
        Database db(m_databasePath);
        written = LeadExporter(db).run(
            m_filePath, m_search, m_filter,
            [this](qint64 done, qint64 total) { Q_EMIT progressed(done, total); }, &m_cancel);
    } catch (const StoreError& storeError) {
        error = storeError.message();
    } catch (const std::exception& other) {
        error = tr("The export stopped unexpectedly (%1). No file was written.")
                    .arg(QString::fromLocal8Bit(other.what()));
    }
    // The exporter checks the flag every few thousand rows; one that finished first wrote its file.
    Q_EMIT finished(written, error.isEmpty() && written == 0 && m_cancel.load(), error);
}

} // namespace leadbox
