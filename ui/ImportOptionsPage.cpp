#include "ui/ImportOptionsPage.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace leadbox {

ImportOptionsPage::ImportOptionsPage()
{
    setObjectName(QStringLiteral("importOptionsPage"));
    setTitle(tr("Duplicates and consent"));
    setSubTitle(tr("Choose what happens to people who are already in the workspace, and record how the "
                   "people in this file agreed to hear from you."));
    setCommitPage(true); // the import cannot be stepped back from once it has started

    auto* duplicates = new QGroupBox(tr("When an email is already in the workspace or earlier in the file"));
    duplicates->setObjectName(QStringLiteral("duplicatesGroup"));
    m_skip = new QRadioButton(tr("&Skip the row and keep the lead as it is"));
    m_skip->setObjectName(QStringLiteral("duplicateSkip"));
    m_updateEmpty = new QRadioButton(tr("&Fill in the lead’s empty fields from the file"));
    m_updateEmpty->setObjectName(QStringLiteral("duplicateUpdateEmpty"));
    m_overwrite = new QRadioButton(tr("&Overwrite the lead’s fields with the file’s values"));
    m_overwrite->setObjectName(QStringLiteral("duplicateOverwrite"));
    m_skip->setChecked(true);
    auto* group = new QButtonGroup(this);
    auto* duplicatesLayout = new QVBoxLayout(duplicates);
    for (QRadioButton* button : {m_skip, m_updateEmpty, m_overwrite}) {
        group->addButton(button);
        duplicatesLayout->addWidget(button);
    }
    auto* tagsNote =
        new QLabel(tr("Tags from the file are added to the lead’s tags unless the row is skipped."));
    tagsNote->setWordWrap(true);
    duplicatesLayout->addWidget(tagsNote);

    auto* consentBox = new QGroupBox(tr("Consent"));
    consentBox->setObjectName(QStringLiteral("consentGroup"));
    m_basis = new QComboBox;
    m_basis->setObjectName(QStringLiteral("consentBasisCombo"));
    m_basis->setAccessibleName(tr("Consent basis"));
    m_basis->setEditable(true);
    m_basis->setInsertPolicy(QComboBox::NoInsert);
    m_basis->addItems({QString(), tr("Consent given (opt-in form)"), tr("Consent given (event sign-up)"),
                       tr("Existing customer"), tr("Legitimate interest")});
    m_basis->setCurrentIndex(0);
    m_basis->lineEdit()->setPlaceholderText(tr("How these people agreed to hear from you"));
    m_basis->lineEdit()->setMaxLength(kMaxConsentChars);
    m_source = new QLineEdit;
    m_source->setObjectName(QStringLiteral("consentSourceEdit"));
    m_source->setAccessibleName(tr("Consent source"));
    m_source->setPlaceholderText(tr("e.g. Trade show 2026 sign-up sheet"));
    m_source->setMaxLength(kMaxConsentChars);
    m_text = new QPlainTextEdit;
    m_text->setObjectName(QStringLiteral("consentTextEdit"));
    m_text->setAccessibleName(tr("Text shown when they agreed"));
    m_text->setPlaceholderText(tr("What they were told when they agreed, if you know it"));
    m_text->setTabChangesFocus(true);
    m_text->setMaximumHeight(m_text->fontMetrics().lineSpacing() * 4 + 12);
    m_consentNote = new QLabel;
    m_consentNote->setObjectName(QStringLiteral("consentNote"));
    m_consentNote->setTextFormat(Qt::PlainText);
    m_consentNote->setWordWrap(true);

    auto* consentLayout = new QFormLayout(consentBox);
    consentLayout->addRow(tr("B&asis:"), m_basis);
    consentLayout->addRow(tr("So&urce:"), m_source);
    consentLayout->addRow(tr("&Text shown:"), m_text);
    consentLayout->addRow(m_consentNote);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(duplicates);
    layout->addWidget(consentBox);
    layout->addStretch();

    connect(m_basis, &QComboBox::currentTextChanged, this, &ImportOptionsPage::updateConsentNote);
    updateConsentNote();
}

DuplicatePolicy ImportOptionsPage::duplicatePolicy() const
{
    if (m_overwrite->isChecked()) {
        return DuplicatePolicy::Overwrite;
    }
    return m_updateEmpty->isChecked() ? DuplicatePolicy::UpdateEmpty : DuplicatePolicy::Skip;
}

ImportConsent ImportOptionsPage::consent() const
{
    ImportConsent consent;
    consent.basis = m_basis->currentText().trimmed();
    if (!consent.basis.isEmpty()) {
        consent.source = m_source->text().trimmed();
        consent.text = m_text->toPlainText().trimmed();
    }
    return consent;
}

void ImportOptionsPage::updateConsentNote()
{
    if (m_basis->currentText().trimmed().isEmpty()) {
        m_consentNote->setText(
            tr("With no basis, no consent is recorded, and the source and text are not kept. Campaigns "
               "reach only leads with recorded consent, so these leads will not receive them."));
    } else {
        m_consentNote->setText(
            tr("Every lead this import adds or updates will show this consent, dated today."));
    }
}

} // namespace leadbox
