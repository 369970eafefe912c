#include "../unit/StoreFixture.h"
#include "models/DataLocation.h"
#include "models/WorkspaceStore.h"
#include "models/leads/LeadTableModel.h"
#include "models/leads/SavedViewRepository.h"
#include "ui/ConsentDialog.h"
#include "ui/FilterBar.h"
#include "ui/LeadDetailPanel.h"
#include "ui/LeadsPage.h"
#include "ui/MessageBox.h"
#include "ui/UiSettings.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>

using namespace leadbox;

// The Leads page beyond the table: the detail panel with consent and history, the filter bar,
// saved views and bulk edits — driven offscreen as a person would.
class TestLeadsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void detailPanelShowsTheSelectedLead();
    void consentIsRecordedAndWithdrawn();
    void filterBarNarrowsTheTable();
    void bulkStatusChangeUndoesInOneStep();
    void savedViewRestoresFilterAndSearch();

private:
    void select(int row, bool extend = false);
    int rows() const { return m_page->model()->rowCount(); }

    std::unique_ptr<ScratchDir> m_dir;
    std::unique_ptr<WorkspaceStore> m_store;
    std::unique_ptr<UiSettings> m_settings;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<LeadsPage> m_page;
};

void TestLeadsPage::init()
{
    MessageBox::setNextAnswer(QMessageBox::Yes);
    m_dir = std::make_unique<ScratchDir>();
    const DataLocation location(m_dir->path());
    m_store = WorkspaceStore::openLocal(location);
    for (const auto& [email, company, tag] :
         {std::tuple{"ann@acme.io", "Acme", "vip"}, std::tuple{"bob@acme.io", "Acme", "expo"},
          std::tuple{"cy@globex.com", "Globex", "vip"}}) {
        Lead lead;
        lead.email = QLatin1String(email);
        lead.company = QLatin1String(company);
        lead.tags = {QLatin1String(tag)};
        m_store->leads().add(lead);
    }
    m_settings = std::make_unique<UiSettings>(location.settingsFile());
    m_undo = std::make_unique<QUndoStack>();
    m_page = std::make_unique<LeadsPage>(m_store->leads(), *m_undo, *m_settings);
    m_page->resize(1200, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestLeadsPage::cleanup()
{
    m_page.reset();
    m_undo.reset();
    m_settings.reset();
    m_store.reset();
    m_dir.reset();
}

void TestLeadsPage::select(int row, bool extend)
{
    QTableView* table = m_page->view();
    const QRect cell = table->visualRect(m_page->model()->index(row, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, extend ? Qt::ControlModifier : Qt::NoModifier,
                      cell.center());
}

void TestLeadsPage::detailPanelShowsTheSelectedLead()
{
    auto* empty = m_page->findChild<QLabel*>(QStringLiteral("detailEmpty"));
    QVERIFY(empty->isVisible());
    select(0); // newest first: cy@globex.com
    auto* email = m_page->findChild<QLabel*>(QStringLiteral("detailEmail"));
    QTRY_VERIFY(email && email->isVisible());
    QCOMPARE(email->text(), QStringLiteral("cy@globex.com"));
    auto* timeline = m_page->findChild<QListWidget*>(QStringLiteral("activityTimeline"));
    QVERIFY(timeline->item(0)->text().contains(QStringLiteral("Created.")));
    auto* ledger = m_page->findChild<QListWidget*>(QStringLiteral("consentLedger"));
    QVERIFY(ledger->item(0)->text().contains(QStringLiteral("cannot receive campaigns")));

    select(1, true); // two selected: the panel says so
    QTRY_VERIFY(empty->isVisible());
    QVERIFY(empty->text().contains(QStringLiteral("2")));
}

void TestLeadsPage::consentIsRecordedAndWithdrawn()
{
    select(0);
    auto* record = m_page->findChild<QPushButton*>(QStringLiteral("recordConsentButton"));
    QTRY_VERIFY(record->isVisible());
    QTest::mouseClick(record, Qt::LeftButton);
    ConsentDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_page->findChild<ConsentDialog*>()) && dialog->isVisible());

    // Saving without a basis is refused with a reason.
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("consentSave")), Qt::LeftButton);
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("consentError"))->isVisible());
    dialog->findChild<QComboBox*>(QStringLiteral("consentBasis"))
        ->setCurrentText(QStringLiteral("Asked in person"));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("consentSource")),
                     QStringLiteral("Booth 12"));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("consentSave")), Qt::LeftButton);
    QTRY_VERIFY(!m_page->findChild<ConsentDialog*>());

    auto* state = m_page->findChild<QLabel*>(QStringLiteral("consentState"));
    QCOMPARE(state->text(), QStringLiteral("Consent given"));
    auto* ledger = m_page->findChild<QListWidget*>(QStringLiteral("consentLedger"));
    QVERIFY(ledger->item(0)->text().contains(QStringLiteral("Booth 12")));
    QCOMPARE(m_store->leads().findByEmail(QStringLiteral("cy@globex.com"))->consent, ConsentState::Granted);

    QTest::mouseClick(m_page->findChild<QPushButton*>(QStringLiteral("withdrawConsentButton")),
                      Qt::LeftButton);
    QCOMPARE(state->text(), QStringLiteral("Consent withdrawn"));
    QVERIFY(ledger->item(0)->text().contains(QStringLiteral("Withdrawn")));
}

