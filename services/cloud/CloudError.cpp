#include "services/cloud/CloudError.h"

#include "services/net/HttpClient.h"

#include <QJsonObject>

namespace leadbox {

QString CloudError::text() const
{
    if (requestId.isEmpty()) {
        return message;
    }
    return tr("%1 (request ID %2)").arg(message, requestId);
}

CloudError CloudError::notSignedIn()
{
    return {QStringLiteral("not_signed_in"), tr("Sign in to use your cloud workspaces."), {}, 0};
}

CloudError CloudError::badResponse(const HttpResult& http)
{
    return {QStringLiteral("bad_response"),
            tr("The LeadBox cloud sent an answer LeadBox does not understand."), http.requestId, http.status};
}

CloudError CloudError::fromHttp(const HttpResult& http)
{
    CloudError error;
    error.requestId = http.requestId;
    error.httpStatus = http.status;
    switch (http.error) {
    case NetError::None:
        return {};
    case NetError::Offline:
    case NetError::Cancelled:
        error.code = QStringLiteral("offline");
        error.message = tr("LeadBox cannot reach the LeadBox cloud. Check the network; your work stays on "
                           "this computer until then.");
        return error;
    case NetError::Timeout:
        error.code = QStringLiteral("timeout");
        error.message = http.errorText;
        return error;
    case NetError::Tls:
        error.code = QStringLiteral("tls");
        error.message = http.errorText;
        return error;
    case NetError::BadResponse:
        error.code = QStringLiteral("bad_response");
        error.message = http.errorText;
        return error;
    case NetError::Http:
        break;
    }
    QJsonObject body;
    const QJsonObject envelope =
        http.jsonObject(&body) ? body.value(QStringLiteral("error")).toObject() : QJsonObject();
    error.code = envelope.value(QStringLiteral("code")).toString();
    error.message = envelope.value(QStringLiteral("message")).toString();
    // The server echoes our X-Request-Id; prefer its own if it sent one.
    const QString serverId = envelope.value(QStringLiteral("requestId")).toString();
    if (!serverId.isEmpty()) {
        error.requestId = serverId;
    }
    if (error.code.isEmpty()) {
        error.code = QStringLiteral("http_%1").arg(http.status);
    }
    if (error.message.isEmpty()) {
        error.message = http.errorText;
    }
    return error;
}

} // namespace leadbox
