#pragma once

#include "models/imports/ImportTypes.h"

#include <QMetaType>
#include <QObject>
#include <QString>
#include <atomic>

namespace leadbox {

// How an import run ended, as the wizard's summary shows it.
struct ImportOutcome
{
    enum class Result
    {
        Imported,
        Cancelled,
        Failed, // `error` says why; nothing was written
    };
    Result result = Result::Failed;
    ImportSummary summary;
    QString error;
};

// Runs one import on the thread it is moved to, through its own connection to the workspace file:
// SQLite connections belong to the thread that opened them, and the window's stays free for reading.
class ImportWorker : public QObject
{
    Q_OBJECT

public:
    // `cancel` must outlive the run; setting it stops the import, which then changes nothing.
    ImportWorker(QString databasePath, ImportOptions options, const std::atomic_bool& cancel);

public Q_SLOTS:
    void run();

Q_SIGNALS:
    // Bytes of the file read so far; emitted every few thousand rows from the worker's thread.
    void progressed(qint64 done, qint64 total);
    void finished(const leadbox::ImportOutcome& outcome);

private:
    QString m_databasePath;
    ImportOptions m_options;
    const std::atomic_bool& m_cancel;
};

} // namespace leadbox

Q_DECLARE_METATYPE(leadbox::ImportOutcome)
