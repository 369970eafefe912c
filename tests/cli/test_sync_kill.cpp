// Kills a real `leadbox-cli sync` with SIGKILL 20 times in a row, as a power cut or a force-quit would,
// with thousands of offline edits (changes, deletions, imports) waiting to go to a devcloud on loopback:
// at a random moment, or right after the cloud answered a batch. Between kills the user edits more leads,
// some of them again while their previous edit is still unanswered. Then a sync runs to the end. The user
// must find every edit in the cloud exactly once (devcloud's own counts and the change feed), nothing
// pending or in conflict on the computer, and SQLite must find both the computer's store and devcloud's
// data file sound.
// Needs the Secret Service that scripts/test starts (the CLI keeps its sign-in in the keychain).
#include "CliRunner.h"
#include "models/DataLocation.h"
#include "models/WorkspaceStore.h"
#include "tests/integration/SyncClient.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using namespace leadbox;

namespace {

constexpr int kFirstEdits = 2000;    // pending before the first sync starts
constexpr int kRounds = 20;          // killed syncs
constexpr int kEditsPerRound = 600;  // two batches each round
constexpr int kEditsAgain = 50;      // in-flight leads edited again, each round
constexpr int kDeletesPerRound = 20; // every fifth round, from the third
constexpr int kImportRows = 100;     // every fifth round, from the fifth
// Leads in the cloud workspace before the edits: each edit and deletion has a lead of its own.
constexpr int kSeeded = kFirstEdits + kRounds * kEditsPerRound + 200;
const QString kPassword = QStringLiteral("kill-test-password");

// The company of the n-th seeded lead after its `version`-th edit.
QString companyFor(int n, int version = 1)
{
    return version == 1 ? QStringLiteral("Kill edit %1").arg(n)
                        : QStringLiteral("Kill edit %1 v%2").arg(n).arg(version);
}

// PRAGMA integrity_check on a file, through a connection of its own: "ok" when sound.
QString integrity(const QString& file)
{
    const QString name = QStringLiteral("integrity-%1").arg(QRandomGenerator::global()->generate());
    QString verdict;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        if (!db.open()) {
            return db.lastError().text();
        }
        QSqlQuery query(db);
        if (!query.prepare(QStringLiteral("PRAGMA integrity_check")) || !query.exec()) {
            return query.lastError().text();
        }
        QStringList lines;
        while (query.next()) {
            lines.append(query.value(0).toString());
        }
        verdict = lines.join(QLatin1Char('\n'));
    }
    QSqlDatabase::removeDatabase(name);
    return verdict;
}

nlohmann::json parseJson(const QString& text)
{
    return nlohmann::json::parse(text.toStdString(), nullptr, false);
}

} // namespace

class TestSyncKill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killedSyncsLoseNothingAndApplyNothingTwice();

private:
    CliResult cli(const QStringList& arguments, const QString& stdinText = {});
    std::unique_ptr<WorkspaceStore> openStore()
    {
        return WorkspaceStore::openCloud(DataLocation(m_dataDir), m_uid, m_ws, QStringLiteral("Kill test"));
    }
    // Changes the company of leads [from, from + count) of the pulled list, offline.
    void editLeads(int from, int count);
    // Edits again, offline, up to `count` leads whose last op went out in a killed sync and was never
    // answered, as a user carrying on after a crash would. Returns how many.
    int editInFlightAgain(int count);
    void deleteLeads(int from, int count);
    void importLeads(int round);

    DevcloudProcess m_devcloud;
    std::unique_ptr<DevcloudClient> m_http;
    std::unique_ptr<SyncClient> m_sync;
    QProcessEnvironment m_env;
    QTemporaryDir m_tmp;
    QString m_dataDir;
    QString m_email;
    QString m_uid;
    QString m_ws;
    QStringList m_leadIds;       // the seeded leads, in a fixed order
    QStringList m_imported;      // emails
    QHash<QString, int> m_index; // seeded lead id → its place in m_leadIds
    QHash<int, int> m_editions;  // place → how many times its company was edited
};

CliResult TestSyncKill::cli(const QStringList& arguments, const QString& stdinText)
{
    return runCli(QStringList{QStringLiteral("--data-dir"), m_dataDir} + arguments, m_env, 60000, stdinText);
}

