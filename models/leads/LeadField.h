#pragma once

#include <QString>
#include <array>
#include <optional>

namespace leadbox {

// The fields of a lead, in table-column order. One table of facts per field serves the
// table model, the JSON mapping, the CLI flags, sorting and validation messages.
enum class LeadField
{
    Email,
    FirstName,
    LastName,
    Company,
    Phone,
    Status,
    Tags,
    Source,
    CreatedAt,
    UpdatedAt,
};

inline constexpr int kLeadFieldCount = 10;

struct LeadFieldInfo
{
    LeadField field;
    const char* key;      // JSON key and outbox field name: "firstName"
    const char* cliName;  // CLI spelling: "first-name"
    const char* column;   // SQL column in the leads table (a fixed identifier, never user input)
    bool caseInsensitive; // sorts with COLLATE NOCASE
    int maxLength;        // 0 when not a free-text field
};

const std::array<LeadFieldInfo, kLeadFieldCount>& leadFields();
const LeadFieldInfo& fieldInfo(LeadField field);
std::optional<LeadField> fieldFromCliName(const QString& name);
std::optional<LeadField> fieldFromKey(const QString& key);

// The translated label a user sees, e.g. "First name".
QString fieldLabel(LeadField field);

} // namespace leadbox
