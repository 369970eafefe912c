#include "FakeSyncCloud.h"
#include "models/DataLocation.h"
#include "models/WorkspaceStore.h"
#include "models/sync/SyncRunRepository.h"
#include "services/net/HttpClient.h"
#include "services/sync/Backoff.h"
#include "services/sync/SyncEngine.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

using namespace leadbox;

// The sync engine's loop against an in-memory cloud (FakeSyncCloud): two computers converging, retries
// that honour Retry-After, a lost answer coming back as a duplicate, and the state the GUI shows.
class TestSyncEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void twoComputersConvergeFieldByField();
    void sameFieldOnTwoComputersBecomesConflictAndResolves();
    void manyPagesAndBatches();
    void retriesAfterServiceUnavailableHonouringRetryAfter();
    void lostAnswerIsResentAndCountsOnce();
    void offlineStateThenBackOnline();
    void refusalShowsErrorWithRequestId();
    void localEditSyncsAfterShortDelay();
    void backoffGrowsAndHonoursRetryAfter();
    void retryAfterHeaderForms();

private:
    static SyncEngine::Options fastOptions();
    Lead addLead(WorkspaceStore& store, const char* email);

    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<WorkspaceStore> m_store;
    FakeSyncCloud* m_cloud = nullptr;
    std::unique_ptr<WorkspaceStore> m_other; // a second computer's cache of the same workspace
};

void TestSyncEngine::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    m_store = WorkspaceStore::openLocal(DataLocation(m_tmp->filePath(QStringLiteral("data"))));
    m_cloud = new FakeSyncCloud;
    m_other = std::make_unique<WorkspaceStore>(m_tmp->filePath(QStringLiteral("other.db")),
                                               QStringLiteral("Other"));
}

void TestSyncEngine::cleanup()
{
    m_other.reset();
    delete m_cloud;
    m_store.reset();
    m_tmp.reset();
}

SyncEngine::Options TestSyncEngine::fastOptions()
{
    SyncEngine::Options options;
    options.watchNetwork = false;
    options.backoffBaseMs = 20;
    options.backoffMaxMs = 200;
    options.editDelayMs = 30;
    options.run.retryBaseMs = 5;
    return options;
}

Lead TestSyncEngine::addLead(WorkspaceStore& store, const char* email)
{
    Lead lead;
    lead.email = QString::fromLatin1(email);
    lead.firstName = QStringLiteral("Ann");
    return store.leads().add(lead);
}

void TestSyncEngine::twoComputersConvergeFieldByField()
{
    SyncEngine here(*m_store, m_cloud, fastOptions());
    SyncEngine there(*m_other, m_cloud, fastOptions());
    const Lead ann = addLead(*m_store, "ann@example.com");
    QCOMPARE(here.pendingCount(), 1);
    const SyncRunRecord first = here.syncAndWait();
    QVERIFY(!first.failed);
    QCOMPARE(first.pushed, 1);
    QCOMPARE(here.pendingCount(), 0);
    QCOMPARE(here.state(), SyncEngine::State::Synced);
    QCOMPARE(there.syncAndWait().pulled, 1);
    QCOMPARE(m_other->leads().findById(ann.id)->email, QStringLiteral("ann@example.com"));

    Lead mine = *m_store->leads().findById(ann.id);
    mine.company = QStringLiteral("Acme");
    m_store->leads().update(mine);
    Lead theirs = *m_other->leads().findById(ann.id);
    theirs.phone = QStringLiteral("+1 555 0100");
    theirs.tags = QStringList{QStringLiteral("vip")};
    m_other->leads().update(theirs);
    here.syncAndWait();
    there.syncAndWait();
    here.syncAndWait();

    for (WorkspaceStore* store : {m_store.get(), m_other.get()}) {
        const Lead lead = *store->leads().findById(ann.id);
        QCOMPARE(lead.company, QStringLiteral("Acme"));
        QCOMPARE(lead.phone, QStringLiteral("+1 555 0100"));
        QCOMPARE(lead.tags, QStringList{QStringLiteral("vip")});
        QCOMPARE(store->outbox().pendingCount(), 0);
        QCOMPARE(store->conflicts().count(), 0);
    }
}

