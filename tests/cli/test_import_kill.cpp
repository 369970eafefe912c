// Kills a real `leadbox-cli import` of 200,000 rows at points spread over its run, as a power cut or
// a force-quit would, and checks that the workspace holds either none or all of the file's leads,
// that the leads it held before are intact, that SQLite finds the file sound, and that the next
// import (the whole file again, or a small one) succeeds.
#include "models/DataLocation.h"
#include "models/StoreError.h"
#include "models/WorkspaceStore.h"
#include "models/store/Database.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using namespace leadbox;

#include "CliRunner.h"

namespace {

constexpr int kRows = 200000;
constexpr int kSmallRows = 1000;

void startCli(QProcess& process, const QString& dataDir, const QStringList& arguments)
{
    startCli(process, QStringList{QStringLiteral("--data-dir"), dataDir} + arguments);
}

CliResult runCli(const QString& dataDir, const QStringList& arguments)
{
    return runCli(QStringList{QStringLiteral("--data-dir"), dataDir} + arguments, cleanEnvironment(), 120000);
}

// The leads a workspace held before the import: they must come through every kill unchanged.
QList<Lead> seedLeads()
{
    QList<Lead> leads;
    const char* const names[][3] = {{"keep1@example.org", "Ann", "Globex"},
                                    {"keep2@example.org", "Bob", "Initech"},
                                    {"keep3@example.org", "Cid", "Umbrella"}};
    for (const auto& name : names) {
        Lead lead;
        lead.email = QString::fromUtf8(name[0]);
        lead.firstName = QString::fromUtf8(name[1]);
        lead.company = QString::fromUtf8(name[2]);
        lead.status = LeadStatus::Qualified;
        lead.tags = QStringList{QStringLiteral("kept")};
        leads.append(lead);
    }
    return leads;
}

} // namespace

class TestImportKill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killedImportIsAllOrNothing_data();
    void killedImportIsAllOrNothing();
    void cleanupTestCase();

private:
    // A fresh data folder holding only the seed leads; returns them as stored.
    QList<Lead> seedWorkspace(const QString& dataDir);
    // Everything a user could notice about the workspace after a kill.
    void verifyWorkspace(const QString& dataDir, const QList<Lead>& seeded, qint64* count);

    QTemporaryDir m_tmp;
    QString m_csv;
    QString m_smallCsv;
    qint64 m_fullImportMs = 0;
    int m_killedBeforeCommit = 0;
    int m_killPoints = 0;
};

void TestImportKill::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("leadbox.*.info=false"));
    QVERIFY(m_tmp.isValid());

    // The file: 200,000 distinct leads, about 12 MB.
    m_csv = m_tmp.filePath(QStringLiteral("leads.csv"));
    QByteArray csv = "email,first_name,last_name,company,tags\n";
    csv.reserve(kRows * 64);
    for (int i = 1; i <= kRows; ++i) {
        const QByteArray n = QByteArray::number(i);
        csv += "lead" + n + "@example.com,First" + n + ",Last" + n + ",Company " +
               QByteArray::number(i % 500) + ",tag" + QByteArray::number(i % 9) + "\n";
    }
    QFile file(m_csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(csv), qint64{csv.size()});
    file.close();

    m_smallCsv = m_tmp.filePath(QStringLiteral("more.csv"));
    QByteArray more = "email,first_name\n";
    for (int i = 1; i <= kSmallRows; ++i) {
        more += "later" + QByteArray::number(i) + "@example.net,Latecomer\n";
    }
    QFile smallFile(m_smallCsv);
    QVERIFY(smallFile.open(QIODevice::WriteOnly));
    QCOMPARE(smallFile.write(more), qint64{more.size()});
    smallFile.close();

    // One import run to the end tells how long an import takes here.
    const QString dataDir = m_tmp.filePath(QStringLiteral("calibration"));
    const QList<Lead> seeded = seedWorkspace(dataDir);
    QElapsedTimer clock;
    clock.start();
    const CliResult full = runCli(dataDir, {QStringLiteral("import"), m_csv});
    m_fullImportMs = clock.elapsed();
    QVERIFY2(full.exitCode == 0, qPrintable(describe(full)));
    QCOMPARE(full.out,
             QStringLiteral("Imported leads.csv: %1 added, 0 updated, 0 skipped, 0 rejected.\n").arg(kRows));
    qint64 count = 0;
    verifyWorkspace(dataDir, seeded, &count);
    QCOMPARE(count, qint64{seeded.size() + kRows});
    qInfo("a full import of %d rows takes %lld ms here", kRows, m_fullImportMs);
}

