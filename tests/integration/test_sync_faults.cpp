// 1,000 offline edits pushed by the real SyncEngine while devcloud misbehaves in each way it can: a 503
// with Retry-After, a 500, a reply stalled past the client's timeout, a connection dropped mid-reply, and
// a batch applied and then dropped before the answer arrives. Whatever happens, once the engine has
// recovered the cloud holds every edit exactly once (counted by devcloud and read back from the feed),
// nothing is left pending on the computer, and the engine says it is synced.
#include "tests/integration/SyncScenario.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTest>

using namespace leadbox;

namespace {

const QString kAdmin = QStringLiteral("admin@demo.leadbox.test");
constexpr int kLeads = 1000;
constexpr int kTimeoutMs = 2000; // the client's request timeout in the stall case

} // namespace

class TestSyncFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void everyEditLandsOnceDespiteFaults_data();
    void everyEditLandsOnceDespiteFaults();
    void editAgainAfterALostAnswer_data();
    void editAgainAfterALostAnswer();
    void undoDeleteAfterALostAnswer();

private:
    DevcloudProcess m_devcloud;
    std::unique_ptr<DevcloudClient> m_http;
    std::unique_ptr<SyncClient> m_sync;
};

void TestSyncFaults::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("leadbox.*.info=false"));
    QVERIFY2(m_devcloud.start({QStringLiteral("--seed"), QStringLiteral("demo")}),
             qPrintable(m_devcloud.error()));
    m_http = std::make_unique<DevcloudClient>(m_devcloud);
    m_sync = std::make_unique<SyncClient>(m_devcloud, *m_http);
}

void TestSyncFaults::cleanup()
{
    m_sync->clearFaults(); // also ends a stall still waiting
}

void TestSyncFaults::everyEditLandsOnceDespiteFaults_data()
{
    QTest::addColumn<QByteArray>("rule");
    // Whether the first run must already fail and the engine's next run (after its backoff) recover.
    QTest::addColumn<bool>("outlastsARun");
    QTest::addColumn<qint64>("minimumMs"); // the fault makes the sync take at least this long

    QTest::newRow("no fault") << QByteArray() << false << qint64{0};
    QTest::newRow("503 with Retry-After")
        << QByteArray(R"({"path":"mutations","kind":"status","status":503,"retryAfter":1,"count":2})")
        << false << qint64{2000};
    QTest::newRow("500") << QByteArray(R"({"path":"mutations","kind":"status","status":500,"count":2})")
                         << false << qint64{0};
    QTest::newRow("stall past the timeout")
        << QByteArray(R"({"path":"mutations","kind":"stall","stallMs":8000,"count":1})") << false
        << qint64{kTimeoutMs};
    QTest::newRow("drop mid-response")
        << QByteArray(R"({"path":"mutations","kind":"drop","count":2})") << false << qint64{0};
    QTest::newRow("apply, then drop")
        << QByteArray(R"({"path":"mutations","kind":"applyThenDrop","count":2})") << false << qint64{0};
    // More failures in a row than one run retries: the run fails, the engine backs off and tries again.
    QTest::newRow("503 outlasting a run")
        << QByteArray(R"({"path":"mutations","kind":"status","status":503,"count":6})") << true << qint64{0};
    QTest::newRow("apply then drop outlasting a run")
        << QByteArray(R"({"path":"mutations","kind":"applyThenDrop","count":5})") << true << qint64{0};
    QTest::newRow("feed stalled past the timeout")
        << QByteArray(R"({"path":"changes","kind":"stall","stallMs":8000,"count":1})") << false
        << qint64{kTimeoutMs};
    QTest::newRow("faults on the feed too")
        << QByteArray(R"({"path":"any","kind":"drop","count":3})") << false << qint64{0};
}

