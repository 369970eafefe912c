#include "SyncTestSupport.h"
#include "WorkspaceFixture.h"
#include "models/imports/LeadImporter.h"
#include "models/sync/PushBatch.h"
#include "models/sync/PushResultApplier.h"

#include <QFile>

using namespace leadbox;
using namespace SyncTest;

namespace {

constexpr qint64 kBytes = 900 * 1024;

MutationResult applied(const PushOp& op, qint64 version)
{
    MutationResult result;
    result.opId = op.opId;
    result.status = MutationResult::Status::Applied;
    result.version = version;
    return result;
}

MutationResult rejected(const PushOp& op, const char* code, const char* message)
{
    MutationResult result;
    result.opId = op.opId;
    result.status = MutationResult::Status::Rejected;
    result.reasonCode = QString::fromLatin1(code);
    result.reasonMessage = QString::fromLatin1(message);
    return result;
}

QStringList opIds(const PushBatch& batch)
{
    QStringList ids;
    for (const PushOp& op : batch.ops) {
        ids.append(op.opId);
    }
    return ids;
}

} // namespace

// Taking batches off the outbox and applying the cloud's answers (models/sync/PushBatch.h,
// PushResultApplier.h).
class TestSyncPush : public WorkspaceFixture
{
    Q_OBJECT

private Q_SLOTS:
    void editsOfOneLeadGoOutAsOneOp();
    void createAndEditsGoOutAsOneCreate();
    void createThenDeleteSendsNothing();
    void sentOpIsResentUnchangedAndLaterEditsWait();
    void batchesKeepOrderAndSize();
    void importGoesOutInSlicesWithStableOpIds();
    void editOfImportedLeadWaitsForItsCreate();
    void appliedAndDuplicateEmptyTheOutbox();
    void conflictResultMergesServerCopy();
    void rejectedChangeIsReportedAndLocalValueKept();
    void deleteOfUnknownLeadIsDone();

private:
    PushBatch nextBatch(int maxOps = 500)
    {
        return PushBatchBuilder(m_store->database()).next(maxOps, kBytes);
    }
    PushResultApplier::Outcome answer(const PushBatch& batch, const QList<MutationResult>& results)
    {
        return PushResultApplier(m_store->database()).apply(batch, results);
    }
    void syncedLead(const char* id, qint64 version, const char* email = "ann@example.com")
    {
        pull(*m_store, {change(id, version, leadData(email, "Ann", "Acme"))});
    }
    QString importCsv(const QByteArray& csv);
};