void TestSyncEngine::sameFieldOnTwoComputersBecomesConflictAndResolves()
{
    SyncEngine here(*m_store, m_cloud, fastOptions());
    SyncEngine there(*m_other, m_cloud, fastOptions());
    const Lead ann = addLead(*m_store, "ann@example.com");
    here.syncAndWait();
    there.syncAndWait();
    Lead mine = *m_store->leads().findById(ann.id);
    mine.company = QStringLiteral("Mine Ltd");
    m_store->leads().update(mine);
    Lead theirs = *m_other->leads().findById(ann.id);
    theirs.company = QStringLiteral("Theirs Inc");
    m_other->leads().update(theirs);
    there.syncAndWait();

    const SyncRunRecord run = here.syncAndWait();
    QCOMPARE(run.conflicts, 1);
    QCOMPARE(here.conflictCount(), 1);
    const QList<SyncConflict> conflicts = m_store->conflicts().list();
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.first().localText, QStringLiteral("Mine Ltd"));
    QCOMPARE(conflicts.first().serverText, QStringLiteral("Theirs Inc"));
    QCOMPARE(m_cloud->feedEntry(ann.id.toStdString()).at("data").at("company"),
             "Theirs Inc"); // not overwritten

    m_store->conflicts().resolve(conflicts.first().id, ConflictRepository::Keep::Local);
    QCOMPARE(here.syncAndWait().pushed, 1);
    there.syncAndWait();
    QCOMPARE(m_other->leads().findById(ann.id)->company, QStringLiteral("Mine Ltd"));
    QCOMPARE(here.conflictCount(), 0);
}

void TestSyncEngine::manyPagesAndBatches()
{
    SyncEngine::Options options = fastOptions();
    options.run.pageLimit = 7;
    options.run.batchSize = 5;
    SyncEngine here(*m_store, m_cloud, options);
    SyncEngine there(*m_other, m_cloud, options);
    for (int i = 0; i < 23; ++i) {
        addLead(*m_store, QStringLiteral("lead%1@example.com").arg(i).toLatin1().constData());
    }
    QCOMPARE(here.syncAndWait().pushed, 23);
    QCOMPARE(m_cloud->mutationRequests, 5);
    QCOMPARE(there.syncAndWait().pulled, 23);
    QCOMPARE(m_cloud->changeRequests, 1 + 4); // here's empty pull, then 23 leads in pages of 7
    QCOMPARE(m_other->leads().count(), 23);
}

void TestSyncEngine::retriesAfterServiceUnavailableHonouringRetryAfter()
{
    SyncEngine here(*m_store, m_cloud, fastOptions());
    addLead(*m_store, "ann@example.com");
    m_cloud->faults.push_back({FakeSyncCloud::Fault::Status, true, 503, 150});
    QElapsedTimer clock;
    clock.start();
    const SyncRunRecord run = here.syncAndWait();
    QVERIFY(!run.failed);
    QCOMPARE(run.pushed, 1);
    QVERIFY2(clock.elapsed() >= 150, "the retry came before the cloud's Retry-After");
    QCOMPARE(m_cloud->mutationRequests, 2);
    QCOMPARE(m_cloud->leads.size(), std::size_t{1});
}

void TestSyncEngine::lostAnswerIsResentAndCountsOnce()
{
    SyncEngine here(*m_store, m_cloud, fastOptions());
    addLead(*m_store, "ann@example.com");
    addLead(*m_store, "bo@example.com");
    m_cloud->faults.push_back({FakeSyncCloud::Fault::ApplyThenDrop, true});
    const SyncRunRecord run = here.syncAndWait();
    QVERIFY(!run.failed);
    QCOMPARE(m_cloud->duplicates, 2); // the resent ops were recognised
    QCOMPARE(m_cloud->appliedOps.size(), std::size_t{2});
    QCOMPARE(m_store->outbox().pendingCount(), 0);
    QCOMPARE(m_store->leads().findByEmail(QStringLiteral("bo@example.com"))->version, 2);
}

