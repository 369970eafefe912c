#pragma once

#include <QCoreApplication>
#include <QString>

namespace leadbox {

// Why a sign-in, refresh or reset failed, in terms a person can act on.
enum class AuthError
{
    None,
    WrongCredentials, // EMAIL_NOT_FOUND, INVALID_PASSWORD, INVALID_LOGIN_CREDENTIALS: one message for all
    UserDisabled,
    TooManyAttempts,
    SessionExpired, // TOKEN_EXPIRED, INVALID_REFRESH_TOKEN, INVALID_ID_TOKEN, USER_NOT_FOUND on refresh
    EmailExists,
    WeakPassword,
    InvalidEmail,
    MissingPassword,
    InvalidOobCode, // INVALID_OOB_CODE, EXPIRED_OOB_CODE
    NotConfigured,  // no cloud configured, or a bad API key
    NoStoredSession,
    Keychain,
    Offline,
    Timeout,
    Tls,
    ServiceError, // anything else the service said
};

// Maps Firebase Auth's error strings to AuthError, and AuthError to a sentence.
class AuthErrors
{
    Q_DECLARE_TR_FUNCTIONS(AuthErrors)

public:
    // "WEAK_PASSWORD : Password should be at least 6 characters" -> WeakPassword. Unknown -> ServiceError.
    static AuthError fromFirebaseMessage(const QString& message);
    // The code part of a Firebase message, without the " : detail" suffix.
    static QString firebaseCode(const QString& message);
    // The sentence a person reads.
    static QString text(AuthError error);
    // True when the stored sign-in can never work again and must be forgotten.
    static bool endsSession(AuthError error);
};

} // namespace leadbox
