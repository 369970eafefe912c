// The faults leadbox-devcloud injects for sync clients to survive, over real HTTP: an error status with
// Retry-After, a stall that holds one request and no other, a connection dropped mid-reply with
// nothing applied, and a batch applied before the drop whose retry comes back as duplicate. The
// stats endpoint counts what the server really did.
#include "tests/integration/SyncFixture.h"

class TestDevcloudFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_f.start(), qPrintable(m_f.error())); }
    void cleanup() { QCOMPARE(m_f.sync->clearFaults().status, 204); }
    void statusFaultSaysWhenToRetry();
    void stallDoesNotBlockOtherRequests();
    void stallHoldsTheRequestThatLong();
    void stalledBatchThatOutlivesTheClientIsAppliedOnce();
    void dropCutsTheReplyAndAppliesNothing();
    void droppedPageCanBeFetchedAgain();
    void applyThenDropRetryIsDuplicate();
    void faultRulesAreChecked();

private:
    QString mutationsPath(const QString& ws) const
    {
        return SyncClient::base(ws) + QStringLiteral("/mutations");
    }
    QString changesPath(const QString& ws) const { return SyncClient::base(ws) + QStringLiteral("/changes"); }
    QString owner() const { return m_f.token(QStringLiteral("owner")); }

    SyncFixture m_f;
};

void TestDevcloudFaults::statusFaultSaysWhenToRetry()
{
    const QString ws = m_f.workspace();
    const HttpReply added = m_f.sync->addFault(
        {{"path", "mutations"}, {"kind", "status"}, {"status", 503}, {"retryAfter", 7}, {"count", 2}});
    QCOMPARE(added.status, 201);
    QCOMPARE(m_f.sync->changes(ws, owner()).status, 200); // the rule is for mutations only

    const QString id = newId();
    const QByteArray body = SyncClient::mutationsBody(
        nlohmann::json::array({mutation(newId(), "create", id, 0, leadFields("retry@example.com"))}));
    for (int attempt = 1; attempt <= 2; ++attempt) {
        const RawReply refused = m_f.sync->raw("POST", mutationsPath(ws), body, owner());
        QCOMPARE(refused.status, 503);
        QCOMPARE(refused.retryAfter, QStringLiteral("7"));
        const auto envelope = nlohmann::json::parse(refused.body.toStdString(), nullptr, false);
        QCOMPARE(str(envelope["error"]["code"]), QStringLiteral("unavailable"));
        QVERIFY(!str(envelope["error"]["requestId"]).isEmpty());
    }
    auto stats = m_f.sync->stats(ws);
    QCOMPARE(number(stats["seq"]), 0); // nothing applied
    QCOMPARE(number(stats["opsApplied"]), 0);
    QCOMPARE(static_cast<int>(m_f.sync->faults().body["faults"].size()), 0); // both uses spent

    const RawReply third = m_f.sync->raw("POST", mutationsPath(ws), body, owner());
    QCOMPARE(third.status, 200);
    QCOMPARE(number(m_f.sync->stats(ws)["opsApplied"]), 1);

    // Without retryAfter there is no Retry-After header; "any" reaches the feed too.
    QCOMPARE(m_f.sync->addFault({{"path", "any"}, {"kind", "status"}, {"status", 500}}).status, 201);
    const RawReply failed = m_f.sync->raw("GET", changesPath(ws), {}, owner());
    QCOMPARE(failed.status, 500);
    QVERIFY(failed.retryAfter.isEmpty());
    QCOMPARE(m_f.sync->raw("GET", changesPath(ws), {}, owner()).status, 200);
}

