#include "StoreFixture.h"
#include "models/DataLocation.h"
#include "models/StoreError.h"
#include "models/WorkspaceStore.h"
#include "models/leads/LeadRepository.h"
#include "models/store/Database.h"
#include "models/store/OutboxRepository.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlQuery>

using namespace leadbox;

namespace {

Lead makeLead(const QString& email, const QString& first = {}, const QString& company = {},
              const QStringList& tags = {})
{
    Lead lead;
    lead.email = email;
    lead.firstName = first;
    lead.company = company;
    lead.tags = tags;
    return lead;
}

// Reads a value through a second, independent connection: what another process would see.
QVariant scalar(const QString& file, const QString& sql)
{
    QVariant result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
        db.setDatabaseName(file);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next()) {
                result = query.value(0);
            }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    return result;
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensPrivateWalStore();
    void leadsSurviveReopening();
    void emailIsUniqueRegardlessOfCase();
    void failedValidationWritesNothing();
    void everyEditQueuesOneOutboxRow();
    void searchIndexFollowsEdits();
    void searchTreatsOperatorsAsText();
    void keysetPagingVisitsEveryLeadOnce();
    void removeAndRestoreKeepIdentity();
};

void TestStore::opensPrivateWalStore()
{
    ScratchDir dir;
    const DataLocation location(dir.file(QStringLiteral("data")));
    auto store = WorkspaceStore::openLocal(location);
    const QString file = store->database().filePath();

    QCOMPARE(unixMode(file), 0600u);
    QCOMPARE(unixMode(QFileInfo(file).absolutePath()), 0700u);
    QCOMPARE(unixMode(location.root()), 0700u);
    QCOMPARE(scalar(file, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));

    store->leads().add(makeLead(QStringLiteral("wal@example.com")));
    QVERIFY(QFileInfo::exists(file + QStringLiteral("-wal")));
    QCOMPARE(unixMode(file + QStringLiteral("-wal")), 0600u);
}

void TestStore::leadsSurviveReopening()
{
    ScratchDir dir;
    const DataLocation location(dir.path());
    QString id;
    {
        auto store = WorkspaceStore::openLocal(location);
        Lead lead = makeLead(QStringLiteral("ann@example.com"), QStringLiteral("Ann"), QStringLiteral("Acme"),
                             {QStringLiteral("vip")});
        lead.status = LeadStatus::Qualified;
        id = store->leads().add(lead).id;
    }
    auto reopened = WorkspaceStore::openLocal(location);
    const auto lead = reopened->leads().findById(id);
    QVERIFY(lead);
    QCOMPARE(lead->email, QStringLiteral("ann@example.com"));
    QCOMPARE(lead->firstName, QStringLiteral("Ann"));
    QCOMPARE(lead->status, LeadStatus::Qualified);
    QCOMPARE(lead->tags, QStringList{QStringLiteral("vip")});
    // A UUID version 7: valid, and its version digit is 7.
    QVERIFY(!QUuid::fromString(lead->id).isNull());
    QCOMPARE(lead->id.at(14), QLatin1Char('7'));
}

void TestStore::emailIsUniqueRegardlessOfCase()
{
    ScratchDir dir;
    auto store = WorkspaceStore::openLocal(DataLocation(dir.path()));
    LeadRepository& leads = store->leads();
    leads.add(makeLead(QStringLiteral("Ann@Example.com")));
    const qint64 queued = store->outbox().pendingCount();

    try {
        leads.add(makeLead(QStringLiteral("  ann@EXAMPLE.com ")));
        QFAIL("a duplicate email was accepted");
    } catch (const StoreError& error) {
        QCOMPARE(error.kind(), StoreError::Kind::DuplicateEmail);
        QCOMPARE(error.field(), std::optional<LeadField>(LeadField::Email));
        QVERIFY2(error.message().contains(QStringLiteral("Ann@Example.com")), qPrintable(error.message()));
    }
    QCOMPARE(leads.count(), 1);
    QCOMPARE(store->outbox().pendingCount(), queued);

    // Renaming another lead onto a taken address is refused too.
    Lead bob = leads.add(makeLead(QStringLiteral("bob@example.com")));
    bob.email = QStringLiteral("ANN@example.com");
    QVERIFY_THROWS_EXCEPTION(StoreError, leads.update(bob));
    QCOMPARE(leads.findById(bob.id)->email, QStringLiteral("bob@example.com"));

    // Changing only the case of one's own address is fine.
    Lead ann = *leads.findByEmail(QStringLiteral("ann@example.com"));
    ann.email = QStringLiteral("ann@example.com");
    QCOMPARE(leads.update(ann).email, QStringLiteral("ann@example.com"));
}

