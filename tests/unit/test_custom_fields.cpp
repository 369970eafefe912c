#include "StoreFixture.h"
#include "models/DataLocation.h"
#include "models/StoreError.h"
#include "models/WorkspaceStore.h"
#include "models/leads/CustomFieldRepository.h"
#include "models/leads/LeadOrder.h"
#include "models/leads/LeadTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace leadbox;

namespace {

// What the table shows in one column, top to bottom.
QStringList column(const LeadTableModel& model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row) {
        values.append(model.index(row, column).data().toString());
    }
    return values;
}

QStringList emails(const LeadOrder& order, LeadRepository& leads)
{
    std::vector<qint64> rowIds;
    for (qint64 position = 0; position < order.size(); ++position) {
        rowIds.push_back(order.rowIdAt(position));
    }
    QStringList result;
    for (const Lead& lead : leads.byRowIds(rowIds)) {
        result.append(lead.email);
    }
    return result;
}

} // namespace

// Custom fields as the leads table shows them: a column each, readable values, sorting by them
// (numbers by value, choices in their listed order), and columns that come and go with the fields.
class TestCustomFields : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsAColumnPerCustomField();
    void showsValuesTheWayTheLocaleWritesThem();
    void addsRenamesAndRemovesColumnsWithoutAReset();
    void sortsNumbersByValue();
    void sortsTextDatesAndChoices();
    void keepsTheCustomSortThroughSearchAndEdits();
    void fallsBackToTheDefaultSortWhenItsFieldIsDeleted();
    void bindsTheFieldIdInsteadOfSplicingIt();
    void checksChoicesAndCountsValues();
    void listsEachTagOnceInAlphabeticalOrder();

private:
    Lead addLead(const QString& email, const QMap<QString, QString>& custom = {});
    std::unique_ptr<LeadTableModel> makeModel();

    std::unique_ptr<ScratchDir> m_dir;
    std::unique_ptr<WorkspaceStore> m_store;
    std::unique_ptr<CustomFieldRepository> m_fields;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestCustomFields::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestCustomFields::init()
{
    m_dir = std::make_unique<ScratchDir>();
    m_store = WorkspaceStore::openLocal(DataLocation(m_dir->path()));
    m_fields = std::make_unique<CustomFieldRepository>(m_store->database());
}

