// The cloud API of leadbox-devcloud over real HTTP: /v1/me, workspaces, the error envelope and request
// IDs, workspace isolation, invites, and every cell of the team permission matrix it enforces.
#include "models/accounts/Permissions.h"
#include "tests/integration/DevcloudClient.h"

#include <QTest>

using leadbox::Action;
using leadbox::Permissions;
using leadbox::Role;

class TestDevcloudApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void meAndCreateWorkspace();
    void createWorkspaceChecksTheName();
    void unauthenticatedCallsGetTheEnvelope();
    void nonMemberGets404();
    void inviteBecomesMembershipOnSignIn();
    void oversizedBodyIsRefused();
    void teamMatrix_data();
    void teamMatrix();

private:
    // A fresh workspace owned by `owner` with an active admin, member, second admin and second member.
    QString teamWorkspace();
    QString emailFor(const QString& who) const;
    QString tokenFor(const QString& who) const;

    DevcloudProcess m_devcloud;
    std::unique_ptr<DevcloudClient> m_client;
    QMap<QString, Session> m_people; // owner, admin, member, admin2, member2
};

void TestDevcloudApi::initTestCase()
{
    QVERIFY2(m_devcloud.start(), qPrintable(m_devcloud.error()));
    m_client = std::make_unique<DevcloudClient>(m_devcloud);
    for (const char* who : {"owner", "admin", "member", "admin2", "member2"}) {
        const QString name = QString::fromLatin1(who);
        m_people[name] = m_client->session(name + QStringLiteral("@team.example"));
        QVERIFY(!m_people[name].idToken.isEmpty());
    }
}

QString TestDevcloudApi::emailFor(const QString& who) const
{
    return m_people.value(who).email;
}

QString TestDevcloudApi::tokenFor(const QString& who) const
{
    return m_people.value(who).idToken;
}

QString TestDevcloudApi::teamWorkspace()
{
    const HttpReply created = m_client->post(QStringLiteral("/v1/workspaces"), {{"name", "Team matrix"}},
                                             tokenFor(QStringLiteral("owner")));
    const QString ws = created.text("/id");
    const QString members = QStringLiteral("/v1/workspaces/%1/members").arg(ws);
    for (const char* who : {"admin", "member", "admin2", "member2"}) {
        const QString name = QString::fromLatin1(who);
        const std::string role = name.startsWith(QStringLiteral("admin")) ? "admin" : "member";
        m_client->post(members, {{"email", emailFor(name).toStdString()}, {"role", role}},
                       tokenFor(QStringLiteral("owner")));
        m_client->get(QStringLiteral("/v1/me"), tokenFor(name)); // accepts the invite
    }
    return ws;
}

void TestDevcloudApi::meAndCreateWorkspace()
{
    const Session zoe = m_client->session(QStringLiteral("zoe@example.com"));
    const QString requestId = newRequestId();
    HttpReply me = m_client->get(QStringLiteral("/v1/me"), zoe.idToken, requestId);
    QCOMPARE(me.status, 200);
    QCOMPARE(me.requestIdHeader, requestId);
    QCOMPARE(me.text("/user/uid"), zoe.uid);
    QCOMPARE(me.text("/user/email"), zoe.email);
    QCOMPARE(static_cast<int>(me.body["workspaces"].size()), 0);

    const HttpReply zeta =
        m_client->post(QStringLiteral("/v1/workspaces"), {{"name", "  Zeta  "}}, zoe.idToken);
    QCOMPARE(zeta.status, 201);
    QCOMPARE(zeta.text("/name"), QStringLiteral("Zeta"));
    QCOMPARE(zeta.text("/role"), QStringLiteral("owner"));
    QCOMPARE(zeta.text("/plan"), QStringLiteral("free"));
    QVERIFY(!zeta.text("/id").isEmpty());
    QVERIFY(!zeta.requestIdHeader.isEmpty()); // made up by devcloud when the client sends none
    m_client->post(QStringLiteral("/v1/workspaces"), {{"name", "Alpha"}}, zoe.idToken);

    me = m_client->get(QStringLiteral("/v1/me"), zoe.idToken);
    QCOMPARE(static_cast<int>(me.body["workspaces"].size()), 2);
    QCOMPARE(me.text("/workspaces/0/name"), QStringLiteral("Alpha")); // sorted by name
    QCOMPARE(me.text("/workspaces/1/id"), zeta.text("/id"));

    const HttpReply members =
        m_client->get(QStringLiteral("/v1/workspaces/%1/members").arg(zeta.text("/id")), zoe.idToken);
    QCOMPARE(members.status, 200);
    QCOMPARE(members.text("/members/0/email"), zoe.email);
    QCOMPARE(members.text("/members/0/status"), QStringLiteral("active"));
}

