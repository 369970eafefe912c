#include "../unit/StoreFixture.h"
#include "models/DataLocation.h"
#include "models/WorkspaceStore.h"
#include "models/leads/LeadTableModel.h"
#include "ui/FilterBar.h"
#include "ui/LeadDialog.h"
#include "ui/LeadsPage.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/Translations.h"
#include "ui/UiSettings.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QUndoStack>

using namespace leadbox;

// Drives the real main window offscreen the way a person would: menus and shortcuts, typing
// into the form and the search field, and reading what the window shows.
class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void startsWithAnEmptyStateThatOffersToAdd();
    void addFindDeleteUndo();
    void formShowsErrorsAndKeepsTyping();
    void editsThroughTheFormAndUndoes();
    void aboutShowsTheVersion();
    void savedViewsAppearInTheSidebar();
    void remembersWindowLayout();
    void speaksGerman();

private:
    void openWindow();
    void activate();
    LeadDialog* openNewLeadDialog();
    void typeInto(QWidget* dialog, const char* objectName, const QString& text);
    QAction* action(const char* objectName) const;
    QLabel* label(const char* objectName) const;
    int visibleRows() const { return m_window->leadsPage()->model()->rowCount(); }

    std::unique_ptr<ScratchDir> m_dir;
    std::unique_ptr<WorkspaceStore> m_store;
    std::unique_ptr<UiSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
}

void TestMainWindow::init()
{
    MessageBox::setNextAnswer(QMessageBox::Ok);
    m_dir = std::make_unique<ScratchDir>();
    const DataLocation location(m_dir->path());
    m_store = WorkspaceStore::openLocal(location);
    m_settings = std::make_unique<UiSettings>(location.settingsFile());
    openWindow();
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_store.reset();
    m_dir.reset();
}

void TestMainWindow::openWindow()
{
    m_window = std::make_unique<MainWindow>(*m_store, *m_settings);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    activate();
}

