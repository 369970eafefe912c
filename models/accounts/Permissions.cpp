#include "models/accounts/Permissions.h"

namespace leadbox {

bool Permissions::can(Role role, Action action)
{
    switch (action) {
    case Action::ViewLeads:
    case Action::EditLeads:
    case Action::ImportLeads:
    case Action::ViewTeam:
    case Action::EditCampaigns:
        return true;
    case Action::ExportLeads:
    case Action::ManageTeam:
    case Action::ManageBilling:
    case Action::ManageSender:
    case Action::ManageWebforms:
    case Action::ManageTriggers:
    case Action::SendCampaigns:
        return role >= Role::Admin;
    case Action::TransferOwnership:
        return role == Role::Owner;
    }
    return false;
}

bool Permissions::canChangeRole(Role actor, Role targetRole, Role newRole)
{
    if (!can(actor, Action::ManageTeam) || newRole == Role::Owner || targetRole == Role::Owner) {
        return false;
    }
    return targetRole != newRole;
}

bool Permissions::canRemove(Role actor, Role targetRole)
{
    return can(actor, Action::ManageTeam) && targetRole != Role::Owner;
}

QString Permissions::roleKey(Role role)
{
    switch (role) {
    case Role::Owner:
        return QStringLiteral("owner");
    case Role::Admin:
        return QStringLiteral("admin");
    case Role::Member:
        break;
    }
    return QStringLiteral("member");
}

std::optional<Role> Permissions::roleFromKey(const QString& key)
{
    for (const Role role : kAllRoles) {
        if (key.compare(roleKey(role), Qt::CaseInsensitive) == 0) {
            return role;
        }
    }
    return std::nullopt;
}

QString Permissions::roleName(Role role)
{
    switch (role) {
    case Role::Owner:
        return tr("Owner");
    case Role::Admin:
        return tr("Admin");
    case Role::Member:
        break;
    }
    return tr("Member");
}

QString Permissions::actionName(Action action)
{
    switch (action) {
    case Action::ViewLeads:
        return tr("view leads");
    case Action::EditLeads:
        return tr("edit leads");
    case Action::ImportLeads:
        return tr("import leads");
    case Action::ExportLeads:
        return tr("export leads");
    case Action::ViewTeam:
        return tr("view the team");
    case Action::ManageTeam:
        return tr("manage the team");
    case Action::TransferOwnership:
        return tr("transfer ownership");
    case Action::ManageBilling:
        return tr("manage billing");
    case Action::ManageSender:
        return tr("set up the sender");
    case Action::ManageWebforms:
        return tr("manage webforms");
    case Action::ManageTriggers:
        return tr("manage triggers");
    case Action::EditCampaigns:
        return tr("edit campaigns");
    case Action::SendCampaigns:
        return tr("send campaigns");
    }
    return {};
}

QString Permissions::refusal(Role role, Action action)
{
    return tr("Your role in this workspace (%1) cannot %2. Ask an owner or admin.")
        .arg(roleName(role), actionName(action));
}

} // namespace leadbox
