// LeadBox's own sign-in code (CloudConfig, HttpClient, FirebaseAuth, Session, CredentialStore)
// against Google's real Firebase Auth Emulator, reached through FIREBASE_AUTH_EMULATOR_HOST as the
// Firebase SDKs do. scripts/test installs and starts the emulator (scripts/firebase-emulator) and
// runs this with `ctest -L conformance`; without the variable the test fails rather than skips,
// because only the script may decide that the emulator is not there.
#include "services/auth/CredentialStore.h"
#include "services/auth/FirebaseAuth.h"
#include "services/auth/IdToken.h"
#include "services/auth/Session.h"
#include "services/cloud/CloudConfig.h"
#include "services/net/HttpClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>
#include <memory>

using namespace leadbox;

namespace {

constexpr int kWaitMs = 15000; // the emulator answers in milliseconds once it is up

QString project()
{
    return QStringLiteral("demo-leadbox");
}

QString wrongCredentialsText()
{
    return QStringLiteral("The email address or password is not right. Check both and try again.");
}

// A fresh address per test, so that tests never share a user.
QString freshEmail(const char* what)
{
    return QStringLiteral("%1-%2@conformance.leadbox.test")
        .arg(QLatin1String(what), QUuid::createUuid().toString(QUuid::Id128).left(12));
}

} // namespace

class TestFirebaseEmulator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void signInSucceeds();
    void wrongPassword();
    void unknownEmail();
    void emailPrivacyGivesInvalidLoginCredentials();
    void refreshThroughSecureToken();
    void disabledUser();
    void disabledUserEndsSession();
    void passwordReset();

private:
    // The emulator's test-only admin calls (Authorization: Bearer owner).
    HttpResult admin(const QByteArray& method, const QString& path, const QJsonObject& body = {});
    QString createUser(const char* what, const QString& password);
    void setDisabled(const QString& uid, bool disabled);
    void setEmailPrivacy(bool on);
    QString latestResetCode(const QString& email);
    // Signs in through Session, waiting on its signal.
    AuthResult signIn(Session& session, const QString& email, const QString& password);
    std::unique_ptr<Session> newSession();

    QString m_host;
    CloudConfig m_config;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<FirebaseAuth> m_auth;
    std::unique_ptr<CredentialStore> m_credentials;
    QString m_keychainService;
};

HttpResult TestFirebaseEmulator::admin(const QByteArray& method, const QString& path, const QJsonObject& body)
{
    HttpRequest request =
        HttpRequest::json(method, QUrl(QStringLiteral("http://%1%2").arg(m_host, path)), body);
    request.headers.append(qMakePair(QByteArray("Authorization"), QByteArray("Bearer owner")));
    return HttpClient::wait(m_http->send(request));
}

QString TestFirebaseEmulator::createUser(const char* what, const QString& password)
{
    const QString email = freshEmail(what);
    const QString uid = QUuid::createUuid().toString(QUuid::Id128);
    const QJsonObject user{{QStringLiteral("localId"), uid},
                           {QStringLiteral("email"), email},
                           {QStringLiteral("rawPassword"), password}};
    const HttpResult result = admin(
        "POST",
        QStringLiteral("/identitytoolkit.googleapis.com/v1/projects/%1/accounts:batchCreate").arg(project()),
        {{QStringLiteral("users"), QJsonArray{user}}});
    QJsonObject json;
    if (!result.ok() || !result.jsonObject(&json) ||
        !json.value(QStringLiteral("error")).toArray().isEmpty()) {
        qWarning("accounts:batchCreate: HTTP %d %s", result.status, result.body.constData());
        return {};
    }
    return email;
}

void TestFirebaseEmulator::setDisabled(const QString& uid, bool disabled)
{
    const HttpResult result =
        admin("POST",
              QStringLiteral("/identitytoolkit.googleapis.com/v1/projects/%1/accounts:update").arg(project()),
              {{QStringLiteral("localId"), uid}, {QStringLiteral("disableUser"), disabled}});
    QVERIFY2(result.ok(), result.body.constData());
}

void TestFirebaseEmulator::setEmailPrivacy(bool on)
{
    const HttpResult result = admin("PATCH", QStringLiteral("/emulator/v1/projects/%1/config").arg(project()),
                                    {{QStringLiteral("emailPrivacyConfig"),
                                      QJsonObject{{QStringLiteral("enableImprovedEmailPrivacy"), on}}}});
    QVERIFY2(result.ok(), result.body.constData());
    QJsonObject json;
    QVERIFY(result.jsonObject(&json));
    QCOMPARE(json.value(QStringLiteral("emailPrivacyConfig"))
                 .toObject()
                 .value(QStringLiteral("enableImprovedEmailPrivacy"))
                 .toBool(),
             on);
}