void TestDevcloudApi::createWorkspaceChecksTheName()
{
    const QString token = tokenFor(QStringLiteral("owner"));
    const QString requestId = newRequestId();
    const HttpReply blank =
        m_client->post(QStringLiteral("/v1/workspaces"), {{"name", "   "}}, token, requestId);
    QCOMPARE(blank.status, 400);
    QCOMPARE(blank.text("/error/code"), QStringLiteral("invalid"));
    QCOMPARE(blank.text("/error/requestId"), requestId);
    QCOMPARE(blank.requestIdHeader, requestId);
    QCOMPARE(
        m_client->post(QStringLiteral("/v1/workspaces"), {{"name", std::string(101, 'x')}}, token).status,
        400);
    QCOMPARE(
        m_client->post(QStringLiteral("/v1/workspaces"), {{"name", std::string(100, 'x')}}, token).status,
        201);
}

void TestDevcloudApi::unauthenticatedCallsGetTheEnvelope()
{
    const QString requestId = newRequestId();
    const HttpReply none = m_client->get(QStringLiteral("/v1/me"), {}, requestId);
    QCOMPARE(none.status, 401);
    QCOMPARE(none.text("/error/code"), QStringLiteral("unauthorized"));
    QVERIFY(!none.text("/error/message").isEmpty());
    QCOMPARE(none.text("/error/requestId"), requestId);
    QCOMPARE(none.requestIdHeader, requestId);
    const HttpReply garbage = m_client->get(QStringLiteral("/v1/me"), QStringLiteral("not.a.token"));
    QCOMPARE(garbage.status, 401);
    QCOMPARE(garbage.text("/error/code"), QStringLiteral("unauthorized"));
    const HttpReply unknown =
        m_client->get(QStringLiteral("/v1/nothing-here"), tokenFor(QStringLiteral("owner")));
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.text("/error/code"), QStringLiteral("not_found"));
    QVERIFY(!unknown.text("/error/requestId").isEmpty());
}

void TestDevcloudApi::nonMemberGets404()
{
    const QString ws =
        m_client
            ->post(QStringLiteral("/v1/workspaces"), {{"name", "Private"}}, tokenFor(QStringLiteral("owner")))
            .text("/id");
    const QString outsider = m_client->session(QStringLiteral("outsider@example.com")).idToken;
    const HttpReply members = m_client->get(QStringLiteral("/v1/workspaces/%1/members").arg(ws), outsider);
    const HttpReply missing =
        m_client->get(QStringLiteral("/v1/workspaces/ws_does_not_exist/members"), outsider);
    QCOMPARE(members.status, 404);
    QCOMPARE(members.text("/error/code"), QStringLiteral("not_found"));
    // Same answer as for a workspace that does not exist.
    QCOMPARE(members.text("/error/message"), missing.text("/error/message"));
    QCOMPARE(m_client->get(QStringLiteral("/v1/workspaces/%1/leads").arg(ws), outsider).status, 404);
    QCOMPARE(m_client
                 ->post(QStringLiteral("/v1/workspaces/%1/members").arg(ws), {{"email", "x@example.com"}},
                        outsider)
                 .status,
             404);
}

void TestDevcloudApi::inviteBecomesMembershipOnSignIn()
{
    const QString owner = tokenFor(QStringLiteral("owner"));
    const QString ws =
        m_client->post(QStringLiteral("/v1/workspaces"), {{"name", "Invites"}}, owner).text("/id");
    const QString members = QStringLiteral("/v1/workspaces/%1/members").arg(ws);
    const HttpReply invited =
        m_client->post(members, {{"email", "Newcomer@Example.com"}, {"role", "admin"}}, owner);
    QCOMPARE(invited.status, 201);
    QCOMPARE(invited.text("/email"), QStringLiteral("newcomer@example.com"));
    QCOMPARE(invited.text("/status"), QStringLiteral("invited"));
    QVERIFY(invited.body["uid"].is_null());
    QCOMPARE(m_client->post(members, {{"email", "newcomer@example.com"}}, owner).text("/error/code"),
             QStringLiteral("conflict"));
    QCOMPARE(m_client->post(members, {{"email", "x@example.com"}, {"role", "owner"}}, owner).status, 400);
    QCOMPARE(m_client->post(members, {{"email", "not-an-email"}}, owner).status, 400);

    const Session newcomer = m_client->session(QStringLiteral("newcomer@example.com"));
    const HttpReply me = m_client->get(QStringLiteral("/v1/me"), newcomer.idToken);
    QCOMPARE(static_cast<int>(me.body["workspaces"].size()), 1);
    QCOMPARE(me.text("/workspaces/0/id"), ws);
    QCOMPARE(me.text("/workspaces/0/role"), QStringLiteral("admin"));
    const HttpReply list = m_client->get(members, owner);
    QCOMPARE(list.text("/members/1/email"), QStringLiteral("newcomer@example.com"));
    QCOMPARE(list.text("/members/1/status"), QStringLiteral("active"));
    QCOMPARE(list.text("/members/1/uid"), newcomer.uid);
    QCOMPARE(m_client->post(members, {{"email", "newcomer@example.com"}}, owner).status, 409);
}

