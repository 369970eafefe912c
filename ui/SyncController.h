#pragma once

#include "services/sync/SyncEngine.h"
#include "ui/SyncDetailsDialog.h"

#include <QObject>
#include <QPointer>
#include <QString>

class QAction;
class QListWidgetItem;
class QToolButton;

namespace leadbox {

class AccountContext;
class ConflictsPage;
class MainWindow;

// Syncs the cloud workspace the window shows, and shows how that goes: the status bar's sync state
// (click it for the conflicts or the details), File → Sync Now (F5), Help → Sync Details…, the
// Conflicts page, and a warning sign on each lead with a conflict. The Local workspace has no sync:
// all of it hides there.
//
// Settings (settings.ini in the data folder): sync/intervalSeconds, how often to sync while all is
// well (default 30).
class SyncController : public QObject
{
    Q_OBJECT

public:
    SyncController(AccountContext& accounts, MainWindow& window);
    ~SyncController() override;

    SyncEngine* engine() const { return m_engine; }
    ConflictsPage* conflictsPage() const { return m_page; }
    QListWidgetItem* conflictsItem() const { return m_conflictsItem; }
    QToolButton* statusButton() const { return m_status; }
    QAction* syncNowAction() const { return m_syncNow; }
    QAction* detailsAction() const { return m_details; }

    // Help → Sync Details… (non-modal, for tests: see detailsDialog()).
    void showDetails();
    SyncDetailsDialog* detailsDialog() const { return m_detailsDialog; }

public Q_SLOTS:
    // Starts syncing the shown workspace `id` if it is a cloud workspace.
    void workspaceShown(const QString& id);
    // Stops syncing the workspace the window is about to close.
    void stop();

private:
    void showState();
    void showConflicts();
    void statusClicked();

    AccountContext& m_accounts;
    MainWindow& m_window;
    QPointer<SyncEngine> m_engine;
    ConflictsPage* m_page = nullptr;
    QListWidgetItem* m_conflictsItem = nullptr;
    QToolButton* m_status = nullptr;
    QAction* m_syncNow = nullptr;
    QAction* m_details = nullptr;
    QPointer<SyncDetailsDialog> m_detailsDialog;
};

} // namespace leadbox
