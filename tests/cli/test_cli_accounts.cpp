// The account commands of the built leadbox-cli against a seeded devcloud on loopback, reached as the
// Firebase SDKs reach an emulator: sign-in with the password on stdin, workspaces, roles, the team,
// permission refusals, per-account caches, sign-out with wiping, and no token in any file.
// Needs the Secret Service that scripts/test starts.
#include "CliRunner.h"
#include "models/DataLocation.h"
#include "models/WorkspaceStore.h"
#include "models/accounts/Permissions.h"
#include "services/auth/CredentialStore.h"
#include "tests/integration/DevcloudProcess.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>
#include <nlohmann/json.hpp>

using namespace leadbox;

namespace {

const QString kPassword = QStringLiteral("demo-password");
const QString kAdmin = QStringLiteral("admin@demo.leadbox.test");
const QString kMember = QStringLiteral("member@demo.leadbox.test");
const QString kOwner = QStringLiteral("owner@demo.leadbox.test");
const QString kAcme = QStringLiteral("ws_demo_acme");

nlohmann::json parseJson(const QString& text)
{
    return nlohmann::json::parse(text.toStdString(), nullptr, false);
}

// What the CLI prints for a refusal: "error: your role … Ask an owner or admin" (cliErrorLine's form).
QString refusalLine(Role role, Action action)
{
    QString text = Permissions::refusal(role, action);
    text.chop(1);
    text[0] = text.at(0).toLower();
    return QStringLiteral("error: ") + text + QLatin1Char('\n');
}

} // namespace

#define CLI_EXIT(result, code)                                                                               \
    do {                                                                                                     \
        const CliResult cliResult_ = (result);                                                               \
        QVERIFY2(cliResult_.exitCode == (code), qPrintable(describe(cliResult_)));                           \
    } while (false)

class TestCliAccounts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void loginNeedsThePasswordOnStdin();
    void wrongPasswordIsOneLine();
    void unreachableCloudIsOneLine();
    void loginListsTheWorkspaces();
    void whoamiShowsAccountAndWorkspace();
    void workspacesListsRoles();
    void useValidatesAndRemembers();
    void teamListInviteAndRole();
    void serverRefusalShowsTheRequestId();
    void memberIsRefusedTeamChangesAndExport();
    void cloudLeadsGoToTheAccountsFile();
    void createWorkspacePrintsItsId();
    void noTokenInAnyFile();
    void logoutWipes();
    void whoamiWhenSignedOut();
    void cleanupTestCase();

private:
    CliResult cli(const QString& dataDir, const QStringList& arguments, const QString& stdinText = {}) const;
    CliResult admin(const QStringList& arguments) const { return cli(m_adminDir.path(), arguments); }
    CliResult login(const QString& dataDir, const QString& email) const;
    QString uidOf(const QString& dataDir) const;

    DevcloudProcess m_devcloud;
    QProcessEnvironment m_env;
    QTemporaryDir m_adminDir;
    QTemporaryDir m_memberDir;
};

void TestCliAccounts::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        QSKIP("No D-Bus session: run through scripts/test, which starts a Secret Service.");
    }
    QVERIFY2(m_devcloud.start({QStringLiteral("--seed"), QStringLiteral("demo")}),
             qPrintable(m_devcloud.error()));
    m_env = cleanEnvironment();
    const QString host = QStringLiteral("127.0.0.1:%1").arg(m_devcloud.port());
    m_env.insert(QStringLiteral("FIREBASE_AUTH_EMULATOR_HOST"), host);
    m_env.insert(QStringLiteral("LEADBOX_CLOUD_URL"), QStringLiteral("http://") + host);
    m_env.insert(QStringLiteral("LEADBOX_FIREBASE_API_KEY"), QStringLiteral("test-api-key"));
    QVERIFY(m_adminDir.isValid() && m_memberDir.isValid());
}

CliResult TestCliAccounts::cli(const QString& dataDir, const QStringList& arguments,
                               const QString& stdinText) const
{
    return runCli(QStringList{QStringLiteral("--data-dir"), dataDir} + arguments, m_env, 60000, stdinText);
}

CliResult TestCliAccounts::login(const QString& dataDir, const QString& email) const
{
    return cli(
        dataDir,
        {QStringLiteral("login"), QStringLiteral("--email"), email, QStringLiteral("--password-stdin")},
        kPassword + QLatin1Char('\n'));
}

