#pragma once

#include "models/accounts/Permissions.h"
#include "tools/devcloud/SqliteDb.h"

#include <optional>
#include <string>
#include <vector>

namespace leadbox::devcloud {

struct WorkspaceRecord
{
    std::string id;
    std::string name;
    std::string plan;
    Role role = Role::Member; // the caller's role, when listed for a user
};

struct MemberRecord
{
    std::string email;
    std::optional<std::string> uid; // empty while invited
    std::string displayName;
    Role role = Role::Member;
    bool active = false;
};

std::string roleText(Role role);

// Workspaces, their members and invites.
class TeamStore
{
public:
    explicit TeamStore(SqliteDb& db)
        : m_db(db)
    {
    }

    WorkspaceRecord createWorkspace(const std::string& name, const std::string& ownerUid,
                                    const std::string& ownerEmail, const std::string& id = {});
    bool hasWorkspace(const std::string& id);
    // The workspaces `uid` is an active member of, sorted by name.
    std::vector<WorkspaceRecord> workspacesOf(const std::string& uid);
    // The caller's active membership in `workspaceId`, if any.
    std::optional<Role> activeRole(const std::string& workspaceId, const std::string& uid);

    std::vector<MemberRecord> members(const std::string& workspaceId);
    std::optional<MemberRecord> member(const std::string& workspaceId, const std::string& email);
    void invite(const std::string& workspaceId, const std::string& email, Role role);
    void addActive(const std::string& workspaceId, const std::string& uid, const std::string& email,
                   Role role);
    void setRole(const std::string& workspaceId, const std::string& email, Role role);
    void remove(const std::string& workspaceId, const std::string& email);
    // Turns the pending invites for `email` into active memberships of `uid`.
    void acceptInvites(const std::string& uid, const std::string& email);

private:
    SqliteDb& m_db;
};

} // namespace leadbox::devcloud
