#include "CloudWindowFixture.h"
#include "models/DataLocation.h"
#include "models/WorkspaceStore.h"
#include "services/accounts/AccountContext.h"
#include "services/auth/AuthError.h"
#include "services/net/HttpClient.h"
#include "ui/AccountController.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/SignInDialog.h"
#include "ui/TeamPage.h"
#include "ui/Translations.h"
#include "ui/UiSettings.h"
#include "ui/WorkspaceSwitcher.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QUuid>

using namespace leadbox;

// Signs in through the real dialog against devcloud (seeded with the demo team), switches
// workspace in the toolbar, and checks what an admin and a member may do, as a person would see it.
class TestSignIn : public CloudWindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void adminSwitchesWorkspaceAndManagesTheTeam();
    void memberSeesRestrictedActionsDisabled();
    void wrongPasswordShowsOneSentence();
    void noNetworkOffersToContinueOffline();
    void nextLaunchRestoresWithoutPassword();
    void signOutCanWipeTheAccountsData();

private:
    void signInAs(const QString& email, const QString& password);
    SignInDialog* openSignInDialog();
    void chooseWorkspace(const QString& name);
    void openTeamPage();
    int teamRow(const QString& email) const;
    QAction* action(const char* objectName) const;
    AccountController* accounts() const { return m_window->accountController(); }
};

namespace {
const QString kPassword = QStringLiteral("demo-password");
const QString kAdmin = QStringLiteral("admin@demo.leadbox.test");
const QString kMember = QStringLiteral("member@demo.leadbox.test");
const QString kAcme = QStringLiteral("Acme Sales");
} // namespace

void TestSignIn::initTestCase()
{
    startDevcloud();
}

void TestSignIn::init()
{
    openFreshWindow();
}

void TestSignIn::cleanup()
{
    closeAll();
}

QAction* TestSignIn::action(const char* objectName) const
{
    auto* found = m_window->findChild<QAction*>(QLatin1String(objectName));
    if (!found) {
        qFatal("no action %s", objectName);
    }
    return found;
}

SignInDialog* TestSignIn::openSignInDialog()
{
    action("actionSignIn")->trigger();
    SignInDialog* dialog = accounts()->signInDialog();
    if (!dialog || !dialog->isVisible()) {
        return nullptr;
    }
    // "Continue Offline" is offered only after the network failed, never on a fresh dialog.
    if (dialog->findChild<QPushButton*>(QStringLiteral("continueOfflineButton"))->isVisible()) {
        qWarning("Continue Offline is showing on a fresh sign-in dialog");
        return nullptr;
    }
    return dialog;
}

void TestSignIn::signInAs(const QString& email, const QString& password)
{
    QVERIFY(action("actionSignIn")->isVisible());
    SignInDialog* dialog = openSignInDialog();
    QVERIFY(dialog);
    auto* button = dialog->findChild<QPushButton*>(QStringLiteral("signInButton"));
    QVERIFY(!button->isEnabled()); // nothing typed yet
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("signInEmail")), email);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("signInPassword")), password);
    QSignalSpy loaded(accounts(), &AccountController::workspacesLoaded);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!button->isEnabled()); // busy until Firebase answers
    QVERIFY(loaded.wait(15000));
    QCOMPARE(loaded.first().first().toBool(), true);
    QTRY_VERIFY(!accounts()->signInDialog());
    QVERIFY(!action("actionSignIn")->isVisible());
    QVERIFY(action("actionSignOut")->isVisible());
    QCOMPARE(m_window->findChild<QLabel*>(QStringLiteral("accountLabel"))->text(), email);
}

void TestSignIn::chooseWorkspace(const QString& name)
{
    WorkspaceSwitcher* switcher = accounts()->switcher();
    QTRY_VERIFY(switcher->isVisible());
    int target = -1;
    for (int i = 0; i < switcher->count(); ++i) {
        if (switcher->itemText(i).startsWith(name)) {
            target = i;
        }
    }
    QVERIFY2(target >= 0, qPrintable(name));
    QSignalSpy shown(accounts(), &AccountController::workspaceShown);
    switcher->setFocus();
    while (switcher->currentIndex() != target) { // the arrow keys, as a person picks it
        QTest::keyClick(switcher, switcher->currentIndex() < target ? Qt::Key_Down : Qt::Key_Up);
    }
    QTRY_VERIFY(!shown.isEmpty());
    QVERIFY(m_window->workspace().displayName().startsWith(name));
}

void TestSignIn::openTeamPage()
{
    QListWidgetItem* item = accounts()->teamItem();
    QVERIFY(!item->isHidden());
    auto* sidebar = m_window->findChild<QListWidget*>(QStringLiteral("sidebar"));
    QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {}, sidebar->visualItemRect(item).center());
    QCOMPARE(m_window->findChild<QStackedWidget*>(QStringLiteral("pages"))->currentWidget(),
             accounts()->teamPage());
}