void TestSyncFaults::everyEditLandsOnceDespiteFaults()
{
    QFETCH(QByteArray, rule);
    QFETCH(bool, outlastsARun);
    QFETCH(qint64, minimumMs);

    const QString ws = seededWorkspace(*m_http, *m_sync, kAdmin, kLeads);
    QVERIFY(!ws.isEmpty());
    SyncPeer peer(m_devcloud);
    SyncEngine::Options options = SyncPeer::quickOptions();
    options.requestTimeoutMs = kTimeoutMs;
    const QString error = peer.signIn(kAdmin, ws, options);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    OfflineEdits edits;
    edits.leads = kLeads;
    edits.updates = 800;
    edits.deletes = 100;
    edits.creates = 100;
    edits.tag = QString::fromLatin1(QTest::currentDataTag()).remove(QLatin1Char(' '));
    makeOfflineEdits(peer, *m_sync, ws, edits);
    if (QTest::currentTestFailed()) {
        return;
    }
    QCOMPARE(peer.engine->pendingCount(), qint64{edits.total()});

    if (!rule.isEmpty()) {
        const ::HttpReply added = m_sync->addFault(nlohmann::json::parse(rule.toStdString()));
        QVERIFY2(added.status == 201, qPrintable(added.describe()));
    }
    QElapsedTimer clock;
    clock.start();
    const int runs = syncUntilSettled(peer, 90000);
    QVERIFY2(
        runs > 0,
        qPrintable(
            QStringLiteral("still not synced after %1 runs: %2").arg(-runs).arg(peer.engine->lastError())));
    QVERIFY2(clock.elapsed() >= minimumMs,
             qPrintable(QStringLiteral("synced in %1 ms").arg(clock.elapsed())));
    if (outlastsARun) {
        QVERIFY2(runs >= 2, "the fault was meant to outlast the first run");
    }
    // What the user sees: synced, nothing pending, no conflict, nothing refused.
    QCOMPARE(peer.engine->state(), SyncEngine::State::Synced);
    QCOMPARE(peer.engine->pendingCount(), qint64{0});
    QCOMPARE(peer.pending(), qint64{0});
    QCOMPARE(peer.engine->conflictCount(), qint64{0});
    QCOMPARE(peer.engine->lastRun()->rejected, qint64{0});
    const ::HttpReply left = m_sync->faults();
    QCOMPARE(left.body["faults"].size(), std::size_t{0}); // every fault was met

    if (rule.contains("stall") && rule.contains("mutations")) {
        // The held batch, long given up by the client and sent again, reaches the store now: it must
        // come out as duplicates. Devcloud says nothing when it is done, so its counters are watched.
        m_sync->clearFaults();
        QTRY_VERIFY_WITH_TIMEOUT(m_sync->stats(ws).value("duplicatesAnswered", qint64{0}) >= 500, 10000);
    }
    verifyEditsInCloud(*m_sync, *m_http, ws, peer.context->session()->idToken(), edits);
    if (rule.contains("applyThenDrop")) {
        // The applied batches came again and were recognised, not applied twice.
        QVERIFY(m_sync->stats(ws).value("duplicatesAnswered", qint64{0}) >= 500);
    }

    // The computer's copy agrees with the cloud's, and another sync has nothing to do.
    QCOMPARE(peer.store->leads().count(), qint64{kLeads - edits.deletes + edits.creates});
    for (const QString& id : edits.deletedIds) {
        QVERIFY(!peer.lead(id));
    }
    const SyncRunRecord again = peer.sync();
    QVERIFY2(!again.failed, qPrintable(again.error));
    QCOMPARE(again.pushed, qint64{0});
    const nlohmann::json stats = m_sync->stats(ws);
    QCOMPARE(stats.value("seq", qint64{-1}) - edits.seqBefore, qint64{edits.total()});
    qInfo("%s: synced in %lld ms over %d run(s)", QTest::currentDataTag(), clock.elapsed(), runs);
}

void TestSyncFaults::editAgainAfterALostAnswer_data()
{
    QTest::addColumn<QString>("field"); // what the second edit changes
    QTest::newRow("the same field") << QStringLiteral("company");
    QTest::newRow("another field") << QStringLiteral("phone");
}

