#pragma once

#include "models/accounts/Permissions.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace leadbox {

// A cloud workspace as GET /v1/me lists it, with the caller's role.
struct CloudWorkspace
{
    QString id;
    QString name;
    Role role = Role::Member;
    QString plan;

    static std::optional<CloudWorkspace> fromJson(const QJsonObject& json);
};

// GET /v1/me: who is signed in, and the workspaces they belong to.
struct CloudMe
{
    QString uid;
    QString email;
    QString displayName;
    QList<CloudWorkspace> workspaces;

    static std::optional<CloudMe> fromJson(const QJsonObject& json);
};

// One row of GET /v1/workspaces/{ws}/members. `status` is "active" or "invited"; uid is empty while invited.
struct CloudMember
{
    QString email;
    QString uid;
    QString displayName;
    Role role = Role::Member;
    QString status;

    static std::optional<CloudMember> fromJson(const QJsonObject& json);
    // {"members":[…]}.
    static std::optional<QList<CloudMember>> listFromJson(const QJsonObject& json);
};

} // namespace leadbox
