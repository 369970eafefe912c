// The one network door: request IDs, JSON, size limits, timeouts, TLS failures and offline
// reported as kinds with sentences, and log lines without bodies.
#include "services/logging/Logging.h"
#include "services/net/HttpClient.h"

#include <QFile>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace leadbox;

namespace {

// A loopback HTTP server that answers every request with one scripted response.
class ScriptedServer : public QObject
{
public:
    enum class Mode
    {
        Answer,      // write `response` once the request headers and body are in
        Stall,       // read, never answer
        GarbageFirst // write `response` as soon as the connection opens (not TLS)
    };

    ScriptedServer()
    {
        m_server.listen(QHostAddress::LocalHost);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                if (mode == Mode::GarbageFirst) {
                    socket->write(response);
                    socket->disconnectFromHost();
                    continue;
                }
                QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onRead(socket); });
            }
        });
    }

    QUrl url(const QString& path, const QString& scheme = QStringLiteral("http")) const
    {
        return QUrl(QStringLiteral("%1://127.0.0.1:%2%3").arg(scheme).arg(m_server.serverPort()).arg(path));
    }

    Mode mode = Mode::Answer;
    QByteArray response;
    QByteArray request; // the last request as received

private:
    void onRead(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0 || mode == Mode::Stall) {
            return;
        }
        qsizetype length = 0;
        for (const QByteArray& line : buffer.left(end).split('\n')) {
            if (line.toLower().startsWith("content-length:")) {
                length = line.mid(15).trimmed().toInt();
            }
        }
        if (buffer.size() < end + 4 + length) {
            return;
        }
        request = buffer;
        socket->write(response);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

QByteArray answer(int status, const QByteArray& body, const QByteArray& extraHeaders = {})
{
    return "HTTP/1.1 " + QByteArray::number(status) +
           " X\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
           "\r\nConnection: close\r\n" + extraHeaders + "\r\n" + body;
}

QByteArray headerValue(const QByteArray& request, const QByteArray& name)
{
    for (const QByteArray& line : request.split('\n')) {
        if (line.toLower().startsWith(name.toLower() + ':')) {
            return line.mid(name.size() + 1).trimmed();
        }
    }
    return {};
}

} // namespace

class TestHttpClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sendsRequestIdAndJson();
    void httpErrorsKeepTheEnvelope();
    void oversizedAnswersAreRefused();
    void oversizedAnswerWithoutLength();
    void stalledServerTimesOut();
    void closedPortIsOffline();
    void tlsFailureIsReportedNotIgnored();
    void redirectsAreNotFollowed();
    void formBodiesAreEncoded();
    void logsRequestsWithoutBodies();
};

void TestHttpClient::sendsRequestIdAndJson()
{
    ScriptedServer server;
    server.response = answer(200, R"({"hello":"world"})");
    HttpClient client;
    const HttpResult result = HttpClient::wait(client.send(
        HttpRequest::json("POST", server.url(QStringLiteral("/v1/x")), {{QStringLiteral("a"), 1}})));
    QVERIFY2(result.ok(), qPrintable(result.errorText));
    QCOMPARE(result.status, 200);
    QVERIFY(!result.requestId.isEmpty());
    QCOMPARE(headerValue(server.request, "X-Request-Id"), result.requestId.toLatin1());
    QCOMPARE(headerValue(server.request, "Content-Type"), QByteArray("application/json"));
    QVERIFY(server.request.endsWith(R"({"a":1})"));
    QJsonObject json;
    QVERIFY(result.jsonObject(&json));
    QCOMPARE(json.value(QStringLiteral("hello")).toString(), QStringLiteral("world"));

    // Each request gets its own ID.
    const HttpResult second =
        HttpClient::wait(client.send(HttpRequest::json("GET", server.url(QStringLiteral("/")), {})));
    QVERIFY(second.requestId != result.requestId);
}

void TestHttpClient::httpErrorsKeepTheEnvelope()
{
    ScriptedServer server;
    server.response = answer(403, R"({"error":{"code":"forbidden","message":"No.","requestId":"r"}})");
    HttpClient client;
    const HttpResult result =
        HttpClient::wait(client.send(HttpRequest::json("GET", server.url(QStringLiteral("/")), {})));
    QCOMPARE(result.error, NetError::Http);
    QCOMPARE(result.status, 403);
    QVERIFY(result.body.contains("forbidden"));
    QVERIFY(result.errorText.contains(QStringLiteral("403")));
}

