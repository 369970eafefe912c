#include "ui/MainWindow.h"

#include "Version.h"
#include "models/StoreError.h"
#include "models/WorkspaceStore.h"
#include "models/leads/CustomFieldRepository.h"
#include "models/leads/LeadTableModel.h"
#include "models/leads/SavedViewRepository.h"
#include "ui/AccountController.h"
#include "ui/CloudSettingsDialog.h"
#include "ui/CustomFieldsDialog.h"
#include "ui/ExportController.h"
#include "ui/FilterBar.h"
#include "ui/ImportWizard.h"
#include "ui/LeadsPage.h"
#include "ui/MessageBox.h"
#include "ui/SearchField.h"
#include "ui/Sidebar.h"
#include "ui/UiSettings.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QProcessEnvironment>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <utility>

namespace leadbox {
namespace {
constexpr int kStatusMessageMs = 6000;
} // namespace

MainWindow::MainWindow(WorkspaceStore& workspace, UiSettings& settings, QWidget* parent)
    : QMainWindow(parent)
    , m_workspace(&workspace)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_undoStack = new QUndoStack(this);
    m_pages = new QStackedWidget;
    m_pages->setObjectName(QStringLiteral("pages"));

    createActions();
    createMenus();
    createToolBar();
    createCentralArea();
    createStatusBar();
    installLeadsPage();
    restoreLayout();
}

MainWindow::~MainWindow()
{
    // The pages read the workspace; they go before the store this window may own.
    Q_EMIT workspaceAboutToChange();
    delete m_accounts;
    delete m_leadsPage;
    delete m_exportController;
}

void MainWindow::installLeadsPage()
{
    delete m_leadsPage;
    delete m_exportController;
    m_undoStack->clear();
    m_leadsPage = new LeadsPage(m_workspace->leads(), *m_undoStack, m_settings, this);
    m_exportController = new ExportController(m_workspace->database().filePath(), this);
    m_pages->insertWidget(0, m_leadsPage);
    m_leadsPage->view()->addAction(m_deleteLeads);

    connect(m_leadsPage, &LeadsPage::selectionChanged, this, [this](int selected) {
        m_editLead->setEnabled(selected == 1);
        m_deleteLeads->setEnabled(selected > 0);
    });
    connect(m_leadsPage, &LeadsPage::countsChanged, this, &MainWindow::showCounts);
    connect(m_leadsPage, &LeadsPage::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, kStatusMessageMs); });
    connect(m_leadsPage, &LeadsPage::errorOccurred, this, &MainWindow::showError);
    connect(m_leadsPage, &LeadsPage::savedViewsChanged, this, &MainWindow::reloadSavedViews);
    connect(m_leadsPage, &LeadsPage::searchTextRequested, this,
            [this](const QString& text) { m_search->setTextNow(text); });
    connect(m_exportController, &ExportController::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, kStatusMessageMs); });
    m_editLead->setEnabled(false);
    m_deleteLeads->setEnabled(false);
    if (!m_search->text().isEmpty()) {
        m_search->setTextNow(QString());
    }
    reloadSavedViews();
    showLeadsPage();
    showWorkspaceName();
    showCounts(m_leadsPage->model()->matchingCount(), m_workspace->leads().count());
}

void MainWindow::setWorkspace(std::unique_ptr<WorkspaceStore> workspace)
{
    Q_EMIT workspaceAboutToChange();
    if (m_leadsPage) {
        m_leadsPage->saveLayout();
    }
    m_workspace = workspace.get();
    // The old store closes only after the pages that read it are gone.
    std::unique_ptr<WorkspaceStore> previous = std::exchange(m_ownedWorkspace, std::move(workspace));
    installLeadsPage();
    previous.reset();
}

QString MainWindow::busyReason() const
{
    if (m_importWizard) {
        return tr("Finish or close the import first.");
    }
    if (m_exportController && m_exportController->isRunning()) {
        return tr("Wait for the export to finish, or cancel it, first.");
    }
    return {};
}

void MainWindow::attachAccounts(AccountContext& accounts)
{
    if (!m_accounts) {
        m_accounts = new AccountController(accounts, *this);
    }
}

