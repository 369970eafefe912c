#include "SyncTestSupport.h"
#include "WorkspaceFixture.h"
#include "models/StoreError.h"
#include "models/leads/LeadHistory.h"

using namespace leadbox;
using namespace SyncTest;

// The merge policy of pulling the change feed into a store with and without local edits
// (notes/sync-protocol.md; models/sync/LeadMerge.h).
class TestSyncMerge : public WorkspaceFixture
{
    Q_OBJECT

private Q_SLOTS:
    void pullIntoEmptyStoreAddsSearchableLeadsAndNoOutbox();
    void pullReplacesAndDeletesCleanLeads();
    void olderChangeDoesNotOverwriteNewer();
    void differentFieldsMergeSilently();
    void sameFieldDifferentValuesBecomesConflict();
    void sameFieldSameValueIsNoConflict();
    void fieldChangedBeforeTheEditIsNoConflict();
    void ownUnansweredEditIsNoConflict();
    void tagsMergeAddsAndRemoves();
    void customValuesMergeByField();
    void remoteDeleteOfEditedLeadBecomesConflict();
    void localDeleteOfRemotelyEditedLeadBecomesConflict();
    void deletedOnBothSidesLeavesNothing();
    void deletionUndoneWhileItsAnswerWasLostComesBack();
    void openConflictLearnsNewServerValue();
    void cloudOwnsAnEmailHeldByAStaleLead();
    void unknownEntitiesAreSkipped();
    void failedPageLeavesStoreAndCursorUnchanged();
    void consentChangeGoesOutAsLeadUpdate();
};

void TestSyncMerge::pullIntoEmptyStoreAddsSearchableLeadsAndNoOutbox()
{
    nlohmann::json ann = leadData("ann@example.com", "Ann", "Acme");
    ann["tags"] = {"vip"};
    const PullApplier::Outcome outcome = pull(
        *m_store, {change("l1", 3, ann), change("l2", 4, leadData("bo@example.com", "Bo", "Globex"))}, "4");
    QCOMPARE(outcome.applied, 2);
    QVERIFY(outcome.leadsChanged);
    QCOMPARE(m_store->leads().count(), 2);
    QCOMPARE(lead(*m_store, QStringLiteral("l1")).company, QStringLiteral("Acme"));
    QCOMPARE(lead(*m_store, QStringLiteral("l1")).version, 3);
    QCOMPARE(m_store->leads().count(QStringLiteral("globex")), 1); // the search index knows them
    QCOMPARE(m_store->leads().allTags(), QStringList{QStringLiteral("vip")});
    QCOMPARE(m_store->outbox().pendingCount(), 0); // pulled changes are not sent back
    QCOMPARE(PullApplier::cursor(m_store->database()), QStringLiteral("4"));
}

void TestSyncMerge::pullReplacesAndDeletesCleanLeads()
{
    pull(*m_store, {change("l1", 3, leadData("ann@example.com", "Ann", "Acme")),
                    change("l2", 4, leadData("bo@example.com", "Bo", "Globex"))});
    pull(*m_store, {change("l1", 9, leadData("ann@example.com", "Annie", "Initech")), tombstone("l2", 10)},
         "10");
    QCOMPARE(m_store->leads().count(), 1);
    QCOMPARE(lead(*m_store, QStringLiteral("l1")).firstName, QStringLiteral("Annie"));
    QCOMPARE(m_store->leads().count(QStringLiteral("initech")), 1);
    QCOMPARE(m_store->leads().count(QStringLiteral("acme")), 0);
    QVERIFY(!m_store->leads().findById(QStringLiteral("l2")));
    QCOMPARE(m_store->outbox().pendingCount(), 0);
}

void TestSyncMerge::olderChangeDoesNotOverwriteNewer()
{
    pull(*m_store, {change("l1", 9, leadData("ann@example.com", "Ann", "New Co"))});
    pull(*m_store, {change("l1", 5, leadData("ann@example.com", "Ann", "Old Co"))});
    QCOMPARE(lead(*m_store, QStringLiteral("l1")).company, QStringLiteral("New Co"));
}

