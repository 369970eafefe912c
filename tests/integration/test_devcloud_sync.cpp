// Offline-first sync on leadbox-devcloud over real HTTP: the change feed with cursors, hasMore and
// tombstones; mutation results (applied, duplicate, rejected) and batch limits; the permission
// matrix; demo leads in the feed; and a data file from before sync, migrated.
#include "models/accounts/Permissions.h"
#include "tests/integration/SyncFixture.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using leadbox::Action;
using leadbox::Permissions;
using leadbox::Role;

class TestDevcloudSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_f.start(), qPrintable(m_f.error())); }
    void feedPagesByCursor();
    void feedShowsEachLeadOnceInItsLatestState();
    void feedRefusesABadCursor();
    void createThenRetryIsDuplicate();
    void rejectedOpsStoreNothing_data();
    void rejectedOpsStoreNothing();
    void duplicateEmailIsRejected();
    void unknownLeadIsNotFound();
    void opsInABatchApplyInOrder();
    void batchLimits();
    void everyRoleFollowsTheMatrix_data();
    void everyRoleFollowsTheMatrix();
    void nonMemberCannotSync();
    void demoLeadsAreInTheFeedAndSurviveARestart();
    void oldDataFileIsMigrated();

private:
    SyncFixture m_f;
};

void TestDevcloudSync::feedPagesByCursor()
{
    const QString ws = m_f.workspace();
    const QString owner = m_f.token(QStringLiteral("owner"));
    QCOMPARE(m_f.sync->seedLeads(ws, 12).status, 200);

    QString cursor;
    QList<int> pageSizes;
    QSet<QString> ids;
    qint64 lastVersion = 0;
    for (bool more = true; more && pageSizes.size() < 10;) {
        const HttpReply page = m_f.sync->changes(ws, owner, cursor, 5);
        QVERIFY2(page.status == 200, qPrintable(page.describe()));
        for (const auto& change : page.body["changes"]) {
            QVERIFY(number(change["version"]) > lastVersion); // ascending
            lastVersion = number(change["version"]);
            ids.insert(str(change["id"]));
            QCOMPARE(str(change["entity"]), QStringLiteral("lead"));
            QCOMPARE(js(change["deleted"]), QStringLiteral("false"));
            QVERIFY(!str(change["data"]["email"]).isEmpty());
            QVERIFY(!change["data"].contains("version"));
            QCOMPARE(number(change["fieldVersions"]["email"]), lastVersion);
        }
        pageSizes.append(static_cast<int>(page.body["changes"].size()));
        QCOMPARE(page.text("/cursor"), QString::number(lastVersion)); // a string, as the protocol says
        cursor = page.text("/cursor");
        more = page.body["hasMore"].get<bool>();
    }
    QCOMPARE(pageSizes, (QList<int>{5, 5, 2}));
    QCOMPARE(ids.size(), 12);

    // Caught up: an empty page that keeps the cursor.
    const HttpReply caughtUp = m_f.sync->changes(ws, owner, cursor, 5);
    QCOMPARE(static_cast<int>(caughtUp.body["changes"].size()), 0);
    QCOMPARE(caughtUp.text("/cursor"), cursor);
    QCOMPARE(js(caughtUp.body["hasMore"]), QStringLiteral("false"));

    // No limit means 500; a limit over 5000 is clamped, not refused; "0" is the beginning.
    QCOMPARE(m_f.sync->seedLeads(ws, 600).status, 200);
    const HttpReply defaultPage = m_f.sync->changes(ws, owner);
    QCOMPARE(static_cast<int>(defaultPage.body["changes"].size()), 500);
    QCOMPARE(js(defaultPage.body["hasMore"]), QStringLiteral("true"));
    const HttpReply clamped = m_f.sync->changes(ws, owner, QStringLiteral("0"), 999999);
    QCOMPARE(clamped.status, 200);
    QCOMPARE(static_cast<int>(clamped.body["changes"].size()), 612);
    QCOMPARE(js(clamped.body["hasMore"]), QStringLiteral("false"));
    QCOMPARE(number(m_f.sync->stats(ws)["seq"]), 612);
}

