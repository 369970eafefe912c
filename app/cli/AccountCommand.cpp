#include "app/cli/AccountCommand.h"

#include "app/cli/CliApplication.h"
#include "app/cli/CloudSignIn.h"
#include "services/accounts/AccountContext.h"

#include <QFile>
#include <cstdio>
#include <nlohmann/json.hpp>

namespace leadbox {
namespace {

// One line from standard input, without its line end. The password never touches argv or a file.
QString readPasswordLine()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        return {};
    }
    QByteArray line = in.readLine();
    while (line.endsWith('\n') || line.endsWith('\r')) {
        line.chop(1);
    }
    const QString password = QString::fromUtf8(line);
    line.fill('\0');
    return password;
}

QString padded(const QString& text, qsizetype width)
{
    return text.leftJustified(width + 2, QLatin1Char(' '));
}

} // namespace

AccountCommand::AccountCommand(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
{
}

bool AccountCommand::usageError(const QString& message)
{
    m_err << cliErrorLine(message) << "\n" << tr("Run leadbox-cli --help for usage.") << "\n";
    return false;
}

bool AccountCommand::parse(const QStringList& arguments)
{
    const QString verb = arguments.value(0);
    QStringList rest = arguments.mid(1);
    if (verb == QLatin1String("login")) {
        m_action = Action::Login;
        m_parser.addOptions({m_email, m_passwordStdin});
    } else if (verb == QLatin1String("logout")) {
        m_action = Action::Logout;
        m_parser.addOption(m_wipe);
    } else if (verb == QLatin1String("whoami")) {
        m_action = Action::WhoAmI;
        m_parser.addOption(m_json);
    } else if (verb == QLatin1String("workspaces")) {
        m_action = Action::Workspaces;
        if (rest.value(0) == QLatin1String("create")) {
            m_action = Action::CreateWorkspace;
            rest.removeFirst();
        } else {
            m_parser.addOption(m_json);
        }
    } else {
        m_action = Action::Use;
    }
    if (!m_parser.parse(QStringList{QStringLiteral("leadbox-cli")} + rest)) {
        return usageError(m_parser.errorText());
    }
    const QStringList positional = m_parser.positionalArguments();
    if (m_action == Action::CreateWorkspace || m_action == Action::Use) {
        if (positional.size() != 1) {
            return usageError(m_action == Action::Use ? tr("use takes one workspace id, or local.")
                                                      : tr("workspaces create takes one name."));
        }
        m_argument = positional.first();
    } else if (!positional.isEmpty()) {
        return usageError(tr("Unexpected argument “%1”.").arg(positional.first()));
    }
    if (m_action == Action::Login) {
        if (!m_parser.isSet(m_email)) {
            return usageError(tr("login needs --email."));
        }
        if (!m_parser.isSet(m_passwordStdin)) {
            return usageError(tr("login reads the password from standard input: add --password-stdin."));
        }
    }
    return true;
}

bool AccountCommand::run(AccountContext& context)
{
    switch (m_action) {
    case Action::Login:
        return runLogin(context);
    case Action::Logout:
        return runLogout(context);
    case Action::WhoAmI:
        return runWhoAmI(context);
    case Action::Workspaces:
        return runWorkspaces(context);
    case Action::CreateWorkspace:
        return runCreateWorkspace(context);
    case Action::Use:
        return runUse(context);
    }
    return false;
}

bool AccountCommand::runLogin(AccountContext& context)
{
    if (!CloudSignIn::requireCloud(context, m_err)) {
        return false;
    }
    QString password = readPasswordLine();
    if (password.isEmpty()) {
        m_err << cliErrorLine(tr("No password on standard input.")) << "\n";
        return false;
    }
    const AuthResult result = context.signInAndWait(m_parser.value(m_email), password);
    password.fill(QLatin1Char('\0'));
    if (!result.ok()) {
        m_err << cliErrorLine(CloudSignIn::failureText(result)) << "\n";
        return false;
    }
    m_out << tr("Signed in as %1.").arg(result.email.isEmpty() ? m_parser.value(m_email) : result.email)
          << "\n";
    if (!result.warning.isEmpty()) {
        m_err << "warning: " << result.warning << "\n";
    }
    const CloudResult<CloudMe> me = context.refreshAndWait();
    if (!me.ok()) {
        m_err << "warning: " << tr("Could not list the workspaces: %1").arg(me.error.text()) << "\n";
        return true;
    }
    m_out << "\n";
    printWorkspaces(context, me.value.workspaces, false);
    return true;
}

bool AccountCommand::runLogout(AccountContext& context)
{
    const bool wipe = m_parser.isSet(m_wipe);
    if (!context.hasAccount()) {
        m_out << tr("Not signed in.") << "\n";
        return true;
    }
    const AccountContext::SignOutResult result = context.signOutAndWait(wipe);
    if (!result.ok) {
        m_err << cliErrorLine(result.error) << "\n";
        return false;
    }
    m_out << (wipe ? tr("Signed out, and this account's cached data was deleted from this computer.")
                   : tr("Signed out. This account's cached data stays on this computer (logout --wipe "
                        "deletes it)."))
          << "\n";
    return true;
}

bool AccountCommand::runWhoAmI(AccountContext& context)
{
    bool online = false;
    if (context.hasAccount() && context.config().isConfigured()) {
        const AuthResult restored = context.restoreAndWait();
        online = restored.ok() && context.refreshAndWait().ok();
        if (!restored.ok() && !context.hasAccount()) {
            m_err << cliErrorLine(CloudSignIn::failureText(restored)) << "\n";
        }
    }
    if (!context.hasAccount()) {
        m_out << tr("Not signed in.") << "\n";
        return false;
    }
    const AccountContext::Workspace workspace = context.currentWorkspace();
    if (m_parser.isSet(m_json)) {
        nlohmann::ordered_json json{{"email", context.accountEmail().toStdString()},
                                    {"uid", context.accountUid().toStdString()},
                                    {"workspace",
                                     {{"id", workspace.id.toStdString()},
                                      {"name", workspace.name.toStdString()},
                                      {"role", Permissions::roleKey(workspace.role).toStdString()}}},
                                    {"online", online}};
        m_out << QString::fromStdString(json.dump(2)) << "\n";
        return true;
    }
    m_out << tr("Email: %1").arg(context.accountEmail()) << "\n"
          << tr("Account: %1").arg(context.accountUid()) << "\n"
          << tr("Workspace: %1 (%2)").arg(workspace.name, workspace.id) << "\n"
          << tr("Role: %1").arg(Permissions::roleName(workspace.role)) << "\n";
    if (!online) {
        m_out << tr("Offline: this is what was remembered at the last sign-in.") << "\n";
    }
    return true;
}

void AccountCommand::printWorkspaces(AccountContext& context, const QList<CloudWorkspace>& cloud, bool json)
{
    QList<AccountContext::Workspace> rows{AccountContext::Workspace::local()};
    for (const CloudWorkspace& workspace : cloud) {
        rows.append(AccountContext::Workspace::cloud(workspace));
    }
    const QString current = context.currentWorkspace().id;
    if (json) {
        nlohmann::ordered_json array = nlohmann::ordered_json::array();
        for (const AccountContext::Workspace& row : rows) {
            array.push_back({{"id", row.id.toStdString()},
                             {"name", row.name.toStdString()},
                             {"role", Permissions::roleKey(row.role).toStdString()},
                             {"local", row.isLocal},
                             {"current", row.id == current}});
        }
        m_out << QString::fromStdString(array.dump(2)) << "\n";
        return;
    }
    const QString idHeader = tr("ID");
    const QString nameHeader = tr("NAME");
    qsizetype idWidth = idHeader.size();
    qsizetype nameWidth = nameHeader.size();
    for (const AccountContext::Workspace& row : rows) {
        idWidth = std::max(idWidth, row.id.size());
        nameWidth = std::max(nameWidth, row.name.size());
    }
    m_out << "  " << padded(idHeader, idWidth) << padded(nameHeader, nameWidth) << tr("ROLE") << "\n";
    for (const AccountContext::Workspace& row : rows) {
        m_out << (row.id == current ? "* " : "  ") << padded(row.id, idWidth) << padded(row.name, nameWidth)
              << Permissions::roleName(row.role) << "\n";
    }
}

bool AccountCommand::runWorkspaces(AccountContext& context)
{
    QList<CloudWorkspace> cloud;
    if (context.hasAccount()) {
        if (!CloudSignIn::restore(context, m_err)) {
            return false;
        }
        const CloudResult<CloudMe> me = context.refreshAndWait();
        if (!me.ok()) {
            m_err << cliErrorLine(me.error.text()) << "\n";
            return false;
        }
        cloud = me.value.workspaces;
    }
    printWorkspaces(context, cloud, m_parser.isSet(m_json));
    return true;
}

bool AccountCommand::runCreateWorkspace(AccountContext& context)
{
    if (!CloudSignIn::restore(context, m_err)) {
        return false;
    }
    const CloudResult<CloudWorkspace> created = context.cloud()->createWorkspaceAndWait(m_argument);
    if (!created.ok()) {
        m_err << cliErrorLine(created.error.text()) << "\n";
        return false;
    }
    m_out << created.value.id << "\n";
    return true;
}

bool AccountCommand::runUse(AccountContext& context)
{
    if (m_argument == AccountContext::localId()) {
        context.setCurrentWorkspace(AccountContext::Workspace::local());
        m_out << tr("Using the Local workspace.") << "\n";
        return true;
    }
    if (!context.hasAccount()) {
        m_err << cliErrorLine(
                     tr("Not signed in. Run leadbox-cli login --email EMAIL --password-stdin first."))
              << "\n";
        return false;
    }
    if (!CloudSignIn::requireCloud(context, m_err)) {
        return false;
    }
    const AuthResult restored = context.restoreAndWait();
    const bool offline = restored.error == AuthError::Offline || restored.error == AuthError::Timeout;
    if (!restored.ok() && !offline) {
        m_err << cliErrorLine(CloudSignIn::failureText(restored)) << "\n";
        return false;
    }
    CloudResult<CloudMe> me;
    if (!offline) {
        me = context.cloud()->meAndWait();
    }
    if (offline || me.error.code == QLatin1String("offline") || me.error.code == QLatin1String("timeout")) {
        // Work offline in a workspace this account had: the role is unknown, so assume the least.
        AccountContext::Workspace workspace{m_argument, m_argument, Role::Member, false};
        if (context.currentWorkspace().id == m_argument) {
            workspace = context.currentWorkspace();
        }
        context.setCurrentWorkspace(workspace);
        m_err << "warning: "
              << tr("Offline: could not check the workspace “%1” with the cloud.").arg(m_argument) << "\n";
        m_out << tr("Using %1 (%2) as %3.")
                     .arg(workspace.name, workspace.id, Permissions::roleName(workspace.role))
              << "\n";
        return true;
    }
    if (!me.ok()) {
        m_err << cliErrorLine(me.error.text()) << "\n";
        return false;
    }
    for (const CloudWorkspace& workspace : me.value.workspaces) {
        if (workspace.id == m_argument) {
            context.setCurrentWorkspace(AccountContext::Workspace::cloud(workspace));
            m_out << tr("Using %1 (%2) as %3.")
                         .arg(workspace.name, workspace.id, Permissions::roleName(workspace.role))
                  << "\n";
            return true;
        }
    }
    m_err << cliErrorLine(tr("No workspace “%1” for %2. Run leadbox-cli workspaces to list them.")
                              .arg(m_argument, context.accountEmail()))
          << "\n";
    return false;
}

} // namespace leadbox