void TestSyncMerge::differentFieldsMergeSilently()
{
    pull(*m_store, {change("l1", 5, leadData("ann@example.com", "Ann", "Acme"))});
    Lead mine = lead(*m_store, QStringLiteral("l1"));
    mine.company = QStringLiteral("Acme Europe");
    m_store->leads().update(mine);

    nlohmann::json theirs = leadData("ann@example.com", "Ann", "Acme");
    theirs["status"] = "qualified";
    pull(*m_store, {change("l1", 7, theirs, {{"status", 7}, {"company", 2}})});

    const Lead merged = lead(*m_store, QStringLiteral("l1"));
    QCOMPARE(merged.company, QStringLiteral("Acme Europe")); // mine, still to be sent
    QCOMPARE(merged.status, LeadStatus::Qualified);          // theirs
    QCOMPARE(merged.version, 7);
    QCOMPARE(m_store->conflicts().count(), 0);
    const QList<OutboxEntry> pending = outbox(*m_store);
    QCOMPARE(pending.size(), 1);
    QCOMPARE(dumped(pending.first().fields), QStringLiteral(R"({"company":"Acme Europe"})"));
    QCOMPARE(pending.first().baseVersion, 7); // rebased on what was merged in
}

void TestSyncMerge::sameFieldDifferentValuesBecomesConflict()
{
    pull(*m_store, {change("l1", 5, leadData("ann@example.com", "Ann", "Acme"))});
    Lead mine = lead(*m_store, QStringLiteral("l1"));
    mine.company = QStringLiteral("Mine Ltd");
    mine.phone = QStringLiteral("+1 555 0100");
    m_store->leads().update(mine);

    QSignalSpy spy(&m_store->conflicts(), &ConflictRepository::conflictsChanged);
    const PullApplier::Outcome outcome =
        pull(*m_store, {change("l1", 8, leadData("ann@example.com", "Ann", "Theirs Inc"), {{"company", 8}})});
    QCOMPARE(outcome.conflictsAdded, 1);

    const QList<SyncConflict> conflicts = m_store->conflicts().list();
    QCOMPARE(conflicts.size(), 1);
    const SyncConflict& conflict = conflicts.first();
    QCOMPARE(conflict.leadName, QStringLiteral("Ann Lee"));
    QCOMPARE(conflict.field, QStringLiteral("company"));
    QCOMPARE(conflict.fieldLabel, QStringLiteral("Company"));
    QCOMPARE(conflict.localText, QStringLiteral("Mine Ltd"));
    QCOMPARE(conflict.serverText, QStringLiteral("Theirs Inc"));
    QCOMPARE(conflict.changedBy, QStringLiteral("bob@example.com"));
    QCOMPARE(conflict.serverVersion, 8);
    QVERIFY(conflict.changedAt.isValid());

    const Lead shown = lead(*m_store, QStringLiteral("l1"));
    QCOMPARE(shown.company, QStringLiteral("Mine Ltd")); // nothing silently dropped
    QCOMPARE(shown.phone, QStringLiteral("+1 555 0100"));
    // The phone still goes out; the company waits for the user.
    const QList<OutboxEntry> pending = outbox(*m_store);
    QCOMPARE(pending.size(), 1);
    QCOMPARE(dumped(pending.first().fields), QStringLiteral(R"({"phone":"+1 555 0100"})"));
}

void TestSyncMerge::sameFieldSameValueIsNoConflict()
{
    pull(*m_store, {change("l1", 5, leadData("ann@example.com", "Ann", "Acme"))});
    Lead mine = lead(*m_store, QStringLiteral("l1"));
    mine.company = QStringLiteral("Same Co");
    m_store->leads().update(mine);
    pull(*m_store, {change("l1", 8, leadData("ann@example.com", "Ann", "Same Co"), {{"company", 8}})});
    QCOMPARE(m_store->conflicts().count(), 0);
    QCOMPARE(lead(*m_store, QStringLiteral("l1")).company, QStringLiteral("Same Co"));
    QCOMPARE(m_store->outbox().pendingCount(), 0); // the cloud has it already
}