void TestDevcloudSync::feedShowsEachLeadOnceInItsLatestState()
{
    const QString ws = m_f.workspace();
    const QString owner = m_f.token(QStringLiteral("owner"));
    QCOMPARE(m_f.sync->seedLeads(ws, 10).status, 200);
    const HttpReply first = m_f.sync->changes(ws, owner, {}, 4);
    QCOMPARE(first.text("/cursor"), QStringLiteral("4"));
    const QString edited = str(first.body["changes"][1]["id"]);
    const QString deleted =
        str(m_f.sync->changes(ws, owner, QStringLiteral("5"), 1).body["changes"][0]["id"]);

    const auto edit = m_f.sync->mutateOne(ws, m_f.token(QStringLiteral("admin")),
                                          mutation(newId(), "update", edited, 2, {{"firstName", "Edited"}}));
    QCOMPARE(str(edit["status"]), QStringLiteral("applied"));
    QCOMPARE(number(edit["version"]), 11);
    const auto removal = m_f.sync->mutateOne(ws, owner, mutation(newId(), "delete", deleted, 6));
    QCOMPARE(str(removal["status"]), QStringLiteral("applied"));

    const HttpReply rest = m_f.sync->changes(ws, owner, first.text("/cursor"), 100);
    QMap<QString, nlohmann::json> byId;
    for (const auto& change : rest.body["changes"]) {
        QVERIFY2(!byId.contains(str(change["id"])), "a lead appears twice in one page");
        byId.insert(str(change["id"]), change);
    }
    QCOMPARE(byId.size(), 7); // leads 5 to 10 and the edited one
    const auto& editedChange = byId[edited];
    QCOMPARE(number(editedChange["version"]), 11);
    QCOMPARE(str(editedChange["data"]["firstName"]), QStringLiteral("Edited"));
    QCOMPARE(number(editedChange["fieldVersions"]["firstName"]), 11);
    QCOMPARE(number(editedChange["fieldVersions"]["email"]), 2);
    QCOMPARE(str(editedChange["updatedBy"]["email"]), m_f.email(QStringLiteral("admin")));
    QCOMPARE(str(editedChange["updatedBy"]["uid"]), m_f.people[QStringLiteral("admin")].uid);
    QVERIFY(!str(editedChange["updatedAt"]).isEmpty());
    const auto& tombstone = byId[deleted];
    QCOMPARE(js(tombstone["deleted"]), QStringLiteral("true"));
    QCOMPARE(number(tombstone["version"]), 12);
    QVERIFY(!str(tombstone["data"]["email"]).isEmpty()); // the last state stays readable
    QCOMPARE(rest.text("/cursor"), QStringLiteral("12"));

    const auto stats = m_f.sync->stats(ws);
    QCOMPARE(number(stats["leads"]), 9);
    QCOMPARE(number(stats["tombstones"]), 1);
    QCOMPARE(number(stats["seq"]), 12);
}

void TestDevcloudSync::feedRefusesABadCursor()
{
    const QString ws = m_f.workspace();
    const QString requestId = newRequestId();
    const HttpReply bad = m_f.client->get(SyncClient::base(ws) + QStringLiteral("/changes?since=abc"),
                                          m_f.token(QStringLiteral("owner")), requestId);
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.text("/error/code"), QStringLiteral("invalid"));
    QCOMPARE(bad.text("/error/requestId"), requestId);
    QCOMPARE(bad.requestIdHeader, requestId);
    QCOMPARE(m_f.sync->changes(ws, m_f.token(QStringLiteral("owner")), QStringLiteral("-1")).status, 400);
    QCOMPARE(m_f.client
                 ->get(SyncClient::base(ws) + QStringLiteral("/changes?limit=0"),
                       m_f.token(QStringLiteral("owner")))
                 .status,
             400);
}

