#include "services/cloud/CloudTypes.h"

#include <QJsonArray>

namespace leadbox {
namespace {

QString text(const QJsonObject& json, const char* key)
{
    return json.value(QLatin1String(key)).toString();
}

} // namespace

std::optional<CloudWorkspace> CloudWorkspace::fromJson(const QJsonObject& json)
{
    // POST /v1/workspaces may wrap the new workspace as {"workspace":{…}}.
    if (json.value(QStringLiteral("workspace")).isObject()) {
        return fromJson(json.value(QStringLiteral("workspace")).toObject());
    }
    CloudWorkspace workspace;
    workspace.id = text(json, "id");
    workspace.name = text(json, "name");
    workspace.plan = text(json, "plan");
    const auto role = Permissions::roleFromKey(text(json, "role"));
    if (workspace.id.isEmpty() || !role) {
        return std::nullopt;
    }
    workspace.role = *role;
    return workspace;
}

std::optional<CloudMe> CloudMe::fromJson(const QJsonObject& json)
{
    const QJsonObject user =
        json.value(QStringLiteral("user")).isObject() ? json.value(QStringLiteral("user")).toObject() : json;
    CloudMe me;
    me.uid = text(user, "uid");
    me.email = text(user, "email");
    me.displayName = text(user, "displayName");
    if (me.uid.isEmpty()) {
        return std::nullopt;
    }
    const QJsonArray workspaces = json.value(QStringLiteral("workspaces")).toArray();
    for (const QJsonValue& value : workspaces) {
        const auto workspace = CloudWorkspace::fromJson(value.toObject());
        if (!workspace) {
            return std::nullopt;
        }
        me.workspaces << *workspace;
    }
    return me;
}

std::optional<CloudMember> CloudMember::fromJson(const QJsonObject& json)
{
    if (json.value(QStringLiteral("member")).isObject()) {
        return fromJson(json.value(QStringLiteral("member")).toObject());
    }
    CloudMember member;
    member.email = text(json, "email");
    member.uid = text(json, "uid");
    member.displayName = text(json, "displayName");
    member.status = text(json, "status");
    const auto role = Permissions::roleFromKey(text(json, "role"));
    if (member.email.isEmpty() || !role) {
        return std::nullopt;
    }
    member.role = *role;
    return member;
}

std::optional<QList<CloudMember>> CloudMember::listFromJson(const QJsonObject& json)
{
    if (!json.value(QStringLiteral("members")).isArray()) {
        return std::nullopt;
    }
    QList<CloudMember> members;
    for (const QJsonValue& value : json.value(QStringLiteral("members")).toArray()) {
        const auto member = CloudMember::fromJson(value.toObject());
        if (!member) {
            return std::nullopt;
        }
        members << *member;
    }
    return members;
}

} // namespace leadbox