void TestCustomFields::cleanup()
{
    m_tester.reset();
    m_fields.reset();
    m_store.reset();
    m_dir.reset();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

Lead TestCustomFields::addLead(const QString& email, const QMap<QString, QString>& custom)
{
    Lead lead;
    lead.email = email;
    lead.custom = custom;
    return m_store->leads().add(lead);
}

std::unique_ptr<LeadTableModel> TestCustomFields::makeModel()
{
    auto model = std::make_unique<LeadTableModel>(m_store->leads());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    return model;
}

void TestCustomFields::showsAColumnPerCustomField()
{
    const CustomField budget = m_fields->create(QStringLiteral("Budget"), CustomFieldType::Number);
    const CustomField plan = m_fields->create(QStringLiteral("Plan"), CustomFieldType::Choice,
                                              {QStringLiteral("Basic"), QStringLiteral("Pro")});
    addLead(QStringLiteral("ann@example.com"),
            {{budget.id, QStringLiteral("1500")}, {plan.id, QStringLiteral("Pro")}});
    addLead(QStringLiteral("bob@example.com"));

    const auto model = makeModel();
    QCOMPARE(model->columnCount(), kLeadFieldCount + 2);
    QCOMPARE(model->headerData(kLeadFieldCount, Qt::Horizontal).toString(), QStringLiteral("Budget"));
    QCOMPARE(model->headerData(kLeadFieldCount + 1, Qt::Horizontal).toString(), QStringLiteral("Plan"));
    // The built-in columns are where they were.
    QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Email"));
    QCOMPARE(model->headerData(kLeadFieldCount - 1, Qt::Horizontal).toString(), QStringLiteral("Updated"));

    const int ann = model->rowOfId(m_store->leads().findByEmail(QStringLiteral("ann@example.com"))->id);
    const int bob = model->rowOfId(m_store->leads().findByEmail(QStringLiteral("bob@example.com"))->id);
    QCOMPARE(model->index(ann, kLeadFieldCount).data().toString(), QStringLiteral("1500"));
    QCOMPARE(model->index(ann, kLeadFieldCount + 1).data().toString(), QStringLiteral("Pro"));
    QCOMPARE(model->index(bob, kLeadFieldCount).data().toString(), QString());
    QCOMPARE(model->index(bob, kLeadFieldCount + 1).data().toString(), QString());
    // Numbers line up on the right, like in a spreadsheet.
    QCOMPARE(model->index(ann, kLeadFieldCount).data(Qt::TextAlignmentRole).toInt(),
             (Qt::AlignRight | Qt::AlignVCenter).toInt());
    QVERIFY(!model->index(ann, kLeadFieldCount + 1).data(Qt::TextAlignmentRole).isValid());
    QCOMPARE(model->customFieldAt(kLeadFieldCount + 1)->id, plan.id);
    QVERIFY(!model->customFieldAt(0));
}

void TestCustomFields::showsValuesTheWayTheLocaleWritesThem()
{
    const CustomField renewal = m_fields->create(QStringLiteral("Renewal"), CustomFieldType::Date);
    const CustomField partner = m_fields->create(QStringLiteral("Partner"), CustomFieldType::Boolean);
    const CustomField seats = m_fields->create(QStringLiteral("Seats"), CustomFieldType::Number);
    addLead(QStringLiteral("ann@example.com"), {{renewal.id, QStringLiteral("2026-11-29")},
                                                {partner.id, QStringLiteral("true")},
                                                {seats.id, QStringLiteral("1250.5")}});
    addLead(QStringLiteral("bob@example.com"), {{partner.id, QStringLiteral("false")}});
    const auto model = makeModel();
    model->sort(static_cast<int>(LeadField::Email), Qt::AscendingOrder);

    const int renewalColumn = kLeadFieldCount;
    const int partnerColumn = kLeadFieldCount + 1;
    const int seatsColumn = kLeadFieldCount + 2;
    QCOMPARE(model->index(0, renewalColumn).data().toString(), QStringLiteral("11/29/26"));
    QCOMPARE(model->index(0, partnerColumn).data().toString(), QStringLiteral("✓"));
    QCOMPARE(model->index(0, partnerColumn).data(Qt::ToolTipRole).toString(), QStringLiteral("Yes"));
    QCOMPARE(model->index(1, partnerColumn).data().toString(), QString()); // "no" shows as an empty box
    QCOMPARE(model->index(1, partnerColumn).data(Qt::ToolTipRole).toString(), QStringLiteral("No"));
    QCOMPARE(model->index(0, seatsColumn).data().toString(), QStringLiteral("1250.5"));

    // A German user reads the date and the decimal comma their way; no thousands separator, so what
    // is shown can be typed back.
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(model->index(0, renewalColumn).data().toString(), QStringLiteral("29.11.26"));
    QCOMPARE(model->index(0, seatsColumn).data().toString(), QStringLiteral("1250,5"));
}

void TestCustomFields::addsRenamesAndRemovesColumnsWithoutAReset()
{
    const CustomField budget = m_fields->create(QStringLiteral("Budget"), CustomFieldType::Number);
    addLead(QStringLiteral("ann@example.com"), {{budget.id, QStringLiteral("10")}});
    const auto model = makeModel();
    QCOMPARE(model->columnCount(), kLeadFieldCount + 1);

    QSignalSpy inserted(model.get(), &LeadTableModel::columnsInserted);
    QSignalSpy removed(model.get(), &LeadTableModel::columnsRemoved);
    QSignalSpy headerChanged(model.get(), &LeadTableModel::headerDataChanged);
    QSignalSpy reset(model.get(), &LeadTableModel::modelReset);

    const CustomField region = m_fields->create(QStringLiteral("Region"), CustomFieldType::Text);
    m_store->leads().update([&] {
        Lead lead = *m_store->leads().findByEmail(QStringLiteral("ann@example.com"));
        lead.custom.insert(region.id, QStringLiteral("North"));
        return lead;
    }());
    reset.clear(); // the edit reloads the rows; the fields change must not
    model->reloadCustomFields();
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), kLeadFieldCount + 1);
    QCOMPARE(model->headerData(kLeadFieldCount + 1, Qt::Horizontal).toString(), QStringLiteral("Region"));
    QCOMPARE(model->index(0, kLeadFieldCount + 1).data().toString(), QStringLiteral("North"));

    m_fields->rename(budget.id, QStringLiteral("Deal size"));
    model->reloadCustomFields();
    QCOMPARE(headerChanged.size(), 1);
    QCOMPARE(model->headerData(kLeadFieldCount, Qt::Horizontal).toString(), QStringLiteral("Deal size"));

    // Deleting the first custom field takes its column out; the next one moves up with its values.
    m_fields->remove(budget.id);
    model->reloadCustomFields();
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.first().at(1).toInt(), kLeadFieldCount);
    QCOMPARE(model->columnCount(), kLeadFieldCount + 1);
    QCOMPARE(model->headerData(kLeadFieldCount, Qt::Horizontal).toString(), QStringLiteral("Region"));
    QCOMPARE(model->index(0, kLeadFieldCount).data().toString(), QStringLiteral("North"));
    QCOMPARE(reset.size(), 0);

    // Nothing changed: nothing is announced.
    model->reloadCustomFields();
    QCOMPARE(inserted.size() + removed.size() + headerChanged.size(), 3);
}

