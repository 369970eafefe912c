#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <array>
#include <optional>

namespace leadbox {

class Database;

enum class CustomFieldType
{
    Text,
    Number,
    Date,
    Choice,
    Boolean,
};

inline constexpr std::array<CustomFieldType, 5> kAllCustomFieldTypes{
    CustomFieldType::Text, CustomFieldType::Number, CustomFieldType::Date, CustomFieldType::Choice,
    CustomFieldType::Boolean};

QString customFieldTypeName(CustomFieldType type);  // "text", as stored
QString customFieldTypeLabel(CustomFieldType type); // translated, as the user sees it
std::optional<CustomFieldType> customFieldTypeFromName(const QString& name);

// A field a workspace adds to its leads. Values live in each lead's `custom` JSON, keyed by the
// field's id, so renaming a field keeps its values.
struct CustomField
{
    QString id;
    QString name;
    CustomFieldType type = CustomFieldType::Text;
    QStringList choices; // for Choice
    int position = 0;
};

class CustomFieldRepository
{
    Q_DECLARE_TR_FUNCTIONS(CustomFieldRepository)

public:
    static constexpr int kMaxNameLength = 60;
    static constexpr int kMaxFields = 100;
    static constexpr int kMaxChoices = 100;
    static constexpr int kMaxChoiceLength = 100;
    static constexpr int kMaxValueLength = 1000;

    explicit CustomFieldRepository(Database& db);

    QList<CustomField> list();
    std::optional<CustomField> findByName(const QString& name);
    // Throws StoreError(Validation) for an empty, over-long or taken name, or too many fields; and,
    // for a Choice field, for no choices, too many, an over-long one or one listed twice. Choices
    // are trimmed and empty ones dropped; other types keep none.
    CustomField create(const QString& name, CustomFieldType type, const QStringList& choices = {});
    void rename(const QString& id, const QString& newName);
    // Deletes the field and its values from every lead.
    void remove(const QString& id);
    // How many leads have a value for the field: what remove() would erase.
    qint64 countValues(const QString& id);

    // Checks and normalises a value typed or imported for `field` ("yes" → "true", dates to ISO).
    // Returns an error sentence, or an empty string when `value` was accepted.
    static QString normaliseValue(const CustomField& field, QString& value);

private:
    void checkName(const QString& name, const QString& exceptId);
    static QStringList checkedChoices(const QStringList& choices);
    Database& m_db;
};

} // namespace leadbox