void TestHttpClient::oversizedAnswersAreRefused()
{
    ScriptedServer server;
    server.response = "HTTP/1.1 200 OK\r\nContent-Length: 9000000\r\nConnection: close\r\n\r\n{";
    HttpClient client;
    const HttpResult result =
        HttpClient::wait(client.send(HttpRequest::json("GET", server.url(QStringLiteral("/")), {})));
    QCOMPARE(result.error, NetError::BadResponse);
    QVERIFY2(result.errorText.contains(QStringLiteral("larger than 8 MB")), qPrintable(result.errorText));
    QVERIFY(result.body.isEmpty());
}

void TestHttpClient::oversizedAnswerWithoutLength()
{
    ScriptedServer server;
    server.response = "HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n" + QByteArray(3000, 'x');
    HttpClient client;
    client.setMaxResponseBytes(1000);
    const HttpResult result =
        HttpClient::wait(client.send(HttpRequest::json("GET", server.url(QStringLiteral("/")), {})));
    QCOMPARE(result.error, NetError::BadResponse);
    QVERIFY(result.body.isEmpty());
}

void TestHttpClient::stalledServerTimesOut()
{
    ScriptedServer server;
    server.mode = ScriptedServer::Mode::Stall;
    HttpClient client;
    client.setTimeoutMs(300);
    const HttpResult result =
        HttpClient::wait(client.send(HttpRequest::json("GET", server.url(QStringLiteral("/")), {})));
    QCOMPARE(result.error, NetError::Timeout);
    QVERIFY(result.errorText.contains(QStringLiteral("did not answer in time")));
}

void TestHttpClient::closedPortIsOffline()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    HttpClient client;
    const HttpResult result = HttpClient::wait(
        client.send(HttpRequest::json("GET", QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)), {})));
    QCOMPARE(result.error, NetError::Offline);
    QVERIFY(result.errorText.contains(QStringLiteral("cannot reach 127.0.0.1")));
    QVERIFY(!result.requestId.isEmpty());
}

void TestHttpClient::tlsFailureIsReportedNotIgnored()
{
    ScriptedServer server;
    server.mode = ScriptedServer::Mode::GarbageFirst;
    server.response = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}";
    HttpClient client;
    const HttpResult result = HttpClient::wait(
        client.send(HttpRequest::json("GET", server.url(QStringLiteral("/"), QStringLiteral("https")), {})));
    QCOMPARE(result.error, NetError::Tls);
    QVERIFY(result.errorText.contains(QStringLiteral("secure connection")));
    QVERIFY(result.body.isEmpty());
}

void TestHttpClient::redirectsAreNotFollowed()
{
    ScriptedServer server;
    server.response = answer(302, {}, "Location: http://127.0.0.1:1/elsewhere\r\n");
    HttpClient client;
    const HttpResult result =
        HttpClient::wait(client.send(HttpRequest::json("GET", server.url(QStringLiteral("/")), {})));
    QCOMPARE(result.error, NetError::BadResponse);
    QCOMPARE(result.status, 302);
}

void TestHttpClient::formBodiesAreEncoded()
{
    ScriptedServer server;
    server.response = answer(200, "{}");
    HttpClient client;
    HttpClient::wait(
        client.send(HttpRequest::form(server.url(QStringLiteral("/token")),
                                      {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                       {QStringLiteral("refresh_token"), QStringLiteral("a+b/c=")}})));
    QCOMPARE(headerValue(server.request, "Content-Type"), QByteArray("application/x-www-form-urlencoded"));
    QVERIFY(server.request.endsWith("grant_type=refresh_token&refresh_token=a%2Bb%2Fc%3D"));
}

void TestHttpClient::logsRequestsWithoutBodies()
{
    QTemporaryDir dir;
    Logging::Options options;
    options.folder = dir.path();
    QCOMPARE(Logging::start(options), QString());
    ScriptedServer server;
    server.response = answer(200, R"({"idToken":"secret-response-value"})");
    HttpClient client;
    const HttpResult result = HttpClient::wait(
        client.send(HttpRequest::json("POST", server.url(QStringLiteral("/v1/things")),
                                      {{QStringLiteral("note"), QStringLiteral("secret-request-value")}})));
    QVERIFY(result.ok());
    const QString file = Logging::currentFile();
    Logging::stop();
    QFile log(file);
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray text = log.readAll();
    QVERIFY2(text.contains("POST /v1/things 200"), text.constData());
    QVERIFY(text.contains(result.requestId.toLatin1()));
    QVERIFY(!text.contains("secret-request-value"));
    QVERIFY(!text.contains("secret-response-value"));
}

QTEST_GUILESS_MAIN(TestHttpClient)
#include "test_http_client.moc"
