#include "tools/devcloud/TeamRoutes.h"

#include "tools/devcloud/Authenticator.h"
#include "tools/devcloud/DevcloudStore.h"
#include "tools/devcloud/IdentityToolkit.h"

namespace leadbox::devcloud {

namespace {

const std::string kMembers = "/v1/workspaces/([^/]+)/members";
const std::string kMember = "/v1/workspaces/([^/]+)/members/([^/]+)";

nlohmann::json memberJson(const MemberRecord& member)
{
    return {{"email", member.email},
            {"uid", member.uid ? nlohmann::json(*member.uid) : nlohmann::json(nullptr)},
            {"displayName", member.displayName},
            {"role", roleText(member.role)},
            {"status", member.active ? "active" : "invited"}};
}

nlohmann::json membersJson(TeamStore& teams, const std::string& workspaceId)
{
    nlohmann::json list = nlohmann::json::array();
    for (const auto& member : teams.members(workspaceId)) {
        list.push_back(memberJson(member));
    }
    return {{"members", list}};
}

// The role a body names, limited to those an invite or a role change may give.
std::optional<Role> requestedRole(const nlohmann::json& body, const char* fallback)
{
    const std::string key = body.contains("role") ? stringField(body, "role") : std::string(fallback);
    const auto role = Permissions::roleFromKey(QString::fromStdString(key));
    if (!role || key != roleText(*role)) {
        return std::nullopt;
    }
    return role;
}

void sendMemberNotFound(Exchange& ex)
{
    sendApiError(ex, 404, "not_found", "This person is not a member of the workspace.");
}

// Why canChangeRole said no, for someone who may manage the team.
std::string roleChangeRefusal(Role actor, Role target, Role newRole)
{
    if (target == Role::Owner) {
        return actor == Role::Owner ? "The owner's role changes only by transferring ownership."
                                    : "Admins cannot change the owner's role.";
    }
    if (newRole == Role::Owner) {
        return "Nobody becomes the owner by a role change; the owner transfers ownership instead.";
    }
    return refusalText(actor, Action::ManageTeam);
}

} // namespace

TeamRoutes::TeamRoutes(DevcloudStore& store, Authenticator& auth)
    : m_store(store)
    , m_auth(auth)
{
}

void TeamRoutes::install(httplib::Server& server)
{
    const auto bind = [this](void (TeamRoutes::*method)(Exchange&)) {
        return guarded(m_store, [this, method](Exchange& ex) { (this->*method)(ex); });
    };
    server.Get(kMembers, bind(&TeamRoutes::list));
    server.Post(kMembers, bind(&TeamRoutes::invite));
    server.Patch(kMember, bind(&TeamRoutes::changeRole));
    server.Delete(kMember, bind(&TeamRoutes::remove));
    server.Post("/v1/workspaces/([^/]+)/owner", bind(&TeamRoutes::transferOwnership));
}

void TeamRoutes::list(Exchange& ex)
{
    const auto caller = m_auth.enterWorkspace(ex, ex.req.matches[1], Action::ViewTeam);
    if (!caller) {
        return;
    }
    sendJson(ex, 200, membersJson(m_store.teams(), caller->workspaceId));
}

void TeamRoutes::invite(Exchange& ex)
{
    const auto caller = m_auth.enterWorkspace(ex, ex.req.matches[1], Action::ManageTeam);
    if (!caller) {
        return;
    }
    const auto body = jsonBody(ex);
    if (!body) {
        return sendApiError(ex, 400, "invalid", "The request body must be a JSON object.");
    }
    const std::string email = emailKey(stringField(*body, "email"));
    if (!plausibleEmail(email)) {
        return sendApiError(ex, 400, "invalid", "Enter a valid email address to invite.");
    }
    const auto role = requestedRole(*body, "member");
    if (!role || *role == Role::Owner) {
        return sendApiError(ex, 400, "invalid", "An invite's role is \"member\" or \"admin\".");
    }
    auto& teams = m_store.teams();
    if (const auto existing = teams.member(caller->workspaceId, email)) {
        return sendApiError(ex, 409, "conflict",
                            existing->active ? email + " is already a member of this workspace."
                                             : email + " has already been invited.");
    }
    teams.invite(caller->workspaceId, email, *role);
    sendJson(ex, 201, memberJson(*teams.member(caller->workspaceId, email)));
}

void TeamRoutes::changeRole(Exchange& ex)
{
    const auto caller = m_auth.enterWorkspace(ex, ex.req.matches[1], Action::ManageTeam);
    if (!caller) {
        return;
    }
    const auto body = jsonBody(ex);
    const auto newRole = body ? requestedRole(*body, "") : std::nullopt;
    if (!newRole) {
        return sendApiError(ex, 400, "invalid", "The role must be \"member\" or \"admin\".");
    }
    auto& teams = m_store.teams();
    const auto target = teams.member(caller->workspaceId, ex.req.matches[2]);
    if (!target) {
        return sendMemberNotFound(ex);
    }
    // Asking for the role someone already has changes nothing and is not an error.
    if (target->role != *newRole || *newRole == Role::Owner) {
        if (!Permissions::canChangeRole(caller->role, target->role, *newRole)) {
            return sendApiError(ex, 403, "forbidden",
                                roleChangeRefusal(caller->role, target->role, *newRole));
        }
        teams.setRole(caller->workspaceId, target->email, *newRole);
    }
    sendJson(ex, 200, memberJson(*teams.member(caller->workspaceId, target->email)));
}

void TeamRoutes::remove(Exchange& ex)
{
    const auto caller = m_auth.enterWorkspace(ex, ex.req.matches[1]);
    if (!caller) {
        return;
    }
    auto& teams = m_store.teams();
    const auto target = teams.member(caller->workspaceId, ex.req.matches[2]);
    const bool leaving = target && target->uid == caller->user.uid;
    if (leaving) {
        if (target->role == Role::Owner) {
            return sendApiError(ex, 403, "forbidden",
                                "The owner cannot leave the workspace; transfer ownership first.");
        }
    } else if (!Permissions::can(caller->role, Action::ManageTeam)) {
        return sendApiError(ex, 403, "forbidden", refusalText(caller->role, Action::ManageTeam));
    } else if (!target) {
        return sendMemberNotFound(ex);
    } else if (!Permissions::canRemove(caller->role, target->role)) {
        return sendApiError(ex, 403, "forbidden",
                            "Nobody can remove the owner; the owner transfers ownership first.");
    }
    teams.remove(caller->workspaceId, target->email);
    sendNoContent(ex);
}

void TeamRoutes::transferOwnership(Exchange& ex)
{
    const auto caller = m_auth.enterWorkspace(ex, ex.req.matches[1], Action::TransferOwnership);
    if (!caller) {
        return;
    }
    const auto body = jsonBody(ex);
    if (!body) {
        return sendApiError(ex, 400, "invalid", "The request body must be a JSON object.");
    }
    auto& teams = m_store.teams();
    const auto target = teams.member(caller->workspaceId, stringField(*body, "email"));
    if (!target) {
        return sendMemberNotFound(ex);
    }
    if (!target->active) {
        return sendApiError(ex, 400, "invalid", target->email + " has not accepted the invitation yet.");
    }
    if (target->uid == caller->user.uid) {
        return sendApiError(ex, 400, "invalid", "You already own this workspace.");
    }
    SqlTransaction transaction(m_store.db());
    teams.setRole(caller->workspaceId, caller->user.email, Role::Admin);
    teams.setRole(caller->workspaceId, target->email, Role::Owner);
    transaction.commit();
    sendJson(ex, 200, membersJson(teams, caller->workspaceId));
}

} // namespace leadbox::devcloud
