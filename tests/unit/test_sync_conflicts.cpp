#include "SyncTestSupport.h"
#include "WorkspaceFixture.h"
#include "models/StoreError.h"

using namespace leadbox;
using namespace SyncTest;

// Keeping one side of a sync conflict: what the lead shows afterwards, and what goes out to the cloud.
class TestSyncConflicts : public WorkspaceFixture
{
    Q_OBJECT

private Q_SLOTS:
    void keepLocalQueuesUpdateOverServerVersion();
    void keepServerWritesServerValueAndQueuesNothing();
    void keepLocalAfterRemoteDeleteCreatesAgain();
    void keepServerAfterRemoteDeleteDeletesHere();
    void keepLocalAfterLocalDeleteDeletesInCloud();
    void keepServerAfterLocalDeleteRestoresLead();
    void unknownConflictIsRefused();

private:
    qint64 companyConflict(); // Mine Ltd here, Theirs Inc (version 8) in the cloud
};

qint64 TestSyncConflicts::companyConflict()
{
    pull(*m_store, {change("l1", 5, leadData("ann@example.com", "Ann", "Acme"))});
    Lead mine = lead(*m_store, QStringLiteral("l1"));
    mine.company = QStringLiteral("Mine Ltd");
    m_store->leads().update(mine);
    pull(*m_store, {change("l1", 8, leadData("ann@example.com", "Ann", "Theirs Inc"), {{"company", 8}})});
    const QList<SyncConflict> conflicts = m_store->conflicts().list();
    return conflicts.size() == 1 ? conflicts.first().id : 0;
}

void TestSyncConflicts::keepLocalQueuesUpdateOverServerVersion()
{
    const qint64 id = companyConflict();
    QVERIFY(id > 0);
    QSignalSpy conflictsChanged(&m_store->conflicts(), &ConflictRepository::conflictsChanged);
    QSignalSpy leadsChanged(&m_store->leads(), &LeadRepository::leadsChanged);
    m_store->conflicts().resolve(id, ConflictRepository::Keep::Local);

    QCOMPARE(conflictsChanged.count(), 1);
    QCOMPARE(leadsChanged.count(), 1);
    QCOMPARE(m_store->conflicts().count(), 0);
    QCOMPARE(lead(*m_store, QStringLiteral("l1")).company, QStringLiteral("Mine Ltd"));
    const QList<OutboxEntry> pending = outbox(*m_store);
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.first().op, QStringLiteral("update"));
    QCOMPARE(pending.first().baseVersion, 8);
    QCOMPARE(dumped(pending.first().fields), QStringLiteral(R"({"company":"Mine Ltd"})"));
}

void TestSyncConflicts::keepServerWritesServerValueAndQueuesNothing()
{
    const qint64 id = companyConflict();
    QVERIFY(id > 0);
    m_store->conflicts().resolve(id, ConflictRepository::Keep::Server);
    QCOMPARE(m_store->conflicts().count(), 0);
    QCOMPARE(lead(*m_store, QStringLiteral("l1")).company, QStringLiteral("Theirs Inc"));
    QCOMPARE(m_store->leads().count(QStringLiteral("theirs")), 1);
    QCOMPARE(m_store->outbox().pendingCount(), 0);
}

void TestSyncConflicts::keepLocalAfterRemoteDeleteCreatesAgain()
{
    pull(*m_store, {change("l1", 5, leadData("ann@example.com", "Ann", "Acme"))});
    Lead mine = lead(*m_store, QStringLiteral("l1"));
    mine.company = QStringLiteral("Still Mine");
    m_store->leads().update(mine);
    pull(*m_store, {tombstone("l1", 9)});
    const QList<SyncConflict> conflicts = m_store->conflicts().list();
    QCOMPARE(conflicts.size(), 1);

    m_store->conflicts().resolve(conflicts.first().id, ConflictRepository::Keep::Local);
    QCOMPARE(lead(*m_store, QStringLiteral("l1")).company, QStringLiteral("Still Mine"));
    const QList<OutboxEntry> pending = outbox(*m_store);
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.first().op, QStringLiteral("create"));
    QCOMPARE(pending.first().baseVersion, 9);
    QCOMPARE(pending.first().fields.value("company", std::string()), std::string("Still Mine"));
    QCOMPARE(pending.first().fields.value("email", std::string()), std::string("ann@example.com"));
}

void TestSyncConflicts::keepServerAfterRemoteDeleteDeletesHere()
{
    pull(*m_store, {change("l1", 5, leadData("ann@example.com", "Ann", "Acme"))});
    Lead mine = lead(*m_store, QStringLiteral("l1"));
    mine.company = QStringLiteral("Still Mine");
    m_store->leads().update(mine);
    pull(*m_store, {tombstone("l1", 9)});
    m_store->conflicts().resolve(m_store->conflicts().list().first().id, ConflictRepository::Keep::Server);
    QVERIFY(!m_store->leads().findById(QStringLiteral("l1")));
    QCOMPARE(m_store->leads().count(QStringLiteral("mine")), 0);
    QCOMPARE(m_store->outbox().pendingCount(), 0);
    QCOMPARE(m_store->conflicts().count(), 0);
}

void TestSyncConflicts::keepLocalAfterLocalDeleteDeletesInCloud()
{
    pull(*m_store, {change("l1", 5, leadData("ann@example.com", "Ann", "Acme"))});
    m_store->leads().remove({QStringLiteral("l1")});
    pull(*m_store, {change("l1", 8, leadData("ann@example.com", "Ann", "Edited Co"), {{"company", 8}})});
    m_store->conflicts().resolve(m_store->conflicts().list().first().id, ConflictRepository::Keep::Local);
    QVERIFY(!m_store->leads().findById(QStringLiteral("l1")));
    const QList<OutboxEntry> pending = outbox(*m_store);
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.first().op, QStringLiteral("delete"));
    QCOMPARE(pending.first().baseVersion, 8);
}

void TestSyncConflicts::keepServerAfterLocalDeleteRestoresLead()
{
    pull(*m_store, {change("l1", 5, leadData("ann@example.com", "Ann", "Acme"))});
    m_store->leads().remove({QStringLiteral("l1")});
    pull(*m_store, {change("l1", 8, leadData("ann@example.com", "Ann", "Edited Co"), {{"company", 8}})});
    m_store->conflicts().resolve(m_store->conflicts().list().first().id, ConflictRepository::Keep::Server);
    const Lead restored = lead(*m_store, QStringLiteral("l1"));
    QCOMPARE(restored.company, QStringLiteral("Edited Co"));
    QCOMPARE(restored.version, 8);
    QCOMPARE(m_store->leads().count(QStringLiteral("edited")), 1);
    QCOMPARE(m_store->outbox().pendingCount(), 0);
}

void TestSyncConflicts::unknownConflictIsRefused()
{
    try {
        m_store->conflicts().resolve(42, ConflictRepository::Keep::Local);
        QFAIL("resolved a conflict that does not exist");
    } catch (const StoreError& error) {
        QCOMPARE(error.kind(), StoreError::Kind::NotFound);
        QVERIFY2(error.message().contains(QStringLiteral("42")), qPrintable(error.message()));
    }
}

QTEST_GUILESS_MAIN(TestSyncConflicts)
#include "test_sync_conflicts.moc"