void TestStore::failedValidationWritesNothing()
{
    ScratchDir dir;
    auto store = WorkspaceStore::openLocal(DataLocation(dir.path()));
    QSignalSpy changed(&store->leads(), &LeadRepository::leadsChanged);

    Lead longName = makeLead(QStringLiteral("ok@example.com"), QString(101, QLatin1Char('x')));
    for (const Lead& bad : {makeLead(QStringLiteral("not-an-email")), makeLead(QString()), longName}) {
        QVERIFY_THROWS_EXCEPTION(StoreError, store->leads().add(bad));
    }
    QCOMPARE(store->leads().count(), 0);
    QCOMPARE(store->outbox().pendingCount(), 0);
    QCOMPARE(changed.count(), 0);
}

void TestStore::everyEditQueuesOneOutboxRow()
{
    ScratchDir dir;
    auto store = WorkspaceStore::openLocal(DataLocation(dir.path()));
    LeadRepository& leads = store->leads();
    Lead lead = leads.add(makeLead(QStringLiteral("ann@example.com"), QStringLiteral("Ann"), {},
                                   {QStringLiteral("a"), QStringLiteral("b")}));
    lead.company = QStringLiteral("Acme");
    lead.tags = QStringList{QStringLiteral("b"), QStringLiteral("c")};
    leads.update(lead);
    leads.update(lead); // unchanged: no new row
    leads.remove({lead.id});

    const QList<OutboxEntry> entries = store->outbox().pending(10);
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries[0].op, QStringLiteral("create"));
    QCOMPARE(entries[0].fields.at("firstName"), "Ann");
    QCOMPARE(entries[1].op, QStringLiteral("update"));
    QCOMPARE(entries[1].fields.size(), 2u); // company and tags only
    QCOMPARE(entries[1].fields.at("company"), "Acme");
    QCOMPARE(entries[1].fields.at("tags").at("add"), nlohmann::json::array({"c"}));
    QCOMPARE(entries[1].fields.at("tags").at("remove"), nlohmann::json::array({"a"}));
    QCOMPARE(entries[2].op, QStringLiteral("delete"));
    for (const OutboxEntry& entry : entries) {
        QCOMPARE(entry.entityId, lead.id);
        QVERIFY(!entry.opId.isEmpty());
    }
    QVERIFY(entries[0].opId != entries[1].opId);
}

void TestStore::searchIndexFollowsEdits()
{
    ScratchDir dir;
    auto store = WorkspaceStore::openLocal(DataLocation(dir.path()));
    LeadRepository& leads = store->leads();
    Lead ann = leads.add(makeLead(QStringLiteral("ann.smith@acme.io"), QStringLiteral("Ann"),
                                  QStringLiteral("Acme Widgets"), {QStringLiteral("trade show")}));
    leads.add(makeLead(QStringLiteral("bob@other.org"), QStringLiteral("Bob"), QStringLiteral("Other")));

    QCOMPARE(leads.count(QStringLiteral("ann")), 1);
    QCOMPARE(leads.count(QStringLiteral("smi")), 1);      // email part, by prefix
    QCOMPARE(leads.count(QStringLiteral("widg")), 1);     // company
    QCOMPARE(leads.count(QStringLiteral("trade")), 1);    // tag
    QCOMPARE(leads.count(QStringLiteral("ANN acme")), 1); // every word must match
    QCOMPARE(leads.count(QStringLiteral("ann other")), 0);
    QCOMPARE(leads.count(QStringLiteral("Zoë")), 0);

    ann.firstName = QStringLiteral("Zoë");
    leads.update(ann);
    QCOMPARE(leads.count(QStringLiteral("ann")), 1); // still in the email
    QCOMPARE(leads.count(QStringLiteral("zoe")), 1); // diacritics folded
    ann.email = QStringLiteral("zoe@acme.io");
    leads.update(ann);
    QCOMPARE(leads.count(QStringLiteral("ann")), 0);

    leads.remove({ann.id});
    QCOMPARE(leads.count(QStringLiteral("zoe")), 0);
    QCOMPARE(leads.count(QStringLiteral("bob")), 1);

    // FTS5's own check that the index matches the table exactly.
    QSqlQuery& check = store->database().prepare(
        QStringLiteral("INSERT INTO leads_fts (leads_fts, rank) VALUES ('integrity-check', 1)"));
    store->database().write(check);
}

