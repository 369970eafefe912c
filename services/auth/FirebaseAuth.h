#pragma once

#include "services/auth/AuthError.h"
#include "services/cloud/CloudConfig.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>

namespace leadbox {

class HttpClient;
class HttpReply;
struct HttpResult;

// What Firebase Auth answered. Tokens are filled for sign-in, sign-up and refresh.
struct AuthResult
{
    AuthError error = AuthError::None;
    QString message;      // the sentence for people; empty on success
    QString firebaseCode; // "INVALID_PASSWORD" etc., for logs and tests
    QString requestId;
    QString uid;
    QString email;
    QString idToken;       // memory only
    QString refreshToken;  // goes to the keychain only
    QDateTime expiresAt;   // of the ID token, UTC
    bool disabled = false; // from lookup
    QString warning;       // set by Session when signed in but the keychain could not keep the sign-in

    bool ok() const { return error == AuthError::None; }
};

// One Firebase Auth call in flight. Emits finished() once, then deletes itself later.
class AuthReply : public QObject
{
    Q_OBJECT

public:
    bool isFinished() const { return m_finished; }
    const AuthResult& result() const { return m_result; }

Q_SIGNALS:
    void finished(const leadbox::AuthResult& result);

private:
    friend class FirebaseAuth;
    explicit AuthReply(QObject* parent);
    void finish(const AuthResult& result);

    AuthResult m_result;
    bool m_finished = false;
};

// The Identity Toolkit REST calls LeadBox uses, against Google or FIREBASE_AUTH_EMULATOR_HOST.
class FirebaseAuth : public QObject
{
    Q_OBJECT

public:
    FirebaseAuth(HttpClient* http, const CloudConfig& config, QObject* parent = nullptr);

    AuthReply* signInWithPassword(const QString& email, const QString& password);
    AuthReply* signUp(const QString& email, const QString& password);
    // securetoken: grant_type=refresh_token. The answer may carry a new refresh token.
    AuthReply* refresh(const QString& refreshToken);
    // accounts:lookup: the uid, email and disabled flag of the ID token's user.
    AuthReply* lookup(const QString& idToken);
    AuthReply* sendPasswordReset(const QString& email);
    AuthReply* resetPassword(const QString& oobCode, const QString& newPassword);

    // Blocks in a local event loop until the reply finishes; for the CLI and tests.
    static AuthResult wait(AuthReply* reply);

    // Turns a finished HTTP exchange into an AuthResult (error mapping only). Public for tests.
    static AuthResult errorResult(const HttpResult& http);

private:
    enum class Kind
    {
        SignIn,
        Refresh,
        Lookup,
        Plain,
    };
    AuthReply* post(const QString& method, const QJsonObject& body, Kind kind);
    AuthReply* start(HttpReply* http, Kind kind);
    static AuthResult parse(const HttpResult& http, Kind kind);

    QPointer<HttpClient> m_http;
    CloudConfig m_config;
};

} // namespace leadbox