void TestCustomFields::sortsNumbersByValue()
{
    const CustomField budget = m_fields->create(QStringLiteral("Budget"), CustomFieldType::Number);
    addLead(QStringLiteral("a@example.com"), {{budget.id, QStringLiteral("100")}});
    addLead(QStringLiteral("b@example.com"), {{budget.id, QStringLiteral("9")}});
    addLead(QStringLiteral("c@example.com"));
    addLead(QStringLiteral("d@example.com"), {{budget.id, QStringLiteral("10.5")}});
    addLead(QStringLiteral("e@example.com"), {{budget.id, QStringLiteral("-3")}});
    const auto model = makeModel();
    const int budgetColumn = kLeadFieldCount;

    model->sort(budgetColumn, Qt::AscendingOrder);
    QCOMPARE(model->sortColumn(), budgetColumn);
    QCOMPARE(model->sortCustomFieldId(), budget.id);
    // By value, not as text ("100" < "9"); a lead without one first.
    QCOMPARE(column(*model, budgetColumn), (QStringList{QString(), QStringLiteral("-3"), QStringLiteral("9"),
                                                        QStringLiteral("10.5"), QStringLiteral("100")}));
    model->sort(budgetColumn, Qt::DescendingOrder);
    QCOMPARE(column(*model, budgetColumn),
             (QStringList{QStringLiteral("100"), QStringLiteral("10.5"), QStringLiteral("9"),
                          QStringLiteral("-3"), QString()}));

    // Back to a built-in column.
    model->sort(static_cast<int>(LeadField::Email), Qt::AscendingOrder);
    QVERIFY(model->sortCustomFieldId().isEmpty());
    QCOMPARE(model->sortColumn(), static_cast<int>(LeadField::Email));
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("a@example.com"));
}

void TestCustomFields::sortsTextDatesAndChoices()
{
    const CustomField region = m_fields->create(QStringLiteral("Region"), CustomFieldType::Text);
    const CustomField renewal = m_fields->create(QStringLiteral("Renewal"), CustomFieldType::Date);
    const CustomField plan =
        m_fields->create(QStringLiteral("Plan"), CustomFieldType::Choice,
                         {QStringLiteral("Basic"), QStringLiteral("Pro"), QStringLiteral("Enterprise")});
    addLead(QStringLiteral("a@example.com"), {{region.id, QStringLiteral("south")},
                                              {renewal.id, QStringLiteral("2027-01-05")},
                                              {plan.id, QStringLiteral("Enterprise")}});
    addLead(QStringLiteral("b@example.com"), {{region.id, QStringLiteral("North")},
                                              {renewal.id, QStringLiteral("2026-12-31")},
                                              {plan.id, QStringLiteral("Basic")}});
    addLead(QStringLiteral("c@example.com"), {{region.id, QStringLiteral("east")},
                                              {renewal.id, QStringLiteral("2026-02-01")},
                                              {plan.id, QStringLiteral("Pro")}});
    const auto model = makeModel();

    const auto emailsSortedBy = [&](const CustomField& field, Qt::SortOrder order) {
        return emails(LeadOrder::ranking(m_store->database(), field, order), m_store->leads());
    };
    // Text ignores case.
    QCOMPARE(emailsSortedBy(region, Qt::AscendingOrder),
             (QStringList{QStringLiteral("c@example.com"), QStringLiteral("b@example.com"),
                          QStringLiteral("a@example.com")}));
    // Dates by day, across years.
    QCOMPARE(emailsSortedBy(renewal, Qt::AscendingOrder),
             (QStringList{QStringLiteral("c@example.com"), QStringLiteral("b@example.com"),
                          QStringLiteral("a@example.com")}));
    // Choices in the order the field lists them, not alphabetically.
    QCOMPARE(emailsSortedBy(plan, Qt::AscendingOrder),
             (QStringList{QStringLiteral("b@example.com"), QStringLiteral("c@example.com"),
                          QStringLiteral("a@example.com")}));
    QCOMPARE(emailsSortedBy(plan, Qt::DescendingOrder).first(), QStringLiteral("a@example.com"));

    // The table sorts the same way when its header is clicked.
    model->sort(kLeadFieldCount + 2, Qt::AscendingOrder);
    QCOMPARE(column(*model, kLeadFieldCount + 2),
             (QStringList{QStringLiteral("Basic"), QStringLiteral("Pro"), QStringLiteral("Enterprise")}));
    model->sort(kLeadFieldCount + 1, Qt::DescendingOrder);
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("a@example.com"));
}

