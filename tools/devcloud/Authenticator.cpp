#include "tools/devcloud/Authenticator.h"

#include "tools/devcloud/DevcloudStore.h"
#include "tools/devcloud/TokenSigner.h"

namespace leadbox::devcloud {

std::string refusalText(Role role, Action action)
{
    return Permissions::refusal(role, action).toStdString();
}

void sendWorkspaceNotFound(Exchange& ex)
{
    sendApiError(ex, 404, "not_found", "This workspace does not exist or you are not a member of it.");
}

Authenticator::Authenticator(DevcloudStore& store, const TokenSigner& signer, bool trustEmulatorTokens)
    : m_store(store)
    , m_signer(signer)
    , m_emulator(trustEmulatorTokens)
{
}

std::optional<UserRecord> Authenticator::authenticate(Exchange& ex)
{
    const std::string header = ex.req.get_header_value("Authorization");
    const std::string prefix = "Bearer ";
    if (header.size() <= prefix.size() || header.compare(0, prefix.size(), prefix) != 0) {
        sendApiError(ex, 401, "unauthorized", "Sign in to continue.");
        return std::nullopt;
    }
    const std::string token = header.substr(prefix.size());
    const VerifiedToken verified = m_emulator ? verifyEmulatorToken(token) : m_signer.verify(token);
    if (verified.status == TokenStatus::Invalid || (m_emulator && verified.claims.email.empty())) {
        sendApiError(ex, 401, "unauthorized", "Your session is not valid. Sign in again.");
        return std::nullopt;
    }
    if (verified.status == TokenStatus::Expired) {
        sendApiError(ex, 401, "token_expired",
                     "Your session has expired. Refresh the ID token and try again.");
        return std::nullopt;
    }
    auto& accounts = m_store.accounts();
    std::optional<UserRecord> user =
        m_emulator ? accounts.upsertExternal(verified.claims.uid, verified.claims.email, verified.claims.name)
                   : accounts.findByUid(verified.claims.uid);
    if (!user) {
        sendApiError(ex, 401, "unauthorized", "This account no longer exists. Sign in again.");
        return std::nullopt;
    }
    if (user->disabled) {
        sendApiError(ex, 401, "account_disabled", "This account has been disabled.");
        return std::nullopt;
    }
    if (!m_emulator && verified.claims.generation < user->tokenGeneration) {
        sendApiError(ex, 401, "token_revoked", "Your session was ended. Sign in again.");
        return std::nullopt;
    }
    m_store.teams().acceptInvites(user->uid, user->email);
    return user;
}

std::optional<WorkspaceCaller> Authenticator::enterWorkspace(Exchange& ex, const std::string& workspaceId)
{
    auto user = authenticate(ex);
    if (!user) {
        return std::nullopt;
    }
    const auto role = m_store.teams().activeRole(workspaceId, user->uid);
    if (!role) {
        sendWorkspaceNotFound(ex);
        return std::nullopt;
    }
    return WorkspaceCaller{*user, workspaceId, *role};
}

std::optional<WorkspaceCaller> Authenticator::enterWorkspace(Exchange& ex, const std::string& workspaceId,
                                                             Action action)
{
    auto caller = enterWorkspace(ex, workspaceId);
    if (caller && !Permissions::can(caller->role, action)) {
        sendApiError(ex, 403, "forbidden", refusalText(caller->role, action));
        return std::nullopt;
    }
    return caller;
}

} // namespace leadbox::devcloud
