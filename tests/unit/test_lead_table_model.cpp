#include "StoreFixture.h"
#include "models/DataLocation.h"
#include "models/WorkspaceStore.h"
#include "models/leads/LeadId.h"
#include "models/leads/LeadTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace leadbox;

namespace {

void addLeads(LeadRepository& leads, int count, const QString& company = QStringLiteral("Acme"))
{
    for (int i = 0; i < count; ++i) {
        Lead lead;
        lead.email =
            QStringLiteral("person%1@%2.example").arg(i, 4, 10, QLatin1Char('0')).arg(company.toLower());
        lead.firstName = QStringLiteral("Person %1").arg(i);
        lead.company = company;
        leads.add(lead);
    }
}

// The same leads as addLeads(), stored in one transaction, which is quicker for many.
void addManyLeads(LeadRepository& leads, int count)
{
    QList<Lead> many;
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-1);
    for (int i = 0; i < count; ++i) {
        Lead lead;
        lead.id = newLeadId();
        lead.email = QStringLiteral("person%1@acme.example").arg(i, 4, 10, QLatin1Char('0'));
        lead.firstName = QStringLiteral("Person %1").arg(i);
        lead.company = QStringLiteral("Acme");
        lead.createdAt = start.addMSecs(i);
        many.append(lead);
    }
    leads.restore(many);
}

QStringList column(const LeadTableModel& model, LeadField field)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row) {
        values.append(model.index(row, static_cast<int>(field)).data().toString());
    }
    return values;
}

} // namespace

class TestLeadTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void emptyWorkspaceShowsNoRows();
    void loadsPagesOnDemand();
    void sortsByAnyColumn();
    void searchFiltersAndCounts();
    void followsStoreChanges();
    void showsReadableValues();
    void opensBigStoresInTwoSteps();
    void searchesBigStoresInTwoSteps();
    void laterSearchDropsEarlierWork();
    void storeChangeWhileCounting();
    void sortsBigStoresInTwoSteps();

private:
    // A model that finishes in the background above 50 leads, as one does above 20,000.
    std::unique_ptr<LeadTableModel> bigModel(std::unique_ptr<QAbstractItemModelTester>& tester);
    // What the model shows at last, for a search: the same as a model that never splits its work.
    QStringList settledEmails(LeadTableModel& model, const QString& search);

    std::unique_ptr<ScratchDir> m_dir;
    std::unique_ptr<WorkspaceStore> m_store;
    std::unique_ptr<LeadTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestLeadTableModel::init()
{
    m_dir = std::make_unique<ScratchDir>();
    m_store = WorkspaceStore::openLocal(DataLocation(m_dir->path()));
    m_model = std::make_unique<LeadTableModel>(m_store->leads());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestLeadTableModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_store.reset();
    m_dir.reset();
}

void TestLeadTableModel::emptyWorkspaceShowsNoRows()
{
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->columnCount(), kLeadFieldCount);
    QCOMPARE(m_model->matchingCount(), 0);
    QVERIFY(!m_model->canFetchMore({}));
    QCOMPARE(m_model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Email"));
}

void TestLeadTableModel::loadsPagesOnDemand()
{
    const int total = LeadTableModel::kPageSize * 3 + 50;
    addLeads(m_store->leads(), total);
    QCOMPARE(m_model->matchingCount(), total);
    QCOMPARE(m_model->rowCount(), total); // every row is there to scroll to at once
    QVERIFY(!m_model->canFetchMore({}));

    // Jump to the end and back: each row shows its own lead, newest first.
    const QString last = m_model->index(total - 1, static_cast<int>(LeadField::Email)).data().toString();
    QCOMPARE(last, QStringLiteral("person0000@acme.example"));
    QCOMPARE(m_model->index(0, 0).data().toString(), QStringLiteral("person0649@acme.example"));
    QCOMPARE(m_model->index(LeadTableModel::kPageSize + 1, 0).data().toString(),
             QStringLiteral("person0448@acme.example"));

    const QStringList emails = column(*m_model, LeadField::Email);
    QCOMPARE(QSet<QString>(emails.begin(), emails.end()).size(), total); // no row twice
}

void TestLeadTableModel::sortsByAnyColumn()
{
    addLeads(m_store->leads(), 3, QStringLiteral("Beta"));
    addLeads(m_store->leads(), 2, QStringLiteral("alpha"));
    m_model->sort(static_cast<int>(LeadField::Company), Qt::AscendingOrder);
    QCOMPARE(column(*m_model, LeadField::Company),
             (QStringList{QStringLiteral("alpha"), QStringLiteral("alpha"), QStringLiteral("Beta"),
                          QStringLiteral("Beta"), QStringLiteral("Beta")})); // case-insensitive
    m_model->sort(static_cast<int>(LeadField::Company), Qt::DescendingOrder);
    QCOMPARE(column(*m_model, LeadField::Company).first(), QStringLiteral("Beta"));

    // Status sorts in pipeline order, not alphabetically.
    Lead lost = m_store->leads().list(LeadQuery{}).first();
    lost.status = LeadStatus::Lost;
    m_store->leads().update(lost);
    Lead contacted = m_store->leads().list(LeadQuery{}).last();
    contacted.status = LeadStatus::Contacted;
    m_store->leads().update(contacted);
    m_model->sort(static_cast<int>(LeadField::Status), Qt::DescendingOrder);
    QCOMPARE(column(*m_model, LeadField::Status).first(), QStringLiteral("Lost"));
    QCOMPARE(column(*m_model, LeadField::Status).at(1), QStringLiteral("Contacted"));
}

