#include "services/auth/FirebaseAuth.h"

#include "services/LogCategories.h"
#include "services/auth/IdToken.h"
#include "services/net/HttpClient.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QTimer>
#include <QUrlQuery>

namespace leadbox {

AuthReply::AuthReply(QObject* parent)
    : QObject(parent)
{
}

void AuthReply::finish(const AuthResult& result)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_result = result;
    Q_EMIT finished(m_result);
    deleteLater();
}

FirebaseAuth::FirebaseAuth(HttpClient* http, const CloudConfig& config, QObject* parent)
    : QObject(parent)
    , m_http(http)
    , m_config(config)
{
}

AuthReply* FirebaseAuth::signInWithPassword(const QString& email, const QString& password)
{
    return post(QStringLiteral("accounts:signInWithPassword"),
                {{QStringLiteral("email"), email},
                 {QStringLiteral("password"), password},
                 {QStringLiteral("returnSecureToken"), true}},
                Kind::SignIn);
}

AuthReply* FirebaseAuth::signUp(const QString& email, const QString& password)
{
    return post(QStringLiteral("accounts:signUp"),
                {{QStringLiteral("email"), email},
                 {QStringLiteral("password"), password},
                 {QStringLiteral("returnSecureToken"), true}},
                Kind::SignIn);
}

AuthReply* FirebaseAuth::lookup(const QString& idToken)
{
    return post(QStringLiteral("accounts:lookup"), {{QStringLiteral("idToken"), idToken}}, Kind::Lookup);
}

AuthReply* FirebaseAuth::sendPasswordReset(const QString& email)
{
    return post(
        QStringLiteral("accounts:sendOobCode"),
        {{QStringLiteral("requestType"), QStringLiteral("PASSWORD_RESET")}, {QStringLiteral("email"), email}},
        Kind::Plain);
}

AuthReply* FirebaseAuth::resetPassword(const QString& oobCode, const QString& newPassword)
{
    return post(QStringLiteral("accounts:resetPassword"),
                {{QStringLiteral("oobCode"), oobCode}, {QStringLiteral("newPassword"), newPassword}},
                Kind::Plain);
}

AuthReply* FirebaseAuth::refresh(const QString& refreshToken)
{
    if (!m_http || m_config.apiKey().isEmpty() || !m_config.error().isEmpty()) {
        return start(nullptr, Kind::Refresh);
    }
    QUrl url = m_config.secureTokenUrl();
    url.setQuery(QUrlQuery{{QStringLiteral("key"), m_config.apiKey()}});
    const HttpRequest request =
        HttpRequest::form(url, {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                {QStringLiteral("refresh_token"), refreshToken}});
    return start(m_http->send(request), Kind::Refresh);
}

AuthReply* FirebaseAuth::post(const QString& method, const QJsonObject& body, Kind kind)
{
    if (!m_http || m_config.apiKey().isEmpty() || !m_config.error().isEmpty()) {
        return start(nullptr, kind);
    }
    QUrl url = m_config.identityToolkitBase();
    url.setPath(url.path() + QLatin1Char('/') + method);
    url.setQuery(QUrlQuery{{QStringLiteral("key"), m_config.apiKey()}});
    return start(m_http->send(HttpRequest::json("POST", url, body)), kind);
}

AuthReply* FirebaseAuth::start(HttpReply* http, Kind kind)
{
    auto* reply = new AuthReply(this);
    if (!http) {
        AuthResult result;
        result.error = AuthError::NotConfigured;
        result.message =
            m_config.error().isEmpty() ? AuthErrors::text(AuthError::NotConfigured) : m_config.error();
        // Finish on the next turn of the event loop, so callers can connect first.
        QTimer::singleShot(0, reply, [reply, result] { reply->finish(result); });
        return reply;
    }
    connect(http, &HttpReply::finished, reply, [reply, http, kind] {
        const AuthResult result = parse(http->result(), kind);
        http->deleteLater();
        if (!result.ok()) {
            qCWarning(lcAuth).noquote()
                << QStringLiteral("Firebase Auth refused:")
                << (result.firebaseCode.isEmpty() ? QStringLiteral("network") : result.firebaseCode);
        }
        reply->finish(result);
    });
    return reply;
}

