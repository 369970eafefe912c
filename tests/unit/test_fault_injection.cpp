#include "StoreFixture.h"
#include "models/DataLocation.h"
#include "models/StoreError.h"
#include "models/WorkspaceStore.h"
#include "models/store/Database.h"

#include <QSqlQuery>

using namespace leadbox;

namespace {

Lead makeLead(const QString& email)
{
    Lead lead;
    lead.email = email;
    lead.firstName = QStringLiteral("Ann");
    return lead;
}

// The invariant: a lead's presence (or its latest values) and its outbox rows always agree.
struct Snapshot
{
    qint64 leads = 0;
    qint64 outbox = 0;
    QString firstName;
};

Snapshot snapshot(WorkspaceStore& store, const QString& email)
{
    Snapshot s;
    s.leads = store.leads().count();
    s.outbox = store.outbox().pendingCount();
    if (const auto lead = store.leads().findByEmail(email)) {
        s.firstName = lead->firstName;
    }
    return s;
}

// Runs `edit` with the store's n-th write failing; true when the edit was refused.
template <typename Edit>
bool failsWithWriteNumber(WorkspaceStore& store, int n, Edit&& edit)
{
    store.database().failWriteNumber(n);
    bool failed = false;
    try {
        edit();
    } catch (const StoreError& error) {
        failed = !error.message().isEmpty();
    }
    store.database().failWriteNumber(0);
    return failed;
}

} // namespace

// Makes the i-th write of an edit fail, for every i, and checks that the edit is stored whole or
// not at all: the lead and its outbox row are both present or both absent.
class TestFaultInjection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addIsAllOrNothing();
    void updateIsAllOrNothing();
    void deleteIsAllOrNothing();
};

void TestFaultInjection::addIsAllOrNothing()
{
    bool sawSuccess = false;
    for (int failing = 1; !sawSuccess; ++failing) {
        QVERIFY2(failing < 20, "an add never succeeded");
        ScratchDir dir;
        auto store = WorkspaceStore::openLocal(DataLocation(dir.path()));
        store->leads().add(makeLead(QStringLiteral("before@example.com")));
        const Snapshot before = snapshot(*store, QStringLiteral("new@example.com"));

        const bool failed = failsWithWriteNumber(
            *store, failing, [&] { store->leads().add(makeLead(QStringLiteral("new@example.com"))); });

        const Snapshot after = snapshot(*store, QStringLiteral("new@example.com"));
        if (failed) {
            QCOMPARE(after.leads, before.leads);
            QCOMPARE(after.outbox, before.outbox);
            QCOMPARE(store->leads().count(QStringLiteral("new")), 0); // the search index too
        } else {
            sawSuccess = true;
            QCOMPARE(after.leads, before.leads + 1);
            QCOMPARE(after.outbox, before.outbox + 1);
        }
        QVERIFY(store->leads().findByEmail(QStringLiteral("before@example.com")));
        // The store stays usable after a failure.
        store->leads().add(makeLead(QStringLiteral("later@example.com")));
    }
}

void TestFaultInjection::updateIsAllOrNothing()
{
    bool sawSuccess = false;
    for (int failing = 1; !sawSuccess; ++failing) {
        QVERIFY2(failing < 20, "an update never succeeded");
        ScratchDir dir;
        auto store = WorkspaceStore::openLocal(DataLocation(dir.path()));
        Lead lead = store->leads().add(makeLead(QStringLiteral("ann@example.com")));
        const Snapshot before = snapshot(*store, lead.email);

        lead.firstName = QStringLiteral("Annabel");
        const bool failed = failsWithWriteNumber(*store, failing, [&] { store->leads().update(lead); });

        const Snapshot after = snapshot(*store, lead.email);
        if (failed) {
            QCOMPARE(after.firstName, QStringLiteral("Ann"));
            QCOMPARE(after.outbox, before.outbox);
            QCOMPARE(store->leads().count(QStringLiteral("annabel")), 0);
        } else {
            sawSuccess = true;
            QCOMPARE(after.firstName, QStringLiteral("Annabel"));
            QCOMPARE(after.outbox, before.outbox + 1);
            QCOMPARE(store->leads().count(QStringLiteral("annabel")), 1);
        }
    }
}

void TestFaultInjection::deleteIsAllOrNothing()
{
    bool sawSuccess = false;
    for (int failing = 1; !sawSuccess; ++failing) {
        QVERIFY2(failing < 20, "a delete never succeeded");
        ScratchDir dir;
        auto store = WorkspaceStore::openLocal(DataLocation(dir.path()));
        const Lead a = store->leads().add(makeLead(QStringLiteral("a@example.com")));
        const Lead b = store->leads().add(makeLead(QStringLiteral("b@example.com")));
        const Snapshot before = snapshot(*store, a.email);

        const bool failed = failsWithWriteNumber(*store, failing, [&] {
            store->leads().remove({a.id, b.id});
        });

        const Snapshot after = snapshot(*store, a.email);
        if (failed) {
            QCOMPARE(after.leads, before.leads); // neither of the two is gone
            QCOMPARE(after.outbox, before.outbox);
        } else {
            sawSuccess = true;
            QCOMPARE(after.leads, before.leads - 2);
            QCOMPARE(after.outbox, before.outbox + 2);
        }
    }
}

QTEST_GUILESS_MAIN(TestFaultInjection)
#include "test_fault_injection.moc"