void TestSyncMerge::fieldChangedBeforeTheEditIsNoConflict()
{
    // The cloud's company changed at version 4, before the version (5) the edit was made on.
    pull(*m_store, {change("l1", 5, leadData("ann@example.com", "Ann", "Acme"), {{"company", 4}})});
    Lead mine = lead(*m_store, QStringLiteral("l1"));
    mine.company = QStringLiteral("Mine Ltd");
    m_store->leads().update(mine);
    nlohmann::json theirs = leadData("ann@example.com", "Ann", "Acme");
    theirs["phone"] = "+44 20 0000";
    pull(*m_store, {change("l1", 6, theirs, {{"company", 4}, {"phone", 6}})});
    QCOMPARE(m_store->conflicts().count(), 0);
    const Lead merged = lead(*m_store, QStringLiteral("l1"));
    QCOMPARE(merged.company, QStringLiteral("Mine Ltd"));
    QCOMPARE(merged.phone, QStringLiteral("+44 20 0000"));
    QCOMPARE(m_store->outbox().pendingCount(), 1);
}

void TestSyncMerge::ownUnansweredEditIsNoConflict()
{
    // The company went out (sent) and the cloud applied it at version 8, but its answer was lost; the
    // user then changed the company again. Pulling version 8 is our own edit coming back, not a conflict.
    pull(*m_store, {change("l1", 5, leadData("ann@example.com", "Ann", "Acme"))});
    Lead mine = lead(*m_store, QStringLiteral("l1"));
    mine.company = QStringLiteral("First Try Ltd");
    m_store->leads().update(mine);
    m_store->outbox().markSent({outbox(*m_store).first().opId});
    mine = lead(*m_store, QStringLiteral("l1"));
    mine.company = QStringLiteral("Second Try Ltd");
    m_store->leads().update(mine);
    pull(*m_store, {change("l1", 8, leadData("ann@example.com", "Ann", "First Try Ltd"), {{"company", 8}})});
    QCOMPARE(m_store->conflicts().count(), 0);
    QCOMPARE(lead(*m_store, QStringLiteral("l1")).company, QStringLiteral("Second Try Ltd"));
    // The second edit goes out over version 8.
    const QList<OutboxEntry> pending = outbox(*m_store);
    QCOMPARE(pending.size(), 2);
    QCOMPARE(dumped(pending.last().fields), QStringLiteral(R"({"company":"Second Try Ltd"})"));
    QCOMPARE(pending.last().baseVersion, 8);

    // Someone else's value for that field is still a conflict.
    pull(*m_store, {change("l1", 9, leadData("ann@example.com", "Ann", "Theirs Inc"), {{"company", 9}})});
    QCOMPARE(m_store->conflicts().count(), 1);
}

void TestSyncMerge::tagsMergeAddsAndRemoves()
{
    nlohmann::json base = leadData("ann@example.com", "Ann", "Acme");
    base["tags"] = {"expo", "vip"};
    pull(*m_store, {change("l1", 5, base)});
    Lead mine = lead(*m_store, QStringLiteral("l1"));
    mine.tags = QStringList{QStringLiteral("vip"), QStringLiteral("hot")}; // -expo +hot
    m_store->leads().update(mine);

    nlohmann::json theirs = base;
    theirs["tags"] = {"expo", "vip", "partner"}; // +partner
    pull(*m_store, {change("l1", 9, theirs, {{"tags", 9}})});

    QStringList tags = lead(*m_store, QStringLiteral("l1")).tags;
    tags.sort();
    QCOMPARE(tags, (QStringList{QStringLiteral("hot"), QStringLiteral("partner"), QStringLiteral("vip")}));
    QCOMPARE(m_store->conflicts().count(), 0); // tags never conflict
    QCOMPARE(m_store->leads().count(QStringLiteral("partner")), 1);
    QCOMPARE(m_store->outbox().pendingCount(), 1); // the local adds and removes still go out
}

void TestSyncMerge::customValuesMergeByField()
{
    nlohmann::json base = leadData("ann@example.com", "Ann", "Acme");
    base["custom"] = {{"budget", "100"}, {"region", "EU"}};
    pull(*m_store, {change("l1", 5, base)});
    Lead mine = lead(*m_store, QStringLiteral("l1"));
    mine.custom.insert(QStringLiteral("budget"), QStringLiteral("200"));
    m_store->leads().update(mine);
    QCOMPARE(dumped(outbox(*m_store).first().fields), QStringLiteral(R"({"custom":{"budget":"200"}})"));

    nlohmann::json theirs = base;
    theirs["custom"] = {{"budget", "100"}, {"region", "US"}};
    pull(*m_store, {change("l1", 8, theirs, {{"custom.region", 8}, {"custom.budget", 5}})});
    const Lead merged = lead(*m_store, QStringLiteral("l1"));
    QCOMPARE(merged.custom.value(QStringLiteral("budget")), QStringLiteral("200"));
    QCOMPARE(merged.custom.value(QStringLiteral("region")), QStringLiteral("US"));
    QCOMPARE(m_store->conflicts().count(), 0);

    theirs["custom"] = {{"budget", "300"}, {"region", "US"}};
    pull(*m_store, {change("l1", 9, theirs, {{"custom.region", 8}, {"custom.budget", 9}})});
    const QList<SyncConflict> conflicts = m_store->conflicts().list();
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.first().field, QStringLiteral("custom.budget"));
    QCOMPARE(conflicts.first().localText, QStringLiteral("200"));
    QCOMPARE(conflicts.first().serverText, QStringLiteral("300"));
}

