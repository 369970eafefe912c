#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;

namespace leadbox {

// What went wrong with one HTTP exchange, as far as the transport can tell.
enum class NetError
{
    None,
    Offline,     // no route, refused, host not found, connection dropped
    Timeout,     // no bytes for the transfer timeout
    Tls,         // a certificate or handshake problem; never ignored
    Http,        // the server answered with status >= 400 (the body may carry an error envelope)
    BadResponse, // too large, a redirect, or not what the caller expected
    Cancelled,   // abort() was called
};

// One request: method, URL, body and extra headers. X-Request-Id is added by HttpClient.
struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    QByteArray body;
    QByteArray contentType; // set when body is not empty
    QList<QPair<QByteArray, QByteArray>> headers;
    int timeoutMs = 0; // no bytes for this long fails the request; 0: the client's timeout

    static HttpRequest json(const QByteArray& method, const QUrl& url, const QJsonObject& body);
    static HttpRequest form(const QUrl& url, const QList<QPair<QString, QString>>& fields);
};

// The outcome of one request.
struct HttpResult
{
    NetError error = NetError::None;
    int status = 0; // HTTP status, 0 when none arrived
    QByteArray body;
    QString requestId;
    QString errorText; // a sentence for people when error != None, without the request ID
    qint64 elapsedMs = 0;
    qint64 retryAfterMs = -1; // how long the server asked to wait (Retry-After); -1 when it did not say

    bool ok() const { return error == NetError::None; }
    // The body as a JSON object; false when it is not one.
    bool jsonObject(QJsonObject* object) const;
};

// A request in flight. Emits finished() once. It is a child of its HttpClient; whoever reads the
// result deletes it (deleteLater()) when done.
class HttpReply : public QObject
{
    Q_OBJECT

public:
    bool isFinished() const { return m_finished; }
    const HttpResult& result() const { return m_result; }
    QString requestId() const { return m_result.requestId; }
    void abort();

Q_SIGNALS:
    void finished();

private:
    friend class HttpClient;
    HttpReply(QNetworkReply* reply, const QByteArray& method, const QString& requestId, qint64 maxBytes,
              QObject* parent);
    void onReadyRead();
    void onMetaData();
    void onFinished();
    void failTooLarge();

    QPointer<QNetworkReply> m_reply;
    QByteArray m_method;
    QString m_path;
    QElapsedTimer m_timer;
    QStringList m_tlsErrors;
    qint64 m_maxBytes;
    bool m_tooLarge = false;
    bool m_cancelled = false;
    bool m_finished = false;
    HttpResult m_result;
};

// The one door to the network: adds X-Request-Id, JSON headers, a transfer timeout and a
// response size limit; never ignores TLS errors; maps failures to NetError with a sentence;
// logs method, path, status, duration and request ID (never bodies or headers).
class HttpClient : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultTimeoutMs = 30000;
    static constexpr qint64 kDefaultMaxResponseBytes = 8 * 1024 * 1024;

    explicit HttpClient(QObject* parent = nullptr);
    // Uses `network` instead of an own QNetworkAccessManager; it must outlive this client.
    explicit HttpClient(QNetworkAccessManager* network, QObject* parent = nullptr);

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }
    void setMaxResponseBytes(qint64 bytes) { m_maxBytes = bytes; }

    // Starts the request. The reply is a child of this client; delete it when done.
    HttpReply* send(const HttpRequest& request);

    // Blocks in a local event loop until the reply finishes; for the CLI and tests.
    static HttpResult wait(HttpReply* reply);

    // The sentence for an error kind, naming `host`.
    static QString describe(NetError error, const QString& host, int status);

    // A Retry-After header in milliseconds from `now`: delay-seconds or an HTTP date. -1 when the value
    // is neither; 0 for a date in the past.
    static qint64 retryAfterMs(const QByteArray& value, const QDateTime& now);

private:
    QNetworkAccessManager* m_network;
    int m_timeoutMs = kDefaultTimeoutMs;
    qint64 m_maxBytes = kDefaultMaxResponseBytes;
};

} // namespace leadbox
