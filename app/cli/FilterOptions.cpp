#include "app/cli/FilterOptions.h"

#include "models/StoreError.h"
#include "models/leads/CustomFieldRepository.h"

namespace leadbox {

void FilterOptions::addTo(QCommandLineParser& parser) const
{
    parser.addOptions({m_status, m_tag, m_source, m_consent, m_createdFrom, m_createdTo, m_field});
}

QString FilterOptions::usage()
{
    return QStringLiteral(
        "[--status S]... [--tag T]... [--source S] [--consent granted|withdrawn|unknown]\n"
        "            [--created-from YYYY-MM-DD] [--created-to YYYY-MM-DD] [--field NAME=VALUE]...");
}

QString FilterOptions::check(const QCommandLineParser& parser) const
{
    for (const QString& status : parser.values(m_status)) {
        if (!statusFromName(status)) {
            return tr("Unknown status “%1”; use one of new, contacted, qualified, customer, lost.")
                .arg(status);
        }
    }
    if (parser.isSet(m_consent) && !consentStateFromName(parser.value(m_consent))) {
        return tr("--consent takes granted, withdrawn or unknown, not “%1”.").arg(parser.value(m_consent));
    }
    for (const QCommandLineOption* option : {&m_createdFrom, &m_createdTo}) {
        if (parser.isSet(*option) && !QDate::fromString(parser.value(*option), Qt::ISODate).isValid()) {
            return tr("“%1” is not a date; write it as YYYY-MM-DD.").arg(parser.value(*option));
        }
    }
    for (const QString& field : parser.values(m_field)) {
        if (field.indexOf(QLatin1Char('=')) <= 0) {
            return tr("--field takes NAME=VALUE, not “%1”.").arg(field);
        }
    }
    return {};
}

LeadFilter FilterOptions::build(const QCommandLineParser& parser, Database& db) const
{
    LeadFilter filter;
    for (const QString& status : parser.values(m_status)) {
        filter.statuses.append(statusFromName(status).value_or(LeadStatus::New));
    }
    filter.tags = parser.values(m_tag);
    filter.source = parser.value(m_source).trimmed();
    if (parser.isSet(m_consent)) {
        filter.consent = consentStateFromName(parser.value(m_consent));
    }
    filter.createdFrom = QDate::fromString(parser.value(m_createdFrom), Qt::ISODate);
    filter.createdTo = QDate::fromString(parser.value(m_createdTo), Qt::ISODate);
    if (parser.isSet(m_field)) {
        CustomFieldRepository fields(db);
        for (const QString& pair : parser.values(m_field)) {
            const qsizetype equals = pair.indexOf(QLatin1Char('='));
            const QString name = pair.left(equals).trimmed();
            const std::optional<CustomField> field = fields.findByName(name);
            if (!field) {
                throw StoreError(StoreError::Kind::Validation,
                                 tr("There is no custom field named “%1”.").arg(name));
            }
            QString value = pair.mid(equals + 1);
            const QString error = CustomFieldRepository::normaliseValue(*field, value);
            if (!error.isEmpty()) {
                throw StoreError(StoreError::Kind::Validation, error);
            }
            filter.customValues.append({field->id, value});
        }
    }
    return filter;
}

} // namespace leadbox