void TestDevcloudSync::createThenRetryIsDuplicate()
{
    const QString ws = m_f.workspace();
    const QString owner = m_f.token(QStringLiteral("owner"));
    const QString id = newId();
    const auto op = mutation(newId(), "create", id, 0,
                             {{"email", "  Ann@Example.com "}, {"firstName", "Ann"}, {"tags", {"vip"}}});
    const QString requestId = newRequestId();
    const HttpReply first = m_f.sync->mutate(ws, owner, nlohmann::json::array({op}), requestId);
    QCOMPARE(first.status, 200);
    QCOMPARE(first.requestIdHeader, requestId);
    QCOMPARE(str(first.body["results"][0]["status"]), QStringLiteral("applied"));
    QCOMPARE(js(first.body["results"][0]["opId"]), js(op["opId"]));
    const qint64 version = number(first.body["results"][0]["version"]);
    QVERIFY(version > 0);

    const auto again = m_f.sync->mutateOne(ws, owner, op);
    QCOMPARE(str(again["status"]), QStringLiteral("duplicate"));
    QCOMPARE(number(again["version"]), version);

    const auto lead = m_f.serverLead(ws, id);
    QCOMPARE(str(lead["data"]["email"]), QStringLiteral("Ann@Example.com")); // trimmed like the app does
    QCOMPARE(number(lead["version"]), version);
    QCOMPARE(str(lead["updatedBy"]["email"]), m_f.email(QStringLiteral("owner")));
    const auto stats = m_f.sync->stats(ws);
    QCOMPARE(number(stats["opsApplied"]), 1);
    QCOMPARE(number(stats["duplicatesAnswered"]), 1);
    QCOMPARE(number(stats["leads"]), 1);
    QCOMPARE(number(stats["seq"]), version);
    QCOMPARE(static_cast<int>(m_f.sync->changes(ws, owner).body["changes"].size()), 1);
}

void TestDevcloudSync::rejectedOpsStoreNothing_data()
{
    QTest::addColumn<QByteArray>("op");
    QTest::addColumn<QString>("message"); // a part of the sentence the user reads

    const auto row = [](const char* name, const nlohmann::json& fields, const char* message,
                        const char* entity = "lead") {
        nlohmann::json op = mutation(newId(), "create", newId(), 0, fields);
        op["entity"] = entity;
        QTest::newRow(name) << QByteArray::fromStdString(op.dump()) << QString::fromUtf8(message);
    };
    row("invalid email", {{"email", "not-an-email"}}, "not a valid email address");
    row("no email", {{"firstName", "Nobody"}}, "Email is required.");
    row("over-long first name", {{"email", "long@example.com"}, {"firstName", std::string(101, 'x')}},
        "too long");
    row("unknown status", {{"email", "s@example.com"}, {"status", "pending"}}, "Unknown status");
    row("email of the wrong type", {{"email", 42}}, "must be text");
    row("tags of the wrong type", {{"email", "t@example.com"}, {"tags", "vip"}}, "Tags must be");
    row("over-long custom value",
        {{"email", "c@example.com"}, {"custom", {{"cf_notes", std::string(1001, 'x')}}}}, "too long");
    row("unknown entity", {{"email", "w@example.com"}}, "does not sync", "gadget");
}

void TestDevcloudSync::rejectedOpsStoreNothing()
{
    QFETCH(QByteArray, op);
    QFETCH(QString, message);
    const QString ws = m_f.workspace();
    const auto mutationOp = nlohmann::json::parse(op.toStdString());
    for (int attempt = 1; attempt <= 2; ++attempt) {
        // A rejected op is not remembered: sent again, it is judged again (and still refused).
        const auto result = m_f.sync->mutateOne(ws, m_f.token(QStringLiteral("member")), mutationOp);
        QCOMPARE(str(result["status"]), QStringLiteral("rejected"));
        QCOMPARE(str(result["reason"]["code"]), QStringLiteral("validation"));
        QVERIFY2(str(result["reason"]["message"]).contains(message), result.dump().c_str());
    }
    QCOMPARE(m_f.sync->lead(ws, str(mutationOp["id"])).status, 404);
    const auto stats = m_f.sync->stats(ws);
    QCOMPARE(number(stats["rejectedAnswered"]), 2);
    QCOMPARE(number(stats["opsApplied"]), 0);
    QCOMPARE(number(stats["seq"]), 0);
}

