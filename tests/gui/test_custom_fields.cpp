#include "../unit/StoreFixture.h"
#include "models/DataLocation.h"
#include "models/WorkspaceStore.h"
#include "models/leads/CustomFieldRepository.h"
#include "models/leads/LeadTableModel.h"
#include "ui/CustomFieldForm.h"
#include "ui/CustomFieldsDialog.h"
#include "ui/LeadColumnsMenu.h"
#include "ui/LeadDialog.h"
#include "ui/LeadsPage.h"
#include "ui/MessageBox.h"
#include "ui/TagCompleter.h"
#include "ui/Translations.h"
#include "ui/UiSettings.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace leadbox;

// Custom fields as a person meets them, offscreen: Settings → Custom fields to add, rename and
// delete them; their columns in the leads table, sorted by a click and hidden from the header menu;
// their editors in the lead form; and tag completion in the form.
class TestCustomFieldsGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void addsAFieldAndUsesItInTheTableAndForm();
    void renamesAndDeletesFields();
    void hidesAndShowsColumnsFromTheHeaderMenu();
    void formEditsEveryKindOfField();
    void completesTagsAlreadyInUse();

private:
    void openPage();
    CustomFieldsDialog* openSettings();
    void addField(CustomFieldsDialog* dialog, const QString& name, CustomFieldType type,
                  const QString& choices = {});
    LeadDialog* openLeadForm();
    void typeInto(QWidget* parent, const QString& objectName, const QString& text);
    void save(LeadDialog* dialog);
    QMenu* openHeaderMenu();
    void clickMenuItem(QMenu* menu, const QString& text);
    int columnOf(const QString& header) const;
    template <typename T>
    T* child(QObject* parent, const QString& objectName) const
    {
        auto* found = parent->findChild<T*>(objectName);
        if (!found) {
            qFatal("no %s", qPrintable(objectName));
        }
        return found;
    }

    std::unique_ptr<ScratchDir> m_dir;
    std::unique_ptr<WorkspaceStore> m_store;
    std::unique_ptr<UiSettings> m_settings;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<LeadsPage> m_page;
};

void TestCustomFieldsGui::initTestCase()
{
    installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestCustomFieldsGui::init()
{
    MessageBox::setNextAnswer(QMessageBox::Ok);
    m_dir = std::make_unique<ScratchDir>();
    const DataLocation location(m_dir->path());
    m_store = WorkspaceStore::openLocal(location);
    m_settings = std::make_unique<UiSettings>(location.settingsFile());
    m_undo = std::make_unique<QUndoStack>();
    openPage();
}

void TestCustomFieldsGui::cleanup()
{
    m_page.reset();
    m_undo.reset();
    m_settings.reset();
    m_store.reset();
    m_dir.reset();
}

void TestCustomFieldsGui::openPage()
{
    m_page = std::make_unique<LeadsPage>(m_store->leads(), *m_undo, *m_settings);
    LeadColumnsMenu::install(m_page->view()); // the wiring LeadsPage is to get
    m_page->resize(1400, 600);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

CustomFieldsDialog* TestCustomFieldsGui::openSettings()
{
    auto* dialog = new CustomFieldsDialog(m_store->database(), m_page.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The wiring the Settings menu is to get: the table follows the fields.
    connect(dialog, &CustomFieldsDialog::fieldsChanged, m_page->model(), &LeadTableModel::reloadCustomFields);
    dialog->open();
    [&] {
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
    }();
    return dialog;
}

void TestCustomFieldsGui::addField(CustomFieldsDialog* dialog, const QString& name, CustomFieldType type,
                                   const QString& choices)
{
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("addFieldButton")), Qt::LeftButton);
    CustomFieldForm* form = nullptr;
    QTRY_VERIFY((form = dialog->findChild<CustomFieldForm*>()) && form->isVisible());
    typeInto(form, QStringLiteral("fieldNameEdit"), name);
    auto* typeCombo = child<QComboBox>(form, QStringLiteral("fieldTypeCombo"));
    typeCombo->setCurrentIndex(typeCombo->findText(customFieldTypeLabel(type)));
    auto* choicesEdit = child<QPlainTextEdit>(form, QStringLiteral("fieldChoicesEdit"));
    QCOMPARE(choicesEdit->isVisible(), type == CustomFieldType::Choice); // asked only for a choice field
    // One choice a line, as typed: Return between them.
    const QStringList lines = choices.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0) {
            QTest::keyClick(choicesEdit, Qt::Key_Return);
        }
        QTest::keyClicks(choicesEdit, lines.at(i));
    }
    QTest::mouseClick(child<QPushButton>(form, QStringLiteral("fieldFormOkButton")), Qt::LeftButton);
}

