#include "models/imports/ImportRowBuilder.h"

#include "models/imports/ColumnMapping.h"
#include "models/leads/LeadValidator.h"

namespace leadbox {
namespace {

} // namespace

ImportRowBuilder::ImportRowBuilder(QList<ColumnTarget> mapping, QHash<int, CustomField> customFields)
    : m_mapping(std::move(mapping))
    , m_customFields(std::move(customFields))
{
}

QString ImportRowBuilder::withoutFormulaGuard(const QString& cell)
{
    if (cell.size() > 1 && cell.at(0) == QLatin1Char('\'')) {
        const QChar next = cell.at(1);
        if (next == QLatin1Char('=') || next == QLatin1Char('+') || next == QLatin1Char('-') ||
            next == QLatin1Char('@') || next == QLatin1Char('\t') || next == QLatin1Char('\r')) {
            return cell.mid(1);
        }
    }
    return cell;
}

QString ImportRowBuilder::build(const QStringList& record, Lead& lead, nlohmann::json& custom,
                                bool* statusGiven) const
{
    lead = Lead();
    if (statusGiven) {
        *statusGiven = false;
    }
    custom = nlohmann::json::object();
    const qsizetype columns = std::min(record.size(), m_mapping.size());
    for (qsizetype column = 0; column < columns; ++column) {
        const ColumnTarget& target = m_mapping.at(column);
        const QString value = withoutFormulaGuard(record.at(column));
        if (target.kind == ColumnTarget::Kind::Custom) {
            QString normalised = value;
            const CustomField field = m_customFields.value(static_cast<int>(column));
            const QString error = CustomFieldRepository::normaliseValue(field, normalised);
            if (!error.isEmpty()) {
                return error;
            }
            if (!normalised.isEmpty()) {
                custom[field.id.toStdString()] = normalised.toStdString();
            }
            continue;
        }
        if (target.kind != ColumnTarget::Kind::Field) {
            continue;
        }
        switch (target.field) {
        case LeadField::Email:
            lead.email = value;
            break;
        case LeadField::FirstName:
            lead.firstName = value;
            break;
        case LeadField::LastName:
            lead.lastName = value;
            break;
        case LeadField::Company:
            lead.company = value;
            break;
        case LeadField::Phone:
            lead.phone = value;
            break;
        case LeadField::Status:
            if (statusGiven) {
                *statusGiven = !value.trimmed().isEmpty();
            }
            if (const auto status = ColumnMapping::parseStatus(value)) {
                lead.status = *status;
            } else {
                return tr("Unknown status “%1”; use new, contacted, qualified, customer or lost.")
                    .arg(value.left(40));
            }
            break;
        case LeadField::Tags:
            lead.tags = ColumnMapping::splitTags(value);
            break;
        case LeadField::Source:
            lead.source = value;
            break;
        case LeadField::CreatedAt:
            lead.createdAt = ColumnMapping::parseTime(value);
            if (!lead.createdAt.isValid() && !value.trimmed().isEmpty()) {
                return tr("“%1” is not a date LeadBox can read; use a form such as 2026-11-29.")
                    .arg(value.left(40));
            }
            break;
        case LeadField::UpdatedAt:
            break;
        }
    }
    LeadValidator::normalise(lead);
    const QList<FieldError> errors = LeadValidator::validate(lead);
    return errors.isEmpty() ? QString() : errors.first().message;
}

bool ImportRowBuilder::merge(Lead& stored, nlohmann::json& storedCustom, const Lead& incoming,
                             const nlohmann::json& incomingCustom, DuplicatePolicy policy, bool statusGiven)
{
    if (policy == DuplicatePolicy::Skip) {
        return false;
    }
    const bool overwrite = policy == DuplicatePolicy::Overwrite;
    bool changed = false;
    const auto text = [&](QString& target, const QString& value) {
        if (!value.isEmpty() && value != target && (overwrite || target.isEmpty())) {
            target = value;
            changed = true;
        }
    };
    text(stored.firstName, incoming.firstName);
    text(stored.lastName, incoming.lastName);
    text(stored.company, incoming.company);
    text(stored.phone, incoming.phone);
    text(stored.source, incoming.source);
    if (overwrite && statusGiven && stored.status != incoming.status) {
        stored.status = incoming.status;
        changed = true;
    }
    for (const QString& tag : incoming.tags) {
        const bool present =
            std::any_of(stored.tags.cbegin(), stored.tags.cend(), [&](const QString& existing) {
                return existing.compare(tag, Qt::CaseInsensitive) == 0;
            });
        if (!present && stored.tags.size() < LeadValidator::kMaxTags) {
            stored.tags.append(tag);
            changed = true;
        }
    }
    for (auto it = incomingCustom.begin(); it != incomingCustom.end(); ++it) {
        const auto existing = storedCustom.find(it.key());
        if (existing == storedCustom.end() || (overwrite && *existing != it.value())) {
            storedCustom[it.key()] = it.value();
            changed = true;
        }
    }
    return changed;
}

} // namespace leadbox