void TestSyncKill::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        QSKIP("No D-Bus session: run through scripts/test, which starts a Secret Service.");
    }
    QLoggingCategory::setFilterRules(QStringLiteral("leadbox.*.info=false"));
    QVERIFY(m_tmp.isValid());
    m_dataDir = m_tmp.filePath(QStringLiteral("data"));
    QVERIFY2(m_devcloud.start(), qPrintable(m_devcloud.error()));
    m_http = std::make_unique<DevcloudClient>(m_devcloud);
    m_sync = std::make_unique<SyncClient>(m_devcloud, *m_http);
    m_env = cleanEnvironment();
    const QString host = QStringLiteral("127.0.0.1:%1").arg(m_devcloud.port());
    m_env.insert(QStringLiteral("FIREBASE_AUTH_EMULATOR_HOST"), host);
    m_env.insert(QStringLiteral("LEADBOX_CLOUD_URL"), QStringLiteral("http://") + host);
    m_env.insert(QStringLiteral("LEADBOX_FIREBASE_API_KEY"), QStringLiteral("test-api-key"));

    // An account of its own, so that no other test's keychain entry is touched.
    m_email = QStringLiteral("kill-%1@example.com").arg(QRandomGenerator::global()->generate());
    QCOMPARE(m_http->signUp(m_email, kPassword).status, 200);
    const CliResult login =
        cli({QStringLiteral("login"), QStringLiteral("--email"), m_email, QStringLiteral("--password-stdin")},
            kPassword + QLatin1Char('\n'));
    QVERIFY2(login.exitCode == 0, qPrintable(describe(login)));
    const CliResult created =
        cli({QStringLiteral("workspaces"), QStringLiteral("create"), QStringLiteral("Kill test")});
    QVERIFY2(created.exitCode == 0, qPrintable(describe(created)));
    m_ws = created.out.trimmed();
    const CliResult use = cli({QStringLiteral("use"), m_ws});
    QVERIFY2(use.exitCode == 0, qPrintable(describe(use)));
    const nlohmann::json whoami = parseJson(cli({QStringLiteral("whoami"), QStringLiteral("--json")}).out);
    m_uid = QString::fromStdString(whoami.value("uid", std::string()));
    QVERIFY(!m_uid.isEmpty());

    QCOMPARE(m_sync->seedLeads(m_ws, kSeeded).status, 200);
    const CliResult pulled = cli({QStringLiteral("sync")});
    QVERIFY2(pulled.exitCode == 0, qPrintable(describe(pulled)));
    QCOMPARE(pulled.out, QStringLiteral("pulled %1, pushed 0, conflicts 0\n").arg(kSeeded));

    const auto store = openStore();
    LeadQuery query;
    query.sortField = LeadField::Email;
    query.order = Qt::AscendingOrder;
    query.limit = kSeeded;
    for (const Lead& lead : store->leads().list(query)) {
        m_index.insert(lead.id, static_cast<int>(m_leadIds.size()));
        m_leadIds.append(lead.id);
    }
    QCOMPARE(m_leadIds.size(), kSeeded);
}

void TestSyncKill::editLeads(int from, int count)
{
    for (int n = from; n < from + count; ++n) {
        m_editions[n] = 1;
    }
    openStore()->leads().changeMany(m_leadIds.mid(from, count), [&](Lead& lead) {
        const int n = m_index.value(lead.id);
        lead.company = companyFor(n, m_editions.value(n));
    });
}

int TestSyncKill::editInFlightAgain(int count)
{
    const auto store = openStore();
    QStringList ids;
    for (const OutboxEntry& entry : store->outbox().pending(100000)) {
        if (entry.sent && entry.op == QLatin1String("update") && m_index.contains(entry.entityId) &&
            ids.size() < count) {
            ids.append(entry.entityId);
            ++m_editions[m_index.value(entry.entityId)];
        }
    }
    store->leads().changeMany(ids, [&](Lead& lead) {
        const int n = m_index.value(lead.id);
        lead.company = companyFor(n, m_editions.value(n));
    });
    return static_cast<int>(ids.size());
}

void TestSyncKill::deleteLeads(int from, int count)
{
    openStore()->leads().remove(m_leadIds.mid(from, count));
}

void TestSyncKill::importLeads(int round)
{
    const QString file = m_tmp.filePath(QStringLiteral("import-%1.csv").arg(round));
    QByteArray csv = "email,first_name,company\n";
    for (int i = 0; i < kImportRows; ++i) {
        const QString email = QStringLiteral("imported-%1-%2@kill.example").arg(round).arg(i);
        m_imported.append(email);
        csv += email.toUtf8() + ",Imported,Import round " + QByteArray::number(round) + "\n";
    }
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    QCOMPARE(out.write(csv), qint64{csv.size()});
    out.close();
    const CliResult imported = cli({QStringLiteral("import"), file});
    QVERIFY2(imported.exitCode == 0, qPrintable(describe(imported)));
}

