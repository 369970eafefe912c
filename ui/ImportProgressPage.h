#pragma once

#include "ui/ImportWorker.h"

#include <QElapsedTimer>
#include <QWizardPage>
#include <atomic>

class QLabel;
class QProgressBar;
class QPushButton;
class QThread;

namespace leadbox {

class ImportWizard;

// The import wizard's fourth page: runs the import on a worker thread as soon as it is shown, with a
// progress bar ("importProgress") and a Cancel button ("cancelImportButton").
class ImportProgressPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportProgressPage(ImportWizard& wizard);
    ~ImportProgressPage() override; // cancels a running import and waits for it to roll back

    void initializePage() override;
    bool isComplete() const override;

    bool isRunning() const { return m_running; }
    bool cancelRequested() const { return m_cancel.load(); }
    void requestCancel();

Q_SIGNALS:
    void finished(const leadbox::ImportOutcome& outcome);

private:
    void start();
    void showProgress(qint64 done, qint64 total);
    void workerFinished(const ImportOutcome& outcome);

    ImportWizard& m_wizard;
    QLabel* m_status = nullptr;
    QProgressBar* m_bar = nullptr;
    QLabel* m_detail = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QThread* m_thread = nullptr;
    std::atomic_bool m_cancel{false};
    bool m_running = false;
    bool m_done = false;
    QElapsedTimer m_clock;
};

} // namespace leadbox
