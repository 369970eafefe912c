#include "../unit/StoreFixture.h"
#include "models/DataLocation.h"
#include "models/WorkspaceStore.h"
#include "models/leads/CustomFieldRepository.h"
#include "models/leads/LeadTableModel.h"
#include "ui/ExportController.h"
#include "ui/ImportWizard.h"
#include "ui/LeadsPage.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/Translations.h"
#include "ui/UiSettings.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>

using namespace leadbox;

// Drives File → Import Leads… and File → Export Leads… offscreen as a person would: the shortcut,
// typing a path, choosing mappings and options, watching the progress, reading the summary.
class TestImportWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void importsAMappedFileWithConsentAndOverwrite();
    void unreadableFileIsExplainedAndBlocksNext();
    void failedImportSaysWhyAndChangesNothing();
    void cancelLeavesTheStoreUnchanged();
    void exportsTheSearchWithFormulasDefused();

private:
    void activate();
    ImportWizard* openWizard();
    void click(QAbstractButton* button);
    void next(ImportWizard* wizard);
    QString writeFile(const QString& name, const QByteArray& content) const;
    template <typename T>
    T* child(QObject* parent, const QString& objectName) const
    {
        auto* found = parent->findChild<T*>(objectName);
        if (!found) {
            qFatal("no %s", qPrintable(objectName));
        }
        return found;
    }
    QString labelText(QObject* parent, const char* objectName) const
    {
        return child<QLabel>(parent, QLatin1String(objectName))->text();
    }
    qint64 importsRecorded();

    std::unique_ptr<ScratchDir> m_dir;
    std::unique_ptr<WorkspaceStore> m_store;
    std::unique_ptr<UiSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void TestImportWizard::initTestCase()
{
    installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
}

void TestImportWizard::init()
{
    MessageBox::setNextAnswer(QMessageBox::Ok);
    m_dir = std::make_unique<ScratchDir>();
    const DataLocation location(m_dir->path());
    m_store = WorkspaceStore::openLocal(location);
    m_settings = std::make_unique<UiSettings>(location.settingsFile());
    m_window = std::make_unique<MainWindow>(*m_store, *m_settings);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    activate();
}

void TestImportWizard::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_store.reset();
    m_dir.reset();
}

