#pragma once

#include "models/accounts/Permissions.h"
#include "tools/devcloud/AccountStore.h"
#include "tools/devcloud/HttpSupport.h"

#include <optional>
#include <string>

namespace leadbox::devcloud {

class DevcloudStore;
class TokenSigner;

// Someone acting in one workspace they are an active member of.
struct WorkspaceCaller
{
    UserRecord user;
    std::string workspaceId;
    Role role = Role::Member;
};

// Turns `Authorization: Bearer <ID token>` into a user for the cloud API, or answers 401 itself.
// The token is devcloud's own, or (with --auth-emulator) one from the Firebase Auth Emulator.
class Authenticator
{
public:
    Authenticator(DevcloudStore& store, const TokenSigner& signer, bool trustEmulatorTokens);

    // On success, the caller's pending invites have become memberships.
    std::optional<UserRecord> authenticate(Exchange& ex);
    // authenticate(), then the caller's membership of `workspaceId`; a non-member gets 404 so that the
    // workspace's existence is not revealed.
    std::optional<WorkspaceCaller> enterWorkspace(Exchange& ex, const std::string& workspaceId);
    // enterWorkspace(), then the permission matrix: a caller whose role may not do `action` gets
    // 403 with the refusal sentence.
    std::optional<WorkspaceCaller> enterWorkspace(Exchange& ex, const std::string& workspaceId,
                                                  Action action);

private:
    DevcloudStore& m_store;
    const TokenSigner& m_signer;
    bool m_emulator;
};

// The sentence for a refused action, from the one permission matrix.
std::string refusalText(Role role, Action action);
void sendWorkspaceNotFound(Exchange& ex);

} // namespace leadbox::devcloud