AuthResult FirebaseAuth::wait(AuthReply* reply)
{
    if (!reply->isFinished()) {
        QEventLoop loop;
        AuthResult result;
        connect(reply, &AuthReply::finished, &loop, [&loop, &result](const AuthResult& finished) {
            result = finished;
            loop.quit();
        });
        loop.exec();
        return result;
    }
    return reply->result();
}

AuthResult FirebaseAuth::errorResult(const HttpResult& http)
{
    AuthResult result;
    result.requestId = http.requestId;
    switch (http.error) {
    case NetError::None:
        return result;
    case NetError::Offline:
    case NetError::Cancelled:
        result.error = AuthError::Offline;
        break;
    case NetError::Timeout:
        result.error = AuthError::Timeout;
        break;
    case NetError::Tls:
        result.error = AuthError::Tls;
        break;
    case NetError::Http: {
        QJsonObject body;
        const QJsonValue error = http.jsonObject(&body) ? body.value(QStringLiteral("error")) : QJsonValue();
        // Identity Toolkit: {"error":{"message":"CODE : detail"}}; securetoken's OAuth shape is
        // {"error":"invalid_grant","error_description":"..."} in some deployments.
        const QString message = error.isObject()
                                    ? error.toObject().value(QStringLiteral("message")).toString()
                                    : body.value(QStringLiteral("error_description")).toString();
        result.firebaseCode = AuthErrors::firebaseCode(message);
        result.error = message.isEmpty() ? AuthError::ServiceError : AuthErrors::fromFirebaseMessage(message);
        break;
    }
    case NetError::BadResponse:
        result.error = AuthError::ServiceError;
        break;
    }
    result.message = AuthErrors::text(result.error);
    return result;
}

AuthResult FirebaseAuth::parse(const HttpResult& http, Kind kind)
{
    if (!http.ok()) {
        return errorResult(http);
    }
    AuthResult result;
    result.requestId = http.requestId;
    QJsonObject body;
    if (!http.jsonObject(&body)) {
        result.error = AuthError::ServiceError;
        result.message = AuthErrors::text(result.error);
        return result;
    }
    const auto text = [&body](const char* key) {
        return body.value(QLatin1String(key)).toString();
    };
    switch (kind) {
    case Kind::SignIn:
        result.idToken = text("idToken");
        result.refreshToken = text("refreshToken");
        result.uid = text("localId");
        result.email = text("email");
        result.expiresAt = QDateTime::currentDateTimeUtc().addSecs(text("expiresIn").toLongLong());
        break;
    case Kind::Refresh:
        result.idToken = text("id_token");
        result.refreshToken = text("refresh_token");
        result.uid = text("user_id");
        result.expiresAt = QDateTime::currentDateTimeUtc().addSecs(text("expires_in").toLongLong());
        break;
    case Kind::Lookup: {
        const QJsonArray users = body.value(QStringLiteral("users")).toArray();
        const QJsonObject user = users.isEmpty() ? QJsonObject() : users.at(0).toObject();
        result.uid = user.value(QStringLiteral("localId")).toString();
        result.email = user.value(QStringLiteral("email")).toString();
        result.disabled = user.value(QStringLiteral("disabled")).toBool();
        if (result.uid.isEmpty()) {
            result.error = AuthError::SessionExpired;
            result.message = AuthErrors::text(result.error);
        }
        return result;
    }
    case Kind::Plain:
        result.email = text("email");
        return result;
    }
    // The token's own claims are the truth for expiry and email; the fields above are fallbacks.
    const IdTokenClaims claims = IdTokenClaims::decode(result.idToken);
    if (result.idToken.isEmpty() || result.refreshToken.isEmpty()) {
        result.error = AuthError::ServiceError;
        result.message = AuthErrors::text(result.error);
        return result;
    }
    if (claims.valid) {
        result.expiresAt = claims.expiresAt;
        if (result.uid.isEmpty()) {
            result.uid = claims.uid;
        }
        if (result.email.isEmpty()) {
            result.email = claims.email;
        }
    }
    return result;
}

} // namespace leadbox