LeadDialog* TestCustomFieldsGui::openLeadForm()
{
    m_page->addLead(); // what File → New Lead (Ctrl+N) does
    LeadDialog* dialog = nullptr;
    [&] {
        QTRY_VERIFY((dialog = m_page->findChild<LeadDialog*>()) && dialog->isVisible());
    }();
    return dialog;
}

void TestCustomFieldsGui::typeInto(QWidget* parent, const QString& objectName, const QString& text)
{
    auto* edit = child<QLineEdit>(parent, objectName);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

void TestCustomFieldsGui::save(LeadDialog* dialog)
{
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("saveButton")), Qt::LeftButton);
}

int TestCustomFieldsGui::columnOf(const QString& header) const
{
    const LeadTableModel* model = m_page->model();
    for (int column = 0; column < model->columnCount(); ++column) {
        if (model->headerData(column, Qt::Horizontal).toString() == header) {
            return column;
        }
    }
    return -1;
}

QMenu* TestCustomFieldsGui::openHeaderMenu()
{
    // A right-click on the header, as the window system delivers it.
    QHeaderView* header = m_page->view()->horizontalHeader();
    const QPoint at(header->sectionViewportPosition(0) + 5, header->height() / 2);
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, header->viewport()->mapToGlobal(at));
    QApplication::sendEvent(header->viewport(), &event);
    QMenu* menu = nullptr;
    [&] {
        QTRY_VERIFY((menu = qobject_cast<QMenu*>(QApplication::activePopupWidget())));
    }();
    return menu;
}

void TestCustomFieldsGui::clickMenuItem(QMenu* menu, const QString& text)
{
    const QList<QAction*> actions = menu->actions();
    const auto it = std::find_if(actions.cbegin(), actions.cend(), [&](const QAction* action) {
        return action->iconText() == text;
    }); // without "&"
    QVERIFY2(it != actions.cend(), qPrintable(text));
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(*it).center());
    QTRY_VERIFY(!QApplication::activePopupWidget());
}

