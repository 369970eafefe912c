// The Firebase Identity Toolkit subset of leadbox-devcloud, over real HTTP: sign-up, sign-in and each of
// its errors, refresh and revocation, token expiry, password reset, and a restart on the same data file.
#include "tests/integration/DevcloudClient.h"

#include <QDateTime>
#include <QTest>

class TestDevcloudAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void signUpSignInAndLookup();
    void signUpRefusesBadInput();
    void wrongPasswordAndUnknownEmailLookTheSame();
    void disabledUserIsRefusedEverywhere();
    void tooManyAttemptsLocksTheEmail();
    void refreshAndRevoke();
    void expiredTokenIsRefusedUntilRefreshed();
    void passwordReset();
    void restartKeepsUsersAndSessions();
    void seedDemoIsIdempotent();
    void trustsAuthEmulatorTokens();

private:
    DevcloudProcess m_devcloud;
};

void TestDevcloudAuth::initTestCase()
{
    QVERIFY2(m_devcloud.start(), qPrintable(m_devcloud.error()));
}

void TestDevcloudAuth::signUpSignInAndLookup()
{
    DevcloudClient client(m_devcloud);
    const HttpReply up = client.signUp(QStringLiteral("Ann@Example.com"));
    QCOMPARE(up.status, 200);
    QCOMPARE(up.text("/email"), QStringLiteral("ann@example.com"));
    QCOMPARE(up.text("/expiresIn"), QStringLiteral("3600"));
    QVERIFY(!up.text("/localId").isEmpty());
    QVERIFY(!up.text("/refreshToken").isEmpty());
    QCOMPARE(up.text("/idToken").count(QLatin1Char('.')), 2); // a JWT

    QCOMPARE(client.signUp(QStringLiteral("ann@example.com")).text("/error/message"),
             QStringLiteral("EMAIL_EXISTS"));

    const HttpReply in = client.signIn(QStringLiteral("ann@example.com"));
    QCOMPARE(in.status, 200);
    QCOMPARE(in.text("/localId"), up.text("/localId"));
    QCOMPARE(in.body.value("registered", false), true);
    QVERIFY(in.body.contains("displayName"));

    const HttpReply lookup =
        client.post(QStringLiteral("/identitytoolkit.googleapis.com/v1/accounts:lookup?key=any"),
                    {{"idToken", in.text("/idToken").toStdString()}});
    QCOMPARE(lookup.status, 200);
    QCOMPARE(lookup.text("/users/0/email"), QStringLiteral("ann@example.com"));
    QCOMPARE(lookup.text("/users/0/localId"), up.text("/localId"));
    QCOMPARE(lookup.body["users"][0]["disabled"].get<bool>(), false);

    const HttpReply forged =
        client.post(QStringLiteral("/identitytoolkit.googleapis.com/v1/accounts:lookup?key=any"),
                    {{"idToken", in.text("/idToken").toStdString() + "x"}});
    QCOMPARE(forged.text("/error/message"), QStringLiteral("INVALID_ID_TOKEN"));
}

void TestDevcloudAuth::signUpRefusesBadInput()
{
    DevcloudClient client(m_devcloud);
    QCOMPARE(client.signUp(QStringLiteral("not-an-email")).text("/error/message"),
             QStringLiteral("INVALID_EMAIL"));
    QCOMPARE(
        client.signUp(QStringLiteral("weak@example.com"), QStringLiteral("12345")).text("/error/message"),
        QStringLiteral("WEAK_PASSWORD : Password should be at least 6 characters"));
    QCOMPARE(client.signUp(QStringLiteral("nopass@example.com"), QString()).text("/error/message"),
             QStringLiteral("MISSING_PASSWORD"));
}