QListWidgetItem* MainWindow::addSidebarPage(QWidget* page, const QIcon& icon, const QString& text)
{
    return m_sidebar->addPage(icon, text, m_pages->addWidget(page));
}

void MainWindow::showLeadsPage()
{
    m_pages->setCurrentWidget(m_leadsPage);
    m_sidebar->selectLeads();
}

void MainWindow::showWorkspaceName()
{
    setWindowTitle(tr("%1 — LeadBox").arg(m_workspace->displayName()));
    m_workspaceLabel->setText(m_workspace->displayName());
    m_workspaceLabel->setToolTip(m_workspace->database().filePath());
}

void MainWindow::createActions()
{
    const auto make = [this](const QString& text, const char* name, const QKeySequence& shortcut,
                             QStyle::StandardPixmap icon) {
        auto* action = new QAction(text, this);
        action->setObjectName(QLatin1String(name));
        action->setShortcut(shortcut);
        if (icon != QStyle::SP_CustomBase) {
            action->setIcon(style()->standardIcon(icon));
        }
        return action;
    };
    m_newLead = make(tr("&New Lead…"), "actionNewLead", QKeySequence::New, QStyle::SP_FileIcon);
    m_newLead->setToolTip(tr("Add a lead (Ctrl+N)"));
    m_editLead = make(tr("&Edit Lead…"), "actionEditLead", QKeySequence(Qt::Key_F2),
                      QStyle::SP_FileDialogDetailedView);
    m_deleteLeads = make(tr("&Delete"), "actionDeleteLeads", QKeySequence::Delete, QStyle::SP_TrashIcon);
    m_deleteLeads->setToolTip(tr("Delete the selected leads (Del)"));
    m_importLeads =
        make(tr("&Import Leads…"), "actionImportLeads", QKeySequence(tr("Ctrl+I")), QStyle::SP_CustomBase);
    m_importLeads->setToolTip(tr("Import leads from a CSV file (Ctrl+I)"));
    m_exportLeads =
        make(tr("&Export Leads…"), "actionExportLeads", QKeySequence(tr("Ctrl+E")), QStyle::SP_CustomBase);
    m_exportLeads->setToolTip(tr("Export the leads shown to a CSV file (Ctrl+E)"));
    m_quit = make(tr("&Quit"), "actionQuit", QKeySequence::Quit, QStyle::SP_CustomBase);
    m_find = make(tr("&Find…"), "actionFind", QKeySequence::Find, QStyle::SP_CustomBase);
    m_showSidebar = make(tr("Show &Sidebar"), "actionShowSidebar", QKeySequence(tr("Ctrl+Shift+B")),
                         QStyle::SP_CustomBase);
    m_showSidebar->setCheckable(true);
    m_customFields = make(tr("&Custom Fields…"), "actionCustomFields", QKeySequence(), QStyle::SP_CustomBase);
    connect(m_customFields, &QAction::triggered, this, &MainWindow::editCustomFields);
    m_cloudSettings =
        make(tr("Cloud C&onnection…"), "actionCloudSettings", QKeySequence(), QStyle::SP_CustomBase);
    connect(m_cloudSettings, &QAction::triggered, this, &MainWindow::editCloudSettings);
    m_about = make(tr("&About LeadBox"), "actionAbout", QKeySequence(), QStyle::SP_CustomBase);

    m_undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    m_undo->setObjectName(QStringLiteral("actionUndo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    m_redo->setObjectName(QStringLiteral("actionRedo"));
    m_redo->setShortcut(QKeySequence::Redo);

    // Shortcuts work wherever focus is in the window, except Delete, which must not
    // steal the key from a text field (installLeadsPage() adds it to the table).
    m_deleteLeads->setShortcutContext(Qt::WidgetWithChildrenShortcut);

    // The Leads page is replaced when the workspace changes; these reach whichever is shown.
    connect(m_newLead, &QAction::triggered, this, [this] { m_leadsPage->addLead(); });
    connect(m_editLead, &QAction::triggered, this, [this] { m_leadsPage->editCurrentLead(); });
    connect(m_deleteLeads, &QAction::triggered, this, [this] { m_leadsPage->deleteSelectedLeads(); });
    connect(m_importLeads, &QAction::triggered, this, &MainWindow::importLeads);
    connect(m_exportLeads, &QAction::triggered, this, [this] {
        m_exportController->chooseFileAndExport(m_leadsPage->model()->search(),
                                                m_leadsPage->model()->filter());
    });
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    m_fileMenu = file;
    file->setObjectName(QStringLiteral("menuFile"));
    file->addAction(m_newLead);
    file->addSeparator();
    file->addAction(m_importLeads);
    file->addAction(m_exportLeads);
    file->addSeparator();
    file->addAction(m_quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("menuEdit"));
    edit->addAction(m_undo);
    edit->addAction(m_redo);
    edit->addSeparator();
    edit->addAction(m_editLead);
    edit->addAction(m_deleteLeads);
    edit->addSeparator();
    edit->addAction(m_find);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("menuView"));
    view->addAction(m_showSidebar);

    QMenu* settings = menuBar()->addMenu(tr("&Settings"));
    settings->setObjectName(QStringLiteral("menuSettings"));
    settings->addAction(m_customFields);
    settings->addAction(m_cloudSettings);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    m_helpMenu = help;
    help->setObjectName(QStringLiteral("menuHelp"));
    help->addAction(m_about);
}

void MainWindow::createToolBar()
{
    QToolBar* toolBar = addToolBar(tr("Main toolbar"));
    m_toolBar = toolBar;
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_newLead);
    toolBar->addAction(m_editLead);
    toolBar->addAction(m_deleteLeads);

    auto* spacer = new QWidget;
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);

    m_search = new SearchField;
    toolBar->addWidget(m_search);
    connect(m_search, &SearchField::searchRequested, this, [this](const QString& text, bool submitted) {
        m_leadsPage->setSearch(text);
        if (submitted) {
            m_leadsPage->view()->setFocus();
        }
    });
    connect(m_find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
}

