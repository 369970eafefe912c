// Where the cloud is: flags over environment over settings, the Firebase emulator convention, and
// the rule that plain http only ever goes to this computer.
#include "services/cloud/CloudConfig.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace leadbox;

class TestCloudConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nothingSetStaysOffline();
    void flagsBeatEnvironmentBeatSettings();
    void readsQSettings();
    void needsBothUrlAndKey();
    void googleEndpointsWithoutEmulator();
    void emulatorHostRedirectsFirebase();
    void emulatorHostMustBeHostAndPort_data();
    void emulatorHostMustBeHostAndPort();
    void remoteEmulatorIsRefused();
    void plainHttpOnlyForLoopback_data();
    void plainHttpOnlyForLoopback();
    void otherSchemesAreRefused();
    void apiUrlJoinsPathsAndKeepsEncoding();
};

void TestCloudConfig::nothingSetStaysOffline()
{
    const CloudConfig config = CloudConfig::resolve({}, QProcessEnvironment(), CloudConfig::Values{});
    QVERIFY(!config.isConfigured());
    QVERIFY(config.error().isEmpty());
}

void TestCloudConfig::flagsBeatEnvironmentBeatSettings()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("LEADBOX_CLOUD_URL"), QStringLiteral("https://env.example.com"));
    env.insert(QStringLiteral("LEADBOX_FIREBASE_API_KEY"), QStringLiteral("env-key"));
    const CloudConfig::Values settings{QStringLiteral("https://settings.example.com"),
                                       QStringLiteral("settings-key"), QStringLiteral("settings-project")};

    CloudConfig config = CloudConfig::resolve({}, env, settings);
    QCOMPARE(config.cloudUrl(), QUrl(QStringLiteral("https://env.example.com")));
    QCOMPARE(config.apiKey(), QStringLiteral("env-key"));
    QCOMPARE(config.project(), QStringLiteral("settings-project")); // not in env: settings fill in
    QVERIFY(config.isConfigured());

    config = CloudConfig::resolve(
        {QStringLiteral("https://flag.example.com/"), {}, QStringLiteral("flag-project")}, env, settings);
    QCOMPARE(config.cloudUrl(), QUrl(QStringLiteral("https://flag.example.com")));
    QCOMPARE(config.apiKey(), QStringLiteral("env-key"));
    QCOMPARE(config.project(), QStringLiteral("flag-project"));

    config = CloudConfig::resolve({}, QProcessEnvironment(), settings);
    QCOMPARE(config.cloudUrl(), QUrl(QStringLiteral("https://settings.example.com")));
    QCOMPARE(config.apiKey(), QStringLiteral("settings-key"));
}

void TestCloudConfig::readsQSettings()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    settings.setValue(CloudConfig::cloudUrlKey(), QStringLiteral("https://cloud.leadbox.test/api/"));
    settings.setValue(CloudConfig::apiKeyKey(), QStringLiteral("k"));
    settings.setValue(CloudConfig::projectKey(), QStringLiteral("p"));
    const CloudConfig config = CloudConfig::resolve({}, QProcessEnvironment(), &settings);
    QVERIFY(config.isConfigured());
    QCOMPARE(config.cloudUrl().toString(), QStringLiteral("https://cloud.leadbox.test/api"));
    QCOMPARE(config.project(), QStringLiteral("p"));
    QVERIFY(!CloudConfig::resolve({}, QProcessEnvironment(), static_cast<const QSettings*>(nullptr))
                 .isConfigured());
}

void TestCloudConfig::needsBothUrlAndKey()
{
    QVERIFY(
        !CloudConfig::resolve({QStringLiteral("https://a.example.com"), {}, {}}, {}, CloudConfig::Values{})
             .isConfigured());
    QVERIFY(!CloudConfig::resolve({{}, QStringLiteral("key"), {}}, {}, CloudConfig::Values{}).isConfigured());
}

void TestCloudConfig::googleEndpointsWithoutEmulator()
{
    const CloudConfig config = CloudConfig::resolve(
        {QStringLiteral("https://a.example.com"), QStringLiteral("k"), {}}, {}, CloudConfig::Values{});
    QCOMPARE(config.identityToolkitBase(), QUrl(QStringLiteral("https://identitytoolkit.googleapis.com/v1")));
    QCOMPARE(config.secureTokenUrl(), QUrl(QStringLiteral("https://securetoken.googleapis.com/v1/token")));
    QVERIFY(config.emulatorHost().isEmpty());
}

void TestCloudConfig::emulatorHostRedirectsFirebase()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("FIREBASE_AUTH_EMULATOR_HOST"), QStringLiteral("127.0.0.1:9099"));
    env.insert(QStringLiteral("LEADBOX_CLOUD_URL"), QStringLiteral("http://127.0.0.1:8080"));
    const CloudConfig config = CloudConfig::resolve({}, env, CloudConfig::Values{});
    QVERIFY2(config.isConfigured(), qPrintable(config.error()));
    QCOMPARE(config.identityToolkitBase(),
             QUrl(QStringLiteral("http://127.0.0.1:9099/identitytoolkit.googleapis.com/v1")));
    QCOMPARE(config.secureTokenUrl(),
             QUrl(QStringLiteral("http://127.0.0.1:9099/securetoken.googleapis.com/v1/token")));
    QVERIFY(!config.apiKey().isEmpty()); // the emulator takes any key

    env.insert(QStringLiteral("FIREBASE_AUTH_EMULATOR_HOST"), QStringLiteral("localhost:9099"));
    QVERIFY(CloudConfig::resolve({}, env, CloudConfig::Values{}).isConfigured());
    env.insert(QStringLiteral("FIREBASE_AUTH_EMULATOR_HOST"), QStringLiteral("[::1]:9099"));
    QCOMPARE(CloudConfig::resolve({}, env, CloudConfig::Values{}).identityToolkitBase(),
             QUrl(QStringLiteral("http://[::1]:9099/identitytoolkit.googleapis.com/v1")));
}

