#include "models/leads/LeadJson.h"

#include "models/StoreError.h"
#include "models/leads/LeadRow.h"

#include <QCoreApplication>

namespace leadbox {
namespace {

std::string utf8(const QString& text)
{
    return text.toStdString();
}

QString qstring(const nlohmann::json& value, LeadField field)
{
    if (!value.is_string()) {
        throw StoreError(StoreError::Kind::Validation,
                         QCoreApplication::translate("LeadJson", "%1 must be text.").arg(fieldLabel(field)))
            .withField(field);
    }
    return QString::fromStdString(value.get<std::string>());
}

} // namespace

QString isoTime(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

nlohmann::json leadToJson(const Lead& lead)
{
    nlohmann::json tags = nlohmann::json::array();
    for (const QString& tag : lead.tags) {
        tags.push_back(utf8(tag));
    }
    nlohmann::json custom = nlohmann::json::object();
    for (auto it = lead.custom.cbegin(); it != lead.custom.cend(); ++it) {
        custom[utf8(it.key())] = utf8(it.value());
    }
    return nlohmann::json{
        {"id", utf8(lead.id)},
        {"email", utf8(lead.email)},
        {"firstName", utf8(lead.firstName)},
        {"lastName", utf8(lead.lastName)},
        {"company", utf8(lead.company)},
        {"phone", utf8(lead.phone)},
        {"status", utf8(statusName(lead.status))},
        {"tags", tags},
        {"source", utf8(lead.source)},
        {"createdAt", utf8(isoTime(lead.createdAt))},
        {"updatedAt", utf8(isoTime(lead.updatedAt))},
        {"version", lead.version},
        {"custom", custom},
        {"consent", utf8(consentStateName(lead.consent))},
    };
}

void mergeLeadJson(Lead& lead, const nlohmann::json& json)
{
    if (!json.is_object()) {
        throw StoreError(StoreError::Kind::Validation,
                         QCoreApplication::translate("LeadJson", "A lead must be a JSON object."));
    }
    const auto text = [&](const char* key, LeadField field, QString& target) {
        if (const auto it = json.find(key); it != json.end()) {
            target = qstring(*it, field);
        }
    };
    if (const auto it = json.find("id"); it != json.end()) {
        if (!it->is_string()) {
            throw StoreError(StoreError::Kind::Validation,
                             QCoreApplication::translate("LeadJson", "A lead's id must be text."));
        }
        lead.id = QString::fromStdString(it->get<std::string>());
    }
    text("email", LeadField::Email, lead.email);
    text("firstName", LeadField::FirstName, lead.firstName);
    text("lastName", LeadField::LastName, lead.lastName);
    text("company", LeadField::Company, lead.company);
    text("phone", LeadField::Phone, lead.phone);
    text("source", LeadField::Source, lead.source);

    if (const auto it = json.find("status"); it != json.end()) {
        const auto status = statusFromName(qstring(*it, LeadField::Status));
        if (!status) {
            throw StoreError(StoreError::Kind::Validation,
                             QCoreApplication::translate("LeadJson", "Unknown status “%1”.")
                                 .arg(qstring(*it, LeadField::Status)))
                .withField(LeadField::Status);
        }
        lead.status = *status;
    }
    if (const auto it = json.find("tags"); it != json.end()) {
        if (!it->is_array()) {
            throw StoreError(StoreError::Kind::Validation,
                             QCoreApplication::translate("LeadJson", "Tags must be a list of text."))
                .withField(LeadField::Tags);
        }
        lead.tags.clear();
        for (const auto& tag : *it) {
            lead.tags.append(qstring(tag, LeadField::Tags));
        }
    }
    if (const auto it = json.find("custom"); it != json.end()) {
        if (!it->is_object()) {
            throw StoreError(StoreError::Kind::Validation,
                             QCoreApplication::translate("LeadJson", "Custom fields must be a JSON object."));
        }
        lead.custom.clear();
        for (auto field = it->begin(); field != it->end(); ++field) {
            if (field.value().is_string()) {
                lead.custom.insert(QString::fromStdString(field.key()),
                                   QString::fromStdString(field.value().get<std::string>()));
            }
        }
    }
    const auto time = [&](const char* key, LeadField field, QDateTime& target) {
        if (const auto it = json.find(key); it != json.end()) {
            target = QDateTime::fromString(qstring(*it, field), Qt::ISODateWithMs);
        }
    };
    time("createdAt", LeadField::CreatedAt, lead.createdAt);
    time("updatedAt", LeadField::UpdatedAt, lead.updatedAt);
    if (const auto it = json.find("version"); it != json.end()) {
        if (!it->is_number_integer()) {
            throw StoreError(
                StoreError::Kind::Validation,
                QCoreApplication::translate("LeadJson", "A lead's version must be a whole number."));
        }
        lead.version = it->get<qint64>();
    }
}

// The fields of `after` that differ from `before`, as the outbox records them. Tags are recorded
// as adds and removes so that sync can merge them with other people's tag edits.
nlohmann::json leadChanges(const Lead& before, const Lead& after)
{
    const nlohmann::json old = leadToJson(before);
    const nlohmann::json now = leadToJson(after);
    nlohmann::json changed = nlohmann::json::object();
    for (const char* key : {"email", "firstName", "lastName", "company", "phone", "status", "source"}) {
        if (old.at(key) != now.at(key)) {
            changed[key] = now.at(key);
        }
    }
    nlohmann::json added = nlohmann::json::array();
    nlohmann::json removed = nlohmann::json::array();
    for (const QString& tag : after.tags) {
        if (!before.tags.contains(tag)) {
            added.push_back(tag.toStdString());
        }
    }
    for (const QString& tag : before.tags) {
        if (!after.tags.contains(tag)) {
            removed.push_back(tag.toStdString());
        }
    }
    if (!added.empty() || !removed.empty()) {
        changed["tags"] = {{"add", added}, {"remove", removed}};
    }
    // Only the custom values that changed; "" clears one (as the cloud's mutations take them).
    nlohmann::json custom = nlohmann::json::object();
    for (auto it = after.custom.cbegin(); it != after.custom.cend(); ++it) {
        if (before.custom.value(it.key()) != it.value()) {
            custom[it.key().toStdString()] = it.value().toStdString();
        }
    }
    for (auto it = before.custom.cbegin(); it != before.custom.cend(); ++it) {
        if (!after.custom.contains(it.key())) {
            custom[it.key().toStdString()] = "";
        }
    }
    if (!custom.empty()) {
        changed["custom"] = custom;
    }
    return changed;
}

} // namespace leadbox
