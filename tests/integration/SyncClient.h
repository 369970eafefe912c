#pragma once

#include "tests/integration/DevcloudClient.h"

#include <QElapsedTimer>

// The sync side of devcloud for the integration tests: the change feed, mutation batches, the test
// endpoints (stats, one lead, seedLeads) and fault rules, plus raw requests that show how a
// connection ended.

// One op of a mutations body.
inline nlohmann::json mutation(const QString& opId, const char* op, const QString& id, qint64 baseVersion,
                               const nlohmann::json& fields = nlohmann::json::object())
{
    return {{"opId", opId.toStdString()}, {"entity", "lead"}, {"id", id.toStdString()}, {"op", op},
            {"baseVersion", baseVersion}, {"fields", fields}};
}

inline QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// A reply read to its end, or to wherever the connection broke.
struct RawReply
{
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    QByteArray body;
    qint64 declaredLength = -1; // Content-Length
    QString retryAfter;
    qint64 elapsedMs = 0;
};

class SyncClient
{
public:
    SyncClient(const DevcloudProcess& devcloud, DevcloudClient& client)
        : m_devcloud(devcloud)
        , m_client(client)
    {
    }

    static QString base(const QString& ws) { return QStringLiteral("/v1/workspaces/%1").arg(ws); }

    HttpReply changes(const QString& ws, const QString& token, const QString& since = {}, int limit = 0)
    {
        QString path = base(ws) + QStringLiteral("/changes?since=") + since;
        if (limit > 0) {
            path += QStringLiteral("&limit=%1").arg(limit);
        }
        return m_client.get(path, token);
    }
    HttpReply mutate(const QString& ws, const QString& token, const nlohmann::json& ops,
                     const QString& requestId = {})
    {
        return m_client.post(base(ws) + QStringLiteral("/mutations"), {{"mutations", ops}}, token, requestId);
    }
    // The single result of a one-op batch.
    nlohmann::json mutateOne(const QString& ws, const QString& token, const nlohmann::json& op)
    {
        const HttpReply reply = mutate(ws, token, nlohmann::json::array({op}));
        return reply.status == 200 && reply.body["results"].size() == 1
                   ? reply.body["results"][0]
                   : nlohmann::json{{"http", reply.status}};
    }

    nlohmann::json stats(const QString& ws)
    {
        return m_client.get(QStringLiteral("/devcloud/v1/workspaces/%1/stats").arg(ws)).body;
    }
    HttpReply lead(const QString& ws, const QString& id)
    {
        return m_client.get(QStringLiteral("/devcloud/v1/workspaces/%1/leads/%2").arg(ws, id));
    }
    HttpReply seedLeads(const QString& ws, int count)
    {
        return m_client.post(QStringLiteral("/devcloud/v1/workspaces/%1/seedLeads").arg(ws),
                             {{"count", count}});
    }
    HttpReply addFault(const nlohmann::json& rule)
    {
        return m_client.post(QStringLiteral("/devcloud/v1/faults"), rule);
    }
    HttpReply faults() { return m_client.get(QStringLiteral("/devcloud/v1/faults")); }
    HttpReply clearFaults() { return m_client.send("DELETE", QStringLiteral("/devcloud/v1/faults")); }

    // Starts a request without waiting; `transferTimeoutMs` > 0 makes the client give up like the app.
    QNetworkReply* start(const QByteArray& verb, const QString& path, const QByteArray& body,
                         const QString& token, int transferTimeoutMs = 0)
    {
        QNetworkRequest request(m_devcloud.url(path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        if (transferTimeoutMs > 0) {
            request.setTransferTimeout(transferTimeoutMs);
        }
        return m_network.sendCustomRequest(request, verb, body);
    }
    // Waits for `reply` to end (well or badly) and reads what arrived.
    static RawReply finish(QNetworkReply* reply, int timeoutMs = 30000)
    {
        QElapsedTimer clock;
        clock.start();
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished()) {
            finished.wait(timeoutMs);
        }
        RawReply result;
        result.error = reply->error();
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        const QByteArray length = reply->rawHeader("Content-Length");
        result.declaredLength = length.isEmpty() ? -1 : length.toLongLong();
        result.retryAfter = QString::fromUtf8(reply->rawHeader("Retry-After"));
        result.elapsedMs = clock.elapsed();
        reply->deleteLater();
        return result;
    }
    RawReply raw(const QByteArray& verb, const QString& path, const QByteArray& body, const QString& token,
                 int transferTimeoutMs = 0)
    {
        QElapsedTimer clock;
        clock.start();
        RawReply result = finish(start(verb, path, body, token, transferTimeoutMs));
        result.elapsedMs = clock.elapsed();
        return result;
    }
    static QByteArray mutationsBody(const nlohmann::json& ops)
    {
        return QByteArray::fromStdString(nlohmann::json{{"mutations", ops}}.dump());
    }

private:
    const DevcloudProcess& m_devcloud;
    DevcloudClient& m_client;
    QNetworkAccessManager m_network;
};