void TestCustomFieldsGui::addsAFieldAndUsesItInTheTableAndForm()
{
    QCOMPARE(m_page->model()->columnCount(), kLeadFieldCount);

    // Settings → Custom fields → Add…: a number field.
    CustomFieldsDialog* settings = openSettings();
    QVERIFY(child<QLabel>(settings, QStringLiteral("customFieldsEmpty"))->isVisible());
    addField(settings, QStringLiteral("Budget"), CustomFieldType::Number);
    QTRY_VERIFY(!settings->findChild<CustomFieldForm*>());
    auto* list = child<QTreeWidget>(settings, QStringLiteral("customFieldsList"));
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("Budget"));
    QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("Number"));

    // The same name again is refused, in words, in the form, which keeps what was typed.
    addField(settings, QStringLiteral("budget"), CustomFieldType::Text);
    auto* form = settings->findChild<CustomFieldForm*>();
    QVERIFY(form && form->isVisible());
    auto* formError = child<QLabel>(form, QStringLiteral("fieldFormError"));
    QTRY_VERIFY(formError->isVisible());
    QCOMPARE(formError->text(), QStringLiteral("There is already a custom field named “budget”."));
    QCOMPARE(formError->textFormat(), Qt::PlainText);
    QCOMPARE(child<QLineEdit>(form, QStringLiteral("fieldNameEdit"))->text(), QStringLiteral("budget"));
    form->reject();
    QTRY_VERIFY(!settings->findChild<CustomFieldForm*>());
    settings->close();

    // Its column is in the table.
    const int budget = columnOf(QStringLiteral("Budget"));
    QCOMPARE(budget, kLeadFieldCount);
    QVERIFY(!m_page->view()->isColumnHidden(budget));

    // The lead form has an editor for it; a bad number is explained under it.
    LeadDialog* dialog = openLeadForm();
    auto* budgetEdit = child<QLineEdit>(dialog, QStringLiteral("custom_Budget"));
    QVERIFY(budgetEdit->isVisible());
    QVERIFY2(budgetEdit->placeholderText().contains(QStringLiteral("1250.5")),
             qPrintable(budgetEdit->placeholderText()));
    typeInto(dialog, QStringLiteral("emailEdit"), QStringLiteral("ann@acme.io"));
    typeInto(dialog, QStringLiteral("custom_Budget"), QStringLiteral("lots"));
    save(dialog);
    QVERIFY(dialog->isVisible());
    auto* budgetError = child<QLabel>(dialog, QStringLiteral("custom_BudgetError"));
    QVERIFY(budgetError->isVisible());
    QCOMPARE(budgetError->text(), QStringLiteral("Budget must be a number, not “lots”."));
    QCOMPARE(dialog->focusWidget(), budgetEdit);
    QCOMPARE(m_store->leads().count(), 0);

    typeInto(dialog, QStringLiteral("custom_Budget"), QStringLiteral("1500"));
    save(dialog);
    QTRY_VERIFY(!m_page->findChild<LeadDialog*>());
    QCOMPARE(m_page->model()->index(0, budget).data().toString(), QStringLiteral("1500"));
    const CustomField field =
        *CustomFieldRepository(m_store->database()).findByName(QStringLiteral("Budget"));
    QCOMPARE(m_store->leads().findByEmail(QStringLiteral("ann@acme.io"))->custom.value(field.id),
             QStringLiteral("1500"));

    // Two more leads, one without a budget.
    for (const auto& [email, amount] : {std::pair{QStringLiteral("bob@globex.com"), QStringLiteral("200")},
                                        std::pair{QStringLiteral("cy@initech.com"), QString()}}) {
        dialog = openLeadForm();
        typeInto(dialog, QStringLiteral("emailEdit"), email);
        typeInto(dialog, QStringLiteral("custom_Budget"), amount);
        save(dialog);
        QTRY_VERIFY(!m_page->findChild<LeadDialog*>());
    }

    // A click on its header sorts by it, by value; a second click turns the order round.
    QHeaderView* header = m_page->view()->horizontalHeader();
    m_page->view()->scrollTo(m_page->model()->index(0, budget));
    const QPoint budgetHeader(header->sectionViewportPosition(budget) + header->sectionSize(budget) / 2,
                              header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, budgetHeader);
    QCOMPARE(m_page->model()->sortColumn(), budget);
    const QStringList ascending{QString(), QStringLiteral("200"), QStringLiteral("1500")};
    QStringList descending = ascending;
    std::reverse(descending.begin(), descending.end());
    const auto shown = [&] {
        QStringList values;
        for (int row = 0; row < m_page->model()->rowCount(); ++row) {
            values.append(m_page->model()->index(row, budget).data().toString());
        }
        return values;
    };
    const Qt::SortOrder first = m_page->model()->sortOrder();
    QCOMPARE(shown(), first == Qt::AscendingOrder ? ascending : descending);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, budgetHeader);
    QVERIFY(m_page->model()->sortOrder() != first);
    QCOMPARE(shown(), first == Qt::AscendingOrder ? descending : ascending);
    QCOMPARE(header->sortIndicatorSection(), budget);
}