QString TestFirebaseEmulator::latestResetCode(const QString& email)
{
    const HttpResult result =
        admin("GET", QStringLiteral("/emulator/v1/projects/%1/oobCodes").arg(project()));
    QJsonObject json;
    if (!result.ok() || !result.jsonObject(&json)) {
        return {};
    }
    QString code;
    const QJsonArray codes = json.value(QStringLiteral("oobCodes")).toArray();
    for (const QJsonValue& value : codes) {
        const QJsonObject entry = value.toObject();
        if (entry.value(QStringLiteral("email")).toString() == email &&
            entry.value(QStringLiteral("requestType")).toString() == QLatin1String("PASSWORD_RESET")) {
            code = entry.value(QStringLiteral("oobCode")).toString();
        }
    }
    return code;
}

AuthResult TestFirebaseEmulator::signIn(Session& session, const QString& email, const QString& password)
{
    QSignalSpy finished(&session, &Session::signInFinished);
    session.signIn(email, password);
    if (!finished.wait(kWaitMs)) {
        AuthResult timedOut;
        timedOut.error = AuthError::Timeout;
        timedOut.message = QStringLiteral("Session::signInFinished never came");
        return timedOut;
    }
    return finished.first().first().value<AuthResult>();
}

std::unique_ptr<Session> TestFirebaseEmulator::newSession()
{
    return std::make_unique<Session>(m_auth.get(), m_credentials.get());
}