void TestDevcloudSync::duplicateEmailIsRejected()
{
    const QString ws = m_f.workspace();
    const QString member = m_f.token(QStringLiteral("member"));
    const QString sam = newId();
    const QString other = newId();
    QVERIFY(m_f.create(ws, sam, leadFields("sam@example.com")) > 0);
    const qint64 otherVersion = m_f.create(ws, other, leadFields("other@example.com"));
    QVERIFY(otherVersion > 0);

    const QString twin = newId();
    const auto twinResult =
        m_f.sync->mutateOne(ws, member, mutation(newId(), "create", twin, 0, leadFields("SAM@Example.com")));
    QCOMPARE(str(twinResult["status"]), QStringLiteral("rejected"));
    QCOMPARE(str(twinResult["reason"]["code"]), QStringLiteral("duplicate_email"));
    QVERIFY(!str(twinResult["reason"]["message"]).isEmpty());
    QCOMPARE(m_f.sync->lead(ws, twin).status, 404);

    const auto renamed = m_f.sync->mutateOne(
        ws, member, mutation(newId(), "update", other, otherVersion, {{"email", "Sam@example.COM"}}));
    QCOMPARE(str(renamed["reason"]["code"]), QStringLiteral("duplicate_email"));
    QCOMPARE(str(m_f.serverLead(ws, other)["data"]["email"]), QStringLiteral("other@example.com"));

    // Once Sam's lead is deleted its email is free again.
    const auto removal = m_f.sync->mutateOne(ws, member, mutation(newId(), "delete", sam, 1));
    QCOMPARE(str(removal["status"]), QStringLiteral("applied"));
    const auto reuse =
        m_f.sync->mutateOne(ws, member, mutation(newId(), "create", twin, 0, leadFields("sam@example.com")));
    QCOMPARE(str(reuse["status"]), QStringLiteral("applied"));
}

void TestDevcloudSync::unknownLeadIsNotFound()
{
    const QString ws = m_f.workspace();
    for (const char* kind : {"update", "delete"}) {
        const auto result =
            m_f.sync->mutateOne(ws, m_f.token(QStringLiteral("owner")),
                                mutation(newId(), kind, newId(), 0, {{"firstName", "Ghost"}}));
        QCOMPARE(str(result["status"]), QStringLiteral("rejected"));
        QCOMPARE(str(result["reason"]["code"]), QStringLiteral("not_found"));
    }
}

void TestDevcloudSync::opsInABatchApplyInOrder()
{
    const QString ws = m_f.workspace();
    const QString id = newId();
    const QString opId = newId();
    // A fresh workspace: the create takes version 1, so the next ops can name it as their base.
    const auto ops = nlohmann::json::array({mutation(opId, "create", id, 0, leadFields("order@example.com")),
                                            mutation(newId(), "update", id, 1, {{"lastName", "Second"}}),
                                            mutation(opId, "create", id, 0, leadFields("order@example.com")),
                                            mutation(newId(), "delete", id, 2)});
    const HttpReply reply = m_f.sync->mutate(ws, m_f.token(QStringLiteral("owner")), ops);
    QCOMPARE(reply.status, 200);
    const auto& results = reply.body["results"];
    QCOMPARE(static_cast<int>(results.size()), 4);
    QCOMPARE(str(results[0]["status"]), QStringLiteral("applied"));
    QCOMPARE(number(results[0]["version"]), 1);
    QCOMPARE(number(results[1]["version"]), 2);
    QCOMPARE(str(results[2]["status"]), QStringLiteral("duplicate")); // the same opId within one batch
    QCOMPARE(number(results[2]["version"]), 1);
    QCOMPARE(str(results[3]["status"]), QStringLiteral("applied"));
    for (std::size_t i = 0; i < 4; ++i) {
        QCOMPARE(js(results[i]["opId"]), js(ops[i]["opId"]));
    }
    QCOMPARE(js(m_f.serverLead(ws, id)["deleted"]), QStringLiteral("true"));
    QCOMPARE(str(m_f.serverLead(ws, id)["data"]["lastName"]), QStringLiteral("Second"));
}

