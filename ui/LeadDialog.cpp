#include "ui/LeadDialog.h"

#include "models/StoreError.h"
#include "models/leads/LeadValidator.h"
#include "ui/TagCompleter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace leadbox {
namespace {

QLabel* makeErrorLabel(const QString& objectName)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    label->setVisible(false);
    return label;
}

// A cell of the form: the editor with its error line under it.
QWidget* makeCell(QWidget* editor, QLabel* error)
{
    auto* cell = new QWidget;
    auto* cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->setSpacing(2);
    cellLayout->addWidget(editor);
    cellLayout->addWidget(error);
    return cell;
}

} // namespace

LeadDialog::LeadDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("leadDialog"));
    setWindowTitle(tr("New lead"));
    setMinimumWidth(460);

    auto* layout = new QVBoxLayout(this);
    m_formError = makeErrorLabel(QStringLiteral("formError"));
    layout->addWidget(m_formError);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(form);

    const auto addRow = [&](LeadField field, QWidget* editor) {
        auto* error = makeErrorLabel(editor->objectName() + QStringLiteral("Error"));
        m_errors.insert(static_cast<int>(field), error);
        auto* label = new QLabel(fieldLabel(field) + QStringLiteral(":"));
        label->setBuddy(editor);
        m_labels.append(label);
        form->addRow(label, makeCell(editor, error));
    };
    const auto textRow = [&](LeadField field, const char* name, const QString& placeholder) {
        auto* edit = new QLineEdit;
        edit->setObjectName(QLatin1String(name));
        edit->setAccessibleName(fieldLabel(field));
        edit->setPlaceholderText(placeholder);
        const int limit = fieldInfo(field).maxLength;
        if (limit > 0) {
            edit->setMaxLength(limit + 1); // one over, so an over-long paste is reported, not cut silently
        }
        m_edits.insert(static_cast<int>(field), edit);
        addRow(field, edit);
        return edit;
    };

    textRow(LeadField::Email, "emailEdit", tr("name@company.com"));
    textRow(LeadField::FirstName, "firstNameEdit", {});
    textRow(LeadField::LastName, "lastNameEdit", {});
    textRow(LeadField::Company, "companyEdit", {});
    textRow(LeadField::Phone, "phoneEdit", tr("+1 555 0100"));

    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("statusCombo"));
    m_status->setAccessibleName(fieldLabel(LeadField::Status));
    for (LeadStatus status : kAllLeadStatuses) {
        m_status->addItem(statusLabel(status), static_cast<int>(status));
    }
    addRow(LeadField::Status, m_status);

    QLineEdit* tags = textRow(LeadField::Tags, "tagsEdit", tr("Separate tags with commas"));
    tags->setMaxLength(LeadValidator::kMaxTags * (LeadValidator::kMaxTagLength + 2));
    m_tagCompleter = new TagCompleter(tags);
    textRow(LeadField::Source, "sourceEdit", tr("Where this lead came from"));

    // Custom fields get their own section, which scrolls once a workspace has many of them.
    auto* customWidget = new QWidget;
    m_customForm = new QFormLayout(customWidget);
    m_customForm->setContentsMargins(0, 0, 0, 0);
    m_customForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_customArea = new QScrollArea;
    m_customArea->setObjectName(QStringLiteral("customFieldsArea"));
    m_customArea->setFrameShape(QFrame::NoFrame);
    m_customArea->setFocusPolicy(Qt::NoFocus);
    m_customArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_customArea->setWidgetResizable(true);
    m_customArea->setWidget(customWidget);
    m_customArea->setVisible(false);
    layout->addWidget(m_customArea);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_buttons->setObjectName(QStringLiteral("buttons"));
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LeadDialog::trySave);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void LeadDialog::setCustomFields(const QList<CustomField>& fields)
{
    while (m_customForm->rowCount() > 0) {
        m_customForm->removeRow(0);
    }
    m_custom.clear();
    QLocale plainNumbers;
    plainNumbers.setNumberOptions(QLocale::OmitGroupSeparator);
    QWidget* previous = m_edits.value(static_cast<int>(LeadField::Source));
    for (const CustomField& field : fields) {
        CustomEditor custom;
        custom.field = field;
        switch (field.type) {
        case CustomFieldType::Text:
        case CustomFieldType::Number:
        case CustomFieldType::Date: {
            auto* edit = new QLineEdit;
            // One over the limit, so an over-long paste is reported, not cut silently.
            edit->setMaxLength(CustomFieldRepository::kMaxValueLength + 1);
            if (field.type == CustomFieldType::Number) {
                edit->setPlaceholderText(tr("A number, e.g. %1").arg(plainNumbers.toString(1250.5)));
            } else if (field.type == CustomFieldType::Date) {
                edit->setPlaceholderText(tr("YYYY-MM-DD"));
            }
            custom.editor = edit;
            break;
        }
        case CustomFieldType::Choice: {
            auto* combo = new QComboBox;
            combo->addItem(QString(), QString());
            for (const QString& choice : field.choices) {
                combo->addItem(choice, choice);
            }
            custom.editor = combo;
            break;
        }
        case CustomFieldType::Boolean:
            custom.editor = new QCheckBox;
            // Not stretched across the form: only the box takes clicks, so it stays by its label.
            custom.editor->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
            break;
        }
        custom.editor->setObjectName(QStringLiteral("custom_") + field.name);
        custom.editor->setAccessibleName(field.name);
        custom.error = makeErrorLabel(custom.editor->objectName() + QStringLiteral("Error"));
        // "&&": a name such as "R&D" is shown as typed, not as a keyboard shortcut.
        custom.label =
            new QLabel(tr("%1:").arg(QString(field.name).replace(QLatin1Char('&'), QStringLiteral("&&"))));
        custom.label->setTextFormat(Qt::PlainText);
        custom.label->setBuddy(custom.editor);
        m_customForm->addRow(custom.label, makeCell(custom.editor, custom.error));
        // Created after the buttons; Tab still goes through the form from top to bottom.
        setTabOrder(previous, custom.editor);
        previous = custom.editor;
        m_custom.append(custom);
    }
    m_customArea->setVisible(!m_custom.isEmpty());
    alignLabels();
    for (int i = 0; i < m_custom.size(); ++i) {
        showCustomValue(i, m_original.custom.value(m_custom.at(i).field.id));
    }
}

