#include "ui/AccountController.h"

#include "models/StoreError.h"
#include "models/WorkspaceStore.h"
#include "services/accounts/AccountContext.h"
#include "services/auth/Session.h"
#include "services/cloud/CloudClient.h"
#include "services/sync/SyncEngine.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/SignInDialog.h"
#include "ui/SyncController.h"
#include "ui/TeamPage.h"
#include "ui/WorkspaceSwitcher.h"

#include <QAction>
#include <QLabel>
#include <QListWidgetItem>
#include <QMenu>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolBar>

namespace leadbox {
namespace {
constexpr int kStatusMessageMs = 8000;
} // namespace

AccountController::AccountController(AccountContext& accounts, MainWindow& window)
    : QObject(&window)
    , m_accounts(accounts)
    , m_window(window)
{
    m_openId = m_accounts.currentWorkspace().id;
    m_exportToolTip = m_window.exportAction()->toolTip();
    createActions();

    m_teamPage = new TeamPage(*m_accounts.cloud());
    m_teamItem = m_window.addSidebarPage(m_teamPage, m_window.style()->standardIcon(QStyle::SP_DirLinkIcon),
                                         tr("Team"));
    m_accountLabel = new QLabel;
    m_accountLabel->setObjectName(QStringLiteral("accountLabel"));
    m_window.statusBar()->addPermanentWidget(m_accountLabel);
    m_sync = new SyncController(m_accounts, m_window);
    connect(this, &AccountController::workspaceShown, m_sync, &SyncController::workspaceShown);

    Session* session = m_accounts.session();
    connect(session, &Session::signedIn, this, [this] {
        updateAccountState();
        fetchWorkspaces();
        if (m_sync->engine()) {
            m_sync->engine()->syncNow();
        } else {
            m_sync->workspaceShown(m_openId);
        }
    });
    connect(session, &Session::signInFinished, this, [this](const AuthResult& result) {
        if (m_restoring) {
            m_restoring = false;
            onRestoreFinished(result);
        }
    });
    connect(session, &Session::signedOut, this, [this](const QString& message) {
        if (!message.isEmpty()) {
            onSessionEnded(message);
        }
        updateAccountState();
    });
    connect(&m_accounts, &AccountContext::currentWorkspaceChanged, this,
            &AccountController::showCurrentWorkspace);
    connect(&m_accounts, &AccountContext::accountChanged, this, &AccountController::updateAccountState);

    updateAccountState();
    applyPermissions();
    m_sync->workspaceShown(m_openId);
    if (m_accounts.hasAccount() && !m_accounts.isSignedIn()) {
        QTimer::singleShot(0, this, &AccountController::restoreSession); // once the window shows
    }
}

AccountController::~AccountController()
{
    delete m_signInDialog;
}

SignInDialog* AccountController::signInDialog() const
{
    return m_signInDialog;
}

void AccountController::createActions()
{
    m_signIn = new QAction(tr("Sign &In…"), &m_window);
    m_signIn->setObjectName(QStringLiteral("actionSignIn"));
    m_signIn->setToolTip(tr("Sign in to open your team’s cloud workspaces"));
    m_signOut = new QAction(tr("Sign &Out…"), &m_window);
    m_signOut->setObjectName(QStringLiteral("actionSignOut"));
    connect(m_signIn, &QAction::triggered, this, &AccountController::openSignInDialog);
    connect(m_signOut, &QAction::triggered, this, &AccountController::signOut);
    QMenu* file = m_window.fileMenu();
    file->insertAction(m_window.quitAction(), m_signIn);
    file->insertAction(m_window.quitAction(), m_signOut);
    file->insertSeparator(m_window.quitAction());

    m_switcher = new WorkspaceSwitcher;
    connect(m_switcher, &WorkspaceSwitcher::workspaceChosen, this, &AccountController::switchTo);
    QToolBar* toolBar = m_window.mainToolBar();
    QAction* first = toolBar->actions().value(0);
    m_switcherAction = toolBar->insertWidget(first, m_switcher);
    toolBar->insertSeparator(first);
}

void AccountController::restoreSession()
{
    if (m_accounts.isSignedIn() || m_accounts.session()->state() == Session::State::SigningIn) {
        return;
    }
    m_restoring = true;
    showStatus(tr("Signing in as %1…").arg(m_accounts.accountEmail()));
    m_accounts.session()->restore(m_accounts.accountUid());
}

void AccountController::onRestoreFinished(const AuthResult& result)
{
    if (result.ok()) {
        m_window.statusBar()->clearMessage(); // signedIn() fetches the workspaces
        return;
    }
    if (result.error == AuthError::NoStoredSession || AuthErrors::endsSession(result.error)) {
        // The stored sign-in can never work again: forget it, as AccountContext::restoreAndWait() does.
        // The workspace caches stay on disk for the next sign-in.
        m_accounts.setCurrentWorkspace(AccountContext::Workspace::local());
        m_accounts.signOutAndWait(false);
        MessageBox::warning(&m_window, tr("Signed Out"),
                            tr("%1\n\nYou are signed out. Changes you made stay on this computer; sign in "
                               "again from the File menu.")
                                .arg(result.message));
        return;
    }
    showStatus(tr("Working offline: %1").arg(result.message));
}

void AccountController::onSessionEnded(const QString& message)
{
    MessageBox::warning(&m_window, tr("Signed Out"),
                        tr("%1\n\nChanges you made stay in this workspace on this computer for your next "
                           "sign-in.")
                            .arg(message));
}

void AccountController::openSignInDialog()
{
    if (m_signInDialog) {
        m_signInDialog->raise();
        m_signInDialog->activateWindow();
        return;
    }
    auto* dialog =
        new SignInDialog(*m_accounts.session(), *m_accounts.auth(), m_accounts.accountEmail(), &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_signInDialog = dialog;
    connect(dialog, &QDialog::rejected, this, [this, dialog] {
        if (dialog->continuedOffline()) {
            showStatus(tr("Working offline. Sign in from the File menu when the network is back."));
        }
    });
    dialog->open();
}

void AccountController::signOut()
{
    const QString busy = m_window.busyReason();
    if (!busy.isEmpty()) {
        MessageBox::warning(&m_window, tr("Sign Out"), busy);
        return;
    }
    const QMessageBox::StandardButton answer = MessageBox::question(
        &m_window, tr("Sign Out"),
        tr("Sign out of %1?\n\nAlso remove this account’s workspaces from this computer? Choose Yes to "
           "remove them (changes not yet synced are lost), No to keep them for your next sign-in, or "
           "Cancel to stay signed in. The Local workspace is always kept.")
            .arg(m_accounts.accountEmail()),
        QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::No);
    if (answer != QMessageBox::Yes && answer != QMessageBox::No) {
        return;
    }
    // The window lets go of the cloud workspace's file before it may be deleted.
    m_accounts.setCurrentWorkspace(AccountContext::Workspace::local());
    const AccountContext::SignOutResult result = m_accounts.signOutAndWait(answer == QMessageBox::Yes);
    m_workspaces.clear();
    updateAccountState();
    if (!result.ok) {
        MessageBox::warning(&m_window, tr("Sign Out"), result.error);
        return;
    }
    showStatus(answer == QMessageBox::Yes
                   ? tr("Signed out; this account’s data was removed from this computer.")
                   : tr("Signed out."));
}

void AccountController::fetchWorkspaces()
{
    CloudReply* reply = m_accounts.cloud()->me();
    connect(reply, &CloudReply::finished, this, [this, reply] {
        const auto me = reply->ok() ? CloudMe::fromJson(reply->json()) : std::nullopt;
        if (!me) {
            showStatus(reply->ok() ? tr("The cloud sent a workspace list LeadBox cannot read.")
                                   : tr("Could not list your workspaces: %1").arg(reply->error().text()));
            Q_EMIT workspacesLoaded(false);
            return;
        }
        adoptWorkspaces(*me);
        Q_EMIT workspacesLoaded(true);
    });
}

void AccountController::adoptWorkspaces(const CloudMe& me)
{
    m_workspaces = me.workspaces;
    // As AccountContext::refreshAndWait(): keep the cached name and role current, and leave a
    // workspace the person no longer belongs to.
    const AccountContext::Workspace current = m_accounts.currentWorkspace();
    if (!current.isLocal) {
        bool listed = false;
        for (const CloudWorkspace& workspace : m_workspaces) {
            if (workspace.id == current.id) {
                listed = true;
                if (workspace.name != current.name || workspace.role != current.role) {
                    m_accounts.setCurrentWorkspace(AccountContext::Workspace::cloud(workspace));
                }
            }
        }
        if (!listed) {
            m_accounts.setCurrentWorkspace(AccountContext::Workspace::local());
            showStatus(tr("You no longer belong to %1; showing the Local workspace.").arg(current.name));
        }
    }
    updateAccountState();
}

void AccountController::switchTo(const QString& id)
{
    if (id == m_openId) {
        return;
    }
    const QString busy = m_window.busyReason();
    if (!busy.isEmpty()) {
        m_switcher->setCurrentWorkspace(m_openId);
        MessageBox::warning(&m_window, tr("Switch Workspace"), busy);
        return;
    }
    if (id == AccountContext::localId()) {
        m_accounts.setCurrentWorkspace(AccountContext::Workspace::local());
        return;
    }
    for (const CloudWorkspace& workspace : m_workspaces) {
        if (workspace.id == id) {
            m_accounts.setCurrentWorkspace(AccountContext::Workspace::cloud(workspace));
            return;
        }
    }
    m_switcher->setCurrentWorkspace(m_openId);
}

void AccountController::showCurrentWorkspace()
{
    const AccountContext::Workspace current = m_accounts.currentWorkspace();
    if (current.id != m_openId) {
        try {
            m_window.setWorkspace(m_accounts.openCurrentStore());
            m_openId = current.id;
        } catch (const StoreError& error) {
            MessageBox::warning(&m_window, tr("Switch Workspace"), error.message());
            if (!current.isLocal) {
                m_accounts.setCurrentWorkspace(AccountContext::Workspace::local());
            }
            return;
        }
    }
    updateAccountState();
    applyPermissions();
    Q_EMIT workspaceShown(m_openId);
}

void AccountController::applyPermissions()
{
    // Everything stays enabled in the Local workspace: its user is its owner.
    QAction* exportLeads = m_window.exportAction();
    const bool mayExport = m_accounts.can(Action::ExportLeads);
    exportLeads->setEnabled(mayExport);
    exportLeads->setToolTip(mayExport ? m_exportToolTip : m_accounts.refusal(Action::ExportLeads));
}

void AccountController::updateAccountState()
{
    const bool signedIn = m_accounts.isSignedIn();
    const bool remembered = m_accounts.hasAccount();
    const QString email = m_accounts.accountEmail();
    m_signIn->setVisible(!signedIn);
    m_signOut->setVisible(remembered || signedIn);
    m_signOut->setToolTip(tr("Sign out of %1").arg(email));
    m_accountLabel->setText(signedIn     ? email
                            : remembered ? tr("%1 (offline)").arg(email)
                                         : tr("Not signed in"));

    const AccountContext::Workspace current = m_accounts.currentWorkspace();
    QList<CloudWorkspace> listed = m_workspaces;
    if (listed.isEmpty() && !current.isLocal) {
        // Offline: the cached current workspace is all that is known.
        listed.append(CloudWorkspace{current.id, current.name, current.role, QString()});
    }
    m_switcher->setWorkspaces(listed, m_openId);
    m_switcherAction->setVisible(remembered || signedIn);

    const bool team = signedIn && !current.isLocal && current.id == m_openId;
    const QString teamKey =
        team ? current.id + QLatin1Char('/') + Permissions::roleKey(current.role) : QString();
    if (team && teamKey != m_teamKey) {
        m_teamPage->showWorkspace(current.id, current.name, current.role, m_accounts.session()->email());
    }
    m_teamKey = teamKey;
    if (!team && m_teamItem->isSelected()) {
        m_window.showLeadsPage();
    }
    m_teamItem->setHidden(!team);
}

void AccountController::showStatus(const QString& message)
{
    m_window.statusBar()->showMessage(message, kStatusMessageMs);
}

} // namespace leadbox