void TestDevcloudSync::batchLimits()
{
    const QString ws = m_f.workspace();
    const QString owner = m_f.token(QStringLiteral("owner"));
    nlohmann::json tooMany = nlohmann::json::array();
    for (int i = 0; i < 501; ++i) {
        tooMany.push_back(
            mutation(newId(), "create", newId(), 0, leadFields("many" + std::to_string(i) + "@example.com")));
    }
    const QString requestId = newRequestId();
    const HttpReply refused = m_f.sync->mutate(ws, owner, tooMany, requestId);
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.text("/error/code"), QStringLiteral("too_many_mutations"));
    QCOMPARE(refused.text("/error/requestId"), requestId);
    QVERIFY(refused.text("/error/message").contains(QStringLiteral("500")));
    QCOMPARE(number(m_f.sync->stats(ws)["seq"]), 0);

    // 500 whole leads with long custom values: far more than the 1 MB other routes take.
    nlohmann::json full = nlohmann::json::array();
    for (int i = 0; i < 500; ++i) {
        auto fields = leadFields("full" + std::to_string(i) + "@example.com");
        fields["custom"] = {{"cf_a", std::string(1000, 'a')},
                            {"cf_b", std::string(1000, 'b')},
                            {"cf_c", std::string(1000, 'c')}};
        full.push_back(mutation(newId(), "create", newId(), 0, fields));
    }
    QVERIFY(SyncClient::mutationsBody(full).size() > 1024 * 1024);
    const HttpReply accepted = m_f.sync->mutate(ws, owner, full);
    QCOMPARE(accepted.status, 200);
    QCOMPARE(static_cast<int>(accepted.body["results"].size()), 500);
    QCOMPARE(str(accepted.body["results"][499]["status"]), QStringLiteral("applied"));
    QCOMPARE(number(m_f.sync->stats(ws)["leads"]), 500);

    const QString hugeId = newRequestId();
    const QByteArray huge = "{\"mutations\":[],\"padding\":\"" + QByteArray(17 * 1024 * 1024, 'x') + "\"}";
    const HttpReply tooLarge =
        m_f.client->send("POST", SyncClient::base(ws) + QStringLiteral("/mutations"), huge, owner, hugeId);
    QCOMPARE(tooLarge.status, 413);
    QCOMPARE(tooLarge.text("/error/code"), QStringLiteral("too_large"));
    QCOMPARE(tooLarge.text("/error/requestId"), hugeId);

    const HttpReply garbled =
        m_f.client->send("POST", SyncClient::base(ws) + QStringLiteral("/mutations"), "{not json", owner);
    QCOMPARE(garbled.status, 400);
    QCOMPARE(garbled.text("/error/code"), QStringLiteral("invalid"));
}

void TestDevcloudSync::everyRoleFollowsTheMatrix_data()
{
    QTest::addColumn<QString>("who");
    for (const char* who : {"owner", "admin", "member"}) {
        QTest::newRow(who) << QString::fromLatin1(who);
    }
}

void TestDevcloudSync::everyRoleFollowsTheMatrix()
{
    QFETCH(QString, who);
    const Role role = *Permissions::roleFromKey(who);
    const QString ws = m_f.workspace();
    const HttpReply feed = m_f.sync->changes(ws, m_f.token(who));
    QCOMPARE(feed.status, Permissions::can(role, Action::ViewLeads) ? 200 : 403);

    const QString id = newId();
    const auto result =
        m_f.apply(ws, qPrintable(who), mutation(newId(), "create", id, 0, leadFields("matrix@example.com")));
    if (Permissions::can(role, Action::EditLeads)) {
        QCOMPARE(str(result["status"]), QStringLiteral("applied"));
        QCOMPARE(str(m_f.serverLead(ws, id)["updatedBy"]["email"]), m_f.email(who));
    } else {
        QCOMPARE(str(result["status"]), QStringLiteral("rejected"));
        QCOMPARE(str(result["reason"]["code"]), QStringLiteral("forbidden"));
        QCOMPARE(str(result["reason"]["message"]), Permissions::refusal(role, Action::EditLeads));
        QCOMPARE(m_f.sync->lead(ws, id).status, 404);
    }
}

