#include "ui/LeadDetailPanel.h"

#include "models/StoreError.h"
#include "models/leads/CustomFieldRepository.h"
#include "models/leads/LeadHistory.h"
#include "models/leads/LeadRepository.h"
#include "ui/ConsentDialog.h"
#include "ui/MessageBox.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace leadbox {
namespace {

QLabel* sectionTitle(const QString& text)
{
    auto* label = new QLabel(text);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QString shortTime(const QDateTime& time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

LeadDetailPanel::LeadDetailPanel(LeadRepository& repository, QWidget* parent)
    : QWidget(parent)
    , m_repository(repository)
{
    setObjectName(QStringLiteral("leadDetailPanel"));
    setAccessibleName(tr("Lead details"));
    setMinimumWidth(280);

    m_empty = new QLabel(tr("Select a lead to see its details, consent and history."));
    m_empty->setObjectName(QStringLiteral("detailEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);

    m_content = new QWidget;
    auto* layout = new QVBoxLayout(m_content);
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("detailTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);

    m_fields = new QFormLayout;
    layout->addLayout(m_fields);
    m_customFields = new QFormLayout;
    layout->addLayout(m_customFields);

    auto* edit = new QPushButton(tr("Edit…"));
    edit->setObjectName(QStringLiteral("detailEditButton"));
    connect(edit, &QPushButton::clicked, this, &LeadDetailPanel::editRequested);
    layout->addWidget(edit, 0, Qt::AlignLeft);

    layout->addWidget(sectionTitle(tr("Consent")));
    m_consentState = new QLabel;
    m_consentState->setObjectName(QStringLiteral("consentState"));
    m_consentState->setTextFormat(Qt::PlainText);
    layout->addWidget(m_consentState);
    m_ledger = new QListWidget;
    m_ledger->setObjectName(QStringLiteral("consentLedger"));
    m_ledger->setAccessibleName(tr("Consent ledger"));
    m_ledger->setWordWrap(true);
    m_ledger->setMaximumHeight(140);
    layout->addWidget(m_ledger);
    auto* consentButtons = new QHBoxLayout;
    m_recordConsent = new QPushButton(tr("Record consent…"));
    m_recordConsent->setObjectName(QStringLiteral("recordConsentButton"));
    m_withdrawConsent = new QPushButton(tr("Withdraw consent"));
    m_withdrawConsent->setObjectName(QStringLiteral("withdrawConsentButton"));
    consentButtons->addWidget(m_recordConsent);
    consentButtons->addWidget(m_withdrawConsent);
    consentButtons->addStretch();
    layout->addLayout(consentButtons);
    connect(m_recordConsent, &QPushButton::clicked, this, &LeadDetailPanel::recordConsent);
    connect(m_withdrawConsent, &QPushButton::clicked, this, &LeadDetailPanel::withdrawConsent);

    layout->addWidget(sectionTitle(tr("Activity")));
    m_timeline = new QListWidget;
    m_timeline->setObjectName(QStringLiteral("activityTimeline"));
    m_timeline->setAccessibleName(tr("Activity"));
    m_timeline->setWordWrap(true);
    layout->addWidget(m_timeline, 1);

    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_content);

    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_empty);
    outer->addWidget(scroll);
    m_scroll = scroll;
    showLead(std::nullopt, 0);
}

QLabel* LeadDetailPanel::addValue(QFormLayout* form, const QString& label, const char* objectName)
{
    auto* value = new QLabel;
    value->setObjectName(QLatin1String(objectName));
    value->setTextFormat(Qt::PlainText); // user data is never rendered as HTML
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    form->addRow(label + QLatin1Char(':'), value);
    return value;
}

void LeadDetailPanel::showLead(const std::optional<Lead>& lead, int selectedCount)
{
    m_lead = lead;
    const bool show = lead.has_value() && selectedCount == 1;
    m_scroll->setVisible(show);
    m_empty->setVisible(!show);
    if (selectedCount > 1) {
        m_empty->setText(tr("%n leads selected. Right-click for bulk actions.", nullptr, selectedCount));
    } else {
        m_empty->setText(tr("Select a lead to see its details, consent and history."));
    }
    if (show) {
        refresh();
    }
}

void LeadDetailPanel::refresh()
{
    if (!m_lead) {
        return;
    }
    const Lead& lead = *m_lead;
    m_title->setText(lead.displayName());
    while (m_fields->rowCount() > 0) {
        m_fields->removeRow(0);
    }
    while (m_customFields->rowCount() > 0) {
        m_customFields->removeRow(0);
    }
    addValue(m_fields, fieldLabel(LeadField::Email), "detailEmail")->setText(lead.email);
    addValue(m_fields, fieldLabel(LeadField::Company), "detailCompany")->setText(lead.company);
    addValue(m_fields, fieldLabel(LeadField::Phone), "detailPhone")->setText(lead.phone);
    addValue(m_fields, fieldLabel(LeadField::Status), "detailStatus")->setText(statusLabel(lead.status));
    addValue(m_fields, fieldLabel(LeadField::Tags), "detailTags")
        ->setText(lead.tags.join(QStringLiteral(", ")));
    addValue(m_fields, fieldLabel(LeadField::Source), "detailSource")->setText(lead.source);
    addValue(m_fields, fieldLabel(LeadField::CreatedAt), "detailCreated")->setText(shortTime(lead.createdAt));
    addValue(m_fields, fieldLabel(LeadField::UpdatedAt), "detailUpdated")->setText(shortTime(lead.updatedAt));

    try {
        for (const CustomField& field : CustomFieldRepository(m_repository.database()).list()) {
            addValue(m_customFields, field.name, "detailCustom")->setText(lead.custom.value(field.id));
        }
        LeadHistory history(m_repository.database());
        m_consentState->setText(consentStateLabel(lead.consent));
        m_ledger->clear();
        const QList<ConsentRecord> ledger = history.consents(lead);
        for (const ConsentRecord& record : ledger) {
            QString line = tr("%1 · %2 · %3").arg(shortTime(record.givenAt), record.method, record.basis);
            if (!record.source.isEmpty()) {
                line += QLatin1Char('\n') + tr("Source: %1").arg(record.source);
            }
            if (!record.textShown.isEmpty()) {
                line += QLatin1Char('\n') + tr("Shown: “%1”").arg(record.textShown);
            }
            if (!record.ip.isEmpty()) {
                line += QLatin1Char('\n') + tr("IP: %1").arg(record.ip);
            }
            if (record.withdrawnAt.isValid()) {
                line += QLatin1Char('\n') + tr("Withdrawn %1").arg(shortTime(record.withdrawnAt));
            }
            m_ledger->addItem(line);
        }
        if (ledger.isEmpty()) {
            m_ledger->addItem(tr("No permission recorded. This lead cannot receive campaigns."));
        }
        m_withdrawConsent->setEnabled(lead.consent == ConsentState::Granted);

        m_timeline->clear();
        for (const ActivityEntry& entry : history.activity(lead)) {
            m_timeline->addItem(tr("%1 — %2").arg(shortTime(entry.at), entry.summary));
        }
    } catch (const StoreError& error) {
        Q_EMIT errorOccurred(error.message());
    }
}

void LeadDetailPanel::recordConsent()
{
    if (!m_lead) {
        return;
    }
    auto* dialog = new ConsentDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConsentDialog::saveRequested, this, [this, dialog] {
        try {
            LeadHistory(m_repository.database())
                .recordConsent(*m_lead, dialog->basis(), dialog->source(), dialog->textShown());
            dialog->accept();
            m_lead = m_repository.findById(m_lead->id);
            refresh();
        } catch (const StoreError& error) {
            dialog->showError(error.message());
        }
    });
    dialog->open();
}

void LeadDetailPanel::withdrawConsent()
{
    if (!m_lead) {
        return;
    }
    const auto answer =
        MessageBox::question(this, tr("Withdraw consent"),
                             tr("%1 will no longer receive campaigns. The consent history is kept. Withdraw?")
                                 .arg(m_lead->displayName()),
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes) {
        return;
    }
    try {
        LeadHistory(m_repository.database()).withdrawConsent(*m_lead);
        m_lead = m_repository.findById(m_lead->id);
        refresh();
    } catch (const StoreError& error) {
        Q_EMIT errorOccurred(error.message());
    }
}

} // namespace leadbox