void LeadDialog::alignLabels()
{
    // The two sections are separate forms; one label width lines their editors up.
    int width = 0;
    for (const QLabel* label : std::as_const(m_labels)) {
        width = std::max(width, label->sizeHint().width());
    }
    for (const CustomEditor& custom : std::as_const(m_custom)) {
        width = std::max(width, custom.label->sizeHint().width());
    }
    for (QLabel* label : std::as_const(m_labels)) {
        label->setMinimumWidth(width);
    }
    for (const CustomEditor& custom : std::as_const(m_custom)) {
        custom.label->setMinimumWidth(width);
    }
}

void LeadDialog::setTagSuggestions(const QStringList& tags)
{
    m_tagCompleter->setTags(tags);
}

void LeadDialog::showCustomValue(int index, const QString& value)
{
    const CustomEditor& custom = m_custom.at(index);
    if (auto* edit = qobject_cast<QLineEdit*>(custom.editor)) {
        edit->setText(value);
    } else if (auto* combo = qobject_cast<QComboBox*>(custom.editor)) {
        int item = combo->findData(value);
        if (item < 0) {
            // A value from before the choices changed: shown as it is, not lost without a word.
            combo->addItem(value, value);
            item = combo->count() - 1;
        }
        combo->setCurrentIndex(item);
    } else if (auto* check = qobject_cast<QCheckBox*>(custom.editor)) {
        check->setChecked(value == QLatin1String("true"));
    }
}

QString LeadDialog::customValue(int index, QString* error) const
{
    const CustomEditor& custom = m_custom.at(index);
    QString value;
    if (auto* edit = qobject_cast<QLineEdit*>(custom.editor)) {
        value = edit->text();
    } else if (auto* combo = qobject_cast<QComboBox*>(custom.editor)) {
        value = combo->currentData().toString();
    } else if (auto* check = qobject_cast<QCheckBox*>(custom.editor)) {
        // Unticked stays "no value" on a lead that had none, so opening and saving changes nothing.
        if (check->isChecked()) {
            value = QStringLiteral("true");
        } else if (m_original.custom.contains(custom.field.id)) {
            value = QStringLiteral("false");
        }
    }
    const QString problem = CustomFieldRepository::normaliseValue(custom.field, value);
    if (error) {
        *error = problem;
    }
    return value;
}

