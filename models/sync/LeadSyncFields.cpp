#include "models/sync/LeadSyncFields.h"

#include "models/StoreError.h"
#include "models/leads/LeadJson.h"
#include "models/leads/LeadValidator.h"

#include <QHash>

namespace leadbox::LeadSyncFields {
namespace {

// The Lead member of a plain text field, or null.
QString Lead::*textMember(const QString& field)
{
    static const QHash<QString, QString Lead::*> members{
        {QStringLiteral("email"), &Lead::email},       {QStringLiteral("firstName"), &Lead::firstName},
        {QStringLiteral("lastName"), &Lead::lastName}, {QStringLiteral("company"), &Lead::company},
        {QStringLiteral("phone"), &Lead::phone},       {QStringLiteral("source"), &Lead::source},
    };
    return members.value(field, nullptr);
}

} // namespace

const QStringList& scalarFields()
{
    static const QStringList fields{
        QStringLiteral("email"),   QStringLiteral("firstName"), QStringLiteral("lastName"),
        QStringLiteral("company"), QStringLiteral("phone"),     QStringLiteral("status"),
        QStringLiteral("source"),  QStringLiteral("consent"),
    };
    return fields;
}

QStringList valueFields(const Lead& a, const Lead& b)
{
    QStringList fields = scalarFields();
    for (const Lead* lead : {&a, &b}) {
        for (auto it = lead->custom.cbegin(); it != lead->custom.cend(); ++it) {
            const QString field = kCustomPrefix + it.key();
            if (!fields.contains(field)) {
                fields.append(field);
            }
        }
    }
    return fields;
}

std::optional<QString> value(const Lead& lead, const QString& field)
{
    if (field == QLatin1String("status")) {
        return statusName(lead.status);
    }
    if (field == QLatin1String("consent")) {
        return consentStateName(lead.consent);
    }
    if (field.startsWith(kCustomPrefix)) {
        return lead.custom.value(field.mid(kCustomPrefix.size()));
    }
    if (QString Lead::*member = textMember(field)) {
        return lead.*member;
    }
    return std::nullopt;
}

bool setValue(Lead& lead, const QString& field, const QString& value)
{
    if (field == QLatin1String("status")) {
        const std::optional<LeadStatus> status = statusFromName(value);
        if (status) {
            lead.status = *status;
        }
        return status.has_value();
    }
    if (field == QLatin1String("consent")) {
        const std::optional<ConsentState> consent = consentStateFromName(value);
        if (consent) {
            lead.consent = *consent;
        }
        return consent.has_value();
    }
    if (field.startsWith(kCustomPrefix)) {
        const QString id = field.mid(kCustomPrefix.size());
        if (value.isEmpty()) {
            lead.custom.remove(id);
        } else {
            lead.custom.insert(id, value);
        }
        return true;
    }
    if (QString Lead::*member = textMember(field)) {
        lead.*member = value;
        return true;
    }
    return false;
}

std::optional<Lead> fromData(const QString& id, qint64 version, const nlohmann::json& data)
{
    Lead lead;
    try {
        mergeLeadJson(lead, data);
    } catch (const StoreError&) {
        return std::nullopt;
    }
    lead.id = id;
    lead.version = version;
    if (const auto it = data.find("consent"); it != data.end() && it->is_string()) {
        lead.consent = consentStateFromName(QString::fromStdString(it->get<std::string>()))
                           .value_or(ConsentState::Unknown);
    }
    LeadValidator::normalise(lead);
    if (lead.email.isEmpty()) {
        return std::nullopt;
    }
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
    if (!lead.createdAt.isValid()) {
        lead.createdAt = now;
    }
    if (!lead.updatedAt.isValid()) {
        lead.updatedAt = lead.createdAt;
    }
    return lead;
}

std::optional<Lead> fromServer(const ServerChange& change)
{
    return fromData(change.id, change.version, change.data);
}

nlohmann::json toData(const Lead& lead)
{
    nlohmann::json data = leadToJson(lead);
    data.erase("id");
    data.erase("version");
    return data;
}

QStringList touchedFields(const QString& op, const nlohmann::json& fields)
{
    QStringList touched;
    if (op == QLatin1String("create")) {
        touched = scalarFields();
        touched.append(kTags);
    } else if (op == QLatin1String("update") && fields.is_object()) {
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            if (it.key() != "custom") {
                touched.append(QString::fromStdString(it.key()));
            }
        }
    }
    if (const auto custom = fields.find("custom"); custom != fields.end() && custom->is_object()) {
        for (auto it = custom->begin(); it != custom->end(); ++it) {
            touched.append(kCustomPrefix + QString::fromStdString(it.key()));
        }
    }
    return touched;
}

} // namespace leadbox::LeadSyncFields