QString TestSyncPush::importCsv(const QByteArray& csv)
{
    const QString path = m_tmp->filePath(QStringLiteral("leads.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size()) {
        return {};
    }
    file.close();
    ImportOptions options;
    options.filePath = path;
    LeadImporter(m_store->database()).run(options);
    return path;
}

void TestSyncPush::editsOfOneLeadGoOutAsOneOp()
{
    syncedLead("l1", 5);
    Lead lead = SyncTest::lead(*m_store, QStringLiteral("l1"));
    lead.company = QStringLiteral("First");
    m_store->leads().update(lead);
    lead.company = QStringLiteral("Second");
    lead.phone = QStringLiteral("+1 555 0100");
    lead.tags = QStringList{QStringLiteral("vip")};
    m_store->leads().update(lead);
    QCOMPARE(m_store->outbox().pendingCount(), 2);

    const PushBatch batch = nextBatch();
    QCOMPARE(batch.ops.size(), 1);
    const PushOp& op = batch.ops.first();
    QCOMPARE(op.op, QStringLiteral("update"));
    QCOMPARE(op.baseVersion, 5);
    QCOMPARE(
        dumped(op.fields),
        QStringLiteral(R"({"company":"Second","phone":"+1 555 0100","tags":{"add":["vip"],"remove":[]}})"));
    const QList<OutboxEntry> pending = outbox(*m_store);
    QCOMPARE(pending.size(), 1); // folded in the store too, and marked as sent
    QVERIFY(pending.first().sent);
    QCOMPARE(pending.first().opId, op.opId);
}

void TestSyncPush::createAndEditsGoOutAsOneCreate()
{
    Lead lead;
    lead.email = QStringLiteral("new@example.com");
    lead = m_store->leads().add(lead);
    lead.company = QStringLiteral("Later Co");
    m_store->leads().update(lead);
    const PushBatch batch = nextBatch();
    QCOMPARE(batch.ops.size(), 1);
    QCOMPARE(batch.ops.first().op, QStringLiteral("create"));
    QCOMPARE(batch.ops.first().fields.value("company", std::string()), std::string("Later Co"));
    QCOMPARE(batch.ops.first().fields.value("email", std::string()), std::string("new@example.com"));
}

void TestSyncPush::createThenDeleteSendsNothing()
{
    Lead lead;
    lead.email = QStringLiteral("brief@example.com");
    lead = m_store->leads().add(lead);
    m_store->leads().remove({lead.id});
    QVERIFY(nextBatch().isEmpty());
    QCOMPARE(m_store->outbox().pendingCount(), 0);
}

void TestSyncPush::sentOpIsResentUnchangedAndLaterEditsWait()
{
    syncedLead("l1", 5);
    Lead lead = SyncTest::lead(*m_store, QStringLiteral("l1"));
    lead.company = QStringLiteral("Sent Co");
    m_store->leads().update(lead);
    const PushBatch first = nextBatch();
    QCOMPARE(first.ops.size(), 1);

    // The answer never came (a dropped connection); meanwhile the lead was edited again.
    lead.phone = QStringLiteral("+1 555 0199");
    m_store->leads().update(lead);
    const PushBatch retry = nextBatch();
    QCOMPARE(opIds(retry), opIds(first));
    QCOMPARE(dumped(retry.ops.first().fields), dumped(first.ops.first().fields));

    answer(retry, {applied(retry.ops.first(), 9)});
    QCOMPARE(SyncTest::lead(*m_store, QStringLiteral("l1")).version, 9);
    const PushBatch next = nextBatch();
    QCOMPARE(next.ops.size(), 1);
    QCOMPARE(dumped(next.ops.first().fields), QStringLiteral(R"({"phone":"+1 555 0199"})"));
    QCOMPARE(next.ops.first().baseVersion, 9); // no conflict with its own first edit
}

void TestSyncPush::batchesKeepOrderAndSize()
{
    for (const char* email : {"a@example.com", "b@example.com", "c@example.com"}) {
        Lead lead;
        lead.email = QString::fromLatin1(email);
        m_store->leads().add(lead);
    }
    const PushBatch first = nextBatch(2);
    QCOMPARE(first.ops.size(), 2);
    QCOMPARE(first.ops.at(0).fields.value("email", std::string()), std::string("a@example.com"));
    QCOMPARE(first.ops.at(1).fields.value("email", std::string()), std::string("b@example.com"));
    answer(first, {applied(first.ops.at(0), 1), applied(first.ops.at(1), 2)});
    const PushBatch second = nextBatch(2);
    QCOMPARE(second.ops.size(), 1);
    QCOMPARE(second.ops.at(0).fields.value("email", std::string()), std::string("c@example.com"));
    const nlohmann::json body = nlohmann::json::parse(second.body().toStdString());
    QCOMPARE(body.at("mutations").size(), std::size_t{1});
    QCOMPARE(body.at("mutations").at(0).at("op"), "create");
    QCOMPARE(body.at("mutations").at(0).at("id"), second.ops.at(0).entityId.toStdString());
}

void TestSyncPush::importGoesOutInSlicesWithStableOpIds()
{
    importCsv("email,first name\na@example.com,A\nb@example.com,B\nc@example.com,C\n");
    QCOMPARE(m_store->outbox().pendingCount(), 1); // one entry for the whole import
    QCOMPARE(m_store->outbox().pendingChanges(), 3);

    const PushBatch first = nextBatch(2);
    QCOMPARE(first.ops.size(), 2);
    QVERIFY(first.isImportSlice());
    for (const PushOp& op : first.ops) {
        QCOMPARE(op.op, QStringLiteral("create"));
        QCOMPARE(op.opId, OutboxRepository::importOpId(first.importId, op.entityId));
    }
    // Killed before the answer was stored: the retry sends the same op ids.
    QCOMPARE(opIds(nextBatch(2)), opIds(first));

    answer(first, {applied(first.ops.at(0), 11), applied(first.ops.at(1), 12)});
    QCOMPARE(m_store->outbox().pendingChanges(), 1);
    QCOMPARE(SyncTest::lead(*m_store, first.ops.at(0).entityId).version, 11);
    const PushBatch second = nextBatch(2);
    QCOMPARE(second.ops.size(), 1);
    QCOMPARE(second.ops.first().fields.value("email", std::string()), std::string("c@example.com"));
    answer(second, {applied(second.ops.first(), 13)});
    QCOMPARE(m_store->outbox().pendingCount(), 0);
    QCOMPARE(m_store->outbox().pendingChanges(), 0);
    QVERIFY(nextBatch().isEmpty());
}

void TestSyncPush::editOfImportedLeadWaitsForItsCreate()
{
    importCsv("email,first name\na@example.com,A\n");
    Lead lead = *m_store->leads().findByEmail(QStringLiteral("a@example.com"));
    lead.company = QStringLiteral("Edited Before Sync");
    m_store->leads().update(lead);

    const PushBatch first = nextBatch();
    QCOMPARE(first.ops.size(), 1);
    QCOMPARE(first.ops.first().op, QStringLiteral("create"));
    answer(first, {applied(first.ops.first(), 20)});
    const PushBatch second = nextBatch();
    QCOMPARE(second.ops.size(), 1);
    QCOMPARE(second.ops.first().op, QStringLiteral("update"));
    QCOMPARE(second.ops.first().baseVersion, 20);
}

void TestSyncPush::appliedAndDuplicateEmptyTheOutbox()
{
    syncedLead("l1", 5);
    syncedLead("l2", 6, "bo@example.com");
    m_store->leads().changeMany({QStringLiteral("l1"), QStringLiteral("l2")},
                                [](Lead& lead) { lead.status = LeadStatus::Contacted; });
    const PushBatch batch = nextBatch();
    QCOMPARE(batch.ops.size(), 2);
    MutationResult duplicate = applied(batch.ops.at(1), 14);
    duplicate.status = MutationResult::Status::Duplicate;
    const PushResultApplier::Outcome outcome = answer(batch, {applied(batch.ops.at(0), 13), duplicate});
    QCOMPARE(outcome.pushed, 2);
    QCOMPARE(m_store->outbox().pendingCount(), 0);
    QCOMPARE(SyncTest::lead(*m_store, QStringLiteral("l1")).version, 13);
    QCOMPARE(SyncTest::lead(*m_store, QStringLiteral("l2")).version, 14);
    QCOMPARE(SyncTest::lead(*m_store, QStringLiteral("l1")).status, LeadStatus::Contacted);
}

void TestSyncPush::conflictResultMergesServerCopy()
{
    syncedLead("l1", 5);
    Lead lead = SyncTest::lead(*m_store, QStringLiteral("l1"));
    lead.company = QStringLiteral("Mine Ltd");
    lead.phone = QStringLiteral("+1 555 0100");
    m_store->leads().update(lead);
    const PushBatch batch = nextBatch();

    MutationResult conflict;
    conflict.opId = batch.ops.first().opId;
    conflict.status = MutationResult::Status::Conflict;
    conflict.fields = QStringList{QStringLiteral("company")};
    conflict.server = ServerChange::fromJson(
        change("l1", 9, leadData("ann@example.com", "Ann", "Theirs Inc"), {{"company", 9}}));
    const PushResultApplier::Outcome outcome = answer(batch, {conflict});
    QCOMPARE(outcome.conflictsAdded, 1);

    const QList<SyncConflict> conflicts = m_store->conflicts().list();
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.first().localText, QStringLiteral("Mine Ltd"));
    QCOMPARE(conflicts.first().serverText, QStringLiteral("Theirs Inc"));
    QCOMPARE(SyncTest::lead(*m_store, QStringLiteral("l1")).company, QStringLiteral("Mine Ltd"));
    // The phone goes out again on its own, over the version the conflict came with.
    const PushBatch again = nextBatch();
    QCOMPARE(again.ops.size(), 1);
    QCOMPARE(dumped(again.ops.first().fields), QStringLiteral(R"({"phone":"+1 555 0100"})"));
    QCOMPARE(again.ops.first().baseVersion, 9);
}