void TestDevcloudApi::oversizedBodyIsRefused()
{
    const QString requestId = newRequestId();
    const QByteArray body = "{\"name\":\"" + QByteArray(1100 * 1024, 'x') + "\"}";
    const HttpReply reply = m_client->send("POST", QStringLiteral("/v1/workspaces"), body,
                                           tokenFor(QStringLiteral("owner")), requestId);
    QCOMPARE(reply.status, 413);
    QCOMPARE(reply.text("/error/code"), QStringLiteral("too_large"));
    QCOMPARE(reply.text("/error/requestId"), requestId);
}

void TestDevcloudApi::teamMatrix_data()
{
    QTest::addColumn<QString>("actor");     // owner, admin, member
    QTest::addColumn<QString>("operation"); // list, invite, role, remove, transfer
    QTest::addColumn<QString>("target");    // owner, admin2, member2, self, or "" for list and invite
    QTest::addColumn<QString>("newRole");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message"); // the 403's sentence, when it is fixed

    const QString manageRefusal = Permissions::refusal(Role::Member, Action::ManageTeam);
    const QString adminTransfer = Permissions::refusal(Role::Admin, Action::TransferOwnership);
    const QString memberTransfer = Permissions::refusal(Role::Member, Action::TransferOwnership);
    const QString ownerRole = QStringLiteral("The owner's role changes only by transferring ownership.");
    const QString adminOwner = QStringLiteral("Admins cannot change the owner's role.");
    const QString noNewOwner =
        QStringLiteral("Nobody becomes the owner by a role change; the owner transfers ownership instead.");
    const QString removeOwner =
        QStringLiteral("Nobody can remove the owner; the owner transfers ownership first.");
    const QString ownerLeave =
        QStringLiteral("The owner cannot leave the workspace; transfer ownership first.");
    const auto row = [](const char* name, const char* actor, const char* operation, const char* target,
                        const char* newRole, int status, const QString& message = {}) {
        QTest::newRow(name) << QString::fromLatin1(actor) << QString::fromLatin1(operation)
                            << QString::fromLatin1(target) << QString::fromLatin1(newRole) << status
                            << message;
    };
    for (const char* actor : {"owner", "admin", "member"}) {
        QTest::newRow(qPrintable(QStringLiteral("%1 lists the team").arg(QString::fromLatin1(actor))))
            << QString::fromLatin1(actor) << QStringLiteral("list") << QString() << QString() << 200
            << QString();
    }
    row("owner invites", "owner", "invite", "", "member", 201);
    row("admin invites", "admin", "invite", "", "admin", 201);
    row("member invites", "member", "invite", "", "member", 403, manageRefusal);

    row("owner promotes member", "owner", "role", "member2", "admin", 200);
    row("owner demotes admin", "owner", "role", "admin2", "member", 200);
    row("owner demotes self", "owner", "role", "self", "admin", 403, ownerRole);
    row("owner makes an owner", "owner", "role", "admin2", "owner", 403, noNewOwner);
    row("admin promotes member", "admin", "role", "member2", "admin", 200);
    row("admin demotes admin", "admin", "role", "admin2", "member", 200);
    row("admin demotes owner", "admin", "role", "owner", "admin", 403, adminOwner);
    row("admin makes an owner", "admin", "role", "member2", "owner", 403, noNewOwner);
    row("member promotes member", "member", "role", "member2", "admin", 403, manageRefusal);
    row("member promotes self", "member", "role", "self", "admin", 403, manageRefusal);
    row("member demotes admin", "member", "role", "admin2", "member", 403, manageRefusal);
    row("member demotes owner", "member", "role", "owner", "admin", 403, manageRefusal);

    row("owner removes admin", "owner", "remove", "admin2", "", 204);
    row("owner removes member", "owner", "remove", "member2", "", 204);
    row("owner leaves", "owner", "remove", "self", "", 403, ownerLeave);
    row("admin removes admin", "admin", "remove", "admin2", "", 204);
    row("admin removes member", "admin", "remove", "member2", "", 204);
    row("admin removes owner", "admin", "remove", "owner", "", 403, removeOwner);
    row("admin leaves", "admin", "remove", "self", "", 204);
    row("member removes member", "member", "remove", "member2", "", 403, manageRefusal);
    row("member removes admin", "member", "remove", "admin2", "", 403, manageRefusal);
    row("member removes owner", "member", "remove", "owner", "", 403, manageRefusal);
    row("member leaves", "member", "remove", "self", "", 204);

    row("owner transfers to admin", "owner", "transfer", "admin2", "", 200);
    row("owner transfers to member", "owner", "transfer", "member2", "", 200);
    row("admin transfers", "admin", "transfer", "admin2", "", 403, adminTransfer);
    row("member transfers", "member", "transfer", "member2", "", 403, memberTransfer);
}

