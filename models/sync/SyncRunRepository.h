#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace leadbox {

class Database;

// One sync run as `leadbox-cli status` and the sync indicator report it.
struct SyncRunRecord
{
    qint64 id = 0;
    QDateTime started;
    QDateTime finished; // invalid while running, or when the process ended mid-run
    qint64 pulled = 0;
    qint64 pushed = 0;
    qint64 conflicts = 0; // new conflicts
    qint64 rejected = 0;  // changes the cloud refused (dropped here, the local value kept)
    bool failed = false;
    QString error;     // why it failed; or, when it completed, what the cloud refused
    QString requestId; // of the request the error came from

    bool isFinished() const { return finished.isValid(); }
};

// The last sync runs of a workspace store; keeps the newest kKeptRuns.
class SyncRunRepository
{
public:
    static constexpr int kKeptRuns = 50;

    explicit SyncRunRepository(Database& db);

    // Records a run as started now and returns it.
    SyncRunRecord begin();
    void finish(const SyncRunRecord& run);
    // The newest run, finished or not.
    std::optional<SyncRunRecord> last();
    // The newest finished run.
    std::optional<SyncRunRecord> lastFinished();
    QList<SyncRunRecord> recent(int limit);

private:
    QList<SyncRunRecord> select(const QString& where, int limit);
    Database& m_db;
};

} // namespace leadbox
