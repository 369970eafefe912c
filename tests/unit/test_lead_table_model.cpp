#include "StoreFixture.h"
#include "models/DataLocation.h"
#include "models/WorkspaceStore.h"
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

private:
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

QTEST_GUILESS_MAIN(TestLeadTableModel)
#include "test_lead_table_model.moc"
