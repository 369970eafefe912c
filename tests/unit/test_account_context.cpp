// The account and workspace in use, without a server: what is remembered in settings.ini (and what
// never is), which file the current workspace opens, the permission matrix for its role, and
// sign-out with and without wiping. A closed loopback port stands in for "offline".
#include "StoreFixture.h"
#include "models/StoreError.h"
#include "models/WorkspaceStore.h"
#include "services/accounts/AccountContext.h"
#include "services/auth/Session.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QUuid>

using namespace leadbox;

class TestAccountContext : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsInTheLocalWorkspace();
    void remembersTheCurrentWorkspace();
    void permissionsFollowTheCachedRole();
    void cloudWorkspaceNeedsAnAccount();
    void cloudWorkspaceOpensTheAccountsOwnFile();
    void restoreWithoutAccount();
    void offlineSignInRemembersNothing();
    void offlineRestoreKeepsTheAccount();
    void signOutForgetsAndWipes();
    void signOutWithoutWipeKeepsTheCache();

private:
    static CloudConfig offlineConfig()
    {
        // Port 1 on loopback: connection refused at once, which HttpClient reports as offline.
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("FIREBASE_AUTH_EMULATOR_HOST"), QStringLiteral("127.0.0.1:1"));
        return CloudConfig::resolve({QStringLiteral("http://127.0.0.1:1"), QStringLiteral("test-key"), {}},
                                    environment, CloudConfig::Values{});
    }
    static void rememberAccount(const DataLocation& location, const QString& uid, const QString& email)
    {
        QSettings settings(location.settingsFile(), QSettings::IniFormat);
        settings.setValue(QStringLiteral("account/uid"), uid);
        settings.setValue(QStringLiteral("account/email"), email);
    }
    static bool haveKeychain() { return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"); }

    QString m_service =
        QStringLiteral("LeadBox-test-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
};

void TestAccountContext::startsInTheLocalWorkspace()
{
    ScratchDir dir;
    const AccountContext context(DataLocation(dir.path()), offlineConfig(), m_service);
    const AccountContext::Workspace workspace = context.currentWorkspace();
    QVERIFY(workspace.isLocal);
    QCOMPARE(workspace.id, QStringLiteral("local"));
    QCOMPARE(workspace.role, Role::Owner);
    QVERIFY(!context.hasAccount());
    QVERIFY(!context.isSignedIn());
    const auto store = context.openCurrentStore();
    QVERIFY(QFile::exists(DataLocation(dir.path()).localWorkspaceFile()));
}

void TestAccountContext::remembersTheCurrentWorkspace()
{
    ScratchDir dir;
    const DataLocation location(dir.path());
    {
        AccountContext context(location, offlineConfig(), m_service);
        QSignalSpy changed(&context, &AccountContext::currentWorkspaceChanged);
        context.setCurrentWorkspace({QStringLiteral("ws_1"), QStringLiteral("Acme"), Role::Admin, false});
        QCOMPARE(changed.count(), 1);
    }
    // A new process sees it, from settings.ini.
    const AccountContext again(location, offlineConfig(), m_service);
    const AccountContext::Workspace workspace = again.currentWorkspace();
    QVERIFY(!workspace.isLocal);
    QCOMPARE(workspace.id, QStringLiteral("ws_1"));
    QCOMPARE(workspace.name, QStringLiteral("Acme"));
    QCOMPARE(workspace.role, Role::Admin);
    QSettings settings(location.settingsFile(), QSettings::IniFormat);
    QCOMPARE(settings.value(QStringLiteral("account/workspace")).toString(), QStringLiteral("ws_1"));
    QCOMPARE(settings.value(QStringLiteral("account/workspaceRole")).toString(), QStringLiteral("admin"));
}

void TestAccountContext::permissionsFollowTheCachedRole()
{
    ScratchDir dir;
    AccountContext context(DataLocation(dir.path()), offlineConfig(), m_service);
    for (Action action : kAllActions) {
        QVERIFY(context.can(action)); // the Local workspace's user is its owner
    }
    context.setCurrentWorkspace({QStringLiteral("ws_1"), QStringLiteral("Acme"), Role::Member, false});
    QVERIFY(context.can(Action::EditLeads));
    QVERIFY(!context.can(Action::ExportLeads));
    QVERIFY(!context.can(Action::ManageTeam));
    QCOMPARE(context.refusal(Action::ExportLeads), Permissions::refusal(Role::Member, Action::ExportLeads));

    // A damaged cached role grants the least, never the most.
    QSettings(DataLocation(dir.path()).settingsFile(), QSettings::IniFormat)
        .setValue(QStringLiteral("account/workspaceRole"), QStringLiteral("superuser"));
    QCOMPARE(context.currentWorkspace().role, Role::Member);
}

void TestAccountContext::cloudWorkspaceNeedsAnAccount()
{
    ScratchDir dir;
    AccountContext context(DataLocation(dir.path()), offlineConfig(), m_service);
    context.setCurrentWorkspace({QStringLiteral("ws_1"), QStringLiteral("Acme"), Role::Owner, false});
    try {
        context.openCurrentStore();
        QFAIL("a cloud workspace opened without an account");
    } catch (const StoreError& error) {
        QVERIFY2(error.message().contains(QStringLiteral("Acme")), qPrintable(error.message()));
    }
    QVERIFY(!QDir(dir.file(QStringLiteral("accounts"))).exists());
}

void TestAccountContext::cloudWorkspaceOpensTheAccountsOwnFile()
{
    ScratchDir dir;
    const DataLocation location(dir.path());
    rememberAccount(location, QStringLiteral("uidAnn"), QStringLiteral("ann@example.com"));
    AccountContext context(location, offlineConfig(), m_service);
    QCOMPARE(context.accountUid(), QStringLiteral("uidAnn"));
    QCOMPARE(context.accountEmail(), QStringLiteral("ann@example.com"));
    context.setCurrentWorkspace({QStringLiteral("ws_1"), QStringLiteral("Acme"), Role::Member, false});
    {
        const auto store = context.openCurrentStore(); // offline: the remembered account's cache
        Lead lead;
        lead.email = QStringLiteral("cloud@example.com");
        store->leads().add(lead);
        QCOMPARE(store->displayName(), QStringLiteral("Acme"));
    }
    QVERIFY(QFile::exists(location.cloudWorkspaceFile(QStringLiteral("uidAnn"), QStringLiteral("ws_1"))));
    context.setCurrentWorkspace(AccountContext::Workspace::local());
    const auto local = context.openCurrentStore();
    QCOMPARE(local->leads().count(), 0);
}

void TestAccountContext::restoreWithoutAccount()
{
    ScratchDir dir;
    AccountContext context(DataLocation(dir.path()), offlineConfig(), m_service);
    const AuthResult result = context.restoreAndWait();
    QCOMPARE(result.error, AuthError::NoStoredSession);
    QVERIFY(!context.isSignedIn());
}

void TestAccountContext::offlineSignInRemembersNothing()
{
    ScratchDir dir;
    const DataLocation location(dir.path());
    AccountContext context(location, offlineConfig(), m_service);
    const AuthResult result =
        context.signInAndWait(QStringLiteral("ann@example.com"), QStringLiteral("pw-123456"));
    QCOMPARE(result.error, AuthError::Offline);
    QVERIFY(!context.hasAccount());
    QVERIFY(!context.isSignedIn());
    QFile settings(location.settingsFile());
    if (settings.open(QIODevice::ReadOnly)) {
        QVERIFY(!settings.readAll().contains("pw-123456"));
    }
}

void TestAccountContext::offlineRestoreKeepsTheAccount()
{
    if (!haveKeychain()) {
        QSKIP("No D-Bus session: run through scripts/test, which starts a Secret Service.");
    }
    ScratchDir dir;
    const DataLocation location(dir.path());
    rememberAccount(location, QStringLiteral("uidAnn"), QStringLiteral("ann@example.com"));
    AccountContext context(location, offlineConfig(), m_service);
    QVERIFY(context.credentials()->saveAndWait(QStringLiteral("uidAnn"), QStringLiteral("refresh-ann")).ok);
    context.setCurrentWorkspace({QStringLiteral("ws_1"), QStringLiteral("Acme"), Role::Admin, false});

    const AuthResult offline = context.restoreAndWait();
    QCOMPARE(offline.error, AuthError::Offline);
    QCOMPARE(context.accountUid(), QStringLiteral("uidAnn")); // still remembered for offline work
    QCOMPARE(context.currentWorkspace().id, QStringLiteral("ws_1"));
    QCOMPARE(context.credentials()->loadAndWait(QStringLiteral("uidAnn")).secret,
             QStringLiteral("refresh-ann"));

    // Without its keychain entry the sign-in can never come back: the account is forgotten.
    QVERIFY(context.credentials()->removeAndWait(QStringLiteral("uidAnn")).ok);
    QSignalSpy accountChanged(&context, &AccountContext::accountChanged);
    QCOMPARE(context.restoreAndWait().error, AuthError::NoStoredSession);
    QVERIFY(!context.hasAccount());
    QVERIFY(context.currentWorkspace().isLocal);
    QCOMPARE(accountChanged.count(), 1);
}

void TestAccountContext::signOutForgetsAndWipes()
{
    ScratchDir dir;
    const DataLocation location(dir.path());
    rememberAccount(location, QStringLiteral("uidAnn"), QStringLiteral("ann@example.com"));
    AccountContext context(location, offlineConfig(), m_service);
    if (haveKeychain()) {
        QVERIFY(
            context.credentials()->saveAndWait(QStringLiteral("uidAnn"), QStringLiteral("refresh-ann")).ok);
    }
    context.setCurrentWorkspace({QStringLiteral("ws_1"), QStringLiteral("Acme"), Role::Owner, false});
    context.openCurrentStore();
    context.setCurrentWorkspace(AccountContext::Workspace::local());
    {
        Lead lead;
        lead.email = QStringLiteral("mine@example.com");
        context.openCurrentStore()->leads().add(lead);
    }
    context.setCurrentWorkspace({QStringLiteral("ws_1"), QStringLiteral("Acme"), Role::Owner, false});

    // Never signed in during this process (offline): the remembered account is still forgotten.
    const AccountContext::SignOutResult result = context.signOutAndWait(true);
    if (haveKeychain()) {
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(context.credentials()->loadAndWait(QStringLiteral("uidAnn")).notFound);
    }
    QVERIFY(!context.hasAccount());
    QVERIFY(context.accountEmail().isEmpty());
    QVERIFY(context.currentWorkspace().isLocal);
    QVERIFY(!QDir(location.accountFolder(QStringLiteral("uidAnn"))).exists());
    // The Local workspace is never touched.
    QCOMPARE(context.openCurrentStore()->leads().count(), 1);
}

void TestAccountContext::signOutWithoutWipeKeepsTheCache()
{
    ScratchDir dir;
    const DataLocation location(dir.path());
    rememberAccount(location, QStringLiteral("uidAnn"), QStringLiteral("ann@example.com"));
    AccountContext context(location, offlineConfig(), m_service);
    context.setCurrentWorkspace({QStringLiteral("ws_1"), QStringLiteral("Acme"), Role::Owner, false});
    context.openCurrentStore();
    context.signOutAndWait(false);
    QVERIFY(!context.hasAccount());
    QVERIFY(QFile::exists(location.cloudWorkspaceFile(QStringLiteral("uidAnn"), QStringLiteral("ws_1"))));
}

QTEST_GUILESS_MAIN(TestAccountContext)
#include "test_account_context.moc"
