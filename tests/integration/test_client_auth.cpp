// LeadBox's sign-in services against devcloud: each Firebase answer becomes the right sentence,
// the refresh token goes to the keychain and back, tokens refresh before expiry and once on a 401,
// a disabled or revoked account signs out cleanly, and no token reaches a file or a log line.
#include "services/logging/Logging.h"
#include "tests/integration/ClientFixture.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace leadbox;

class TestClientAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void signInKeepsRefreshTokenInKeychain();
    void wrongCredentialsOneSentence();
    void disabledAccountSentence();
    void tooManyAttempts();
    void offlineOffersToContinue();
    void restoreWithoutPassword();
    void refreshesBeforeExpiry();
    void refreshesOnceOn401();
    void disabledUserSignsOutCleanly();
    void revokedTokensSignOutCleanly();
    void passwordReset();
    void noTokenInFilesOrLogs();

private:
    DevcloudProcess m_devcloud;
};

void TestClientAuth::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        QSKIP("No D-Bus session: run through scripts/test, which starts a Secret Service.");
    }
    QVERIFY2(m_devcloud.start({QStringLiteral("--seed"), QStringLiteral("demo")}),
             qPrintable(m_devcloud.error()));
}

void TestClientAuth::signInKeepsRefreshTokenInKeychain()
{
    ClientFixture client(m_devcloud);
    QSignalSpy signedIn(client.session.get(), &Session::signedIn);
    const AuthResult result =
        client.session->signInAndWait(ClientFixture::owner(), ClientFixture::password());
    QVERIFY2(result.ok(), qPrintable(result.message));
    QVERIFY2(result.warning.isEmpty(), qPrintable(result.warning));
    QCOMPARE(signedIn.count(), 1);
    QVERIFY(client.session->isSignedIn());
    QCOMPARE(client.session->email(), ClientFixture::owner());
    QVERIFY(!client.session->uid().isEmpty());
    QVERIFY(client.session->expiresAt() > QDateTime::currentDateTimeUtc().addSecs(60));
    QVERIFY(result.idToken.isEmpty() && result.refreshToken.isEmpty()); // listeners never get secrets

    const CredentialResult stored = client.credentials->loadAndWait(client.session->uid());
    QVERIFY2(stored.ok, qPrintable(stored.error));
    QVERIFY(!stored.secret.isEmpty());
    QVERIFY(stored.secret != client.session->idToken());

    const QString uid = client.session->uid();
    QSignalSpy signedOut(client.session.get(), &Session::signedOut);
    QVERIFY(client.session->signOutAndWait().ok);
    QCOMPARE(signedOut.count(), 1);
    QVERIFY(signedOut.first().first().toString().isEmpty());
    QVERIFY(client.session->idToken().isEmpty());
    QVERIFY(client.credentials->loadAndWait(uid).notFound);
}

void TestClientAuth::wrongCredentialsOneSentence()
{
    ClientFixture client(m_devcloud);
    const AuthResult wrongPassword =
        client.session->signInAndWait(ClientFixture::admin(), QStringLiteral("nope-nope"));
    const AuthResult unknownEmail =
        client.session->signInAndWait(QStringLiteral("nobody@demo.leadbox.test"), ClientFixture::password());
    QCOMPARE(wrongPassword.error, AuthError::WrongCredentials);
    QCOMPARE(unknownEmail.error, AuthError::WrongCredentials);
    QCOMPARE(wrongPassword.message, unknownEmail.message);
    QCOMPARE(wrongPassword.message,
             QStringLiteral("The email address or password is not right. Check both and try again."));
    QVERIFY(!client.session->isSignedIn());
}

void TestClientAuth::disabledAccountSentence()
{
    ClientFixture client(m_devcloud);
    const QString email =
        QStringLiteral("disabled-%1@demo.leadbox.test").arg(QDateTime::currentMSecsSinceEpoch());
    QVERIFY(FirebaseAuth::wait(client.auth->signUp(email, QStringLiteral("secret-123"))).ok());
    client.setDisabled(email, true);
    const AuthResult result = client.session->signInAndWait(email, QStringLiteral("secret-123"));
    QCOMPARE(result.error, AuthError::UserDisabled);
    QCOMPARE(result.message, AuthErrors::text(AuthError::UserDisabled));
    QVERIFY(result.message.contains(QStringLiteral("disabled")));
}

void TestClientAuth::tooManyAttempts()
{
    ClientFixture client(m_devcloud);
    const QString email =
        QStringLiteral("locked-%1@demo.leadbox.test").arg(QDateTime::currentMSecsSinceEpoch());
    QVERIFY(FirebaseAuth::wait(client.auth->signUp(email, QStringLiteral("secret-123"))).ok());
    AuthResult result;
    for (int i = 0; i < 8 && result.error != AuthError::TooManyAttempts; ++i) {
        result = client.session->signInAndWait(email, QStringLiteral("wrong-%1").arg(i));
    }
    QCOMPARE(result.error, AuthError::TooManyAttempts);
    QVERIFY(result.message.startsWith(QStringLiteral("Too many sign-in attempts")));
}

