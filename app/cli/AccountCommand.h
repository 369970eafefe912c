#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace leadbox {

class AccountContext;
struct CloudWorkspace;

// `leadbox-cli login|logout|whoami|workspaces|use`: the account and the current workspace.
class AccountCommand
{
    Q_DECLARE_TR_FUNCTIONS(AccountCommand)

public:
    AccountCommand(QTextStream& out, QTextStream& err);

    // Reads the command (its first word included) and its options; on a mistake prints one error line
    // and returns false.
    bool parse(const QStringList& arguments);
    // Runs it; on failure prints one error line and returns false.
    bool run(AccountContext& context);

private:
    enum class Action
    {
        Login,
        Logout,
        WhoAmI,
        Workspaces,
        CreateWorkspace,
        Use,
    };

    bool usageError(const QString& message);
    bool runLogin(AccountContext& context);
    bool runLogout(AccountContext& context);
    bool runWhoAmI(AccountContext& context);
    bool runWorkspaces(AccountContext& context);
    bool runCreateWorkspace(AccountContext& context);
    bool runUse(AccountContext& context);
    void printWorkspaces(AccountContext& context, const QList<CloudWorkspace>& cloud, bool json);

    QTextStream& m_out;
    QTextStream& m_err;
    Action m_action = Action::WhoAmI;
    QCommandLineParser m_parser;
    QString m_argument; // the workspace name or id

    QCommandLineOption m_email{QStringLiteral("email"), QString(), QStringLiteral("EMAIL")};
    QCommandLineOption m_passwordStdin{QStringLiteral("password-stdin")};
    QCommandLineOption m_wipe{QStringLiteral("wipe")};
    QCommandLineOption m_json{QStringLiteral("json")};
};

} // namespace leadbox
