// Field-level conflicts on leadbox-devcloud's mutations, over real HTTP: one field edited on both sides
// is a conflict with the server copy, different fields and tag adds/removes merge silently, delete
// against edit conflicts in both orders, and a deleted lead can be created again.
#include "tests/integration/SyncFixture.h"

class TestDevcloudMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_f.start(), qPrintable(m_f.error())); }
    void sameFieldEditedTwiceConflicts();
    void differentFieldsMergeSilently();
    void tagAddsAndRemovesMerge();
    void deleteAfterSomeoneEditedConflicts();
    void editAfterSomeoneDeletedConflicts();
    void deletedLeadCanBeCreatedAgain();

private:
    SyncFixture m_f;
};

void TestDevcloudMerge::sameFieldEditedTwiceConflicts()
{
    const QString ws = m_f.workspace();
    const QString id = newId();
    const qint64 v1 = m_f.create(ws, id, leadFields("pat@example.com"));
    const auto alice = m_f.sync->mutateOne(ws, m_f.token(QStringLiteral("admin")),
                                           mutation(newId(), "update", id, v1, {{"status", "customer"}}));
    QCOMPARE(str(alice["status"]), QStringLiteral("applied"));
    const qint64 v2 = number(alice["version"]);

    // Bob edited the same lead offline from v1: his status clashes, his company would not.
    const auto bobOp = mutation(newId(), "update", id, v1, {{"status", "lost"}, {"company", "Hooli"}});
    for (int attempt = 1; attempt <= 2; ++attempt) {
        const auto bob = m_f.sync->mutateOne(ws, m_f.token(QStringLiteral("member")), bobOp);
        QCOMPARE(str(bob["status"]), QStringLiteral("conflict"));
        QCOMPARE(js(bob["fields"]), js(nlohmann::json::array({"status"})));
        const auto& server = bob["server"];
        QCOMPARE(str(server["id"]), id);
        QCOMPARE(number(server["version"]), v2);
        QCOMPARE(js(server["deleted"]), QStringLiteral("false"));
        QCOMPARE(str(server["data"]["status"]), QStringLiteral("customer"));
        QCOMPARE(number(server["fieldVersions"]["status"]), v2);
        QCOMPARE(str(server["updatedBy"]["email"]), m_f.email(QStringLiteral("admin")));
    }
    // Nothing of the conflicting op was applied, and the conflict was not remembered as done.
    auto lead = m_f.serverLead(ws, id);
    QCOMPARE(str(lead["data"]["company"]), QStringLiteral("Initech"));
    QCOMPARE(str(lead["data"]["status"]), QStringLiteral("customer"));
    QCOMPARE(number(m_f.sync->stats(ws)["conflictsAnswered"]), 2);
    QCOMPARE(number(m_f.sync->stats(ws)["opsApplied"]), 2);

    // Setting the value the server already has is no conflict and no new version.
    const auto same = m_f.sync->mutateOne(ws, m_f.token(QStringLiteral("member")),
                                          mutation(newId(), "update", id, v1, {{"status", "customer"}}));
    QCOMPARE(str(same["status"]), QStringLiteral("applied"));
    QCOMPARE(number(same["version"]), v2);
    QCOMPARE(number(m_f.sync->stats(ws)["seq"]), v2);

    // Bob decides with the server copy in hand: his edit now applies.
    const auto resolved =
        m_f.sync->mutateOne(ws, m_f.token(QStringLiteral("member")),
                            mutation(newId(), "update", id, v2, {{"status", "lost"}, {"company", "Hooli"}}));
    QCOMPARE(str(resolved["status"]), QStringLiteral("applied"));
    lead = m_f.serverLead(ws, id);
    QCOMPARE(str(lead["data"]["status"]), QStringLiteral("lost"));
    QCOMPARE(str(lead["data"]["company"]), QStringLiteral("Hooli"));
}