void TestDevcloudAuth::wrongPasswordAndUnknownEmailLookTheSame()
{
    DevcloudClient client(m_devcloud);
    QCOMPARE(client.signUp(QStringLiteral("bob@example.com")).status, 200);
    const HttpReply wrong =
        client.signIn(QStringLiteral("bob@example.com"), QStringLiteral("wrong-password"));
    const HttpReply unknown = client.signIn(QStringLiteral("nobody@example.com"));
    QCOMPARE(wrong.status, 400);
    QCOMPARE(unknown.status, 400);
    // Firebase's exact envelope, and no difference that would reveal the account exists.
    QVERIFY2(wrong.body ==
                 nlohmann::json::parse(R"({"error":{"code":400,"message":"INVALID_LOGIN_CREDENTIALS",
        "errors":[{"message":"INVALID_LOGIN_CREDENTIALS","domain":"global","reason":"invalid"}]}})"),
             qPrintable(wrong.describe()));
    QVERIFY2(unknown.body == wrong.body, qPrintable(unknown.describe()));
}

void TestDevcloudAuth::disabledUserIsRefusedEverywhere()
{
    DevcloudClient client(m_devcloud);
    const Session carol = client.session(QStringLiteral("carol@example.com"));
    QVERIFY(!carol.idToken.isEmpty());
    QCOMPARE(client
                 .post(QStringLiteral("/devcloud/v1/users:disable"),
                       {{"email", "carol@example.com"}, {"disabled", true}})
                 .status,
             200);
    QCOMPARE(client.signIn(carol.email).text("/error/message"), QStringLiteral("USER_DISABLED"));
    QCOMPARE(client.refresh(carol.refreshToken).text("/error/message"), QStringLiteral("USER_DISABLED"));
    const HttpReply me = client.get(QStringLiteral("/v1/me"), carol.idToken);
    QCOMPARE(me.status, 401);
    QCOMPARE(me.text("/error/code"), QStringLiteral("account_disabled"));
    // A wrong password still gets the privacy-preserving answer.
    QCOMPARE(client.signIn(carol.email, QStringLiteral("wrong-password")).text("/error/message"),
             QStringLiteral("INVALID_LOGIN_CREDENTIALS"));

    client.post(QStringLiteral("/devcloud/v1/users:disable"),
                {{"email", "carol@example.com"}, {"disabled", false}});
    QCOMPARE(client.signIn(carol.email).status, 200);
    QCOMPARE(client.get(QStringLiteral("/v1/me"), carol.idToken).status, 200);
}

void TestDevcloudAuth::tooManyAttemptsLocksTheEmail()
{
    DevcloudClient client(m_devcloud);
    QCOMPARE(client.signUp(QStringLiteral("dave@example.com")).status, 200);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(client.signIn(QStringLiteral("dave@example.com"), QStringLiteral("wrong-password"))
                     .text("/error/message"),
                 QStringLiteral("INVALID_LOGIN_CREDENTIALS"));
    }
    // Now even the right password waits; other people are not affected.
    QCOMPARE(client.signIn(QStringLiteral("dave@example.com")).text("/error/message"),
             QStringLiteral("TOO_MANY_ATTEMPTS_TRY_LATER"));
    QCOMPARE(client.session(QStringLiteral("erin@example.com")).idToken.isEmpty(), false);
}

