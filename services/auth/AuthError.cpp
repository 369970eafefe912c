#include "services/auth/AuthError.h"

#include <QHash>

namespace leadbox {

QString AuthErrors::firebaseCode(const QString& message)
{
    const qsizetype colon = message.indexOf(QLatin1String(" : "));
    return (colon >= 0 ? message.left(colon) : message).trimmed();
}

AuthError AuthErrors::fromFirebaseMessage(const QString& message)
{
    static const QHash<QString, AuthError> codes{
        {QStringLiteral("EMAIL_NOT_FOUND"), AuthError::WrongCredentials},
        {QStringLiteral("INVALID_PASSWORD"), AuthError::WrongCredentials},
        {QStringLiteral("INVALID_LOGIN_CREDENTIALS"), AuthError::WrongCredentials},
        {QStringLiteral("USER_DISABLED"), AuthError::UserDisabled},
        {QStringLiteral("TOO_MANY_ATTEMPTS_TRY_LATER"), AuthError::TooManyAttempts},
        {QStringLiteral("TOKEN_EXPIRED"), AuthError::SessionExpired},
        {QStringLiteral("INVALID_REFRESH_TOKEN"), AuthError::SessionExpired},
        {QStringLiteral("INVALID_ID_TOKEN"), AuthError::SessionExpired},
        {QStringLiteral("USER_NOT_FOUND"), AuthError::SessionExpired},
        {QStringLiteral("CREDENTIAL_TOO_OLD_LOGIN_AGAIN"), AuthError::SessionExpired},
        {QStringLiteral("EMAIL_EXISTS"), AuthError::EmailExists},
        {QStringLiteral("WEAK_PASSWORD"), AuthError::WeakPassword},
        {QStringLiteral("INVALID_EMAIL"), AuthError::InvalidEmail},
        {QStringLiteral("MISSING_EMAIL"), AuthError::InvalidEmail},
        {QStringLiteral("MISSING_PASSWORD"), AuthError::MissingPassword},
        {QStringLiteral("INVALID_OOB_CODE"), AuthError::InvalidOobCode},
        {QStringLiteral("EXPIRED_OOB_CODE"), AuthError::InvalidOobCode},
        {QStringLiteral("MISSING_OOB_CODE"), AuthError::InvalidOobCode},
        {QStringLiteral("INVALID_API_KEY"), AuthError::NotConfigured},
        {QStringLiteral("API_KEY_INVALID"), AuthError::NotConfigured},
        {QStringLiteral("PROJECT_NOT_FOUND"), AuthError::NotConfigured},
        {QStringLiteral("CONFIGURATION_NOT_FOUND"), AuthError::NotConfigured},
    };
    const QString code = firebaseCode(message);
    if (const auto it = codes.constFind(code); it != codes.constEnd()) {
        return *it;
    }
    // Google's own wording for a bad key: "API key not valid. Please pass a valid API key."
    if (message.startsWith(QLatin1String("API key not valid"))) {
        return AuthError::NotConfigured;
    }
    return AuthError::ServiceError;
}

QString AuthErrors::text(AuthError error)
{
    switch (error) {
    case AuthError::None:
        return {};
    case AuthError::WrongCredentials:
        return tr("The email address or password is not right. Check both and try again.");
    case AuthError::UserDisabled:
        return tr("This account has been disabled. Ask the workspace owner or LeadBox support for help.");
    case AuthError::TooManyAttempts:
        return tr("Too many sign-in attempts. Wait a few minutes, or reset your password, and try again.");
    case AuthError::SessionExpired:
        return tr("Your sign-in has expired. Sign in again to continue.");
    case AuthError::EmailExists:
        return tr("An account with this email address already exists. Sign in instead.");
    case AuthError::WeakPassword:
        return tr("This password is too weak. Use at least 6 characters.");
    case AuthError::InvalidEmail:
        return tr("Enter a valid email address.");
    case AuthError::MissingPassword:
        return tr("Enter your password.");
    case AuthError::InvalidOobCode:
        return tr("This password reset link is invalid or has expired. Ask for a new one.");
    case AuthError::NotConfigured:
        return tr("The sign-in service is not set up correctly (the Firebase API key or project). Check the "
                  "cloud settings.");
    case AuthError::NoStoredSession:
        return tr("Sign in to continue.");
    case AuthError::Keychain:
        return tr("No keychain is available on this computer, so LeadBox cannot remember your sign-in.");
    case AuthError::Offline:
        return tr("LeadBox cannot reach the sign-in service. Check the network, or continue offline.");
    case AuthError::Timeout:
        return tr("The sign-in service did not answer in time. Try again, or continue offline.");
    case AuthError::Tls:
        return tr("The secure connection to the sign-in service failed, so LeadBox did not send your "
                  "password. Something may be intercepting the connection.");
    case AuthError::ServiceError:
        return tr("The sign-in service could not complete the request. Try again later.");
    }
    return {};
}

bool AuthErrors::endsSession(AuthError error)
{
    return error == AuthError::SessionExpired || error == AuthError::UserDisabled;
}

} // namespace leadbox