void TestLeadsPage::filterBarNarrowsTheTable()
{
    QCOMPARE(rows(), 3);
    auto* tag = m_page->findChild<QLineEdit*>(QStringLiteral("tagFilter"));
    QTest::keyClicks(tag, QStringLiteral("VIP"));
    QTest::keyClick(tag, Qt::Key_Return);
    QTRY_COMPARE(rows(), 2);
    auto* source = m_page->findChild<QLineEdit*>(QStringLiteral("sourceFilter"));
    QTest::keyClicks(source, QStringLiteral("nowhere"));
    QTest::keyClick(source, Qt::Key_Return);
    QTRY_COMPARE(rows(), 0);
    QTest::mouseClick(m_page->findChild<QPushButton*>(QStringLiteral("clearFilters")), Qt::LeftButton);
    QTRY_COMPARE(rows(), 3);
    QVERIFY(tag->text().isEmpty());
}

void TestLeadsPage::bulkStatusChangeUndoesInOneStep()
{
    select(0);
    select(2, true);
    QCOMPARE(m_page->selectedCount(), 2);
    m_page->setStatusOfSelection(LeadStatus::Qualified);
    LeadFilter qualified;
    qualified.statuses = {LeadStatus::Qualified};
    QCOMPARE(m_store->leads().count({}, qualified), 2);
    QCOMPARE(m_undo->count(), 1);

    // The same two stay selected for the next bulk action.
    QCOMPARE(m_page->selectedCount(), 2);
    m_page->addTagToSelection(QStringLiteral("q4"));
    LeadFilter tagged;
    tagged.tags = {QStringLiteral("q4")};
    QCOMPARE(m_store->leads().count({}, tagged), 2);

    m_undo->undo(); // the tag
    m_undo->undo(); // both status changes at once
    QCOMPARE(m_store->leads().count({}, tagged), 0);
    QCOMPARE(m_store->leads().count({}, qualified), 0);
}

void TestLeadsPage::savedViewRestoresFilterAndSearch()
{
    QSignalSpy searchRequested(m_page.get(), &LeadsPage::searchTextRequested);
    QSignalSpy viewsChanged(m_page.get(), &LeadsPage::savedViewsChanged);
    auto* tag = m_page->findChild<QLineEdit*>(QStringLiteral("tagFilter"));
    QTest::keyClicks(tag, QStringLiteral("expo"));
    QTest::keyClick(tag, Qt::Key_Return);
    QTRY_COMPARE(rows(), 1);
    m_page->saveCurrentView(QStringLiteral("Expo people"));
    QCOMPARE(viewsChanged.count(), 1);

    m_page->filterBar()->setFilter({});
    QTRY_COMPARE(rows(), 3);
    const QList<SavedView> views = SavedViewRepository(m_store->database()).list();
    QCOMPARE(views.size(), 1);
    m_page->applyView(views.first());
    QTRY_COMPARE(rows(), 1);
    QCOMPARE(tag->text(), QStringLiteral("expo"));
    QCOMPARE(searchRequested.count(), 1);
}

QTEST_MAIN(TestLeadsPage)
#include "test_leads_page.moc"
