#include "StoreFixture.h"
#include "models/DataLocation.h"
#include "models/StoreError.h"
#include "models/WorkspaceStore.h"
#include "models/imports/LeadImporter.h"
#include "models/leads/LeadHistory.h"

#include <QFile>

using namespace leadbox;

// The consent ledger and activity timeline a lead's detail panel shows.
class TestLeadHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timelineFollowsEdits();
    void manualConsentCanBeWithdrawn();
    void importedLeadsShareTheImportsConsent();
};

void TestLeadHistory::timelineFollowsEdits()
{
    ScratchDir dir;
    auto store = WorkspaceStore::openLocal(DataLocation(dir.path()));
    Lead lead;
    lead.email = QStringLiteral("ann@acme.io");
    lead = store->leads().add(lead);
    lead.company = QStringLiteral("Acme");
    lead.tags = {QStringLiteral("vip")};
    lead = store->leads().update(lead);

    LeadHistory history(store->database());
    const QList<ActivityEntry> entries = history.activity(lead);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).kind, QStringLiteral("edited")); // newest first
    QVERIFY2(entries.at(0).summary.contains(QStringLiteral("Company")), qPrintable(entries.at(0).summary));
    QVERIFY2(entries.at(0).summary.contains(QStringLiteral("+vip")), qPrintable(entries.at(0).summary));
    QCOMPARE(entries.at(1).summary, QStringLiteral("Created."));
}

void TestLeadHistory::manualConsentCanBeWithdrawn()
{
    ScratchDir dir;
    auto store = WorkspaceStore::openLocal(DataLocation(dir.path()));
    Lead lead;
    lead.email = QStringLiteral("ann@acme.io");
    lead = store->leads().add(lead);
    LeadHistory history(store->database());

    QVERIFY_THROWS_EXCEPTION(StoreError, history.recordConsent(lead, QStringLiteral(" "), {}, {}));
    history.recordConsent(lead, QStringLiteral("Asked at the fair"), QStringLiteral("Booth 12"),
                          QStringLiteral("We'll send you our newsletter."));
    lead = *store->leads().findById(lead.id);
    QCOMPARE(lead.consent, ConsentState::Granted);
    QList<ConsentRecord> ledger = history.consents(lead);
    QCOMPARE(ledger.size(), 1);
    QCOMPARE(ledger.first().method, QStringLiteral("manual"));
    QCOMPARE(ledger.first().textShown, QStringLiteral("We'll send you our newsletter."));
    QVERIFY(ledger.first().givenAt.isValid());
    QVERIFY(!ledger.first().withdrawnAt.isValid());

    history.withdrawConsent(lead);
    lead = *store->leads().findById(lead.id);
    QCOMPARE(lead.consent, ConsentState::Withdrawn);
    ledger = history.consents(lead);
    QVERIFY(ledger.first().withdrawnAt.isValid()); // kept, marked withdrawn: nothing is forgotten
    QCOMPARE(history.activity(lead).first().summary, QStringLiteral("Consent withdrawn."));
}

void TestLeadHistory::importedLeadsShareTheImportsConsent()
{
    ScratchDir dir;
    auto store = WorkspaceStore::openLocal(DataLocation(dir.path()));
    QFile csv(dir.file(QStringLiteral("fair.csv")));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("email,first name\nann@acme.io,Ann\nbob@acme.io,Bob\n");
    csv.close();
    ImportOptions options;
    options.filePath = csv.fileName();
    options.consent = {QStringLiteral("Opted in at the fair"), QStringLiteral("Sign-up sheet"),
                       QStringLiteral("Yes, email me")};
    LeadImporter(store->database()).run(options);

    const Lead ann = *store->leads().findByEmail(QStringLiteral("ann@acme.io"));
    QCOMPARE(ann.consent, ConsentState::Granted);
    LeadHistory history(store->database());
    const QList<ConsentRecord> ledger = history.consents(ann);
    QCOMPARE(ledger.size(), 1);
    QCOMPARE(ledger.first().method, QStringLiteral("import"));
    QCOMPARE(ledger.first().basis, QStringLiteral("Opted in at the fair"));
    QCOMPARE(ledger.first().textShown, QStringLiteral("Yes, email me"));
    QVERIFY(history.activity(ann).first().summary.contains(QStringLiteral("fair.csv")));

    history.withdrawConsent(ann);
    QVERIFY(history.consents(*store->leads().findById(ann.id)).first().withdrawnAt.isValid());
    // The other imported lead keeps its permission.
    QCOMPARE(store->leads().findByEmail(QStringLiteral("bob@acme.io"))->consent, ConsentState::Granted);
}

QTEST_GUILESS_MAIN(TestLeadHistory)
#include "test_lead_history.moc"
