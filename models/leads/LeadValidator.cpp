#include "models/leads/LeadValidator.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>

namespace leadbox {
namespace {

bool hasControlCharacters(const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x20 && c.unicode() < 0x7f) {
            continue; // printable ASCII: the common case, decided without a table lookup
        }
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format ||
            c == QChar::LineSeparator || c == QChar::ParagraphSeparator) {
            return true;
        }
    }
    return false;
}

void checkText(QList<FieldError>& errors, LeadField field, const QString& value)
{
    const int limit = fieldInfo(field).maxLength;
    if (limit > 0 && value.size() > limit) {
        errors.append({field, QCoreApplication::translate("LeadValidator",
                                                          "%1 is too long: %2 characters, the limit is %3.")
                                  .arg(fieldLabel(field))
                                  .arg(value.size())
                                  .arg(limit)});
    } else if (hasControlCharacters(value)) {
        errors.append(
            {field, QCoreApplication::translate("LeadValidator", "%1 contains invisible control characters.")
                        .arg(fieldLabel(field))});
    }
}

} // namespace

void LeadValidator::normalise(Lead& lead)
{
    lead.email = lead.email.trimmed();
    lead.firstName = lead.firstName.trimmed();
    lead.lastName = lead.lastName.trimmed();
    lead.company = lead.company.trimmed();
    lead.phone = lead.phone.trimmed();
    lead.source = lead.source.trimmed();

    QStringList tags;
    QSet<QString> seen;
    for (const QString& raw : std::as_const(lead.tags)) {
        const QString tag = raw.simplified();
        if (!tag.isEmpty() && !seen.contains(tag.toCaseFolded())) {
            seen.insert(tag.toCaseFolded());
            tags.append(tag);
        }
    }
    lead.tags = tags;
}

bool LeadValidator::isValidEmail(const QString& email)
{
    // Pragmatic, not RFC 5322: a dot-atom local part, one @, and a dotted domain of sane labels
    // whose last label is not all digits. Hand-written: an import checks a million of these.
    if (email.isEmpty() || email.size() > fieldInfo(LeadField::Email).maxLength) {
        return false;
    }
    const qsizetype at = email.indexOf(QLatin1Char('@'));
    if (at < 1 || at > kMaxEmailLocalPart) {
        return false;
    }
    static const QString atomSymbols = QStringLiteral("!#$%&'*+/=?^_`{|}~-");
    bool previousWasDot = true; // no leading dot
    for (qsizetype i = 0; i < at; ++i) {
        const QChar c = email.at(i);
        if (c == QLatin1Char('.')) {
            if (previousWasDot) {
                return false;
            }
            previousWasDot = true;
        } else if (c.isLetterOrNumber() || (c.unicode() < 128 && atomSymbols.contains(c))) {
            previousWasDot = false;
        } else {
            return false;
        }
    }
    if (previousWasDot) {
        return false; // trailing dot
    }

    int labels = 0;
    qsizetype labelStart = at + 1;
    bool allDigits = true;
    for (qsizetype i = at + 1; i <= email.size(); ++i) {
        const bool end = i == email.size();
        const QChar c = end ? QLatin1Char('.') : email.at(i);
        if (c == QLatin1Char('.')) {
            const qsizetype length = i - labelStart;
            if (length < 1 || length > 63 || email.at(labelStart) == QLatin1Char('-') ||
                email.at(i - 1) == QLatin1Char('-')) {
                return false;
            }
            ++labels;
            if (end && allDigits) {
                return false; // a numeric top-level domain
            }
            labelStart = i + 1;
            allDigits = true;
        } else if (c.isLetterOrNumber() || c == QLatin1Char('-')) {
            allDigits = allDigits && c.unicode() >= '0' && c.unicode() <= '9';
        } else {
            return false;
        }
    }
    return labels >= 2;
}

QString LeadValidator::emailKey(const QString& email)
{
    return email.trimmed().toCaseFolded();
}

QStringList LeadValidator::splitTags(const QString& text)
{
    QStringList tags;
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        const QString tag = part.simplified();
        if (!tag.isEmpty()) {
            tags.append(tag);
        }
    }
    return tags;
}

QList<FieldError> LeadValidator::validate(const Lead& lead)
{
    QList<FieldError> errors;

    if (lead.email.isEmpty()) {
        errors.append({LeadField::Email, tr("Email is required.")});
    } else if (lead.email.size() > fieldInfo(LeadField::Email).maxLength) {
        checkText(errors, LeadField::Email, lead.email);
    } else if (!isValidEmail(lead.email)) {
        errors.append({LeadField::Email, tr("“%1” is not a valid email address.").arg(lead.email)});
    }

    checkText(errors, LeadField::FirstName, lead.firstName);
    checkText(errors, LeadField::LastName, lead.lastName);
    checkText(errors, LeadField::Company, lead.company);

    // Checked by hand rather than with a regular expression: an import checks a million of these.
    const auto phoneCharacter = [](QChar c) {
        return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || QStringView(u"+()./ xX-").contains(c);
    };
    const auto before = errors.size();
    checkText(errors, LeadField::Phone, lead.phone);
    if (errors.size() == before && !std::all_of(lead.phone.cbegin(), lead.phone.cend(), phoneCharacter)) {
        errors.append({LeadField::Phone, tr("Phone may contain only digits, spaces and + ( ) - . / x.")});
    }

    if (lead.tags.size() > kMaxTags) {
        errors.append({LeadField::Tags, tr("A lead can have at most %1 tags.").arg(kMaxTags)});
    }
    for (const QString& tag : lead.tags) {
        if (tag.size() > kMaxTagLength) {
            errors.append({LeadField::Tags, tr("The tag “%1…” is too long; the limit is %2 characters.")
                                                .arg(tag.left(20))
                                                .arg(kMaxTagLength)});
            break;
        }
        if (tag.contains(QLatin1Char(',')) || hasControlCharacters(tag)) {
            errors.append({LeadField::Tags, tr("Tags cannot contain commas or control characters.")});
            break;
        }
    }

    checkText(errors, LeadField::Source, lead.source);
    return errors;
}

} // namespace leadbox