void TestClientAuth::offlineOffersToContinue()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    QProcessEnvironment env;
    env.insert(QStringLiteral("FIREBASE_AUTH_EMULATOR_HOST"), QStringLiteral("127.0.0.1:%1").arg(port));
    const CloudConfig config =
        CloudConfig::resolve({QStringLiteral("http://127.0.0.1:%1").arg(port), QStringLiteral("k"), {}}, env,
                             CloudConfig::Values{});
    HttpClient http;
    FirebaseAuth auth(&http, config);
    const AuthResult result =
        FirebaseAuth::wait(auth.signInWithPassword(ClientFixture::owner(), ClientFixture::password()));
    QCOMPARE(result.error, AuthError::Offline);
    QCOMPARE(
        result.message,
        QStringLiteral("LeadBox cannot reach the sign-in service. Check the network, or continue offline."));
}

void TestClientAuth::restoreWithoutPassword()
{
    ClientFixture first(m_devcloud);
    QVERIFY(first.session->signInAndWait(ClientFixture::admin(), ClientFixture::password()).ok());
    const QString uid = first.session->uid();

    // The next launch: a new session, same keychain, no password.
    ClientFixture next(m_devcloud);
    next.credentials = std::make_unique<CredentialStore>(first.keychainService);
    next.session = std::make_unique<Session>(next.auth.get(), next.credentials.get());
    next.cloud = std::make_unique<CloudClient>(next.http.get(), next.session.get(), next.config);
    const AuthResult restored = next.session->restoreAndWait(uid);
    QVERIFY2(restored.ok(), qPrintable(restored.message));
    QCOMPARE(next.session->email(), ClientFixture::admin());
    QVERIFY(next.cloud->meAndWait().ok());

    // An account that never signed in here has nothing to restore.
    const AuthResult none = next.session->restoreAndWait(QStringLiteral("no-such-uid"));
    QCOMPARE(none.error, AuthError::NoStoredSession);
    QVERIFY(next.session->signOutAndWait().ok);
}

void TestClientAuth::refreshesBeforeExpiry()
{
    DevcloudProcess shortLived;
    QVERIFY2(shortLived.start({QStringLiteral("--seed"), QStringLiteral("demo"),
                               QStringLiteral("--token-lifetime"), QStringLiteral("4")}),
             qPrintable(shortLived.error()));
    ClientFixture client(shortLived);
    QVERIFY(client.session->signInAndWait(ClientFixture::member(), ClientFixture::password()).ok());
    const QString firstToken = client.session->idToken();
    QSignalSpy refreshed(client.session.get(), &Session::tokenRefreshed);
    QVERIFY(refreshed.wait(6000)); // halfway through a 4 s lifetime
    QVERIFY(client.session->idToken() != firstToken);
    QVERIFY(client.session->isSignedIn());
    QVERIFY(client.cloud->meAndWait().ok());
    QVERIFY(client.session->signOutAndWait().ok);
}

void TestClientAuth::refreshesOnceOn401()
{
    DevcloudProcess shortLived;
    QVERIFY2(shortLived.start({QStringLiteral("--seed"), QStringLiteral("demo"),
                               QStringLiteral("--token-lifetime"), QStringLiteral("2")}),
             qPrintable(shortLived.error()));
    QTemporaryDir logs;
    Logging::Options options;
    options.folder = logs.path();
    QCOMPARE(Logging::start(options), QString());
    ClientFixture client(shortLived);
    QVERIFY(client.session->signInAndWait(ClientFixture::member(), ClientFixture::password()).ok());
    // Let the ID token expire while the event loop (and so the refresh timer) is held up, as after
    // a laptop's sleep: the next call goes out with an expired token.
    QThread::sleep(3);
    const auto me = client.cloud->meAndWait();
    const QString logFile = Logging::currentFile();
    Logging::stop();
    QVERIFY2(me.ok(), qPrintable(me.error.text()));
    QCOMPARE(me.value.email, ClientFixture::member());
    QFile log(logFile);
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray text = log.readAll();
    QVERIFY2(text.contains("GET /v1/me 401"), text.constData());
    QVERIFY(text.contains("GET /v1/me 200"));
    QCOMPARE(text.count("GET /v1/me 401"), 1);
    QVERIFY(client.session->signOutAndWait().ok);
}

