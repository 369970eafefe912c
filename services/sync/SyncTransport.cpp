#include "services/sync/SyncTransport.h"

#include "services/cloud/CloudClient.h"

#include <QTimer>
#include <QUrl>

namespace leadbox {
namespace {

QString encoded(const QString& text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

} // namespace

CloudSyncTransport::CloudSyncTransport(CloudClient* cloud, QString workspaceId, int timeoutMs,
                                       QObject* parent)
    : SyncTransport(parent)
    , m_cloud(cloud)
    , m_workspaceId(std::move(workspaceId))
    , m_timeoutMs(timeoutMs)
{
}

void CloudSyncTransport::fetchChanges(const QString& cursor, int limit, QObject* context, Callback done)
{
    send("GET",
         QStringLiteral("/v1/workspaces/%1/changes?since=%2&limit=%3")
             .arg(encoded(m_workspaceId), encoded(cursor))
             .arg(limit),
         {}, context, std::move(done));
}

void CloudSyncTransport::pushMutations(const QByteArray& body, QObject* context, Callback done)
{
    send("POST", QStringLiteral("/v1/workspaces/%1/mutations").arg(encoded(m_workspaceId)), body, context,
         std::move(done));
}

void CloudSyncTransport::send(const QByteArray& method, const QString& path, const QByteArray& body,
                              QObject* context, Callback done)
{
    if (!m_cloud) {
        QTimer::singleShot(0, context, [done] { done({CloudError::notSignedIn(), {}, 0, {}, -1}); });
        return;
    }
    CloudReply* reply = m_cloud->callRaw(method, path, body, m_timeoutMs);
    connect(reply, &CloudReply::finished, context, [reply, done] {
        done({reply->error(), reply->rawBody(), reply->httpStatus(), reply->requestId(),
              reply->retryAfterMs()});
    });
}

} // namespace leadbox
