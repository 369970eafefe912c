#include "services/net/HttpClient.h"

#include "services/LogCategories.h"
#include "services/logging/RequestId.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QSslError>
#include <QTimeZone>
#include <QUrlQuery>

namespace leadbox {

HttpRequest HttpRequest::json(const QByteArray& method, const QUrl& url, const QJsonObject& body)
{
    HttpRequest request;
    request.method = method;
    request.url = url;
    if (method != "GET" && method != "DELETE") {
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        request.contentType = "application/json";
    }
    return request;
}

HttpRequest HttpRequest::form(const QUrl& url, const QList<QPair<QString, QString>>& fields)
{
    QUrlQuery query;
    for (const auto& [key, value] : fields) {
        query.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(key)),
                           QString::fromLatin1(QUrl::toPercentEncoding(value)));
    }
    HttpRequest request;
    request.method = "POST";
    request.url = url;
    request.body = query.toString(QUrl::FullyEncoded).toLatin1();
    request.contentType = "application/x-www-form-urlencoded";
    return request;
}

bool HttpResult::jsonObject(QJsonObject* object) const
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return false;
    }
    *object = document.object();
    return true;
}

HttpReply::HttpReply(QNetworkReply* reply, const QByteArray& method, const QString& requestId,
                     qint64 maxBytes, QObject* parent)
    : QObject(parent)
    , m_reply(reply)
    , m_method(method)
    , m_path(reply->url().path())
    , m_maxBytes(maxBytes)
{
    m_result.requestId = requestId;
    m_timer.start();
    reply->setParent(this);
    connect(reply, &QNetworkReply::readyRead, this, &HttpReply::onReadyRead);
    connect(reply, &QNetworkReply::metaDataChanged, this, &HttpReply::onMetaData);
    connect(reply, &QNetworkReply::finished, this, &HttpReply::onFinished);
    // Collected to explain the failure; never ignored, so the handshake fails.
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError>& errors) {
        for (const QSslError& error : errors) {
            m_tlsErrors << error.errorString();
        }
    });
}

void HttpReply::abort()
{
    if (!m_finished && m_reply) {
        m_cancelled = true;
        m_reply->abort();
    }
}

void HttpReply::onMetaData()
{
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_maxBytes) {
        failTooLarge();
    }
}

void HttpReply::onReadyRead()
{
    if (m_tooLarge) {
        return;
    }
    m_result.body += m_reply->readAll();
    if (m_result.body.size() > m_maxBytes) {
        failTooLarge();
    }
}

void HttpReply::failTooLarge()
{
    if (!m_tooLarge && !m_finished) {
        m_tooLarge = true;
        m_result.body.clear();
        m_reply->abort();
    }
}

namespace {

NetError classify(QNetworkReply::NetworkError code, int status)
{
    switch (code) {
    case QNetworkReply::NoError:
        break;
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
        return NetError::Offline;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::ProxyTimeoutError:
        return NetError::Timeout;
    case QNetworkReply::SslHandshakeFailedError:
        return NetError::Tls;
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::TooManyRedirectsError:
        return NetError::BadResponse;
    default:
        if (status == 0) {
            return NetError::Offline;
        }
        break;
    }
    if (status >= 400) {
        return NetError::Http;
    }
    if (status >= 300 || (status == 0 && code == QNetworkReply::NoError)) {
        return NetError::BadResponse; // redirects are not followed: the API never sends one
    }
    return code == QNetworkReply::NoError ? NetError::None : NetError::BadResponse;
}

} // namespace