void TestDevcloudAuth::refreshAndRevoke()
{
    DevcloudClient client(m_devcloud);
    const Session frank = client.session(QStringLiteral("frank@example.com"));
    const HttpReply refreshed = client.refresh(frank.refreshToken);
    QCOMPARE(refreshed.status, 200);
    QCOMPARE(refreshed.text("/token_type"), QStringLiteral("Bearer"));
    QCOMPARE(refreshed.text("/user_id"), frank.uid);
    QCOMPARE(refreshed.text("/refresh_token"), frank.refreshToken);
    QCOMPARE(refreshed.text("/expires_in"), QStringLiteral("3600"));
    QCOMPARE(client.get(QStringLiteral("/v1/me"), refreshed.text("/id_token")).status, 200);

    // JSON works as well as a form.
    const HttpReply json =
        client.post(QStringLiteral("/securetoken.googleapis.com/v1/token?key=any"),
                    {{"grant_type", "refresh_token"}, {"refresh_token", frank.refreshToken.toStdString()}});
    QCOMPARE(json.status, 200);

    QCOMPARE(client.post(QStringLiteral("/devcloud/v1/users:revokeTokens"), {{"email", "frank@example.com"}})
                 .status,
             200);
    QCOMPARE(client.refresh(frank.refreshToken).text("/error/message"),
             QStringLiteral("INVALID_REFRESH_TOKEN"));
    const HttpReply old = client.get(QStringLiteral("/v1/me"), refreshed.text("/id_token"));
    QCOMPARE(old.status, 401);
    QCOMPARE(old.text("/error/code"), QStringLiteral("token_revoked"));
    // Signing in again starts a fresh session.
    QCOMPARE(client.get(QStringLiteral("/v1/me"), client.signIn(frank.email).text("/idToken")).status, 200);
    QCOMPARE(client.refresh(QStringLiteral("made-up")).text("/error/message"),
             QStringLiteral("INVALID_REFRESH_TOKEN"));
}

void TestDevcloudAuth::expiredTokenIsRefusedUntilRefreshed()
{
    // A 2-second lifetime: every token is valid for at least one second after it is issued.
    DevcloudProcess shortLived;
    QVERIFY2(shortLived.start({QStringLiteral("--token-lifetime"), QStringLiteral("2")}),
             qPrintable(shortLived.error()));
    DevcloudClient client(shortLived);
    const HttpReply up = client.signUp(QStringLiteral("gina@example.com"));
    QCOMPARE(up.text("/expiresIn"), QStringLiteral("2"));
    const QString token = up.text("/idToken");
    HttpReply me;
    QTRY_VERIFY_WITH_TIMEOUT((me = client.get(QStringLiteral("/v1/me"), token)).status == 401, 5000);
    QCOMPARE(me.text("/error/code"), QStringLiteral("token_expired"));
    const HttpReply lookup = client.post(QStringLiteral("/identitytoolkit.googleapis.com/v1/accounts:lookup"),
                                         {{"idToken", token.toStdString()}});
    QCOMPARE(lookup.text("/error/message"), QStringLiteral("TOKEN_EXPIRED"));

    const HttpReply refreshed = client.refresh(up.text("/refreshToken"));
    QCOMPARE(refreshed.status, 200);
    QCOMPARE(client.get(QStringLiteral("/v1/me"), refreshed.text("/id_token")).status, 200);
}

void TestDevcloudAuth::passwordReset()
{
    DevcloudClient client(m_devcloud);
    const Session hana = client.session(QStringLiteral("hana@example.com"));
    const HttpReply sent =
        client.post(QStringLiteral("/identitytoolkit.googleapis.com/v1/accounts:sendOobCode?key=any"),
                    {{"requestType", "PASSWORD_RESET"}, {"email", "hana@example.com"}});
    QCOMPARE(sent.status, 200);
    QCOMPARE(sent.text("/email"), QStringLiteral("hana@example.com"));
    // An unknown email gets the same answer and no code.
    QCOMPARE(client
                 .post(QStringLiteral("/identitytoolkit.googleapis.com/v1/accounts:sendOobCode"),
                       {{"requestType", "PASSWORD_RESET"}, {"email", "ghost@example.com"}})
                 .status,
             200);
    QCOMPARE(static_cast<int>(client.get(QStringLiteral("/devcloud/v1/oobCodes?email=ghost@example.com"))
                                  .body["oobCodes"]
                                  .size()),
             0);

    const HttpReply codes = client.get(QStringLiteral("/devcloud/v1/oobCodes?email=hana@example.com"));
    QCOMPARE(static_cast<int>(codes.body["oobCodes"].size()), 1);
    QCOMPARE(codes.text("/oobCodes/0/requestType"), QStringLiteral("PASSWORD_RESET"));
    const std::string code = codes.body["oobCodes"][0]["oobCode"].get<std::string>();
    const QString reset = QStringLiteral("/identitytoolkit.googleapis.com/v1/accounts:resetPassword?key=any");
    QCOMPARE(client.post(reset, {{"oobCode", code}, {"newPassword", "123"}}).text("/error/message"),
             QStringLiteral("WEAK_PASSWORD : Password should be at least 6 characters"));
    const HttpReply done = client.post(reset, {{"oobCode", code}, {"newPassword", "brand-new-pass"}});
    QCOMPARE(done.status, 200);
    QCOMPARE(done.text("/email"), QStringLiteral("hana@example.com"));
    QCOMPARE(done.text("/requestType"), QStringLiteral("PASSWORD_RESET"));
    QCOMPARE(
        client.post(reset, {{"oobCode", code}, {"newPassword", "again-new-pass"}}).text("/error/message"),
        QStringLiteral("INVALID_OOB_CODE"));

    QCOMPARE(client.signIn(hana.email).text("/error/message"), QStringLiteral("INVALID_LOGIN_CREDENTIALS"));
    QCOMPARE(client.signIn(hana.email, QStringLiteral("brand-new-pass")).status, 200);
    // The old sessions ended with the old password.
    QCOMPARE(client.refresh(hana.refreshToken).text("/error/message"), QStringLiteral("TOKEN_EXPIRED"));
}

