#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace leadbox {

// A person's role in one workspace. The order matters: a higher role has every power of a lower one.
enum class Role
{
    Member,
    Admin,
    Owner,
};

// What a person may try to do in a workspace. The UI enables or hides its actions by these, the CLI
// refuses by them, and devcloud answers 403 by them: one matrix for all three.
enum class Action
{
    ViewLeads,
    EditLeads, // add, edit, delete, tag, record consent
    ImportLeads,
    ExportLeads,
    ViewTeam,
    ManageTeam, // invite, change roles, remove (within the rules of Permissions::canChangeRole/canRemove)
    TransferOwnership,
    ManageBilling,
    ManageSender,
    ManageWebforms,
    ManageTriggers,
    EditCampaigns,
    SendCampaigns,
};

inline constexpr Action kAllActions[] = {
    Action::ViewLeads,     Action::EditLeads,      Action::ImportLeads,       Action::ExportLeads,
    Action::ViewTeam,      Action::ManageTeam,     Action::TransferOwnership, Action::ManageBilling,
    Action::ManageSender,  Action::ManageWebforms, Action::ManageTriggers,    Action::EditCampaigns,
    Action::SendCampaigns,
};
inline constexpr Role kAllRoles[] = {Role::Member, Role::Admin, Role::Owner};

class Permissions
{
    Q_DECLARE_TR_FUNCTIONS(Permissions)

public:
    static bool can(Role role, Action action);

    // May `actor` (who is not `targetRole`'s holder) move a member from `targetRole` to `newRole`?
    // Nobody makes an owner this way (that is TransferOwnership), and an admin never demotes the owner.
    static bool canChangeRole(Role actor, Role targetRole, Role newRole);
    // May `actor` remove a member whose role is `targetRole`? The owner is never removed: ownership
    // moves first.
    static bool canRemove(Role actor, Role targetRole);

    // "owner", "admin", "member": the names the cloud API and the CLI use.
    static QString roleKey(Role role);
    static std::optional<Role> roleFromKey(const QString& key);
    // "Owner", "Admin", "Member", translated, for people.
    static QString roleName(Role role);
    // "export leads", translated: for "Your role (Member) cannot export leads."
    static QString actionName(Action action);
    // The sentence a refused user reads.
    static QString refusal(Role role, Action action);
};

} // namespace leadbox