void TestSyncPush::rejectedChangeIsReportedAndLocalValueKept()
{
    syncedLead("l1", 5);
    Lead lead = SyncTest::lead(*m_store, QStringLiteral("l1"));
    lead.email = QStringLiteral("taken@example.com");
    m_store->leads().update(lead);
    const PushBatch batch = nextBatch();
    const PushResultApplier::Outcome outcome =
        answer(batch, {rejected(batch.ops.first(), "duplicate_email",
                                "Another lead already has the email taken@example.com.")});
    QCOMPARE(outcome.rejected, 1);
    QCOMPARE(outcome.rejections.size(), 1);
    QVERIFY2(outcome.rejections.first().contains(QStringLiteral("Ann Lee")),
             qPrintable(outcome.rejections.first()));
    QVERIFY2(outcome.rejections.first().contains(QStringLiteral("already has the email")),
             qPrintable(outcome.rejections.first()));
    QCOMPARE(m_store->outbox().pendingCount(), 0);
    QCOMPARE(SyncTest::lead(*m_store, QStringLiteral("l1")).email, QStringLiteral("taken@example.com"));
}

void TestSyncPush::deleteOfUnknownLeadIsDone()
{
    syncedLead("l1", 5);
    m_store->leads().remove({QStringLiteral("l1")});
    const PushBatch batch = nextBatch();
    QCOMPARE(batch.ops.first().op, QStringLiteral("delete"));
    const PushResultApplier::Outcome outcome =
        answer(batch, {rejected(batch.ops.first(), "not_found", "No such lead.")});
    QCOMPARE(outcome.rejected, 0);
    QCOMPARE(m_store->outbox().pendingCount(), 0);
}

QTEST_GUILESS_MAIN(TestSyncPush)
#include "test_sync_push.moc"