void TestCustomFields::keepsTheCustomSortThroughSearchAndEdits()
{
    const CustomField score = m_fields->create(QStringLiteral("Score"), CustomFieldType::Number);
    addLead(QStringLiteral("ann@acme.io"), {{score.id, QStringLiteral("30")}});
    addLead(QStringLiteral("amy@acme.io"), {{score.id, QStringLiteral("5")}});
    addLead(QStringLiteral("bob@globex.com"), {{score.id, QStringLiteral("20")}});
    const auto model = makeModel();
    model->sort(kLeadFieldCount, Qt::AscendingOrder);

    model->setSearch(QStringLiteral("acme"));
    QCOMPARE(column(*model, 0), (QStringList{QStringLiteral("amy@acme.io"), QStringLiteral("ann@acme.io")}));

    // An edited value moves its lead at once.
    Lead amy = *m_store->leads().findByEmail(QStringLiteral("amy@acme.io"));
    amy.custom.insert(score.id, QStringLiteral("99"));
    m_store->leads().update(amy);
    QCOMPARE(column(*model, 0), (QStringList{QStringLiteral("ann@acme.io"), QStringLiteral("amy@acme.io")}));
    QCOMPARE(model->sortCustomFieldId(), score.id);
}

void TestCustomFields::fallsBackToTheDefaultSortWhenItsFieldIsDeleted()
{
    const CustomField score = m_fields->create(QStringLiteral("Score"), CustomFieldType::Number);
    addLead(QStringLiteral("first@example.com"), {{score.id, QStringLiteral("2")}});
    addLead(QStringLiteral("second@example.com"), {{score.id, QStringLiteral("1")}});
    const auto model = makeModel();
    model->sort(kLeadFieldCount, Qt::AscendingOrder);
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("second@example.com"));

    m_fields->remove(score.id);
    model->reloadCustomFields();
    QCOMPARE(model->columnCount(), kLeadFieldCount);
    QVERIFY(model->sortCustomFieldId().isEmpty());
    QCOMPARE(model->sortField(), LeadField::CreatedAt);
    QCOMPARE(model->sortOrder(), Qt::DescendingOrder);
    QCOMPARE(model->rowCount(), 2);
    // Newest first again; both leads are still there and no value is left behind.
    QCOMPARE(model->leadAt(0).custom, (QMap<QString, QString>{}));
    QCOMPARE(m_store->leads().count(), 2);
}

void TestCustomFields::bindsTheFieldIdInsteadOfSplicingIt()
{
    // Ids come from the store as UUIDs, but a hostile one must still be a value, not SQL.
    CustomField hostile;
    hostile.id = QStringLiteral("x') || 1; DROP TABLE leads; --");
    hostile.name = QStringLiteral("Hostile");
    hostile.type = CustomFieldType::Number;
    addLead(QStringLiteral("big@example.com"), {{hostile.id, QStringLiteral("50")}});
    addLead(QStringLiteral("small@example.com"), {{hostile.id, QStringLiteral("7")}});

    const LeadOrder order = LeadOrder::ranking(m_store->database(), hostile, Qt::AscendingOrder);
    QCOMPARE(emails(order, m_store->leads()),
             (QStringList{QStringLiteral("small@example.com"), QStringLiteral("big@example.com")}));
    QCOMPARE(m_store->leads().count(), 2);

    hostile.type = CustomFieldType::Choice;
    hostile.choices = {QStringLiteral("50"), QStringLiteral("' OR 1=1 --")};
    QCOMPARE(emails(LeadOrder::ranking(m_store->database(), hostile, Qt::AscendingOrder), m_store->leads()),
             (QStringList{QStringLiteral("big@example.com"), QStringLiteral("small@example.com")}));
}