void TestDevcloudMerge::differentFieldsMergeSilently()
{
    const QString ws = m_f.workspace();
    const QString id = newId();
    const qint64 v1 = m_f.create(ws, id, leadFields("kim@example.com"));
    const auto alice = m_f.sync->mutateOne(ws, m_f.token(QStringLiteral("admin")),
                                           mutation(newId(), "update", id, v1, {{"firstName", "Kimberly"}}));
    QCOMPARE(str(alice["status"]), QStringLiteral("applied"));
    const auto bob = m_f.sync->mutateOne(
        ws, m_f.token(QStringLiteral("member")),
        mutation(newId(), "update", id, v1, {{"company", "Hooli"}, {"custom", {{"cf_size", "50"}}}}));
    QCOMPARE(str(bob["status"]), QStringLiteral("applied"));

    auto lead = m_f.serverLead(ws, id);
    QCOMPARE(str(lead["data"]["firstName"]), QStringLiteral("Kimberly")); // Alice's edit is kept
    QCOMPARE(str(lead["data"]["company"]), QStringLiteral("Hooli"));
    QCOMPARE(str(lead["data"]["custom"]["cf_size"]), QStringLiteral("50"));
    QCOMPARE(number(lead["fieldVersions"]["firstName"]), number(alice["version"]));
    QCOMPARE(number(lead["fieldVersions"]["company"]), number(bob["version"]));
    QCOMPARE(number(lead["fieldVersions"]["custom.cf_size"]), number(bob["version"]));
    QCOMPARE(number(lead["fieldVersions"]["email"]), v1);

    // "" clears a custom value.
    const auto cleared = m_f.sync->mutateOne(
        ws, m_f.token(QStringLiteral("member")),
        mutation(newId(), "update", id, number(bob["version"]), {{"custom", {{"cf_size", ""}}}}));
    QCOMPARE(str(cleared["status"]), QStringLiteral("applied"));
    lead = m_f.serverLead(ws, id);
    QVERIFY(!lead["data"]["custom"].contains("cf_size"));
    QCOMPARE(number(lead["fieldVersions"]["custom.cf_size"]), number(cleared["version"]));
}

void TestDevcloudMerge::tagAddsAndRemovesMerge()
{
    const QString ws = m_f.workspace();
    const QString id = newId();
    auto fields = leadFields("tess@example.com");
    fields["tags"] = {"vip", "cold", "webinar"};
    const qint64 v1 = m_f.create(ws, id, fields);
    const auto alice = m_f.sync->mutateOne(
        ws, m_f.token(QStringLiteral("admin")),
        mutation(newId(), "update", id, v1, {{"tags", {{"add", {"partner"}}, {"remove", {"cold"}}}}}));
    QCOMPARE(str(alice["status"]), QStringLiteral("applied"));
    // Bob worked from v1 too; tag edits never conflict, and removal ignores case.
    const auto bob =
        m_f.sync->mutateOne(ws, m_f.token(QStringLiteral("member")),
                            mutation(newId(), "update", id, v1,
                                     {{"tags", {{"add", {"newsletter", "Partner"}}, {"remove", {"VIP"}}}}}));
    QCOMPARE(str(bob["status"]), QStringLiteral("applied"));
    QCOMPARE(
        textSet(m_f.serverLead(ws, id)["data"]["tags"]),
        (QSet<QString>{QStringLiteral("webinar"), QStringLiteral("partner"), QStringLiteral("newsletter")}));

    // A whole list replaces the tags.
    const auto replaced = m_f.sync->mutateOne(ws, m_f.token(QStringLiteral("member")),
                                              mutation(newId(), "update", id, 0, {{"tags", {"solo"}}}));
    QCOMPARE(str(replaced["status"]), QStringLiteral("applied"));
    QCOMPARE(textSet(m_f.serverLead(ws, id)["data"]["tags"]), (QSet<QString>{QStringLiteral("solo")}));
}