QString TestCliAccounts::uidOf(const QString& dataDir) const
{
    const CliResult result = cli(dataDir, {QStringLiteral("whoami"), QStringLiteral("--json")});
    const nlohmann::json json = parseJson(result.out);
    return json.is_object() ? QString::fromStdString(json.value("uid", std::string())) : QString();
}

void TestCliAccounts::loginNeedsThePasswordOnStdin()
{
    const CliResult result =
        cli(m_adminDir.path(), {QStringLiteral("login"), QStringLiteral("--email"), kAdmin});
    CLI_EXIT(result, 2);
    QVERIFY(result.err.startsWith(QStringLiteral("error: ")));
    QVERIFY(result.err.contains(QStringLiteral("--password-stdin")));
}

void TestCliAccounts::wrongPasswordIsOneLine()
{
    const CliResult result =
        cli(m_adminDir.path(),
            {QStringLiteral("login"), QStringLiteral("--email"), kAdmin, QStringLiteral("--password-stdin")},
            QStringLiteral("wrong-password\n"));
    CLI_EXIT(result, 1);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.startsWith(QStringLiteral("error: ")) && result.err.count(QLatin1Char('\n')) == 1,
             qPrintable(result.err));
    QVERIFY(!result.err.contains(QStringLiteral("wrong-password")));
    CLI_EXIT(admin({QStringLiteral("whoami")}), 1);
}

void TestCliAccounts::unreachableCloudIsOneLine()
{
    // Port 1 on loopback refuses at once: no sign-in, nothing remembered, one readable line.
    QProcessEnvironment offline = m_env;
    offline.insert(QStringLiteral("FIREBASE_AUTH_EMULATOR_HOST"), QStringLiteral("127.0.0.1:1"));
    QProcess process;
    startCli(process,
             {QStringLiteral("--data-dir"), m_adminDir.path(), QStringLiteral("--cloud-url"),
              QStringLiteral("http://127.0.0.1:1"), QStringLiteral("login"), QStringLiteral("--email"),
              kAdmin, QStringLiteral("--password-stdin")},
             offline);
    QVERIFY(process.waitForStarted(10000));
    process.write(kPassword.toUtf8() + '\n');
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 1);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.startsWith(QStringLiteral("error: LeadBox cannot reach")) &&
                 err.count(QLatin1Char('\n')) == 1,
             qPrintable(err));
    CLI_EXIT(admin({QStringLiteral("whoami")}), 1);
}

void TestCliAccounts::loginListsTheWorkspaces()
{
    const CliResult result = login(m_adminDir.path(), kAdmin);
    CLI_EXIT(result, 0);
    QVERIFY2(result.out.startsWith(QStringLiteral("Signed in as admin@demo.leadbox.test.\n")),
             qPrintable(result.out));
    QVERIFY(result.out.contains(QStringLiteral("Acme Sales")));
    QVERIFY(result.out.contains(QStringLiteral("Globex Marketing")));
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err)); // the keychain kept the sign-in: no warning
}

void TestCliAccounts::whoamiShowsAccountAndWorkspace()
{
    const CliResult text = admin({QStringLiteral("whoami")});
    CLI_EXIT(text, 0);
    QVERIFY(text.out.contains(QStringLiteral("Email: admin@demo.leadbox.test\n")));
    QVERIFY(text.out.contains(QStringLiteral("Workspace: Local (local)\n")));
    QVERIFY(text.out.contains(QStringLiteral("Role: Owner\n")));
    QVERIFY(!text.out.contains(QStringLiteral("Offline")));
    QVERIFY(!uidOf(m_adminDir.path()).isEmpty());
}

void TestCliAccounts::workspacesListsRoles()
{
    const CliResult result = admin({QStringLiteral("workspaces"), QStringLiteral("--json")});
    CLI_EXIT(result, 0);
    const nlohmann::json json = parseJson(result.out);
    QVERIFY2(json.is_array() && json.size() == 3, qPrintable(result.out));
    QCOMPARE(json[0]["id"], "local");
    QCOMPARE(json[0]["current"], true);
    QCOMPARE(json[1]["id"], "ws_demo_acme");
    QCOMPARE(json[1]["role"], "admin");
    QCOMPARE(json[2]["id"], "ws_demo_globex");
    QCOMPARE(json[2]["role"], "member");
    const CliResult table = admin({QStringLiteral("workspaces")});
    CLI_EXIT(table, 0);
    QVERIFY(table.out.contains(QStringLiteral("* local")));
}

