// Two LeadBox installations, one cloud workspace: Adam (admin) and Mia (member) each have their own data
// folder and sign in to a seeded devcloud. Both pull Acme's leads, go on editing offline, then sync one
// after the other. What they see afterwards is what the tests check: edits of different fields both
// survive everywhere; the same field edited twice is a visible conflict on the second client that, once
// decided either way, leaves both clients and the cloud alike; a delete against an edit is a conflict
// too, and the edit is not lost before the user decides. Each case runs twice: once with the second
// client learning of the first one's change from the feed, once with that change landing while the second
// client's own push is on its way (devcloud holds it), so that the cloud's conflict answer is what tells.
#include "tests/integration/SyncClient.h"
#include "tests/integration/SyncPeer.h"

#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

using namespace leadbox;

namespace {

const QString kAcme = QStringLiteral("ws_demo_acme");
const QString kAdmin = QStringLiteral("admin@demo.leadbox.test");
const QString kMember = QStringLiteral("member@demo.leadbox.test");

QString text(const nlohmann::json& object, const char* key)
{
    return object.is_object() && object.contains(key) && object[key].is_string()
               ? QString::fromStdString(object[key].get<std::string>())
               : QString();
}

QStringList tagsOf(const nlohmann::json& data)
{
    QStringList tags;
    if (data.is_object() && data.contains("tags") && data["tags"].is_array()) {
        for (const auto& tag : data["tags"]) {
            tags.append(QString::fromStdString(tag.get<std::string>()));
        }
    }
    tags.sort(Qt::CaseInsensitive);
    return tags;
}

QStringList sorted(QStringList list)
{
    list.sort(Qt::CaseInsensitive);
    return list;
}

} // namespace

#define SYNC_OK(peer)                                                                                        \
    do {                                                                                                     \
        const SyncRunRecord run_ = (peer).sync();                                                            \
        QVERIFY2(!run_.failed, qPrintable(run_.error));                                                      \
    } while (false)

class TestSyncTwoClients : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void differentFieldsBothSurvive();
    void sameFieldIsAConflictUntilDecided_data();
    void sameFieldIsAConflictUntilDecided();
    void deleteAgainstEditLosesNothing_data();
    void deleteAgainstEditLosesNothing();

private:
    // Syncs `first` while a sync of `second` has pulled and its push is held up in the cloud, then lets
    // the push through; or, without `race`, syncs `first` and then `second`. Gives `second`'s run.
    void syncInTurn(SyncPeer& first, SyncPeer& second, bool race, SyncRunRecord* secondRun);
    // The cloud's copy of the lead as the change feed would send it.
    nlohmann::json serverLead(const QString& id) { return m_sync->lead(kAcme, id).body; }
    // Both clients and the cloud hold `company` for the lead, with nothing pending or open anywhere.
    void verifyConverged(const QString& id, const QString& company);
    // Neither client nor the cloud holds the lead any more, with nothing pending or open anywhere.
    void verifyGoneEverywhere(const QString& id);

    std::unique_ptr<DevcloudProcess> m_devcloud;
    std::unique_ptr<DevcloudClient> m_http;
    std::unique_ptr<SyncClient> m_sync;
    std::unique_ptr<SyncPeer> m_adam;
    std::unique_ptr<SyncPeer> m_mia;
    QString m_leadId; // a lead both pulled
};

void TestSyncTwoClients::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("leadbox.*.info=false"));
}

void TestSyncTwoClients::init()
{
    // A fresh cloud for each test, so that no test sees another's edits of Acme's leads.
    m_devcloud = std::make_unique<DevcloudProcess>();
    QVERIFY2(m_devcloud->start({QStringLiteral("--seed"), QStringLiteral("demo")}),
             qPrintable(m_devcloud->error()));
    m_http = std::make_unique<DevcloudClient>(*m_devcloud);
    m_sync = std::make_unique<SyncClient>(*m_devcloud, *m_http);
    m_adam = std::make_unique<SyncPeer>(*m_devcloud);
    m_mia = std::make_unique<SyncPeer>(*m_devcloud);
    QString error = m_adam->signIn(kAdmin, kAcme);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    error = m_mia->signIn(kMember, kAcme);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    for (SyncPeer* peer : {m_adam.get(), m_mia.get()}) {
        const SyncRunRecord first = peer->sync();
        QVERIFY2(!first.failed, qPrintable(first.error));
        QCOMPARE(first.pulled, qint64{300});
        QCOMPARE(peer->store->leads().count(), qint64{300});
    }
    LeadQuery query;
    query.sortField = LeadField::Email;
    query.order = Qt::AscendingOrder;
    query.limit = 1;
    m_leadId = m_adam->store->leads().list(query).value(0).id;
    QVERIFY(!m_leadId.isEmpty());
    QVERIFY(m_mia->lead(m_leadId));
}