void TestImportWizard::activate()
{
    // Offscreen, nothing re-activates the window when a dialog closes; a person's click would.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

ImportWizard* TestImportWizard::openWizard()
{
    activate();
    QTest::keyClick(m_window.get(), Qt::Key_I, Qt::ControlModifier);
    ImportWizard* wizard = nullptr;
    [&] {
        QTRY_VERIFY((wizard = m_window->findChild<ImportWizard*>()) && wizard->isVisible());
        // Offscreen, nothing activates a new dialog; a window manager would.
        wizard->activateWindow();
        QTRY_VERIFY(wizard->isActiveWindow()); // qWaitForWindowActive counts the active parent
    }();
    return wizard;
}

void TestImportWizard::click(QAbstractButton* button)
{
    QVERIFY(button->isVisible());
    QVERIFY2(button->isEnabled(), qPrintable(button->objectName()));
    // A radio button takes clicks on its circle and label only, not across its whole width.
    const bool narrowTarget = qobject_cast<QRadioButton*>(button) != nullptr;
    QTest::mouseClick(button, Qt::LeftButton, {},
                      narrowTarget ? QPoint(8, button->height() / 2) : button->rect().center());
}

void TestImportWizard::next(ImportWizard* wizard)
{
    const int before = wizard->currentId();
    click(wizard->button(QWizard::NextButton));
    QCOMPARE(wizard->currentId(), before + 1);
}

QString TestImportWizard::writeFile(const QString& name, const QByteArray& content) const
{
    const QString path = m_dir->file(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
        qFatal("cannot write %s", qPrintable(path));
    }
    return path;
}

qint64 TestImportWizard::importsRecorded()
{
    qint64 count = -1;
    m_store->database().forEachRow(
        m_store->database().prepare(QStringLiteral("SELECT count(*) FROM imports")),
        [&](const QSqlQuery& row) { count = row.value(0).toLongLong(); });
    return count;
}

void TestImportWizard::importsAMappedFileWithConsentAndOverwrite()
{
    Lead bob;
    bob.email = QStringLiteral("bob@globex.com");
    bob.firstName = QStringLiteral("Robert");
    m_store->leads().add(bob);
    m_window->leadsPage()->model()->reload();

    // HubSpot's export headers; a duplicate of an earlier row (other letter case), one of a stored
    // lead, and an invalid email.
    const QString csv =
        writeFile(QStringLiteral("hubspot.csv"),
                  "Record ID,First Name,Last Name,Email,Company Name,Lead Status,Create Date,Plan\r\n"
                  "101,Ann,Archer,ann@acme.io,Acme,OPEN_DEAL,2024-03-01,Gold\r\n"
                  "102,Bob,Baker,bob@globex.com,Globex,NEW,2024-03-02,Silver\r\n"
                  "103,Cid,Cole,not-an-email,Initech,NEW,,Bronze\r\n"
                  "104,Dee,Dunn,dee@hooli.com,Hooli,,2024-03-04,\r\n"
                  "105,Ann,Archer-Smith,ANN@acme.io,,CUSTOMER,,Platinum\r\n");

    ImportWizard* wizard = openWizard();
    QCOMPARE(wizard->currentId(), int(ImportWizard::FilePageId));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());

    // 1. The file: typed, previewed, its format named.
    auto* pathEdit = child<QLineEdit>(wizard, QStringLiteral("filePathEdit"));
    pathEdit->setFocus();
    QTest::keyClicks(pathEdit, csv);
    QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    auto* preview = child<QTableWidget>(wizard, QStringLiteral("previewTable"));
    QCOMPARE(preview->rowCount(), 5);
    QCOMPARE(preview->columnCount(), 8);
    QCOMPARE(preview->horizontalHeaderItem(3)->text(), QStringLiteral("Email"));
    QCOMPARE(preview->item(2, 3)->text(), QStringLiteral("not-an-email"));
    const QString format = labelText(wizard, "formatLabel");
    QVERIFY2(format.contains(QStringLiteral("commas")) && format.contains(QStringLiteral("UTF-8")) &&
                 format.contains(QStringLiteral("hubspot.csv")),
             qPrintable(format));
    QVERIFY(!child<QLabel>(wizard, QStringLiteral("fileErrorLabel"))->isVisible());
    next(wizard);

    // 2. The mapping, guessed from the headers.
    const auto combo = [&](int column) {
        return child<QComboBox>(wizard, QStringLiteral("mapCombo_%1").arg(column));
    };
    const QStringList guessed{QStringLiteral("Ignore"),    QStringLiteral("First name"),
                              QStringLiteral("Last name"), QStringLiteral("Email"),
                              QStringLiteral("Company"),   QStringLiteral("Status"),
                              QStringLiteral("Created"),   QStringLiteral("Ignore")};
    for (int column = 0; column < guessed.size(); ++column) {
        QCOMPARE(combo(column)->currentText(), guessed.at(column));
    }
    QVERIFY(combo(0)->findText(QStringLiteral("Updated")) < 0);
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    auto* hint = child<QLabel>(wizard, QStringLiteral("mappingHint"));
    QVERIFY(!hint->isVisible());

    // Without an email column there is nothing to import.
    combo(3)->setCurrentIndex(combo(3)->findText(QStringLiteral("Ignore")));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(hint->isVisible());
    QVERIFY2(hint->text().contains(QStringLiteral("Email")), qPrintable(hint->text()));
    combo(3)->setCurrentIndex(combo(3)->findText(QStringLiteral("Email")));
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());

    // "Plan" goes to a new custom field, which needs a name.
    combo(7)->setCurrentIndex(combo(7)->findText(QStringLiteral("New custom field…")));
    auto* newName = child<QLineEdit>(wizard, QStringLiteral("newFieldName_7"));
    QVERIFY(newName->isVisible());
    QCOMPARE(newName->text(), QStringLiteral("Plan"));
    newName->clear();
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY2(hint->text().contains(QStringLiteral("Name the new custom field")), qPrintable(hint->text()));
    QTest::keyClicks(newName, QStringLiteral("company")); // the store would refuse it at import time
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY2(hint->text().contains(QStringLiteral("already a lead field")), qPrintable(hint->text()));
    newName->clear();
    QTest::keyClicks(newName, QStringLiteral("Plan tier"));
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(CustomFieldRepository(m_store->database()).list().isEmpty()); // created only by the import
    next(wizard);

    // 3. Options: overwrite duplicates, record consent.
    auto* consentNote = child<QLabel>(wizard, QStringLiteral("consentNote"));
    QVERIFY2(consentNote->text().contains(QStringLiteral("no consent is recorded")),
             qPrintable(consentNote->text()));
    click(child<QRadioButton>(wizard, QStringLiteral("duplicateOverwrite")));
    auto* basis = child<QComboBox>(wizard, QStringLiteral("consentBasisCombo"));
    basis->setCurrentIndex(basis->findText(QStringLiteral("Existing customer")));
    QVERIFY(basis->currentIndex() > 0);
    QVERIFY2(!consentNote->text().contains(QStringLiteral("no consent")), qPrintable(consentNote->text()));
    QTest::keyClicks(child<QLineEdit>(wizard, QStringLiteral("consentSourceEdit")),
                     QStringLiteral("CRM migration 2026"));

    // 4. Import, and wait for it on the worker thread.
    QSignalSpy finished(wizard, &ImportWizard::importFinished);
    click(wizard->button(QWizard::CommitButton));
    QVERIFY(finished.count() == 1 || finished.wait(20000));

    // 5. The summary.
    QCOMPARE(wizard->currentId(), int(ImportWizard::SummaryPageId));
    QCOMPARE(labelText(wizard, "addedCount"), QStringLiteral("2"));
    QCOMPARE(labelText(wizard, "updatedCount"), QStringLiteral("2"));
    QCOMPARE(labelText(wizard, "skippedCount"), QStringLiteral("0"));
    QCOMPARE(labelText(wizard, "rejectedCount"), QStringLiteral("1"));
    auto* rejected = child<QTableView>(wizard, QStringLiteral("rejectedTable"));
    QAbstractItemModelTester tester(rejected->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(rejected->model()->rowCount(), 1);
    QCOMPARE(rejected->model()->index(0, 0).data().toLongLong(), 4LL); // the physical line
    QVERIFY2(rejected->model()->index(0, 1).data().toString().contains(QStringLiteral("email")),
             qPrintable(rejected->model()->index(0, 1).data().toString()));

    // Rejected rows saved for fixing: the file's columns, then line and reason.
    const QString rejectedFile = m_dir->file(QStringLiteral("rejected.csv"));
    QVERIFY(wizard->saveRejectedRowsTo(rejectedFile));
    QFile saved(rejectedFile);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = saved.readAll().split('\n');
    QCOMPARE(
        lines.value(0).trimmed(),
        QByteArray(
            "Record ID,First Name,Last Name,Email,Company Name,Lead Status,Create Date,Plan,line,reason"));
    QVERIFY2(lines.value(1).startsWith("103,Cid,Cole,not-an-email,Initech,NEW,,Bronze,4,"),
             lines.value(1).constData());
    QVERIFY(labelText(wizard, "savedRejectedLabel").contains(rejectedFile));

    // The store: new leads, overwritten fields, the new custom field, the consent.
    QCOMPARE(m_store->leads().count(), 3);
    const std::optional<Lead> ann = m_store->leads().findByEmail(QStringLiteral("ann@acme.io"));
    QVERIFY(ann);
    QCOMPARE(ann->lastName, QStringLiteral("Archer-Smith"));
    QCOMPARE(ann->status, LeadStatus::Customer);
    QCOMPARE(m_store->leads().findByEmail(QStringLiteral("bob@globex.com"))->firstName,
             QStringLiteral("Bob"));
    QCOMPARE(m_store->leads().findByEmail(QStringLiteral("dee@hooli.com"))->company, QStringLiteral("Hooli"));
    QVERIFY(CustomFieldRepository(m_store->database()).findByName(QStringLiteral("Plan tier")));
    QString consentBasis;
    m_store->database().forEachRow(
        m_store->database().prepare(QStringLiteral("SELECT consent_basis, consent_source FROM imports")),
        [&](const QSqlQuery& row) {
            consentBasis = row.value(0).toString() + QLatin1Char('|') + row.value(1).toString();
        });
    QCOMPARE(consentBasis, QStringLiteral("Existing customer|CRM migration 2026"));

    // The main window already shows them.
    LeadTableModel* model = m_window->leadsPage()->model();
    QTRY_COMPARE(model->rowCount(), 3);
    QVERIFY(model->rowOfId(ann->id) >= 0);
    QCOMPARE(model->index(model->rowOfId(ann->id), static_cast<int>(LeadField::LastName)).data().toString(),
             QStringLiteral("Archer-Smith"));
    QCOMPARE(labelText(m_window.get(), "countLabel"), QStringLiteral("3 leads"));
    QCOMPARE(m_window->statusBar()->currentMessage(),
             QStringLiteral("Imported hubspot.csv: 2 added, 2 updated."));

    // Finish closes it.
    click(wizard->button(QWizard::FinishButton));
    QTRY_VERIFY(!m_window->findChild<ImportWizard*>());
}