void TestCustomFieldsGui::renamesAndDeletesFields()
{
    CustomFieldsDialog* settings = openSettings();
    addField(settings, QStringLiteral("Plan"), CustomFieldType::Choice, QStringLiteral("Basic\nPro\n\n"));
    QTRY_VERIFY(!settings->findChild<CustomFieldForm*>());
    addField(settings, QStringLiteral("Region"), CustomFieldType::Text);
    QTRY_VERIFY(!settings->findChild<CustomFieldForm*>());
    auto* list = child<QTreeWidget>(settings, QStringLiteral("customFieldsList"));
    QCOMPARE(list->topLevelItemCount(), 2);
    QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("Basic, Pro"));
    QCOMPARE(list->currentItem()->text(0), QStringLiteral("Region")); // the new one is selected

    Lead lead;
    lead.email = QStringLiteral("ann@acme.io");
    const QList<CustomField> fields = settings->fields();
    lead.custom = {{fields.at(0).id, QStringLiteral("Pro")}, {fields.at(1).id, QStringLiteral("North")}};
    m_store->leads().add(lead);

    // Rename… keeps the values: they belong to the field, not its name.
    list->setCurrentItem(list->topLevelItem(1));
    QTest::mouseClick(child<QPushButton>(settings, QStringLiteral("renameFieldButton")), Qt::LeftButton);
    CustomFieldForm* form = nullptr;
    QTRY_VERIFY((form = settings->findChild<CustomFieldForm*>()) && form->isVisible());
    QVERIFY(!child<QComboBox>(form, QStringLiteral("fieldTypeCombo"))->isVisible());
    QCOMPARE(child<QLineEdit>(form, QStringLiteral("fieldNameEdit"))->text(), QStringLiteral("Region"));
    typeInto(form, QStringLiteral("fieldNameEdit"), QStringLiteral("Territory"));
    QTest::mouseClick(child<QPushButton>(form, QStringLiteral("fieldFormOkButton")), Qt::LeftButton);
    QTRY_VERIFY(!settings->findChild<CustomFieldForm*>());
    QCOMPARE(list->topLevelItem(1)->text(0), QStringLiteral("Territory"));
    const int territory = columnOf(QStringLiteral("Territory"));
    QCOMPARE(territory, kLeadFieldCount + 1);
    QCOMPARE(m_page->model()->index(0, territory).data().toString(), QStringLiteral("North"));

    // Delete asks first; Cancel keeps everything.
    list->setCurrentItem(list->topLevelItem(0));
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(child<QPushButton>(settings, QStringLiteral("deleteFieldButton")), Qt::LeftButton);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("“Plan”")), qPrintable(MessageBox::lastText()));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("(1 now)")), qPrintable(MessageBox::lastText()));
    QCOMPARE(list->topLevelItemCount(), 2);

    // Yes deletes the field, its column and its values.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(settings, QStringLiteral("deleteFieldButton")), Qt::LeftButton);
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(columnOf(QStringLiteral("Plan")), -1);
    QCOMPARE(m_page->model()->columnCount(), kLeadFieldCount + 1);
    QCOMPARE(m_page->model()->index(0, kLeadFieldCount).data().toString(), QStringLiteral("North"));
    QCOMPARE(m_store->leads().findByEmail(lead.email)->custom.size(), 1);
    QVERIFY(!child<QLabel>(settings, QStringLiteral("customFieldsError"))->isVisible());
}