void TestDevcloudAuth::restartKeepsUsersAndSessions()
{
    DevcloudProcess devcloud;
    QVERIFY2(devcloud.start(), qPrintable(devcloud.error()));
    const Session ivan = DevcloudClient(devcloud).session(QStringLiteral("ivan@example.com"));
    QVERIFY(!ivan.refreshToken.isEmpty());
    const quint16 firstPort = devcloud.port();

    QVERIFY2(devcloud.start(), qPrintable(devcloud.error())); // a restart on the same data file
    Q_UNUSED(firstPort)
    DevcloudClient client(devcloud);
    QCOMPARE(client.get(QStringLiteral("/v1/me"), ivan.idToken).status, 200); // same signing key
    const HttpReply refreshed = client.refresh(ivan.refreshToken);
    QCOMPARE(refreshed.status, 200);
    QCOMPARE(refreshed.text("/user_id"), ivan.uid);
    QCOMPARE(client.signIn(ivan.email).text("/localId"), ivan.uid);
}

void TestDevcloudAuth::seedDemoIsIdempotent()
{
    DevcloudProcess devcloud;
    for (int run = 0; run < 2; ++run) {
        QVERIFY2(devcloud.start({QStringLiteral("--seed"), QStringLiteral("demo")}),
                 qPrintable(devcloud.error()));
        DevcloudClient client(devcloud);
        const HttpReply owner =
            client.signIn(QStringLiteral("owner@demo.leadbox.test"), QStringLiteral("demo-password"));
        QCOMPARE(owner.text("/displayName"), QStringLiteral("Olivia Owner"));
        const HttpReply me = client.get(QStringLiteral("/v1/me"), owner.text("/idToken"));
        QCOMPARE(static_cast<int>(me.body["workspaces"].size()), 2);
        QCOMPARE(me.text("/workspaces/0/name"), QStringLiteral("Acme Sales"));
        QCOMPARE(me.text("/workspaces/1/name"), QStringLiteral("Globex Marketing"));
        const QString acme = me.text("/workspaces/0/id");
        const QString globex = me.text("/workspaces/1/id");
        const HttpReply acmeLeads = client.get(QStringLiteral("/v1/workspaces/%1/leads?limit=1000").arg(acme),
                                               owner.text("/idToken"));
        QCOMPARE(static_cast<int>(acmeLeads.body["leads"].size()), 300);
        QVERIFY(acmeLeads.text("/leads/0/email").contains(QLatin1Char('@')));
        const HttpReply globexLeads = client.get(
            QStringLiteral("/v1/workspaces/%1/leads?limit=1000").arg(globex), owner.text("/idToken"));
        QCOMPARE(static_cast<int>(globexLeads.body["leads"].size()), 100);

        const QString admin =
            client.signIn(QStringLiteral("admin@demo.leadbox.test"), QStringLiteral("demo-password"))
                .text("/idToken");
        const HttpReply adminMe = client.get(QStringLiteral("/v1/me"), admin);
        QCOMPARE(adminMe.text("/user/displayName"), QStringLiteral("Adam Admin"));
        QCOMPARE(adminMe.text("/workspaces/0/role"), QStringLiteral("admin"));
        QCOMPARE(adminMe.text("/workspaces/1/role"), QStringLiteral("member"));
        const QString member =
            client.signIn(QStringLiteral("member@demo.leadbox.test"), QStringLiteral("demo-password"))
                .text("/idToken");
        const HttpReply memberMe = client.get(QStringLiteral("/v1/me"), member);
        QCOMPARE(static_cast<int>(memberMe.body["workspaces"].size()), 1);
        QCOMPARE(memberMe.text("/workspaces/0/role"), QStringLiteral("member"));
        QCOMPARE(client.get(QStringLiteral("/v1/workspaces/%1/leads").arg(globex), member).status, 404);
    }
}