void TestImportWizard::unreadableFileIsExplainedAndBlocksNext()
{
    ImportWizard* wizard = openWizard();
    auto* error = child<QLabel>(wizard, QStringLiteral("fileErrorLabel"));

    wizard->setFilePath(m_dir->file(QStringLiteral("missing.csv")));
    QVERIFY(error->isVisible());
    QCOMPARE(error->textFormat(), Qt::PlainText);
    QVERIFY2(error->text().contains(QStringLiteral("There is no file")), qPrintable(error->text()));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());

    wizard->setFilePath(
        writeFile(QStringLiteral("photo.csv"), QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("binary")), qPrintable(error->text()));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(!child<QTableWidget>(wizard, QStringLiteral("previewTable"))->isVisible());

    wizard->setFilePath(writeFile(QStringLiteral("ok.csv"), "email\nann@acme.io\n"));
    QVERIFY(!error->isVisible());
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());

    // Esc before the import closes the wizard without asking.
    QTest::keyClick(wizard, Qt::Key_Escape);
    QTRY_VERIFY(!m_window->findChild<ImportWizard*>());
}

void TestImportWizard::failedImportSaysWhyAndChangesNothing()
{
    const QString csv = writeFile(QStringLiteral("gone.csv"), "email,first_name\nann@acme.io,Ann\n");
    ImportWizard* wizard = openWizard();
    wizard->setFilePath(csv);
    next(wizard);
    next(wizard);
    QVERIFY(QFile::remove(csv)); // another program moved it away meanwhile

    QSignalSpy finished(wizard, &ImportWizard::importFinished);
    click(wizard->button(QWizard::CommitButton));
    QVERIFY(finished.count() == 1 || finished.wait(10000));
    QCOMPARE(wizard->currentId(), int(ImportWizard::SummaryPageId));
    const QString message = labelText(wizard, "summaryMessage");
    QVERIFY2(message.contains(QStringLiteral("There is no file")) &&
                 message.contains(QStringLiteral("The workspace was not changed.")),
             qPrintable(message));
    QVERIFY(!child<QWidget>(wizard, QStringLiteral("summaryCounts"))->isVisible());
    QVERIFY(!wizard->changedLeads());
    QCOMPARE(m_store->leads().count(), 0);
    QCOMPARE(importsRecorded(), 0);
}

