#pragma once

#include "models/DataLocation.h"
#include "models/accounts/Permissions.h"
#include "services/auth/CredentialStore.h"
#include "services/auth/FirebaseAuth.h"
#include "services/cloud/CloudClient.h"
#include "services/cloud/CloudConfig.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <memory>

namespace leadbox {

class HttpClient;
class Session;
class WorkspaceStore;

// The account and workspace in use, shared by the CLI and the GUI: owns the client services
// (HttpClient → FirebaseAuth → CredentialStore → Session → CloudClient) and remembers in
// <data>/settings.ini, never a secret, who signed in last and which workspace is current.
//
// Settings keys: account/uid, account/email, account/workspace ("local" or a cloud workspace id),
// account/workspaceName, account/workspaceRole ("owner", "admin", "member"; cached for offline use).
class AccountContext : public QObject
{
    Q_OBJECT

public:
    // The workspace in use. The Local workspace has id "local", and its user is its owner.
    struct Workspace
    {
        QString id;
        QString name;
        Role role = Role::Owner;
        bool isLocal = true;

        static Workspace local();
        static Workspace cloud(const CloudWorkspace& workspace);
    };

    // What signOutAndWait() came to. `error` is a sentence for people when !ok (the keychain entry or
    // the cached files could not be removed); the account is forgotten in the settings either way.
    struct SignOutResult
    {
        bool ok = true;
        QString error;
    };

    static QString localId() { return QStringLiteral("local"); }

    AccountContext(const DataLocation& location, const CloudConfig& config, QObject* parent = nullptr);
    // Keeps refresh tokens under another keychain service name (tests).
    AccountContext(const DataLocation& location, const CloudConfig& config, const QString& keychainService,
                   QObject* parent = nullptr);
    ~AccountContext() override;

    const DataLocation& location() const { return m_location; }
    const CloudConfig& config() const { return m_config; }

    // The services, for callers that need them directly (async sign-in in a dialog, the Team page).
    // A sign-in through session() is remembered just like one through signInAndWait().
    HttpClient* http() const { return m_http.get(); }
    FirebaseAuth* auth() const { return m_auth.get(); }
    CredentialStore* credentials() const { return m_credentials.get(); }
    Session* session() const { return m_session.get(); }
    CloudClient* cloud() const { return m_cloud.get(); }

    // The remembered account: set by a sign-in, kept while offline, cleared by sign-out. Its cached
    // workspaces can be opened even while the session is signed out (offline).
    QString accountUid() const;
    QString accountEmail() const;
    bool hasAccount() const { return !accountUid().isEmpty(); }
    // True while the session holds a live ID token.
    bool isSignedIn() const;

    // Signs the remembered account in again from the keychain. Without a remembered account:
    // AuthError::NoStoredSession. When the sign-in can never work again (no keychain entry, revoked,
    // disabled) the account is forgotten and the Local workspace becomes current; when offline it
    // stays remembered. Local edits are never touched.
    AuthResult restoreAndWait();
    // Signs in and remembers the account. Signing in as another account than the remembered one
    // forgets the previous one's keychain entry and makes the Local workspace current.
    AuthResult signInAndWait(const QString& email, const QString& password);
    // Forgets the tokens (session and keychain) and the account in the settings, and makes the Local
    // workspace current. With `wipe`, also deletes <data>/accounts/<uid>. The Local workspace stays.
    SignOutResult signOutAndWait(bool wipe);

    // GET /v1/me. On success refreshes the remembered email and the current workspace's cached name
    // and role; a cloud workspace no longer listed is dropped for the Local one.
    CloudResult<CloudMe> refreshAndWait();

    Workspace currentWorkspace() const;
    // Remembers `workspace` as the current one (no check against the cloud; see refreshAndWait()).
    void setCurrentWorkspace(const Workspace& workspace);
    // Opens the current workspace's store: the Local file, or this account's cache of the cloud
    // workspace. Throws StoreError (CannotOpen) for a cloud workspace without a remembered account.
    std::unique_ptr<WorkspaceStore> openCurrentStore() const;

    // The permission matrix for the current workspace's role (the Local workspace: owner).
    bool can(Action action) const;
    // Permissions::refusal() for the current role: the sentence for a refused action.
    QString refusal(Action action) const;

Q_SIGNALS:
    // The remembered account changed (signed in, signed out, forgotten).
    void accountChanged();
    // The current workspace or its cached name or role changed.
    void currentWorkspaceChanged();

private:
    void onSignedIn();
    void forgetAccount();
    void writeWorkspace(const Workspace& workspace);

    DataLocation m_location;
    CloudConfig m_config;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<FirebaseAuth> m_auth;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<CloudClient> m_cloud;
};

} // namespace leadbox