void TestLeadTableModel::searchFiltersAndCounts()
{
    addLeads(m_store->leads(), 4, QStringLiteral("Acme"));
    addLeads(m_store->leads(), 3, QStringLiteral("Globex"));
    QSignalSpy counted(m_model.get(), &LeadTableModel::matchingCountChanged);
    m_model->setSearch(QStringLiteral("glob"));
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->matchingCount(), 3);
    QCOMPARE(counted.last().first().toLongLong(), 3);
    m_model->setSearch(QStringLiteral("nobody"));
    QCOMPARE(m_model->rowCount(), 0);
    m_model->setSearch(QString());
    QCOMPARE(m_model->rowCount(), 7);
}

void TestLeadTableModel::followsStoreChanges()
{
    addLeads(m_store->leads(), LeadTableModel::kPageSize + 10);
    QCOMPARE(m_model->rowCount(), LeadTableModel::kPageSize + 10);

    const Lead first = m_model->leadAt(0);
    m_store->leads().remove({first.id});
    QCOMPARE(m_model->rowCount(), LeadTableModel::kPageSize + 9);
    QCOMPARE(m_model->rowOfId(first.id), -1);

    Lead fresh;
    fresh.email = QStringLiteral("fresh@example.com");
    m_store->leads().add(fresh);
    QCOMPARE(m_model->matchingCount(), LeadTableModel::kPageSize + 10);
    const int row = m_model->rowOfId(m_store->leads().findByEmail(fresh.email)->id);
    QCOMPARE(row, 0); // newest first
    QCOMPARE(m_model->index(row, 0).data().toString(), fresh.email);

    // An edit shows at once, also in a page that was already loaded.
    Lead edited = m_model->leadAt(5);
    edited.company = QStringLiteral("Renamed Ltd");
    m_store->leads().update(edited);
    QCOMPARE(
        m_model->index(m_model->rowOfId(edited.id), static_cast<int>(LeadField::Company)).data().toString(),
        QStringLiteral("Renamed Ltd"));
}

void TestLeadTableModel::showsReadableValues()
{
    Lead lead;
    lead.email = QStringLiteral("ann@example.com");
    lead.status = LeadStatus::Customer;
    lead.tags = QStringList{QStringLiteral("vip"), QStringLiteral("expo")};
    lead.firstName = QStringLiteral("<b>Ann</b>");
    m_store->leads().add(lead);
    QCOMPARE(m_model->index(0, static_cast<int>(LeadField::Status)).data().toString(),
             QStringLiteral("Customer"));
    QCOMPARE(m_model->index(0, static_cast<int>(LeadField::Tags)).data().toString(),
             QStringLiteral("vip, expo"));
    QCOMPARE(m_model->index(0, static_cast<int>(LeadField::FirstName)).data().toString(),
             QStringLiteral("<b>Ann</b>"));
    QVERIFY(!m_model->index(0, static_cast<int>(LeadField::CreatedAt)).data().toString().isEmpty());
    QCOMPARE(m_model->index(0, 0).data(LeadTableModel::LeadIdRole).toString(), m_model->leadAt(0).id);
}

std::unique_ptr<LeadTableModel>
TestLeadTableModel::bigModel(std::unique_ptr<QAbstractItemModelTester>& tester)
{
    auto model = std::make_unique<LeadTableModel>(m_store->leads(), nullptr, 50);
    tester = std::make_unique<QAbstractItemModelTester>(
        model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    return model;
}

QStringList TestLeadTableModel::settledEmails(LeadTableModel& model, const QString& search)
{
    m_model->setSearch(search);
    const QStringList expected = column(*m_model, LeadField::Email);
    const QStringList shown = column(model, LeadField::Email);
    // Whatever is shown is the start of the full result, in its order.
    if (shown != expected.mid(0, shown.size())) {
        return shown;
    }
    if (model.isCounting()) {
        QSignalSpy completed(&model, &LeadTableModel::completed);
        if (!completed.wait(10000)) {
            return {QStringLiteral("never completed")};
        }
    }
    return column(model, LeadField::Email);
}

void TestLeadTableModel::opensBigStoresInTwoSteps()
{
    addManyLeads(m_store->leads(), 1300);
    std::unique_ptr<QAbstractItemModelTester> tester;
    const auto big = bigModel(tester);
    // At once: the first rows of the ranking, with the count still to come.
    QCOMPARE(big->rowCount(), 50);
    QVERIFY(big->isCounting());
    QCOMPARE(big->matchingCount(), -1);
    QCOMPARE(column(*big, LeadField::Email), column(*m_model, LeadField::Email).mid(0, 50));

    // Then the rest, inserted after them: a view keeps its scroll position and selection.
    QSignalSpy inserted(big.get(), &LeadTableModel::rowsInserted);
    QSignalSpy reset(big.get(), &LeadTableModel::modelReset);
    QSignalSpy counted(big.get(), &LeadTableModel::matchingCountChanged);
    QSignalSpy completed(big.get(), &LeadTableModel::completed);
    QVERIFY(completed.wait(10000));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 50);
    QCOMPARE(inserted.first().at(2).toInt(), 1299);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(counted.last().first().toLongLong(), 1300);
    QVERIFY(!big->isCounting());
    QCOMPARE(column(*big, LeadField::Email), column(*m_model, LeadField::Email));
}

