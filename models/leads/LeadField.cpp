#include "models/leads/LeadField.h"

#include <QCoreApplication>

namespace leadbox {

const std::array<LeadFieldInfo, kLeadFieldCount>& leadFields()
{
    static const std::array<LeadFieldInfo, kLeadFieldCount> fields{{
        {LeadField::Email, "email", "email", "email", true, 254},
        {LeadField::FirstName, "firstName", "first-name", "first_name", true, 100},
        {LeadField::LastName, "lastName", "last-name", "last_name", true, 100},
        {LeadField::Company, "company", "company", "company", true, 200},
        {LeadField::Phone, "phone", "phone", "phone", true, 40},
        {LeadField::Status, "status", "status", "status", false, 0},
        {LeadField::Tags, "tags", "tags", "tags", true, 0},
        {LeadField::Source, "source", "source", "source", true, 200},
        {LeadField::CreatedAt, "createdAt", "created", "created_at", false, 0},
        {LeadField::UpdatedAt, "updatedAt", "updated", "updated_at", false, 0},
    }};
    return fields;
}

const LeadFieldInfo& fieldInfo(LeadField field)
{
    return leadFields()[static_cast<std::size_t>(field)];
}

std::optional<LeadField> fieldFromCliName(const QString& name)
{
    for (const auto& info : leadFields()) {
        if (name == QLatin1String(info.cliName)) {
            return info.field;
        }
    }
    return std::nullopt;
}

std::optional<LeadField> fieldFromKey(const QString& key)
{
    for (const auto& info : leadFields()) {
        if (key == QLatin1String(info.key)) {
            return info.field;
        }
    }
    return std::nullopt;
}

QString fieldLabel(LeadField field)
{
    switch (field) {
    case LeadField::Email:
        return QCoreApplication::translate("LeadField", "Email");
    case LeadField::FirstName:
        return QCoreApplication::translate("LeadField", "First name");
    case LeadField::LastName:
        return QCoreApplication::translate("LeadField", "Last name");
    case LeadField::Company:
        return QCoreApplication::translate("LeadField", "Company");
    case LeadField::Phone:
        return QCoreApplication::translate("LeadField", "Phone");
    case LeadField::Status:
        return QCoreApplication::translate("LeadField", "Status");
    case LeadField::Tags:
        return QCoreApplication::translate("LeadField", "Tags");
    case LeadField::Source:
        return QCoreApplication::translate("LeadField", "Source");
    case LeadField::CreatedAt:
        return QCoreApplication::translate("LeadField", "Created");
    case LeadField::UpdatedAt:
        return QCoreApplication::translate("LeadField", "Updated");
    }
    return {};
}

} // namespace leadbox