void TestImportWizard::cancelLeavesTheStoreUnchanged()
{
    Lead existing;
    existing.email = QStringLiteral("keep@example.com");
    m_store->leads().add(existing);
    m_window->leadsPage()->model()->reload();

    QByteArray content("email,first_name,last_name,company,tags\n");
    constexpr int kRows = 200000;
    content.reserve(kRows * 60);
    for (int i = 0; i < kRows; ++i) {
        content += "person" + QByteArray::number(i) + "@example.com,First" + QByteArray::number(i) +
                   ",Last,Company " + QByteArray::number(i % 500) + ",\"a,b\"\n";
    }
    const QString csv = writeFile(QStringLiteral("big.csv"), content);

    ImportWizard* wizard = openWizard();
    wizard->setFilePath(csv);
    next(wizard);
    next(wizard);
    QTest::keyClicks(child<QComboBox>(wizard, QStringLiteral("consentBasisCombo")),
                     QStringLiteral("Legitimate interest"));

    auto* bar = child<QProgressBar>(wizard, QStringLiteral("importProgress"));
    QSignalSpy moved(bar, &QProgressBar::valueChanged);
    QSignalSpy finished(wizard, &ImportWizard::importFinished);
    click(wizard->button(QWizard::CommitButton));
    QCOMPARE(wizard->currentId(), int(ImportWizard::ProgressPageId));
    QVERIFY(!wizard->button(QWizard::BackButton)->isVisible());
    // The first report of progress came through the event loop: the window kept working.
    QVERIFY(moved.wait(20000));
    QVERIFY(finished.isEmpty());
    click(child<QPushButton>(wizard, QStringLiteral("cancelImportButton")));
    QVERIFY2(labelText(wizard, "importStatusLabel").contains(QStringLiteral("Cancelling")),
             qPrintable(labelText(wizard, "importStatusLabel")));
    // Esc or closing the window while it stops only asks it to stop, again.
    QTest::keyClick(wizard, Qt::Key_Escape);
    QVERIFY(finished.count() == 1 || wizard->isVisible());
    QVERIFY(finished.count() == 1 || finished.wait(20000));

    QCOMPARE(wizard->currentId(), int(ImportWizard::SummaryPageId));
    QVERIFY(wizard->isVisible());
    QCOMPARE(labelText(wizard, "summaryMessage"), QStringLiteral("Import cancelled; nothing was changed."));
    QCOMPARE(wizard->outcome()->result, ImportOutcome::Result::Cancelled);
    QVERIFY(!wizard->changedLeads());
    QCOMPARE(m_store->leads().count(), 1);
    QCOMPARE(importsRecorded(), 0);
    QCOMPARE(m_window->leadsPage()->model()->rowCount(), 1);
    QCOMPARE(labelText(m_window.get(), "countLabel"), QStringLiteral("1 lead"));
    click(wizard->button(QWizard::FinishButton));
    QTRY_VERIFY(!m_window->findChild<ImportWizard*>());
}

