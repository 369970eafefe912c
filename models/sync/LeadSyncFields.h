#pragma once

#include "models/leads/Lead.h"
#include "models/sync/SyncTypes.h"

#include <QString>
#include <QStringList>
#include <nlohmann/json.hpp>
#include <optional>

namespace leadbox {

// A lead seen field by field, as sync merges it: the protocol's field names (email, firstName, lastName,
// company, phone, status, source, consent, tags and custom.<fieldId>) and their values as text.
namespace LeadSyncFields {

inline const QString kDeleted = QStringLiteral("deleted"); // the pseudo-field of delete conflicts
inline const QString kTags = QStringLiteral("tags");
inline const QString kCustomPrefix = QStringLiteral("custom.");

// The fields with one text value: all but tags and custom values.
const QStringList& scalarFields();
// The scalar fields and one custom.<id> per custom value of either lead.
QStringList valueFields(const Lead& a, const Lead& b);

// The value of a scalar or custom field as text (status and consent by name, a missing custom value
// as ""); nothing for tags or an unknown name.
std::optional<QString> value(const Lead& lead, const QString& field);
// Sets a scalar or custom field ("" removes a custom value). False for an unknown field or value.
bool setValue(Lead& lead, const QString& field, const QString& value);

// The lead a feed entry describes. Nothing when its data is not a lead (no email, wrong types).
std::optional<Lead> fromServer(const ServerChange& change);
// The lead's data as the feed and a create carry it: leadToJson without id and version.
nlohmann::json toData(const Lead& lead);
// A lead from data in that shape, with this id and version. Nothing when it is not a lead.
std::optional<Lead> fromData(const QString& id, qint64 version, const nlohmann::json& data);

// The fields an outbox op touches: every field for a create; for an update its keys, with one
// custom.<id> per custom value it sets. Tags are included as "tags".
QStringList touchedFields(const QString& op, const nlohmann::json& fields);

} // namespace LeadSyncFields
} // namespace leadbox