void TestCloudConfig::emulatorHostMustBeHostAndPort_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("no port") << QStringLiteral("127.0.0.1");
    QTest::newRow("bad port") << QStringLiteral("127.0.0.1:http");
    QTest::newRow("port zero") << QStringLiteral("127.0.0.1:0");
    QTest::newRow("no host") << QStringLiteral(":9099");
}

void TestCloudConfig::emulatorHostMustBeHostAndPort()
{
    QFETCH(QString, value);
    QProcessEnvironment env;
    env.insert(QStringLiteral("FIREBASE_AUTH_EMULATOR_HOST"), value);
    const CloudConfig config = CloudConfig::resolve(
        {QStringLiteral("https://a.example.com"), QStringLiteral("k"), {}}, env, CloudConfig::Values{});
    QVERIFY(!config.isConfigured());
    QVERIFY(config.error().contains(QStringLiteral("host:port")));
}

void TestCloudConfig::remoteEmulatorIsRefused()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("FIREBASE_AUTH_EMULATOR_HOST"), QStringLiteral("10.0.0.5:9099"));
    const CloudConfig config = CloudConfig::resolve(
        {QStringLiteral("https://a.example.com"), QStringLiteral("k"), {}}, env, CloudConfig::Values{});
    QVERIFY(!config.isConfigured());
    QVERIFY(config.error().contains(QStringLiteral("10.0.0.5")));
    QVERIFY(config.error().contains(QStringLiteral("loopback")));
}

void TestCloudConfig::plainHttpOnlyForLoopback_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("127.0.0.1") << QStringLiteral("http://127.0.0.1:8080") << true;
    QTest::newRow("127.1.2.3") << QStringLiteral("http://127.1.2.3:8080") << true;
    QTest::newRow("localhost") << QStringLiteral("http://localhost:8080") << true;
    QTest::newRow("LOCALHOST") << QStringLiteral("http://LOCALHOST") << true;
    QTest::newRow("::1") << QStringLiteral("http://[::1]:8080") << true;
    QTest::newRow("https remote") << QStringLiteral("https://cloud.leadbox.app") << true;
    QTest::newRow("http remote") << QStringLiteral("http://cloud.leadbox.app") << false;
    QTest::newRow("http lan") << QStringLiteral("http://192.168.1.10:8080") << false;
    QTest::newRow("http 128.0.0.1") << QStringLiteral("http://128.0.0.1") << false;
    QTest::newRow("localhost lookalike") << QStringLiteral("http://localhost.evil.com") << false;
    QTest::newRow("http ::2") << QStringLiteral("http://[::2]") << false;
}

void TestCloudConfig::plainHttpOnlyForLoopback()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    const CloudConfig config =
        CloudConfig::resolve({url, QStringLiteral("k"), {}}, {}, CloudConfig::Values{});
    QCOMPARE(config.isConfigured(), allowed);
    if (!allowed) {
        QVERIFY2(config.error().contains(QStringLiteral("plain http")), qPrintable(config.error()));
        QVERIFY(config.error().contains(url));
    }
}

void TestCloudConfig::otherSchemesAreRefused()
{
    for (const QString& url :
         {QStringLiteral("ftp://a.example.com"), QStringLiteral("file:///tmp/x"), QStringLiteral("not a url"),
          QStringLiteral("https://user:pw@a.example.com")}) {
        const CloudConfig config =
            CloudConfig::resolve({url, QStringLiteral("k"), {}}, {}, CloudConfig::Values{});
        QVERIFY2(!config.isConfigured(), qPrintable(url));
        QVERIFY(!config.error().isEmpty());
    }
}

void TestCloudConfig::apiUrlJoinsPathsAndKeepsEncoding()
{
    const CloudConfig config = CloudConfig::resolve(
        {QStringLiteral("https://a.example.com/base/"), QStringLiteral("k"), {}}, {}, CloudConfig::Values{});
    QCOMPARE(config.apiUrl(QStringLiteral("/v1/me")).toString(),
             QStringLiteral("https://a.example.com/base/v1/me"));
    const QUrl member = config.apiUrl(QStringLiteral("/v1/workspaces/ws1/members/ann%2Btag%40example.com"));
    QCOMPARE(member.toString(QUrl::FullyEncoded),
             QStringLiteral("https://a.example.com/base/v1/workspaces/ws1/members/ann%2Btag%40example.com"));
}

QTEST_GUILESS_MAIN(TestCloudConfig)
#include "test_cloud_config.moc"
