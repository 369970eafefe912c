#pragma once

#include "services/auth/FirebaseAuth.h"
#include "services/cloud/CloudTypes.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class QAction;
class QLabel;
class QListWidgetItem;

namespace leadbox {

class AccountContext;
class MainWindow;
class SignInDialog;
class SyncController;
class TeamPage;
class WorkspaceSwitcher;

// Keeps the main window on the account's current workspace: File → Sign In…/Sign Out…, the
// toolbar's workspace switcher, the Team page, the session restored at start without a password,
// and the permission matrix applied to the window's actions for the role in the shown workspace.
class AccountController : public QObject
{
    Q_OBJECT

public:
    AccountController(AccountContext& accounts, MainWindow& window);
    ~AccountController() override;

    // Signs the remembered account in again from the keychain, in the background.
    void restoreSession();
    // File → Sign In…: opens the dialog (non-modal for tests: see signInDialog()).
    void openSignInDialog();
    // File → Sign Out…: asks whether to remove the account's cached data too, then signs out.
    void signOut();
    // Shows the workspace `id` ("local" or a cloud workspace id from the switcher).
    void switchTo(const QString& id);

    SignInDialog* signInDialog() const;
    WorkspaceSwitcher* switcher() const { return m_switcher; }
    TeamPage* teamPage() const { return m_teamPage; }
    SyncController* sync() const { return m_sync; }
    QListWidgetItem* teamItem() const { return m_teamItem; }
    const QList<CloudWorkspace>& workspaces() const { return m_workspaces; }

Q_SIGNALS:
    // GET /v1/me answered; the switcher lists the cloud workspaces when `ok`.
    void workspacesLoaded(bool ok);
    // The window now shows workspace `id`.
    void workspaceShown(const QString& id);

private:
    void createActions();
    void fetchWorkspaces();
    void adoptWorkspaces(const CloudMe& me);
    void showCurrentWorkspace();
    void applyPermissions();
    void updateAccountState();
    void onRestoreFinished(const AuthResult& result);
    void onSessionEnded(const QString& message);
    void showStatus(const QString& message);

    AccountContext& m_accounts;
    MainWindow& m_window;
    QAction* m_signIn = nullptr;
    QAction* m_signOut = nullptr;
    QAction* m_switcherAction = nullptr;
    QString m_exportToolTip;
    WorkspaceSwitcher* m_switcher = nullptr;
    TeamPage* m_teamPage = nullptr;
    SyncController* m_sync = nullptr;
    QListWidgetItem* m_teamItem = nullptr;
    QLabel* m_accountLabel = nullptr;
    QPointer<SignInDialog> m_signInDialog;
    QList<CloudWorkspace> m_workspaces;
    QString m_openId;  // the workspace the window shows
    QString m_teamKey; // the workspace and role the Team page shows, or empty
    bool m_restoring = false;
};

} // namespace leadbox
