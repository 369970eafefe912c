#include "../integration/DevcloudClient.h"
#include "../integration/SyncClient.h"
#include "CloudWindowFixture.h"
#include "models/DataLocation.h"
#include "models/WorkspaceStore.h"
#include "models/leads/LeadTableModel.h"
#include "models/sync/ConflictListModel.h"
#include "services/accounts/AccountContext.h"
#include "services/auth/AuthError.h"
#include "services/net/HttpClient.h"
#include "services/sync/SyncEngine.h"
#include "ui/AccountController.h"
#include "ui/ConflictsPage.h"
#include "ui/LeadsPage.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/SyncController.h"
#include "ui/SyncDetailsDialog.h"
#include "ui/Translations.h"
#include "ui/UiSettings.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>
#include <QUuid>

using namespace leadbox;

// The window syncs a cloud workspace against devcloud (seeded with the demo team) and shows it as a
// person sees it: the sync state in the status bar, a conflict when a teammate changed the same
// field, the lead's warning sign, the Conflicts page, and the choice reaching the cloud.
class TestSyncUi : public CloudWindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void localWorkspaceShowsNoSync();
    void conflictIsShownAndResolvedBothWays();
    void syncDetailsListTheRuns();

private:
    void openAcme();
    Lead leadAtRow(int row) const { return m_window->leadsPage()->model()->leadAt(row); }
    // Changes `field` of lead `id` in the cloud as the workspace's owner would.
    void changeInCloud(const Lead& lead, const char* field, const QString& value);
    QString cloudValue(const QString& id, const char* field);
    QString statusText() const { return syncUi()->statusButton()->text(); }
    SyncController* syncUi() const { return m_window->accountController()->sync(); }
    QAction* action(const char* objectName) const
    {
        return m_window->findChild<QAction*>(QLatin1String(objectName));
    }

    std::unique_ptr<DevcloudClient> m_client;
    std::unique_ptr<SyncClient> m_cloud;
    QString m_ownerToken;
};

namespace {
const QString kPassword = QStringLiteral("demo-password");
const QString kAdmin = QStringLiteral("admin@demo.leadbox.test");
const QString kOwner = QStringLiteral("owner@demo.leadbox.test");
const QString kAcme = QStringLiteral("ws_demo_acme");
constexpr int kWaitMs = 20000;
} // namespace

void TestSyncUi::initTestCase()
{
    startDevcloud();
    m_client = std::make_unique<DevcloudClient>(m_devcloud);
    m_cloud = std::make_unique<SyncClient>(m_devcloud, *m_client);
    m_ownerToken = m_client->signIn(kOwner, kPassword).text("/idToken");
    QVERIFY(!m_ownerToken.isEmpty());
}

void TestSyncUi::init()
{
    openFreshWindow();
}

void TestSyncUi::cleanup()
{
    closeAll();
}

void TestSyncUi::openAcme()
{
    QSignalSpy loaded(m_window->accountController(), &AccountController::workspacesLoaded);
    QCOMPARE(m_accounts->signInAndWait(kAdmin, kPassword).error, AuthError::None);
    QVERIFY(loaded.wait(kWaitMs));
    m_window->accountController()->switchTo(kAcme);
    QTRY_VERIFY_WITH_TIMEOUT(syncUi()->engine(), kWaitMs);
    // The first sync brings the workspace's 300 leads into the empty cache.
    QTRY_COMPARE_WITH_TIMEOUT(statusText(), QStringLiteral("Synced"), kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->leadsPage()->model()->rowCount(), 300, kWaitMs);
    QVERIFY(syncUi()->statusButton()->isVisible());
    QVERIFY(!syncUi()->conflictsItem()->isHidden());
}

void TestSyncUi::changeInCloud(const Lead& lead, const char* field, const QString& value)
{
    const nlohmann::json result = m_cloud->mutateOne(
        kAcme, m_ownerToken,
        mutation(newId(), "update", lead.id, lead.version, {{field, value.toStdString()}}));
    QCOMPARE(QString::fromStdString(result.value("status", std::string())), QStringLiteral("applied"));
}

QString TestSyncUi::cloudValue(const QString& id, const char* field)
{
    const ::HttpReply reply = m_cloud->lead(kAcme, id);
    return reply.status == 200 ? QString::fromStdString(reply.body["data"].value(field, std::string()))
                               : QString();
}

void TestSyncUi::localWorkspaceShowsNoSync()
{
    QVERIFY(m_window->workspace().displayName().contains(QStringLiteral("Local")));
    QVERIFY(!syncUi()->engine());
    QVERIFY(!syncUi()->statusButton()->isVisible());
    QVERIFY(syncUi()->conflictsItem()->isHidden());
    QVERIFY(!action("actionSyncNow")->isEnabled());
}

