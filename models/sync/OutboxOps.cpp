#include "models/sync/OutboxOps.h"

#include "models/sync/LeadSyncFields.h"

namespace leadbox::OutboxOps {
namespace {

QStringList strings(const nlohmann::json& array)
{
    QStringList list;
    if (array.is_array()) {
        for (const nlohmann::json& item : array) {
            if (item.is_string()) {
                list.append(QString::fromStdString(item.get<std::string>()));
            }
        }
    }
    return list;
}

nlohmann::json array(const QStringList& list)
{
    nlohmann::json json = nlohmann::json::array();
    for (const QString& item : list) {
        json.push_back(item.toStdString());
    }
    return json;
}

void removeIgnoringCase(QStringList& list, const QString& item)
{
    list.removeIf([&](const QString& entry) { return entry.compare(item, Qt::CaseInsensitive) == 0; });
}

void addIgnoringCase(QStringList& list, const QString& item)
{
    if (!list.contains(item, Qt::CaseInsensitive)) {
        list.append(item);
    }
}

// Tags after `change` ({"add","remove"} or an array) is applied to `tags`.
QStringList applyTagChange(QStringList tags, const nlohmann::json& change)
{
    if (change.is_array()) {
        return strings(change);
    }
    for (const QString& tag : strings(change.value("remove", nlohmann::json::array()))) {
        removeIgnoringCase(tags, tag);
    }
    for (const QString& tag : strings(change.value("add", nlohmann::json::array()))) {
        addIgnoringCase(tags, tag);
    }
    return tags;
}

// One tag change that has the effect of `first` then `second`.
nlohmann::json composeTagChanges(const nlohmann::json& first, const nlohmann::json& second)
{
    if (second.is_array()) {
        return second;
    }
    if (first.is_array()) {
        return array(applyTagChange(strings(first), second));
    }
    TagDelta delta{strings(first.value("add", nlohmann::json::array())),
                   strings(first.value("remove", nlohmann::json::array())), false};
    for (const QString& tag : strings(second.value("remove", nlohmann::json::array()))) {
        removeIgnoringCase(delta.add, tag);
        addIgnoringCase(delta.remove, tag);
    }
    for (const QString& tag : strings(second.value("add", nlohmann::json::array()))) {
        removeIgnoringCase(delta.remove, tag);
        addIgnoringCase(delta.add, tag);
    }
    return {{"add", array(delta.add)}, {"remove", array(delta.remove)}};
}

nlohmann::json composeUpdates(nlohmann::json first, const nlohmann::json& second)
{
    for (auto it = second.begin(); it != second.end(); ++it) {
        if (it.key() == "tags" && first.contains("tags")) {
            first["tags"] = composeTagChanges(first["tags"], it.value());
        } else if (it.key() == "custom" && first.contains("custom") && first["custom"].is_object() &&
                   it->is_object()) {
            first["custom"].update(it.value());
        } else {
            first[it.key()] = it.value();
        }
    }
    return first;
}

// A create's full data with an update's fields applied.
nlohmann::json applyToCreate(nlohmann::json data, const nlohmann::json& update)
{
    for (auto it = update.begin(); it != update.end(); ++it) {
        if (it.key() == "tags") {
            data["tags"] = array(applyTagChange(strings(data.value("tags", nlohmann::json::array())), *it));
        } else if (it.key() == "custom" && it->is_object()) {
            nlohmann::json& custom = data["custom"];
            if (!custom.is_object()) {
                custom = nlohmann::json::object();
            }
            for (auto value = it->begin(); value != it->end(); ++value) {
                if (value->is_string() && value->get<std::string>().empty()) {
                    custom.erase(value.key());
                } else {
                    custom[value.key()] = value.value();
                }
            }
        } else {
            data[it.key()] = it.value();
        }
    }
    return data;
}

} // namespace

std::optional<Op> fold(const Op& earlier, const Op& later)
{
    const QString& a = earlier.op;
    const QString& b = later.op;
    if (a == QLatin1String("create") && b == QLatin1String("update")) {
        return Op{a, applyToCreate(earlier.fields, later.fields)};
    }
    if (a == QLatin1String("create") && b == QLatin1String("delete")) {
        return Op{};
    }
    if (a == QLatin1String("update") && b == QLatin1String("update")) {
        return Op{a, composeUpdates(earlier.fields, later.fields)};
    }
    if (a == QLatin1String("update") && b == QLatin1String("delete")) {
        return Op{b, nlohmann::json::object()};
    }
    if (a == QLatin1String("delete") && b == QLatin1String("create")) {
        nlohmann::json fields = later.fields;
        fields.erase("createdAt");
        fields.erase("updatedAt");
        return Op{QStringLiteral("update"), fields};
    }
    return std::nullopt;
}

void withdrawField(const QString& op, nlohmann::json& fields, const QString& field, const QString& value)
{
    const bool custom = field.startsWith(LeadSyncFields::kCustomPrefix);
    const std::string key = (custom ? field.mid(LeadSyncFields::kCustomPrefix.size()) : field).toStdString();
    if (op == QLatin1String("create")) {
        if (custom) {
            nlohmann::json& values = fields["custom"];
            if (!values.is_object()) {
                values = nlohmann::json::object();
            }
            if (value.isEmpty()) {
                values.erase(key);
            } else {
                values[key] = value.toStdString();
            }
        } else {
            fields[key] = value.toStdString();
        }
        return;
    }
    if (!custom) {
        fields.erase(key);
        return;
    }
    if (const auto it = fields.find("custom"); it != fields.end() && it->is_object()) {
        it->erase(key);
        if (it->empty()) {
            fields.erase("custom");
        }
    }
}

nlohmann::json fieldUpdate(const QString& field, const QString& value)
{
    if (field.startsWith(LeadSyncFields::kCustomPrefix)) {
        return {{"custom",
                 {{field.mid(LeadSyncFields::kCustomPrefix.size()).toStdString(), value.toStdString()}}}};
    }
    return {{field.toStdString(), value.toStdString()}};
}

TagDelta tagDelta(const QList<OutboxEntry>& ops)
{
    TagDelta delta;
    nlohmann::json change = {{"add", nlohmann::json::array()}, {"remove", nlohmann::json::array()}};
    for (const OutboxEntry& entry : ops) {
        if (entry.op == QLatin1String("create")) {
            delta.set = true;
        } else if (const auto it = entry.fields.find("tags"); it != entry.fields.end()) {
            delta.set = delta.set || it->is_array();
            change = composeTagChanges(change, *it);
        }
    }
    if (!change.is_array()) {
        delta.add = strings(change.value("add", nlohmann::json::array()));
        delta.remove = strings(change.value("remove", nlohmann::json::array()));
    }
    return delta;
}

QStringList applyTagDelta(QStringList tags, const TagDelta& delta)
{
    for (const QString& tag : delta.remove) {
        removeIgnoringCase(tags, tag);
    }
    for (const QString& tag : delta.add) {
        addIgnoringCase(tags, tag);
    }
    return tags;
}

} // namespace leadbox::OutboxOps
