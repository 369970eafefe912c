#pragma once

#include "models/accounts/Permissions.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace leadbox {

class AccountContext;

// `leadbox-cli team list|invite|role|remove` for the current cloud workspace. Checks the permission
// matrix before calling, and still shows the cloud's refusal (with its request ID) if it says no.
class TeamCommand
{
    Q_DECLARE_TR_FUNCTIONS(TeamCommand)

public:
    TeamCommand(QTextStream& out, QTextStream& err);

    // Reads the sub-command and its options; on a mistake prints one error line and returns false.
    bool parse(const QStringList& arguments);
    // Runs it; on failure prints one error line and returns false.
    bool run(AccountContext& context);

private:
    enum class Verb
    {
        List,
        Invite,
        ChangeRole,
        Remove,
    };

    bool usageError(const QString& message);
    bool runList(AccountContext& context);

    QTextStream& m_out;
    QTextStream& m_err;
    Verb m_verb = Verb::List;
    QCommandLineParser m_parser;
    QString m_email;
    Role m_role = Role::Member;

    QCommandLineOption m_roleOption{QStringLiteral("role"), QString(), QStringLiteral("ROLE"),
                                    QStringLiteral("member")};
    QCommandLineOption m_json{QStringLiteral("json")};
};

} // namespace leadbox
