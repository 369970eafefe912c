#pragma once

#include "services/cloud/CloudConfig.h"

#include <QMainWindow>
#include <QPointer>
#include <memory>

class QAction;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QMenu;
class QStackedWidget;
class QToolBar;
class QUndoStack;

namespace leadbox {

class AccountContext;
class AccountController;
class ExportController;
class ImportWizard;
class LeadsPage;
class SearchField;
class Sidebar;
class UiSettings;
class WorkspaceStore;

// The main window: menus, toolbar with search, the sidebar of pages, and the status bar.
// Actions carry objectNames ("actionNewLead") so tests and scripts can trigger them by name.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `workspace` must outlive the window, or until setWorkspace() replaces it.
    MainWindow(WorkspaceStore& workspace, UiSettings& settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    LeadsPage* leadsPage() const { return m_leadsPage; }
    QUndoStack* undoStack() const { return m_undoStack; }
    ExportController* exportController() const { return m_exportController; }
    WorkspaceStore& workspace() const { return *m_workspace; }
    AccountController* accountController() const { return m_accounts; }

    // Adds File → Sign In…/Sign Out…, the workspace switcher and the Team page, run by `accounts`.
    // Without this call the window has the Local workspace only, as with no cloud configured.
    void attachAccounts(AccountContext& accounts);
    // The cloud values given on the command line, which Settings → Cloud Connection… shows as set
    // there (read-only) instead of the saved ones.
    void setCloudFlags(const CloudConfig::Values& flags) { m_cloudFlags = flags; }
    // Shows another workspace: the Leads page, saved views, title and status bar read `workspace`
    // from now on, and undo history starts again. The window keeps `workspace` until the next switch.
    void setWorkspace(std::unique_ptr<WorkspaceStore> workspace);
    // Why the window cannot change workspace now (an import is open, an export runs), or empty.
    QString busyReason() const;

    // For AccountController: where account actions and pages go.
    QMenu* fileMenu() const { return m_fileMenu; }
    QToolBar* mainToolBar() const { return m_toolBar; }
    QAction* quitAction() const { return m_quit; }
    QAction* exportAction() const { return m_exportLeads; }
    QMenu* helpMenu() const { return m_helpMenu; }
    // Adds a page below the Leads page and its saved views in the sidebar.
    QListWidgetItem* addSidebarPage(QWidget* page, const QIcon& icon, const QString& text);
    void showLeadsPage();

public Q_SLOTS:
    // File → Import Leads…: opens the import wizard, or raises the one already open.
    void importLeads();
    // File → Export Leads… without the file dialog: exports the leads the table shows (search and filter) to
    // `filePath`.
    void exportTo(const QString& filePath);

Q_SIGNALS:
    // setWorkspace() is about to close the workspace shown now: whatever uses its store lets go.
    void workspaceAboutToChange();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createCentralArea();
    void createStatusBar();
    void installLeadsPage();
    void showWorkspaceName();
    void restoreLayout();
    void showAbout();
    void showCounts(qint64 matching, qint64 total);
    void reloadSavedViews();
    void editCustomFields();
    void editCloudSettings();
    void deleteSavedView(const QString& id);
    void showError(const QString& message);
    void importFinished(ImportWizard* wizard);

    WorkspaceStore* m_workspace = nullptr;
    std::unique_ptr<WorkspaceStore> m_ownedWorkspace;
    AccountController* m_accounts = nullptr;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QToolBar* m_toolBar = nullptr;
    UiSettings& m_settings;
    QUndoStack* m_undoStack = nullptr;
    LeadsPage* m_leadsPage = nullptr;
    Sidebar* m_sidebar = nullptr;
    QStackedWidget* m_pages = nullptr;
    SearchField* m_search = nullptr;
    QLabel* m_countLabel = nullptr;
    QLabel* m_workspaceLabel = nullptr;
    ExportController* m_exportController = nullptr;
    QPointer<ImportWizard> m_importWizard;

    QAction* m_newLead = nullptr;
    QAction* m_editLead = nullptr;
    QAction* m_deleteLeads = nullptr;
    QAction* m_importLeads = nullptr;
    QAction* m_exportLeads = nullptr;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    QAction* m_find = nullptr;
    QAction* m_showSidebar = nullptr;
    QAction* m_quit = nullptr;
    QAction* m_about = nullptr;
    QAction* m_customFields = nullptr;
    QAction* m_cloudSettings = nullptr;
    CloudConfig::Values m_cloudFlags;
};

} // namespace leadbox