void TestSyncKill::killedSyncsLoseNothingAndApplyNothingTwice()
{
    QElapsedTimer clock;
    clock.start();
    const quint32 seed = qEnvironmentVariableIsSet("LEADBOX_KILL_SEED")
                             ? static_cast<quint32>(qEnvironmentVariableIntValue("LEADBOX_KILL_SEED"))
                             : QRandomGenerator::global()->generate();
    qInfo("kill delays from seed %u (set LEADBOX_KILL_SEED to repeat them)", seed);
    QRandomGenerator random(seed);

    const nlohmann::json before = m_sync->stats(m_ws);
    const qint64 seqBefore = before.value("seq", qint64{-1});
    const qint64 opsBefore = before.value("opsApplied", qint64{-1});
    QProcessEnvironment logEnvironment = m_env;
    logEnvironment.insert(QStringLiteral("LEADBOX_LOG_STDERR"), QStringLiteral("1"));
    editLeads(0, kFirstEdits);
    int edited = kFirstEdits;
    int deleted = 0;
    int editedAgain = 0;
    int killedMidPush = 0; // killed while the cloud was taking its edits
    int killed = 0;
    for (int round = 0; round < kRounds; ++round) {
        editedAgain += editInFlightAgain(kEditsAgain);
        editLeads(edited, kEditsPerRound);
        edited += kEditsPerRound;
        if (round % 5 == 2) {
            deleteLeads(kSeeded - (deleted + kDeletesPerRound), kDeletesPerRound);
            deleted += kDeletesPerRound;
        }
        if (round % 5 == 4) {
            importLeads(round);
        }
        const qint64 opsAtStart = m_sync->stats(m_ws).value("opsApplied", qint64{-1});
        // Every other round the kill waits for a moment of the push: the k-th batch answered by the cloud,
        // as the CLI's log on stderr says, which is where a crash loses the answer to applied edits.
        const bool atRandomTime = round % 2 == 0;
        const int delayMs = 50 + static_cast<int>(random.bounded(751));
        const int answeredBatches = 1 + static_cast<int>(random.bounded(3));
        QProcess sync;
        startCli(sync, {QStringLiteral("--data-dir"), m_dataDir, QStringLiteral("sync")}, logEnvironment);
        QVERIFY2(sync.waitForStarted(10000), qPrintable(sync.errorString()));
        QString moment;
        if (atRandomTime) {
            // The random moment is the point; the wait ends early if the sync is done.
            sync.waitForFinished(delayMs);
            moment = QStringLiteral("after %1 ms").arg(delayMs);
        } else {
            sync.setReadChannel(QProcess::StandardError);
            QByteArray log;
            int answered = 0;
            while (answered < answeredBatches && sync.waitForReadyRead(30000)) {
                log += sync.readAll();
                answered = static_cast<int>(log.count("/mutations 200 "));
            }
            moment = QStringLiteral("after %1 answered batch(es)").arg(answeredBatches);
        }
        const bool wasKilled = sync.state() != QProcess::NotRunning;
        if (wasKilled) {
            sync.kill(); // SIGKILL: no destructor, rollback or flush runs
            QVERIFY(sync.waitForFinished(10000));
            ++killed;
        } else {
            QVERIFY2(sync.exitStatus() == QProcess::NormalExit && sync.exitCode() == 0,
                     qPrintable(QString::fromUtf8(sync.readAllStandardError())));
        }
        const qint64 opsAtEnd = m_sync->stats(m_ws).value("opsApplied", qint64{-1});
        if (wasKilled && opsAtEnd > opsAtStart) {
            ++killedMidPush;
        }
        // After each kill the CLI still opens the store and says what is pending.
        const CliResult status = cli({QStringLiteral("status"), QStringLiteral("--json")});
        QVERIFY2(status.exitCode == 0, qPrintable(describe(status)));
        const nlohmann::json shown = parseJson(status.out);
        QCOMPARE(shown.value("conflicts", qint64{-1}), qint64{0});
        qInfo("round %2d: %s %s; the cloud took %lld op(s); %lld pending", round,
              wasKilled ? "killed" : "finished before the kill", qPrintable(moment), opsAtEnd - opsAtStart,
              shown.value("pending", qint64{-1}));
    }

    // The sync that is allowed to finish brings everything in, and the next has nothing left.
    const CliResult last = cli({QStringLiteral("sync"), QStringLiteral("--json")});
    QVERIFY2(last.exitCode == 0, qPrintable(describe(last)));
    const nlohmann::json lastRun = parseJson(last.out);
    QCOMPARE(lastRun.value("pending", qint64{-1}), qint64{0});
    QCOMPARE(lastRun.value("openConflicts", qint64{-1}), qint64{0});
    QCOMPARE(lastRun.value("rejected", qint64{-1}), qint64{0});
    // (It pulls back the last sync's own changes, and sends nothing.)
    const CliResult again = cli({QStringLiteral("sync"), QStringLiteral("--json")});
    QVERIFY2(again.exitCode == 0, qPrintable(describe(again)));
    QCOMPARE(parseJson(again.out).value("pushed", qint64{-1}), qint64{0});

    // The cloud: every op applied once, and each changed something (a second application of an edit under
    // another op id would change nothing). A lead edited twice takes one change, or two when its first edit
    // had gone out before the second was made.
    const int distinct = edited + deleted + static_cast<int>(m_imported.size());
    const nlohmann::json after = m_sync->stats(m_ws);
    const qint64 changes = after.value("seq", qint64{-1}) - seqBefore;
    QCOMPARE(after.value("opsApplied", qint64{-1}) - opsBefore, changes);
    QVERIFY2(changes >= distinct && changes <= distinct + editedAgain,
             qPrintable(QStringLiteral("%1 changes for %2 leads").arg(changes).arg(distinct)));
    QCOMPARE(after.value("leads", qint64{-1}), qint64{kSeeded - deleted + m_imported.size()});
    QCOMPARE(after.value("tombstones", qint64{-1}), qint64{deleted});
    QCOMPARE(after.value("rejectedAnswered", qint64{-1}), qint64{0});
    QCOMPARE(after.value("conflictsAnswered", qint64{-1}), qint64{0});

    // Read back: every edit is in its place, every imported lead is there once.
    const QString token = m_http->signIn(m_email, kPassword).text("/idToken");
    QHash<QString, nlohmann::json> byId;
    QHash<QString, int> importedSeen;
    for (QString since = QString::number(seqBefore);;) {
        const ::HttpReply feed = m_http->get(
            QStringLiteral("/v1/workspaces/%1/changes?since=%2&limit=5000").arg(m_ws, since), token);
        QCOMPARE(feed.status, 200);
        for (const auto& change : feed.body["changes"]) {
            const QString id = QString::fromStdString(change.value("id", std::string()));
            byId.insert(id, change);
            const QString email = QString::fromStdString(change["data"].value("email", std::string()));
            if (email.startsWith(QStringLiteral("imported-"))) {
                ++importedSeen[email];
            }
        }
        since = QString::fromStdString(feed.body.value("cursor", std::string()));
        if (!feed.body.value("hasMore", false)) {
            break;
        }
    }
    QCOMPARE(byId.size(), distinct);
    for (int n = 0; n < edited; ++n) {
        const nlohmann::json& change = byId.value(m_leadIds.at(n));
        QCOMPARE(QString::fromStdString(change["data"].value("company", std::string())),
                 companyFor(n, m_editions.value(n)));
    }
    for (int n = kSeeded - deleted; n < kSeeded; ++n) {
        QCOMPARE(byId.value(m_leadIds.at(n)).value("deleted", false), true);
    }
    QCOMPARE(importedSeen.size(), m_imported.size());
    for (const QString& email : m_imported) {
        QCOMPARE(importedSeen.value(email), 1);
    }

    // The computer: the same leads at the cloud's versions, nothing pending.
    {
        const auto store = openStore();
        QCOMPARE(store->leads().count(), qint64{kSeeded - deleted + m_imported.size()});
        QCOMPARE(store->outbox().pendingChanges(), qint64{0});
        for (auto it = byId.cbegin(); it != byId.cend(); ++it) {
            const std::optional<Lead> lead = store->leads().findById(it.key());
            QCOMPARE(bool(lead), !it.value().value("deleted", false));
            if (lead) {
                QCOMPARE(lead->version, it.value().value("version", qint64{-1}));
            }
        }
    }
    QCOMPARE(integrity(DataLocation(m_dataDir).cloudWorkspaceFile(m_uid, m_ws)), QStringLiteral("ok"));
    m_devcloud.stop();
    QCOMPARE(m_devcloud.exitCode(), 0);
    QCOMPARE(integrity(m_devcloud.dataFile()), QStringLiteral("ok"));

    qInfo("%d of %d syncs killed, %d of them while the cloud was taking edits; %d leads edited again while "
          "their last edit was unanswered; %lld changes in %lld ms",
          killed, kRounds, killedMidPush, editedAgain, changes, clock.elapsed());
    QVERIFY2(editedAgain > 0, "no lead was edited while its edit was in flight");
    // Kills that all fell before or after the pushes would prove nothing.
    QVERIFY2(killedMidPush >= 3,
             qPrintable(QStringLiteral("only %1 kills fell mid-push").arg(killedMidPush)));
}

QTEST_GUILESS_MAIN(TestSyncKill)
#include "test_sync_kill.moc"
