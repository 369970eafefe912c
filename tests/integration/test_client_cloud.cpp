// CloudClient against devcloud: who am I, workspaces, and team management, with the server's
// refusals shown as "message (request ID …)".
#include "tests/integration/ClientFixture.h"

#include <QTest>

using namespace leadbox;

class TestClientCloud : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void meListsWorkspacesWithRoles();
    void createWorkspaceMakesCallerOwner();
    void teamLifecycle();
    void memberRefusedWithRequestId();
    void transferOwnership();
    void unknownWorkspaceIsNotFound();

private:
    QString workspaceWithRole(ClientFixture& client, Role role);
    DevcloudProcess m_devcloud;
};

void TestClientCloud::initTestCase()
{
    QVERIFY2(m_devcloud.start({QStringLiteral("--seed"), QStringLiteral("demo")}),
             qPrintable(m_devcloud.error()));
}

QString TestClientCloud::workspaceWithRole(ClientFixture& client, Role role)
{
    const auto me = client.cloud->meAndWait();
    for (const CloudWorkspace& workspace : me.value.workspaces) {
        if (workspace.role == role) {
            return workspace.id;
        }
    }
    return {};
}

void TestClientCloud::meListsWorkspacesWithRoles()
{
    ClientFixture client(m_devcloud);
    QVERIFY(client.session->signInAndWait(ClientFixture::member(), ClientFixture::password()).ok());
    const auto me = client.cloud->meAndWait();
    QVERIFY2(me.ok(), qPrintable(me.error.text()));
    QCOMPARE(me.value.email, ClientFixture::member());
    QCOMPARE(me.value.uid, client.session->uid());
    QVERIFY(!me.value.workspaces.isEmpty());
    for (const CloudWorkspace& workspace : me.value.workspaces) {
        QVERIFY(!workspace.id.isEmpty());
        QVERIFY(!workspace.name.isEmpty());
        QVERIFY(!workspace.plan.isEmpty());
        QCOMPARE(workspace.role, Role::Member);
    }
    client.session->signOutAndWait();
}

void TestClientCloud::createWorkspaceMakesCallerOwner()
{
    ClientFixture client(m_devcloud);
    QVERIFY(client.session->signInAndWait(ClientFixture::member(), ClientFixture::password()).ok());
    const auto created = client.cloud->createWorkspaceAndWait(QStringLiteral("Member's own"));
    QVERIFY2(created.ok(), qPrintable(created.error.text()));
    QCOMPARE(created.value.role, Role::Owner);
    QCOMPARE(created.value.name, QStringLiteral("Member's own"));
    const auto me = client.cloud->meAndWait();
    bool listed = false;
    for (const CloudWorkspace& workspace : me.value.workspaces) {
        listed = listed || (workspace.id == created.value.id && workspace.role == Role::Owner);
    }
    QVERIFY(listed);

    const auto invalid = client.cloud->createWorkspaceAndWait(QStringLiteral("   "));
    QCOMPARE(invalid.error.code, QStringLiteral("invalid"));
    QCOMPARE(invalid.error.httpStatus, 400);
    client.session->signOutAndWait();
}

void TestClientCloud::teamLifecycle()
{
    ClientFixture client(m_devcloud);
    QVERIFY(client.session->signInAndWait(ClientFixture::owner(), ClientFixture::password()).ok());
    const auto created = client.cloud->createWorkspaceAndWait(QStringLiteral("Team test"));
    QVERIFY(created.ok());
    const QString ws = created.value.id;
    // "+" and "@" must survive the path segment.
    const QString invitee = QStringLiteral("new+person@example.com");

    auto invited = client.cloud->inviteAndWait(ws, invitee, Role::Member);
    QVERIFY2(invited.ok(), qPrintable(invited.error.text()));
    auto members = client.cloud->membersAndWait(ws);
    QVERIFY2(members.ok(), qPrintable(members.error.text()));
    QCOMPARE(members.value.size(), 2);
    const auto find = [&members](const QString& email) -> const CloudMember* {
        for (const CloudMember& m : members.value) {
            if (m.email.compare(email, Qt::CaseInsensitive) == 0) {
                return &m;
            }
        }
        return nullptr;
    };
    QVERIFY(find(invitee));
    QCOMPARE(find(invitee)->status, QStringLiteral("invited"));
    QCOMPARE(find(invitee)->role, Role::Member);
    QCOMPARE(find(ClientFixture::owner())->role, Role::Owner);

    QVERIFY(client.cloud->inviteAndWait(ws, invitee, Role::Member).error.isError()); // already there

    QVERIFY(client.cloud->changeRoleAndWait(ws, invitee, Role::Admin).ok());
    members = client.cloud->membersAndWait(ws);
    QCOMPARE(find(invitee)->role, Role::Admin);

    QVERIFY(client.cloud->removeMemberAndWait(ws, invitee).ok());
    members = client.cloud->membersAndWait(ws);
    QCOMPARE(members.value.size(), 1);
    QCOMPARE(client.cloud->removeMemberAndWait(ws, invitee).error.code, QStringLiteral("not_found"));
    client.session->signOutAndWait();
}