void TestSyncMerge::remoteDeleteOfEditedLeadBecomesConflict()
{
    pull(*m_store, {change("l1", 5, leadData("ann@example.com", "Ann", "Acme"))});
    Lead mine = lead(*m_store, QStringLiteral("l1"));
    mine.company = QStringLiteral("Still Mine");
    m_store->leads().update(mine);
    pull(*m_store, {tombstone("l1", 9)});

    QCOMPARE(lead(*m_store, QStringLiteral("l1")).company, QStringLiteral("Still Mine")); // kept
    const QList<SyncConflict> conflicts = m_store->conflicts().list();
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.first().field, QStringLiteral("deleted"));
    QVERIFY(conflicts.first().serverDeleted());
    QVERIFY(!conflicts.first().localDeleted());
    QCOMPARE(conflicts.first().leadName, QStringLiteral("Ann Lee"));
    QCOMPARE(m_store->outbox().pendingCount(), 0); // nothing goes out until the user decides
}

void TestSyncMerge::localDeleteOfRemotelyEditedLeadBecomesConflict()
{
    pull(*m_store, {change("l1", 5, leadData("ann@example.com", "Ann", "Acme"))});
    m_store->leads().remove({QStringLiteral("l1")});
    pull(*m_store, {change("l1", 8, leadData("ann@example.com", "Ann", "Edited Co"), {{"company", 8}})});

    QVERIFY(!m_store->leads().findById(QStringLiteral("l1"))); // still deleted here
    const QList<SyncConflict> conflicts = m_store->conflicts().list();
    QCOMPARE(conflicts.size(), 1);
    QVERIFY(conflicts.first().localDeleted());
    QCOMPARE(conflicts.first().leadName, QStringLiteral("Ann Lee")); // from the cloud's copy
    QCOMPARE(conflicts.first().serverValue.value("company", std::string()), std::string("Edited Co"));
    QCOMPARE(m_store->outbox().pendingCount(), 0);
}

void TestSyncMerge::deletedOnBothSidesLeavesNothing()
{
    pull(*m_store, {change("l1", 5, leadData("ann@example.com", "Ann", "Acme"))});
    m_store->leads().remove({QStringLiteral("l1")});
    pull(*m_store, {tombstone("l1", 7)});
    QCOMPARE(m_store->conflicts().count(), 0);
    QCOMPARE(m_store->outbox().pendingCount(), 0);
    QCOMPARE(m_store->leads().count(), 0);
}

void TestSyncMerge::deletionUndoneWhileItsAnswerWasLostComesBack()
{
    // The deletion went out and the cloud applied it at version 9, but its answer was lost; then the
    // user undid it. The tombstone must not swallow the undo: the lead goes back to the cloud.
    pull(*m_store, {change("l1", 5, leadData("ann@example.com", "Ann", "Acme"))});
    const QList<Lead> removed = m_store->leads().remove({QStringLiteral("l1")});
    m_store->outbox().markSent({outbox(*m_store).first().opId});
    m_store->leads().restore(removed);
    pull(*m_store, {tombstone("l1", 9)});
    QCOMPARE(m_store->conflicts().count(), 0);
    QCOMPARE(lead(*m_store, QStringLiteral("l1")).company, QStringLiteral("Acme"));
    const QList<OutboxEntry> pending = outbox(*m_store);
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.first().op, QStringLiteral("create"));
    QCOMPARE(pending.first().baseVersion, 9);
}

