#pragma once

#include "services/auth/CredentialStore.h"
#include "services/auth/FirebaseAuth.h"
#include "services/auth/Session.h"
#include "services/cloud/CloudClient.h"
#include "services/cloud/CloudConfig.h"
#include "services/net/HttpClient.h"
#include "tests/integration/DevcloudProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>
#include <memory>

// LeadBox's own client services (config, HTTP, Firebase Auth, keychain, session, cloud API) wired
// against a devcloud on loopback, reached through FIREBASE_AUTH_EMULATOR_HOST as in the app.
struct ClientFixture
{
    static QString password() { return QStringLiteral("demo-password"); }
    static QString owner() { return QStringLiteral("owner@demo.leadbox.test"); }
    static QString admin() { return QStringLiteral("admin@demo.leadbox.test"); }
    static QString member() { return QStringLiteral("member@demo.leadbox.test"); }

    explicit ClientFixture(const DevcloudProcess& devcloud)
        : keychainService(
              QStringLiteral("LeadBox-itest-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces)))
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("FIREBASE_AUTH_EMULATOR_HOST"),
                   QStringLiteral("127.0.0.1:%1").arg(devcloud.port()));
        config = leadbox::CloudConfig::resolve(
            {QStringLiteral("http://127.0.0.1:%1").arg(devcloud.port()), QStringLiteral("test-api-key"), {}},
            env, leadbox::CloudConfig::Values{});
        http = std::make_unique<leadbox::HttpClient>();
        http->setTimeoutMs(10000);
        auth = std::make_unique<leadbox::FirebaseAuth>(http.get(), config);
        credentials = std::make_unique<leadbox::CredentialStore>(keychainService);
        session = std::make_unique<leadbox::Session>(auth.get(), credentials.get());
        cloud = std::make_unique<leadbox::CloudClient>(http.get(), session.get(), config);
        m_devcloud = &devcloud;
    }

    // A devcloud test-only call (users:disable, users:revokeTokens).
    leadbox::HttpResult control(const QString& path, const QJsonObject& body)
    {
        return leadbox::HttpClient::wait(
            http->send(leadbox::HttpRequest::json("POST", m_devcloud->url(path), body)));
    }
    void setDisabled(const QString& email, bool disabled)
    {
        control(QStringLiteral("/devcloud/v1/users:disable"),
                {{QStringLiteral("email"), email}, {QStringLiteral("disabled"), disabled}});
    }
    QString oobCode(const QString& email)
    {
        const leadbox::HttpResult result = leadbox::HttpClient::wait(http->send(leadbox::HttpRequest::json(
            "GET", m_devcloud->url(QStringLiteral("/devcloud/v1/oobCodes?email=") + email), {})));
        QJsonObject json;
        result.jsonObject(&json);
        const QJsonArray codes = json.value(QStringLiteral("oobCodes")).toArray();
        return codes.isEmpty() ? QString()
                               : codes.last().toObject().value(QStringLiteral("oobCode")).toString();
    }

    QString keychainService;
    leadbox::CloudConfig config;
    std::unique_ptr<leadbox::HttpClient> http;
    std::unique_ptr<leadbox::FirebaseAuth> auth;
    std::unique_ptr<leadbox::CredentialStore> credentials;
    std::unique_ptr<leadbox::Session> session;
    std::unique_ptr<leadbox::CloudClient> cloud;

private:
    const DevcloudProcess* m_devcloud = nullptr;
};