namespace {

// An ID token shaped like the Firebase Auth Emulator's: unsigned (alg "none").
QString emulatorToken(const QString& project, const QString& uid, const QString& email, qint64 expiresIn)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const nlohmann::json payload = {{"iss", "https://securetoken.google.com/" + project.toStdString()},
                                    {"aud", project.toStdString()},
                                    {"sub", uid.toStdString()},
                                    {"user_id", uid.toStdString()},
                                    {"email", email.toStdString()},
                                    {"iat", now},
                                    {"exp", now + expiresIn}};
    const auto encode = [](const std::string& text) {
        return QByteArray::fromStdString(text).toBase64(QByteArray::Base64UrlEncoding |
                                                        QByteArray::OmitTrailingEquals);
    };
    return QString::fromLatin1(encode(R"({"alg":"none","typ":"JWT"})") + '.' + encode(payload.dump()) + '.');
}

} // namespace

void TestDevcloudAuth::trustsAuthEmulatorTokens()
{
    DevcloudProcess devcloud;
    QVERIFY2(devcloud.start({QStringLiteral("--auth-emulator"), QStringLiteral("127.0.0.1:9099"),
                             QStringLiteral("--seed"), QStringLiteral("demo")}),
             qPrintable(devcloud.error()));
    DevcloudClient client(devcloud);
    // Its own Identity Toolkit is off: the emulator issues tokens.
    QCOMPARE(client.signIn(QStringLiteral("owner@demo.leadbox.test"), QStringLiteral("demo-password")).status,
             404);

    const QString owner = emulatorToken(QStringLiteral("demo-leadbox"), QStringLiteral("emulatorUid1"),
                                        QStringLiteral("owner@demo.leadbox.test"), 3600);
    const HttpReply me = client.get(QStringLiteral("/v1/me"), owner);
    QCOMPARE(me.status, 200);
    QCOMPARE(me.text("/user/uid"), QStringLiteral("emulatorUid1"));
    QCOMPARE(static_cast<int>(me.body["workspaces"].size()), 2); // the seeded memberships followed the email

    const HttpReply otherProject = client.get(
        QStringLiteral("/v1/me"), emulatorToken(QStringLiteral("prod-leadbox"), QStringLiteral("u2"),
                                                QStringLiteral("x@example.com"), 3600));
    QCOMPARE(otherProject.text("/error/code"), QStringLiteral("unauthorized"));
    const HttpReply expired = client.get(QStringLiteral("/v1/me"),
                                         emulatorToken(QStringLiteral("demo-leadbox"), QStringLiteral("u3"),
                                                       QStringLiteral("y@example.com"), -10));
    QCOMPARE(expired.text("/error/code"), QStringLiteral("token_expired"));
}

QTEST_GUILESS_MAIN(TestDevcloudAuth)
#include "test_devcloud_auth.moc"