void TestDevcloudSync::nonMemberCannotSync()
{
    const QString ws = m_f.workspace();
    QVERIFY(m_f.create(ws, newId(), leadFields("private@example.com")) > 0);
    const QString outsider = m_f.token(QStringLiteral("outsider"));
    const HttpReply missing = m_f.sync->changes(QStringLiteral("ws_does_not_exist"), outsider);
    const HttpReply feed = m_f.sync->changes(ws, outsider);
    // Exactly like a workspace that does not exist (docs/cloud-api.md): its existence is not revealed.
    QCOMPARE(feed.status, 404);
    QCOMPARE(feed.text("/error/code"), QStringLiteral("not_found"));
    QCOMPARE(feed.text("/error/message"), missing.text("/error/message"));
    const auto op = mutation(newId(), "create", newId(), 0, leadFields("intruder@example.com"));
    QCOMPARE(m_f.sync->mutate(ws, outsider, nlohmann::json::array({op})).status, 404);
    QCOMPARE(number(m_f.sync->stats(ws)["seq"]), 1);

    // Someone removed from the team can no longer pull or push.
    const QString memberPath =
        QStringLiteral("/v1/workspaces/%1/members/%2")
            .arg(ws, QString::fromUtf8(QUrl::toPercentEncoding(m_f.email(QStringLiteral("member")))));
    QCOMPARE(m_f.client->send("DELETE", memberPath, {}, m_f.token(QStringLiteral("owner"))).status, 204);
    QCOMPARE(m_f.sync->changes(ws, m_f.token(QStringLiteral("member"))).status, 404);
    QCOMPARE(m_f.sync->mutate(ws, m_f.token(QStringLiteral("member")), nlohmann::json::array({op})).status,
             404);
    QCOMPARE(number(m_f.sync->stats(ws)["seq"]), 1);

    const HttpReply anonymous = m_f.sync->changes(ws, {});
    QCOMPARE(anonymous.status, 401);
    QCOMPARE(anonymous.text("/error/code"), QStringLiteral("unauthorized"));
}

void TestDevcloudSync::demoLeadsAreInTheFeedAndSurviveARestart()
{
    const QString acme = QStringLiteral("ws_demo_acme");
    DevcloudProcess demo;
    QVERIFY2(demo.start({QStringLiteral("--seed"), QStringLiteral("demo")}), qPrintable(demo.error()));
    DevcloudClient client(demo);
    SyncClient sync(demo, client);
    const QString owner =
        client.signIn(QStringLiteral("owner@demo.leadbox.test"), QStringLiteral("demo-password"))
            .text("/idToken");
    QVERIFY(!owner.isEmpty());

    const HttpReply feed = sync.changes(acme, owner, {}, 5000);
    QCOMPARE(static_cast<int>(feed.body["changes"].size()), 300);
    QCOMPARE(js(feed.body["hasMore"]), QStringLiteral("false"));
    QCOMPARE(feed.text("/cursor"), QStringLiteral("300"));
    const auto& first = feed.body["changes"][0];
    const QString id = str(first["id"]);
    QCOMPARE(id, QStringLiteral("5eed0001-0000-4000-8000-000000000001"));
    QCOMPARE(str(first["data"]["email"]), QStringLiteral("lead1@acme-customers.example"));
    const HttpReply leads = client.get(QStringLiteral("/v1/workspaces/ws_demo_acme/leads?limit=1000"), owner);
    QCOMPARE(static_cast<int>(leads.body["leads"].size()), 300);
    QCOMPARE(leads.text("/leads/0/id"), id);
    QCOMPARE(number(leads.body["leads"][0]["version"]), 1);

    const auto edit =
        sync.mutateOne(acme, owner, mutation(newId(), "update", id, 1, {{"firstName", "Renamed"}}));
    QCOMPARE(number(edit["version"]), 301);

    // Restarted on the same file, seeding again adds nothing and the edit is still there.
    QVERIFY2(demo.start({QStringLiteral("--seed"), QStringLiteral("demo")}), qPrintable(demo.error()));
    const HttpReply after = sync.changes(acme, owner, QStringLiteral("300"));
    QCOMPARE(static_cast<int>(after.body["changes"].size()), 1);
    QCOMPARE(str(after.body["changes"][0]["data"]["firstName"]), QStringLiteral("Renamed"));
    QCOMPARE(number(sync.stats(acme)["seq"]), 301);
    QCOMPARE(number(sync.stats(acme)["leads"]), 300);
    const HttpReply relisted =
        client.get(QStringLiteral("/v1/workspaces/ws_demo_acme/leads?limit=1000"), owner);
    QCOMPARE(relisted.text("/leads/299/firstName"), QStringLiteral("Renamed"));
    QCOMPARE(number(relisted.body["leads"][299]["version"]), 301);
}