void MainWindow::createCentralArea()
{
    m_sidebar = new Sidebar;
    connect(m_sidebar, &Sidebar::pageRequested, m_pages, &QStackedWidget::setCurrentIndex);
    // The Leads row, or a saved view, which opens the Leads page with its search and filter.
    connect(m_sidebar, &Sidebar::leadsRequested, this, [this](const QString& viewId) {
        m_pages->setCurrentWidget(m_leadsPage);
        if (viewId.isEmpty()) {
            return;
        }
        try {
            for (const SavedView& view : SavedViewRepository(m_workspace->database()).list()) {
                if (view.id == viewId) {
                    m_leadsPage->applyView(view);
                }
            }
        } catch (const StoreError& error) {
            showError(error.message());
        }
    });
    connect(m_sidebar, &Sidebar::deleteViewRequested, this, &MainWindow::deleteSavedView);

    auto* splitter = new QSplitter;
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_sidebar);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({180, 1000});
    setCentralWidget(splitter);

    connect(m_showSidebar, &QAction::toggled, m_sidebar, &QWidget::setVisible);
}

void MainWindow::createStatusBar()
{
    m_workspaceLabel = new QLabel;
    m_workspaceLabel->setObjectName(QStringLiteral("workspaceLabel"));
    m_countLabel = new QLabel;
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_workspaceLabel);
}

void MainWindow::restoreLayout()
{
    if (!restoreGeometry(m_settings.mainWindowGeometry())) {
        resize(1200, 720);
    }
    restoreState(m_settings.mainWindowState());
    m_showSidebar->setChecked(m_settings.sidebarVisible());
    m_sidebar->setVisible(m_settings.sidebarVisible());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_settings.setMainWindowGeometry(saveGeometry());
    m_settings.setMainWindowState(saveState());
    m_settings.setSidebarVisible(m_showSidebar->isChecked());
    m_leadsPage->saveLayout();
    m_settings.sync();
    event->accept();
}