// The cloud applied a batch but its answer never arrived (the run gave up), and the user edited the same
// leads again before the next sync. Their own first edit must not come back as a conflict with them, and
// the second edit must reach the cloud.
void TestSyncFaults::editAgainAfterALostAnswer()
{
    QFETCH(QString, field);
    const QString ws = seededWorkspace(*m_http, *m_sync, kAdmin, 20);
    QVERIFY(!ws.isEmpty());
    SyncPeer peer(m_devcloud);
    const QString error = peer.signIn(kAdmin, ws);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    OfflineEdits edits;
    edits.leads = 20;
    edits.updates = 10;
    edits.creates = 5;
    edits.tag = QStringLiteral("lost-") + field;
    makeOfflineEdits(peer, *m_sync, ws, edits);
    if (QTest::currentTestFailed()) {
        return;
    }
    // Every attempt of the run is applied (or answered duplicate) and then cut off.
    QCOMPARE(m_sync->addFault({{"path", "mutations"}, {"kind", "applyThenDrop"}, {"count", 4}}).status, 201);
    const SyncRunRecord lost = peer.sync();
    QVERIFY(lost.failed);
    QCOMPARE(m_sync->stats(ws).value("seq", qint64{-1}) - edits.seqBefore, qint64{edits.total()});

    // The company each lead got from its first edit: a changed one, or a new one.
    QMap<QString, QString> firstCompany;
    for (int i = 0; i < edits.updatedIds.size(); ++i) {
        firstCompany.insert(edits.updatedIds.at(i), OfflineEdits::company(edits.tag, i));
    }
    for (const QString& id : edits.createdIds) {
        firstCompany.insert(id, QStringLiteral("Created offline"));
    }
    for (auto it = firstCompany.cbegin(); it != firstCompany.cend(); ++it) {
        peer.edit(it.key(), [&](Lead& lead) {
            if (field == QLatin1String("company")) {
                lead.company += QStringLiteral(" (again)");
            } else {
                lead.phone = QStringLiteral("+1 555 0123");
            }
        });
    }
    const SyncRunRecord next = peer.sync();
    QVERIFY2(!next.failed, qPrintable(next.error));
    QCOMPARE(next.conflicts, qint64{0});
    QCOMPARE(peer.conflicts().size(), 0);
    QCOMPARE(peer.pending(), qint64{0});
    for (auto it = firstCompany.cbegin(); it != firstCompany.cend(); ++it) {
        const nlohmann::json data = m_sync->lead(ws, it.key()).body["data"];
        const QString company = QString::fromStdString(data.value("company", std::string()));
        const QString phone = QString::fromStdString(data.value("phone", std::string()));
        if (field == QLatin1String("company")) {
            QCOMPARE(company, it.value() + QStringLiteral(" (again)"));
        } else {
            QCOMPARE(company, it.value());
            QCOMPARE(phone, QStringLiteral("+1 555 0123"));
        }
        QCOMPARE(peer.lead(it.key())->company, company);
    }
    // One change per edit in the cloud: the first edits once, the second ones once.
    const nlohmann::json stats = m_sync->stats(ws);
    const qint64 edited = edits.updates + edits.creates;
    QCOMPARE(stats.value("seq", qint64{-1}) - edits.seqBefore, 2 * edited);
    QCOMPARE(stats.value("opsApplied", qint64{-1}) - edits.opsBefore, 2 * edited);
    QCOMPARE(stats.value("leads", qint64{-1}), qint64{edits.leads + edits.creates});
}

// The user deleted leads; the cloud applied the deletions but the answer was lost; then the user undid
// the deletion. The leads must come back in the cloud too, not only on this computer.
void TestSyncFaults::undoDeleteAfterALostAnswer()
{
    const QString ws = seededWorkspace(*m_http, *m_sync, kAdmin, 20);
    QVERIFY(!ws.isEmpty());
    SyncPeer peer(m_devcloud);
    const QString error = peer.signIn(kAdmin, ws);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    OfflineEdits edits;
    edits.leads = 20;
    edits.deletes = 5;
    edits.tag = QStringLiteral("undo");
    makeOfflineEdits(peer, *m_sync, ws, edits);
    if (QTest::currentTestFailed()) {
        return;
    }
    QCOMPARE(m_sync->addFault({{"path", "mutations"}, {"kind", "applyThenDrop"}, {"count", 4}}).status, 201);
    const SyncRunRecord lost = peer.sync();
    QVERIFY(lost.failed);
    QCOMPARE(m_sync->stats(ws).value("tombstones", qint64{-1}), qint64{5});

    peer.store->leads().restore(edits.deletedLeads); // Edit → Undo
    QCOMPARE(peer.store->leads().count(), qint64{20});

    const SyncRunRecord next = peer.sync();
    QVERIFY2(!next.failed, qPrintable(next.error));
    QCOMPARE(peer.pending(), qint64{0});
    QCOMPARE(peer.conflicts().size(), 0);
    QCOMPARE(peer.store->leads().count(), qint64{20});
    QCOMPARE(m_sync->stats(ws).value("leads", qint64{-1}), qint64{20});
    for (const QString& id : edits.deletedIds) {
        QCOMPARE(m_sync->lead(ws, id).body.value("deleted", true), false);
    }
}

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "test_sync_faults.moc"
