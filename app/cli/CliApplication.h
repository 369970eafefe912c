#pragma once

#include "models/accounts/Permissions.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace leadbox {

class AccountContext;

// leadbox-cli: parses the global options, builds the AccountContext, and runs one command on the
// current workspace's store or the cloud.
// Exit codes: 0 success, 1 the command failed, 2 the command line was wrong.
class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    enum ExitCode
    {
        Success = 0,
        Failure = 1,
        UsageError = 2,
    };

    CliApplication(QStringList arguments, QTextStream& out, QTextStream& err);
    int run();

    static QString usage();

private:
    // Prints the refusal and returns false when the current workspace's role may not do `action`.
    bool permitted(const AccountContext& context, Action action);

    QStringList m_arguments;
    QTextStream& m_out;
    QTextStream& m_err;
};

// "A lead with email x already exists." becomes "error: a lead with email x already exists".
QString cliErrorLine(const QString& message);

} // namespace leadbox
