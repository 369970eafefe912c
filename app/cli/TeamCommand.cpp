#include "app/cli/TeamCommand.h"

#include "app/cli/CliApplication.h"
#include "app/cli/CloudSignIn.h"
#include "services/accounts/AccountContext.h"

#include <nlohmann/json.hpp>

namespace leadbox {
namespace {

// member or admin: the roles a team change may give (ownership moves only by transfer).
std::optional<Role> assignableRole(const QString& key)
{
    const std::optional<Role> role = Permissions::roleFromKey(key);
    return role && *role != Role::Owner ? role : std::nullopt;
}

} // namespace

TeamCommand::TeamCommand(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
{
}

bool TeamCommand::usageError(const QString& message)
{
    m_err << cliErrorLine(message) << "\n" << tr("Run leadbox-cli --help for usage.") << "\n";
    return false;
}

bool TeamCommand::parse(const QStringList& arguments)
{
    if (arguments.isEmpty()) {
        return usageError(tr("Say what to do with the team: list, invite, role or remove."));
    }
    const QString verb = arguments.first();
    qsizetype expected = 1;
    if (verb == QLatin1String("list")) {
        m_verb = Verb::List;
        m_parser.addOption(m_json);
        expected = 0;
    } else if (verb == QLatin1String("invite")) {
        m_verb = Verb::Invite;
        m_parser.addOption(m_roleOption);
    } else if (verb == QLatin1String("role")) {
        m_verb = Verb::ChangeRole;
        expected = 2;
    } else if (verb == QLatin1String("remove")) {
        m_verb = Verb::Remove;
    } else {
        return usageError(tr("Unknown team command “%1”.").arg(verb));
    }
    if (!m_parser.parse(QStringList{QStringLiteral("leadbox-cli")} + arguments.mid(1))) {
        return usageError(m_parser.errorText());
    }
    const QStringList positional = m_parser.positionalArguments();
    if (positional.size() != expected) {
        switch (m_verb) {
        case Verb::List:
            return usageError(tr("Unexpected argument “%1”.").arg(positional.first()));
        case Verb::ChangeRole:
            return usageError(tr("team role takes an email address and a role (member or admin)."));
        default:
            return usageError(tr("team %1 takes exactly one email address.").arg(verb));
        }
    }
    m_email = positional.value(0);
    const QString roleKey = m_verb == Verb::ChangeRole ? positional.value(1) : m_parser.value(m_roleOption);
    if (m_verb == Verb::Invite || m_verb == Verb::ChangeRole) {
        const std::optional<Role> role = assignableRole(roleKey);
        if (!role) {
            return usageError(tr("Unknown role “%1”; use member or admin (ownership moves only by transfer).")
                                  .arg(roleKey));
        }
        m_role = *role;
    }
    return true;
}

bool TeamCommand::run(AccountContext& context)
{
    const AccountContext::Workspace before = context.currentWorkspace();
    if (before.isLocal) {
        m_err << cliErrorLine(tr("The Local workspace has no team. Pick a cloud workspace first: leadbox-cli "
                                 "use WORKSPACE_ID."))
              << "\n";
        return false;
    }
    if (!CloudSignIn::restore(context, m_err)) {
        return false;
    }
    // The cached role may be stale: ask the cloud before checking the matrix.
    const CloudResult<CloudMe> me = context.refreshAndWait();
    if (!me.ok()) {
        m_err << cliErrorLine(me.error.text()) << "\n";
        return false;
    }
    const AccountContext::Workspace workspace = context.currentWorkspace();
    if (workspace.isLocal) {
        m_err << cliErrorLine(tr("%1 is no longer one of your workspaces; now using the Local workspace.")
                                  .arg(before.name))
              << "\n";
        return false;
    }
    if (m_verb == Verb::List) {
        return runList(context);
    }
    const bool leaving =
        m_verb == Verb::Remove && m_email.compare(context.accountEmail(), Qt::CaseInsensitive) == 0;
    if (!leaving && !context.can(Action::ManageTeam)) {
        m_err << cliErrorLine(context.refusal(Action::ManageTeam)) << "\n";
        return false;
    }
    CloudResult<bool> done;
    QString report;
    switch (m_verb) {
    case Verb::Invite:
        done = context.cloud()->inviteAndWait(workspace.id, m_email, m_role);
        report = tr("Invited %1 to %2 as %3.").arg(m_email, workspace.name, Permissions::roleName(m_role));
        break;
    case Verb::ChangeRole:
        done = context.cloud()->changeRoleAndWait(workspace.id, m_email, m_role);
        report = tr("%1 is now %2 in %3.").arg(m_email, Permissions::roleName(m_role), workspace.name);
        break;
    case Verb::Remove:
        done = context.cloud()->removeMemberAndWait(workspace.id, m_email);
        report = tr("Removed %1 from %2.").arg(m_email, workspace.name);
        break;
    case Verb::List:
        break;
    }
    if (!done.ok()) {
        m_err << cliErrorLine(done.error.text()) << "\n";
        return false;
    }
    if (leaving) {
        context.setCurrentWorkspace(AccountContext::Workspace::local());
    }
    m_out << report << "\n";
    return true;
}

bool TeamCommand::runList(AccountContext& context)
{
    if (!context.can(Action::ViewTeam)) {
        m_err << cliErrorLine(context.refusal(Action::ViewTeam)) << "\n";
        return false;
    }
    const CloudResult<QList<CloudMember>> members =
        context.cloud()->membersAndWait(context.currentWorkspace().id);
    if (!members.ok()) {
        m_err << cliErrorLine(members.error.text()) << "\n";
        return false;
    }
    if (m_parser.isSet(m_json)) {
        nlohmann::ordered_json array = nlohmann::ordered_json::array();
        for (const CloudMember& member : members.value) {
            array.push_back({{"email", member.email.toStdString()},
                             {"uid", member.uid.isEmpty() ? nlohmann::ordered_json()
                                                          : nlohmann::ordered_json(member.uid.toStdString())},
                             {"displayName", member.displayName.toStdString()},
                             {"role", Permissions::roleKey(member.role).toStdString()},
                             {"status", member.status.toStdString()}});
        }
        m_out << QString::fromStdString(array.dump(2)) << "\n";
        return true;
    }
    const QString emailHeader = tr("EMAIL");
    const QString roleHeader = tr("ROLE");
    qsizetype emailWidth = emailHeader.size();
    qsizetype roleWidth = roleHeader.size();
    for (const CloudMember& member : members.value) {
        emailWidth = std::max(emailWidth, member.email.size());
        roleWidth = std::max(roleWidth, Permissions::roleName(member.role).size());
    }
    const auto cell = [](const QString& text, qsizetype width) {
        return text.leftJustified(width + 2);
    };
    m_out << cell(emailHeader, emailWidth) << cell(roleHeader, roleWidth) << tr("STATUS") << "\n";
    for (const CloudMember& member : members.value) {
        const QString status = member.status == QLatin1String("invited") ? tr("invited") : tr("active");
        m_out << cell(member.email, emailWidth) << cell(Permissions::roleName(member.role), roleWidth)
              << status << "\n";
    }
    return true;
}

} // namespace leadbox