void MainWindow::showCounts(qint64 matching, qint64 total)
{
    const QString search = m_leadsPage->model()->search().trimmed();
    const QString filter = m_leadsPage->model()->filter().describe();
    // While a big search is still being counted (matching is -1), the rows found so far, "200+".
    const QString found = matching >= 0
                              ? QLocale().toString(matching)
                              : QLocale().toString(m_leadsPage->model()->rowCount()) + QLatin1Char('+');
    if (search.isEmpty() && filter.isEmpty()) {
        m_countLabel->setText(tr("%Ln lead(s)", nullptr, static_cast<int>(total)));
    } else if (filter.isEmpty()) {
        m_countLabel->setText(
            tr("%1 of %Ln lead(s) match “%2”", nullptr, static_cast<int>(total)).arg(found, search));
    } else {
        const QString what = search.isEmpty() ? filter : tr("“%1”, %2").arg(search, filter);
        m_countLabel->setText(
            tr("%1 of %Ln lead(s) · %2", nullptr, static_cast<int>(total)).arg(found, what));
    }
}

void MainWindow::editCustomFields()
{
    auto* dialog = new CustomFieldsDialog(m_workspace->database(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CustomFieldsDialog::fieldsChanged, m_leadsPage->model(),
            &LeadTableModel::reloadCustomFields);
    connect(dialog, &CustomFieldsDialog::fieldsChanged, this, [this] {
        QList<QPair<QString, QString>> fields;
        try {
            for (const CustomField& field : CustomFieldRepository(m_workspace->database()).list()) {
                fields.append({field.id, field.name});
            }
        } catch (const StoreError& error) {
            showError(error.message());
        }
        m_leadsPage->filterBar()->setCustomFields(fields);
    });
    dialog->open();
}

void MainWindow::editCloudSettings()
{
    auto* dialog = new CloudSettingsDialog(m_settings.fileName(), m_cloudFlags,
                                           QProcessEnvironment::systemEnvironment(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        statusBar()->showMessage(tr("Cloud connection saved. LeadBox uses it the next time it starts."),
                                 kStatusMessageMs);
    });
    dialog->open();
}

void MainWindow::reloadSavedViews()
{
    try {
        m_sidebar->setSavedViews(SavedViewRepository(m_workspace->database()).list());
    } catch (const StoreError& error) {
        showError(error.message());
    }
}

void MainWindow::deleteSavedView(const QString& id)
{
    try {
        SavedViewRepository(m_workspace->database()).remove(id);
    } catch (const StoreError& error) {
        showError(error.message());
    }
    reloadSavedViews();
    showLeadsPage();
}

void MainWindow::importLeads()
{
    if (m_importWizard) {
        m_importWizard->raise();
        m_importWizard->activateWindow();
        return;
    }
    auto* wizard = new ImportWizard(*m_workspace, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    m_importWizard = wizard;
    connect(wizard, &ImportWizard::importFinished, this, [this, wizard] { importFinished(wizard); });
    wizard->open();
}

void MainWindow::importFinished(ImportWizard* wizard)
{
    // The import wrote through its own connection; the table and counts read the store again.
    if (!wizard->changedLeads()) {
        return;
    }
    m_leadsPage->model()->reloadCustomFields(); // an import may have added custom fields
    m_workspace->leads().notifyChanged();
    // An import cannot be undone, and undoing an earlier edit across it could overwrite what it
    // brought in; history starts again here.
    m_undoStack->clear();
    const ImportSummary& summary = wizard->outcome()->summary;
    statusBar()->showMessage(tr("Imported %1: %2 added, %3 updated.")
                                 .arg(QFileInfo(wizard->filePath()).fileName(),
                                      QLocale().toString(summary.added), QLocale().toString(summary.updated)),
                             kStatusMessageMs);
}

void MainWindow::exportTo(const QString& filePath)
{
    m_exportController->exportTo(filePath, m_leadsPage->model()->search(), m_leadsPage->model()->filter());
}

void MainWindow::showError(const QString& message)
{
    MessageBox::warning(this, tr("LeadBox"), message);
}

void MainWindow::showAbout()
{
    MessageBox::about(this, tr("About LeadBox"),
                      tr("<h3>LeadBox %1</h3><p>Leads, webforms and permission-based email campaigns for "
                         "small teams.</p><p>Built with Qt %2.</p>")
                          .arg(QLatin1String(kVersion), QLatin1String(qVersion())));
}

} // namespace leadbox
