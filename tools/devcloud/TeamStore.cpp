#include "tools/devcloud/TeamStore.h"

#include "tools/devcloud/AccountStore.h"
#include "tools/devcloud/Crypto.h"

namespace leadbox::devcloud {

namespace {

Role roleFromText(const std::string& text)
{
    return Permissions::roleFromKey(QString::fromStdString(text)).value_or(Role::Member);
}

constexpr const char* kMemberColumns =
    "SELECT m.email, m.uid, COALESCE(u.display_name, ''), m.role, m.status FROM members m "
    "LEFT JOIN users u ON u.uid = m.uid ";

MemberRecord readMember(const Statement& query)
{
    return MemberRecord{query.text(0), query.optionalText(1), query.text(2), roleFromText(query.text(3)),
                        query.text(4) == "active"};
}

} // namespace

std::string roleText(Role role)
{
    return Permissions::roleKey(role).toStdString();
}

WorkspaceRecord TeamStore::createWorkspace(const std::string& name, const std::string& ownerUid,
                                           const std::string& ownerEmail, const std::string& id)
{
    WorkspaceRecord workspace{id.empty() ? "ws_" + crypto::randomToken(12) : id, name, "free", Role::Owner};
    SqlTransaction transaction(m_db);
    m_db.prepare("INSERT INTO workspaces (id, name, plan, created_at) VALUES (?, ?, ?, ?)")
        .bind(workspace.id)
        .bind(name)
        .bind(workspace.plan)
        .bind(nowMs())
        .run();
    addActive(workspace.id, ownerUid, ownerEmail, Role::Owner);
    transaction.commit();
    return workspace;
}

bool TeamStore::hasWorkspace(const std::string& id)
{
    auto query = m_db.prepare("SELECT 1 FROM workspaces WHERE id = ?");
    query.bind(id);
    return query.step();
}

std::vector<WorkspaceRecord> TeamStore::workspacesOf(const std::string& uid)
{
    auto query = m_db.prepare("SELECT w.id, w.name, w.plan, m.role FROM workspaces w "
                              "JOIN members m ON m.workspace_id = w.id "
                              "WHERE m.uid = ? AND m.status = 'active' ORDER BY w.name COLLATE NOCASE, w.id");
    query.bind(uid);
    std::vector<WorkspaceRecord> result;
    while (query.step()) {
        result.push_back({query.text(0), query.text(1), query.text(2), roleFromText(query.text(3))});
    }
    return result;
}

std::optional<Role> TeamStore::activeRole(const std::string& workspaceId, const std::string& uid)
{
    auto query =
        m_db.prepare("SELECT role FROM members WHERE workspace_id = ? AND uid = ? AND status = 'active'");
    query.bind(workspaceId).bind(uid);
    if (!query.step()) {
        return std::nullopt;
    }
    return roleFromText(query.text(0));
}

std::vector<MemberRecord> TeamStore::members(const std::string& workspaceId)
{
    auto query =
        m_db.prepare(std::string(kMemberColumns) +
                     "WHERE m.workspace_id = ? ORDER BY CASE m.role WHEN 'owner' THEN 0 WHEN 'admin' "
                     "THEN 1 ELSE 2 END, m.email_key");
    query.bind(workspaceId);
    std::vector<MemberRecord> result;
    while (query.step()) {
        result.push_back(readMember(query));
    }
    return result;
}

std::optional<MemberRecord> TeamStore::member(const std::string& workspaceId, const std::string& email)
{
    auto query = m_db.prepare(std::string(kMemberColumns) + "WHERE m.workspace_id = ? AND m.email_key = ?");
    query.bind(workspaceId).bind(emailKey(email));
    if (!query.step()) {
        return std::nullopt;
    }
    return readMember(query);
}

void TeamStore::invite(const std::string& workspaceId, const std::string& email, Role role)
{
    m_db.prepare("INSERT INTO members (workspace_id, email, email_key, uid, role, status, created_at) "
                 "VALUES (?, ?, ?, NULL, ?, 'invited', ?)")
        .bind(workspaceId)
        .bind(emailKey(email))
        .bind(emailKey(email))
        .bind(roleText(role))
        .bind(nowMs())
        .run();
}

void TeamStore::addActive(const std::string& workspaceId, const std::string& uid, const std::string& email,
                          Role role)
{
    m_db.prepare("INSERT INTO members (workspace_id, email, email_key, uid, role, status, created_at) "
                 "VALUES (?, ?, ?, ?, ?, 'active', ?) ON CONFLICT(workspace_id, email_key) DO UPDATE SET "
                 "uid = excluded.uid, role = excluded.role, status = 'active'")
        .bind(workspaceId)
        .bind(emailKey(email))
        .bind(emailKey(email))
        .bind(uid)
        .bind(roleText(role))
        .bind(nowMs())
        .run();
}

void TeamStore::setRole(const std::string& workspaceId, const std::string& email, Role role)
{
    m_db.prepare("UPDATE members SET role = ? WHERE workspace_id = ? AND email_key = ?")
        .bind(roleText(role))
        .bind(workspaceId)
        .bind(emailKey(email))
        .run();
}

void TeamStore::remove(const std::string& workspaceId, const std::string& email)
{
    m_db.prepare("DELETE FROM members WHERE workspace_id = ? AND email_key = ?")
        .bind(workspaceId)
        .bind(emailKey(email))
        .run();
}

void TeamStore::acceptInvites(const std::string& uid, const std::string& email)
{
    m_db.prepare("UPDATE members SET uid = ?, status = 'active' WHERE email_key = ? AND status = 'invited'")
        .bind(uid)
        .bind(emailKey(email))
        .run();
}

} // namespace leadbox::devcloud
