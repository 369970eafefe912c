#include "services/sync/SyncEngine.h"

#include "models/StoreError.h"
#include "models/WorkspaceStore.h"
#include "services/LogCategories.h"
#include "services/sync/SyncTransport.h"

#include <QEventLoop>
#include <QNetworkInformation>
#include <algorithm>
#include <limits>

namespace leadbox {

SyncEngine::SyncEngine(WorkspaceStore& store, CloudClient* cloud, const QString& workspaceId, Options options,
                       QObject* parent)
    : SyncEngine(store, static_cast<SyncTransport*>(nullptr), options, parent)
{
    m_ownTransport = std::make_unique<CloudSyncTransport>(cloud, workspaceId, options.requestTimeoutMs);
    m_transport = m_ownTransport.get();
}

SyncEngine::SyncEngine(WorkspaceStore& store, SyncTransport* transport, Options options, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_transport(transport)
    , m_options(options)
    , m_backoff(options.backoffBaseMs, options.backoffMaxMs)
{
    m_nextRun.setSingleShot(true);
    m_editDelay.setSingleShot(true);
    connect(&m_nextRun, &QTimer::timeout, this, &SyncEngine::syncNow);
    connect(&m_editDelay, &QTimer::timeout, this, [this] {
        refreshCounts();
        // While failing, the backoff timer decides when to try again; an edit does not hurry it.
        if (m_pending > 0 && m_failures == 0) {
            syncNow();
        }
    });
    connect(&m_store.leads(), &LeadRepository::leadsChanged, this, &SyncEngine::onLocalEdit);
    connect(&m_store.conflicts(), &ConflictRepository::conflictsChanged, this, &SyncEngine::onLocalEdit);
    try {
        m_lastRun = SyncRunRepository(m_store.database()).lastFinished();
        if (m_lastRun && !m_lastRun->failed) {
            m_lastSyncedAt = m_lastRun->finished;
        }
    } catch (const StoreError& error) {
        qCWarning(lcSync) << "could not read the last sync run:" << error.message();
    }
    refreshCounts();
}

SyncEngine::~SyncEngine()
{
    delete m_run; // its callbacks die with it
}

QDateTime SyncEngine::nextRunAt() const
{
    if (!m_nextRun.isActive()) {
        return {};
    }
    return QDateTime::currentDateTimeUtc().addMSecs(m_nextRun.remainingTime());
}

void SyncEngine::start()
{
    if (m_started) {
        return;
    }
    m_started = true;
    if (m_options.watchNetwork) {
        watchNetwork();
    }
    syncNow();
}

void SyncEngine::stop()
{
    m_started = false;
    m_nextRun.stop();
    m_editDelay.stop();
    m_runAgain = false;
    if (m_run) {
        delete m_run;
        m_run = nullptr;
        setState(m_failures > 0 ? State::Offline : State::Synced, m_lastError, m_lastErrorRequestId);
    }
}

void SyncEngine::syncNow()
{
    if (m_run) {
        m_runAgain = true;
        return;
    }
    startRun();
}

SyncRunRecord SyncEngine::syncAndWait()
{
    QEventLoop loop;
    connect(this, &SyncEngine::runFinished, &loop, &QEventLoop::quit);
    const bool wasRunning = m_run != nullptr;
    syncNow();
    if (wasRunning || m_run) {
        loop.exec();
    }
    return m_lastRun.value_or(SyncRunRecord{});
}

void SyncEngine::startRun()
{
    m_nextRun.stop();
    m_runAgain = false;
    m_run = new SyncRun(m_store, m_transport, m_options.run, this);
    connect(m_run, &SyncRun::storeChanged, this, &SyncEngine::onStoreChanged);
    connect(m_run, &SyncRun::finished, this, &SyncEngine::onRunFinished, Qt::QueuedConnection);
    setState(State::Syncing);
    Q_EMIT runStarted();
    m_run->start();
}

void SyncEngine::onRunFinished()
{
    if (!m_run) {
        return;
    }
    SyncRun* run = m_run;
    m_run = nullptr;
    run->deleteLater();
    const SyncRunRecord record = run->record();
    m_lastRun = record;
    refreshCounts();
    if (record.failed) {
        ++m_failures;
        const qint64 delay = m_backoff.delayMs(m_failures, run->retryAfterMs());
        setState(run->failedOffline() ? State::Offline : State::Error, record.error, record.requestId);
        if (m_started) {
            scheduleNext(delay);
        }
    } else {
        m_failures = 0;
        m_lastSyncedAt = record.finished;
        // Refused changes are reported with the run; the state itself is fine.
        setState(State::Synced);
        if (m_started) {
            scheduleNext(m_options.intervalMs);
        }
    }
    Q_EMIT runFinished(record);
    if (m_runAgain && m_started) {
        syncNow();
    }
}

void SyncEngine::onStoreChanged(bool leads, bool conflicts)
{
    m_applying = true;
    if (leads) {
        m_store.leads().notifyChanged();
    }
    if (conflicts) {
        m_store.conflicts().notifyChanged();
    }
    m_applying = false;
}

void SyncEngine::onLocalEdit()
{
    if (m_applying) {
        return;
    }
    refreshCounts(); // "N pending" shows at once
    if (m_started) {
        m_editDelay.start(m_options.editDelayMs);
    }
}

void SyncEngine::onNetworkReachable()
{
    if (m_started && !m_run && m_failures > 0) {
        qCInfo(lcSync) << "the network is back; syncing";
        m_failures = 0;
        syncNow();
    }
}

void SyncEngine::refreshCounts()
{
    try {
        const qint64 pending = m_store.outbox().pendingChanges();
        const qint64 conflicts = m_store.conflicts().count();
        if (pending != m_pending || conflicts != m_conflicts) {
            m_pending = pending;
            m_conflicts = conflicts;
            Q_EMIT stateChanged();
        }
    } catch (const StoreError& error) {
        qCWarning(lcSync) << "could not count pending changes:" << error.message();
    }
}

void SyncEngine::setState(State state, const QString& error, const QString& requestId)
{
    if (state == m_state && error == m_lastError && requestId == m_lastErrorRequestId) {
        return;
    }
    m_state = state;
    m_lastError = error;
    m_lastErrorRequestId = requestId;
    Q_EMIT stateChanged();
}

void SyncEngine::scheduleNext(qint64 delayMs)
{
    m_nextRun.start(static_cast<int>(std::clamp<qint64>(delayMs, 0, std::numeric_limits<int>::max())));
}

void SyncEngine::watchNetwork()
{
    // Not every platform has a backend; without one, the backoff timer finds the network again.
    if (!QNetworkInformation::instance() &&
        !QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        qCInfo(lcSync) << "no network reachability backend; retrying on a timer instead";
        return;
    }
    connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
            [this](QNetworkInformation::Reachability reachability) {
                if (reachability == QNetworkInformation::Reachability::Online) {
                    onNetworkReachable();
                }
            });
}

QList<SyncRunRecord> SyncEngine::recentRuns(int limit) const
{
    return SyncRunRepository(m_store.database()).recent(limit);
}

} // namespace leadbox