void TestCustomFields::checksChoicesAndCountsValues()
{
    QVERIFY_THROWS_EXCEPTION(StoreError,
                             m_fields->create(QStringLiteral("Plan"), CustomFieldType::Choice, {}));
    QVERIFY_THROWS_EXCEPTION(StoreError, m_fields->create(QStringLiteral("Plan"), CustomFieldType::Choice,
                                                          {QStringLiteral(" "), {}}));
    try {
        m_fields->create(QStringLiteral("Plan"), CustomFieldType::Choice,
                         {QStringLiteral("Pro"), QStringLiteral("pro ")});
        QFAIL("a choice listed twice was accepted");
    } catch (const StoreError& error) {
        QCOMPARE(error.message(), QStringLiteral("“pro” is listed twice."));
    }
    QVERIFY(m_fields->list().isEmpty()); // nothing half-made

    // Choices are trimmed and blank lines dropped; other types keep no choices.
    const CustomField plan =
        m_fields->create(QStringLiteral("Plan"), CustomFieldType::Choice,
                         {QStringLiteral(" Basic "), QString(), QStringLiteral("Pro"), QStringLiteral("")});
    QCOMPARE(m_fields->list().first().choices, (QStringList{QStringLiteral("Basic"), QStringLiteral("Pro")}));
    const CustomField notes =
        m_fields->create(QStringLiteral("Notes"), CustomFieldType::Text, {QStringLiteral("ignored")});
    QVERIFY(m_fields->findByName(QStringLiteral("notes"))->choices.isEmpty());
    QCOMPARE(customFieldTypeLabel(CustomFieldType::Boolean), QStringLiteral("Yes/No"));

    addLead(QStringLiteral("a@example.com"), {{plan.id, QStringLiteral("Pro")}});
    addLead(QStringLiteral("b@example.com"), {{notes.id, QStringLiteral("hi")}});
    addLead(QStringLiteral("c@example.com"), {{plan.id, QStringLiteral("Basic")}});
    QCOMPARE(m_fields->countValues(plan.id), qint64(2));
    QCOMPARE(m_fields->countValues(notes.id), qint64(1));
    m_fields->remove(plan.id);
    QCOMPARE(m_fields->countValues(plan.id), qint64(0));
}

void TestCustomFields::listsEachTagOnceInAlphabeticalOrder()
{
    QVERIFY(m_store->leads().allTags().isEmpty());
    Lead ann;
    ann.email = QStringLiteral("ann@example.com");
    ann.tags = {QStringLiteral("vip"), QStringLiteral("Trade show")};
    m_store->leads().add(ann);
    Lead bob;
    bob.email = QStringLiteral("bob@example.com");
    bob.tags = {QStringLiteral("VIP"), QStringLiteral("expo"), QStringLiteral("Alpha")};
    m_store->leads().add(bob);
    const QStringList tags = m_store->leads().allTags();
    QCOMPARE(tags.size(), 4); // "vip" and "VIP" are one tag
    QCOMPARE(tags.mid(0, 3),
             (QStringList{QStringLiteral("Alpha"), QStringLiteral("expo"), QStringLiteral("Trade show")}));
    QCOMPARE(tags.at(3).toLower(), QStringLiteral("vip"));

    // A workspace with thousands of tags offers the first 1000.
    for (int lead = 0; lead < 21; ++lead) {
        Lead many;
        many.email = QStringLiteral("many%1@example.com").arg(lead);
        for (int tag = 0; tag < 50; ++tag) {
            many.tags.append(QStringLiteral("t%1").arg(lead * 50 + tag, 4, 10, QLatin1Char('0')));
        }
        m_store->leads().add(many);
    }
    const QStringList limited = m_store->leads().allTags();
    QCOMPARE(limited.size(), LeadRepository::kMaxTagSuggestions);
    QCOMPARE(limited.first(), QStringLiteral("Alpha"));
}

QTEST_GUILESS_MAIN(TestCustomFields)
#include "test_custom_fields.moc"
