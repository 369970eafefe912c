#pragma once

#include "tests/integration/DevcloudProcess.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QUuid>
#include <nlohmann/json.hpp>

// A small HTTP client for the integration tests: one call, one reply, parsed as JSON.

inline QString q(const std::string& text)
{
    return QString::fromStdString(text);
}

struct HttpReply
{
    int status = 0;
    nlohmann::json body;
    QByteArray raw;
    QString requestIdHeader;

    // The string at a JSON pointer ("/error/code"), or "" when absent or not a string.
    QString text(const char* pointer) const
    {
        const nlohmann::json::json_pointer path(pointer);
        return body.contains(path) && body.at(path).is_string() ? q(body.at(path).get<std::string>())
                                                                : QString();
    }
    QString describe() const { return QStringLiteral("HTTP %1: %2").arg(status).arg(QString::fromUtf8(raw)); }
};

struct Session
{
    QString email;
    QString uid;
    QString idToken;
    QString refreshToken;
};

class DevcloudClient
{
public:
    explicit DevcloudClient(const DevcloudProcess& devcloud)
        : m_devcloud(devcloud)
    {
    }

    // `requestId` empty: none sent (devcloud makes one).
    HttpReply send(const QByteArray& verb, const QString& path, const QByteArray& body = {},
                   const QString& token = {}, const QString& requestId = {},
                   const QByteArray& contentType = "application/json")
    {
        QNetworkRequest request(m_devcloud.url(path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        if (!token.isEmpty()) {
            request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        }
        if (!requestId.isEmpty()) {
            request.setRawHeader("X-Request-Id", requestId.toUtf8());
        }
        QNetworkReply* reply = m_network.sendCustomRequest(request, verb, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        HttpReply result;
        if (!reply->isFinished() && !finished.wait(20000)) {
            reply->abort();
        }
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.raw = reply->readAll();
        result.requestIdHeader = QString::fromUtf8(reply->rawHeader("X-Request-Id"));
        result.body = nlohmann::json::parse(result.raw.toStdString(), nullptr, false);
        reply->deleteLater();
        return result;
    }

    HttpReply post(const QString& path, const nlohmann::json& body, const QString& token = {},
                   const QString& requestId = {})
    {
        return send("POST", path, QByteArray::fromStdString(body.dump()), token, requestId);
    }
    HttpReply get(const QString& path, const QString& token = {}, const QString& requestId = {})
    {
        return send("GET", path, {}, token, requestId);
    }

    HttpReply signUp(const QString& email, const QString& password = QStringLiteral("secret-pass"))
    {
        return post(QStringLiteral("/identitytoolkit.googleapis.com/v1/accounts:signUp?key=any"),
                    {{"email", email.toStdString()},
                     {"password", password.toStdString()},
                     {"returnSecureToken", true}});
    }
    HttpReply signIn(const QString& email, const QString& password = QStringLiteral("secret-pass"))
    {
        return post(QStringLiteral("/identitytoolkit.googleapis.com/v1/accounts:signInWithPassword?key=any"),
                    {{"email", email.toStdString()},
                     {"password", password.toStdString()},
                     {"returnSecureToken", true}});
    }
    HttpReply refresh(const QString& refreshToken)
    {
        return send("POST", QStringLiteral("/securetoken.googleapis.com/v1/token?key=any"),
                    "grant_type=refresh_token&refresh_token=" + QUrl::toPercentEncoding(refreshToken), {}, {},
                    "application/x-www-form-urlencoded");
    }
    // Signs up (or in, when the account exists) and returns the session; empty idToken on failure.
    Session session(const QString& email, const QString& password = QStringLiteral("secret-pass"))
    {
        HttpReply reply = signUp(email, password);
        if (reply.status != 200) {
            reply = signIn(email, password);
        }
        return {email, reply.text("/localId"), reply.text("/idToken"), reply.text("/refreshToken")};
    }

private:
    const DevcloudProcess& m_devcloud;
    QNetworkAccessManager m_network;
};

inline QString newRequestId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
