#pragma once

#include "models/leads/Lead.h"

#include <QWidget>
#include <optional>

class QFormLayout;
class QLabel;
class QListWidget;
class QPushButton;

namespace leadbox {

class Database;
class LeadRepository;

// The panel beside the leads table: every field of the selected lead, its consent ledger (when,
// how, on what basis, what the person saw, from which IP) and its activity timeline.
class LeadDetailPanel : public QWidget
{
    Q_OBJECT

public:
    LeadDetailPanel(LeadRepository& repository, QWidget* parent = nullptr);

    // Shows this lead, or the empty state when there is none (or several are selected).
    void showLead(const std::optional<Lead>& lead, int selectedCount = 1);
    const std::optional<Lead>& lead() const { return m_lead; }

public Q_SLOTS:
    void recordConsent();
    void withdrawConsent();

Q_SIGNALS:
    void editRequested();
    void errorOccurred(const QString& message);

private:
    void refresh();
    QLabel* addValue(QFormLayout* form, const QString& label, const char* objectName);

    LeadRepository& m_repository;
    std::optional<Lead> m_lead;
    QWidget* m_content = nullptr;
    QWidget* m_scroll = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_title = nullptr;
    QFormLayout* m_fields = nullptr;
    QFormLayout* m_customFields = nullptr;
    QLabel* m_consentState = nullptr;
    QListWidget* m_ledger = nullptr;
    QListWidget* m_timeline = nullptr;
    QPushButton* m_recordConsent = nullptr;
    QPushButton* m_withdrawConsent = nullptr;
};

} // namespace leadbox
