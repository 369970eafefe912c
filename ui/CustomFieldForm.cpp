#include "ui/CustomFieldForm.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace leadbox {

CustomFieldForm::CustomFieldForm(Mode mode, QWidget* parent)
    : QDialog(parent)
    , m_mode(mode)
{
    setObjectName(QStringLiteral("customFieldForm"));
    setWindowTitle(mode == Mode::Add ? tr("Add custom field") : tr("Rename custom field"));
    setMinimumWidth(360);

    auto* layout = new QVBoxLayout(this);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("fieldFormError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setVisible(false);
    layout->addWidget(m_error);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(m_form);

    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("fieldNameEdit"));
    m_name->setAccessibleName(tr("Name"));
    m_name->setMaxLength(CustomFieldRepository::kMaxNameLength + 1); // an over-long paste is reported
    m_name->setPlaceholderText(tr("e.g. Budget"));
    m_form->addRow(tr("&Name:"), m_name);

    m_type = new QComboBox;
    m_type->setObjectName(QStringLiteral("fieldTypeCombo"));
    m_type->setAccessibleName(tr("Type"));
    for (const CustomFieldType type : kAllCustomFieldTypes) {
        m_type->addItem(customFieldTypeLabel(type), static_cast<int>(type));
    }
    m_form->addRow(tr("&Type:"), m_type);

    m_choices = new QPlainTextEdit;
    m_choices->setObjectName(QStringLiteral("fieldChoicesEdit"));
    m_choices->setAccessibleName(tr("Choices"));
    m_choices->setPlaceholderText(tr("One choice per line"));
    m_choices->setTabChangesFocus(true);
    m_choices->setFixedHeight(m_choices->fontMetrics().lineSpacing() * 6);
    m_form->addRow(tr("&Choices:"), m_choices);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("fieldFormOkButton"));
    ok->setText(mode == Mode::Add ? tr("Add") : tr("Rename"));
    layout->addWidget(m_buttons);

    if (mode == Mode::Rename) {
        m_form->setRowVisible(m_type, false);
    }
    updateChoicesRow();
    connect(m_type, &QComboBox::currentIndexChanged, this, &CustomFieldForm::updateChoicesRow);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        m_error->setVisible(false);
        Q_EMIT submitted();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void CustomFieldForm::updateChoicesRow()
{
    m_form->setRowVisible(m_choices, m_mode == Mode::Add && type() == CustomFieldType::Choice);
    adjustSize();
}

void CustomFieldForm::setName(const QString& name)
{
    m_name->setText(name);
    m_name->selectAll();
}

QString CustomFieldForm::name() const
{
    return m_name->text();
}

CustomFieldType CustomFieldForm::type() const
{
    return static_cast<CustomFieldType>(m_type->currentData().toInt());
}

QStringList CustomFieldForm::choices() const
{
    return m_choices->toPlainText().split(QLatin1Char('\n'));
}

void CustomFieldForm::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(true);
    m_name->setFocus();
}

} // namespace leadbox