void TestSyncTwoClients::cleanup()
{
    m_adam.reset();
    m_mia.reset();
    m_sync.reset();
    m_http.reset();
    m_devcloud.reset();
}

void TestSyncTwoClients::syncInTurn(SyncPeer& first, SyncPeer& second, bool race, SyncRunRecord* secondRun)
{
    if (!race) {
        SYNC_OK(first);
        *secondRun = second.sync();
        return;
    }
    const ::HttpReply held = m_sync->addFault({{"path", "mutations"}, {"kind", "stall"}, {"stallMs", 20000}});
    QVERIFY2(held.status == 201, qPrintable(held.describe()));
    QSignalSpy secondDone(second.engine.get(), &SyncEngine::runFinished);
    second.engine->syncNow();
    // The rule is used up once the second client's push has reached the cloud and is being held there.
    QTRY_VERIFY_WITH_TIMEOUT(m_sync->faults().body["faults"].empty(), 10000);
    SYNC_OK(first);
    m_sync->clearFaults(); // the held push goes on now
    QVERIFY(!secondDone.isEmpty() || secondDone.wait(20000));
    *secondRun = second.engine->lastRun().value_or(SyncRunRecord{});
    // The second client learnt of the clash from the cloud's answer to its push, not from the feed.
    QCOMPARE(m_sync->stats(kAcme).value("conflictsAnswered", qint64{-1}), qint64{1});
}

void TestSyncTwoClients::verifyConverged(const QString& id, const QString& company)
{
    const nlohmann::json server = serverLead(id);
    QCOMPARE(server.value("deleted", true), false);
    QCOMPARE(text(server["data"], "company"), company);
    for (SyncPeer* peer : {m_adam.get(), m_mia.get()}) {
        const std::optional<Lead> lead = peer->lead(id);
        QVERIFY2(lead, "a client lost the lead");
        QCOMPARE(lead->company, company);
        QCOMPARE(lead->version, server.value("version", qint64{-1}));
        QCOMPARE(peer->pending(), qint64{0});
        QCOMPARE(peer->conflicts().size(), 0);
        QCOMPARE(peer->engine->conflictCount(), qint64{0});
    }
}

void TestSyncTwoClients::verifyGoneEverywhere(const QString& id)
{
    const ::HttpReply server = m_sync->lead(kAcme, id);
    QCOMPARE(server.status, 200);
    QCOMPARE(server.body.value("deleted", false), true);
    for (SyncPeer* peer : {m_adam.get(), m_mia.get()}) {
        QVERIFY2(!peer->lead(id), "a client still shows the deleted lead");
        QCOMPARE(peer->store->leads().count(), qint64{299});
        QCOMPARE(peer->pending(), qint64{0});
        QCOMPARE(peer->conflicts().size(), 0);
    }
    QCOMPARE(m_sync->stats(kAcme).value("leads", qint64{-1}), qint64{299});
}

