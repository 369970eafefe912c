// Firebase Auth's error strings become one sentence each; wrong credentials never reveal whether
// the email exists; the ID token's claims are read without a server.
#include "services/auth/AuthError.h"
#include "services/auth/FirebaseAuth.h"
#include "services/auth/IdToken.h"
#include "services/auth/Session.h"
#include "services/net/HttpClient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace leadbox;

namespace {

HttpResult firebaseError(const QString& message)
{
    HttpResult http;
    http.error = NetError::Http;
    http.status = 400;
    http.requestId = QStringLiteral("req-1");
    http.body = QJsonDocument(
                    QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), 400},
                                                                      {QStringLiteral("message"), message}}}})
                    .toJson();
    return http;
}

QString base64Url(const QByteArray& data)
{
    return QString::fromLatin1(data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

class TestAuthErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mapsFirebaseStrings_data();
    void mapsFirebaseStrings();
    void wrongCredentialsIsOneMessage();
    void everyErrorHasASentence();
    void networkFailuresSayOfflineOrTimeout();
    void unknownBodiesAreServiceErrors();
    void decodesIdTokenClaims();
    void rejectsMalformedIdTokens();
    void notConfiguredFailsWithoutNetwork();
    void refreshesFiveMinutesEarlyOrHalfway();
};

void TestAuthErrors::mapsFirebaseStrings_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<AuthError>("error");
    QTest::newRow("EMAIL_NOT_FOUND") << QStringLiteral("EMAIL_NOT_FOUND") << AuthError::WrongCredentials;
    QTest::newRow("INVALID_PASSWORD") << QStringLiteral("INVALID_PASSWORD") << AuthError::WrongCredentials;
    QTest::newRow("INVALID_LOGIN_CREDENTIALS")
        << QStringLiteral("INVALID_LOGIN_CREDENTIALS") << AuthError::WrongCredentials;
    QTest::newRow("USER_DISABLED") << QStringLiteral("USER_DISABLED") << AuthError::UserDisabled;
    QTest::newRow("TOO_MANY detail")
        << QStringLiteral(
               "TOO_MANY_ATTEMPTS_TRY_LATER : Access to this account has been temporarily disabled")
        << AuthError::TooManyAttempts;
    QTest::newRow("TOKEN_EXPIRED") << QStringLiteral("TOKEN_EXPIRED") << AuthError::SessionExpired;
    QTest::newRow("INVALID_REFRESH_TOKEN")
        << QStringLiteral("INVALID_REFRESH_TOKEN") << AuthError::SessionExpired;
    QTest::newRow("INVALID_ID_TOKEN") << QStringLiteral("INVALID_ID_TOKEN") << AuthError::SessionExpired;
    QTest::newRow("USER_NOT_FOUND") << QStringLiteral("USER_NOT_FOUND") << AuthError::SessionExpired;
    QTest::newRow("EMAIL_EXISTS") << QStringLiteral("EMAIL_EXISTS") << AuthError::EmailExists;
    QTest::newRow("WEAK_PASSWORD detail")
        << QStringLiteral("WEAK_PASSWORD : Password should be at least 6 characters")
        << AuthError::WeakPassword;
    QTest::newRow("INVALID_EMAIL") << QStringLiteral("INVALID_EMAIL") << AuthError::InvalidEmail;
    QTest::newRow("MISSING_PASSWORD") << QStringLiteral("MISSING_PASSWORD") << AuthError::MissingPassword;
    QTest::newRow("INVALID_OOB_CODE") << QStringLiteral("INVALID_OOB_CODE") << AuthError::InvalidOobCode;
    QTest::newRow("EXPIRED_OOB_CODE") << QStringLiteral("EXPIRED_OOB_CODE") << AuthError::InvalidOobCode;
    QTest::newRow("bad key") << QStringLiteral("API key not valid. Please pass a valid API key.")
                             << AuthError::NotConfigured;
    QTest::newRow("unknown") << QStringLiteral("SOMETHING_NEW : whatever") << AuthError::ServiceError;
}

void TestAuthErrors::mapsFirebaseStrings()
{
    QFETCH(QString, message);
    QFETCH(AuthError, error);
    QCOMPARE(AuthErrors::fromFirebaseMessage(message), error);
    const AuthResult result = FirebaseAuth::errorResult(firebaseError(message));
    QCOMPARE(result.error, error);
    QCOMPARE(result.message, AuthErrors::text(error));
    QCOMPARE(result.requestId, QStringLiteral("req-1"));
    QVERIFY(!result.firebaseCode.contains(QStringLiteral(" : ")));
}

void TestAuthErrors::wrongCredentialsIsOneMessage()
{
    const QString unknownEmail =
        FirebaseAuth::errorResult(firebaseError(QStringLiteral("EMAIL_NOT_FOUND"))).message;
    const QString wrongPassword =
        FirebaseAuth::errorResult(firebaseError(QStringLiteral("INVALID_PASSWORD"))).message;
    const QString privacy =
        FirebaseAuth::errorResult(firebaseError(QStringLiteral("INVALID_LOGIN_CREDENTIALS"))).message;
    QCOMPARE(unknownEmail, wrongPassword);
    QCOMPARE(unknownEmail, privacy);
    QCOMPARE(unknownEmail,
             QStringLiteral("The email address or password is not right. Check both and try again."));
}

