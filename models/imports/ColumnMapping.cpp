#include "models/imports/ColumnMapping.h"

#include "models/StoreError.h"

#include <QHash>
#include <QRegularExpression>

namespace leadbox {
namespace {

// Lower-case letters and digits only: "E-mail 1 - Value" → "email1value".
QString squash(const QString& header)
{
    QString key;
    key.reserve(header.size());
    for (const QChar c : header) {
        if (c.isLetterOrNumber()) {
            key.append(c.toLower());
        }
    }
    return key;
}

const QHash<QString, LeadField>& knownHeaders()
{
    static const QHash<QString, LeadField> headers = [] {
        QHash<QString, LeadField> map;
        const auto add = [&](LeadField field, std::initializer_list<const char*> names) {
            for (const char* name : names) {
                map.insert(squash(QString::fromUtf8(name)), field);
            }
        };
        add(LeadField::Email, {"email", "e-mail", "email address", "e-mail address", "E-mail 1 - Value",
                               "Email Address", "work email", "primary email", "mail"});
        add(LeadField::FirstName,
            {"first name", "firstname", "first", "given name", "fname", "forename", "vorname"});
        add(LeadField::LastName,
            {"last name", "lastname", "last", "surname", "family name", "lname", "nachname"});
        add(LeadField::Company,
            {"company", "company name", "organization", "organisation", "Organization 1 - Name",
             "organization name", "account", "account name", "firma", "employer"});
        add(LeadField::Phone, {"phone", "phone number", "mobile", "mobile phone", "mobile phone number",
                               "Phone 1 - Value", "telephone", "tel", "telefon", "work phone"});
        add(LeadField::Status, {"status", "lead status", "lifecycle stage"});
        add(LeadField::Tags, {"tags", "tag", "labels", "label", "Group Membership", "groups"});
        add(LeadField::Source, {"source", "lead source", "original source", "quelle"});
        add(LeadField::CreatedAt, {"created", "created at", "created_at", "create date", "date added",
                                   "OPTIN_TIME", "signup date", "created date"});
        return map;
    }();
    return headers;
}

} // namespace

ColumnTarget ColumnMapping::guess(const QString& header)
{
    const auto it = knownHeaders().constFind(squash(header));
    if (it != knownHeaders().constEnd()) {
        return ColumnTarget::toField(it.value());
    }
    return ColumnTarget::ignore();
}

QList<ColumnTarget> ColumnMapping::guessAll(const QStringList& header)
{
    QList<ColumnTarget> mapping;
    QList<LeadField> taken;
    for (const QString& column : header) {
        ColumnTarget target = guess(column);
        // The first column that claims a field wins ("Email" before "Work Email").
        if (target.kind == ColumnTarget::Kind::Field && taken.contains(target.field)) {
            target = ColumnTarget::ignore();
        } else if (target.kind == ColumnTarget::Kind::Field) {
            taken.append(target.field);
        }
        mapping.append(target);
    }
    return mapping;
}

QList<ColumnTarget> ColumnMapping::withOverrides(const QStringList& header, QList<ColumnTarget> mapping,
                                                 const QStringList& overrides)
{
    while (mapping.size() < header.size()) {
        mapping.append(ColumnTarget::ignore());
    }
    for (const QString& override : overrides) {
        const qsizetype equals = override.lastIndexOf(QLatin1Char('='));
        if (equals <= 0) {
            throw StoreError(
                StoreError::Kind::Validation,
                tr("“%1” is not a mapping; write COLUMN=FIELD, e.g. \"Work Email=email\".").arg(override));
        }
        const QString column = override.left(equals).trimmed();
        const QString targetName = override.mid(equals + 1).trimmed();
        qsizetype index = header.indexOf(column);
        if (index < 0) {
            for (qsizetype i = 0; i < header.size(); ++i) {
                if (header.at(i).compare(column, Qt::CaseInsensitive) == 0) {
                    index = i;
                }
            }
        }
        if (index < 0) {
            throw StoreError(StoreError::Kind::Validation,
                             tr("The file has no column “%1”. Its columns are: %2.")
                                 .arg(column, header.join(QStringLiteral(", "))));
        }
        ColumnTarget target;
        if (targetName == QLatin1String("ignore")) {
            target = ColumnTarget::ignore();
        } else if (targetName.startsWith(QLatin1String("custom:")) && targetName.size() > 7) {
            target = ColumnTarget::toCustom(targetName.mid(7).trimmed());
        } else if (const auto field = fieldFromCliName(targetName); field && *field != LeadField::UpdatedAt) {
            target = ColumnTarget::toField(*field);
            for (ColumnTarget& other : mapping) {
                if (other == target) {
                    other = ColumnTarget::ignore(); // one column per field
                }
            }
        } else {
            throw StoreError(
                StoreError::Kind::Validation,
                tr("Cannot map a column to “%1”; use email, first-name, last-name, company, phone, "
                   "status, tags, source, created, custom:NAME or ignore.")
                    .arg(targetName));
        }
        mapping[index] = target;
    }
    return mapping;
}

std::optional<LeadStatus> ColumnMapping::parseStatus(const QString& text)
{
    const QString key = squash(text);
    if (key.isEmpty()) {
        return LeadStatus::New;
    }
    static const QHash<QString, LeadStatus> names = [] {
        QHash<QString, LeadStatus> map;
        for (const LeadStatus status : kAllLeadStatuses) {
            map.insert(statusName(status), status);
        }
        // HubSpot's lead statuses and lifecycle stages.
        for (const char* name : {"open", "inprogress", "attemptedtocontact", "connected", "working",
                                 "contacted", "marketingqualifiedlead"}) {
            map.insert(QLatin1String(name), LeadStatus::Contacted);
        }
        map.insert(QStringLiteral("subscriber"), LeadStatus::New);
        map.insert(QStringLiteral("lead"), LeadStatus::New);
        for (const char* name : {"opendeal", "salesqualifiedlead", "opportunity", "qualified"}) {
            map.insert(QLatin1String(name), LeadStatus::Qualified);
        }
        for (const char* name : {"customer", "evangelist", "won", "closedwon"}) {
            map.insert(QLatin1String(name), LeadStatus::Customer);
        }
        for (const char* name : {"unqualified", "badtiming", "closedlost", "lost", "disqualified"}) {
            map.insert(QLatin1String(name), LeadStatus::Lost);
        }
        return map;
    }();
    const auto it = names.constFind(key);
    if (it != names.constEnd()) {
        return it.value();
    }
    for (const LeadStatus status : kAllLeadStatuses) {
        if (squash(statusLabel(status)) == key) {
            return status;
        }
    }
    return std::nullopt;
}

QStringList ColumnMapping::splitTags(const QString& text)
{
    QStringList tags;
    if (text.isEmpty()) {
        return tags;
    }
    const bool plain = std::none_of(text.cbegin(), text.cend(), [](QChar c) {
        return c == QLatin1Char(',') || c == QLatin1Char(';') || c == QLatin1Char(':') || c.isSpace();
    });
    if (plain) {
        tags.append(text); // one simple tag: no need for the regular expression
        return tags;
    }
    static const QRegularExpression separators(QStringLiteral("\\s*(?:,|;|:::)\\s*"));
    const QStringList parts = text.split(separators, Qt::SkipEmptyParts);
    for (QString tag : parts) {
        if (tag.startsWith(QLatin1String("* "))) {
            continue; // Google Contacts' system groups ("* myContacts", "* starred") are not tags
        }
        tag = tag.simplified();
        if (!tag.isEmpty()) {
            tags.append(tag);
        }
    }
    return tags;
}

QDateTime ColumnMapping::parseTime(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return {};
    }
    // Fast path for the common "2024-01-10T10:00:00Z" and "2024-01-10".
    if ((trimmed.size() == 20 && trimmed.at(19) == QLatin1Char('Z') && trimmed.at(10) == QLatin1Char('T')) ||
        trimmed.size() == 10) {
        const auto number = [&](qsizetype from, qsizetype length) {
            int value = 0;
            for (qsizetype i = from; i < from + length; ++i) {
                const char16_t c = trimmed.at(i).unicode();
                if (c < '0' || c > '9') {
                    return -1;
                }
                value = value * 10 + (c - '0');
            }
            return value;
        };
        if (trimmed.at(4) == QLatin1Char('-') && trimmed.at(7) == QLatin1Char('-')) {
            const QDate date(number(0, 4), number(5, 2), number(8, 2));
            const QTime clock =
                trimmed.size() == 10 ? QTime(0, 0) : QTime(number(11, 2), number(14, 2), number(17, 2));
            if (date.isValid() && clock.isValid()) {
                return QDateTime(date, clock, Qt::UTC);
            }
        }
    }
    QDateTime time = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!time.isValid()) {
        time = QDateTime::fromString(trimmed, Qt::ISODate);
    }
    for (const char* format : {"yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "dd.MM.yyyy HH:mm",
                               "MM/dd/yyyy HH:mm", "dd.MM.yyyy", "MM/dd/yyyy", "yyyy/MM/dd"}) {
        if (time.isValid()) {
            break;
        }
        time = QDateTime::fromString(trimmed, QLatin1String(format));
    }
    if (!time.isValid()) {
        const QDate date = QDate::fromString(trimmed.left(10), Qt::ISODate);
        if (date.isValid()) {
            time = date.startOfDay(Qt::UTC);
        }
    }
    return time;
}

QString ColumnMapping::describe(const ColumnTarget& target)
{
    switch (target.kind) {
    case ColumnTarget::Kind::Ignore:
        return tr("Ignored");
    case ColumnTarget::Kind::Field:
        return fieldLabel(target.field);
    case ColumnTarget::Kind::Custom:
        return tr("Custom: %1").arg(target.customName);
    }
    return {};
}

} // namespace leadbox