void TestLeadTableModel::searchesBigStoresInTwoSteps()
{
    addManyLeads(m_store->leads(), 1300);
    std::unique_ptr<QAbstractItemModelTester> tester;
    const auto big = bigModel(tester);
    int splitInTwo = 0;
    const QStringList searches{QStringLiteral("person"),     QStringLiteral("person 1"),
                               QStringLiteral("PERSON 12"),  QStringLiteral("acme"),
                               QStringLiteral("0"),          QStringLiteral("person1"),
                               QStringLiteral("nobody"),     QString(),
                               QStringLiteral("person 0042")};
    for (const QString& search : searches) {
        big->setSearch(search);
        splitInTwo += big->isCounting() ? 1 : 0;
        const QStringList settled = settledEmails(*big, search); // sets m_model's search too
        QCOMPARE(settled, column(*m_model, LeadField::Email));
        QCOMPARE(big->matchingCount(), m_model->matchingCount());
    }
    QVERIFY(splitInTwo >= 2); // "person" matches every lead: its first page comes first
}

void TestLeadTableModel::laterSearchDropsEarlierWork()
{
    addManyLeads(m_store->leads(), 1300);
    std::unique_ptr<QAbstractItemModelTester> tester;
    const auto big = bigModel(tester);
    QSignalSpy opened(big.get(), &LeadTableModel::completed);
    QVERIFY(opened.wait(10000));

    QSignalSpy counted(big.get(), &LeadTableModel::matchingCountChanged);
    QSignalSpy completed(big.get(), &LeadTableModel::completed);
    big->setSearch(QStringLiteral("person 1"));
    big->setSearch(QStringLiteral("acme"));
    QVERIFY(big->isCounting());
    QVERIFY(completed.wait(10000));
    // Only the last search completes, and the count shown is its own.
    QCOMPARE(completed.count(), 1);
    QCOMPARE(counted.last().first().toLongLong(), 1300);
    const QStringList settled = settledEmails(*big, QStringLiteral("acme"));
    QCOMPARE(settled, column(*m_model, LeadField::Email));
    big->setSearch(QString());
    QCOMPARE(big->rowCount(), 1300);
    QCOMPARE(completed.count(), 1);
}

void TestLeadTableModel::storeChangeWhileCounting()
{
    addManyLeads(m_store->leads(), 1300);
    std::unique_ptr<QAbstractItemModelTester> tester;
    const auto big = bigModel(tester);
    big->setSearch(QStringLiteral("person"));
    QVERIFY(big->isCounting());
    Lead fresh;
    fresh.email = QStringLiteral("fresh@example.com");
    fresh.firstName = QStringLiteral("Person Fresh");
    m_store->leads().add(fresh); // the model reads the store again; the earlier work is stale
    const QStringList settled = settledEmails(*big, QStringLiteral("person"));
    QCOMPARE(settled, column(*m_model, LeadField::Email));
    QCOMPARE(big->index(0, 0).data().toString(), fresh.email);
    QCOMPARE(big->matchingCount(), 1301);
}

void TestLeadTableModel::sortsBigStoresInTwoSteps()
{
    addManyLeads(m_store->leads(), 1300);
    std::unique_ptr<QAbstractItemModelTester> tester;
    const auto big = bigModel(tester);
    const int firstName = static_cast<int>(LeadField::FirstName);
    for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        m_model->sort(firstName, order);
        big->sort(firstName, order);
        // The first rows of the new order at once, the rest inserted after them.
        QCOMPARE(big->rowCount(), 50);
        QCOMPARE(column(*big, LeadField::Email), column(*m_model, LeadField::Email).mid(0, 50));
        QSignalSpy completed(big.get(), &LeadTableModel::completed);
        QVERIFY(completed.wait(10000));
        QCOMPARE(column(*big, LeadField::Email), column(*m_model, LeadField::Email));
    }
    // A search while the rest of an order is coming uses the whole order.
    big->sort(static_cast<int>(LeadField::Email), Qt::DescendingOrder);
    QVERIFY(big->isCounting());
    big->setSearch(QStringLiteral("person 12"));
    m_model->sort(static_cast<int>(LeadField::Email), Qt::DescendingOrder);
    const QStringList settled = settledEmails(*big, QStringLiteral("person 12"));
    QCOMPARE(settled, column(*m_model, LeadField::Email));
}

QTEST_GUILESS_MAIN(TestLeadTableModel)
#include "test_lead_table_model.moc"
