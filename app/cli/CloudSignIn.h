#pragma once

#include <QCoreApplication>
#include <QString>
#include <QTextStream>

namespace leadbox {

class AccountContext;
struct AuthResult;

// What the CLI's cloud commands share: the configuration check and getting the remembered account's
// session back from the keychain, each printing one `error: …` line when it fails.
class CloudSignIn
{
    Q_DECLARE_TR_FUNCTIONS(CloudSignIn)

public:
    // False (with the line printed) when no cloud is configured or the configuration was refused.
    static bool requireCloud(const AccountContext& context, QTextStream& err);
    // requireCloud(), then restores the remembered account's session. False when there is none, when
    // it can no longer be restored, or when the service cannot be reached.
    static bool restore(AccountContext& context, QTextStream& err);
    // The sentence for a failed sign-in or restore, with the request ID when the service answered.
    static QString failureText(const AuthResult& result);
};

} // namespace leadbox
