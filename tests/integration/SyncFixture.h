#pragma once

#include "tests/integration/SyncClient.h"

#include <QMap>
#include <QSet>
#include <QTest>
#include <memory>

// What the sync integration tests share: one devcloud, an owner, an admin, a member and an outsider
// signed in, fresh workspaces, and small readers for JSON replies.

inline qint64 number(const nlohmann::json& value)
{
    return value.is_number_integer() ? value.get<qint64>() : -1;
}

inline QString str(const nlohmann::json& value)
{
    return value.is_string() ? q(value.get<std::string>()) : QString();
}

// Compact JSON text, for QCOMPARE of JSON values with a readable failure.
inline QString js(const nlohmann::json& value)
{
    return q(value.dump());
}

inline QSet<QString> textSet(const nlohmann::json& list)
{
    QSet<QString> set;
    for (const auto& item : list) {
        set.insert(str(item));
    }
    return set;
}

// A create's fields: a whole lead.
inline nlohmann::json leadFields(const std::string& email, const std::string& firstName = "Ann")
{
    return {{"email", email},       {"firstName", firstName}, {"lastName", "Lee"},
            {"company", "Initech"}, {"status", "new"},        {"tags", nlohmann::json::array()}};
}

struct SyncFixture
{
    // Starts devcloud and signs everyone in; false (with error()) when that fails.
    bool start(const QStringList& devcloudArguments = {})
    {
        if (!devcloud.start(devcloudArguments)) {
            return false;
        }
        client = std::make_unique<DevcloudClient>(devcloud);
        sync = std::make_unique<SyncClient>(devcloud, *client);
        for (const char* who : {"owner", "admin", "member", "outsider"}) {
            const QString name = QString::fromLatin1(who);
            people[name] = client->session(name + QStringLiteral("@sync.example"));
            if (people[name].idToken.isEmpty()) {
                return false;
            }
        }
        return true;
    }
    QString error() const { return devcloud.error(); }

    QString token(const QString& who) const { return people.value(who).idToken; }
    QString email(const QString& who) const { return people.value(who).email; }

    // A fresh workspace owned by "owner" with "admin" and "member" active in it.
    QString workspace()
    {
        const QString ws =
            client->post(QStringLiteral("/v1/workspaces"), {{"name", "Sync"}}, token(QStringLiteral("owner")))
                .text("/id");
        for (const char* who : {"admin", "member"}) {
            const QString name = QString::fromLatin1(who);
            client->post(QStringLiteral("/v1/workspaces/%1/members").arg(ws),
                         {{"email", email(name).toStdString()}, {"role", who}},
                         token(QStringLiteral("owner")));
            client->get(QStringLiteral("/v1/me"), token(name)); // accepts the invite
        }
        return ws;
    }

    // Creates a lead as the owner; returns its version, or -1.
    qint64 create(const QString& ws, const QString& id, const nlohmann::json& fields)
    {
        const auto result =
            sync->mutateOne(ws, token(QStringLiteral("owner")), mutation(newId(), "create", id, 0, fields));
        return result.value("status", "") == "applied" ? number(result["version"]) : -1;
    }
    // One op by `who`; returns its result.
    nlohmann::json apply(const QString& ws, const char* who, const nlohmann::json& op)
    {
        return sync->mutateOne(ws, token(QString::fromLatin1(who)), op);
    }
    nlohmann::json serverLead(const QString& ws, const QString& id) { return sync->lead(ws, id).body; }

    DevcloudProcess devcloud;
    std::unique_ptr<DevcloudClient> client;
    std::unique_ptr<SyncClient> sync;
    QMap<QString, Session> people; // owner, admin, member, outsider
};