void TestDevcloudApi::teamMatrix()
{
    QFETCH(QString, actor);
    QFETCH(QString, operation);
    QFETCH(QString, target);
    QFETCH(QString, newRole);
    QFETCH(int, status);
    QFETCH(QString, message);

    const QString ws = teamWorkspace();
    const QString members = QStringLiteral("/v1/workspaces/%1/members").arg(ws);
    const QString targetEmail = emailFor(target == QStringLiteral("self") ? actor : target);
    const QString memberPath =
        members + QLatin1Char('/') + QString::fromUtf8(QUrl::toPercentEncoding(targetEmail));
    const QString token = tokenFor(actor);
    const QString requestId = newRequestId();

    HttpReply reply;
    if (operation == QStringLiteral("list")) {
        reply = m_client->get(members, token, requestId);
    } else if (operation == QStringLiteral("invite")) {
        reply = m_client->post(members, {{"email", "invitee@example.com"}, {"role", newRole.toStdString()}},
                               token, requestId);
    } else if (operation == QStringLiteral("role")) {
        reply =
            m_client->send("PATCH", memberPath,
                           QByteArray::fromStdString(nlohmann::json{{"role", newRole.toStdString()}}.dump()),
                           token, requestId);
    } else if (operation == QStringLiteral("remove")) {
        reply = m_client->send("DELETE", memberPath, {}, token, requestId);
    } else {
        reply = m_client->post(QStringLiteral("/v1/workspaces/%1/owner").arg(ws),
                               {{"email", targetEmail.toStdString()}}, token, requestId);
    }
    QVERIFY2(reply.status == status, qPrintable(reply.describe()));
    QCOMPARE(reply.requestIdHeader, requestId);

    const HttpReply after = m_client->get(members, tokenFor(QStringLiteral("owner")));
    const auto roleOf = [&after](const QString& email) {
        for (const auto& member : after.body["members"]) {
            if (q(member["email"].get<std::string>()) == email) {
                return q(member["role"].get<std::string>());
            }
        }
        return QString();
    };
    if (status == 403) {
        QCOMPARE(reply.text("/error/code"), QStringLiteral("forbidden"));
        QCOMPARE(reply.text("/error/requestId"), requestId);
        QCOMPARE(reply.text("/error/message"), message);
        QCOMPARE(roleOf(emailFor(QStringLiteral("owner"))), QStringLiteral("owner")); // nothing moved
        QCOMPARE(static_cast<int>(after.body["members"].size()), 5);
    } else if (operation == QStringLiteral("list")) {
        QCOMPARE(static_cast<int>(reply.body["members"].size()), 5);
        QCOMPARE(reply.text("/members/0/role"), QStringLiteral("owner"));
        QVERIFY(reply.body["members"][0].contains("displayName"));
    } else if (operation == QStringLiteral("invite")) {
        QCOMPARE(reply.text("/status"), QStringLiteral("invited"));
        QCOMPARE(roleOf(QStringLiteral("invitee@example.com")), newRole);
    } else if (operation == QStringLiteral("role")) {
        QCOMPARE(reply.text("/role"), newRole);
        QCOMPARE(roleOf(targetEmail), newRole);
    } else if (operation == QStringLiteral("remove")) {
        QVERIFY(roleOf(targetEmail).isEmpty());
        QCOMPARE(m_client->get(members, tokenFor(target == QStringLiteral("self") ? actor : target)).status,
                 404);
    } else {
        QCOMPARE(roleOf(targetEmail), QStringLiteral("owner"));
        QCOMPARE(roleOf(emailFor(QStringLiteral("owner"))), QStringLiteral("admin"));
        QVERIFY(reply.body["members"] == after.body["members"]);
    }
}

QTEST_GUILESS_MAIN(TestDevcloudApi)
#include "test_devcloud_api.moc"