void TestSyncMerge::openConflictLearnsNewServerValue()
{
    pull(*m_store, {change("l1", 5, leadData("ann@example.com", "Ann", "Acme"))});
    Lead mine = lead(*m_store, QStringLiteral("l1"));
    mine.company = QStringLiteral("Mine Ltd");
    m_store->leads().update(mine);
    pull(*m_store, {change("l1", 8, leadData("ann@example.com", "Ann", "Theirs Inc"), {{"company", 8}})});
    pull(*m_store, {change("l1", 11, leadData("ann@example.com", "Ann", "Theirs Again"), {{"company", 11}})});
    QList<SyncConflict> conflicts = m_store->conflicts().list();
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.first().serverText, QStringLiteral("Theirs Again"));
    QCOMPARE(conflicts.first().serverVersion, 11);
    QCOMPARE(lead(*m_store, QStringLiteral("l1")).company, QStringLiteral("Mine Ltd"));

    // The cloud comes round to the local value: nothing left to decide.
    pull(*m_store, {change("l1", 12, leadData("ann@example.com", "Ann", "Mine Ltd"), {{"company", 12}})});
    QCOMPARE(m_store->conflicts().count(), 0);
}

void TestSyncMerge::cloudOwnsAnEmailHeldByAStaleLead()
{
    // In the cloud l1 moved to a new address and l2 took the old one, but the page with l1's move
    // comes later: l2 must still land.
    pull(*m_store, {change("l1", 5, leadData("ann@example.com", "Ann", "Acme"))});
    pull(*m_store, {change("l2", 9, leadData("ann@example.com", "Annabel", "Acme"))});
    QCOMPARE(m_store->leads().count(), 2);
    QCOMPARE(m_store->leads().findByEmail(QStringLiteral("ann@example.com"))->id, QStringLiteral("l2"));
    pull(*m_store, {change("l1", 10, leadData("ann.lee@example.com", "Ann", "Acme"))});
    QCOMPARE(m_store->leads().findByEmail(QStringLiteral("ann.lee@example.com"))->id, QStringLiteral("l1"));
    QCOMPARE(m_store->leads().findByEmail(QStringLiteral("ann@example.com"))->id, QStringLiteral("l2"));
}

void TestSyncMerge::unknownEntitiesAreSkipped()
{
    nlohmann::json webform = change("w1", 3, {{"name", "Signup"}});
    webform["entity"] = "webform";
    const PullApplier::Outcome outcome =
        pull(*m_store, {webform, change("l1", 4, leadData("ann@example.com", "Ann", "Acme"))}, "4");
    QCOMPARE(outcome.applied, 1);
    QCOMPARE(outcome.skipped, 1);
    QCOMPARE(m_store->leads().count(), 1);
    QCOMPARE(PullApplier::cursor(m_store->database()), QStringLiteral("4"));
}

void TestSyncMerge::failedPageLeavesStoreAndCursorUnchanged()
{
    pull(*m_store, {change("l1", 5, leadData("ann@example.com", "Ann", "Acme"))}, "5");
    m_store->database().failWriteNumber(4);
    QVERIFY_THROWS_EXCEPTION(StoreError,
                             pull(*m_store,
                                  {change("l2", 6, leadData("bo@example.com", "Bo", "B")),
                                   change("l3", 7, leadData("cy@example.com", "Cy", "C")),
                                   change("l1", 8, leadData("ann@example.com", "Ann", "Changed"))},
                                  "8"));
    m_store->database().failWriteNumber(0);
    QCOMPARE(m_store->leads().count(), 1);
    QCOMPARE(lead(*m_store, QStringLiteral("l1")).company, QStringLiteral("Acme"));
    QCOMPARE(PullApplier::cursor(m_store->database()), QStringLiteral("5"));
}

void TestSyncMerge::consentChangeGoesOutAsLeadUpdate()
{
    pull(*m_store, {change("l1", 5, leadData("ann@example.com", "Ann", "Acme"))});
    LeadHistory(m_store->database())
        .recordConsent(lead(*m_store, QStringLiteral("l1")), QStringLiteral("Asked in person"), {}, {});
    const QList<OutboxEntry> pending = outbox(*m_store);
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.first().entity, QStringLiteral("lead"));
    QCOMPARE(pending.first().op, QStringLiteral("update"));
    QCOMPARE(pending.first().baseVersion, 5);
    QCOMPARE(dumped(pending.first().fields), QStringLiteral(R"({"consent":"granted"})"));
}

QTEST_GUILESS_MAIN(TestSyncMerge)
#include "test_sync_merge.moc"
