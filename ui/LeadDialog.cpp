#include "ui/LeadDialog.h"

#include "models/StoreError.h"
#include "models/leads/LeadValidator.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
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
        auto* cell = new QWidget;
        auto* cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(2);
        cellLayout->addWidget(editor);
        auto* error = makeErrorLabel(editor->objectName() + QStringLiteral("Error"));
        cellLayout->addWidget(error);
        m_errors.insert(static_cast<int>(field), error);
        auto* label = new QLabel(fieldLabel(field) + QStringLiteral(":"));
        label->setBuddy(editor);
        form->addRow(label, cell);
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
    textRow(LeadField::Source, "sourceEdit", tr("Where this lead came from"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_buttons->setObjectName(QStringLiteral("buttons"));
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LeadDialog::trySave);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
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
    if (!errors.isEmpty()) {
        if (QWidget* editor = editorFor(errors.first().field)) {
            editor->setFocus();
        }
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