void TestClientCloud::memberRefusedWithRequestId()
{
    ClientFixture client(m_devcloud);
    QVERIFY(client.session->signInAndWait(ClientFixture::member(), ClientFixture::password()).ok());
    const QString ws = workspaceWithRole(client, Role::Member);
    QVERIFY(!ws.isEmpty());
    CloudReply* reply = client.cloud->invite(ws, QStringLiteral("someone@example.com"), Role::Member);
    CloudClient::wait(reply);
    const CloudError error = reply->error();
    QCOMPARE(error.code, QStringLiteral("forbidden"));
    QCOMPARE(error.httpStatus, 403);
    QVERIFY(!error.requestId.isEmpty());
    QCOMPARE(error.requestId, reply->requestId()); // devcloud echoes our X-Request-Id
    QCOMPARE(error.text(), QStringLiteral("%1 (request ID %2)").arg(error.message, error.requestId));
    QVERIFY(!error.message.isEmpty());
    QVERIFY(!error.text().contains(QLatin1Char('{')));
    QVERIFY(client.session->isSignedIn()); // a 403 is not a sign-out
    client.session->signOutAndWait();
}

void TestClientCloud::transferOwnership()
{
    ClientFixture owner(m_devcloud);
    QVERIFY(owner.session->signInAndWait(ClientFixture::owner(), ClientFixture::password()).ok());
    const auto created = owner.cloud->createWorkspaceAndWait(QStringLiteral("Handover"));
    QVERIFY(created.ok());
    QVERIFY(owner.cloud->inviteAndWait(created.value.id, ClientFixture::admin(), Role::Admin).ok());

    ClientFixture admin(m_devcloud);
    QVERIFY(admin.session->signInAndWait(ClientFixture::admin(), ClientFixture::password()).ok());
    QVERIFY(admin.cloud->meAndWait().ok()); // the cloud turns the invite into a membership here
    const auto transferred = owner.cloud->transferOwnershipAndWait(created.value.id, ClientFixture::admin());
    QVERIFY2(transferred.ok(), qPrintable(transferred.error.text()));
    const auto me = admin.cloud->meAndWait();
    bool nowOwner = false;
    for (const CloudWorkspace& workspace : me.value.workspaces) {
        nowOwner = nowOwner || (workspace.id == created.value.id && workspace.role == Role::Owner);
    }
    QVERIFY(nowOwner);
    // The former owner is now an admin and cannot take it back.
    QCOMPARE(owner.cloud->transferOwnershipAndWait(created.value.id, ClientFixture::owner()).error.httpStatus,
             403);
    owner.session->signOutAndWait();
    admin.session->signOutAndWait();
}

void TestClientCloud::unknownWorkspaceIsNotFound()
{
    ClientFixture client(m_devcloud);
    QVERIFY(client.session->signInAndWait(ClientFixture::admin(), ClientFixture::password()).ok());
    const auto members = client.cloud->membersAndWait(QStringLiteral("ws_does_not_exist"));
    QVERIFY(members.error.isError());
    QVERIFY(members.error.httpStatus == 404 || members.error.httpStatus == 403);
    QVERIFY(members.error.text().contains(QStringLiteral("(request ID ")));
    client.session->signOutAndWait();
}

QTEST_GUILESS_MAIN(TestClientCloud)
#include "test_client_cloud.moc"