void TestSyncTwoClients::differentFieldsBothSurvive()
{
    const QStringList originalTags = m_adam->lead(m_leadId)->tags;
    m_adam->edit(m_leadId, [](Lead& lead) {
        lead.company = QStringLiteral("Adam's Company Ltd");
        lead.tags.append(QStringLiteral("from-adam"));
    });
    m_mia->edit(m_leadId, [](Lead& lead) {
        lead.phone = QStringLiteral("+1 555 0199");
        lead.tags.append(QStringLiteral("from-mia"));
    });
    QCOMPARE(m_adam->engine->pendingCount(), qint64{1});
    QCOMPARE(m_mia->engine->pendingCount(), qint64{1});

    const SyncRunRecord adam = m_adam->sync();
    QVERIFY2(!adam.failed, qPrintable(adam.error));
    QCOMPARE(adam.pushed, qint64{1});
    const SyncRunRecord mia = m_mia->sync();
    QVERIFY2(!mia.failed, qPrintable(mia.error));
    QCOMPARE(mia.pulled, qint64{1});
    QCOMPARE(mia.pushed, qint64{1});
    QCOMPARE(mia.conflicts, qint64{0});
    SYNC_OK(*m_adam); // picks up Mia's phone

    const QStringList expectedTags =
        sorted(originalTags + QStringList{QStringLiteral("from-adam"), QStringLiteral("from-mia")});
    const nlohmann::json server = serverLead(m_leadId);
    QCOMPARE(text(server["data"], "company"), QStringLiteral("Adam's Company Ltd"));
    QCOMPARE(text(server["data"], "phone"), QStringLiteral("+1 555 0199"));
    QCOMPARE(tagsOf(server["data"]), expectedTags);
    for (SyncPeer* peer : {m_adam.get(), m_mia.get()}) {
        const Lead lead = *peer->lead(m_leadId);
        QCOMPARE(lead.company, QStringLiteral("Adam's Company Ltd"));
        QCOMPARE(lead.phone, QStringLiteral("+1 555 0199"));
        QCOMPARE(sorted(lead.tags), expectedTags);
        QCOMPARE(lead.version, server.value("version", qint64{-1}));
        QCOMPARE(peer->pending(), qint64{0});
        QCOMPARE(peer->conflicts().size(), 0);
        QCOMPARE(peer->engine->state(), SyncEngine::State::Synced);
    }
    verifyConverged(m_leadId, QStringLiteral("Adam's Company Ltd"));
    // Two edits, two changes in the cloud: nothing was applied twice or refused.
    const nlohmann::json stats = m_sync->stats(kAcme);
    QCOMPARE(stats.value("seq", qint64{-1}), qint64{302});
    QCOMPARE(stats.value("conflictsAnswered", qint64{-1}), qint64{0});
}

void TestSyncTwoClients::sameFieldIsAConflictUntilDecided_data()
{
    QTest::addColumn<bool>("race");
    QTest::addColumn<bool>("keepLocal");
    for (const bool race : {false, true}) {
        const char* how = race ? "while Mia pushes" : "before Mia pulls";
        QTest::addRow("Adam's lands %s, Mia keeps hers", how) << race << true;
        QTest::addRow("Adam's lands %s, Mia keeps the cloud's", how) << race << false;
    }
}

void TestSyncTwoClients::sameFieldIsAConflictUntilDecided()
{
    QFETCH(bool, race);
    QFETCH(bool, keepLocal);
    const QString adams = QStringLiteral("Adam's Choice Inc");
    const QString mias = QStringLiteral("Mia's Choice GmbH");
    m_adam->edit(m_leadId, [&](Lead& lead) { lead.company = adams; });
    m_mia->edit(m_leadId, [&](Lead& lead) {
        lead.company = mias;
        lead.source = QStringLiteral("Trade fair"); // not in conflict: goes through on its own
    });

    // Mia's sync finishes and shows the conflict; her value is still what she sees on the lead.
    SyncRunRecord mia;
    syncInTurn(*m_adam, *m_mia, race, &mia);
    if (QTest::currentTestFailed()) {
        return;
    }
    QVERIFY2(!mia.failed, qPrintable(mia.error));
    QCOMPARE(mia.conflicts, qint64{1});
    QCOMPARE(m_mia->engine->conflictCount(), qint64{1});
    const QList<SyncConflict> conflicts = m_mia->conflicts();
    QCOMPARE(conflicts.size(), 1);
    const SyncConflict conflict = conflicts.first();
    QCOMPARE(conflict.leadId, m_leadId);
    QCOMPARE(conflict.field, QStringLiteral("company"));
    QCOMPARE(conflict.localText, mias);
    QCOMPARE(conflict.serverText, adams);
    QCOMPARE(conflict.changedBy, kAdmin);
    QCOMPARE(m_mia->lead(m_leadId)->company, mias);
    QCOMPARE(text(serverLead(m_leadId)["data"], "company"), adams);
    QCOMPARE(text(serverLead(m_leadId)["data"], "source"), QStringLiteral("Trade fair"));
    // Syncing again changes nothing until she decides.
    SYNC_OK(*m_mia);
    QCOMPARE(m_mia->conflicts().size(), 1);
    QCOMPARE(m_mia->lead(m_leadId)->company, mias);
    QCOMPARE(text(serverLead(m_leadId)["data"], "company"), adams);

    m_mia->store->conflicts().resolve(conflict.id, keepLocal ? ConflictRepository::Keep::Local
                                                             : ConflictRepository::Keep::Server);
    QCOMPARE(m_mia->lead(m_leadId)->company, keepLocal ? mias : adams);
    const SyncRunRecord after = m_mia->sync();
    QVERIFY2(!after.failed, qPrintable(after.error));
    QCOMPARE(after.pushed, qint64{keepLocal ? 1 : 0});
    QCOMPARE(after.conflicts, qint64{0});
    SYNC_OK(*m_adam);
    verifyConverged(m_leadId, keepLocal ? mias : adams);
    QCOMPARE(m_adam->lead(m_leadId)->source, QStringLiteral("Trade fair"));
    QCOMPARE(m_mia->lead(m_leadId)->source, QStringLiteral("Trade fair"));
}

