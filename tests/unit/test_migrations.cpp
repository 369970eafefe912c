#include "StoreFixture.h"
#include "models/StoreError.h"
#include "models/store/Database.h"
#include "models/store/Migrations.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>

using namespace leadbox;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Builds a SQLite file with raw SQL, outside LeadBox's own code.
void makeDatabase(const QString& path, const QStringList& statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("maker"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (const QString& sql : statements) {
            QVERIFY2(query.exec(sql), qPrintable(sql));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("maker"));
}

QStringList tableNames(Database& db)
{
    QStringList names;
    db.forEachRow(
        db.prepare(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")),
        [&](const QSqlQuery& row) { names.append(row.value(0).toString()); });
    return names;
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void freshFileReachesLatestVersion();
    void versionsAreNumberedInOrder();
    void failedMigrationLeavesNothingHalfDone();
    void upgradesVersionOneKeepingLeads();
    void upgradesVersionThreeForSync();
    void refusesNewerDatabaseUntouched();
    void refusesForeignFilesUntouched_data();
    void refusesForeignFilesUntouched();
};

void TestMigrations::freshFileReachesLatestVersion()
{
    ScratchDir dir;
    const QString path = dir.file(QStringLiteral("w.db"));
    {
        Database db(path);
        QCOMPARE(db.schemaVersion(), latestSchemaVersion());
        const QStringList tables = tableNames(db);
        for (const char* expected : {"leads", "leads_fts", "meta", "outbox"}) {
            QVERIFY2(tables.contains(QLatin1String(expected)), expected);
        }
    }
    Database again(path); // a second open finds nothing to do
    QCOMPARE(again.schemaVersion(), latestSchemaVersion());
}

void TestMigrations::versionsAreNumberedInOrder()
{
    int expected = 1;
    for (const Migration& step : migrations()) {
        QCOMPARE(step.version, expected++);
        QVERIFY(!step.statements.isEmpty());
    }
}

void TestMigrations::failedMigrationLeavesNothingHalfDone()
{
    // Fail each write of the migration in turn: the file must stay at version 0 with no tables,
    // and a later normal open must succeed.
    int writes = 0;
    for (const Migration& step : migrations()) {
        writes += static_cast<int>(step.statements.size()) + 1; // statements, then the version row
    }
    for (int failing = 1; failing <= writes + 2; ++failing) {
        ScratchDir dir;
        const QString path = dir.file(QStringLiteral("w.db"));
        bool failed = false;
        try {
            Database db(path, Database::Options{failing});
        } catch (const StoreError&) {
            failed = true;
        }
        if (!failed) {
            QVERIFY2(failing > writes, "a migration write was expected to fail");
            continue;
        }
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery query(raw);
            QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")));
            QVERIFY(query.next());
            QVERIFY2(query.value(0).toInt() == 0,
                     qPrintable(QStringLiteral("half a schema after failing write %1").arg(failing)));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("probe"));
        Database recovered(path);
        QCOMPARE(recovered.schemaVersion(), latestSchemaVersion());
    }
}

void TestMigrations::upgradesVersionOneKeepingLeads()
{
    ScratchDir dir;
    const QString path = dir.file(QStringLiteral("v1.db"));
    QStringList v1 = migrations().front().statements;
    v1 << QStringLiteral("INSERT INTO meta VALUES ('schema_version', '1')")
       << QStringLiteral("INSERT INTO leads (id, email, email_key, first_name, tags, created_at, updated_at)"
                         " VALUES ('a1', 'Ann@Acme.io', 'ann@acme.io', 'Ann', '[\"vip\",\"expo\"]', 1, 2)")
       << QStringLiteral("INSERT INTO outbox (op_id, entity, entity_id, op, created_at)"
                         " VALUES ('o1', 'lead', 'a1', 'create', 1)");
    makeDatabase(path, v1);

    Database db(path);
    QCOMPARE(db.schemaVersion(), latestSchemaVersion());
    const auto scalar = [&](const QString& sql) {
        QVariant value;
        db.forEachRow(db.prepare(sql), [&](const QSqlQuery& row) { value = row.value(0); });
        return value;
    };
    QCOMPARE(scalar(QStringLiteral("SELECT first_name FROM leads WHERE id = 'a1'")).toString(),
             QStringLiteral("Ann"));
    QCOMPARE(
        scalar(QStringLiteral("SELECT group_concat(tag, ',') FROM (SELECT tag FROM tag_names ORDER BY tag)"))
            .toString(),
        QStringLiteral("expo,vip"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM leads_fts WHERE leads_fts MATCH 'ann'")).toInt(), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox")).toInt(), 1);
    // The email stays unique regardless of case after the table was rebuilt.
    QSqlQuery& duplicate = db.prepare(QStringLiteral("INSERT INTO leads (id, email, email_key, created_at, "
                                                     "updated_at) VALUES ('a2', 'x', 'ann@acme.io', 1, 1)"));
    QVERIFY_THROWS_EXCEPTION(StoreError, db.write(duplicate));
}