void TestClientAuth::disabledUserSignsOutCleanly()
{
    ClientFixture client(m_devcloud);
    const QString email =
        QStringLiteral("soon-disabled-%1@demo.leadbox.test").arg(QDateTime::currentMSecsSinceEpoch());
    QVERIFY(FirebaseAuth::wait(client.auth->signUp(email, QStringLiteral("secret-123"))).ok());
    QVERIFY(client.session->signInAndWait(email, QStringLiteral("secret-123")).ok());
    const QString uid = client.session->uid();
    QVERIFY(client.credentials->loadAndWait(uid).ok);

    client.setDisabled(email, true);
    QSignalSpy signedOut(client.session.get(), &Session::signedOut);
    const auto me = client.cloud->meAndWait();
    QCOMPARE(me.error.code, QStringLiteral("account_disabled"));
    QVERIFY(me.error.text().contains(QStringLiteral("(request ID ")));
    QCOMPARE(signedOut.count(), 1);
    QVERIFY(signedOut.first().first().toString().contains(QStringLiteral("disabled")));
    QVERIFY(!client.session->isSignedIn());
    QVERIFY(client.session->idToken().isEmpty());
    QTRY_VERIFY(client.credentials->loadAndWait(uid).notFound);

    // The same through a refresh: USER_DISABLED ends the restored session.
    client.setDisabled(email, false);
    QVERIFY(client.session->signInAndWait(email, QStringLiteral("secret-123")).ok());
    client.setDisabled(email, true);
    signedOut.clear();
    client.session->refreshNow();
    QTRY_COMPARE(signedOut.count(), 1);
    QCOMPARE(signedOut.first().first().toString(), AuthErrors::text(AuthError::UserDisabled));
    QTRY_VERIFY(client.credentials->loadAndWait(uid).notFound);
}

void TestClientAuth::revokedTokensSignOutCleanly()
{
    ClientFixture client(m_devcloud);
    const QString email =
        QStringLiteral("revoked-%1@demo.leadbox.test").arg(QDateTime::currentMSecsSinceEpoch());
    QVERIFY(FirebaseAuth::wait(client.auth->signUp(email, QStringLiteral("secret-123"))).ok());
    QVERIFY(client.session->signInAndWait(email, QStringLiteral("secret-123")).ok());
    const QString uid = client.session->uid();
    client.control(QStringLiteral("/devcloud/v1/users:revokeTokens"), {{QStringLiteral("email"), email}});
    QSignalSpy signedOut(client.session.get(), &Session::signedOut);
    const auto me = client.cloud->meAndWait();
    QVERIFY(me.error.isError());
    QCOMPARE(signedOut.count(), 1);
    QVERIFY(!signedOut.first().first().toString().isEmpty());
    QVERIFY(!client.session->isSignedIn());
    QTRY_VERIFY(client.credentials->loadAndWait(uid).notFound);
}

void TestClientAuth::passwordReset()
{
    ClientFixture client(m_devcloud);
    const QString email =
        QStringLiteral("reset-%1@demo.leadbox.test").arg(QDateTime::currentMSecsSinceEpoch());
    QVERIFY(FirebaseAuth::wait(client.auth->signUp(email, QStringLiteral("old-secret"))).ok());
    QVERIFY(FirebaseAuth::wait(client.auth->sendPasswordReset(email)).ok());
    const QString code = client.oobCode(email);
    QVERIFY(!code.isEmpty());
    const AuthResult bad = FirebaseAuth::wait(
        client.auth->resetPassword(QStringLiteral("not-a-code"), QStringLiteral("x1234567")));
    QCOMPARE(bad.error, AuthError::InvalidOobCode);
    QVERIFY(FirebaseAuth::wait(client.auth->resetPassword(code, QStringLiteral("new-secret"))).ok());
    QCOMPARE(client.session->signInAndWait(email, QStringLiteral("old-secret")).error,
             AuthError::WrongCredentials);
    QVERIFY(client.session->signInAndWait(email, QStringLiteral("new-secret")).ok());
    const AuthResult looked = FirebaseAuth::wait(client.auth->lookup(client.session->idToken()));
    QVERIFY(looked.ok());
    QCOMPARE(looked.email, email);
    QVERIFY(!looked.disabled);
    QVERIFY(client.session->signOutAndWait().ok);
}

void TestClientAuth::noTokenInFilesOrLogs()
{
    QTemporaryDir dataDir;
    Logging::Options options;
    options.folder = dataDir.filePath(QStringLiteral("logs"));
    QCOMPARE(Logging::start(options), QString());
    ClientFixture client(m_devcloud);
    QVERIFY(client.session->signInAndWait(ClientFixture::owner(), ClientFixture::password()).ok());
    const QString uid = client.session->uid();
    QStringList secrets{client.session->idToken(), client.credentials->loadAndWait(uid).secret};
    QVERIFY(client.cloud->meAndWait().ok());
    QSignalSpy refreshed(client.session.get(), &Session::refreshFinished);
    client.session->refreshNow();
    QVERIFY(refreshed.wait(5000));
    secrets << client.session->idToken() << client.credentials->loadAndWait(uid).secret;
    QVERIFY(client.session->signOutAndWait().ok);
    Logging::stop();

    int files = 0;
    QDirIterator it(dataDir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY(content.contains("POST /identitytoolkit.googleapis.com/v1/accounts:signInWithPassword 200"));
        for (const QString& secret : secrets) {
            QVERIFY(!secret.isEmpty());
            QVERIFY2(!content.contains(secret.toLatin1()), qPrintable(file.fileName()));
        }
        QVERIFY(!content.contains(ClientFixture::password().toLatin1()));
        ++files;
    }
    QVERIFY(files > 0);
}

QTEST_GUILESS_MAIN(TestClientAuth)
#include "test_client_auth.moc"
