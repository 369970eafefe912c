// What must never reach a log file or a diagnostics bundle, and what must stay readable there.
#include "services/logging/Redaction.h"

#include <QtTest>

using namespace leadbox;

namespace {

const QString kJwt = QStringLiteral("eyJhbGciOiJSUzI1NiIsImtpZCI6IjFlOTczZWUwIn0."
                                    "eyJzdWIiOiJ1c2VyLTEyMyIsImVtYWlsIjoiYW5uQGV4YW1wbGUuY29tIn0."
                                    "dGhpcy1pcy1ub3QtYS1yZWFsLXNpZ25hdHVyZQ_abc-123");
const QString kRefreshToken =
    QStringLiteral("AOEOulZ3k9Qx7vR2mN8pL4tY6wE1sD5fG0hJ3kL7zX9cV2bN6mQ8wE4rT1yU5iO3pA");

} // namespace

class TestRedaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void masksSecrets_data();
    void masksSecrets();
    void leavesOrdinaryTextAlone_data();
    void leavesOrdinaryTextAlone();
    void jsonBodyKeepsItsKeys();
    void masksEveryOccurrence();
};

void TestRedaction::masksSecrets_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("secrets"); // none of these may survive
    QTest::addColumn<QStringList>("kept");    // all of these must survive

    QTest::newRow("JWT in free text")
        << QStringLiteral("signed in with ") + kJwt + QStringLiteral(" as user-123")
        << QStringList{kJwt, QStringLiteral("eyJ")}
        << QStringList{QStringLiteral("signed in with "), QStringLiteral(" as user-123")};
    QTest::newRow("bearer header") << QStringLiteral("Authorization: Bearer xyz")
                                   << QStringList{QStringLiteral("xyz")}
                                   << QStringList{QStringLiteral("Authorization: Bearer ")};
    QTest::newRow("bearer JWT") << QStringLiteral("GET /v1/leads Authorization: Bearer ") + kJwt +
                                       QStringLiteral(" took 120 ms")
                                << QStringList{kJwt, QStringLiteral("eyJ")}
                                << QStringList{QStringLiteral("GET /v1/leads Authorization: Bearer "),
                                               QStringLiteral(" took 120 ms")};
    QTest::newRow("JSON tokens and password")
        << QStringLiteral(R"(response {"idToken":"abc.def.ghi","refreshToken":"r3fr3sh-s3cr3t",)"
                          R"("password":"hunter2","expiresIn":"3600"} done)")
        << QStringList{QStringLiteral("abc.def.ghi"), QStringLiteral("r3fr3sh-s3cr3t"),
                       QStringLiteral("hunter2")}
        << QStringList{QStringLiteral("response {"), QStringLiteral("\"idToken\""),
                       QStringLiteral("\"refreshToken\""), QStringLiteral("\"password\""),
                       QStringLiteral(R"("expiresIn":"3600"} done)")};
    QTest::newRow("JSON with spaces and escaped quote")
        << QStringLiteral(R"({ "password" : "pa\"ss word", "email_verified": true })")
        << QStringList{QStringLiteral("pa\\\"ss"), QStringLiteral("ss word")}
        << QStringList{QStringLiteral("\"password\""), QStringLiteral(R"("email_verified": true })")};
    QTest::newRow("URL query key and oobCode")
        << QStringLiteral("POST https://identitytoolkit.googleapis.com/v1/accounts:sendOobCode"
                          "?key=AIzaSyD-abc123&oobCode=XyZ789qq&mode=resetPassword failed")
        << QStringList{QStringLiteral("AIzaSyD-abc123"), QStringLiteral("XyZ789qq")}
        << QStringList{
               QStringLiteral("POST https://identitytoolkit.googleapis.com/v1/accounts:sendOobCode?key="),
               QStringLiteral("mode=resetPassword failed")};
    QTest::newRow("form body refresh_token")
        << QStringLiteral("body grant_type=refresh_token&refresh_token=AOEOulZ3k9Qx end")
        << QStringList{QStringLiteral("AOEOulZ3k9Qx")}
        << QStringList{QStringLiteral("body grant_type=refresh_token&refresh_token="),
                       QStringLiteral(" end")};
    QTest::newRow("key=value, any case")
        << QStringLiteral("config PASSWORD=hunter2 retries=3") << QStringList{QStringLiteral("hunter2")}
        << QStringList{QStringLiteral("config PASSWORD="), QStringLiteral(" retries=3")};
    QTest::newRow("email in free text")
        << QStringLiteral("invited ann@example.com to the workspace")
        << QStringList{QStringLiteral("ann@example.com"), QStringLiteral("ann@")}
        << QStringList{QStringLiteral("invited "), QStringLiteral(" to the workspace")};
    QTest::newRow("email with dots, plus and subdomains")
        << QStringLiteral("sync conflict for First.Last+tag@sub.example.co.uk; kept local copy")
        << QStringList{QStringLiteral("First.Last"), QStringLiteral("sub.example.co.uk"), QStringLiteral("@")}
        << QStringList{QStringLiteral("sync conflict for "), QStringLiteral("; kept local copy")};
    QTest::newRow("email in angle brackets") << QStringLiteral("from <zoë@bücher.de>.")
                                             << QStringList{QStringLiteral("zoë"), QStringLiteral("bücher")}
                                             << QStringList{QStringLiteral("from <"), QStringLiteral(">.")};
    QTest::newRow("quoted email from qDebug")
        << QStringLiteral("lookup \"ann@example.com\" failed")
        << QStringList{QStringLiteral("ann@example.com")}
        << QStringList{QStringLiteral("lookup \""), QStringLiteral("\" failed")};
    QTest::newRow("email as a URL query value")
        << QStringLiteral("GET /v1/leads?email=ann@example.com&limit=5 returned 200")
        << QStringList{QStringLiteral("ann@example.com"), QStringLiteral("ann@")}
        << QStringList{QStringLiteral("GET /v1/leads?email="), QStringLiteral("&limit=5 returned 200")};
    QTest::newRow("long opaque token")
        << QStringLiteral("stored credential ") + kRefreshToken + QStringLiteral(" in keychain")
        << QStringList{kRefreshToken, kRefreshToken.left(20)}
        << QStringList{QStringLiteral("stored credential "), QStringLiteral(" in keychain")};
}