void TestImportKill::killedImportIsAllOrNothing_data()
{
    QTest::addColumn<double>("fraction"); // of a full import's run time
    // Whether to run the whole file again afterwards; else a small file shows that imports work.
    // One full re-run keeps the test within about a minute.
    QTest::addColumn<bool>("rerunFullFile");
    QTest::newRow("right after start") << 0.0 << false;
    for (const double fraction : {0.1, 0.3, 0.5, 0.7, 0.9}) {
        QTest::newRow(qPrintable(QStringLiteral("at %1%").arg(qRound(fraction * 100))))
            << fraction << (fraction == 0.5);
    }
}

void TestImportKill::killedImportIsAllOrNothing()
{
    QFETCH(double, fraction);
    QFETCH(bool, rerunFullFile);
    const QString dataDir = m_tmp.filePath(QStringLiteral("kill-%1").arg(qRound(fraction * 100)));
    const QList<Lead> seeded = seedWorkspace(dataDir);
    const qint64 before = seeded.size();

    QProcess import;
    startCli(import, dataDir, {QStringLiteral("import"), m_csv});
    QVERIFY2(import.waitForStarted(10000), qPrintable(import.errorString()));
    // Waiting for the chosen moment is the point here; the wait ends early if the import finishes.
    const QDeadlineTimer killAt(static_cast<qint64>(fraction * static_cast<double>(m_fullImportMs)));
    if (!killAt.hasExpired()) {
        import.waitForFinished(static_cast<int>(killAt.remainingTime()));
    }
    const bool killed = import.state() != QProcess::NotRunning;
    if (killed) {
        import.kill(); // SIGKILL: no destructor, no rollback, no flush runs
        QVERIFY(import.waitForFinished(10000));
    }
    ++m_killPoints;

    // What the user sees next: the CLI counts either the old leads or the old leads and the whole file.
    const CliResult count = runCli(dataDir, {QStringLiteral("leads"), QStringLiteral("count")});
    QVERIFY2(count.exitCode == 0, qPrintable(describe(count)));
    const qint64 shown = count.out.trimmed().toLongLong();
    QVERIFY2(shown == before || shown == before + kRows,
             qPrintable(QStringLiteral("%1 leads after a kill at %2 ms (of %3 ms)")
                            .arg(count.out.trimmed())
                            .arg(qRound64(fraction * static_cast<double>(m_fullImportMs)))
                            .arg(m_fullImportMs)));
    if (killed && shown == before) {
        ++m_killedBeforeCommit;
    }
    qInfo("%s at %lld ms: %lld leads", killed ? "killed" : "finished before the kill",
          static_cast<qint64>(fraction * static_cast<double>(m_fullImportMs)), shown);
    if (!killed) { // it finished first
        QCOMPARE(import.exitStatus(), QProcess::NormalExit);
        QCOMPARE(import.exitCode(), 0);
        QCOMPARE(shown, before + kRows);
    }

    qint64 stored = 0;
    verifyWorkspace(dataDir, seeded, &stored);
    if (QTest::currentTestFailed()) {
        return;
    }
    QCOMPARE(stored, shown);

    if (!rerunFullFile) {
        // The next import goes through, and what it adds is found.
        const CliResult next = runCli(dataDir, {QStringLiteral("import"), m_smallCsv});
        QVERIFY2(next.exitCode == 0, qPrintable(describe(next)));
        QCOMPARE(next.out, QStringLiteral("Imported more.csv: %1 added, 0 updated, 0 skipped, 0 rejected.\n")
                               .arg(kSmallRows));
        QCOMPARE(runCli(dataDir, {QStringLiteral("leads"), QStringLiteral("count"),
                                  QStringLiteral("--search"), QStringLiteral("latecomer")})
                     .out,
                 QStringLiteral("%1\n").arg(kSmallRows));
        verifyWorkspace(dataDir, seeded, &stored);
        QCOMPARE(stored, shown + kSmallRows);
        return;
    }
    // Running the import again finishes, and the workspace then holds everything exactly once.
    const CliResult again = runCli(dataDir, {QStringLiteral("import"), m_csv});
    QVERIFY2(again.exitCode == 0, qPrintable(describe(again)));
    const qint64 added = shown == before ? kRows : 0;
    QCOMPARE(again.out, QStringLiteral("Imported leads.csv: %1 added, 0 updated, %2 skipped, 0 rejected.\n")
                            .arg(added)
                            .arg(kRows - added));
    QCOMPARE(runCli(dataDir, {QStringLiteral("leads"), QStringLiteral("count")}).out,
             QStringLiteral("%1\n").arg(before + kRows));
    verifyWorkspace(dataDir, seeded, &stored);
}