void TestDevcloudMerge::deleteAfterSomeoneEditedConflicts()
{
    const QString ws = m_f.workspace();
    const QString id = newId();
    const qint64 v1 = m_f.create(ws, id, leadFields("dee@example.com"));
    const auto edit = m_f.sync->mutateOne(ws, m_f.token(QStringLiteral("admin")),
                                          mutation(newId(), "update", id, v1, {{"phone", "+1 555 0100"}}));
    const qint64 v2 = number(edit["version"]);

    const auto stale =
        m_f.sync->mutateOne(ws, m_f.token(QStringLiteral("member")), mutation(newId(), "delete", id, v1));
    QCOMPARE(str(stale["status"]), QStringLiteral("conflict"));
    QCOMPARE(js(stale["fields"]), js(nlohmann::json::array({"deleted"})));
    QCOMPARE(js(stale["server"]["deleted"]), QStringLiteral("false"));
    QCOMPARE(str(stale["server"]["data"]["phone"]), QStringLiteral("+1 555 0100"));
    QCOMPARE(js(m_f.serverLead(ws, id)["deleted"]), QStringLiteral("false"));
    QCOMPARE(number(m_f.sync->stats(ws)["leads"]), 1);

    // Having seen the edit, the member deletes it after all.
    const auto removal =
        m_f.sync->mutateOne(ws, m_f.token(QStringLiteral("member")), mutation(newId(), "delete", id, v2));
    QCOMPARE(str(removal["status"]), QStringLiteral("applied"));
    const auto tombstone = m_f.serverLead(ws, id);
    QCOMPARE(js(tombstone["deleted"]), QStringLiteral("true"));
    QCOMPARE(str(tombstone["data"]["phone"]), QStringLiteral("+1 555 0100"));
    const auto stats = m_f.sync->stats(ws);
    QCOMPARE(number(stats["leads"]), 0);
    QCOMPARE(number(stats["tombstones"]), 1);
    const HttpReply feed = m_f.sync->changes(ws, m_f.token(QStringLiteral("owner")), QString::number(v2));
    QCOMPARE(static_cast<int>(feed.body["changes"].size()), 1);
    QCOMPARE(js(feed.body["changes"][0]["deleted"]), QStringLiteral("true"));
}

void TestDevcloudMerge::editAfterSomeoneDeletedConflicts()
{
    const QString ws = m_f.workspace();
    const QString id = newId();
    const qint64 v1 = m_f.create(ws, id, leadFields("ed@example.com"));
    const auto removal =
        m_f.sync->mutateOne(ws, m_f.token(QStringLiteral("admin")), mutation(newId(), "delete", id, v1));
    QCOMPARE(str(removal["status"]), QStringLiteral("applied"));
    const qint64 v2 = number(removal["version"]);

    const auto late = m_f.sync->mutateOne(ws, m_f.token(QStringLiteral("member")),
                                          mutation(newId(), "update", id, v1, {{"firstName", "Too late"}}));
    QCOMPARE(str(late["status"]), QStringLiteral("conflict"));
    QCOMPARE(js(late["fields"]), js(nlohmann::json::array({"deleted"})));
    QCOMPARE(js(late["server"]["deleted"]), QStringLiteral("true"));
    QCOMPARE(number(late["server"]["version"]), v2);
    QCOMPARE(js(m_f.serverLead(ws, id)["deleted"]), QStringLiteral("true"));
    QCOMPARE(str(m_f.serverLead(ws, id)["data"]["firstName"]), QStringLiteral("Ann"));

    const auto again =
        m_f.sync->mutateOne(ws, m_f.token(QStringLiteral("member")), mutation(newId(), "delete", id, v2));
    QCOMPARE(str(again["status"]), QStringLiteral("conflict"));
    QCOMPARE(js(again["server"]["deleted"]), QStringLiteral("true"));
}

void TestDevcloudMerge::deletedLeadCanBeCreatedAgain()
{
    const QString ws = m_f.workspace();
    const QString id = newId();
    const qint64 v1 = m_f.create(ws, id, leadFields("undo@example.com"));
    const auto removal =
        m_f.sync->mutateOne(ws, m_f.token(QStringLiteral("owner")), mutation(newId(), "delete", id, v1));
    const qint64 v2 = number(removal["version"]);

    // Undo of the delete: the same id, created again.
    const qint64 v3 = m_f.create(ws, id, leadFields("undo@example.com", "Back"));
    QVERIFY(v3 > v2);
    const auto lead = m_f.serverLead(ws, id);
    QCOMPARE(js(lead["deleted"]), QStringLiteral("false"));
    QCOMPARE(str(lead["data"]["firstName"]), QStringLiteral("Back"));
    QCOMPARE(number(lead["fieldVersions"]["email"]), v3);
    const HttpReply feed = m_f.sync->changes(ws, m_f.token(QStringLiteral("owner")), QString::number(v2));
    QCOMPARE(static_cast<int>(feed.body["changes"].size()), 1);
    QCOMPARE(js(feed.body["changes"][0]["deleted"]), QStringLiteral("false"));
    QCOMPARE(number(m_f.sync->stats(ws)["leads"]), 1);
}

QTEST_GUILESS_MAIN(TestDevcloudMerge)
#include "test_devcloud_merge.moc"