void TestStore::searchTreatsOperatorsAsText()
{
    ScratchDir dir;
    auto store = WorkspaceStore::openLocal(DataLocation(dir.path()));
    store->leads().add(makeLead(QStringLiteral("or@example.com"), QStringLiteral("Near")));
    for (const QString& hostile :
         {QStringLiteral("\""), QStringLiteral("*"), QStringLiteral("NEAR("), QStringLiteral("a OR"),
          QStringLiteral("-x"), QStringLiteral("first_name:x"), QStringLiteral("'; DROP TABLE leads; --"),
          QStringLiteral("^"), QStringLiteral("(((")}) {
        store->leads().count(hostile); // must not throw
        store->leads().list(LeadQuery{hostile, LeadField::Email, Qt::AscendingOrder, 10, std::nullopt, {}});
    }
    QCOMPARE(store->leads().count(QStringLiteral("near")), 1);
    QCOMPARE(store->leads().count(QStringLiteral("or")), 1);
    QCOMPARE(store->leads().count(), 1);
}

void TestStore::keysetPagingVisitsEveryLeadOnce()
{
    ScratchDir dir;
    auto store = WorkspaceStore::openLocal(DataLocation(dir.path()));
    LeadRepository& leads = store->leads();
    for (int i = 0; i < 250; ++i) {
        // Many equal companies: ties must be broken by row, not skipped or repeated.
        leads.add(makeLead(QStringLiteral("lead%1@example.com").arg(i), {},
                           QStringLiteral("Company %1").arg(i % 7)));
    }
    for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        LeadQuery query{QString(), LeadField::Company, order, 60, std::nullopt, {}};
        QStringList seen;
        QString previous;
        for (;;) {
            const QList<Lead> page = leads.list(query);
            for (const Lead& lead : page) {
                if (!previous.isEmpty()) {
                    QVERIFY(order == Qt::AscendingOrder ? previous <= lead.company
                                                        : previous >= lead.company);
                }
                previous = lead.company;
                seen.append(lead.id);
            }
            if (page.size() < query.limit) {
                break;
            }
            query.after = LeadRepository::cursorAfter(page.constLast(), query.sortField);
        }
        QCOMPARE(seen.size(), 250);
        QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), 250);
    }
}

void TestStore::removeAndRestoreKeepIdentity()
{
    ScratchDir dir;
    auto store = WorkspaceStore::openLocal(DataLocation(dir.path()));
    const Lead ann = store->leads().add(makeLead(QStringLiteral("ann@example.com"), QStringLiteral("Ann")));
    const QList<Lead> removed = store->leads().remove({ann.id, QStringLiteral("no-such-id")});
    QCOMPARE(removed.size(), 1);
    QVERIFY(!store->leads().findById(ann.id));
    store->leads().restore(removed);
    const auto back = store->leads().findById(ann.id);
    QVERIFY(back);
    QCOMPARE(back->createdAt, ann.createdAt);
    QCOMPARE(store->leads().count(QStringLiteral("ann")), 1);
}

QTEST_GUILESS_MAIN(TestStore)
#include "test_store.moc"