void TestDevcloudFaults::stallDoesNotBlockOtherRequests()
{
    const QString ws = m_f.workspace();
    QCOMPARE(m_f.sync->addFault({{"path", "changes"}, {"kind", "stall"}, {"stallMs", 60000}}).status, 201);
    QNetworkReply* stalled = m_f.sync->start("GET", changesPath(ws), {}, owner());

    // Meanwhile others sign in, read and write: the stall holds neither a worker they need nor the store.
    QCOMPARE(m_f.client->get(QStringLiteral("/v1/me"), m_f.token(QStringLiteral("member"))).status, 200);
    const QString id = newId();
    QVERIFY(m_f.create(ws, id, leadFields("meanwhile@example.com")) > 0);
    QCOMPARE(m_f.sync->changes(ws, owner()).status, 200); // the rule was used up by the stalled request
    QVERIFY(!stalled->isFinished());

    // Clearing the rules ends the stall; the request then runs normally and sees the lead.
    QCOMPARE(m_f.sync->clearFaults().status, 204);
    const RawReply late = SyncClient::finish(stalled);
    QCOMPARE(late.status, 200);
    const auto page = nlohmann::json::parse(late.body.toStdString(), nullptr, false);
    QCOMPARE(static_cast<int>(page["changes"].size()), 1);
    QCOMPARE(str(page["changes"][0]["id"]), id);
}

void TestDevcloudFaults::stallHoldsTheRequestThatLong()
{
    const QString ws = m_f.workspace();
    QCOMPARE(m_f.sync->addFault({{"path", "changes"}, {"kind", "stall"}, {"stallMs", 700}}).status, 201);
    const RawReply slow = m_f.sync->raw("GET", changesPath(ws), {}, owner());
    QCOMPARE(slow.status, 200);
    QVERIFY2(slow.elapsedMs >= 700, qPrintable(QString::number(slow.elapsedMs)));
}

void TestDevcloudFaults::stalledBatchThatOutlivesTheClientIsAppliedOnce()
{
    const QString ws = m_f.workspace();
    QCOMPARE(m_f.sync->addFault({{"path", "mutations"}, {"kind", "stall"}, {"stallMs", 60000}}).status, 201);
    const QString id = newId();
    const auto op = mutation(newId(), "create", id, 0, leadFields("patient@example.com"));
    const QByteArray body = SyncClient::mutationsBody(nlohmann::json::array({op}));

    // The client gives up after 300 ms, as the app's timeout would.
    const RawReply gaveUp = m_f.sync->raw("POST", mutationsPath(ws), body, owner(), 300);
    QVERIFY(gaveUp.error != QNetworkReply::NoError);
    QCOMPARE(gaveUp.status, 0);

    // The server still runs the batch once the stall ends, so the client's retry must not apply it twice.
    QCOMPARE(m_f.sync->clearFaults().status, 204);
    QTRY_COMPARE_WITH_TIMEOUT(number(m_f.sync->stats(ws)["opsApplied"]), 1, 10000);
    const auto retry = m_f.sync->mutateOne(ws, owner(), op);
    QCOMPARE(str(retry["status"]), QStringLiteral("duplicate"));
    QCOMPARE(number(retry["version"]), number(m_f.serverLead(ws, id)["version"]));
    const auto stats = m_f.sync->stats(ws);
    QCOMPARE(number(stats["leads"]), 1);
    QCOMPARE(number(stats["duplicatesAnswered"]), 1);
}

void TestDevcloudFaults::dropCutsTheReplyAndAppliesNothing()
{
    const QString ws = m_f.workspace();
    QCOMPARE(m_f.sync->addFault({{"path", "mutations"}, {"kind", "drop"}}).status, 201);
    const QString id = newId();
    const auto op = mutation(newId(), "create", id, 0, leadFields("dropped@example.com"));
    const QByteArray body = SyncClient::mutationsBody(nlohmann::json::array({op}));

    const RawReply cut = m_f.sync->raw("POST", mutationsPath(ws), body, owner());
    QVERIFY2(cut.error != QNetworkReply::NoError, "the broken reply must fail, not look complete");
    QVERIFY(cut.declaredLength > 0);
    QVERIFY(cut.body.size() < cut.declaredLength); // the promised body never completed
    QCOMPARE(m_f.sync->lead(ws, id).status, 404);
    QCOMPARE(number(m_f.sync->stats(ws)["seq"]), 0);

    const auto retry = m_f.sync->mutateOne(ws, owner(), op);
    QCOMPARE(str(retry["status"]), QStringLiteral("applied"));
    QCOMPARE(number(m_f.sync->stats(ws)["opsApplied"]), 1);
}

