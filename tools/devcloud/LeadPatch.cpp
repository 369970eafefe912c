#include "tools/devcloud/LeadPatch.h"

#include "models/StoreError.h"
#include "models/leads/CustomFieldRepository.h"
#include "models/leads/LeadJson.h"
#include "models/leads/LeadValidator.h"
#include "tools/devcloud/LeadEntity.h"

namespace leadbox::devcloud {

namespace {

constexpr int kMaxCustomKeyLength = 100;

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

bool readText(const nlohmann::json& value, const std::string& name, std::string& out, std::string& error)
{
    if (!value.is_string()) {
        error = "“" + name + "” must be text.";
        return false;
    }
    out = qs(value.get<std::string>()).trimmed().toStdString();
    return true;
}

bool readTextList(const nlohmann::json& value, std::vector<std::string>& out, std::string& error)
{
    if (!value.is_array()) {
        error = "Tags must be a list of text.";
        return false;
    }
    for (const auto& item : value) {
        if (!item.is_string()) {
            error = "Tags must be a list of text.";
            return false;
        }
        out.push_back(item.get<std::string>());
    }
    return true;
}

bool readTime(const nlohmann::json& fields, const char* key, std::string& out, std::string& error)
{
    const auto it = fields.find(key);
    if (it == fields.end()) {
        return true;
    }
    const QDateTime time =
        it->is_string() ? QDateTime::fromString(qs(it->get<std::string>()), Qt::ISODateWithMs) : QDateTime();
    if (!time.isValid()) {
        error = std::string("“") + key + "” must be an ISO 8601 time.";
        return false;
    }
    out = isoTime(time).toStdString();
    return true;
}

bool readPlain(const nlohmann::json& fields, LeadPatch& patch, std::string& error)
{
    for (const char* field : kLeadPlainFields) {
        const auto it = fields.find(field);
        if (it == fields.end()) {
            continue;
        }
        std::string value;
        if (!readText(*it, field, value, error)) {
            return false;
        }
        if (std::string(field) == "status") {
            const auto status = statusFromName(qs(value));
            if (!status) {
                error = "Unknown status “" + value + "”.";
                return false;
            }
            value = statusName(*status).toStdString();
        } else if (std::string(field) == "consent") {
            const auto consent = consentStateFromName(qs(value));
            if (!consent) {
                error = "Unknown consent state “" + value + "”.";
                return false;
            }
            value = consentStateName(*consent).toStdString();
        }
        patch.plain[field] = value;
    }
    return true;
}

bool readTags(const nlohmann::json& fields, LeadPatch& patch, std::string& error)
{
    const auto it = fields.find("tags");
    if (it == fields.end()) {
        return true;
    }
    if (it->is_array()) {
        patch.setsTags = true;
        return readTextList(*it, patch.tags, error);
    }
    if (!it->is_object()) {
        error = "Tags must be a list of text or {\"add\": […], \"remove\": […]}.";
        return false;
    }
    const auto add = it->find("add");
    const auto remove = it->find("remove");
    return (add == it->end() || readTextList(*add, patch.tagAdds, error)) &&
           (remove == it->end() || readTextList(*remove, patch.tagRemoves, error));
}

bool readCustom(const nlohmann::json& fields, LeadPatch& patch, std::string& error)
{
    const auto it = fields.find("custom");
    if (it == fields.end()) {
        return true;
    }
    if (!it->is_object()) {
        error = "Custom fields must be a JSON object.";
        return false;
    }
    for (auto value = it->begin(); value != it->end(); ++value) {
        if (!value.value().is_string()) {
            error = "Custom field values must be text.";
            return false;
        }
        patch.custom[value.key()] = value.value().get<std::string>();
    }
    return true;
}

bool containsTag(const QStringList& tags, const QString& tag)
{
    return tags.contains(tag.simplified(), Qt::CaseInsensitive);
}

void applyTags(const LeadPatch& patch, Lead& lead)
{
    if (patch.setsTags) {
        lead.tags.clear();
        for (const auto& tag : patch.tags) {
            lead.tags.append(qs(tag));
        }
    }
    for (const auto& tag : patch.tagRemoves) {
        const QString removed = qs(tag).simplified();
        lead.tags.removeIf(
            [&removed](const QString& t) { return t.compare(removed, Qt::CaseInsensitive) == 0; });
    }
    for (const auto& tag : patch.tagAdds) {
        if (!containsTag(lead.tags, qs(tag))) {
            lead.tags.append(qs(tag));
        }
    }
}

void applyPlain(const LeadPatch& patch, Lead& lead)
{
    for (const auto& [field, value] : patch.plain) {
        const QString text = qs(value);
        if (field == "email") {
            lead.email = text;
        } else if (field == "firstName") {
            lead.firstName = text;
        } else if (field == "lastName") {
            lead.lastName = text;
        } else if (field == "company") {
            lead.company = text;
        } else if (field == "phone") {
            lead.phone = text;
        } else if (field == "source") {
            lead.source = text;
        } else if (field == "status") {
            lead.status = statusFromName(text).value_or(lead.status);
        } else if (field == "consent") {
            lead.consent = consentStateFromName(text).value_or(lead.consent);
        }
    }
}

// LeadValidator leaves custom values to the client's field definitions, which devcloud does not have;
// it holds them to the same size limits.
QStringList customErrors(const QMap<QString, QString>& custom)
{
    QStringList errors;
    if (custom.size() > CustomFieldRepository::kMaxFields) {
        errors.append(QStringLiteral("A lead can have at most %1 custom values.")
                          .arg(CustomFieldRepository::kMaxFields));
    }
    for (auto it = custom.cbegin(); it != custom.cend(); ++it) {
        if (it.key().isEmpty() || it.key().size() > kMaxCustomKeyLength) {
            errors.append(
                QStringLiteral("A custom field id needs 1 to %1 characters.").arg(kMaxCustomKeyLength));
            break;
        }
        if (it.value().size() > CustomFieldRepository::kMaxValueLength) {
            errors.append(QStringLiteral("A custom value is too long: %1 characters, the limit is %2.")
                              .arg(it.value().size())
                              .arg(CustomFieldRepository::kMaxValueLength));
            break;
        }
    }
    return errors;
}

std::vector<std::string> changedFields(const nlohmann::json& before, const nlohmann::json& after)
{
    std::vector<std::string> changed;
    for (const char* field : kLeadPlainFields) {
        if (before.value(field, nlohmann::json()) != after.value(field, nlohmann::json())) {
            changed.emplace_back(field);
        }
    }
    if (before.value("tags", nlohmann::json()) != after.value("tags", nlohmann::json())) {
        changed.emplace_back("tags");
    }
    const nlohmann::json oldCustom = before.value("custom", nlohmann::json::object());
    const nlohmann::json newCustom = after.value("custom", nlohmann::json::object());
    std::map<std::string, bool> keys;
    for (auto it = oldCustom.begin(); it != oldCustom.end(); ++it) {
        keys[it.key()] = true;
    }
    for (auto it = newCustom.begin(); it != newCustom.end(); ++it) {
        keys[it.key()] = true;
    }
    for (const auto& [key, unused] : keys) {
        if (oldCustom.value(key, std::string()) != newCustom.value(key, std::string())) {
            changed.push_back("custom." + key);
        }
    }
    return changed;
}

} // namespace

std::optional<LeadPatch> readLeadPatch(const nlohmann::json& fields, std::string& error)
{
    if (!fields.is_object()) {
        error = "A mutation's fields must be a JSON object.";
        return std::nullopt;
    }
    LeadPatch patch;
    if (!readPlain(fields, patch, error) || !readTags(fields, patch, error) ||
        !readCustom(fields, patch, error) || !readTime(fields, "createdAt", patch.createdAt, error) ||
        !readTime(fields, "updatedAt", patch.updatedAt, error)) {
        return std::nullopt;
    }
    return patch;
}

std::vector<std::string> leadConflicts(const LeadPatch& patch, const nlohmann::json& data,
                                       const nlohmann::json& fieldVersions, std::int64_t baseVersion)
{
    const auto changedSinceBase = [&](const std::string& name) {
        const auto it = fieldVersions.find(name);
        return it != fieldVersions.end() && it->is_number_integer() && it->get<std::int64_t>() > baseVersion;
    };
    std::vector<std::string> conflicts;
    for (const char* field : kLeadPlainFields) {
        const auto value = patch.plain.find(field);
        if (value != patch.plain.end() && changedSinceBase(field) &&
            data.value(field, std::string()) != value->second) {
            conflicts.emplace_back(field);
        }
    }
    const nlohmann::json custom = data.value("custom", nlohmann::json::object());
    for (const auto& [key, value] : patch.custom) {
        if (changedSinceBase("custom." + key) && custom.value(key, std::string()) != value) {
            conflicts.push_back("custom." + key);
        }
    }
    return conflicts;
}

std::optional<PatchedLead> applyLeadPatch(const LeadPatch& patch, const nlohmann::json& data, bool whole,
                                          std::string& error)
{
    Lead lead;
    try {
        mergeLeadJson(lead, data);
    } catch (const StoreError& failure) {
        error = failure.message().toStdString();
        return std::nullopt;
    }
    lead.consent =
        consentStateFromName(qs(data.value("consent", std::string()))).value_or(ConsentState::Unknown);
    applyPlain(patch, lead);
    applyTags(patch, lead);
    for (const auto& [key, value] : patch.custom) {
        if (value.empty()) {
            lead.custom.remove(qs(key));
        } else {
            lead.custom.insert(qs(key), qs(value));
        }
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (whole) {
        lead.createdAt =
            patch.createdAt.empty() ? now : QDateTime::fromString(qs(patch.createdAt), Qt::ISODateWithMs);
        lead.updatedAt =
            patch.updatedAt.empty() ? now : QDateTime::fromString(qs(patch.updatedAt), Qt::ISODateWithMs);
    }
    LeadValidator::normalise(lead);
    QStringList errors;
    for (const FieldError& failure : LeadValidator::validate(lead)) {
        errors.append(failure.message);
    }
    errors += customErrors(lead.custom);
    if (!errors.isEmpty()) {
        error = errors.join(QLatin1Char(' ')).toStdString();
        return std::nullopt;
    }

    PatchedLead result;
    result.data = leadData(leadToJson(lead));
    result.emailKey = leadEmailKey(lead.email.toStdString());
    if (whole) {
        result.changed = leadFieldNames(result.data);
    } else {
        result.changed = changedFields(data, result.data);
        if (!result.changed.empty()) {
            result.data["updatedAt"] = patch.updatedAt.empty() ? isoTime(now).toStdString() : patch.updatedAt;
        }
    }
    return result;
}

} // namespace leadbox::devcloud
