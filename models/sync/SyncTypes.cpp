#include "models/sync/SyncTypes.h"

namespace leadbox {
namespace {

QString text(const nlohmann::json& object, const char* key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

qint64 integer(const nlohmann::json& object, const char* key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_number_integer() ? it->get<qint64>() : 0;
}

std::optional<nlohmann::json> parseObject(const QByteArray& body)
{
    nlohmann::json json =
        nlohmann::json::parse(body.constData(), body.constData() + body.size(), nullptr, false);
    if (!json.is_object()) {
        return std::nullopt;
    }
    return json;
}

} // namespace

bool ServerChange::changedAfter(qint64 base) const
{
    if (fieldVersions.isEmpty()) {
        return version > base;
    }
    for (auto it = fieldVersions.cbegin(); it != fieldVersions.cend(); ++it) {
        if (it.value() > base) {
            return true;
        }
    }
    return false;
}

std::optional<ServerChange> ServerChange::fromJson(const nlohmann::json& json)
{
    if (!json.is_object()) {
        return std::nullopt;
    }
    ServerChange change;
    change.entity = text(json, "entity");
    change.id = text(json, "id");
    if (change.entity.isEmpty() || change.id.isEmpty()) {
        return std::nullopt;
    }
    change.version = integer(json, "version");
    if (const auto it = json.find("deleted"); it != json.end() && it->is_boolean()) {
        change.deleted = it->get<bool>();
    }
    if (const auto it = json.find("data"); it != json.end() && it->is_object()) {
        change.data = *it;
    }
    if (const auto it = json.find("fieldVersions"); it != json.end() && it->is_object()) {
        for (auto field = it->begin(); field != it->end(); ++field) {
            if (field.value().is_number_integer()) {
                change.fieldVersions.insert(QString::fromStdString(field.key()), field.value().get<qint64>());
            }
        }
    }
    if (const auto it = json.find("updatedBy"); it != json.end() && it->is_object()) {
        change.updatedBy = text(*it, "email");
        if (change.updatedBy.isEmpty()) {
            change.updatedBy = text(*it, "uid");
        }
    }
    change.updatedAt = QDateTime::fromString(text(json, "updatedAt"), Qt::ISODateWithMs);
    return change;
}

std::optional<FeedPage> FeedPage::parse(const QByteArray& body)
{
    const std::optional<nlohmann::json> json = parseObject(body);
    if (!json) {
        return std::nullopt;
    }
    const auto changes = json->find("changes");
    if (changes == json->end() || !changes->is_array()) {
        return std::nullopt;
    }
    FeedPage page;
    for (const nlohmann::json& entry : *changes) {
        if (std::optional<ServerChange> change = ServerChange::fromJson(entry)) {
            page.changes.append(std::move(*change));
        } else {
            ++page.skipped;
        }
    }
    // The cursor is opaque text; a number is accepted too.
    if (const auto it = json->find("cursor"); it != json->end()) {
        page.cursor = it->is_string()           ? QString::fromStdString(it->get<std::string>())
                      : it->is_number_integer() ? QString::number(it->get<qint64>())
                                                : QString();
    }
    if (const auto it = json->find("hasMore"); it != json->end() && it->is_boolean()) {
        page.hasMore = it->get<bool>();
    }
    return page;
}

std::optional<QList<MutationResult>> MutationResult::parseAll(const QByteArray& body)
{
    const std::optional<nlohmann::json> json = parseObject(body);
    if (!json) {
        return std::nullopt;
    }
    const auto results = json->find("results");
    if (results == json->end() || !results->is_array()) {
        return std::nullopt;
    }
    QList<MutationResult> parsed;
    for (const nlohmann::json& entry : *results) {
        if (!entry.is_object()) {
            return std::nullopt;
        }
        MutationResult result;
        result.opId = text(entry, "opId");
        const QString status = text(entry, "status");
        if (status == QLatin1String("applied")) {
            result.status = Status::Applied;
        } else if (status == QLatin1String("duplicate")) {
            result.status = Status::Duplicate;
        } else if (status == QLatin1String("conflict")) {
            result.status = Status::Conflict;
        } else if (status == QLatin1String("rejected")) {
            result.status = Status::Rejected;
        } else {
            return std::nullopt;
        }
        result.version = integer(entry, "version");
        if (const auto it = entry.find("fields"); it != entry.end() && it->is_array()) {
            for (const nlohmann::json& field : *it) {
                if (field.is_string()) {
                    result.fields.append(QString::fromStdString(field.get<std::string>()));
                }
            }
        }
        if (const auto it = entry.find("server"); it != entry.end()) {
            result.server = ServerChange::fromJson(*it);
        }
        if (const auto it = entry.find("reason"); it != entry.end() && it->is_object()) {
            result.reasonCode = text(*it, "code");
            result.reasonMessage = text(*it, "message");
        }
        parsed.append(std::move(result));
    }
    return parsed;
}

} // namespace leadbox
