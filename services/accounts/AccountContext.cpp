#include "services/accounts/AccountContext.h"

#include "models/StoreError.h"
#include "models/WorkspaceStore.h"
#include "services/LogCategories.h"
#include "services/auth/Session.h"
#include "services/net/HttpClient.h"

#include <QSettings>

namespace leadbox {
namespace {

const QString kUidKey = QStringLiteral("account/uid");
const QString kEmailKey = QStringLiteral("account/email");
const QString kWorkspaceKey = QStringLiteral("account/workspace");
const QString kWorkspaceNameKey = QStringLiteral("account/workspaceName");
const QString kWorkspaceRoleKey = QStringLiteral("account/workspaceRole");

std::unique_ptr<QSettings> openSettings(const DataLocation& location)
{
    return std::make_unique<QSettings>(location.settingsFile(), QSettings::IniFormat);
}

} // namespace

AccountContext::Workspace AccountContext::Workspace::local()
{
    return {localId(), tr("Local"), Role::Owner, true};
}

AccountContext::Workspace AccountContext::Workspace::cloud(const CloudWorkspace& workspace)
{
    return {workspace.id, workspace.name, workspace.role, false};
}

AccountContext::AccountContext(const DataLocation& location, const CloudConfig& config, QObject* parent)
    : AccountContext(location, config, QStringLiteral("LeadBox"), parent)
{
}

AccountContext::AccountContext(const DataLocation& location, const CloudConfig& config,
                               const QString& keychainService, QObject* parent)
    : QObject(parent)
    , m_location(location)
    , m_config(config)
    , m_http(std::make_unique<HttpClient>())
    , m_auth(std::make_unique<FirebaseAuth>(m_http.get(), m_config))
    , m_credentials(std::make_unique<CredentialStore>(keychainService))
    , m_session(std::make_unique<Session>(m_auth.get(), m_credentials.get()))
    , m_cloud(std::make_unique<CloudClient>(m_http.get(), m_session.get(), m_config))
{
    connect(m_session.get(), &Session::signedIn, this, &AccountContext::onSignedIn);
}

AccountContext::~AccountContext() = default;

QString AccountContext::accountUid() const
{
    return openSettings(m_location)->value(kUidKey).toString();
}

QString AccountContext::accountEmail() const
{
    return openSettings(m_location)->value(kEmailKey).toString();
}

bool AccountContext::isSignedIn() const
{
    return m_session->isSignedIn();
}

void AccountContext::onSignedIn()
{
    const QString previous = accountUid();
    const QString uid = m_session->uid();
    const QString email = m_session->email();
    const bool switched = previous != uid;
    if (switched && !previous.isEmpty()) {
        // Only one account is remembered; the previous one's sign-in must not linger in the keychain.
        m_credentials->removeRefreshToken(previous);
    }
    {
        const auto settings = openSettings(m_location);
        settings->setValue(kUidKey, uid);
        if (!email.isEmpty()) {
            settings->setValue(kEmailKey, email);
        }
    }
    Q_EMIT accountChanged();
    if (switched) {
        setCurrentWorkspace(Workspace::local());
    }
}

void AccountContext::forgetAccount()
{
    {
        const auto settings = openSettings(m_location);
        settings->remove(kUidKey);
        settings->remove(kEmailKey);
    }
    Q_EMIT accountChanged();
    setCurrentWorkspace(Workspace::local());
}

AuthResult AccountContext::restoreAndWait()
{
    const QString uid = accountUid();
    if (uid.isEmpty()) {
        AuthResult result;
        result.error = AuthError::NoStoredSession;
        result.message = AuthErrors::text(AuthError::NoStoredSession);
        return result;
    }
    AuthResult result = m_session->restoreAndWait(uid);
    if (!result.ok() &&
        (result.error == AuthError::NoStoredSession || AuthErrors::endsSession(result.error))) {
        qCInfo(lcAuth) << "The remembered sign-in cannot be restored; forgetting the account";
        forgetAccount();
    }
    return result;
}

AuthResult AccountContext::signInAndWait(const QString& email, const QString& password)
{
    return m_session->signInAndWait(email, password);
}

AccountContext::SignOutResult AccountContext::signOutAndWait(bool wipe)
{
    const QString sessionUid = m_session->uid();
    const QString rememberedUid = accountUid();
    SignOutResult result;
    CredentialResult removed = m_session->signOutAndWait();
    if (removed.ok && !rememberedUid.isEmpty() && rememberedUid != sessionUid) {
        // The session was never restored (offline): remove the remembered account's entry here.
        removed = m_credentials->removeAndWait(rememberedUid);
    }
    if (!removed.ok) {
        result.ok = false;
        result.error = removed.error;
    }
    if (wipe) {
        for (const QString& uid : {sessionUid, rememberedUid}) {
            if (!uid.isEmpty() && !m_location.wipeAccount(uid)) {
                result.ok = false;
                result.error =
                    tr("Could not delete all cached data in %1.").arg(m_location.accountFolder(uid));
            }
        }
    }
    qCInfo(lcAuth) << (wipe ? "Signed out and wiped the account's cached data" : "Signed out");
    forgetAccount();
    return result;
}

CloudResult<CloudMe> AccountContext::refreshAndWait()
{
    CloudResult<CloudMe> result = m_cloud->meAndWait();
    if (!result.ok()) {
        return result;
    }
    if (!result.value.email.isEmpty() && result.value.uid == accountUid()) {
        openSettings(m_location)->setValue(kEmailKey, result.value.email);
    }
    const Workspace current = currentWorkspace();
    if (current.isLocal) {
        return result;
    }
    for (const CloudWorkspace& workspace : result.value.workspaces) {
        if (workspace.id == current.id) {
            if (workspace.name != current.name || workspace.role != current.role) {
                setCurrentWorkspace(Workspace::cloud(workspace));
            }
            return result;
        }
    }
    qCInfo(lcAuth) << "The current workspace is no longer listed; switching to the Local workspace";
    setCurrentWorkspace(Workspace::local());
    return result;
}

AccountContext::Workspace AccountContext::currentWorkspace() const
{
    const auto settings = openSettings(m_location);
    const QString id = settings->value(kWorkspaceKey).toString();
    if (id.isEmpty() || id == localId()) {
        return Workspace::local();
    }
    Workspace workspace;
    workspace.id = id;
    workspace.isLocal = false;
    workspace.name = settings->value(kWorkspaceNameKey, id).toString();
    // An unknown cached role grants the least.
    workspace.role =
        Permissions::roleFromKey(settings->value(kWorkspaceRoleKey).toString()).value_or(Role::Member);
    return workspace;
}

void AccountContext::writeWorkspace(const Workspace& workspace)
{
    const auto settings = openSettings(m_location);
    if (workspace.isLocal) {
        settings->setValue(kWorkspaceKey, localId());
        settings->remove(kWorkspaceNameKey);
        settings->remove(kWorkspaceRoleKey);
    } else {
        settings->setValue(kWorkspaceKey, workspace.id);
        settings->setValue(kWorkspaceNameKey, workspace.name);
        settings->setValue(kWorkspaceRoleKey, Permissions::roleKey(workspace.role));
    }
    settings->sync();
}

void AccountContext::setCurrentWorkspace(const Workspace& workspace)
{
    writeWorkspace(workspace);
    Q_EMIT currentWorkspaceChanged();
}

std::unique_ptr<WorkspaceStore> AccountContext::openCurrentStore() const
{
    const Workspace workspace = currentWorkspace();
    if (workspace.isLocal) {
        return WorkspaceStore::openLocal(m_location);
    }
    const QString uid = accountUid();
    if (uid.isEmpty()) {
        throw StoreError(StoreError::Kind::CannotOpen,
                         tr("Sign in to open the workspace “%1”.").arg(workspace.name));
    }
    return WorkspaceStore::openCloud(m_location, uid, workspace.id, workspace.name);
}

bool AccountContext::can(Action action) const
{
    return Permissions::can(currentWorkspace().role, action);
}

QString AccountContext::refusal(Action action) const
{
    return Permissions::refusal(currentWorkspace().role, action);
}

} // namespace leadbox
