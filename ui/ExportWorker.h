#pragma once

#include "models/leads/LeadFilter.h"

#include <QObject>
#include <QString>
#include <atomic>

namespace leadbox {

// Runs one export on the thread it is moved to, through its own connection to the workspace file.
class ExportWorker : public QObject
{
    Q_OBJECT

public:
    // `cancel` must outlive the run; setting it stops the export, which then writes no file.
    ExportWorker(QString databasePath, QString filePath, QString search, LeadFilter filter,
                 const std::atomic_bool& cancel);

public Q_SLOTS:
    void run();

Q_SIGNALS:
    void progressed(qint64 done, qint64 total);
    // `error` is empty on success; `cancelled` when the flag stopped it.
    void finished(qint64 written, bool cancelled, const QString& error);

private:
    QString m_databasePath;
    QString m_filePath;
    QString m_search;
    LeadFilter m_filter;
    const std::atomic_bool& m_cancel;
};

} // namespace leadbox
