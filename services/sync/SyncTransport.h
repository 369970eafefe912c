#pragma once

#include "services/cloud/CloudError.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>

namespace leadbox {

class CloudClient;

// The answer to one sync request: the body on success, else the cloud's error (with its request ID)
// and how long the cloud asked to wait (Retry-After).
struct SyncResponse
{
    CloudError error;
    QByteArray body;
    int httpStatus = 0;
    QString requestId;
    qint64 retryAfterMs = -1;

    bool ok() const { return !error.isError(); }
};

// The two requests sync makes (notes/sync-protocol.md). The engine talks to this interface so that its
// loop can be tested against an in-memory cloud; CloudSyncTransport is the real one.
class SyncTransport : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const SyncResponse&)>;
    using QObject::QObject;

    // Each calls `done` once, from the event loop, unless `context` was destroyed first.
    // GET /v1/workspaces/{ws}/changes?since=CURSOR&limit=N
    virtual void fetchChanges(const QString& cursor, int limit, QObject* context, Callback done) = 0;
    // POST /v1/workspaces/{ws}/mutations with `body` ({"mutations":[…]}).
    virtual void pushMutations(const QByteArray& body, QObject* context, Callback done) = 0;
};

// SyncTransport over CloudClient: bearer token, request IDs, the error envelope, one token refresh on
// a 401, and a transfer timeout of its own (shorter than other calls', so a stalled sync is retried).
class CloudSyncTransport : public SyncTransport
{
    Q_OBJECT

public:
    CloudSyncTransport(CloudClient* cloud, QString workspaceId, int timeoutMs, QObject* parent = nullptr);

    void fetchChanges(const QString& cursor, int limit, QObject* context, Callback done) override;
    void pushMutations(const QByteArray& body, QObject* context, Callback done) override;

private:
    void send(const QByteArray& method, const QString& path, const QByteArray& body, QObject* context,
              Callback done);

    QPointer<CloudClient> m_cloud;
    QString m_workspaceId;
    int m_timeoutMs;
};

} // namespace leadbox
