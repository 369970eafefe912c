#pragma once

#include "models/sync/PushBatch.h"
#include "models/sync/SyncRunRepository.h"
#include "services/sync/Backoff.h"
#include "services/sync/SyncTransport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <functional>

namespace leadbox {

class WorkspaceStore;

// One sync run: pull pages of the change feed until hasMore is false, then push the outbox in batches
// until nothing is left, recorded in sync_runs. A failed request is retried within the run when that
// is safe and likely to help (offline, timeout, a dropped or garbled answer, 408/429/5xx), after a
// backoff that honours Retry-After; op ids make a resent batch harmless. Emits finished() once.
class SyncRun : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int pageLimit = 2000;
        int batchSize = 500;               // the protocol's maximum
        qint64 maxBatchBytes = 900 * 1024; // the cloud takes bodies up to 1 MB
        int maxAttempts = 4;               // per request, within the run
        qint64 retryBaseMs = 1000;
        qint64 maxRetryWaitMs = 60 * 1000; // a longer Retry-After ends the run; the engine waits instead
    };

    SyncRun(WorkspaceStore& store, SyncTransport* transport, Options options, QObject* parent = nullptr);

    void start();
    const SyncRunRecord& record() const { return m_record; }
    // For a failed run: whether the network (not the cloud) failed, and how long the cloud asked to wait.
    bool failedOffline() const { return m_offline; }
    qint64 retryAfterMs() const { return m_retryAfterMs; }

Q_SIGNALS:
    // Pulled or pushed changes reached the store: views and counts should read it again.
    void storeChanged(bool leads, bool conflicts);
    void finished();

private:
    void pull();
    void onPulled(const SyncResponse& response);
    void push();
    void sendBatch();
    void onPushed(const SyncResponse& response);
    void retryOrFail(const SyncResponse& response, void (SyncRun::*again)());
    void fail(const QString& message, const QString& requestId);
    void finish();

    WorkspaceStore& m_store;
    QPointer<SyncTransport> m_transport;
    Options m_options;
    Backoff m_backoff;
    SyncRunRecord m_record;
    QElapsedTimer m_clock;
    QString m_cursor;
    PushBatch m_batch;
    int m_batchSize;
    int m_attempts = 0;
    int m_stalledRounds = 0;
    bool m_offline = false;
    qint64 m_retryAfterMs = -1;
    bool m_done = false;
};

} // namespace leadbox
