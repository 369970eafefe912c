#include "models/leads/CustomFieldRepository.h"

#include "models/StoreError.h"
#include "models/store/Database.h"
#include "models/store/Transaction.h"

#include <QDate>
#include <QSqlQuery>
#include <QUuid>
#include <nlohmann/json.hpp>

namespace leadbox {

QString customFieldTypeName(CustomFieldType type)
{
    switch (type) {
    case CustomFieldType::Text:
        return QStringLiteral("text");
    case CustomFieldType::Number:
        return QStringLiteral("number");
    case CustomFieldType::Date:
        return QStringLiteral("date");
    case CustomFieldType::Choice:
        return QStringLiteral("choice");
    case CustomFieldType::Boolean:
        return QStringLiteral("boolean");
    }
    return {};
}

QString customFieldTypeLabel(CustomFieldType type)
{
    switch (type) {
    case CustomFieldType::Text:
        return QCoreApplication::translate("CustomFieldType", "Text");
    case CustomFieldType::Number:
        return QCoreApplication::translate("CustomFieldType", "Number");
    case CustomFieldType::Date:
        return QCoreApplication::translate("CustomFieldType", "Date");
    case CustomFieldType::Choice:
        return QCoreApplication::translate("CustomFieldType", "Choice");
    case CustomFieldType::Boolean:
        return QCoreApplication::translate("CustomFieldType", "Yes/No");
    }
    return {};
}

std::optional<CustomFieldType> customFieldTypeFromName(const QString& name)
{
    for (const CustomFieldType type : kAllCustomFieldTypes) {
        if (customFieldTypeName(type) == name) {
            return type;
        }
    }
    return std::nullopt;
}

CustomFieldRepository::CustomFieldRepository(Database& db)
    : m_db(db)
{
}

QList<CustomField> CustomFieldRepository::list()
{
    QList<CustomField> fields;
    m_db.forEachRow(
        m_db.prepare(
            QStringLiteral("SELECT id, name, type, choices, position FROM custom_fields ORDER BY position")),
        [&](const QSqlQuery& row) {
            CustomField field;
            field.id = row.value(0).toString();
            field.name = row.value(1).toString();
            field.type = customFieldTypeFromName(row.value(2).toString()).value_or(CustomFieldType::Text);
            const auto choices = nlohmann::json::parse(row.value(3).toString().toStdString(), nullptr, false);
            if (choices.is_array()) {
                for (const auto& choice : choices) {
                    if (choice.is_string()) {
                        field.choices.append(QString::fromStdString(choice.get<std::string>()));
                    }
                }
            }
            field.position = row.value(4).toInt();
            fields.append(field);
        });
    return fields;
}

std::optional<CustomField> CustomFieldRepository::findByName(const QString& name)
{
    for (const CustomField& field : list()) {
        if (field.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0) {
            return field;
        }
    }
    return std::nullopt;
}

void CustomFieldRepository::checkName(const QString& name, const QString& exceptId)
{
    if (name.isEmpty()) {
        throw StoreError(StoreError::Kind::Validation, tr("A custom field needs a name."));
    }
    if (name.size() > kMaxNameLength) {
        throw StoreError(StoreError::Kind::Validation,
                         tr("A custom field's name can have at most %1 characters.").arg(kMaxNameLength));
    }
    for (const LeadFieldInfo& builtIn : leadFields()) {
        if (fieldLabel(builtIn.field).compare(name, Qt::CaseInsensitive) == 0) {
            throw StoreError(StoreError::Kind::Validation,
                             tr("“%1” is already a standard lead field.").arg(name));
        }
    }
    const std::optional<CustomField> existing = findByName(name);
    if (existing && existing->id != exceptId) {
        throw StoreError(StoreError::Kind::Validation,
                         tr("There is already a custom field named “%1”.").arg(name));
    }
}

QStringList CustomFieldRepository::checkedChoices(const QStringList& rawChoices)
{
    QStringList choices;
    for (const QString& rawChoice : rawChoices) {
        const QString choice = rawChoice.simplified();
        if (choice.isEmpty()) {
            continue;
        }
        if (choice.size() > kMaxChoiceLength) {
            throw StoreError(StoreError::Kind::Validation,
                             tr("A choice can have at most %1 characters.").arg(kMaxChoiceLength));
        }
        if (choices.contains(choice, Qt::CaseInsensitive)) {
            throw StoreError(StoreError::Kind::Validation, tr("“%1” is listed twice.").arg(choice));
        }
        choices.append(choice);
    }
    if (choices.isEmpty()) {
        throw StoreError(StoreError::Kind::Validation, tr("A choice field needs at least one choice."));
    }
    if (choices.size() > kMaxChoices) {
        throw StoreError(StoreError::Kind::Validation,
                         tr("A choice field can have at most %1 choices.").arg(kMaxChoices));
    }
    return choices;
}

CustomField CustomFieldRepository::create(const QString& rawName, CustomFieldType type,
                                          const QStringList& rawChoices)
{
    const QString name = rawName.simplified();
    checkName(name, {});
    const QStringList choices = type == CustomFieldType::Choice ? checkedChoices(rawChoices) : QStringList();
    const QList<CustomField> existing = list();
    if (existing.size() >= kMaxFields) {
        throw StoreError(StoreError::Kind::Validation,
                         tr("A workspace can have at most %1 custom fields.").arg(kMaxFields));
    }
    CustomField field;
    field.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    field.name = name;
    field.type = type;
    field.choices = choices;
    field.position = existing.isEmpty() ? 0 : existing.constLast().position + 1;

    nlohmann::json choiceArray = nlohmann::json::array();
    for (const QString& choice : choices) {
        choiceArray.push_back(choice.toStdString());
    }
    QSqlQuery& insert = m_db.prepare(QStringLiteral(
        "INSERT INTO custom_fields (id, name, type, choices, position) VALUES (?, ?, ?, ?, ?)"));
    insert.bindValue(0, field.id);
    insert.bindValue(1, field.name);
    insert.bindValue(2, customFieldTypeName(type));
    insert.bindValue(3, QString::fromStdString(choiceArray.dump()));
    insert.bindValue(4, field.position);
    m_db.write(insert);
    return field;
}

void CustomFieldRepository::rename(const QString& id, const QString& rawName)
{
    const QString name = rawName.simplified();
    checkName(name, id);
    QSqlQuery& update = m_db.prepare(QStringLiteral("UPDATE custom_fields SET name = ? WHERE id = ?"));
    update.bindValue(0, name);
    update.bindValue(1, id);
    m_db.write(update);
}

void CustomFieldRepository::remove(const QString& id)
{
    Transaction transaction(m_db);
    QSqlQuery& values = m_db.prepare(QStringLiteral(
        "UPDATE leads SET custom = json_remove(custom, '$.\"' || ? || '\"') WHERE custom <> '{}'"));
    values.bindValue(0, id);
    m_db.write(values);
    QSqlQuery& erase = m_db.prepare(QStringLiteral("DELETE FROM custom_fields WHERE id = ?"));
    erase.bindValue(0, id);
    m_db.write(erase);
    transaction.commit();
}

qint64 CustomFieldRepository::countValues(const QString& id)
{
    QSqlQuery& select = m_db.prepare(QStringLiteral(
        "SELECT count(*) FROM leads WHERE json_extract(custom, '$.\"' || ? || '\"') IS NOT NULL"));
    select.bindValue(0, id);
    qint64 total = 0;
    m_db.forEachRow(select, [&](const QSqlQuery& row) { total = row.value(0).toLongLong(); });
    return total;
}

QString CustomFieldRepository::normaliseValue(const CustomField& field, QString& value)
{
    value = value.trimmed();
    if (value.isEmpty()) {
        return {};
    }
    if (value.size() > kMaxValueLength) {
        return tr("%1 is too long: the limit is %2 characters.").arg(field.name).arg(kMaxValueLength);
    }
    switch (field.type) {
    case CustomFieldType::Text:
        return {};
    case CustomFieldType::Number: {
        bool ok = false;
        const double number = QString(value).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
        if (!ok) {
            return tr("%1 must be a number, not “%2”.").arg(field.name, value);
        }
        value = QString::number(number, 'g', 15);
        return {};
    }
    case CustomFieldType::Date: {
        QDate date = QDate::fromString(value.left(10), Qt::ISODate);
        for (const char* format : {"dd.MM.yyyy", "MM/dd/yyyy", "d.M.yyyy", "M/d/yyyy"}) {
            if (!date.isValid()) {
                date = QDate::fromString(value, QLatin1String(format));
            }
        }
        if (!date.isValid()) {
            return tr("%1 must be a date such as 2026-11-29, not “%2”.").arg(field.name, value);
        }
        value = date.toString(Qt::ISODate);
        return {};
    }
    case CustomFieldType::Choice:
        for (const QString& choice : field.choices) {
            if (choice.compare(value, Qt::CaseInsensitive) == 0) {
                value = choice;
                return {};
            }
        }
        return tr("%1 must be one of %2, not “%3”.")
            .arg(field.name, field.choices.join(QStringLiteral(", ")), value);
    case CustomFieldType::Boolean: {
        const QString lower = value.toLower();
        if (QStringList{QStringLiteral("true"), QStringLiteral("yes"), QStringLiteral("1"),
                        QStringLiteral("y"), QStringLiteral("ja"), QStringLiteral("x")}
                .contains(lower)) {
            value = QStringLiteral("true");
            return {};
        }
        if (QStringList{QStringLiteral("false"), QStringLiteral("no"), QStringLiteral("0"),
                        QStringLiteral("n"), QStringLiteral("nein")}
                .contains(lower)) {
            value = QStringLiteral("false");
            return {};
        }
        return tr("%1 must be yes or no, not “%2”.").arg(field.name, value);
    }
    }
    return {};
}

} // namespace leadbox