void TestCliAccounts::useValidatesAndRemembers()
{
    const CliResult unknown = admin({QStringLiteral("use"), QStringLiteral("ws_not_mine")});
    CLI_EXIT(unknown, 1);
    QVERIFY(unknown.err.startsWith(QStringLiteral("error: no workspace “ws_not_mine”")));
    const CliResult use = admin({QStringLiteral("use"), kAcme});
    CLI_EXIT(use, 0);
    QCOMPARE(use.out, QStringLiteral("Using Acme Sales (ws_demo_acme) as Admin.\n"));
    const nlohmann::json who = parseJson(admin({QStringLiteral("whoami"), QStringLiteral("--json")}).out);
    QCOMPARE(who["workspace"]["id"], "ws_demo_acme");
    QCOMPARE(who["workspace"]["role"], "admin");
    QCOMPARE(who["online"], true);
}

void TestCliAccounts::teamListInviteAndRole()
{
    const CliResult invite =
        admin({QStringLiteral("team"), QStringLiteral("invite"), QStringLiteral("new@example.com")});
    CLI_EXIT(invite, 0);
    QCOMPARE(invite.out, QStringLiteral("Invited new@example.com to Acme Sales as Member.\n"));
    CLI_EXIT(admin({QStringLiteral("team"), QStringLiteral("role"), QStringLiteral("new@example.com"),
                    QStringLiteral("admin")}),
             0);
    const CliResult list = admin({QStringLiteral("team"), QStringLiteral("list"), QStringLiteral("--json")});
    CLI_EXIT(list, 0);
    const nlohmann::json members = parseJson(list.out);
    QVERIFY2(members.is_array() && members.size() == 4, qPrintable(list.out));
    QCOMPARE(members[0]["email"], kOwner.toStdString());
    QCOMPARE(members[0]["role"], "owner");
    bool found = false;
    for (const auto& member : members) {
        if (member["email"] == "new@example.com") {
            found = true;
            QCOMPARE(member["role"], "admin");
            QCOMPARE(member["status"], "invited");
            QVERIFY(member["uid"].is_null());
        }
    }
    QVERIFY(found);
    const CliResult table = admin({QStringLiteral("team"), QStringLiteral("list")});
    CLI_EXIT(table, 0);
    QVERIFY(table.out.contains(QStringLiteral("member@demo.leadbox.test")));
    CLI_EXIT(admin({QStringLiteral("team"), QStringLiteral("invite"), QStringLiteral("x@example.com"),
                    QStringLiteral("--role"), QStringLiteral("owner")}),
             2);
    CLI_EXIT(admin({QStringLiteral("team"), QStringLiteral("remove"), QStringLiteral("new@example.com")}), 0);
}

void TestCliAccounts::serverRefusalShowsTheRequestId()
{
    // The matrix lets an admin manage the team, but not demote the owner: the cloud says why.
    const CliResult result =
        admin({QStringLiteral("team"), QStringLiteral("role"), kOwner, QStringLiteral("member")});
    CLI_EXIT(result, 1);
    QVERIFY2(
        result.err.startsWith(QStringLiteral("error: admins cannot change the owner's role. (request ID ")) ||
            result.err.startsWith(
                QStringLiteral("error: admins cannot change the owner's role (request ID ")),
        qPrintable(result.err));
    QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
}

void TestCliAccounts::memberIsRefusedTeamChangesAndExport()
{
    const QString dir = m_memberDir.path();
    CLI_EXIT(login(dir, kMember), 0);
    CLI_EXIT(cli(dir, {QStringLiteral("use"), kAcme}), 0);
    const CliResult invite =
        cli(dir, {QStringLiteral("team"), QStringLiteral("invite"), QStringLiteral("y@example.com")});
    CLI_EXIT(invite, 1);
    QCOMPARE(invite.err, refusalLine(Role::Member, Action::ManageTeam));
    CLI_EXIT(cli(dir, {QStringLiteral("team"), QStringLiteral("list")}), 0); // members see the team

    const QString file = dir + QStringLiteral("/out.csv");
    const CliResult exported = cli(dir, {QStringLiteral("export"), file});
    CLI_EXIT(exported, 1);
    QCOMPARE(exported.err, refusalLine(Role::Member, Action::ExportLeads));
    QVERIFY(!QFile::exists(file));
    // Members still work with leads.
    CLI_EXIT(cli(dir, {QStringLiteral("leads"), QStringLiteral("add"), QStringLiteral("--email"),
                       QStringLiteral("m@example.com")}),
             0);
}