void TestSyncEngine::offlineStateThenBackOnline()
{
    SyncEngine here(*m_store, m_cloud, fastOptions());
    addLead(*m_store, "ann@example.com");
    for (int i = 0; i < 4; ++i) {
        m_cloud->faults.push_back({FakeSyncCloud::Fault::Offline, false});
    }
    QSignalSpy changed(&here, &SyncEngine::stateChanged);
    const SyncRunRecord run = here.syncAndWait();
    QVERIFY(run.failed);
    QCOMPARE(here.state(), SyncEngine::State::Offline);
    QVERIFY(!here.lastError().isEmpty());
    QCOMPARE(here.pendingCount(), 1);
    QVERIFY(changed.count() >= 2); // Syncing, then Offline
    QCOMPARE(SyncRunRepository(m_store->database()).lastFinished()->failed, true);

    // Started, the engine tries again on its own after the backoff and gets through.
    here.start();
    QTRY_COMPARE(here.state(), SyncEngine::State::Synced);
    QCOMPARE(here.pendingCount(), 0);
    QVERIFY(here.lastSyncedAt().isValid());
    QVERIFY(here.nextRunAt().isValid()); // the regular timer
}

void TestSyncEngine::refusalShowsErrorWithRequestId()
{
    SyncEngine here(*m_store, m_cloud, fastOptions());
    m_cloud->faults.push_back({FakeSyncCloud::Fault::Status, false, 403});
    const SyncRunRecord run = here.syncAndWait();
    QVERIFY(run.failed);
    QCOMPARE(here.state(), SyncEngine::State::Error);
    QCOMPARE(m_cloud->changeRequests, 1); // a refusal is not retried
    QCOMPARE(here.lastErrorRequestId(), m_cloud->lastRequestId);
    QVERIFY(!here.lastErrorRequestId().isEmpty());
    QCOMPARE(run.requestId, m_cloud->lastRequestId);
}

void TestSyncEngine::localEditSyncsAfterShortDelay()
{
    SyncEngine::Options options = fastOptions();
    options.intervalMs = 60 * 60 * 1000;
    SyncEngine here(*m_store, m_cloud, options);
    here.start();
    QTRY_COMPARE(here.lastRun().has_value(), true);
    const Lead ann = addLead(*m_store, "ann@example.com");
    QTRY_COMPARE(m_cloud->leads.count(ann.id.toStdString()), std::size_t{1});
    QTRY_COMPARE(here.pendingCount(), 0);
    QTRY_COMPARE(here.state(), SyncEngine::State::Synced);
}

void TestSyncEngine::backoffGrowsAndHonoursRetryAfter()
{
    const Backoff backoff(1000, 60000);
    QCOMPARE(backoff.delayMs(1, -1, 0.0), 500);
    QCOMPARE(backoff.delayMs(1, -1, 0.999), 999);
    QCOMPARE(backoff.delayMs(3, -1, 0.0), 2000);
    QCOMPARE(backoff.delayMs(30, -1, 0.0), 30000); // capped
    QCOMPARE(backoff.delayMs(1, 5000, 0.5), 5000); // Retry-After wins when longer
}

void TestSyncEngine::retryAfterHeaderForms()
{
    const QDateTime now(QDate(2026, 3, 1), QTime(12, 0, 0), Qt::UTC);
    QCOMPARE(HttpClient::retryAfterMs("2", now), 2000);
    QCOMPARE(HttpClient::retryAfterMs(" 120 ", now), 120000);
    QCOMPARE(HttpClient::retryAfterMs("Sun, 01 Mar 2026 12:00:30 GMT", now), 30000);
    QCOMPARE(HttpClient::retryAfterMs("Sun, 01 Mar 2026 11:00:00 GMT", now), 0);
    QCOMPARE(HttpClient::retryAfterMs("soon", now), -1);
}

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "test_sync_engine.moc"