void TestSyncUi::conflictIsShownAndResolvedBothWays()
{
    openAcme();
    LeadTableModel* leads = m_window->leadsPage()->model();
    const Lead first = leadAtRow(0);
    const Lead second = leadAtRow(1);

    // A teammate changes both leads' company in the cloud; here the same field gets other values.
    changeInCloud(first, "company", QStringLiteral("Cloud One"));
    changeInCloud(second, "company", QStringLiteral("Cloud Two"));
    for (const auto& [lead, company] :
         {std::pair{first, QStringLiteral("Local One")}, std::pair{second, QStringLiteral("Local Two")}}) {
        Lead edited = m_window->workspace().leads().findById(lead.id).value();
        edited.company = company;
        m_window->workspace().leads().update(edited);
    }
    action("actionSyncNow")->trigger(); // F5
    QTRY_COMPARE_WITH_TIMEOUT(statusText(), QStringLiteral("2 conflicts"), kWaitMs);
    QCOMPARE(syncUi()->conflictsItem()->text(), QStringLiteral("Conflicts (2)"));
    const int firstRow = leads->rowOfId(first.id);
    QVERIFY(leads->index(firstRow, 0).data(LeadTableModel::ConflictRole).toBool());
    QVERIFY(!leads->index(leads->rowOfId(leadAtRow(5).id), 0).data(LeadTableModel::ConflictRole).toBool());
    // Nothing is lost while the user decides: the local values stay, the cloud keeps its own.
    QCOMPARE(m_window->workspace().leads().findById(first.id)->company, QStringLiteral("Local One"));
    QCOMPARE(cloudValue(first.id, "company"), QStringLiteral("Cloud One"));

    // Clicking the status opens the Conflicts page with both values and who changed them.
    QTest::mouseClick(syncUi()->statusButton(), Qt::LeftButton);
    ConflictsPage* page = syncUi()->conflictsPage();
    QCOMPARE(m_window->findChild<QStackedWidget*>(QStringLiteral("pages"))->currentWidget(), page);
    ConflictListModel* model = page->model();
    QCOMPARE(model->rowCount(), 2);
    int firstConflict = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->conflictAt(row).leadId == first.id) {
            firstConflict = row;
        }
    }
    QVERIFY(firstConflict >= 0);
    const auto cell = [&](int row, int column) {
        return model->index(row, column).data().toString();
    };
    QCOMPARE(cell(firstConflict, ConflictListModel::FieldColumn), QStringLiteral("Company"));
    QCOMPARE(cell(firstConflict, ConflictListModel::LocalColumn), QStringLiteral("Local One"));
    QCOMPARE(cell(firstConflict, ConflictListModel::ServerColumn), QStringLiteral("Cloud One"));
    QCOMPARE(cell(firstConflict, ConflictListModel::ChangedByColumn), kOwner);
    QVERIFY(!page->keepLocalButton()->isEnabled()); // nothing chosen yet

    // Keep Mine on the first: it goes to the cloud.
    page->view()->selectRow(firstConflict);
    QVERIFY(page->keepLocalButton()->isEnabled());
    QTest::mouseClick(page->keepLocalButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(cloudValue(first.id, "company"), QStringLiteral("Local One"), kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(statusText(), QStringLiteral("1 conflict"), kWaitMs);
    QVERIFY(!leads->index(leads->rowOfId(first.id), 0).data(LeadTableModel::ConflictRole).toBool());

    // Keep Cloud's on the second: the cloud's value comes here, and the cloud keeps it.
    QCOMPARE(model->rowCount(), 1);
    page->view()->selectRow(0);
    QTest::mouseClick(page->keepServerButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(statusText(), QStringLiteral("Synced"), kWaitMs);
    QCOMPARE(m_window->workspace().leads().findById(second.id)->company, QStringLiteral("Cloud Two"));
    QCOMPARE(cloudValue(second.id, "company"), QStringLiteral("Cloud Two"));
    QCOMPARE(syncUi()->conflictsItem()->text(), QStringLiteral("Conflicts"));
    QVERIFY(page->findChild<QLabel*>(QStringLiteral("conflictsEmpty"))->isVisible());
    QCOMPARE(m_window->workspace().outbox().pendingCount(), qint64{0});
}

void TestSyncUi::syncDetailsListTheRuns()
{
    openAcme();
    action("actionSyncNow")->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(statusText(), QStringLiteral("Synced"), kWaitMs);
    action("actionSyncDetails")->trigger();
    SyncDetailsDialog* dialog = syncUi()->detailsDialog();
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY(dialog->stateLabel()->text().startsWith(QStringLiteral("Synced with LeadBox Cloud at")));
    QTRY_VERIFY(dialog->runsTable()->rowCount() >= 1);
    // The oldest run is the first sync, which pulled the workspace's 300 leads.
    const int oldest = dialog->runsTable()->rowCount() - 1;
    QCOMPARE(dialog->runsTable()->item(oldest, 2)->text(), QStringLiteral("300"));
    QCOMPARE(dialog->runsTable()->item(0, 5)->text(), QStringLiteral("Synced"));
}

QTEST_MAIN(TestSyncUi)
#include "test_sync_ui.moc"
