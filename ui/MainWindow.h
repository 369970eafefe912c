#pragma once

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

class QAction;
class QLabel;
class QLineEdit;
class QListWidget;
class QStackedWidget;
class QUndoStack;

namespace leadbox {

class ExportController;
class ImportWizard;
class LeadsPage;
class UiSettings;
class WorkspaceStore;

// The main window: menus, toolbar with search, the sidebar of pages, and the status bar.
// Actions carry objectNames ("actionNewLead") so tests and scripts can trigger them by name.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(WorkspaceStore& workspace, UiSettings& settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    LeadsPage* leadsPage() const { return m_leadsPage; }
    QUndoStack* undoStack() const { return m_undoStack; }
    ExportController* exportController() const { return m_exportController; }

public Q_SLOTS:
    // File → Import Leads…: opens the import wizard, or raises the one already open.
    void importLeads();
    // File → Export Leads… without the file dialog: exports the leads the table shows (search and filter) to
    // `filePath`.
    void exportTo(const QString& filePath);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createCentralArea();
    void createStatusBar();
    void restoreLayout();
    void showAbout();
    void showCounts(qint64 matching, qint64 total);
    void reloadSavedViews();
    void editCustomFields();
    void deleteSavedView(const QString& id);
    void showError(const QString& message);
    void importFinished(ImportWizard* wizard);

    WorkspaceStore& m_workspace;
    UiSettings& m_settings;
    QUndoStack* m_undoStack = nullptr;
    LeadsPage* m_leadsPage = nullptr;
    QListWidget* m_sidebar = nullptr;
    QStackedWidget* m_pages = nullptr;
    QLineEdit* m_search = nullptr;
    QTimer m_searchDebounce;
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
};

} // namespace leadbox