void TestImportWizard::exportsTheSearchWithFormulasDefused()
{
    QMenu* file = m_window->menuBar()->findChild<QMenu*>(QStringLiteral("menuFile"));
    auto* exportAction = child<QAction>(m_window.get(), QStringLiteral("actionExportLeads"));
    QVERIFY(file->actions().contains(exportAction));
    QVERIFY(file->actions().contains(child<QAction>(m_window.get(), QStringLiteral("actionImportLeads"))));
    QCOMPARE(exportAction->shortcut(), QKeySequence(QStringLiteral("Ctrl+E")));

    const auto add = [&](const char* email, const char* firstName, const char* company) {
        Lead lead;
        lead.email = QLatin1String(email);
        lead.firstName = QLatin1String(firstName);
        lead.company = QLatin1String(company);
        m_store->leads().add(lead);
    };
    add("ann@acme.io", "=SUM(A1)", "Acme");
    add("bob@globex.com", "Bob", "Globex");
    add("cid@acme.io", "Cid", "Acme");
    m_window->leadsPage()->model()->reload();

    // Export what the table shows: the search for "acme".
    auto* search = child<QLineEdit>(m_window.get(), QStringLiteral("searchField"));
    QTest::keyClicks(search, QStringLiteral("acme"));
    QTRY_COMPARE(m_window->leadsPage()->model()->rowCount(), 2);

    const QString path = m_dir->file(QStringLiteral("out/leads.csv"));
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QSignalSpy finished(m_window->exportController(), &ExportController::exportFinished);
    m_window->exportTo(path);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().toBool(), true);
    const QString status = m_window->statusBar()->currentMessage();
    QVERIFY2(status.startsWith(QStringLiteral("Exported 2 lead")) && status.endsWith(path + QLatin1Char('.')),
             qPrintable(status));

    QFile exported(path);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(exported.readAll());
    const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.first().startsWith(QStringLiteral("email,first_name,last_name,company")));
    QVERIFY2(text.contains(QStringLiteral("ann@acme.io,'=SUM(A1),")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("cid@acme.io,Cid,")));
    QVERIFY(!text.contains(QStringLiteral("bob@globex.com")));

    // A file that cannot be written is explained, and nothing is claimed in the status bar.
    m_window->statusBar()->clearMessage();
    m_window->exportTo(m_dir->file(QStringLiteral("no/such/folder/leads.csv")));
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.last().first().toBool(), false);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("no/such/folder")),
             qPrintable(MessageBox::lastText()));
    QVERIFY(m_window->statusBar()->currentMessage().isEmpty());
}

QTEST_MAIN(TestImportWizard)
#include "test_import_wizard.moc"
