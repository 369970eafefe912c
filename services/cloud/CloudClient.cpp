#include "services/cloud/CloudClient.h"

#include "services/LogCategories.h"
#include "services/auth/Session.h"
#include "services/net/HttpClient.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QTimer>

namespace leadbox {
namespace {

QString segment(const QString& text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

} // namespace

CloudReply::CloudReply(QObject* parent)
    : QObject(parent)
{
}

void CloudReply::finish(const CloudError& error, const QJsonObject& json, int status,
                        const QString& requestId)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_error = error;
    m_json = json;
    m_status = status;
    m_requestId = requestId;
    Q_EMIT finished();
    deleteLater();
}

CloudClient::CloudClient(HttpClient* http, Session* session, const CloudConfig& config, QObject* parent)
    : QObject(parent)
    , m_http(http)
    , m_session(session)
    , m_config(config)
{
}

QString CloudClient::memberPath(const QString& workspaceId, const QString& email)
{
    return QStringLiteral("/v1/workspaces/%1/members/%2").arg(segment(workspaceId), segment(email));
}

CloudReply* CloudClient::me()
{
    return call("GET", QStringLiteral("/v1/me"));
}

CloudReply* CloudClient::createWorkspace(const QString& name)
{
    return call("POST", QStringLiteral("/v1/workspaces"), {{QStringLiteral("name"), name}});
}

CloudReply* CloudClient::members(const QString& workspaceId)
{
    return call("GET", QStringLiteral("/v1/workspaces/%1/members").arg(segment(workspaceId)));
}

CloudReply* CloudClient::invite(const QString& workspaceId, const QString& email, Role role)
{
    return call("POST", QStringLiteral("/v1/workspaces/%1/members").arg(segment(workspaceId)),
                {{QStringLiteral("email"), email}, {QStringLiteral("role"), Permissions::roleKey(role)}});
}

CloudReply* CloudClient::changeRole(const QString& workspaceId, const QString& email, Role role)
{
    return call("PATCH", memberPath(workspaceId, email),
                {{QStringLiteral("role"), Permissions::roleKey(role)}});
}

CloudReply* CloudClient::removeMember(const QString& workspaceId, const QString& email)
{
    return call("DELETE", memberPath(workspaceId, email));
}

CloudReply* CloudClient::transferOwnership(const QString& workspaceId, const QString& email)
{
    return call("POST", QStringLiteral("/v1/workspaces/%1/owner").arg(segment(workspaceId)),
                {{QStringLiteral("email"), email}});
}

CloudReply* CloudClient::call(const QByteArray& method, const QString& path, const QJsonObject& body)
{
    Call call{method, path, {}, 0, false};
    if (method != "GET" && method != "DELETE") {
        call.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    return start(call);
}

CloudReply* CloudClient::callRaw(const QByteArray& method, const QString& path, const QByteArray& jsonBody,
                                 int timeoutMs)
{
    return start({method, path, jsonBody, timeoutMs, true});
}

CloudReply* CloudClient::start(const Call& call)
{
    auto* reply = new CloudReply(this);
    if (!m_http || !m_config.isConfigured() || !m_session || !m_session->isSignedIn()) {
        const CloudError error =
            m_config.isConfigured() || !m_http
                ? CloudError::notSignedIn()
                : CloudError{QStringLiteral("not_configured"),
                             m_config.error().isEmpty()
                                 ? tr("No LeadBox cloud is set up; LeadBox works offline.")
                                 : m_config.error(),
                             {},
                             0};
        QTimer::singleShot(0, reply, [reply, error] { reply->finish(error, {}, 0, {}); });
        return reply;
    }
    send(reply, call, false);
    return reply;
}

void CloudClient::send(CloudReply* reply, const Call& call, bool retried)
{
    HttpRequest request;
    request.method = call.method;
    // A query ("?since=…&limit=…", already percent-encoded) is not part of the path.
    const qsizetype query = call.path.indexOf(QLatin1Char('?'));
    request.url = m_config.apiUrl(query < 0 ? call.path : call.path.left(query));
    if (query >= 0) {
        request.url.setQuery(call.path.mid(query + 1), QUrl::StrictMode);
    }
    if (!call.body.isEmpty()) {
        request.body = call.body;
        request.contentType = "application/json";
    }
    request.timeoutMs = call.timeoutMs;
    request.headers.append({"Authorization", "Bearer " + m_session->idToken().toLatin1()});
    HttpReply* http = m_http->send(request);
    connect(http, &HttpReply::finished, reply,
            [this, reply, http, call, retried] { onFinished(reply, http, call, retried); });
}

void CloudClient::onFinished(CloudReply* reply, HttpReply* http, const Call& call, bool retried)
{
    const HttpResult result = http->result();
    http->deleteLater();
    reply->m_retryAfterMs = result.retryAfterMs;
    if (result.ok()) {
        if (call.raw) {
            reply->m_rawBody = result.body;
            reply->finish({}, {}, result.status, result.requestId);
            return;
        }
        QJsonObject json;
        if (!result.body.trimmed().isEmpty() && !result.jsonObject(&json)) {
            reply->finish(CloudError::badResponse(result), {}, result.status, result.requestId);
            return;
        }
        reply->finish({}, json, result.status, result.requestId);
        return;
    }
    const CloudError error = CloudError::fromHttp(result);
    if (error.code == QLatin1String("account_disabled") || error.code == QLatin1String("token_revoked")) {
        qCWarning(lcCloud).noquote() << QStringLiteral("Cloud ended the session: %1").arg(error.code);
        if (m_session) {
            m_session->endSession(error.message);
        }
        reply->finish(error, {}, result.status, result.requestId);
        return;
    }
    if (result.status == 401 && m_session) {
        if (retried) {
            // A fresh token was refused too: stop here rather than loop.
            m_session->giveUp(error.message);
            reply->finish(error, {}, result.status, result.requestId);
            return;
        }
        connect(
            m_session.data(), &Session::refreshFinished, reply,
            [this, reply, call, error, result](bool ok, const QString& message) {
                if (ok && m_session && m_session->isSignedIn()) {
                    send(reply, call, true);
                    return;
                }
                CloudError failed = error;
                if (!message.isEmpty()) {
                    failed.message = message;
                }
                reply->finish(failed, {}, result.status, result.requestId);
            },
            Qt::SingleShotConnection);
        m_session->refreshNow();
        return;
    }
    reply->finish(error, {}, result.status, result.requestId);
}

void CloudClient::wait(CloudReply* reply)
{
    if (!reply->isFinished()) {
        QEventLoop loop;
        connect(reply, &CloudReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
}

namespace {

// Waits for `reply` and reads its JSON with `parse`; an answer that does not parse is an error too.
template <typename T, typename Parse>
CloudResult<T> parsedWhenDone(CloudReply* reply, Parse parse)
{
    CloudClient::wait(reply);
    CloudResult<T> result{reply->error(), {}};
    if (result.ok()) {
        if (const std::optional<T> parsed = parse(reply->json())) {
            result.value = *parsed;
        } else {
            result.error = {QStringLiteral("bad_response"),
                            CloudClient::tr("The LeadBox cloud sent an answer LeadBox does not understand."),
                            reply->requestId(), reply->httpStatus()};
        }
    }
    return result;
}

} // namespace

CloudResult<CloudMe> CloudClient::meAndWait()
{
    return parsedWhenDone<CloudMe>(me(), &CloudMe::fromJson);
}

CloudResult<CloudWorkspace> CloudClient::createWorkspaceAndWait(const QString& name)
{
    return parsedWhenDone<CloudWorkspace>(createWorkspace(name), &CloudWorkspace::fromJson);
}

CloudResult<QList<CloudMember>> CloudClient::membersAndWait(const QString& workspaceId)
{
    return parsedWhenDone<QList<CloudMember>>(members(workspaceId), &CloudMember::listFromJson);
}

CloudResult<bool> CloudClient::doneAndWait(CloudReply* reply)
{
    wait(reply);
    return {reply->error(), reply->ok()};
}

CloudResult<bool> CloudClient::inviteAndWait(const QString& workspaceId, const QString& email, Role role)
{
    return doneAndWait(invite(workspaceId, email, role));
}

CloudResult<bool> CloudClient::changeRoleAndWait(const QString& workspaceId, const QString& email, Role role)
{
    return doneAndWait(changeRole(workspaceId, email, role));
}

CloudResult<bool> CloudClient::removeMemberAndWait(const QString& workspaceId, const QString& email)
{
    return doneAndWait(removeMember(workspaceId, email));
}

CloudResult<bool> CloudClient::transferOwnershipAndWait(const QString& workspaceId, const QString& email)
{
    return doneAndWait(transferOwnership(workspaceId, email));
}

} // namespace leadbox