void TestFirebaseEmulator::initTestCase()
{
    qRegisterMetaType<AuthResult>("leadbox::AuthResult");
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    m_host = environment.value(QStringLiteral("FIREBASE_AUTH_EMULATOR_HOST"));
    QVERIFY2(!m_host.isEmpty(),
             "FIREBASE_AUTH_EMULATOR_HOST is not set. This test needs Google's Firebase Auth Emulator: run "
             "scripts/test, or scripts/firebase-emulator install && scripts/firebase-emulator start, then "
             "FIREBASE_AUTH_EMULATOR_HOST=127.0.0.1:9099 ctest -L conformance.");
    QVERIFY2(
        !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
        "No D-Bus session: the sessions keep refresh tokens in the Secret Service that scripts/test starts.");

    // The app's own configuration path: only the emulator variable, no key (the emulator takes any).
    m_config = CloudConfig::resolve({}, environment, CloudConfig::Values{});
    QVERIFY2(m_config.error().isEmpty(), qPrintable(m_config.error()));
    QCOMPARE(m_config.emulatorHost(), m_host);
    QVERIFY(!m_config.apiKey().isEmpty());
    QCOMPARE(m_config.identityToolkitBase().toString(),
             QStringLiteral("http://%1/identitytoolkit.googleapis.com/v1").arg(m_host));

    m_http = std::make_unique<HttpClient>();
    m_http->setTimeoutMs(kWaitMs);
    m_auth = std::make_unique<FirebaseAuth>(m_http.get(), m_config);
    m_keychainService =
        QStringLiteral("LeadBox-conformance-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    m_credentials = std::make_unique<CredentialStore>(m_keychainService);

    // Is it Google's emulator? Its root answers {"authEmulator":{"ready":true,...}}.
    const HttpResult root = HttpClient::wait(
        m_http->send(HttpRequest::json("GET", QUrl(QStringLiteral("http://%1/").arg(m_host)), {})));
    QJsonObject rootJson;
    QVERIFY2(root.ok() && root.jsonObject(&rootJson),
             qPrintable(root.errorText + QString::fromUtf8(root.body)));
    QVERIFY2(
        rootJson.value(QStringLiteral("authEmulator")).toObject().value(QStringLiteral("ready")).toBool(),
        root.body.constData());

    const HttpResult wiped =
        admin("DELETE", QStringLiteral("/emulator/v1/projects/%1/accounts").arg(project()));
    QVERIFY2(wiped.ok(), wiped.body.constData());
}

void TestFirebaseEmulator::init()
{
    setEmailPrivacy(false); // the emulator's default, and Firebase's for projects made before 2023-09
}

void TestFirebaseEmulator::cleanupTestCase()
{
    if (!m_http) {
        return;
    }
    setEmailPrivacy(false);
    admin("DELETE", QStringLiteral("/emulator/v1/projects/%1/accounts").arg(project()));
}

void TestFirebaseEmulator::signInSucceeds()
{
    const QString email = createUser("signin", QStringLiteral("secret-123"));
    QVERIFY(!email.isEmpty());

    // FirebaseAuth itself: both tokens come back, and the ID token is a JWT LeadBox can read.
    const AuthResult direct =
        FirebaseAuth::wait(m_auth->signInWithPassword(email, QStringLiteral("secret-123")));
    QVERIFY2(direct.ok(), qPrintable(direct.firebaseCode + QLatin1Char(' ') + direct.message));
    QVERIFY(!direct.refreshToken.isEmpty());
    QVERIFY(!direct.idToken.isEmpty());
    QCOMPARE(direct.idToken.count(QLatin1Char('.')), 2);
    const QJsonObject header =
        QJsonDocument::fromJson(
            QByteArray::fromBase64(direct.idToken.section(QLatin1Char('.'), 0, 0).toLatin1(),
                                   QByteArray::Base64UrlEncoding))
            .object();
    QCOMPARE(header.value(QStringLiteral("alg")).toString(),
             QStringLiteral("none")); // the emulator's, unsigned
    const IdTokenClaims claims = IdTokenClaims::decode(direct.idToken);
    QVERIFY(claims.valid);
    QCOMPARE(claims.email, email);
    QCOMPARE(claims.uid, direct.uid);
    QCOMPARE(direct.email, email);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY2(claims.expiresAt > now.addSecs(3500) && claims.expiresAt <= now.addSecs(3700),
             qPrintable(claims.expiresAt.toString(Qt::ISODate))); // Firebase's one hour
    QCOMPARE(direct.expiresAt, claims.expiresAt);

    // accounts:lookup with that token names the same user.
    const AuthResult looked = FirebaseAuth::wait(m_auth->lookup(direct.idToken));
    QVERIFY2(looked.ok(), qPrintable(looked.message));
    QCOMPARE(looked.uid, direct.uid);
    QCOMPARE(looked.email, email);
    QVERIFY(!looked.disabled);

    // Session: signed in, the refresh token in the keychain, the ID token in memory.
    auto session = newSession();
    QSignalSpy signedIn(session.get(), &Session::signedIn);
    const AuthResult result = signIn(*session, email, QStringLiteral("secret-123"));
    QVERIFY2(result.ok(), qPrintable(result.message));
    QVERIFY2(result.warning.isEmpty(), qPrintable(result.warning));
    QCOMPARE(signedIn.count(), 1);
    QVERIFY(session->isSignedIn());
    QCOMPARE(session->uid(), direct.uid);
    QCOMPARE(session->email(), email);
    QVERIFY(result.idToken.isEmpty() && result.refreshToken.isEmpty()); // listeners never get secrets
    QVERIFY(IdTokenClaims::decode(session->idToken()).valid);
    const CredentialResult stored = m_credentials->loadAndWait(session->uid());
    QVERIFY2(stored.ok, qPrintable(stored.error));
    QVERIFY(!stored.secret.isEmpty());
    QVERIFY(stored.secret != session->idToken());

    const QString uid = session->uid();
    QVERIFY(session->signOutAndWait().ok);
    QVERIFY(m_credentials->loadAndWait(uid).notFound);
}

void TestFirebaseEmulator::wrongPassword()
{
    const QString email = createUser("wrong-password", QStringLiteral("secret-123"));
    QVERIFY(!email.isEmpty());
    auto session = newSession();
    const AuthResult result = signIn(*session, email, QStringLiteral("not-the-password"));
    QCOMPARE(result.firebaseCode, QStringLiteral("INVALID_PASSWORD"));
    QCOMPARE(result.error, AuthError::WrongCredentials);
    QCOMPARE(result.message, wrongCredentialsText());
    QVERIFY(!session->isSignedIn());
    QCOMPARE(session->state(), Session::State::SignedOut);
}

void TestFirebaseEmulator::unknownEmail()
{
    auto session = newSession();
    const AuthResult result = signIn(*session, freshEmail("nobody"), QStringLiteral("secret-123"));
    QCOMPARE(result.firebaseCode, QStringLiteral("EMAIL_NOT_FOUND"));
    QCOMPARE(result.error, AuthError::WrongCredentials);
    QCOMPARE(result.message, wrongCredentialsText()); // the same sentence: it never says which
    QVERIFY(!session->isSignedIn());
}

void TestFirebaseEmulator::emailPrivacyGivesInvalidLoginCredentials()
{
    const QString email = createUser("privacy", QStringLiteral("secret-123"));
    QVERIFY(!email.isEmpty());
    setEmailPrivacy(true);
    auto session = newSession();
    const AuthResult wrong = signIn(*session, email, QStringLiteral("not-the-password"));
    const AuthResult unknown = signIn(*session, freshEmail("nobody"), QStringLiteral("secret-123"));
    QCOMPARE(wrong.firebaseCode, QStringLiteral("INVALID_LOGIN_CREDENTIALS"));
    QCOMPARE(unknown.firebaseCode, QStringLiteral("INVALID_LOGIN_CREDENTIALS"));
    QCOMPARE(wrong.error, AuthError::WrongCredentials);
    QCOMPARE(unknown.error, AuthError::WrongCredentials);
    QCOMPARE(wrong.message, wrongCredentialsText());
    QCOMPARE(unknown.message, wrongCredentialsText());
    QVERIFY(!session->isSignedIn());
    // The right password still works with privacy on.
    QVERIFY(signIn(*session, email, QStringLiteral("secret-123")).ok());
    QVERIFY(session->signOutAndWait().ok);
}

void TestFirebaseEmulator::refreshThroughSecureToken()
{
    const QString email = createUser("refresh", QStringLiteral("secret-123"));
    QVERIFY(!email.isEmpty());

    // FirebaseAuth::refresh: securetoken's snake_case answer becomes a full AuthResult.
    const AuthResult first =
        FirebaseAuth::wait(m_auth->signInWithPassword(email, QStringLiteral("secret-123")));
    QVERIFY(first.ok());
    const AuthResult refreshed = FirebaseAuth::wait(m_auth->refresh(first.refreshToken));
    QVERIFY2(refreshed.ok(), qPrintable(refreshed.firebaseCode + QLatin1Char(' ') + refreshed.message));
    QVERIFY(!refreshed.idToken.isEmpty());
    QVERIFY(!refreshed.refreshToken.isEmpty());
    QCOMPARE(refreshed.uid, first.uid);
    QCOMPARE(IdTokenClaims::decode(refreshed.idToken).uid, first.uid);
    QVERIFY(refreshed.expiresAt > QDateTime::currentDateTimeUtc().addSecs(3500));
    QVERIFY(FirebaseAuth::wait(m_auth->lookup(refreshed.idToken)).ok());

    // A refresh token the emulator never issued.
    const AuthResult bogus = FirebaseAuth::wait(m_auth->refresh(QStringLiteral("not-a-refresh-token")));
    QCOMPARE(bogus.firebaseCode, QStringLiteral("INVALID_REFRESH_TOKEN"));
    QCOMPARE(bogus.error, AuthError::SessionExpired);
    QVERIFY(AuthErrors::endsSession(bogus.error));

    // Session::refreshNow, as the timer calls it before expiry.
    auto session = newSession();
    QVERIFY(signIn(*session, email, QStringLiteral("secret-123")).ok());
    const QString uid = session->uid();
    QSignalSpy tokenRefreshed(session.get(), &Session::tokenRefreshed);
    QSignalSpy refreshFinished(session.get(), &Session::refreshFinished);
    session->refreshNow();
    QVERIFY(refreshFinished.wait(kWaitMs));
    QVERIFY2(refreshFinished.first().at(0).toBool(), qPrintable(refreshFinished.first().at(1).toString()));
    QCOMPARE(tokenRefreshed.count(), 1);
    QVERIFY(session->isSignedIn());
    QCOMPARE(IdTokenClaims::decode(session->idToken()).uid, uid);
    QVERIFY(FirebaseAuth::wait(m_auth->lookup(session->idToken())).ok());

    // The next launch: a new Session restores from the keychain through securetoken, no password.
    auto next = newSession();
    QSignalSpy restored(next.get(), &Session::signInFinished);
    next->restore(uid);
    QVERIFY(restored.wait(kWaitMs));
    const AuthResult restoredResult = restored.first().first().value<AuthResult>();
    QVERIFY2(restoredResult.ok(), qPrintable(restoredResult.message));
    QVERIFY(next->isSignedIn());
    QCOMPARE(next->email(), email);
    QVERIFY(next->signOutAndWait().ok);
    session->signOut();
}

void TestFirebaseEmulator::disabledUser()
{
    const QString email = createUser("disabled", QStringLiteral("secret-123"));
    QVERIFY(!email.isEmpty());
    const AuthResult before =
        FirebaseAuth::wait(m_auth->signInWithPassword(email, QStringLiteral("secret-123")));
    QVERIFY(before.ok());
    setDisabled(before.uid, true);

    auto session = newSession();
    const AuthResult result = signIn(*session, email, QStringLiteral("secret-123"));
    QCOMPARE(result.firebaseCode, QStringLiteral("USER_DISABLED"));
    QCOMPARE(result.error, AuthError::UserDisabled);
    QCOMPARE(result.message,
             QStringLiteral(
                 "This account has been disabled. Ask the workspace owner or LeadBox support for help."));
    QVERIFY(!session->isSignedIn());
    QVERIFY(m_credentials->loadAndWait(before.uid).notFound);

    setDisabled(before.uid, false);
    QVERIFY(signIn(*session, email, QStringLiteral("secret-123")).ok());
    QVERIFY(session->signOutAndWait().ok);
}

void TestFirebaseEmulator::disabledUserEndsSession()
{
    const QString email = createUser("soon-disabled", QStringLiteral("secret-123"));
    QVERIFY(!email.isEmpty());
    auto session = newSession();
    QVERIFY(signIn(*session, email, QStringLiteral("secret-123")).ok());
    const QString uid = session->uid();
    QVERIFY(m_credentials->loadAndWait(uid).ok);

    // Disabled while signed in: the next refresh gets USER_DISABLED and the session ends cleanly.
    setDisabled(uid, true);
    QSignalSpy signedOut(session.get(), &Session::signedOut);
    QSignalSpy refreshFinished(session.get(), &Session::refreshFinished);
    session->refreshNow();
    QVERIFY(refreshFinished.wait(kWaitMs));
    QVERIFY(!refreshFinished.first().at(0).toBool());
    QCOMPARE(signedOut.count(), 1);
    QCOMPARE(signedOut.first().first().toString(), AuthErrors::text(AuthError::UserDisabled));
    QVERIFY(!session->isSignedIn());
    QVERIFY(session->idToken().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(m_credentials->loadAndWait(uid).notFound, kWaitMs);
}

void TestFirebaseEmulator::passwordReset()
{
    const QString email = createUser("reset", QStringLiteral("old-secret"));
    QVERIFY(!email.isEmpty());

    const AuthResult sent = FirebaseAuth::wait(m_auth->sendPasswordReset(email));
    QVERIFY2(sent.ok(), qPrintable(sent.firebaseCode + QLatin1Char(' ') + sent.message));
    QCOMPARE(sent.email, email);
    const QString code = latestResetCode(email);
    QVERIFY2(!code.isEmpty(), "no PASSWORD_RESET code in /emulator/v1/projects/demo-leadbox/oobCodes");

    const AuthResult bad =
        FirebaseAuth::wait(m_auth->resetPassword(QStringLiteral("not-a-code"), QStringLiteral("new-secret")));
    QCOMPARE(bad.error, AuthError::InvalidOobCode);
    QCOMPARE(bad.firebaseCode, QStringLiteral("INVALID_OOB_CODE"));

    const AuthResult reset = FirebaseAuth::wait(m_auth->resetPassword(code, QStringLiteral("new-secret")));
    QVERIFY2(reset.ok(), qPrintable(reset.firebaseCode + QLatin1Char(' ') + reset.message));
    // A code works once.
    const AuthResult again = FirebaseAuth::wait(m_auth->resetPassword(code, QStringLiteral("newer-secret")));
    QCOMPARE(again.error, AuthError::InvalidOobCode);

    auto session = newSession();
    const AuthResult old = signIn(*session, email, QStringLiteral("old-secret"));
    QCOMPARE(old.error, AuthError::WrongCredentials);
    QCOMPARE(old.message, wrongCredentialsText());
    const AuthResult fresh = signIn(*session, email, QStringLiteral("new-secret"));
    QVERIFY2(fresh.ok(), qPrintable(fresh.message));
    QCOMPARE(session->email(), email);
    QVERIFY(session->signOutAndWait().ok);
}

QTEST_GUILESS_MAIN(TestFirebaseEmulator)
#include "test_firebase_emulator.moc"