void TestAuthErrors::everyErrorHasASentence()
{
    for (int i = static_cast<int>(AuthError::WrongCredentials);
         i <= static_cast<int>(AuthError::ServiceError); ++i) {
        const QString text = AuthErrors::text(static_cast<AuthError>(i));
        QVERIFY2(text.endsWith(QLatin1Char('.')), qPrintable(QString::number(i)));
        QVERIFY(!text.contains(QLatin1Char('_')));
    }
    QVERIFY(AuthErrors::text(AuthError::UserDisabled).contains(QStringLiteral("disabled")));
    QVERIFY(AuthErrors::text(AuthError::TooManyAttempts).contains(QStringLiteral("Too many")));
    QVERIFY(AuthErrors::endsSession(AuthError::SessionExpired));
    QVERIFY(AuthErrors::endsSession(AuthError::UserDisabled));
    QVERIFY(!AuthErrors::endsSession(AuthError::Offline));
}

void TestAuthErrors::networkFailuresSayOfflineOrTimeout()
{
    HttpResult http;
    http.error = NetError::Offline;
    QCOMPARE(
        FirebaseAuth::errorResult(http).message,
        QStringLiteral("LeadBox cannot reach the sign-in service. Check the network, or continue offline."));
    http.error = NetError::Timeout;
    QCOMPARE(FirebaseAuth::errorResult(http).error, AuthError::Timeout);
    http.error = NetError::Tls;
    QCOMPARE(FirebaseAuth::errorResult(http).error, AuthError::Tls);
}

void TestAuthErrors::unknownBodiesAreServiceErrors()
{
    HttpResult http;
    http.error = NetError::Http;
    http.status = 500;
    http.body = "<html>oops</html>";
    QCOMPARE(FirebaseAuth::errorResult(http).error, AuthError::ServiceError);
    // securetoken's OAuth-style body.
    http.status = 400;
    http.body = R"({"error":"invalid_grant","error_description":"INVALID_REFRESH_TOKEN"})";
    QCOMPARE(FirebaseAuth::errorResult(http).error, AuthError::SessionExpired);
}

void TestAuthErrors::decodesIdTokenClaims()
{
    const QByteArray payload =
        R"({"user_id":"uid-7","sub":"uid-7","email":"ann@example.com","exp":1900000000})";
    const QString token =
        QStringLiteral("%1.%2.%3")
            .arg(base64Url(R"({"alg":"RS256"})"), base64Url(payload), base64Url("signature"));
    const IdTokenClaims claims = IdTokenClaims::decode(token);
    QVERIFY(claims.valid);
    QCOMPARE(claims.uid, QStringLiteral("uid-7"));
    QCOMPARE(claims.email, QStringLiteral("ann@example.com"));
    QCOMPARE(claims.expiresAt.toSecsSinceEpoch(), 1900000000);
    // The emulator's unsigned tokens have an empty third part, and "sub" alone is enough.
    const QString unsigned_ = QStringLiteral("%1.%2.").arg(base64Url(R"({"alg":"none"})"),
                                                           base64Url(R"({"sub":"u2","exp":1900000001})"));
    QCOMPARE(IdTokenClaims::decode(unsigned_).uid, QStringLiteral("u2"));
}

void TestAuthErrors::rejectsMalformedIdTokens()
{
    QVERIFY(!IdTokenClaims::decode(QString()).valid);
    QVERIFY(!IdTokenClaims::decode(QStringLiteral("a.b")).valid);
    QVERIFY(!IdTokenClaims::decode(QStringLiteral("a.!!!.c")).valid);
    QVERIFY(!IdTokenClaims::decode(QStringLiteral("a.%1.c").arg(base64Url("[1,2]"))).valid);
    QVERIFY(
        !IdTokenClaims::decode(QStringLiteral("a.%1.c").arg(base64Url(R"({"sub":"x"})"))).valid); // no exp
}

void TestAuthErrors::notConfiguredFailsWithoutNetwork()
{
    HttpClient http;
    FirebaseAuth auth(&http, CloudConfig{});
    const AuthResult result =
        FirebaseAuth::wait(auth.signInWithPassword(QStringLiteral("a@b.c"), QStringLiteral("x")));
    QCOMPARE(result.error, AuthError::NotConfigured);
    QVERIFY(!result.message.isEmpty());
}

void TestAuthErrors::refreshesFiveMinutesEarlyOrHalfway()
{
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1000000, Qt::UTC);
    QCOMPARE(Session::refreshDelayMs(now, now.addSecs(3600)), qint64(3300) * 1000);
    QCOMPARE(Session::refreshDelayMs(now, now.addSecs(20)), qint64(10) * 1000);
    QCOMPARE(Session::refreshDelayMs(now, now.addSecs(-5)), qint64(0));
}

QTEST_GUILESS_MAIN(TestAuthErrors)
#include "test_auth_errors.moc"