void TestRedaction::masksSecrets()
{
    QFETCH(QString, input);
    QFETCH(QStringList, secrets);
    QFETCH(QStringList, kept);
    const QString output = redact(input);
    for (const QString& secret : secrets) {
        QVERIFY2(!output.contains(secret),
                 qPrintable(QStringLiteral("“%1” survived in: %2").arg(secret, output)));
    }
    for (const QString& text : kept) {
        QVERIFY2(output.contains(text),
                 qPrintable(QStringLiteral("“%1” was lost from: %2").arg(text, output)));
    }
    QVERIFY2(output.contains(QStringLiteral("redacted")) || output.contains(QStringLiteral("[token]")) ||
                 output.contains(QStringLiteral("[email]")),
             qPrintable(output));
}

void TestRedaction::leavesOrdinaryTextAlone_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("sentence") << QStringLiteral("opened workspace store, schema 1");
    QTest::newRow("counts and words")
        << QStringLiteral("deleted 3 lead(s); token refresh scheduled in 55 min");
    QTest::newRow("request id") << QStringLiteral(
        "request 123e4567-e89b-12d3-a456-426614174000 finished: 200 OK");
    QTest::newRow("JSON request id") << QStringLiteral(
        R"({"requestId":"550e8400-e29b-41d4-a716-446655440000","status":200})");
    QTest::newRow("file path") << QStringLiteral("opened /tmp/x/local/workspace.db");
    QTest::newRow("log path") << QStringLiteral(
        "writing /home/ann/.local/share/LeadBox/leadbox/logs/leadbox-cli.log");
    QTest::newRow("url without credentials")
        << QStringLiteral("GET https://api.leadbox.example/v1/leads?limit=200");
    QTest::newRow("unicode") << QStringLiteral("Zoë Ünal from Globex 株式会社 was added");
    QTest::newRow("at sign without address") << QStringLiteral("meet @ 10:30");
}

void TestRedaction::leavesOrdinaryTextAlone()
{
    QFETCH(QString, text);
    QCOMPARE(redact(text), text);
}

void TestRedaction::jsonBodyKeepsItsKeys()
{
    // A redacted JSON body stays readable: the same keys, secrets replaced by a marker.
    const QString body =
        QStringLiteral(R"({"idToken":"t1","refreshToken":"t2","password":"t3","localId":"u1"})");
    const QString output = redact(body);
    QVERIFY2(!output.contains(QStringLiteral("\"t1\"")), qPrintable(output));
    QVERIFY2(!output.contains(QStringLiteral("\"t2\"")), qPrintable(output));
    QVERIFY2(!output.contains(QStringLiteral("\"t3\"")), qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral(R"("localId":"u1")")), qPrintable(output));
    QCOMPARE(output.count(QStringLiteral("redacted")), 3);
}

void TestRedaction::masksEveryOccurrence()
{
    const QString input = QStringLiteral("ann@example.com then bob@example.org then ann@example.com");
    const QString output = redact(input);
    QVERIFY2(!output.contains(QLatin1Char('@')), qPrintable(output));
    QCOMPARE(output.count(QStringLiteral(" then ")), 2);
}

QTEST_GUILESS_MAIN(TestRedaction)
#include "test_redaction.moc"
