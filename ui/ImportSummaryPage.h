#pragma once

#include "ui/ImportWorker.h"

#include <QWizardPage>

class QLabel;
class QPushButton;
class QTableView;

namespace leadbox {

class ImportWizard;
class RejectedRowsModel;

// The import wizard's last page: what the import did (added, updated, skipped and rejected counts,
// the rejected rows with their reasons and a way to save them), or why it did nothing.
class ImportSummaryPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportSummaryPage(ImportWizard& wizard);

    void showOutcome(const ImportOutcome& outcome, bool cancelRequested);
    void showRejectedSaved(const QString& path);

private:
    void chooseRejectedFile();

    ImportWizard& m_wizard;
    QLabel* m_message = nullptr;
    QWidget* m_counts = nullptr;
    QLabel* m_added = nullptr;
    QLabel* m_updated = nullptr;
    QLabel* m_skipped = nullptr;
    QLabel* m_rejected = nullptr;
    QWidget* m_rejectedPanel = nullptr;
    QLabel* m_rejectedTitle = nullptr;
    QTableView* m_rejectedView = nullptr;
    RejectedRowsModel* m_rejectedModel = nullptr;
    QPushButton* m_saveRejected = nullptr;
    QLabel* m_savedNote = nullptr;
};

} // namespace leadbox