void HttpReply::onFinished()
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    if (!m_tooLarge) {
        m_result.body += m_reply->readAll();
    }
    m_result.status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_result.elapsedMs = m_timer.elapsed();
    if (m_reply->hasRawHeader("Retry-After")) {
        m_result.retryAfterMs =
            HttpClient::retryAfterMs(m_reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
    }
    const QNetworkReply::NetworkError code = m_reply->error();
    const QString host = m_reply->url().host();

    if (m_tooLarge) {
        m_result.error = NetError::BadResponse;
        m_result.errorText =
            HttpClient::tr("The answer from %1 was larger than %2 MB, so LeadBox did not read it.")
                .arg(host)
                .arg(m_maxBytes / (1024 * 1024));
    } else if (m_cancelled) {
        m_result.error = NetError::Cancelled;
        m_result.errorText = HttpClient::describe(NetError::Cancelled, host, 0);
    } else if (code == QNetworkReply::OperationCanceledError) {
        // Qt aborts a reply whose transfer timeout expired.
        m_result.error = NetError::Timeout;
        m_result.errorText = HttpClient::describe(NetError::Timeout, host, 0);
    } else {
        m_result.error = classify(code, m_result.status);
        m_result.errorText = HttpClient::describe(m_result.error, host, m_result.status);
        if (m_result.error == NetError::Tls && !m_tlsErrors.isEmpty()) {
            m_result.errorText += QLatin1Char(' ') + m_tlsErrors.join(QLatin1Char(' '));
        }
    }
    if (m_result.error != NetError::Http && m_result.error != NetError::None) {
        m_result.body.clear();
    }

    {
        const RequestIdScope scope(m_result.requestId);
        if (m_result.error == NetError::None || m_result.error == NetError::Http) {
            qCInfo(lcHttp).noquote() << QString::fromLatin1(m_method) << m_path << m_result.status
                                     << QStringLiteral("%1 ms").arg(m_result.elapsedMs);
        } else {
            qCWarning(lcHttp).noquote() << QString::fromLatin1(m_method) << m_path << m_result.status
                                        << QStringLiteral("%1 ms").arg(m_result.elapsedMs)
                                        << QStringLiteral("failed:") << m_reply->errorString();
        }
    }
    Q_EMIT finished();
}

HttpClient::HttpClient(QObject* parent)
    : HttpClient(new QNetworkAccessManager, parent)
{
    m_network->setParent(this);
}

HttpClient::HttpClient(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_network(network)
{
}

HttpReply* HttpClient::send(const HttpRequest& request)
{
    const QString requestId = newRequestId();
    QNetworkRequest networkRequest(request.url);
    networkRequest.setRawHeader("X-Request-Id", requestId.toLatin1());
    networkRequest.setRawHeader("Accept", "application/json");
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                QNetworkRequest::ManualRedirectPolicy);
    networkRequest.setTransferTimeout(request.timeoutMs > 0 ? request.timeoutMs : m_timeoutMs);
    if (!request.contentType.isEmpty()) {
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
    }
    for (const auto& [name, value] : request.headers) {
        networkRequest.setRawHeader(name, value);
    }
    QNetworkReply* reply = nullptr;
    if (request.body.isEmpty() && request.method == "GET") {
        reply = m_network->get(networkRequest);
    } else {
        reply = m_network->sendCustomRequest(networkRequest, request.method, request.body);
    }
    return new HttpReply(reply, request.method, requestId, m_maxBytes, this);
}

HttpResult HttpClient::wait(HttpReply* reply)
{
    if (!reply->isFinished()) {
        QEventLoop loop;
        connect(reply, &HttpReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return reply->result();
}

qint64 HttpClient::retryAfterMs(const QByteArray& value, const QDateTime& now)
{
    const QByteArray text = value.trimmed();
    bool isNumber = false;
    const qint64 seconds = text.toLongLong(&isNumber);
    if (isNumber) {
        return seconds >= 0 ? seconds * 1000 : -1;
    }
    // IMF-fixdate, e.g. "Wed, 21 Oct 2015 07:28:00 GMT" (RFC 9110 section 5.6.7), else RFC 2822.
    QDateTime when =
        QLocale::c().toDateTime(QString::fromLatin1(text), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
    if (when.isValid()) {
        when.setTimeZone(QTimeZone::utc());
    } else {
        when = QDateTime::fromString(QString::fromLatin1(text), Qt::RFC2822Date);
    }
    if (!when.isValid()) {
        return -1;
    }
    return std::max<qint64>(0, now.msecsTo(when));
}

QString HttpClient::describe(NetError error, const QString& host, int status)
{
    switch (error) {
    case NetError::None:
        return {};
    case NetError::Offline:
        return tr("LeadBox cannot reach %1. Check the network connection.").arg(host);
    case NetError::Timeout:
        return tr("%1 did not answer in time. Try again in a moment.").arg(host);
    case NetError::Tls:
        return tr("The secure connection to %1 failed, so LeadBox did not send anything. The "
                  "certificate may be wrong, or something is intercepting the connection.")
            .arg(host);
    case NetError::Http:
        return tr("%1 answered with an error (HTTP %2).").arg(host).arg(status);
    case NetError::BadResponse:
        return tr("%1 sent an answer LeadBox does not understand.").arg(host);
    case NetError::Cancelled:
        return tr("The request to %1 was cancelled.").arg(host);
    }
    return {};
}

} // namespace leadbox