void TestCliAccounts::cloudLeadsGoToTheAccountsFile()
{
    CLI_EXIT(admin({QStringLiteral("leads"), QStringLiteral("add"), QStringLiteral("--email"),
                    QStringLiteral("cloud-lead@example.com")}),
             0);
    const DataLocation location(m_adminDir.path());
    const QString uid = uidOf(m_adminDir.path());
    QVERIFY(!uid.isEmpty());
    {
        const auto cache = WorkspaceStore::openCloud(location, uid, kAcme, QStringLiteral("Acme Sales"));
        QCOMPARE(cache->leads().count(QStringLiteral("cloud-lead")), 1);
    }
    CLI_EXIT(admin({QStringLiteral("use"), QStringLiteral("local")}), 0);
    const CliResult count = admin({QStringLiteral("leads"), QStringLiteral("count")});
    CLI_EXIT(count, 0);
    QCOMPARE(count.out, QStringLiteral("0\n"));
    CLI_EXIT(admin({QStringLiteral("use"), kAcme}), 0);
    QCOMPARE(admin({QStringLiteral("leads"), QStringLiteral("count")}).out, QStringLiteral("1\n"));
}

void TestCliAccounts::createWorkspacePrintsItsId()
{
    const CliResult created =
        admin({QStringLiteral("workspaces"), QStringLiteral("create"), QStringLiteral("Initech")});
    CLI_EXIT(created, 0);
    const QString id = created.out.trimmed();
    QVERIFY2(!id.isEmpty() && !id.contains(QLatin1Char(' ')), qPrintable(created.out));
    const CliResult use = admin({QStringLiteral("use"), id});
    CLI_EXIT(use, 0);
    QVERIFY(use.out.contains(QStringLiteral("as Owner")));
    CLI_EXIT(admin({QStringLiteral("use"), kAcme}), 0);
}

void TestCliAccounts::noTokenInAnyFile()
{
    const QString uid = uidOf(m_adminDir.path());
    const CredentialResult stored = CredentialStore().loadAndWait(uid);
    QVERIFY2(stored.ok && stored.secret.size() > 10, qPrintable(stored.error));
    const QByteArray refreshToken = stored.secret.toUtf8();
    int files = 0;
    for (const QString& root : {m_adminDir.path(), m_memberDir.path()}) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            ++files;
            QVERIFY2(!bytes.contains("eyJ"), qPrintable(file.fileName()));
            QVERIFY2(!bytes.contains(refreshToken), qPrintable(file.fileName()));
            QVERIFY2(!bytes.contains(kPassword.toUtf8()), qPrintable(file.fileName()));
        }
    }
    QVERIFY(files >= 4); // settings, logs and stores were looked at
}

void TestCliAccounts::logoutWipes()
{
    const QString uid = uidOf(m_adminDir.path());
    const DataLocation location(m_adminDir.path());
    QVERIFY(QDir(location.accountFolder(uid)).exists());
    QVERIFY(QFile::exists(location.localWorkspaceFile()));
    const CliResult result = admin({QStringLiteral("logout"), QStringLiteral("--wipe")});
    CLI_EXIT(result, 0);
    QVERIFY(!QDir(location.accountFolder(uid)).exists());
    QVERIFY(QFile::exists(location.localWorkspaceFile())); // the Local workspace stays
    QVERIFY(CredentialStore().loadAndWait(uid).notFound);
    // The member on the other data folder is untouched.
    CLI_EXIT(cli(m_memberDir.path(), {QStringLiteral("whoami")}), 0);
}

void TestCliAccounts::whoamiWhenSignedOut()
{
    const CliResult result = admin({QStringLiteral("whoami")});
    CLI_EXIT(result, 1);
    QCOMPARE(result.out, QStringLiteral("Not signed in.\n"));
    const CliResult team = admin({QStringLiteral("team"), QStringLiteral("list")});
    CLI_EXIT(team, 1); // back in the Local workspace, which has no team
}

void TestCliAccounts::cleanupTestCase()
{
    // Leave no "LeadBox" keychain entry behind, even when run outside scripts/test's private keyring.
    if (m_devcloud.running()) {
        cli(m_adminDir.path(), {QStringLiteral("logout")});
        cli(m_memberDir.path(), {QStringLiteral("logout")});
    }
}

QTEST_GUILESS_MAIN(TestCliAccounts)
#include "test_cli_accounts.moc"
