#include "ui/ConsentDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace leadbox {

ConsentDialog::ConsentDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("consentDialog"));
    setWindowTitle(tr("Record consent"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Record how this person agreed to hear from you. LeadBox keeps the record "
                                "for as long as the lead exists."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_basis = new QComboBox;
    m_basis->setObjectName(QStringLiteral("consentBasis"));
    m_basis->setEditable(true);
    m_basis->addItems(
        {tr("Asked in person"), tr("Signed a paper form"), tr("Asked by phone"), tr("Existing customer")});
    m_basis->setCurrentText(QString());
    form->addRow(tr("Basis:"), m_basis);
    m_source = new QLineEdit;
    m_source->setObjectName(QStringLiteral("consentSource"));
    m_source->setPlaceholderText(tr("e.g. Trade fair 2026, booth 12"));
    m_source->setMaxLength(200);
    form->addRow(tr("Where:"), m_source);
    m_text = new QPlainTextEdit;
    m_text->setObjectName(QStringLiteral("consentText"));
    m_text->setPlaceholderText(tr("What the person was told they would receive"));
    m_text->setMaximumHeight(90);
    form->addRow(tr("Text shown:"), m_text);
    layout->addLayout(form);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("consentError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setVisible(false);
    layout->addWidget(m_error);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("consentSave"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConsentDialog::saveRequested);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString ConsentDialog::basis() const
{
    return m_basis->currentText().trimmed();
}

QString ConsentDialog::source() const
{
    return m_source->text().trimmed();
}

QString ConsentDialog::textShown() const
{
    return m_text->toPlainText().trimmed().left(2000);
}

void ConsentDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(true);
}

} // namespace leadbox