int TestSignIn::teamRow(const QString& email) const
{
    QTableWidget* table = accounts()->teamPage()->table();
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == email) {
            return row;
        }
    }
    return -1;
}

void TestSignIn::adminSwitchesWorkspaceAndManagesTheTeam()
{
    QVERIFY(!accounts()->switcher()->isVisible()); // signed out: the Local workspace only
    signInAs(kAdmin, kPassword);

    WorkspaceSwitcher* switcher = accounts()->switcher();
    QStringList items;
    for (int i = 0; i < switcher->count(); ++i) {
        items << switcher->itemText(i);
    }
    items.sort();
    QCOMPARE(items,
             QStringList({QStringLiteral("Acme Sales — Admin"), QStringLiteral("Globex Marketing — Member"),
                          QStringLiteral("Local workspace")}));
    QCOMPARE(switcher->currentText(), QStringLiteral("Local workspace"));
    QVERIFY(accounts()->teamItem()->isHidden()); // no team in the Local workspace

    chooseWorkspace(kAcme);
    QVERIFY(m_window->workspace().database().filePath().contains(QStringLiteral("accounts")));
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Acme Sales — LeadBox"));
    QVERIFY(action("actionExportLeads")->isEnabled());

    openTeamPage();
    TeamPage* team = accounts()->teamPage();
    QTRY_COMPARE(team->table()->rowCount(), 3);
    QVERIFY(team->findChild<QPushButton*>(QStringLiteral("teamInviteButton"))->isEnabled());
    auto* remove = team->findChild<QPushButton*>(QStringLiteral("teamRemoveButton"));
    auto* changeRole = team->findChild<QToolButton*>(QStringLiteral("teamChangeRoleButton"));
    team->table()->selectRow(teamRow(kMember));
    QVERIFY(remove->isEnabled());
    QVERIFY(changeRole->isEnabled());
    QVERIFY(team->findChild<QAction*>(QStringLiteral("actionMakeAdmin"))->isEnabled());
    team->table()->selectRow(teamRow(QStringLiteral("owner@demo.leadbox.test")));
    QVERIFY(!remove->isEnabled()); // an admin never removes or demotes the owner
    QVERIFY(remove->toolTip().contains(QStringLiteral("owner")));

    // An invite appears as an invited member, and can be removed again.
    QSignalSpy changed(team, &TeamPage::changeFinished);
    team->invite(QStringLiteral("new.colleague@example.com"), Role::Member);
    QVERIFY(changed.wait(10000));
    QCOMPARE(changed.takeFirst().first().toBool(), true);
    QTRY_COMPARE(team->table()->rowCount(), 4);
    team->table()->selectRow(teamRow(QStringLiteral("new.colleague@example.com")));
    QCOMPARE(team->table()->item(teamRow(QStringLiteral("new.colleague@example.com")), 3)->text(),
             QStringLiteral("Invited, not signed in yet"));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(changed.wait(10000));
    QTRY_COMPARE(team->table()->rowCount(), 3);

    chooseWorkspace(QStringLiteral("Local"));
    QVERIFY(accounts()->teamItem()->isHidden());
    QVERIFY(m_window->findChild<QStackedWidget*>(QStringLiteral("pages"))->currentWidget() != team);
}

void TestSignIn::memberSeesRestrictedActionsDisabled()
{
    signInAs(kMember, kPassword);
    QCOMPARE(accounts()->switcher()->count(), 2); // Local and Acme Sales: a member sees only their own
    chooseWorkspace(kAcme);

    QAction* exportLeads = action("actionExportLeads");
    QVERIFY(!exportLeads->isEnabled());
    QCOMPARE(exportLeads->toolTip(), Permissions::refusal(Role::Member, Action::ExportLeads));
    QVERIFY(action("actionNewLead")->isEnabled()); // members do edit leads

    openTeamPage();
    TeamPage* team = accounts()->teamPage();
    QTRY_COMPARE(team->table()->rowCount(), 3);
    auto* invite = team->findChild<QPushButton*>(QStringLiteral("teamInviteButton"));
    QVERIFY(!invite->isEnabled());
    QCOMPARE(invite->toolTip(), Permissions::refusal(Role::Member, Action::ManageTeam));
    team->table()->selectRow(teamRow(kAdmin));
    QVERIFY(!team->findChild<QPushButton*>(QStringLiteral("teamRemoveButton"))->isEnabled());
    QVERIFY(!team->findChild<QToolButton*>(QStringLiteral("teamChangeRoleButton"))->isEnabled());

    // If the cloud is asked anyway, it refuses, and the person reads why with the request ID.
    QSignalSpy changed(team, &TeamPage::changeFinished);
    team->remove(kAdmin);
    QVERIFY(changed.wait(10000));
    QCOMPARE(changed.first().first().toBool(), false);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("request ID")),
             qPrintable(MessageBox::lastText()));

    chooseWorkspace(QStringLiteral("Local"));
    QVERIFY(exportLeads->isEnabled()); // the Local workspace is the person's own
}

