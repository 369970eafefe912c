#pragma once

#include "models/sync/SyncRunRepository.h"
#include "services/sync/Backoff.h"
#include "services/sync/SyncRun.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <memory>
#include <optional>

namespace leadbox {

class CloudClient;
class SyncTransport;
class WorkspaceStore;

// Keeps one cloud workspace's store in sync with LeadBox Cloud (notes/sync-protocol.md).
//
// A run pulls the change feed, then pushes the outbox (SyncRun). Runs start on a timer, on demand
// (syncNow(), F5), a moment after local edits, and when the network comes back. After a failure the
// next run waits longer each time (exponential backoff with jitter, at least the cloud's
// Retry-After). Only one run at a time; asking during a run queues one more.
//
// The GUI shows state(), pendingCount(), conflictCount() and, for Offline and Error, lastError()
// with lastErrorRequestId(); stateChanged() announces any change of these. Pulled changes are
// announced through the store's own LeadRepository::leadsChanged() and
// ConflictRepository::conflictsChanged(). Nothing here logs tokens or email addresses.
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Synced,  // the last run completed (conflicts and refused changes may still want attention)
        Syncing, // a run is in progress
        Offline, // the last run could not reach the cloud; it retries on its own
        Error,   // the cloud or the store refused; see lastError()
    };
    Q_ENUM(State)

    struct Options
    {
        int intervalMs = 30 * 1000; // between runs while all is well
        int editDelayMs = 2 * 1000; // after the last local edit
        qint64 backoffBaseMs = 2 * 1000;
        qint64 backoffMaxMs = 5 * 60 * 1000;
        int requestTimeoutMs = 10 * 1000; // no bytes for this long: the request is retried
        bool watchNetwork = true;         // QNetworkInformation, where the platform has a backend
        SyncRun::Options run;
    };

    // Syncs `store` (the cache of `workspaceId`) through `cloud`.
    SyncEngine(WorkspaceStore& store, CloudClient* cloud, const QString& workspaceId, Options options,
               QObject* parent = nullptr);
    // Syncs through another transport (tests). The engine does not own it.
    SyncEngine(WorkspaceStore& store, SyncTransport* transport, Options options, QObject* parent = nullptr);
    ~SyncEngine() override;

    State state() const { return m_state; }
    // Local changes not yet in the cloud (an import counts each lead it added).
    qint64 pendingCount() const { return m_pending; }
    qint64 conflictCount() const { return m_conflicts; }
    // For Offline and Error: a sentence for people, and the request ID it came with (may be empty).
    QString lastError() const { return m_lastError; }
    QString lastErrorRequestId() const { return m_lastErrorRequestId; }
    // When the last run completed, or invalid.
    QDateTime lastSyncedAt() const { return m_lastSyncedAt; }
    std::optional<SyncRunRecord> lastRun() const { return m_lastRun; }
    // The last runs, newest first (Help → Sync Details).
    QList<SyncRunRecord> recentRuns(int limit) const;
    bool isRunning() const { return m_run != nullptr; }
    // When the next run is due (timer or retry), or invalid when none is planned.
    QDateTime nextRunAt() const;

public Q_SLOTS:
    // Turns on the triggers (timer, edits, network) and syncs now.
    void start();
    // Turns them off. A run in progress is dropped: what it applied stays, what it sent is resent later.
    void stop();
    // Runs as soon as possible: now, or right after the run in progress.
    void syncNow();

public:
    // One run, waiting in a local event loop until it ends (the CLI). Does not start the triggers.
    SyncRunRecord syncAndWait();

Q_SIGNALS:
    void stateChanged();
    void runStarted();
    void runFinished(const leadbox::SyncRunRecord& run);

private:
    void startRun();
    void onRunFinished();
    void onStoreChanged(bool leads, bool conflicts);
    void onLocalEdit();
    void onNetworkReachable();
    void refreshCounts();
    void setState(State state, const QString& error = {}, const QString& requestId = {});
    void scheduleNext(qint64 delayMs);
    void watchNetwork();

    WorkspaceStore& m_store;
    std::unique_ptr<SyncTransport> m_ownTransport;
    QPointer<SyncTransport> m_transport;
    Options m_options;
    Backoff m_backoff;
    SyncRun* m_run = nullptr;
    QTimer m_nextRun;
    QTimer m_editDelay;
    bool m_started = false;
    bool m_runAgain = false;
    bool m_applying = false; // our own announcements of pulled changes are not local edits
    int m_failures = 0;
    State m_state = State::Synced;
    qint64 m_pending = 0;
    qint64 m_conflicts = 0;
    QString m_lastError;
    QString m_lastErrorRequestId;
    QDateTime m_lastSyncedAt;
    std::optional<SyncRunRecord> m_lastRun;
};

} // namespace leadbox
