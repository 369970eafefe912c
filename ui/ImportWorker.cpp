#include "ui/ImportWorker.h"

#include "models/StoreError.h"
#include "models/imports/LeadImporter.h"
#include "models/store/Database.h"

namespace leadbox {

ImportWorker::ImportWorker(QString databasePath, ImportOptions options, const std::atomic_bool& cancel)
    : m_databasePath(std::move(databasePath))
    , m_options(std::move(options))
    , m_cancel(cancel)
{
}

void ImportWorker::run()
{
    ImportOutcome outcome;
    try {
        Database db(m_databasePath);
        outcome.summary = LeadImporter(db).run(
            m_options, [this](qint64 done, qint64 total) { Q_EMIT progressed(done, total); }, &m_cancel);
        outcome.result =
            outcome.summary.cancelled ? ImportOutcome::Result::Cancelled : ImportOutcome::Result::Imported;
    } catch (const StoreError& error) {
        outcome.result = ImportOutcome::Result::Failed;
        outcome.error = error.message();
    } catch (const std::exception& error) {
        // Not expected from the store, but an escaped exception would end the whole program.
        outcome.result = ImportOutcome::Result::Failed;
        outcome.error = tr("The import stopped unexpectedly (%1). Nothing was imported.")
                            .arg(QString::fromLocal8Bit(error.what()));
    }
    Q_EMIT finished(outcome);
}

} // namespace leadbox