void TestImportKill::cleanupTestCase()
{
    // If every kill came after the commit, the test proved nothing about a half-done import.
    if (m_killPoints > 0) {
        QVERIFY2(m_killedBeforeCommit >= 2,
                 qPrintable(QStringLiteral("only %1 of %2 kills interrupted an import")
                                .arg(m_killedBeforeCommit)
                                .arg(m_killPoints)));
    }
}

QList<Lead> TestImportKill::seedWorkspace(const QString& dataDir)
{
    QList<Lead> stored;
    const auto store = WorkspaceStore::openLocal(DataLocation(dataDir));
    for (const Lead& lead : seedLeads()) {
        stored.append(store->leads().add(lead));
    }
    return stored;
}

void TestImportKill::verifyWorkspace(const QString& dataDir, const QList<Lead>& seeded, qint64* count)
{
    try {
        const auto store = WorkspaceStore::openLocal(DataLocation(dataDir));
        *count = store->leads().count();
        for (const Lead& lead : seeded) {
            const std::optional<Lead> now = store->leads().findByEmail(lead.email);
            QVERIFY2(now, qPrintable(lead.email));
            QVERIFY2(*now == lead, qPrintable(lead.email + QStringLiteral(" changed")));
        }
        QCOMPARE(store->leads().count(QStringLiteral("kept")), qint64{seeded.size()});
        QCOMPARE(store->leads().count(QStringLiteral("globex")), qint64{1});

        Database& db = store->database();
        QStringList integrity;
        db.forEachRow(db.prepare(QStringLiteral("PRAGMA integrity_check")),
                      [&](const QSqlQuery& row) { integrity.append(row.value(0).toString()); });
        QCOMPARE(integrity, QStringList{QStringLiteral("ok")});
        db.writeSql(QStringLiteral("INSERT INTO leads_fts(leads_fts, rank) VALUES('integrity-check', 1)"));
        qint64 triggers = 0;
        db.forEachRow(db.prepare(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'")),
                      [&](const QSqlQuery& row) { triggers = row.value(0).toLongLong(); });
        QCOMPARE(triggers, qint64{5});
        if (*count >= seeded.size() + kRows) {
            QCOMPARE(store->leads().count(QStringLiteral("first199999")), qint64{1});
        }
    } catch (const StoreError& error) {
        QFAIL(qPrintable(error.message()));
    }
}

QTEST_GUILESS_MAIN(TestImportKill)
#include "test_import_kill.moc"
