// The cloud API's answers and its error envelope, as the UI and CLI see them.
#include "services/auth/CredentialStore.h"
#include "services/auth/FirebaseAuth.h"
#include "services/auth/Session.h"
#include "services/cloud/CloudClient.h"
#include "services/net/HttpClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace leadbox;

class TestCloudTypes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void envelopeBecomesMessageAndRequestId();
    void envelopeWithoutRequestIdUsesOurs();
    void transportFailuresHaveCodes();
    void parsesMe();
    void refusesUnknownRoles();
    void parsesMembers();
    void memberPathEncodesEmail();
    void callsWithoutSessionFailPlainly();
};

void TestCloudTypes::envelopeBecomesMessageAndRequestId()
{
    HttpResult http;
    http.error = NetError::Http;
    http.status = 403;
    http.requestId = QStringLiteral("ours");
    http.body =
        R"({"error":{"code":"forbidden","message":"Your role (Member) cannot manage the team.","requestId":"srv-42"}})";
    const CloudError error = CloudError::fromHttp(http);
    QCOMPARE(error.code, QStringLiteral("forbidden"));
    QCOMPARE(error.httpStatus, 403);
    QCOMPARE(error.requestId, QStringLiteral("srv-42"));
    QCOMPARE(error.text(), QStringLiteral("Your role (Member) cannot manage the team. (request ID srv-42)"));
}

void TestCloudTypes::envelopeWithoutRequestIdUsesOurs()
{
    HttpResult http;
    http.error = NetError::Http;
    http.status = 502;
    http.requestId = QStringLiteral("ours");
    http.errorText = QStringLiteral("cloud answered with an error (HTTP 502).");
    http.body = "<html>bad gateway</html>";
    const CloudError error = CloudError::fromHttp(http);
    QCOMPARE(error.code, QStringLiteral("http_502"));
    QCOMPARE(error.text(), QStringLiteral("cloud answered with an error (HTTP 502). (request ID ours)"));
    QVERIFY(!error.text().contains(QStringLiteral("<html>")));
}

void TestCloudTypes::transportFailuresHaveCodes()
{
    HttpResult http;
    http.requestId = QStringLiteral("r1");
    http.error = NetError::Offline;
    QCOMPARE(CloudError::fromHttp(http).code, QStringLiteral("offline"));
    http.error = NetError::Tls;
    QCOMPARE(CloudError::fromHttp(http).code, QStringLiteral("tls"));
    http.error = NetError::None;
    QVERIFY(!CloudError::fromHttp(http).isError());
}

void TestCloudTypes::parsesMe()
{
    const auto json = QJsonDocument::fromJson(R"({"user":{"uid":"u1","email":"a@b.test"},
        "workspaces":[{"id":"w1","name":"Acme","role":"owner","plan":"free"},
                      {"id":"w2","name":"Beta","role":"member","plan":"pro"}]})")
                          .object();
    const auto me = CloudMe::fromJson(json);
    QVERIFY(me);
    QCOMPARE(me->uid, QStringLiteral("u1"));
    QCOMPARE(me->workspaces.size(), 2);
    QCOMPARE(me->workspaces.at(0).role, Role::Owner);
    QCOMPARE(me->workspaces.at(1).role, Role::Member);
    QCOMPARE(me->workspaces.at(1).plan, QStringLiteral("pro"));
}

void TestCloudTypes::refusesUnknownRoles()
{
    QVERIFY(!CloudWorkspace::fromJson(QJsonObject{{QStringLiteral("id"), QStringLiteral("w")},
                                                  {QStringLiteral("role"), QStringLiteral("superuser")}}));
    QVERIFY(!CloudMe::fromJson(QJsonObject{}));
}

void TestCloudTypes::parsesMembers()
{
    const auto json = QJsonDocument::fromJson(R"({"members":[
        {"email":"o@x.test","uid":"u1","displayName":"O","role":"owner","status":"active"},
        {"email":"new@x.test","role":"admin","status":"invited"}]})")
                          .object();
    const auto members = CloudMember::listFromJson(json);
    QVERIFY(members);
    QCOMPARE(members->size(), 2);
    QCOMPARE(members->at(1).role, Role::Admin);
    QCOMPARE(members->at(1).status, QStringLiteral("invited"));
    QVERIFY(members->at(1).uid.isEmpty());
    QVERIFY(!CloudMember::listFromJson(QJsonObject{}));
}

void TestCloudTypes::memberPathEncodesEmail()
{
    QCOMPARE(CloudClient::memberPath(QStringLiteral("w1"), QStringLiteral("ann+tag@x.test")),
             QStringLiteral("/v1/workspaces/w1/members/ann%2Btag%40x.test"));
    QCOMPARE(CloudClient::memberPath(QStringLiteral("a/b"), QStringLiteral("x/../y@z")),
             QStringLiteral("/v1/workspaces/a%2Fb/members/x%2F..%2Fy%40z"));
}

void TestCloudTypes::callsWithoutSessionFailPlainly()
{
    const CloudConfig config = CloudConfig::resolve(
        {QStringLiteral("http://127.0.0.1:1"), QStringLiteral("k"), {}}, {}, CloudConfig::Values{});
    HttpClient http;
    FirebaseAuth auth(&http, config);
    CredentialStore credentials(QStringLiteral("LeadBox-test"));
    Session session(&auth, &credentials);
    CloudClient cloud(&http, &session, config);
    const auto result = cloud.meAndWait();
    QCOMPARE(result.error.code, QStringLiteral("not_signed_in"));
    QCOMPARE(result.error.text(), QStringLiteral("Sign in to use your cloud workspaces."));

    CloudClient offline(&http, &session, CloudConfig{});
    QCOMPARE(offline.membersAndWait(QStringLiteral("w")).error.code, QStringLiteral("not_configured"));
}

QTEST_GUILESS_MAIN(TestCloudTypes)
#include "test_cloud_types.moc"