void TestCustomFieldsGui::hidesAndShowsColumnsFromTheHeaderMenu()
{
    CustomFieldRepository(m_store->database()).create(QStringLiteral("Budget"), CustomFieldType::Number);
    m_page->model()->reloadCustomFields();
    QTableView* view = m_page->view();
    const int budget = columnOf(QStringLiteral("Budget"));

    // The menu lists every column, each ticked while shown.
    QMenu* menu = openHeaderMenu();
    QStringList listed;
    for (const QAction* action : menu->actions()) {
        if (action->isCheckable()) {
            listed.append(action->text());
            QVERIFY(action->isChecked());
        }
    }
    QCOMPARE(listed.size(), kLeadFieldCount + 1);
    QCOMPARE(listed.first(), QStringLiteral("Email"));
    QCOMPARE(listed.last(), QStringLiteral("Budget"));
    clickMenuItem(menu, QStringLiteral("Budget"));
    QVERIFY(view->isColumnHidden(budget));
    clickMenuItem(openHeaderMenu(), QStringLiteral("Company"));
    QVERIFY(view->isColumnHidden(static_cast<int>(LeadField::Company)));

    // A field added now starts visible; the hidden ones stay hidden.
    CustomFieldsDialog* settings = openSettings();
    addField(settings, QStringLiteral("Region"), CustomFieldType::Text);
    QTRY_VERIFY(!settings->findChild<CustomFieldForm*>());
    settings->close();
    QVERIFY(!view->isColumnHidden(columnOf(QStringLiteral("Region"))));
    QVERIFY(view->isColumnHidden(budget));

    // Hidden columns come back hidden next time: they are part of the saved header layout.
    m_page->saveLayout();
    openPage();
    view = m_page->view();
    QVERIFY(view->isColumnHidden(budget));
    QVERIFY(view->isColumnHidden(static_cast<int>(LeadField::Company)));
    QVERIFY(!view->isColumnHidden(columnOf(QStringLiteral("Region"))));

    // Ticking it again shows it; Show All Columns brings back the rest.
    menu = openHeaderMenu();
    const QList<QAction*> actions = menu->actions();
    QVERIFY(!std::find_if(actions.cbegin(), actions.cend(),
                          [](const QAction* action) { return action->text() == QStringLiteral("Budget"); })[0]
                 ->isChecked());
    clickMenuItem(menu, QStringLiteral("Budget"));
    QVERIFY(!view->isColumnHidden(budget));
    QVERIFY(view->columnWidth(budget) > 0);
    clickMenuItem(openHeaderMenu(), QStringLiteral("Show All Columns"));
    QVERIFY(!view->isColumnHidden(static_cast<int>(LeadField::Company)));

    // The last column shown cannot be hidden.
    for (int column = 1; column < m_page->model()->columnCount(); ++column) {
        view->setColumnHidden(column, true);
    }
    menu = openHeaderMenu();
    QVERIFY(!menu->actions().first()->isEnabled());
    menu->close();
}

void TestCustomFieldsGui::formEditsEveryKindOfField()
{
    CustomFieldRepository fields(m_store->database());
    const CustomField plan = fields.create(QStringLiteral("Plan"), CustomFieldType::Choice,
                                           {QStringLiteral("Basic"), QStringLiteral("Pro")});
    const CustomField renewal = fields.create(QStringLiteral("Renewal"), CustomFieldType::Date);
    const CustomField partner = fields.create(QStringLiteral("Partner"), CustomFieldType::Boolean);
    const CustomField notes = fields.create(QStringLiteral("R&D notes"), CustomFieldType::Text);
    m_page->model()->reloadCustomFields();

    Lead lead;
    lead.email = QStringLiteral("ann@acme.io");
    lead.custom = {{plan.id, QStringLiteral("Pro")}, {renewal.id, QStringLiteral("2026-11-29")}};
    m_store->leads().add(lead);

    // Edit the lead from the table.
    QTableView* view = m_page->view();
    view->setFocus();
    view->selectRow(0);
    m_page->editCurrentLead();
    LeadDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_page->findChild<LeadDialog*>()) && dialog->isVisible());
    auto* planCombo = child<QComboBox>(dialog, QStringLiteral("custom_Plan"));
    QCOMPARE(planCombo->count(), 3);
    QCOMPARE(planCombo->itemText(0), QString()); // no choice is a choice
    QCOMPARE(planCombo->currentText(), QStringLiteral("Pro"));
    auto* renewalEdit = child<QLineEdit>(dialog, QStringLiteral("custom_Renewal"));
    QCOMPARE(renewalEdit->text(), QStringLiteral("2026-11-29"));
    QCOMPARE(renewalEdit->placeholderText(), QStringLiteral("YYYY-MM-DD"));
    auto* partnerCheck = child<QCheckBox>(dialog, QStringLiteral("custom_Partner"));
    QVERIFY(!partnerCheck->isChecked());
    QVERIFY(dialog->findChild<QLineEdit*>(QStringLiteral("custom_R&D notes")));
    // The label shows the name as typed, "&" and all.
    const auto labels = dialog->findChildren<QLabel*>();
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(),
                        [](const QLabel* label) { return label->text() == QStringLiteral("R&&D notes:"); }));

    // A date another way round is understood and stored as a date; a bad one is explained.
    typeInto(dialog, QStringLiteral("custom_Renewal"), QStringLiteral("31.02.2027"));
    save(dialog);
    auto* renewalError = child<QLabel>(dialog, QStringLiteral("custom_RenewalError"));
    QVERIFY(renewalError->isVisible());
    QVERIFY2(renewalError->text().contains(QStringLiteral("must be a date")),
             qPrintable(renewalError->text()));
    typeInto(dialog, QStringLiteral("custom_Renewal"), QStringLiteral("28.02.2027"));
    planCombo->setCurrentIndex(0);
    QTest::mouseClick(partnerCheck, Qt::LeftButton);
    save(dialog);
    QTRY_VERIFY(!m_page->findChild<LeadDialog*>());

    const Lead stored = *m_store->leads().findByEmail(lead.email);
    QCOMPARE(stored.custom, (QMap<QString, QString>{{renewal.id, QStringLiteral("2027-02-28")},
                                                    {partner.id, QStringLiteral("true")}}));
    QCOMPARE(m_page->model()->index(0, columnOf(QStringLiteral("Partner"))).data().toString(),
             QStringLiteral("✓"));
    QCOMPARE(m_page->model()->index(0, columnOf(QStringLiteral("Renewal"))).data().toString(),
             QStringLiteral("2/28/27"));
    QCOMPARE(m_undo->count(), 1);

    // Opening and saving without a change stores nothing and leaves no undo step.
    view->selectRow(0);
    m_page->editCurrentLead();
    QTRY_VERIFY((dialog = m_page->findChild<LeadDialog*>()) && dialog->isVisible());
    save(dialog);
    QTRY_VERIFY(!m_page->findChild<LeadDialog*>());
    QCOMPARE(m_undo->count(), 1);
    QCOMPARE(m_store->leads().findByEmail(lead.email)->custom, stored.custom);
}