void TestDevcloudFaults::droppedPageCanBeFetchedAgain()
{
    const QString ws = m_f.workspace();
    QCOMPARE(m_f.sync->seedLeads(ws, 20).status, 200);
    QCOMPARE(m_f.sync->addFault({{"path", "changes"}, {"kind", "drop"}}).status, 201);
    const RawReply cut = m_f.sync->raw("GET", changesPath(ws), {}, owner());
    QVERIFY(cut.error != QNetworkReply::NoError);
    const HttpReply again = m_f.sync->changes(ws, owner());
    QCOMPARE(again.status, 200);
    QCOMPARE(static_cast<int>(again.body["changes"].size()), 20);
}

void TestDevcloudFaults::applyThenDropRetryIsDuplicate()
{
    const QString ws = m_f.workspace();
    QCOMPARE(m_f.sync->addFault({{"path", "mutations"}, {"kind", "applyThenDrop"}}).status, 201);
    const QString first = newId();
    const QString second = newId();
    const auto ops =
        nlohmann::json::array({mutation(newId(), "create", first, 0, leadFields("one@example.com")),
                               mutation(newId(), "create", second, 0, leadFields("two@example.com"))});
    const RawReply cut = m_f.sync->raw("POST", mutationsPath(ws), SyncClient::mutationsBody(ops), owner());
    QVERIFY(cut.error != QNetworkReply::NoError);

    // The client never saw the results, but the batch was committed.
    auto stats = m_f.sync->stats(ws);
    QCOMPARE(number(stats["opsApplied"]), 2);
    QCOMPARE(number(stats["leads"]), 2);
    QCOMPARE(number(stats["seq"]), 2);

    const HttpReply retry = m_f.sync->mutate(ws, owner(), ops);
    QCOMPARE(retry.status, 200);
    QCOMPARE(str(retry.body["results"][0]["status"]), QStringLiteral("duplicate"));
    QCOMPARE(str(retry.body["results"][1]["status"]), QStringLiteral("duplicate"));
    QCOMPARE(number(retry.body["results"][0]["version"]), number(m_f.serverLead(ws, first)["version"]));
    QCOMPARE(number(retry.body["results"][1]["version"]), number(m_f.serverLead(ws, second)["version"]));
    stats = m_f.sync->stats(ws);
    QCOMPARE(number(stats["seq"]), 2); // nothing applied twice
    QCOMPARE(number(stats["opsApplied"]), 2);
    QCOMPARE(number(stats["duplicatesAnswered"]), 2);
}

void TestDevcloudFaults::faultRulesAreChecked()
{
    QCOMPARE(m_f.sync->addFault({{"path", "changes"}, {"kind", "applyThenDrop"}}).status, 400);
    QCOMPARE(m_f.sync->addFault({{"path", "mutations"}, {"kind", "explode"}}).status, 400);
    QCOMPARE(m_f.sync->addFault({{"path", "members"}, {"kind", "drop"}}).status, 400);
    QCOMPARE(m_f.sync->addFault({{"path", "any"}, {"kind", "status"}, {"status", 200}}).status, 400);
    QCOMPARE(m_f.sync->addFault({{"path", "any"}, {"kind", "drop"}, {"count", 0}}).status, 400);

    QCOMPARE(m_f.sync->addFault({{"path", "any"}, {"kind", "drop"}, {"count", 3}}).status, 201);
    QCOMPARE(m_f.sync->addFault({{"path", "changes"}, {"kind", "stall"}, {"stallMs", 5}}).status, 201);
    const HttpReply listed = m_f.sync->faults();
    QCOMPARE(static_cast<int>(listed.body["faults"].size()), 2);
    QCOMPARE(number(listed.body["faults"][0]["count"]), 3);
    QCOMPARE(str(listed.body["faults"][1]["kind"]), QStringLiteral("stall"));
    QCOMPARE(number(listed.body["faults"][1]["stallMs"]), 5);
    QCOMPARE(m_f.sync->clearFaults().status, 204);
    QCOMPARE(static_cast<int>(m_f.sync->faults().body["faults"].size()), 0);
}

QTEST_GUILESS_MAIN(TestDevcloudFaults)
#include "test_devcloud_faults.moc"
