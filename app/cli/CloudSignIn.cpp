#include "app/cli/CloudSignIn.h"

#include "app/cli/CliApplication.h"
#include "services/accounts/AccountContext.h"

namespace leadbox {

bool CloudSignIn::requireCloud(const AccountContext& context, QTextStream& err)
{
    if (context.config().isConfigured()) {
        return true;
    }
    const QString problem = context.config().error();
    err << cliErrorLine(problem.isEmpty()
                            ? tr("No cloud is configured. Set --cloud-url and --firebase-api-key, or "
                                 "LEADBOX_CLOUD_URL and LEADBOX_FIREBASE_API_KEY.")
                            : problem)
        << "\n";
    return false;
}

QString CloudSignIn::failureText(const AuthResult& result)
{
    // Only an answer from the service has a request ID worth quoting; wrong credentials say nothing more.
    const bool answered = result.error == AuthError::ServiceError || result.error == AuthError::NotConfigured;
    if (answered && !result.requestId.isEmpty()) {
        return tr("%1 (request ID %2)").arg(result.message, result.requestId);
    }
    return result.message;
}

bool CloudSignIn::restore(AccountContext& context, QTextStream& err)
{
    if (!requireCloud(context, err)) {
        return false;
    }
    if (context.isSignedIn()) {
        return true;
    }
    if (!context.hasAccount()) {
        err << cliErrorLine(tr("Not signed in. Run leadbox-cli login --email EMAIL --password-stdin first."))
            << "\n";
        return false;
    }
    const AuthResult result = context.restoreAndWait();
    if (result.ok()) {
        return true;
    }
    if (result.error == AuthError::NoStoredSession) {
        err << cliErrorLine(tr("The saved sign-in is gone. Run leadbox-cli login --email EMAIL "
                               "--password-stdin again."))
            << "\n";
        return false;
    }
    err << cliErrorLine(failureText(result)) << "\n";
    return false;
}

} // namespace leadbox