void TestMainWindow::activate()
{
    // Offscreen, nothing re-activates the window when a dialog closes; a person's click would.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

QAction* TestMainWindow::action(const char* objectName) const
{
    auto* found = m_window->findChild<QAction*>(QLatin1String(objectName));
    if (!found) {
        qFatal("no action %s", objectName);
    }
    return found;
}

QLabel* TestMainWindow::label(const char* objectName) const
{
    return m_window->findChild<QLabel*>(QLatin1String(objectName));
}

LeadDialog* TestMainWindow::openNewLeadDialog()
{
    activate();
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    LeadDialog* dialog = nullptr;
    [&] {
        QTRY_VERIFY((dialog = m_window->findChild<LeadDialog*>()) && dialog->isVisible());
    }();
    return dialog;
}

void TestMainWindow::typeInto(QWidget* dialog, const char* objectName, const QString& text)
{
    auto* edit = dialog->findChild<QLineEdit*>(QLatin1String(objectName));
    QVERIFY2(edit, objectName);
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

void TestMainWindow::startsWithAnEmptyStateThatOffersToAdd()
{
    QVERIFY(label("emptyTitle")->isVisible());
    QCOMPARE(label("emptyTitle")->text(), QStringLiteral("No leads yet"));
    QCOMPARE(label("countLabel")->text(), QStringLiteral("0 leads"));
    QCOMPARE(m_window->findChild<QLineEdit*>(QStringLiteral("searchField"))->placeholderText(),
             QStringLiteral("Search leads… (Ctrl+F)"));
    QVERIFY(!action("actionDeleteLeads")->isEnabled());
    QVERIFY(!action("actionUndo")->isEnabled());
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Local workspace — LeadBox"));

    auto* addButton = m_window->findChild<QPushButton*>(QStringLiteral("emptyAddButton"));
    QTest::mouseClick(addButton, Qt::LeftButton);
    QTRY_VERIFY(m_window->findChild<LeadDialog*>() && m_window->findChild<LeadDialog*>()->isVisible());
}

void TestMainWindow::addFindDeleteUndo()
{
    // Add through the form.
    LeadDialog* dialog = openNewLeadDialog();
    typeInto(dialog, "emailEdit", QStringLiteral("ann@acme.io"));
    typeInto(dialog, "firstNameEdit", QStringLiteral("Ann"));
    typeInto(dialog, "companyEdit", QStringLiteral("Acme Widgets"));
    typeInto(dialog, "tagsEdit", QStringLiteral("vip, trade show"));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<LeadDialog*>());
    QCOMPARE(visibleRows(), 1);
    QCOMPARE(label("countLabel")->text(), QStringLiteral("1 lead"));
    QVERIFY(!label("emptyTitle")->isVisible());

    // A second lead, so that search has something to filter out.
    dialog = openNewLeadDialog();
    typeInto(dialog, "emailEdit", QStringLiteral("bob@globex.com"));
    QTest::keyClick(dialog->findChild<QLineEdit*>(QStringLiteral("emailEdit")), Qt::Key_Return);
    QTRY_VERIFY(!m_window->findChild<LeadDialog*>());
    QCOMPARE(visibleRows(), 2);

    // Find it by typing in search; the table filters as you type.
    auto* search = m_window->findChild<QLineEdit*>(QStringLiteral("searchField"));
    activate();
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("widg"));
    QTRY_COMPARE(visibleRows(), 1);
    QCOMPARE(m_window->leadsPage()->model()->leadAt(0).email, QStringLiteral("ann@acme.io"));
    QTRY_COMPARE(label("countLabel")->text(), QStringLiteral("1 of 2 leads match “widg”"));

    // Delete it with the keyboard from the table.
    QTableView* table = m_window->leadsPage()->view();
    table->setFocus();
    table->selectRow(0);
    QVERIFY(action("actionDeleteLeads")->isEnabled());
    QTest::keyClick(table, Qt::Key_Delete);
    QTRY_COMPARE(visibleRows(), 0);
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("Ctrl+Z")));
    QTRY_VERIFY(label("emptyTitle")->isVisible());
    QCOMPARE(label("emptyTitle")->text(), QStringLiteral("No leads match “widg”"));
    QCOMPARE(m_store->leads().count(), 1);

    // Undo brings it back, with its identity; redo deletes it again; undo once more.
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(visibleRows(), 1);
    QCOMPARE(m_store->leads().count(), 2);
    const auto restored = m_store->leads().findByEmail(QStringLiteral("ann@acme.io"));
    QVERIFY(restored);
    QCOMPARE(restored->tags, (QStringList{QStringLiteral("vip"), QStringLiteral("trade show")}));
    action("actionRedo")->trigger();
    QCOMPARE(m_store->leads().count(), 1);
    action("actionUndo")->trigger();
    QCOMPARE(m_store->leads().count(), 2);

    // Esc in the search field clears it and shows everyone again.
    QTest::mouseClick(search, Qt::LeftButton);
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClick(search, Qt::Key_Escape);
    QTRY_COMPARE(visibleRows(), 2);
}

void TestMainWindow::formShowsErrorsAndKeepsTyping()
{
    Lead existing;
    existing.email = QStringLiteral("taken@example.com");
    m_store->leads().add(existing);

    LeadDialog* dialog = openNewLeadDialog();
    auto* emailError = dialog->findChild<QLabel*>(QStringLiteral("emailEditError"));
    auto* save = dialog->findChild<QPushButton*>(QStringLiteral("saveButton"));

    typeInto(dialog, "emailEdit", QStringLiteral("not an email"));
    typeInto(dialog, "phoneEdit", QStringLiteral("call me"));
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(emailError->isVisible());
    QVERIFY2(emailError->text().contains(QStringLiteral("not a valid email")),
             qPrintable(emailError->text()));
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("phoneEditError"))->isVisible());
    QCOMPARE(dialog->focusWidget(), dialog->findChild<QLineEdit*>(QStringLiteral("emailEdit")));

    typeInto(dialog, "phoneEdit", QStringLiteral("+1 555 0100"));
    typeInto(dialog, "emailEdit", QStringLiteral("TAKEN@example.com"));
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY2(emailError->text().contains(QStringLiteral("already exists")), qPrintable(emailError->text()));
    QCOMPARE(m_store->leads().count(), 1);

    typeInto(dialog, "firstNameEdit", QString(101, QLatin1Char('x')));
    typeInto(dialog, "emailEdit", QStringLiteral("new@example.com"));
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("firstNameEditError"))
                ->text()
                .contains(QStringLiteral("too long")));

    typeInto(dialog, "firstNameEdit", QStringLiteral("Nia"));
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<LeadDialog*>());
    QCOMPARE(m_store->leads().count(), 2);
}