void TestSignIn::wrongPasswordShowsOneSentence()
{
    const QString sentence = AuthErrors::text(AuthError::WrongCredentials);
    for (const QString& email : {kAdmin, QStringLiteral("nobody@demo.leadbox.test")}) {
        SignInDialog* dialog = accounts()->signInDialog() ? accounts()->signInDialog() : openSignInDialog();
        QVERIFY(dialog);
        auto* emailEdit = dialog->findChild<QLineEdit*>(QStringLiteral("signInEmail"));
        emailEdit->selectAll();
        QTest::keyClicks(emailEdit, email);
        auto* password = dialog->findChild<QLineEdit*>(QStringLiteral("signInPassword"));
        password->selectAll();
        QTest::keyClicks(password, QStringLiteral("not-the-password"));
        QSignalSpy finished(dialog, &SignInDialog::signInFinished);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("signInButton")), Qt::LeftButton);
        QVERIFY(finished.wait(15000));
        auto* message = dialog->findChild<QLabel*>(QStringLiteral("signInMessage"));
        QVERIFY(message->isVisible());
        QCOMPARE(message->text(), sentence);
        QVERIFY(dialog->isVisible()); // stays open to try again
        QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("continueOfflineButton"))->isVisible());
    }
    QVERIFY(!m_accounts->isSignedIn());
}

void TestSignIn::noNetworkOffersToContinueOffline()
{
    // A cloud on a loopback port where nothing listens: the connection is refused, as when offline.
    m_window.reset();
    m_store.reset();
    QProcessEnvironment env;
    env.insert(QStringLiteral("FIREBASE_AUTH_EMULATOR_HOST"), QStringLiteral("127.0.0.1:1"));
    const CloudConfig unreachable =
        CloudConfig::resolve({QStringLiteral("http://127.0.0.1:1"), QStringLiteral("test-api-key"), {}}, env,
                             CloudConfig::Values{});
    openAccounts(unreachable);
    openWindow();

    SignInDialog* dialog = openSignInDialog();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("signInEmail")), kAdmin);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("signInPassword")), kPassword);
    QSignalSpy finished(dialog, &SignInDialog::signInFinished);
    QTest::keyClick(dialog->findChild<QLineEdit*>(QStringLiteral("signInPassword")), Qt::Key_Return);
    QVERIFY(finished.wait(15000));
    auto* offline = dialog->findChild<QPushButton*>(QStringLiteral("continueOfflineButton"));
    QVERIFY(offline->isVisible());
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("signInMessage"))->isVisible());
    QTest::mouseClick(offline, Qt::LeftButton);
    QTRY_VERIFY(!accounts()->signInDialog());
    QCOMPARE(m_window->workspace().displayName(), QStringLiteral("Local workspace")); // work goes on
    QVERIFY(action("actionSignIn")->isVisible());
}

void TestSignIn::nextLaunchRestoresWithoutPassword()
{
    signInAs(kAdmin, kPassword);
    chooseWorkspace(kAcme);
    m_window.reset();
    m_store.reset();
    openAccounts(m_config);
    openWindow();
    QCOMPARE(m_window->workspace().displayName(), kAcme); // the cache opens at once, before the network
    QSignalSpy loaded(accounts(), &AccountController::workspacesLoaded);
    QVERIFY(loaded.wait(15000));
    QVERIFY(m_accounts->isSignedIn());
    QCOMPARE(accounts()->switcher()->currentText(), QStringLiteral("Acme Sales — Admin"));
    QVERIFY(!accounts()->teamItem()->isHidden());
}

void TestSignIn::signOutCanWipeTheAccountsData()
{
    signInAs(kAdmin, kPassword);
    chooseWorkspace(kAcme);
    const QString cache = m_window->workspace().database().filePath();
    QVERIFY(QFile::exists(cache));

    MessageBox::setNextAnswer(QMessageBox::Yes); // also remove this account's data
    action("actionSignOut")->trigger();
    QVERIFY(MessageBox::lastText().contains(kAdmin));
    QCOMPARE(m_window->workspace().displayName(), QStringLiteral("Local workspace"));
    QVERIFY(!QFile::exists(cache));
    QVERIFY(QFile::exists(m_location->localWorkspaceFile())); // never wiped
    QVERIFY(action("actionSignIn")->isVisible());
    QTRY_VERIFY(!accounts()->switcher()->isVisible()); // the toolbar hides it on its next layout
}

QTEST_MAIN(TestSignIn)
#include "test_sign_in.moc"