void TestDevcloudSync::oldDataFileIsMigrated()
{
    DevcloudProcess old;
    {
        // The layout devcloud wrote before sync (schema 1): leads as documents in their own table.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schema1"));
        db.setDatabaseName(old.dataFile());
        QVERIFY(db.open());
        QSqlQuery sql(db);
        for (const char* statement :
             {"CREATE TABLE meta (key TEXT PRIMARY KEY, value BLOB NOT NULL)",
              "INSERT INTO meta VALUES ('schema_version', 1)",
              "CREATE TABLE workspaces (id TEXT PRIMARY KEY, name TEXT NOT NULL, plan TEXT NOT NULL DEFAULT "
              "'free', created_at INTEGER NOT NULL)",
              "INSERT INTO workspaces VALUES ('ws_old', 'Old', 'free', 0)",
              "CREATE TABLE leads (workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE, "
              "id "
              "TEXT NOT NULL, position INTEGER NOT NULL, doc TEXT NOT NULL, PRIMARY KEY (workspace_id, "
              "id))"}) {
            QVERIFY2(sql.exec(QString::fromLatin1(statement)), qPrintable(sql.lastError().text()));
        }
        int position = 0;
        for (const char* id : {"c", "a", "b"}) {
            const nlohmann::json doc{{"id", id},         {"email", std::string(id) + "@old.example"},
                                     {"firstName", id},  {"status", "new"},
                                     {"tags", {"kept"}}, {"version", 1}};
            sql.prepare(QStringLiteral("INSERT INTO leads VALUES ('ws_old', ?, ?, ?)"));
            sql.addBindValue(QString::fromLatin1(id));
            sql.addBindValue(++position);
            sql.addBindValue(QString::fromStdString(doc.dump()));
            QVERIFY2(sql.exec(), qPrintable(sql.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("schema1"));

    QVERIFY2(old.start(), qPrintable(old.error()));
    DevcloudClient client(old);
    SyncClient sync(old, client);
    const auto stats = sync.stats(QStringLiteral("ws_old"));
    QCOMPARE(number(stats["leads"]), 3);
    QCOMPARE(number(stats["seq"]), 3);
    const auto lead = sync.lead(QStringLiteral("ws_old"), QStringLiteral("a")).body;
    QCOMPARE(number(lead["version"]), 2); // the old order is kept
    QCOMPARE(str(lead["data"]["email"]), QStringLiteral("a@old.example"));
    QCOMPARE(textSet(lead["data"]["tags"]), QSet<QString>{QStringLiteral("kept")});
    QVERIFY(!lead["data"].contains("version"));
    QCOMPARE(number(lead["fieldVersions"]["email"]), 2);
}

QTEST_GUILESS_MAIN(TestDevcloudSync)
#include "test_devcloud_sync.moc"