void TestMigrations::upgradesVersionThreeForSync()
{
    ScratchDir dir;
    const QString path = dir.file(QStringLiteral("v3.db"));
    QStringList v3;
    for (const Migration& step : migrations()) {
        if (step.version <= 3) {
            v3 << step.statements;
        }
    }
    v3 << QStringLiteral("INSERT INTO meta VALUES ('schema_version', '3')")
       << QStringLiteral(
              "INSERT INTO leads (id, email, email_key, first_name, created_at, updated_at, version)"
              " VALUES ('a1', 'ann@acme.io', 'ann@acme.io', 'Ann', 1, 2, 7)")
       << QStringLiteral("INSERT INTO outbox (op_id, entity, entity_id, op, base_version, fields, created_at)"
                         " VALUES ('o1', 'lead', 'a1', 'update', 7, '{\"firstName\":\"Ann\"}', 1)")
       << QStringLiteral("INSERT INTO outbox (op_id, entity, entity_id, op, fields, created_at)"
                         " VALUES ('o2', 'consent', 'a1', 'create', '{\"basis\":\"asked\"}', 2)")
       << QStringLiteral("INSERT INTO outbox (op_id, entity, entity_id, op, fields, created_at)"
                         " VALUES ('o3', 'consent', 'a1', 'delete', '{}', 3)");
    makeDatabase(path, v3);

    Database db(path);
    QCOMPARE(db.schemaVersion(), 4);
    const QStringList tables = tableNames(db);
    QVERIFY(tables.contains(QStringLiteral("conflicts")));
    QVERIFY(tables.contains(QStringLiteral("sync_runs")));
    QStringList outbox;
    db.forEachRow(db.prepare(QStringLiteral("SELECT op_id, entity, op, base_version, fields, sent FROM outbox"
                                            " ORDER BY seq")),
                  [&](const QSqlQuery& row) {
                      QStringList cells;
                      for (int i = 0; i < 6; ++i) {
                          cells << row.value(i).toString();
                      }
                      outbox << cells.join(QLatin1Char('|'));
                  });
    // The edits survive; consent changes become what the cloud takes: lead updates of "consent".
    QCOMPARE(outbox, (QStringList{QStringLiteral(R"(o1|lead|update|7|{"firstName":"Ann"}|0)"),
                                  QStringLiteral(R"(o2|lead|update|7|{"consent":"granted"}|0)"),
                                  QStringLiteral(R"(o3|lead|update|7|{"consent":"withdrawn"}|0)")}));
}

void TestMigrations::refusesNewerDatabaseUntouched()
{
    ScratchDir dir;
    const QString path = dir.file(QStringLiteral("future.db"));
    makeDatabase(
        path,
        {QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"),
         QStringLiteral("INSERT INTO meta VALUES ('schema_version', '%1')").arg(latestSchemaVersion() + 1),
         QStringLiteral("CREATE TABLE leads_v99 (x)")});
    const QByteArray before = fileHash(path);
    try {
        Database db(path);
        QFAIL("a database from a newer LeadBox was opened");
    } catch (const StoreError& error) {
        QCOMPARE(error.kind(), StoreError::Kind::TooNew);
        QCOMPARE(error.filePath(), path);
        QVERIFY2(error.message().contains(path), qPrintable(error.message()));
        QVERIFY2(error.message().contains(QStringLiteral("newer")), qPrintable(error.message()));
    }
    QCOMPARE(fileHash(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void TestMigrations::refusesForeignFilesUntouched_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("kind");
    QByteArray garbage(8192, '\0');
    for (int i = 0; i < garbage.size(); ++i) {
        garbage[i] = static_cast<char>((i * 7919) % 251);
    }
    QTest::newRow("garbage") << garbage << static_cast<int>(StoreError::Kind::NotAWorkspace);
    QTest::newRow("text") << QByteArray("name,email\nAnn,a@b.co\n")
                          << static_cast<int>(StoreError::Kind::NotAWorkspace);
    QTest::newRow("another app's database")
        << QByteArray() << static_cast<int>(StoreError::Kind::NotAWorkspace);
}

void TestMigrations::refusesForeignFilesUntouched()
{
    QFETCH(QByteArray, content);
    QFETCH(int, kind);
    ScratchDir dir;
    const QString path = dir.file(QStringLiteral("w.db"));
    if (content.isEmpty()) {
        makeDatabase(path, {QStringLiteral("CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT)")});
    } else {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    const QByteArray before = fileHash(path);
    try {
        Database db(path);
        QFAIL("a file that is not a LeadBox workspace was opened");
    } catch (const StoreError& error) {
        QCOMPARE(static_cast<int>(error.kind()), kind);
        QVERIFY2(error.message().contains(path), qPrintable(error.message()));
    }
    QCOMPARE(fileHash(path), before);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "test_migrations.moc"
