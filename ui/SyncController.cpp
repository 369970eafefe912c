#include "ui/SyncController.h"

#include "models/WorkspaceStore.h"
#include "models/leads/LeadTableModel.h"
#include "models/sync/ConflictListModel.h"
#include "services/accounts/AccountContext.h"
#include "services/sync/SyncEngine.h"
#include "ui/ConflictsPage.h"
#include "ui/LeadsPage.h"
#include "ui/MainWindow.h"
#include "ui/SyncDetailsDialog.h"
#include "ui/SyncStatusText.h"

#include <QAction>
#include <QListWidgetItem>
#include <QMenu>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QToolButton>

namespace leadbox {
namespace {

constexpr int kDefaultIntervalSeconds = 30;

} // namespace

SyncController::SyncController(AccountContext& accounts, MainWindow& window)
    : QObject(&window)
    , m_accounts(accounts)
    , m_window(window)
{
    m_syncNow = new QAction(tr("&Sync Now"), this);
    m_syncNow->setObjectName(QStringLiteral("actionSyncNow"));
    m_syncNow->setShortcut(QKeySequence::Refresh); // F5
    m_syncNow->setIcon(window.style()->standardIcon(QStyle::SP_BrowserReload));
    m_syncNow->setStatusTip(tr("Send your changes to LeadBox Cloud and fetch your team's"));
    connect(m_syncNow, &QAction::triggered, this, [this] {
        if (m_engine) {
            m_engine->syncNow();
        }
    });
    window.addAction(m_syncNow); // F5 works wherever the focus is
    m_details = new QAction(tr("Sync &Details…"), this);
    m_details->setObjectName(QStringLiteral("actionSyncDetails"));
    connect(m_details, &QAction::triggered, this, &SyncController::showDetails);
    window.fileMenu()->insertAction(window.quitAction(), m_syncNow);
    window.fileMenu()->insertSeparator(window.quitAction());
    window.helpMenu()->insertAction(window.helpMenu()->actions().value(0), m_details);

    m_status = new QToolButton;
    m_status->setObjectName(QStringLiteral("syncStatusButton"));
    m_status->setAutoRaise(true);
    m_status->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_status, &QToolButton::clicked, this, &SyncController::statusClicked);
    window.statusBar()->addPermanentWidget(m_status);

    m_page = new ConflictsPage;
    m_conflictsItem = window.addSidebarPage(
        m_page, window.style()->standardIcon(QStyle::SP_MessageBoxWarning), tr("Conflicts"));
    connect(m_page, &ConflictsPage::resolved, this, [this](int count) {
        m_window.statusBar()->showMessage(
            tr("Kept your choice for %n conflict(s); it syncs next.", nullptr, count), 5000);
        if (m_engine) {
            m_engine->syncNow();
        }
    });
    connect(&window, &MainWindow::workspaceAboutToChange, this, &SyncController::stop);
    showState();
}

SyncController::~SyncController()
{
    // The window's widgets may be gone already; only the engine needs letting go of.
    delete m_engine;
}

void SyncController::workspaceShown(const QString& id)
{
    const AccountContext::Workspace current = m_accounts.currentWorkspace();
    if (current.isLocal || current.id != id || !m_accounts.hasAccount()) {
        stop();
        return;
    }
    if (m_engine) {
        return; // already syncing this store
    }
    SyncEngine::Options options;
    const QSettings settings(m_accounts.location().settingsFile(), QSettings::IniFormat);
    const int seconds =
        settings.value(QStringLiteral("sync/intervalSeconds"), kDefaultIntervalSeconds).toInt();
    options.intervalMs = (seconds > 0 ? seconds : kDefaultIntervalSeconds) * 1000;
    WorkspaceStore& store = m_window.workspace();
    m_engine = new SyncEngine(store, m_accounts.cloud(), id, options, this);
    connect(m_engine, &SyncEngine::stateChanged, this, &SyncController::showState);
    m_page->setRepository(&store.conflicts());
    // The page's list follows the store's conflicts; the badges and counts follow the list.
    connect(m_page->model(), &QAbstractItemModel::modelReset, this, &SyncController::showConflicts);
    connect(m_window.leadsPage()->model(), &QAbstractItemModel::modelReset, this,
            &SyncController::showConflicts);
    showConflicts();
    m_engine->start();
    showState();
}

void SyncController::stop()
{
    if (m_detailsDialog) {
        m_detailsDialog->close();
    }
    delete m_engine; // before the store it syncs closes
    m_page->setRepository(nullptr);
    showState();
}

void SyncController::showState()
{
    const bool syncing = m_engine != nullptr;
    m_status->setVisible(syncing);
    m_syncNow->setEnabled(syncing);
    m_details->setEnabled(syncing);
    m_conflictsItem->setHidden(!syncing);
    if (!syncing) {
        return;
    }
    const SyncStatusText text = SyncStatusText::of(*m_engine);
    m_status->setText(text.brief);
    m_status->setToolTip(text.detail);
    QStyle::StandardPixmap icon = QStyle::SP_DialogApplyButton;
    if (m_engine->state() == SyncEngine::State::Syncing) {
        icon = QStyle::SP_BrowserReload;
    } else if (text.attention) {
        icon = QStyle::SP_MessageBoxWarning;
    } else if (m_engine->state() == SyncEngine::State::Offline) {
        icon = QStyle::SP_DriveNetIcon;
    }
    m_status->setIcon(m_window.style()->standardIcon(icon));
}

void SyncController::showConflicts()
{
    if (!m_engine || !m_page->model()) {
        return;
    }
    const int count = m_page->model()->rowCount();
    m_conflictsItem->setText(count > 0 ? tr("Conflicts (%1)").arg(count) : tr("Conflicts"));
    if (LeadsPage* leads = m_window.leadsPage()) {
        leads->model()->setConflictLeads(m_page->model()->leadIds());
    }
    showState();
}

void SyncController::statusClicked()
{
    if (m_engine && m_engine->conflictCount() > 0) {
        m_conflictsItem->listWidget()->setCurrentItem(m_conflictsItem);
        return;
    }
    showDetails();
}

void SyncController::showDetails()
{
    if (!m_engine) {
        return;
    }
    if (!m_detailsDialog) {
        m_detailsDialog = new SyncDetailsDialog(*m_engine, &m_window);
        m_detailsDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_detailsDialog->show();
    m_detailsDialog->raise();
    m_detailsDialog->activateWindow();
}

} // namespace leadbox
