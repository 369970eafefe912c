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
    // The response body (empty for 204).
    const QJsonObject& json() const { return m_json; }

Q_SIGNALS:
    void finished();

private:
    friend class CloudClient;
    explicit CloudReply(QObject* parent);
    void finish(const CloudError& error, const QJsonObject& json, int status, const QString& requestId);

    CloudError m_error;
    QJsonObject m_json;
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
    // Any other call: `path` starts with "/v1/" and is already percent-encoded where needed.
    CloudReply* call(const QByteArray& method, const QString& path, const QJsonObject& body = {});

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
    void send(CloudReply* reply, const QByteArray& method, const QString& path, const QJsonObject& body,
              bool retried);
    void onFinished(CloudReply* reply, HttpReply* http, const QByteArray& method, const QString& path,
                    const QJsonObject& body, bool retried);
    CloudResult<bool> doneAndWait(CloudReply* reply);

    QPointer<HttpClient> m_http;
    QPointer<Session> m_session;
    CloudConfig m_config;
};

} // namespace leadbox
