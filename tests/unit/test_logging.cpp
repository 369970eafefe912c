// The application log: one JSON object per line, redacted, tagged with the request ID, private to the user.
#include "services/logging/Logging.h"
#include "services/logging/RequestId.h"

#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>
#include <nlohmann/json.hpp>

using namespace leadbox;

Q_LOGGING_CATEGORY(lcTest, "leadbox.test", QtInfoMsg)

namespace {

const QString kJwt = QStringLiteral("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ1c2VyLTEyMyJ9.c2lnbmF0dXJlLW5vdC1yZWFs");

QFileDevice::Permissions modeBits(const QString& path)
{
    const QFileDevice::Permissions all =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup |
        QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther |
        QFileDevice::ExeOther;
    return QFile::permissions(path) & all;
}

QString text(const nlohmann::json& json, const char* key)
{
    return QString::fromStdString(json.at(key).get<std::string>());
}

nlohmann::json parseLine(const std::string& line)
{
    return nlohmann::json::parse(line, nullptr, false);
}

} // namespace

class TestLogging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void jsonLineHasTheDocumentedFields();
    void jsonLineAddsRequestIdOnlyWhenGiven();
    void jsonLineNamesEachLevel_data();
    void jsonLineNamesEachLevel();
    void jsonLineStaysOneLine();
    void jsonLineRedactsSecrets();
    void logFileHoldsRedactedJsonLinesWithRequestId();
    void logFileIsPrivate();
    void startReportsAFolderItCannotCreate();
    void newRequestIdIsAFreshUuid();
    void requestIdScopesNest();
};

void TestLogging::cleanup()
{
    Logging::stop();
}

void TestLogging::jsonLineHasTheDocumentedFields()
{
    const QDateTime time(QDate(2024, 3, 1), QTime(9, 30, 15, 123), Qt::UTC);
    const std::string line = Logging::jsonLine(QtInfoMsg, QStringLiteral("leadbox.store"),
                                               QStringLiteral("opened store"), {}, time);
    const nlohmann::json json = parseLine(line);
    QVERIFY2(json.is_object(), line.c_str());
    QCOMPARE(text(json, "ts"), QStringLiteral("2024-03-01T09:30:15.123Z"));
    QCOMPARE(text(json, "level"), QStringLiteral("info"));
    QCOMPARE(text(json, "category"), QStringLiteral("leadbox.store"));
    QCOMPARE(text(json, "msg"), QStringLiteral("opened store"));
}

void TestLogging::jsonLineAddsRequestIdOnlyWhenGiven()
{
    const QDateTime time = QDateTime::currentDateTimeUtc();
    const nlohmann::json without =
        parseLine(Logging::jsonLine(QtInfoMsg, QStringLiteral("default"), QStringLiteral("x"), {}, time));
    QVERIFY(without.is_object());
    QVERIFY(!without.contains("requestId"));
    QCOMPARE(without.size(), std::size_t{4});

    const QString id = QStringLiteral("123e4567-e89b-12d3-a456-426614174000");
    const nlohmann::json with =
        parseLine(Logging::jsonLine(QtInfoMsg, QStringLiteral("default"), QStringLiteral("x"), id, time));
    QVERIFY(with.is_object());
    QCOMPARE(text(with, "requestId"), id);
    QCOMPARE(with.size(), std::size_t{5});
}

void TestLogging::jsonLineNamesEachLevel_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("level");
    QTest::newRow("debug") << int{QtDebugMsg} << QStringLiteral("debug");
    QTest::newRow("info") << int{QtInfoMsg} << QStringLiteral("info");
    QTest::newRow("warning") << int{QtWarningMsg} << QStringLiteral("warning");
    QTest::newRow("critical") << int{QtCriticalMsg} << QStringLiteral("error");
}

void TestLogging::jsonLineNamesEachLevel()
{
    QFETCH(int, type);
    QFETCH(QString, level);
    const nlohmann::json json =
        parseLine(Logging::jsonLine(static_cast<QtMsgType>(type), QStringLiteral("c"), QStringLiteral("m"),
                                    {}, QDateTime::currentDateTimeUtc()));
    QCOMPARE(text(json, "level"), level);
}

void TestLogging::jsonLineStaysOneLine()
{
    // A message with line breaks, quotes and non-ASCII text must not split or break the line.
    const QString message = QStringLiteral("first line\nsecond \"quoted\" line\r\n\tZoë 株式会社 \\ end");
    const QDateTime localTime(QDate(2024, 3, 1), QTime(10, 30, 15, 123), Qt::OffsetFromUTC, 3600);
    const std::string line =
        Logging::jsonLine(QtWarningMsg, QStringLiteral("leadbox.leads"), message, {}, localTime);
    QVERIFY(line.find('\n') == std::string::npos);
    QVERIFY(line.find('\r') == std::string::npos);
    const nlohmann::json json = parseLine(line);
    QVERIFY2(json.is_object(), line.c_str());
    QCOMPARE(text(json, "msg"), message);
    QCOMPARE(text(json, "ts"), QStringLiteral("2024-03-01T09:30:15.123Z"));
}