void TestCustomFieldsGui::completesTagsAlreadyInUse()
{
    Lead tagged;
    tagged.email = QStringLiteral("ann@acme.io");
    tagged.tags = {QStringLiteral("trade show"), QStringLiteral("VIP")};
    m_store->leads().add(tagged);

    LeadDialog* dialog = openLeadForm();
    auto* tags = child<QLineEdit>(dialog, QStringLiteral("tagsEdit"));
    auto* completer = child<TagCompleter>(dialog, QStringLiteral("tagCompleter"));
    tags->setFocus();
    QTest::keyClicks(tags, QStringLiteral("vip, TRA"));
    // The word after the last comma is completed, whatever its case.
    QTRY_VERIFY(completer->popup()->isVisible());
    QCOMPARE(completer->completionCount(), 1);
    QCOMPARE(completer->currentCompletion(), QStringLiteral("trade show"));
    QTest::keyClick(completer->popup(), Qt::Key_Down);
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QTRY_VERIFY(!completer->popup()->isVisible());
    QCOMPARE(tags->text(), QStringLiteral("vip, trade show"));

    // A tag already in the field is not offered again.
    QTest::keyClicks(tags, QStringLiteral(", v"));
    QVERIFY(!completer->popup()->isVisible());
    QTest::keyClicks(tags, QStringLiteral("ipx"));
    QVERIFY(!completer->popup()->isVisible());

    typeInto(dialog, QStringLiteral("emailEdit"), QStringLiteral("bob@globex.com"));
    typeInto(dialog, QStringLiteral("tagsEdit"), QStringLiteral("tr"));
    QTRY_VERIFY(completer->popup()->isVisible());
    QTest::mouseClick(completer->popup()->viewport(), Qt::LeftButton, {},
                      completer->popup()->visualRect(completer->popup()->model()->index(0, 0)).center());
    QCOMPARE(tags->text(), QStringLiteral("trade show"));
    save(dialog);
    QTRY_VERIFY(!m_page->findChild<LeadDialog*>());
    QCOMPARE(m_store->leads().findByEmail(QStringLiteral("bob@globex.com"))->tags,
             QStringList{QStringLiteral("trade show")});
}

QTEST_MAIN(TestCustomFieldsGui)
#include "test_custom_fields.moc"