void LeadDialog::setLead(const Lead& lead)
{
    m_original = lead;
    setWindowTitle(tr("Edit lead"));
    m_edits.value(static_cast<int>(LeadField::Email))->setText(lead.email);
    m_edits.value(static_cast<int>(LeadField::FirstName))->setText(lead.firstName);
    m_edits.value(static_cast<int>(LeadField::LastName))->setText(lead.lastName);
    m_edits.value(static_cast<int>(LeadField::Company))->setText(lead.company);
    m_edits.value(static_cast<int>(LeadField::Phone))->setText(lead.phone);
    m_edits.value(static_cast<int>(LeadField::Tags))->setText(lead.tags.join(QStringLiteral(", ")));
    m_edits.value(static_cast<int>(LeadField::Source))->setText(lead.source);
    m_status->setCurrentIndex(m_status->findData(static_cast<int>(lead.status)));
    for (int i = 0; i < m_custom.size(); ++i) {
        showCustomValue(i, lead.custom.value(m_custom.at(i).field.id));
    }
}

Lead LeadDialog::lead() const
{
    Lead lead = m_original;
    lead.email = m_edits.value(static_cast<int>(LeadField::Email))->text();
    lead.firstName = m_edits.value(static_cast<int>(LeadField::FirstName))->text();
    lead.lastName = m_edits.value(static_cast<int>(LeadField::LastName))->text();
    lead.company = m_edits.value(static_cast<int>(LeadField::Company))->text();
    lead.phone = m_edits.value(static_cast<int>(LeadField::Phone))->text();
    lead.tags = LeadValidator::splitTags(m_edits.value(static_cast<int>(LeadField::Tags))->text());
    lead.source = m_edits.value(static_cast<int>(LeadField::Source))->text();
    lead.status = statusFromRank(m_status->currentData().toInt()).value_or(LeadStatus::New);
    for (int i = 0; i < m_custom.size(); ++i) {
        const QString value = customValue(i);
        if (value.isEmpty()) {
            lead.custom.remove(m_custom.at(i).field.id);
        } else {
            lead.custom.insert(m_custom.at(i).field.id, value);
        }
    }
    LeadValidator::normalise(lead);
    return lead;
}

QWidget* LeadDialog::editorFor(LeadField field) const
{
    if (field == LeadField::Status) {
        return m_status;
    }
    return m_edits.value(static_cast<int>(field));
}

void LeadDialog::clearErrors()
{
    m_formError->clear();
    m_formError->setVisible(false);
    for (QLabel* label : std::as_const(m_errors)) {
        label->clear();
        label->setVisible(false);
    }
    for (const CustomEditor& custom : std::as_const(m_custom)) {
        custom.error->clear();
        custom.error->setVisible(false);
    }
}

void LeadDialog::showFieldError(LeadField field, const QString& message)
{
    QLabel* label = m_errors.value(static_cast<int>(field));
    if (!label) {
        m_formError->setText(message);
        m_formError->setVisible(true);
        return;
    }
    label->setText(message);
    label->setVisible(true);
}

void LeadDialog::trySave()
{
    clearErrors();
    const QList<FieldError> errors = LeadValidator::validate(lead());
    for (const FieldError& error : errors) {
        if (m_errors.value(static_cast<int>(error.field))->isHidden()) {
            showFieldError(error.field, error.message);
        }
    }
    QWidget* firstCustomError = nullptr;
    for (int i = 0; i < m_custom.size(); ++i) {
        QString message;
        customValue(i, &message);
        if (!message.isEmpty()) {
            m_custom.at(i).error->setText(message);
            m_custom.at(i).error->setVisible(true);
            if (!firstCustomError) {
                firstCustomError = m_custom.at(i).editor;
            }
        }
    }
    if (!errors.isEmpty()) {
        if (QWidget* editor = editorFor(errors.first().field)) {
            editor->setFocus();
        }
        return;
    }
    if (firstCustomError) {
        m_customArea->ensureWidgetVisible(firstCustomError);
        firstCustomError->setFocus();
        return;
    }
    Q_EMIT saveRequested();
}

void LeadDialog::showStoreError(const StoreError& error)
{
    clearErrors();
    if (error.field()) {
        showFieldError(*error.field(), error.message());
        if (QWidget* editor = editorFor(*error.field())) {
            editor->setFocus();
        }
    } else {
        m_formError->setText(error.message());
        m_formError->setVisible(true);
    }
}

} // namespace leadbox