void TestLogging::jsonLineRedactsSecrets()
{
    const QString message =
        QStringLiteral("signed in ann@example.com with Bearer ") + kJwt + QStringLiteral(" ok");
    const std::string line = Logging::jsonLine(QtInfoMsg, QStringLiteral("leadbox.cloud"), message,
                                               QStringLiteral("req-1"), QDateTime::currentDateTimeUtc());
    const QString raw = QString::fromStdString(line);
    QVERIFY2(!raw.contains(QStringLiteral("ann@example.com")), line.c_str());
    QVERIFY2(!raw.contains(kJwt), line.c_str());
    QVERIFY2(!raw.contains(QStringLiteral("eyJ")), line.c_str());
    const nlohmann::json json = parseLine(line);
    QVERIFY(text(json, "msg").startsWith(QStringLiteral("signed in ")));
    QVERIFY(text(json, "msg").endsWith(QStringLiteral(" ok")));
}

void TestLogging::logFileHoldsRedactedJsonLinesWithRequestId()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Logging::Options options;
    options.folder = dir.filePath(QStringLiteral("logs"));
    options.fileName = QStringLiteral("test.log");
    const QString error = Logging::start(options);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString file = options.folder + QStringLiteral("/test.log");
    QCOMPARE(Logging::currentFile(), file);

    const QString requestId = newRequestId();
    {
        const RequestIdScope scope(requestId);
        qCInfo(lcTest).noquote() << "signed in as ann@example.com, token" << kJwt;
        qWarning("refresh failed for %s: refresh_token=%s", "bob@example.org", "AOEOulZ3k9Qx");
    }
    qCInfo(lcTest) << "idle";
    Logging::stop();

    QFile log(file);
    QVERIFY2(log.open(QIODevice::ReadOnly), qPrintable(log.errorString()));
    const QByteArray content = log.readAll();
    QVERIFY(content.endsWith('\n'));
    QVERIFY(!content.contains("ann@example.com"));
    QVERIFY(!content.contains("bob@example.org"));
    QVERIFY(!content.contains(kJwt.toUtf8()));
    QVERIFY(!content.contains("AOEOulZ3k9Qx"));

    const QList<QByteArray> lines = content.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    QList<nlohmann::json> parsed;
    for (const QByteArray& line : lines) {
        const nlohmann::json json = parseLine(line.toStdString());
        QVERIFY2(json.is_object(), line.constData());
        QVERIFY(json.contains("ts") && json.contains("level") && json.contains("category") &&
                json.contains("msg"));
        parsed.append(json);
    }
    QCOMPARE(text(parsed.at(0), "requestId"), requestId);
    QCOMPARE(text(parsed.at(0), "level"), QStringLiteral("info"));
    QCOMPARE(text(parsed.at(0), "category"), QStringLiteral("leadbox.test"));
    QVERIFY(text(parsed.at(0), "msg").startsWith(QStringLiteral("signed in as ")));

    QCOMPARE(text(parsed.at(1), "requestId"), requestId);
    QCOMPARE(text(parsed.at(1), "level"), QStringLiteral("warning"));
    QCOMPARE(text(parsed.at(1), "category"), QStringLiteral("default"));
    QVERIFY(text(parsed.at(1), "msg").startsWith(QStringLiteral("refresh failed for ")));

    // Outside the scope the line carries no request ID.
    QVERIFY(!parsed.at(2).contains("requestId"));
    QCOMPARE(text(parsed.at(2), "msg"), QStringLiteral("idle"));
}

void TestLogging::logFileIsPrivate()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Logging::Options options;
    options.folder = dir.filePath(QStringLiteral("data/logs"));
    const QString error = Logging::start(options);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    qCInfo(lcTest) << "hello";
    Logging::stop();

    const QString file = options.folder + QStringLiteral("/leadbox.log");
    QVERIFY(QFile::exists(file));
    QCOMPARE(modeBits(file), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QCOMPARE(modeBits(options.folder),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

void TestLogging::startReportsAFolderItCannotCreate()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile blocker(dir.filePath(QStringLiteral("afile")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();

    Logging::Options options;
    options.folder = dir.filePath(QStringLiteral("afile/logs"));
    const QString error = Logging::start(options);
    QVERIFY2(!error.isEmpty(), "logging started in a folder that cannot exist");
    QVERIFY2(error.contains(options.folder), qPrintable(error));
}

void TestLogging::newRequestIdIsAFreshUuid()
{
    const QString first = newRequestId();
    const QString second = newRequestId();
    QCOMPARE(first.size(), 36);
    QVERIFY(!first.contains(QLatin1Char('{')) && !first.contains(QLatin1Char('}')));
    QVERIFY(!QUuid::fromString(first).isNull());
    QCOMPARE(QUuid::fromString(first).toString(QUuid::WithoutBraces), first.toLower());
    QVERIFY(!QUuid::fromString(second).isNull());
    QVERIFY(first != second);
}

void TestLogging::requestIdScopesNest()
{
    QVERIFY(RequestIdScope::current().isEmpty());
    {
        const RequestIdScope outer(QStringLiteral("outer"));
        QCOMPARE(RequestIdScope::current(), QStringLiteral("outer"));
        {
            const RequestIdScope inner(QStringLiteral("inner"));
            QCOMPARE(RequestIdScope::current(), QStringLiteral("inner"));
        }
        QCOMPARE(RequestIdScope::current(), QStringLiteral("outer"));
    }
    QVERIFY(RequestIdScope::current().isEmpty());
}

QTEST_GUILESS_MAIN(TestLogging)
#include "test_logging.moc"
