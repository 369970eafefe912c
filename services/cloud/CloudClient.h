#pragma once

#include "models/accounts/Permissions.h"
#include "services/cloud/CloudConfig.h"
#include "services/cloud/CloudError.h"
#include "services/cloud/CloudTypes.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>
#include <optional>

namespace leadbox {

class HttpClient;
class HttpReply;
class Session;
struct HttpResult;

// One cloud API call in flight. Emits finished() once, then deletes itself later.
class CloudReply : public QObject
{
    Q_OBJECT

public:
    bool isFinished() const { return m_finished; }
    const CloudError& error() const { return m_error; }
    bool ok() const { return m_finished && !m_error.isError(); }
    int httpStatus() const { return m_status; }
    QString requestId() const { return m_requestId; }
    // The response body (empty for 204, and for callRaw()).
    const QJsonObject& json() const { return m_json; }
    // The response body as it came, for callRaw().
    const QByteArray& rawBody() const { return m_rawBody; }
    // How long the cloud asked to wait before trying again (Retry-After), or -1.
    qint64 retryAfterMs() const { return m_retryAfterMs; }

Q_SIGNALS:
    void finished();

private:
    friend class CloudClient;
    explicit CloudReply(QObject* parent);
    void finish(const CloudError& error, const QJsonObject& json, int status, const QString& requestId);

    CloudError m_error;
    QJsonObject m_json;
    QByteArray m_rawBody;
    qint64 m_retryAfterMs = -1;
    int m_status = 0;
    QString m_requestId;
    bool m_finished = false;
};

// A typed answer for the blocking helpers.
template <typename T>
struct CloudResult
{
    CloudError error;
    T value{};
    bool ok() const { return !error.isError(); }
};

// The LeadBox cloud API v1 (docs/cloud-api.md): Bearer ID token from the Session, X-Request-Id on
// every call, and the error envelope as CloudError. A 401 gets one token refresh and one retry;
// account_disabled and token_revoked end the session.
class CloudClient : public QObject
{
    Q_OBJECT

public:
    CloudClient(HttpClient* http, Session* session, const CloudConfig& config, QObject* parent = nullptr);

    CloudReply* me();
    CloudReply* createWorkspace(const QString& name);
    CloudReply* members(const QString& workspaceId);
    CloudReply* invite(const QString& workspaceId, const QString& email, Role role);
    CloudReply* changeRole(const QString& workspaceId, const QString& email, Role role);
    CloudReply* removeMember(const QString& workspaceId, const QString& email);
    CloudReply* transferOwnership(const QString& workspaceId, const QString& email);
    // Any other call: `path` starts with "/v1/" and is already percent-encoded where needed; it may end
    // in a query ("?since=12&limit=500").
    CloudReply* call(const QByteArray& method, const QString& path, const QJsonObject& body = {});
    // A call whose body is already JSON text and whose answer is kept as bytes (rawBody()) for another
    // parser: the sync feed and mutations, which are large. `timeoutMs` > 0 replaces the transfer
    // timeout. Errors, the 401 refresh and the session rules are as for call().
    CloudReply* callRaw(const QByteArray& method, const QString& path, const QByteArray& jsonBody,
                        int timeoutMs = 0);

    // Blocking helpers for the CLI and tests.
    CloudResult<CloudMe> meAndWait();
    CloudResult<CloudWorkspace> createWorkspaceAndWait(const QString& name);
    CloudResult<QList<CloudMember>> membersAndWait(const QString& workspaceId);
    CloudResult<bool> inviteAndWait(const QString& workspaceId, const QString& email, Role role);
    CloudResult<bool> changeRoleAndWait(const QString& workspaceId, const QString& email, Role role);
    CloudResult<bool> removeMemberAndWait(const QString& workspaceId, const QString& email);
    CloudResult<bool> transferOwnershipAndWait(const QString& workspaceId, const QString& email);
    static void wait(CloudReply* reply);

    // "/v1/workspaces/{ws}/members/{email}" with both segments percent-encoded.
    static QString memberPath(const QString& workspaceId, const QString& email);

private:
    struct Call
    {
        QByteArray method;
        QString path;
        QByteArray body; // JSON text; empty for none
        int timeoutMs = 0;
        bool raw = false;
    };

    CloudReply* start(const Call& call);
    void send(CloudReply* reply, const Call& call, bool retried);
    void onFinished(CloudReply* reply, HttpReply* http, const Call& call, bool retried);
    CloudResult<bool> doneAndWait(CloudReply* reply);

    QPointer<HttpClient> m_http;
    QPointer<Session> m_session;
    CloudConfig m_config;
};

} // namespace leadbox
