// ID tokens that expire in the middle of a sync. Devcloud runs with --token-lifetime 2, so a token lives
// two seconds. A request held up past that arrives with an expired token and gets 401 token_expired; the
// client must refresh the token, send the request again and finish the sync. A sync that simply runs
// longer than a token lives must finish too. The user notices only that the edits arrived.
#include "tests/integration/SyncScenario.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTest>

using namespace leadbox;

namespace {

const QString kAdmin = QStringLiteral("admin@demo.leadbox.test");
constexpr int kLifetimeS = 2;

} // namespace

class TestSyncTokenExpiry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void requestOutlivingItsTokenIsSentAgain_data();
    void requestOutlivingItsTokenIsSentAgain();
    void syncLongerThanATokenLives();

private:
    // A token that lives long enough for the test's own reading of the feed.
    QString freshToken() { return m_http->session(kAdmin, SyncPeer::password()).idToken; }

    DevcloudProcess m_devcloud;
    std::unique_ptr<DevcloudClient> m_http;
    std::unique_ptr<SyncClient> m_sync;
};

void TestSyncTokenExpiry::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("leadbox.*.info=false"));
    QVERIFY2(m_devcloud.start({QStringLiteral("--seed"), QStringLiteral("demo"),
                               QStringLiteral("--token-lifetime"), QString::number(kLifetimeS)}),
             qPrintable(m_devcloud.error()));
    m_http = std::make_unique<DevcloudClient>(m_devcloud);
    m_sync = std::make_unique<SyncClient>(m_devcloud, *m_http);

    // The premise: a token this old is refused as expired.
    const ::Session session = m_http->session(kAdmin, SyncPeer::password());
    QVERIFY(!session.idToken.isEmpty());
    QVERIFY(m_sync->addFault({{"path", "changes"}, {"kind", "stall"}, {"stallMs", kLifetimeS * 1000 + 1500}})
                .status == 201);
    const ::HttpReply late = m_sync->changes(QStringLiteral("ws_demo_acme"), session.idToken);
    QCOMPARE(late.status, 401);
    QCOMPARE(late.text("/error/code"), QStringLiteral("token_expired"));
}

void TestSyncTokenExpiry::cleanup()
{
    m_sync->clearFaults();
}

void TestSyncTokenExpiry::requestOutlivingItsTokenIsSentAgain_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("pushing") << QStringLiteral("mutations");
    QTest::newRow("pulling") << QStringLiteral("changes");
}

void TestSyncTokenExpiry::requestOutlivingItsTokenIsSentAgain()
{
    QFETCH(QString, path);
    const QString ws = seededWorkspace(*m_http, *m_sync, kAdmin, 200);
    QVERIFY(!ws.isEmpty());
    SyncPeer peer(m_devcloud);
    const QString error = peer.signIn(kAdmin, ws); // the app's 10 s request timeout
    QVERIFY2(error.isEmpty(), qPrintable(error));
    OfflineEdits edits;
    edits.leads = 200;
    edits.updates = 150;
    edits.deletes = 20;
    edits.creates = 30;
    edits.tag = path;
    makeOfflineEdits(peer, *m_sync, ws, edits);
    if (QTest::currentTestFailed()) {
        return;
    }
    // The next request of that kind is held until its token has expired.
    QVERIFY(m_sync
                ->addFault(
                    {{"path", path.toStdString()}, {"kind", "stall"}, {"stallMs", kLifetimeS * 1000 + 1500}})
                .status == 201);
    const QString tokenBefore = peer.context->session()->idToken();
    QElapsedTimer clock;
    clock.start();
    const SyncRunRecord run = peer.sync();
    QVERIFY2(!run.failed, qPrintable(run.error));
    QVERIFY(clock.elapsed() >= kLifetimeS * 1000);
    QCOMPARE(run.pushed, qint64{edits.total()});
    QVERIFY(peer.context->session()->isSignedIn());
    QVERIFY(peer.context->session()->idToken() != tokenBefore);
    QCOMPARE(peer.pending(), qint64{0});
    QCOMPARE(peer.engine->state(), SyncEngine::State::Synced);
    QCOMPARE(m_sync->faults().body["faults"].size(), std::size_t{0});
    verifyEditsInCloud(*m_sync, *m_http, ws, freshToken(), edits);
}

void TestSyncTokenExpiry::syncLongerThanATokenLives()
{
    // Eight batches, each held up by a second: the run outlives several tokens.
    const QString ws = seededWorkspace(*m_http, *m_sync, kAdmin, 4000);
    QVERIFY(!ws.isEmpty());
    SyncPeer peer(m_devcloud);
    const QString error = peer.signIn(kAdmin, ws);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    OfflineEdits edits;
    edits.leads = 4000;
    edits.updates = 3900;
    edits.deletes = 50;
    edits.creates = 50;
    edits.tag = QStringLiteral("long");
    makeOfflineEdits(peer, *m_sync, ws, edits);
    if (QTest::currentTestFailed()) {
        return;
    }
    QVERIFY(m_sync->addFault({{"path", "mutations"}, {"kind", "stall"}, {"stallMs", 1000}, {"count", 8}})
                .status == 201);
    QSignalSpy refreshed(peer.context->session(), &leadbox::Session::tokenRefreshed);
    QElapsedTimer clock;
    clock.start();
    const SyncRunRecord run = peer.sync();
    QVERIFY2(!run.failed, qPrintable(run.error));
    QVERIFY(clock.elapsed() >= 4 * kLifetimeS * 1000);
    QCOMPARE(run.pushed, qint64{edits.total()});
    QVERIFY2(refreshed.size() >= 3, qPrintable(QStringLiteral("%1 refreshes").arg(refreshed.size())));
    QCOMPARE(peer.pending(), qint64{0});
    verifyEditsInCloud(*m_sync, *m_http, ws, freshToken(), edits);
    qInfo("a %lld ms sync took %lld token refreshes", clock.elapsed(), static_cast<qint64>(refreshed.size()));
}

QTEST_GUILESS_MAIN(TestSyncTokenExpiry)
#include "test_sync_token_expiry.moc"
