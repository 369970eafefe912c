#include "models/leads/LeadFilter.h"

#include "models/leads/SearchExpression.h"

#include <QDateTime>
#include <QTimeZone>

namespace leadbox {

bool LeadFilter::isEmpty() const
{
    return statuses.isEmpty() && tags.isEmpty() && source.isEmpty() && !createdFrom.isValid() &&
           !createdTo.isValid() && !consent && customValues.isEmpty();
}

QString LeadFilter::describe(const QHash<QString, QString>& customFieldNames) const
{
    QStringList parts;
    if (!statuses.isEmpty()) {
        QStringList names;
        for (const LeadStatus status : statuses) {
            names.append(statusLabel(status));
        }
        parts.append(tr("status %1").arg(names.join(tr(" or "))));
    }
    for (const QString& tag : tags) {
        parts.append(tr("tag %1").arg(tag));
    }
    if (!source.isEmpty()) {
        parts.append(tr("source %1").arg(source));
    }
    if (createdFrom.isValid() || createdTo.isValid()) {
        const QLocale locale;
        parts.append(
            tr("created %1 – %2")
                .arg(createdFrom.isValid() ? locale.toString(createdFrom, QLocale::ShortFormat) : QString(),
                     createdTo.isValid() ? locale.toString(createdTo, QLocale::ShortFormat) : QString()));
    }
    if (consent) {
        parts.append(consentStateLabel(*consent));
    }
    for (const auto& [fieldId, value] : customValues) {
        parts.append(QStringLiteral("%1 = %2").arg(customFieldNames.value(fieldId, fieldId), value));
    }
    return parts.join(QStringLiteral(", "));
}

void LeadFilter::appendSql(QStringList& conditions, QVariantList& values) const
{
    if (!statuses.isEmpty()) {
        QStringList marks;
        for (const LeadStatus status : statuses) {
            marks.append(QStringLiteral("?"));
            values.append(static_cast<qint64>(status));
        }
        conditions.append(QStringLiteral("status IN (%1)").arg(marks.join(QLatin1Char(','))));
    }
    for (const QString& tag : tags) {
        // The search index narrows to leads with the tag's words anywhere; the lead's own tag list
        // decides. A tag with no words to search for ("★") is checked on every lead.
        const QString words = ftsMatchExpression(tag);
        if (!words.isEmpty()) {
            conditions.append(
                QStringLiteral("row_id IN (SELECT rowid FROM leads_fts WHERE leads_fts MATCH ?)"));
            values.append(words);
        }
        conditions.append(QStringLiteral(
            "EXISTS (SELECT 1 FROM json_each(leads.tags) WHERE json_each.value = ? COLLATE NOCASE)"));
        values.append(tag);
    }
    if (!source.isEmpty()) {
        conditions.append(QStringLiteral("source = ? COLLATE NOCASE"));
        values.append(source);
    }
    if (createdFrom.isValid()) {
        conditions.append(QStringLiteral("created_at >= ?"));
        values.append(QDateTime(createdFrom, QTime(0, 0)).toMSecsSinceEpoch());
    }
    if (createdTo.isValid()) {
        conditions.append(QStringLiteral("created_at < ?"));
        values.append(QDateTime(createdTo.addDays(1), QTime(0, 0)).toMSecsSinceEpoch());
    }
    if (consent) {
        conditions.append(QStringLiteral("consent = ?"));
        values.append(static_cast<qint64>(*consent));
    }
    for (const auto& [fieldId, value] : customValues) {
        conditions.append(QStringLiteral("json_extract(custom, '$.\"' || ? || '\"') = ? COLLATE NOCASE"));
        values.append(fieldId);
        values.append(value);
    }
}

nlohmann::json LeadFilter::toJson() const
{
    nlohmann::json json = nlohmann::json::object();
    if (!statuses.isEmpty()) {
        json["statuses"] = nlohmann::json::array();
        for (const LeadStatus status : statuses) {
            json["statuses"].push_back(statusName(status).toStdString());
        }
    }
    if (!tags.isEmpty()) {
        json["tags"] = nlohmann::json::array();
        for (const QString& tag : tags) {
            json["tags"].push_back(tag.toStdString());
        }
    }
    if (!source.isEmpty()) {
        json["source"] = source.toStdString();
    }
    if (createdFrom.isValid()) {
        json["createdFrom"] = createdFrom.toString(Qt::ISODate).toStdString();
    }
    if (createdTo.isValid()) {
        json["createdTo"] = createdTo.toString(Qt::ISODate).toStdString();
    }
    if (consent) {
        json["consent"] = consentStateName(*consent).toStdString();
    }
    if (!customValues.isEmpty()) {
        json["custom"] = nlohmann::json::object();
        for (const auto& [fieldId, value] : customValues) {
            json["custom"][fieldId.toStdString()] = value.toStdString();
        }
    }
    return json;
}

LeadFilter LeadFilter::fromJson(const nlohmann::json& json)
{
    LeadFilter filter;
    if (!json.is_object()) {
        return filter;
    }
    const auto text = [](const nlohmann::json& value) {
        return value.is_string() ? QString::fromStdString(value.get<std::string>()) : QString();
    };
    if (const auto it = json.find("statuses"); it != json.end() && it->is_array()) {
        for (const auto& name : *it) {
            if (const auto status = statusFromName(text(name))) {
                filter.statuses.append(*status);
            }
        }
    }
    if (const auto it = json.find("tags"); it != json.end() && it->is_array()) {
        for (const auto& tag : *it) {
            if (!text(tag).isEmpty()) {
                filter.tags.append(text(tag));
            }
        }
    }
    if (const auto it = json.find("source"); it != json.end()) {
        filter.source = text(*it);
    }
    if (const auto it = json.find("createdFrom"); it != json.end()) {
        filter.createdFrom = QDate::fromString(text(*it), Qt::ISODate);
    }
    if (const auto it = json.find("createdTo"); it != json.end()) {
        filter.createdTo = QDate::fromString(text(*it), Qt::ISODate);
    }
    if (const auto it = json.find("consent"); it != json.end()) {
        filter.consent = consentStateFromName(text(*it));
    }
    if (const auto it = json.find("custom"); it != json.end() && it->is_object()) {
        for (auto field = it->begin(); field != it->end(); ++field) {
            filter.customValues.append({QString::fromStdString(field.key()), text(field.value())});
        }
    }
    return filter;
}

bool LeadFilter::operator==(const LeadFilter& other) const
{
    return toJson() == other.toJson();
}

} // namespace leadbox