void TestSyncTwoClients::deleteAgainstEditLosesNothing_data()
{
    QTest::addColumn<bool>("race");
    QTest::addColumn<bool>("deleterSyncsFirst");
    QTest::addColumn<bool>("keepLocal"); // the second client's choice
    for (const bool race : {false, true}) {
        const char* how = race ? "while the other pushes" : "before the other pulls";
        QTest::addRow("deleted in the cloud %s, editor keeps the lead", how) << race << true << true;
        QTest::addRow("deleted in the cloud %s, editor accepts the deletion", how) << race << true << false;
        QTest::addRow("edited in the cloud %s, deleter keeps the deletion", how) << race << false << true;
        QTest::addRow("edited in the cloud %s, deleter restores the lead", how) << race << false << false;
    }
}

void TestSyncTwoClients::deleteAgainstEditLosesNothing()
{
    QFETCH(bool, race);
    QFETCH(bool, deleterSyncsFirst);
    QFETCH(bool, keepLocal);
    const QString edited = QStringLiteral("Edited While Deleted Co");
    m_adam->remove(m_leadId);
    m_mia->edit(m_leadId, [&](Lead& lead) { lead.company = edited; });
    SyncPeer& first = deleterSyncsFirst ? *m_adam : *m_mia;
    SyncPeer& second = deleterSyncsFirst ? *m_mia : *m_adam;

    SyncRunRecord run;
    syncInTurn(first, second, race, &run);
    if (QTest::currentTestFailed()) {
        return;
    }
    QVERIFY2(!run.failed, qPrintable(run.error));
    QCOMPARE(run.conflicts, qint64{1});
    const QList<SyncConflict> conflicts = second.conflicts();
    QCOMPARE(conflicts.size(), 1);
    const SyncConflict conflict = conflicts.first();
    QCOMPARE(conflict.field, QStringLiteral("deleted"));
    QVERIFY(conflict.isDeletion());
    QCOMPARE(second.engine->conflictCount(), qint64{1});

    // Nothing lost before the decision: Mia still has her edit; the cloud has whatever synced first.
    QCOMPARE(m_mia->lead(m_leadId).value_or(Lead{}).company, edited);
    const nlohmann::json cloud = serverLead(m_leadId);
    if (deleterSyncsFirst) {
        QCOMPARE(cloud.value("deleted", false), true);
        QVERIFY(conflict.serverDeleted());
        QVERIFY(!conflict.localDeleted());
        QCOMPARE(text(conflict.localValue, "company"), edited);
    } else {
        QCOMPARE(cloud.value("deleted", true), false);
        QCOMPARE(text(cloud["data"], "company"), edited);
        QVERIFY(conflict.localDeleted());
        QVERIFY(!conflict.serverDeleted());
        QCOMPARE(text(conflict.serverValue, "company"), edited);
        QVERIFY2(!m_adam->lead(m_leadId), "Adam's deletion should stand on his computer until he decides");
    }
    // Another sync of either side keeps it that way.
    SYNC_OK(second);
    SYNC_OK(first);
    QCOMPARE(second.conflicts().size(), 1);
    QCOMPARE(m_mia->lead(m_leadId).value_or(Lead{}).company, edited);

    second.store->conflicts().resolve(conflict.id, keepLocal ? ConflictRepository::Keep::Local
                                                             : ConflictRepository::Keep::Server);
    SYNC_OK(second);
    SYNC_OK(first);
    // What stays is the editor's lead, unless the user chose the deletion.
    const bool deletionWins = deleterSyncsFirst ? !keepLocal : keepLocal;
    if (deletionWins) {
        verifyGoneEverywhere(m_leadId);
    } else {
        verifyConverged(m_leadId, edited);
        QCOMPARE(m_sync->stats(kAcme).value("leads", qint64{-1}), qint64{300});
    }
}

QTEST_GUILESS_MAIN(TestSyncTwoClients)
#include "test_sync_two_clients.moc"