void TestMainWindow::editsThroughTheFormAndUndoes()
{
    Lead lead;
    lead.email = QStringLiteral("ann@example.com");
    lead.firstName = QStringLiteral("Ann");
    m_store->leads().add(lead);

    QTableView* table = m_window->leadsPage()->view();
    table->setFocus();
    table->selectRow(0);
    QTest::keyClick(table, Qt::Key_F2);
    LeadDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<LeadDialog*>()));
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Edit lead"));
    QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("firstNameEdit"))->text(), QStringLiteral("Ann"));
    typeInto(dialog, "firstNameEdit", QStringLiteral("Annabel"));
    auto* status = dialog->findChild<QComboBox*>(QStringLiteral("statusCombo"));
    status->setCurrentIndex(status->findText(QStringLiteral("Qualified")));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<LeadDialog*>());

    auto firstNameShown = [&] {
        return m_window->leadsPage()
            ->model()
            ->index(0, static_cast<int>(LeadField::FirstName))
            .data()
            .toString();
    };
    QCOMPARE(firstNameShown(), QStringLiteral("Annabel"));
    QCOMPARE(m_store->leads().findByEmail(lead.email)->status, LeadStatus::Qualified);
    action("actionUndo")->trigger();
    QCOMPARE(firstNameShown(), QStringLiteral("Ann"));
    QCOMPARE(m_store->leads().findByEmail(lead.email)->status, LeadStatus::New);
}

void TestMainWindow::savedViewsAppearInTheSidebar()
{
    for (const char* email : {"ann@acme.io", "bob@globex.com"}) {
        Lead lead;
        lead.email = QLatin1String(email);
        lead.tags = {QLatin1String(email).startsWith(QLatin1String("ann")) ? QStringLiteral("vip")
                                                                           : QStringLiteral("cold")};
        m_store->leads().add(lead);
    }
    LeadFilter vip;
    vip.tags = {QStringLiteral("vip")};
    m_window->leadsPage()->filterBar()->setFilter(vip);
    QTRY_COMPARE(visibleRows(), 1);
    QTRY_VERIFY(label("countLabel")->text().contains(QStringLiteral("tag vip")));
    m_window->leadsPage()->saveCurrentView(QStringLiteral("VIPs"));

    auto* sidebar = m_window->findChild<QListWidget*>(QStringLiteral("sidebar"));
    QCOMPARE(sidebar->count(), 2);
    QCOMPARE(sidebar->item(1)->text().trimmed(), QStringLiteral("VIPs"));

    m_window->leadsPage()->filterBar()->setFilter({});
    QTRY_COMPARE(visibleRows(), 2);
    sidebar->setCurrentRow(1); // as a click on the view does
    QTRY_COMPARE(visibleRows(), 1);
    QCOMPARE(m_window->leadsPage()->model()->leadAt(0).email, QStringLiteral("ann@acme.io"));
}

void TestMainWindow::aboutShowsTheVersion()
{
    QMenu* help = m_window->menuBar()->findChild<QMenu*>(QStringLiteral("menuHelp"));
    QVERIFY(help);
    QVERIFY(help->actions().contains(action("actionAbout")));
    action("actionAbout")->trigger();
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("LeadBox 0.1.0")),
             qPrintable(MessageBox::lastText()));
    for (const char* menu : {"menuFile", "menuEdit", "menuView", "menuHelp"}) {
        QVERIFY2(m_window->menuBar()->findChild<QMenu*>(QLatin1String(menu)), menu);
    }
}

void TestMainWindow::remembersWindowLayout()
{
    m_window->resize(900, 610);
    action("actionShowSidebar")->setChecked(false);
    m_window->close();
    openWindow();
    QCOMPARE(m_window->size(), QSize(900, 610));
    QVERIFY(!action("actionShowSidebar")->isChecked());
    QVERIFY(!m_window->findChild<QWidget*>(QStringLiteral("sidebar"))->isVisible());
}

void TestMainWindow::speaksGerman()
{
    installTranslations(*QCoreApplication::instance(), QStringLiteral("de"));
    openWindow();
    QCOMPARE(m_window->findChild<QMenu*>(QStringLiteral("menuFile"))->title(), QStringLiteral("&Datei"));
    QCOMPARE(label("emptyTitle")->text(), QStringLiteral("Noch keine Leads"));
}

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
