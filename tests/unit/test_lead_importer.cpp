// Importing leads from CSV files into a workspace, checked the way a user would: what the summary
// says, which leads are there afterwards and what they hold, whether search still finds them, and
// that a refused, cancelled or failed import leaves the workspace exactly as it was.
#include "StoreFixture.h"
#include "models/DataLocation.h"
#include "models/StoreError.h"
#include "models/WorkspaceStore.h"
#include "models/imports/ColumnMapping.h"
#include "models/imports/LeadImporter.h"
#include "models/leads/CustomFieldRepository.h"
#include "models/store/Database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringEncoder>
#include <QtTest>
#include <atomic>
#include <memory>
#include <nlohmann/json.hpp>

using namespace leadbox;

namespace {

// Every row of a query as "cell|cell|…", NULL spelled out.
QStringList rowsOf(Database& db, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery& query = db.prepare(sql);
    for (int i = 0; i < values.size(); ++i) {
        query.bindValue(i, values.at(i));
    }
    QStringList rows;
    db.forEachRow(query, [&](const QSqlQuery& row) {
        QStringList cells;
        const int columns = row.record().count();
        for (int i = 0; i < columns; ++i) {
            const QVariant value = row.value(i);
            cells.append(value.isNull() ? QStringLiteral("NULL") : value.toString());
        }
        rows.append(cells.join(QLatin1Char('|')));
    });
    return rows;
}

QString valueOf(Database& db, const QString& sql, const QVariantList& values = {})
{
    const QStringList rows = rowsOf(db, sql, values);
    return rows.isEmpty() ? QString() : rows.first();
}

qint64 numberOf(Database& db, const QString& sql, const QVariantList& values = {})
{
    return valueOf(db, sql, values).toLongLong();
}

nlohmann::json jsonOf(const QString& text)
{
    return nlohmann::json::parse(text.toStdString(), nullptr, false);
}

QString dumped(const nlohmann::json& json)
{
    return QString::fromStdString(json.dump());
}

const QStringList kSearchProbes = {
    QStringLiteral("ann"),    QStringLiteral("lead"),  QStringLiteral("first"), QStringLiteral("company"),
    QStringLiteral("globex"), QStringLiteral("seed"),  QStringLiteral("vip"),   QStringLiteral("tag"),
    QStringLiteral("olga"),   QStringLiteral("oldco"), QStringLiteral("newco"), QStringLiteral("renewal"),
};

// The whole workspace as text: every table a user's data lives in, the schema (triggers and
// indexes included), and what search finds. Two equal dumps mean the user sees the same workspace.
QStringList dumpStore(WorkspaceStore& store)
{
    Database& db = store.database();
    QStringList dump;
    const auto section = [&](const QString& title, const QString& sql) {
        dump.append(QStringLiteral("== ") + title);
        dump.append(rowsOf(db, sql));
    };
    section(QStringLiteral("leads"), QStringLiteral("SELECT * FROM leads ORDER BY row_id"));
    section(QStringLiteral("outbox"), QStringLiteral("SELECT * FROM outbox ORDER BY seq"));
    section(QStringLiteral("tag_names"), QStringLiteral("SELECT * FROM tag_names ORDER BY tag"));
    section(QStringLiteral("custom_fields"), QStringLiteral("SELECT * FROM custom_fields ORDER BY position"));
    section(QStringLiteral("consents"), QStringLiteral("SELECT * FROM consents ORDER BY id"));
    section(QStringLiteral("activity"), QStringLiteral("SELECT * FROM activity ORDER BY id"));
    section(QStringLiteral("imports"), QStringLiteral("SELECT * FROM imports ORDER BY id"));
    section(QStringLiteral("sqlite_sequence"), QStringLiteral("SELECT * FROM sqlite_sequence ORDER BY name"));
    section(QStringLiteral("schema"),
            QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"));
    dump.append(QStringLiteral("== search"));
    for (const QString& probe : kSearchProbes) {
        dump.append(QStringLiteral("%1: %2").arg(probe).arg(store.leads().count(probe)));
    }
    return dump;
}

// Empty when the search index matches the leads table; else what SQLite says is wrong.
QString searchIndexProblem(Database& db)
{
    try {
        db.writeSql(QStringLiteral("INSERT INTO leads_fts(leads_fts, rank) VALUES('integrity-check', 1)"));
    } catch (const StoreError& error) {
        return error.message();
    }
    return {};
}

// Tags that some lead has but completion does not offer; empty when every tag is offered.
// (tag_names may keep a tag no lead has any more: that is allowed.)
QStringList missingTagNames(Database& db)
{
    return rowsOf(db, QStringLiteral("SELECT DISTINCT json_each.value FROM leads, json_each(leads.tags)"
                                     " WHERE json_each.value NOT IN (SELECT tag FROM tag_names)"));
}

QStringList namesOf(Database& db, const QString& type)
{
    return rowsOf(db,
                  QStringLiteral("SELECT name FROM sqlite_master WHERE type = ? AND name NOT LIKE 'sqlite_%'"
                                 " ORDER BY name"),
                  {type});
}

// Rows "email,first_name,last_name,company,tags" numbered from `from`: lead000001@example.com, …
QByteArray generatedCsv(int rows, int from = 1, const QByteArray& extraHeader = {},
                        const QByteArray& extraCell = {})
{
    QByteArray csv = "email,first_name,last_name,company,tags" + extraHeader + "\n";
    csv.reserve(csv.size() + rows * 80);
    for (int i = from; i < from + rows; ++i) {
        const QByteArray n = QByteArray::number(i);
        csv += "lead" + n.rightJustified(6, '0') + "@example.com,First" + n + ",Last" + n + ",Company " +
               QByteArray::number(i % 97) + ",tag" + QByteArray::number(i % 7) + extraCell + "\n";
    }
    return csv;
}

// Rows that make a file long enough that the importer rebuilds the secondary indexes afterwards
// (it does when the file holds more rows than the store), in files with `columns` columns.
QByteArray paddingRows(int rows, int columns)
{
    QByteArray csv;
    for (int i = 1; i <= rows; ++i) {
        csv += "pad" + QByteArray::number(i) + "@example.com,Pad" + QByteArray(columns - 2, ',') + "\n";
    }
    return csv;
}

QByteArray encoded(const QString& text, QStringConverter::Encoding encoding, bool bom)
{
    QStringEncoder encoder(encoding,
                           bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    return encoder.encode(text);
}

Lead makeLead(const QString& email, const QString& firstName, const QString& company = {},
              const QStringList& tags = {})
{
    Lead lead;
    lead.email = email;
    lead.firstName = firstName;
    lead.company = company;
    lead.tags = tags;
    return lead;
}

QStringList emails(const QList<Lead>& leads)
{
    QStringList list;
    for (const Lead& lead : leads) {
        list.append(lead.email);
    }
    return list;
}

} // namespace

// Stops the test function, not just the helper, when the indexes disagree with the leads.
#define VERIFY_INDEXES()                                                                                     \
    do {                                                                                                     \
        verifyIndexesConsistent();                                                                           \
        if (QTest::currentTestFailed()) {                                                                    \
            return;                                                                                          \
        }                                                                                                    \
    } while (false)

class TestLeadImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void summaryCountsWhatHappenedToEachRow();
    void duplicatesOfStoredLeads_data();
    void duplicatesOfStoredLeads();
    void duplicatesWithinTheFile_data();
    void duplicatesWithinTheFile();
    void overwriteKeepsStatusWithoutAStatusColumn();
    void overwriteKeepsStatusWhenTheCellIsEmpty();
    void rejectedRowsKeepLineReasonAndFields();
    void rejectionReasonsSayWhatIsWrong();
    void fileWithoutAnEmailColumnIsRefused();
    void unusableFilesAreRefused_data();
    void unusableFilesAreRefused();
    void oversizedFileIsRefusedWithoutReadingIt();
    void headerOnlyFileAddsNothing();
    void cancelLeavesTheStoreExactlyAsItWas();
    void progressReachesTheFileSize();
    void failedWriteLeavesTheStoreUnchangedAndUsable_data();
    void failedWriteLeavesTheStoreUnchangedAndUsable();
    void searchAndIndexesWorkAfterImport_data();
    void searchAndIndexesWorkAfterImport();
    void consentIsRecordedForImportedAndUpdatedLeads();
    void withoutAConsentBasisNoConsentIsRecorded();
    void oneOutboxEntryStandsForAllAddedLeads();
    void customFieldColumnsCreateFieldsAndStoreValues();
    void readsExcelAndOlderEncodings_data();
    void readsExcelAndOlderEncodings();
    void importsHubSpotAndGoogleContactsExports();

private:
    QString writeFile(const QString& name, const QByteArray& bytes) const;
    ImportSummary importFile(const QString& path, DuplicatePolicy policy = DuplicatePolicy::Skip,
                             const ImportConsent& consent = {}, const QStringList& overrides = {});
    Lead stored(const QString& email);
    QString customOf(const QString& email);
    QStringList search(const QString& text);
    void verifyIndexesConsistent();

    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<WorkspaceStore> m_store;
};

void TestLeadImporter::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("leadbox.*.info=false\nleadbox.*.warning=false"));
}

void TestLeadImporter::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    m_store = WorkspaceStore::openLocal(DataLocation(m_tmp->filePath(QStringLiteral("data"))));
}

void TestLeadImporter::cleanup()
{
    m_store.reset();
    m_tmp.reset();
}

QString TestLeadImporter::writeFile(const QString& name, const QByteArray& bytes) const
{
    const QString path = m_tmp->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
        qWarning("cannot write %s", qPrintable(path));
    }
    return path;
}

ImportSummary TestLeadImporter::importFile(const QString& path, DuplicatePolicy policy,
                                           const ImportConsent& consent, const QStringList& overrides)
{
    ImportOptions options;
    options.filePath = path;
    options.onDuplicate = policy;
    options.consent = consent;
    if (!overrides.isEmpty()) {
        const LeadImporter::Preview preview = LeadImporter::preview(path, 0);
        options.mapping = ColumnMapping::withOverrides(preview.header, preview.mapping, overrides);
    }
    return LeadImporter(m_store->database()).run(options);
}

Lead TestLeadImporter::stored(const QString& email)
{
    return m_store->leads().findByEmail(email).value_or(Lead());
}

QString TestLeadImporter::customOf(const QString& email)
{
    return valueOf(m_store->database(), QStringLiteral("SELECT custom FROM leads WHERE email_key = lower(?)"),
                   {email});
}

QStringList TestLeadImporter::search(const QString& text)
{
    LeadQuery query;
    query.search = text;
    query.sortField = LeadField::Email;
    query.order = Qt::AscendingOrder;
    query.limit = 1000;
    return emails(m_store->leads().list(query));
}

void TestLeadImporter::verifyIndexesConsistent()
{
    const QString problem = searchIndexProblem(m_store->database());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QStringList mismatches = missingTagNames(m_store->database());
    QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(QLatin1Char('\n'))));
}

void TestLeadImporter::summaryCountsWhatHappenedToEachRow()
{
    m_store->leads().add(makeLead(QStringLiteral("ann@example.com"), QStringLiteral("Ann")));
    const QString path =
        writeFile(QStringLiteral("people.csv"), "email,first_name,last_name,company,status,tags\n"
                                                "bob@example.com,Bob,Stone,Initech,contacted,\"vip, hot\"\n"
                                                "ANN@example.com,Annie,Lee,Globex,,trade\n"
                                                "not-an-email,Cid,,,,\n"
                                                "carl@example.com,Carl,,,banana,\n"
                                                "dora@example.com,Dora,,,,\n"
                                                "dora@example.com,Dora,,,,\n");
    const ImportSummary summary = importFile(path);
    QCOMPARE(summary.added, qint64{2});
    QCOMPARE(summary.updated, qint64{0});
    QCOMPARE(summary.skipped, qint64{2});
    QCOMPARE(summary.rejected, qint64{2});
    QVERIFY(!summary.cancelled);
    QCOMPARE(summary.header,
             (QStringList{QStringLiteral("email"), QStringLiteral("first_name"), QStringLiteral("last_name"),
                          QStringLiteral("company"), QStringLiteral("status"), QStringLiteral("tags")}));
    QCOMPARE(m_store->leads().count(), qint64{3});

    const Lead bob = stored(QStringLiteral("bob@example.com"));
    QCOMPARE(bob.firstName, QStringLiteral("Bob"));
    QCOMPARE(bob.lastName, QStringLiteral("Stone"));
    QCOMPARE(bob.company, QStringLiteral("Initech"));
    QCOMPARE(bob.status, LeadStatus::Contacted);
    QCOMPARE(bob.tags, (QStringList{QStringLiteral("vip"), QStringLiteral("hot")}));
    QCOMPARE(stored(QStringLiteral("ann@example.com")).firstName, QStringLiteral("Ann")); // skipped: kept
    QCOMPARE(stored(QStringLiteral("ann@example.com")).company, QString());
    QVERIFY(!m_store->leads().findByEmail(QStringLiteral("carl@example.com")));

    VERIFY_INDEXES();

    // The workspace remembers the import and its counts.
    QVERIFY(summary.importId > 0);
    QCOMPARE(
        valueOf(m_store->database(),
                QStringLiteral("SELECT file_name, added, updated, skipped, rejected, finished_at IS NOT NULL"
                               " FROM imports WHERE id = ?"),
                {summary.importId}),
        QStringLiteral("people.csv|2|0|2|2|1"));
}

void TestLeadImporter::duplicatesOfStoredLeads_data()
{
    QTest::addColumn<int>("policy");
    QTest::addColumn<QStringList>("expected"); // first, last, company, phone, status, tags, source
    QTest::addColumn<QString>("outboxFields"); // the 'update' entry queued for sync; empty: none

    QTest::newRow("skip") << static_cast<int>(DuplicatePolicy::Skip)
                          << QStringList{QStringLiteral("Eve"),      QString(),
                                         QStringLiteral("Acme"),     QString(),
                                         QStringLiteral("customer"), QStringLiteral("a"),
                                         QStringLiteral("expo")}
                          << QString();
    QTest::newRow("update fills empty fields")
        << static_cast<int>(DuplicatePolicy::UpdateEmpty)
        << QStringList{QStringLiteral("Eve"),         QStringLiteral("Smith"),    QStringLiteral("Acme"),
                       QStringLiteral("+1 555 0100"), QStringLiteral("customer"), QStringLiteral("a,b"),
                       QStringLiteral("expo")}
        << QStringLiteral(R"({"lastName":"Smith","phone":"+1 555 0100","tags":{"add":["b"],"remove":[]}})");
    QTest::newRow("overwrite")
        << static_cast<int>(DuplicatePolicy::Overwrite)
        << QStringList{QStringLiteral("Evelyn"),      QStringLiteral("Smith"), QStringLiteral("Initech"),
                       QStringLiteral("+1 555 0100"), QStringLiteral("lost"),  QStringLiteral("a,b"),
                       QStringLiteral("web")}
        << QStringLiteral(
               R"({"company":"Initech","firstName":"Evelyn","lastName":"Smith","phone":"+1 555 0100",)"
               R"("source":"web","status":"lost","tags":{"add":["b"],"remove":[]}})");
}

void TestLeadImporter::duplicatesOfStoredLeads()
{
    QFETCH(int, policy);
    QFETCH(QStringList, expected);
    QFETCH(QString, outboxFields);

    Lead eve = makeLead(QStringLiteral("Eve@Example.com"), QStringLiteral("Eve"), QStringLiteral("Acme"),
                        {QStringLiteral("a")});
    eve.status = LeadStatus::Customer;
    eve.source = QStringLiteral("expo");
    eve = m_store->leads().add(eve);
    const qint64 outboxBefore = m_store->outbox().pendingCount();

    // The file spells the address differently: it is still the same person.
    const QString path =
        writeFile(QStringLiteral("eve.csv"), "email,first_name,last_name,company,phone,status,tags,source\n"
                                             "eve@example.com,Evelyn,Smith,Initech,+1 555 0100,lost,b,web\n");
    const ImportSummary summary = importFile(path, static_cast<DuplicatePolicy>(policy));
    QCOMPARE(summary.added, qint64{0});
    QCOMPARE(summary.updated, outboxFields.isEmpty() ? qint64{0} : qint64{1});
    QCOMPARE(summary.skipped, outboxFields.isEmpty() ? qint64{1} : qint64{0});
    QCOMPARE(m_store->leads().count(), qint64{1});

    const Lead after = stored(QStringLiteral("eve@example.com"));
    QCOMPARE(after.id, eve.id);
    QCOMPARE(after.email, QStringLiteral("Eve@Example.com"));
    QCOMPARE((QStringList{after.firstName, after.lastName, after.company, after.phone,
                          statusName(after.status), after.tags.join(QLatin1Char(',')), after.source}),
             expected);

    // Sync is told exactly what changed, and the lead's timeline shows the import.
    const QList<OutboxEntry> entries = m_store->outbox().pending(100);
    QCOMPARE(m_store->outbox().pendingCount(), outboxBefore + (outboxFields.isEmpty() ? 0 : 1));
    const qint64 activity =
        numberOf(m_store->database(),
                 QStringLiteral("SELECT count(*) FROM activity WHERE lead_id = ? AND kind = 'import-update'"),
                 {eve.id});
    if (outboxFields.isEmpty()) {
        QCOMPARE(activity, qint64{0});
    } else {
        const OutboxEntry& update = entries.constLast();
        QCOMPARE(update.entity, QStringLiteral("lead"));
        QCOMPARE(update.entityId, eve.id);
        QCOMPARE(update.op, QStringLiteral("update"));
        QCOMPARE(dumped(update.fields), dumped(jsonOf(outboxFields)));
        QCOMPARE(activity, qint64{1});
    }

    // Search follows the stored values.
    QCOMPARE(search(after.company), QStringList{after.email});
    QCOMPARE(search(after.firstName), QStringList{after.email});
    if (after.company != QLatin1String("Acme")) {
        QCOMPARE(search(QStringLiteral("Acme")), QStringList());
    }
    VERIFY_INDEXES();
}

void TestLeadImporter::duplicatesWithinTheFile_data()
{
    QTest::addColumn<int>("policy");
    QTest::addColumn<QStringList>("expected"); // first, last, company, status, tags
    QTest::addColumn<int>("updated");

    QTest::newRow("skip") << static_cast<int>(DuplicatePolicy::Skip)
                          << QStringList{QStringLiteral("Eve"), QString(), QStringLiteral("Acme"),
                                         QStringLiteral("new"), QStringLiteral("a")}
                          << 0;
    QTest::newRow("update") << static_cast<int>(DuplicatePolicy::UpdateEmpty)
                            << QStringList{QStringLiteral("Eve"), QStringLiteral("Smith"),
                                           QStringLiteral("Acme"), QStringLiteral("new"),
                                           QStringLiteral("a,b")}
                            << 1;
    QTest::newRow("overwrite") << static_cast<int>(DuplicatePolicy::Overwrite)
                               << QStringList{QStringLiteral("Evelyn"), QStringLiteral("Smith"),
                                              QStringLiteral("Acme"), QStringLiteral("customer"),
                                              QStringLiteral("a,b")}
                               << 1;
}

void TestLeadImporter::duplicatesWithinTheFile()
{
    QFETCH(int, policy);
    QFETCH(QStringList, expected);
    QFETCH(int, updated);

    const QString path =
        writeFile(QStringLiteral("twice.csv"), "email,first_name,last_name,company,status,tags\n"
                                               "eve@example.com,Eve,,Acme,new,a\n"
                                               "EVE@Example.COM,Evelyn,Smith,,customer,b\n");
    const ImportSummary summary = importFile(path, static_cast<DuplicatePolicy>(policy));
    QCOMPARE(summary.added, qint64{1});
    QCOMPARE(summary.updated, qint64{updated});
    QCOMPARE(summary.skipped, qint64{1 - updated});
    QCOMPARE(m_store->leads().count(), qint64{1});

    const Lead eve = stored(QStringLiteral("eve@example.com"));
    QCOMPARE(eve.email, QStringLiteral("eve@example.com")); // the first spelling in the file
    QCOMPARE((QStringList{eve.firstName, eve.lastName, eve.company, statusName(eve.status),
                          eve.tags.join(QLatin1Char(','))}),
             expected);

    // A lead new to the workspace is queued for sync with the import, not as an update of its own.
    const QList<OutboxEntry> entries = m_store->outbox().pending(100);
    QCOMPARE(entries.size(), qsizetype{1});
    QCOMPARE(entries.first().entity, QStringLiteral("import"));
    QCOMPARE(numberOf(m_store->database(), QStringLiteral("SELECT count(*) FROM activity")), qint64{0});

    QCOMPARE(search(eve.firstName), QStringList{eve.email});
    if (!eve.lastName.isEmpty()) {
        QCOMPARE(search(eve.lastName), QStringList{eve.email});
    }
    QCOMPARE(search(QStringLiteral("b")), updated ? QStringList{eve.email} : QStringList());
    VERIFY_INDEXES();
}

void TestLeadImporter::overwriteKeepsStatusWithoutAStatusColumn()
{
    Lead eve = makeLead(QStringLiteral("eve@example.com"), QStringLiteral("Eve"));
    eve.status = LeadStatus::Customer;
    m_store->leads().add(eve);
    const QString path = writeFile(QStringLiteral("names.csv"), "email,first_name\neve@example.com,Evelyn\n");
    QCOMPARE(importFile(path, DuplicatePolicy::Overwrite).updated, qint64{1});
    QCOMPARE(stored(eve.email).firstName, QStringLiteral("Evelyn"));
    QCOMPARE(stored(eve.email).status, LeadStatus::Customer);
}

void TestLeadImporter::overwriteKeepsStatusWhenTheCellIsEmpty()
{
    // "The file's non-empty values replace the stored ones" (DuplicatePolicy::Overwrite): a blank
    // status cell is no value, so a customer must not drop back to "new".
    Lead eve = makeLead(QStringLiteral("eve@example.com"), QStringLiteral("Eve"));
    eve.status = LeadStatus::Customer;
    m_store->leads().add(eve);
    const QString path = writeFile(QStringLiteral("blank-status.csv"), "email,first_name,status\n"
                                                                       "eve@example.com,Evelyn,\n");
    importFile(path, DuplicatePolicy::Overwrite);
    QCOMPARE(stored(eve.email).firstName, QStringLiteral("Evelyn"));
    QCOMPARE(stored(eve.email).status, LeadStatus::Customer);
}

void TestLeadImporter::rejectedRowsKeepLineReasonAndFields()
{
    const QString path =
        writeFile(QStringLiteral("messy.csv"), "email,first_name,notes\r\n"                  // 1
                                               "ann@example.com,Ann,\"first\r\nsecond\"\r\n" // 2-3
                                               "bad-email,Bob,x\r\n"                         // 4
                                               "\r\n"                                        // 5
                                               "\"cid@example.com\",\"Cid\",\"a \"\"quoted\"\"\n"
                                               "multi\nline\"\r\n"                        // 6-8
                                               ",Dan,no email\r\n"                        // 9
                                               "eve@example.com,Eve,\"ok\"\r\n"           // 10
                                               "fay@example.com,Fay,\"never closed\r\n"); // 11
    const ImportSummary summary = importFile(path);
    QCOMPARE(summary.added, qint64{3});
    QCOMPARE(summary.rejected, qint64{3});
    QCOMPARE(summary.rejectedRows.size(), qsizetype{3});

    const RejectedRow& badEmail = summary.rejectedRows.at(0);
    QCOMPARE(badEmail.line, qint64{4});
    QVERIFY2(badEmail.reason.contains(QStringLiteral("bad-email")), qPrintable(badEmail.reason));
    QVERIFY2(badEmail.reason.contains(QStringLiteral("not a valid email address")),
             qPrintable(badEmail.reason));
    QCOMPARE(badEmail.fields,
             (QStringList{QStringLiteral("bad-email"), QStringLiteral("Bob"), QStringLiteral("x")}));

    const RejectedRow& noEmail = summary.rejectedRows.at(1);
    QCOMPARE(noEmail.line, qint64{9});
    QVERIFY2(noEmail.reason.contains(QStringLiteral("Email is required")), qPrintable(noEmail.reason));
    QCOMPARE(noEmail.fields, (QStringList{QString(), QStringLiteral("Dan"), QStringLiteral("no email")}));

    const RejectedRow& unclosed = summary.rejectedRows.at(2);
    QCOMPARE(unclosed.line, qint64{11});
    QVERIFY2(unclosed.reason.contains(QStringLiteral("not closed")), qPrintable(unclosed.reason));
    QCOMPARE(unclosed.fields.value(0), QStringLiteral("fay@example.com"));

    QCOMPARE(search(QStringLiteral("cid")), QStringList{QStringLiteral("cid@example.com")});
    QVERIFY(!m_store->leads().findByEmail(QStringLiteral("fay@example.com")));
}

void TestLeadImporter::rejectionReasonsSayWhatIsWrong()
{
    const QByteArray longName(101, 'n');
    const QString path = writeFile(QStringLiteral("reasons.csv"), "email,first_name,status,created_at,phone\n"
                                                                  "ok@example.com,Ok,new,2024-01-10,+1 555\n"
                                                                  "nope,A,,,\n"
                                                                  ",B,,,\n"
                                                                  "c@example.com,C,banana,,\n"
                                                                  "d@example.com,D,,someday,\n"
                                                                  "e@example.com,E,,,call me\n"
                                                                  "f@example.com," +
                                                                      longName + ",,,\n");
    const ImportSummary summary = importFile(path);
    QCOMPARE(summary.added, qint64{1});
    QCOMPARE(summary.rejected, qint64{6});
    const QList<QPair<qint64, QString>> expected{
        {3, QStringLiteral("“nope” is not a valid email address")},
        {4, QStringLiteral("Email is required")},
        {5, QStringLiteral("Unknown status “banana”")},
        {6, QStringLiteral("“someday” is not a date")},
        {7, QStringLiteral("Phone may contain only")},
        {8, QStringLiteral("101")},
    };
    QCOMPARE(summary.rejectedRows.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        const RejectedRow& row = summary.rejectedRows.at(i);
        QCOMPARE(row.line, expected.at(i).first);
        QVERIFY2(row.reason.contains(expected.at(i).second),
                 qPrintable(QStringLiteral("line %1: %2").arg(row.line).arg(row.reason)));
    }
    QCOMPARE(stored(QStringLiteral("ok@example.com")).createdAt,
             QDateTime(QDate(2024, 1, 10), QTime(0, 0), Qt::UTC));
}

void TestLeadImporter::fileWithoutAnEmailColumnIsRefused()
{
    m_store->leads().add(makeLead(QStringLiteral("ann@example.com"), QStringLiteral("Ann")));
    const QStringList before = dumpStore(*m_store);
    const QString path = writeFile(QStringLiteral("names.csv"), "name,company\nAnn,Globex\n");
    try {
        importFile(path);
        QFAIL("a file without emails was imported");
    } catch (const StoreError& error) {
        QCOMPARE(error.kind(), StoreError::Kind::Validation);
        QVERIFY2(error.message().contains(QStringLiteral("names.csv")), qPrintable(error.message()));
        QVERIFY2(error.message().contains(QStringLiteral("name, company")), qPrintable(error.message()));
        QVERIFY2(error.message().contains(QStringLiteral("email")), qPrintable(error.message()));
    }
    QCOMPARE(dumpStore(*m_store), before);
}

void TestLeadImporter::unusableFilesAreRefused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("empty file") << QStringLiteral("empty") << QStringLiteral("empty");
    QTest::newRow("only a byte order mark") << QStringLiteral("bom") << QStringLiteral("empty");
    QTest::newRow("binary file") << QStringLiteral("binary") << QStringLiteral("binary");
    QTest::newRow("folder") << QStringLiteral("folder") << QStringLiteral("folder");
    QTest::newRow("missing file") << QStringLiteral("missing") << QStringLiteral("There is no file");
}

void TestLeadImporter::unusableFilesAreRefused()
{
    QFETCH(QString, kind);
    QFETCH(QString, mentions);
    m_store->leads().add(makeLead(QStringLiteral("ann@example.com"), QStringLiteral("Ann")));
    const QStringList before = dumpStore(*m_store);

    QString path = m_tmp->filePath(QStringLiteral("leads-") + kind + QStringLiteral(".csv"));
    if (kind == QLatin1String("empty")) {
        writeFile(QFileInfo(path).fileName(), QByteArray());
    } else if (kind == QLatin1String("bom")) {
        writeFile(QFileInfo(path).fileName(), "\xEF\xBB\xBF");
    } else if (kind == QLatin1String("binary")) {
        QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
        png.append(4096, '\0');
        writeFile(QFileInfo(path).fileName(), png);
    } else if (kind == QLatin1String("folder")) {
        QVERIFY(QDir().mkpath(path));
    }

    QElapsedTimer clock;
    clock.start();
    try {
        importFile(path);
        QFAIL("the file was imported");
    } catch (const StoreError& error) {
        QVERIFY2(error.message().contains(mentions), qPrintable(error.message()));
        QVERIFY2(error.message().contains(QFileInfo(path).fileName()), qPrintable(error.message()));
    }
    QVERIFY(clock.elapsed() < 5000);
    QCOMPARE(dumpStore(*m_store), before);
}

void TestLeadImporter::oversizedFileIsRefusedWithoutReadingIt()
{
    m_store->leads().add(makeLead(QStringLiteral("ann@example.com"), QStringLiteral("Ann")));
    const QStringList before = dumpStore(*m_store);

    // Sparse: 2 GB long, but no disk space and nothing to read but a header and zeros.
    const QString path = writeFile(QStringLiteral("huge.csv"), "email,first_name\n");
    const qint64 size = 2LL * 1024 * 1024 * 1024;
    QVERIFY(size > LeadImporter::kMaxFileBytes);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(size));
    }
    QCOMPARE(QFileInfo(path).size(), size);

    QElapsedTimer clock;
    clock.start();
    try {
        importFile(path);
        QFAIL("a 2 GB file was imported");
    } catch (const StoreError& error) {
        const QString message = error.message();
        QVERIFY2(message.contains(QStringLiteral("huge.csv")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("%1 MB").arg(size / (1024 * 1024))), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("%1 MB").arg(LeadImporter::kMaxFileBytes / (1024 * 1024))),
                 qPrintable(message));
    }
    QVERIFY2(clock.elapsed() < 2000, qPrintable(QStringLiteral("took %1 ms").arg(clock.elapsed())));
    QCOMPARE(dumpStore(*m_store), before);
    QFile::remove(path);
}

void TestLeadImporter::headerOnlyFileAddsNothing()
{
    m_store->leads().add(makeLead(QStringLiteral("ann@example.com"), QStringLiteral("Ann")));
    const qint64 outboxBefore = m_store->outbox().pendingCount();
    const ImportSummary summary = importFile(writeFile(QStringLiteral("header.csv"), "email,first_name\r\n"));
    QCOMPARE(summary.added + summary.updated + summary.skipped + summary.rejected, qint64{0});
    QCOMPARE(m_store->leads().count(), qint64{1});
    QCOMPARE(m_store->outbox().pendingCount(), outboxBefore);
    VERIFY_INDEXES();
}

void TestLeadImporter::cancelLeavesTheStoreExactlyAsItWas()
{
    // Stored leads, one of which the file would update (row 10), and a custom field the file would create.
    Lead seed = makeLead(QStringLiteral("lead000010@example.com"), QStringLiteral("Seed"),
                         QStringLiteral("Oldco"), {QStringLiteral("seed")});
    m_store->leads().add(seed);
    m_store->leads().add(makeLead(QStringLiteral("ann@example.com"), QStringLiteral("Ann"),
                                  QStringLiteral("Globex"), {QStringLiteral("vip")}));
    const QStringList before = dumpStore(*m_store);

    const QString path = writeFile(QStringLiteral("big.csv"), generatedCsv(30000, 1, ",Plan", ",Gold"));
    ImportOptions options;
    options.filePath = path;
    options.onDuplicate = DuplicatePolicy::Overwrite;
    options.consent.basis = QStringLiteral("Opted in on our website");
    const LeadImporter::Preview preview = LeadImporter::preview(path, 0);
    options.mapping =
        ColumnMapping::withOverrides(preview.header, preview.mapping, {QStringLiteral("Plan=custom:Plan")});

    std::atomic_bool cancel{false};
    int progressCalls = 0;
    const ImportSummary summary = LeadImporter(m_store->database())
                                      .run(
                                          options,
                                          [&](qint64, qint64) {
                                              ++progressCalls;
                                              cancel = true;
                                          },
                                          &cancel);
    QVERIFY(progressCalls > 0);
    QVERIFY(summary.cancelled);
    QCOMPARE(dumpStore(*m_store), before);
    VERIFY_INDEXES();

    // The next import runs normally.
    options.filePath = writeFile(QStringLiteral("small.csv"), generatedCsv(20, 1, ",Plan", ",Gold"));
    const ImportSummary again = LeadImporter(m_store->database()).run(options);
    QVERIFY(!again.cancelled);
    QCOMPARE(again.added, qint64{19});
    QCOMPARE(again.updated, qint64{1});
    QCOMPARE(stored(seed.email).firstName, QStringLiteral("First10"));
    QCOMPARE(search(QStringLiteral("first10")), QStringList{seed.email});
    VERIFY_INDEXES();
}

void TestLeadImporter::progressReachesTheFileSize()
{
    const QString path = writeFile(QStringLiteral("progress.csv"), generatedCsv(20000));
    const qint64 size = QFileInfo(path).size();
    QList<QPair<qint64, qint64>> calls;
    ImportOptions options;
    options.filePath = path;
    LeadImporter(m_store->database()).run(options, [&](qint64 done, qint64 total) {
        calls.append({done, total});
    });

    QVERIFY2(calls.size() >= 3, "a progress bar would jump from empty to full");
    qint64 previous = 0;
    for (const auto& [done, total] : std::as_const(calls)) {
        QCOMPARE(total, size);
        QVERIFY2(done >= previous && done <= total,
                 qPrintable(QStringLiteral("%1 of %2").arg(done).arg(total)));
        previous = done;
    }
    QVERIFY(calls.first().first < size);
    QCOMPARE(calls.constLast().first, size);
    QCOMPARE(m_store->leads().count(), qint64{20000});
}

void TestLeadImporter::failedWriteLeavesTheStoreUnchangedAndUsable_data()
{
    QTest::addColumn<int>("storedLeads");
    // A file larger than the store rebuilds the secondary indexes at the end; a smaller one does not.
    QTest::newRow("file larger than the store") << 2;
    QTest::newRow("store larger than the file") << 60;
}

void TestLeadImporter::failedWriteLeavesTheStoreUnchangedAndUsable()
{
    QFETCH(int, storedLeads);
    constexpr int kPadding = 12;
    // A template workspace, copied for each attempt so that every attempt counts the same writes.
    {
        for (int i = 1; i <= storedLeads; ++i) {
            m_store->leads().add(makeLead(QStringLiteral("stored%1@example.com").arg(i),
                                          QStringLiteral("Stored"), QStringLiteral("Oldco"),
                                          {QStringLiteral("seed")}));
        }
        m_store.reset();
    }
    const QString templateFile = DataLocation(m_tmp->filePath(QStringLiteral("data"))).localWorkspaceFile();
    const QString path =
        writeFile(QStringLiteral("mixed.csv"), "email,first_name,company,tags,Plan\n"
                                               "new1@example.com,Nina,Globex,vip,Gold\n"
                                               "stored1@example.com,Stella,Newco,renewal,Silver\n"
                                               "new2@example.com,Nora,Initech,,\n"
                                               "not-an-email,X,,,\n"
                                               "NEW1@example.com,Nina,,hot,\n"
                                               "stored2@example.com,Stan,,,Bronze\n"
                                               "new3@example.com,Nell,Umbrella,\"a, b\",\n" +
                                                   paddingRows(kPadding, 5));
    ImportOptions options;
    options.filePath = path;
    options.onDuplicate = DuplicatePolicy::Overwrite;
    options.consent.basis = QStringLiteral("Opted in on our website");
    const LeadImporter::Preview preview = LeadImporter::preview(path, 0);
    options.mapping =
        ColumnMapping::withOverrides(preview.header, preview.mapping, {QStringLiteral("Plan=custom:Plan")});

    int failures = 0;
    for (int failing = 1;; ++failing) {
        QVERIFY2(failing < 500, "the import never succeeded");
        const QString folder = m_tmp->filePath(QStringLiteral("attempt%1").arg(failing));
        const DataLocation location(folder);
        QVERIFY(QDir().mkpath(QFileInfo(location.localWorkspaceFile()).path()));
        QVERIFY(QFile::copy(templateFile, location.localWorkspaceFile()));
        if (QFile::exists(templateFile + QStringLiteral("-wal"))) {
            QVERIFY(QFile::copy(templateFile + QStringLiteral("-wal"),
                                location.localWorkspaceFile() + QStringLiteral("-wal")));
        }
        m_store = WorkspaceStore::openLocal(location);
        const QStringList before = dumpStore(*m_store);

        m_store->database().failWriteNumber(failing);
        bool failed = false;
        ImportSummary summary;
        try {
            summary = LeadImporter(m_store->database()).run(options);
        } catch (const StoreError& error) {
            failed = true;
            QVERIFY2(error.message().contains(QStringLiteral("disk is full")), qPrintable(error.message()));
        }
        m_store->database().failWriteNumber(0);

        if (failed) {
            ++failures;
            const QStringList after = dumpStore(*m_store);
            QVERIFY2(after == before,
                     qPrintable(QStringLiteral("write %1 failed and changed the store").arg(failing)));
            VERIFY_INDEXES();
            // Still usable: the same import now goes through.
            summary = LeadImporter(m_store->database()).run(options);
        }
        QCOMPARE(summary.added, qint64{3 + kPadding});
        QCOMPARE(summary.updated, qint64{3}); // stored1, stored2, and new1 again
        QCOMPARE(summary.rejected, qint64{1});
        QCOMPARE(m_store->leads().count(), qint64{storedLeads + 3 + kPadding});
        QCOMPARE(stored(QStringLiteral("stored1@example.com")).company, QStringLiteral("Newco"));
        QCOMPARE(search(QStringLiteral("stella")), QStringList{QStringLiteral("stored1@example.com")});
        QCOMPARE(search(QStringLiteral("hot")), QStringList{QStringLiteral("new1@example.com")});
        QCOMPARE(namesOf(m_store->database(), QStringLiteral("trigger")).size(), qsizetype{5});
        VERIFY_INDEXES();
        m_store->leads().add(makeLead(QStringLiteral("later@example.com"), QStringLiteral("Latecomer")));
        QCOMPARE(search(QStringLiteral("latecomer")), QStringList{QStringLiteral("later@example.com")});
        m_store.reset();
        if (!failed) {
            break;
        }
    }
    // Every write of the import failed once, the last (the commit) included.
    QVERIFY2(failures > 20, qPrintable(QStringLiteral("only %1 writes").arg(failures)));
    qInfo("each of the import's %d writes failed once", failures);
}

void TestLeadImporter::searchAndIndexesWorkAfterImport_data()
{
    QTest::addColumn<int>("storedLeads");
    QTest::newRow("file larger than the store") << 0;
    QTest::newRow("store larger than the file") << 60;
}

void TestLeadImporter::searchAndIndexesWorkAfterImport()
{
    QFETCH(int, storedLeads);
    constexpr int kPadding = 20;
    for (int i = 1; i <= storedLeads; ++i) {
        m_store->leads().add(
            makeLead(QStringLiteral("filler%1@example.com").arg(i), QStringLiteral("Filler")));
    }
    m_store->leads().add(makeLead(QStringLiteral("old@example.com"), QStringLiteral("Olga"),
                                  QStringLiteral("Oldco"), {QStringLiteral("legacy")}));
    Database& db = m_store->database();
    const QStringList schemaBefore =
        rowsOf(db, QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY type, name"));

    const QString path =
        writeFile(QStringLiteral("search.csv"), "email,first_name,last_name,company,tags\n"
                                                "zeb@example.com,Zebulon,Quixote,Globex Corporation,"
                                                "\"enterprise, trade show\"\n"
                                                "yara@example.com,Yara,Ng,Initech,\n"
                                                "OLD@example.com,Olga,Ostrova,Newco,renewal\n" +
                                                    paddingRows(kPadding, 5));
    const ImportSummary summary = importFile(path, DuplicatePolicy::Overwrite);
    QCOMPARE(summary.added, qint64{2 + kPadding});
    QCOMPARE(summary.updated, qint64{1});

    const QStringList zeb{QStringLiteral("zeb@example.com")};
    const QStringList old{QStringLiteral("old@example.com")};
    QCOMPARE(search(QStringLiteral("zebu")), zeb);
    QCOMPARE(search(QStringLiteral("quix")), zeb);
    QCOMPARE(search(QStringLiteral("glob")), zeb);
    QCOMPARE(search(QStringLiteral("corp")), zeb);
    QCOMPARE(search(QStringLiteral("enterp")), zeb);
    QCOMPARE(search(QStringLiteral("trade sh")), zeb);
    QCOMPARE(search(QStringLiteral("initech")), QStringList{QStringLiteral("yara@example.com")});
    QCOMPARE(search(QStringLiteral("newco")), old);
    QCOMPARE(search(QStringLiteral("ostro")), old);
    QCOMPARE(search(QStringLiteral("renew")), old);
    QCOMPARE(search(QStringLiteral("legacy")), old);
    QCOMPARE(search(QStringLiteral("oldco")), QStringList()); // the replaced company is gone from search
    QCOMPARE(m_store->leads().count(QStringLiteral("example")), qint64{storedLeads + 3 + kPadding});
    VERIFY_INDEXES();

    // The triggers and indexes are back, exactly as the migrations made them.
    QCOMPARE(rowsOf(db, QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY type, name")),
             schemaBefore);
    QCOMPARE(namesOf(db, QStringLiteral("trigger")),
             (QStringList{QStringLiteral("leads_fts_delete"), QStringLiteral("leads_fts_insert"),
                          QStringLiteral("leads_fts_update"), QStringLiteral("tag_names_insert"),
                          QStringLiteral("tag_names_update")}));
    for (const QString& index :
         {QStringLiteral("leads_created"), QStringLiteral("leads_email_key"), QStringLiteral("leads_id")}) {
        QVERIFY2(namesOf(db, QStringLiteral("index")).contains(index), qPrintable(index));
    }

    // Leads added, edited and deleted the ordinary way afterwards are found, and their tags listed.
    Lead late = m_store->leads().add(makeLead(QStringLiteral("late@example.com"), QStringLiteral("Latecomer"),
                                              QStringLiteral("Tardis"), {QStringLiteral("tardy")}));
    QCOMPARE(search(QStringLiteral("latecomer")), QStringList{late.email});
    QCOMPARE(search(QStringLiteral("tardy")), QStringList{late.email});
    VERIFY_INDEXES();
    late.firstName = QStringLiteral("Punctual");
    late.tags = QStringList{QStringLiteral("early")};
    m_store->leads().update(late);
    QCOMPARE(search(QStringLiteral("punctual")), QStringList{late.email});
    QCOMPARE(search(QStringLiteral("latecomer")), QStringList());
    QCOMPARE(search(QStringLiteral("early")), QStringList{late.email});
    VERIFY_INDEXES();
    m_store->leads().remove({late.id, stored(QStringLiteral("zeb@example.com")).id});
    QCOMPARE(search(QStringLiteral("punctual")), QStringList());
    QCOMPARE(search(QStringLiteral("zebu")), QStringList());
    VERIFY_INDEXES();
}

void TestLeadImporter::consentIsRecordedForImportedAndUpdatedLeads()
{
    const Lead old =
        m_store->leads().add(makeLead(QStringLiteral("old@example.com"), QStringLiteral("Olga")));
    const qint64 outboxBefore = m_store->outbox().pendingCount();
    const QString path = writeFile(QStringLiteral("signups.csv"), "email,first_name,company\n"
                                                                  "new1@example.com,Nina,Globex\n"
                                                                  "new2@example.com,Nora,\n"
                                                                  "old@example.com,Olivia,Newco\n");
    ImportConsent consent;
    consent.basis = QStringLiteral("  Opted in on our website ");
    consent.source = QStringLiteral("Trade show 2026 sign-up sheet");
    consent.text = QStringLiteral("We will email you about LeadBox.");
    const ImportSummary summary = importFile(path, DuplicatePolicy::UpdateEmpty, consent);
    QCOMPARE(summary.added, qint64{2});
    QCOMPARE(summary.updated, qint64{1});
    Database& db = m_store->database();

    // The lead that was already there: consent, a ledger entry, a timeline entry, and an update for sync.
    QCOMPARE(valueOf(db, QStringLiteral("SELECT consent FROM leads WHERE id = ?"), {old.id}),
             QStringLiteral("1"));
    QCOMPARE(rowsOf(db, QStringLiteral("SELECT lead_id, method, basis, source, text_shown FROM consents")),
             QStringList{QStringLiteral("%1|import|Opted in on our website|Trade show 2026 sign-up sheet|"
                                        "We will email you about LeadBox.")
                             .arg(old.id)});
    const QStringList activity =
        rowsOf(db, QStringLiteral("SELECT lead_id, kind, detail FROM activity WHERE kind = 'import-update'"));
    QCOMPARE(activity.size(), qsizetype{1});
    QVERIFY2(activity.first().startsWith(old.id + QStringLiteral("|import-update|")),
             qPrintable(activity.first()));
    const nlohmann::json detail = jsonOf(activity.first().section(QLatin1Char('|'), 2));
    QCOMPARE(detail.value("importId", qint64{0}), summary.importId);
    QCOMPARE(dumped(detail.value("fields", nlohmann::json())), QStringLiteral(R"({"company":"Newco"})"));

    const QList<OutboxEntry> entries = m_store->outbox().pending(100).mid(static_cast<int>(outboxBefore));
    QCOMPARE(entries.size(), qsizetype{2});
    QCOMPARE(entries.at(0).entity, QStringLiteral("lead"));
    QCOMPARE(entries.at(0).entityId, old.id);
    QCOMPARE(entries.at(0).op, QStringLiteral("update"));
    QCOMPARE(dumped(entries.at(0).fields), QStringLiteral(R"({"company":"Newco"})"));
    QCOMPARE(entries.at(1).entity, QStringLiteral("import"));
    QCOMPARE(stored(old.email).firstName, QStringLiteral("Olga")); // update fills only empty fields

    // The import records how the people agreed, once.
    QCOMPARE(
        valueOf(db,
                QStringLiteral("SELECT file_name, consent_basis, consent_source, consent_text, added, updated"
                               " FROM imports WHERE id = ?"),
                {summary.importId}),
        QStringLiteral("signups.csv|Opted in on our website|Trade show 2026 sign-up sheet|"
                       "We will email you about LeadBox.|2|1"));
    // Each imported lead leads to that record: its consent ledger entry.
    QCOMPARE(rowsOf(db, QStringLiteral("SELECT leads.email, leads.consent, imports.consent_basis FROM leads"
                                       " JOIN imports ON imports.id = leads.import_id ORDER BY leads.email")),
             (QStringList{QStringLiteral("new1@example.com|1|Opted in on our website"),
                          QStringLiteral("new2@example.com|1|Opted in on our website")}));
    QVERIFY(summary.importId > 0);
}

void TestLeadImporter::withoutAConsentBasisNoConsentIsRecorded()
{
    const Lead old =
        m_store->leads().add(makeLead(QStringLiteral("old@example.com"), QStringLiteral("Olga")));
    const QString path = writeFile(QStringLiteral("plain.csv"), "email,first_name,company\n"
                                                                "new1@example.com,Nina,Globex\n"
                                                                "old@example.com,Olivia,Newco\n");
    ImportConsent consent;
    consent.source = QStringLiteral("a source alone is no consent");
    const ImportSummary summary = importFile(path, DuplicatePolicy::UpdateEmpty, consent);
    QCOMPARE(summary.added, qint64{1});
    QCOMPARE(summary.updated, qint64{1});
    Database& db = m_store->database();
    QCOMPARE(numberOf(db, QStringLiteral("SELECT count(*) FROM leads WHERE consent <> 0")), qint64{0});
    QCOMPARE(numberOf(db, QStringLiteral("SELECT count(*) FROM consents")), qint64{0});
    QCOMPARE(
        valueOf(db, QStringLiteral("SELECT consent_basis FROM imports WHERE id = ?"), {summary.importId}),
        QString());
    QCOMPARE(stored(old.email).company, QStringLiteral("Newco"));
}

void TestLeadImporter::oneOutboxEntryStandsForAllAddedLeads()
{
    m_store->leads().add(makeLead(QStringLiteral("ann@example.com"), QStringLiteral("Ann")));
    const qint64 before = m_store->outbox().pendingCount();
    const QString path = writeFile(QStringLiteral("five-hundred.csv"), generatedCsv(500));
    const ImportSummary summary = importFile(path);
    QCOMPARE(summary.added, qint64{500});
    QVERIFY(summary.importId > 0);
    QCOMPARE(m_store->outbox().pendingCount(), before + 1);
    const OutboxEntry entry = m_store->outbox().pending(100).constLast();
    QCOMPARE(entry.entity, QStringLiteral("import"));
    QCOMPARE(entry.op, QStringLiteral("create"));
    QCOMPARE(entry.entityId, QString::number(summary.importId));
    QCOMPARE(entry.fields.value("importId", qint64{0}), summary.importId);
    QCOMPARE(numberOf(m_store->database(), QStringLiteral("SELECT count(*) FROM leads WHERE import_id = ?"),
                      {summary.importId}),
             qint64{500});

    // Importing the same file again adds nothing and queues nothing.
    const ImportSummary again = importFile(path);
    QCOMPARE(again.skipped, qint64{500});
    QCOMPARE(m_store->outbox().pendingCount(), before + 1);
}

void TestLeadImporter::customFieldColumnsCreateFieldsAndStoreValues()
{
    CustomFieldRepository fields(m_store->database());
    const CustomField seats = fields.create(QStringLiteral("Seats"), CustomFieldType::Number);
    const QString path = writeFile(QStringLiteral("plans.csv"), "email,Plan,Seats,Notes\n"
                                                                "a@example.com,Gold,12,hello\n"
                                                                "b@example.com,,3,\n"
                                                                "c@example.com,Silver,many,x\n");
    const ImportSummary summary =
        importFile(path, DuplicatePolicy::Skip, {},
                   {QStringLiteral("Plan=custom:Plan"), QStringLiteral("seats=custom:seats")});
    QCOMPARE(summary.added, qint64{2});
    QCOMPARE(summary.rejected, qint64{1});
    QCOMPARE(summary.rejectedRows.first().line, qint64{4});
    QVERIFY2(summary.rejectedRows.first().reason.contains(QStringLiteral("many")),
             qPrintable(summary.rejectedRows.first().reason));

    const QList<CustomField> list = fields.list();
    QCOMPARE(list.size(), qsizetype{2}); // "Seats" was found by name, not created again
    const std::optional<CustomField> plan = fields.findByName(QStringLiteral("Plan"));
    QVERIFY(plan);
    QCOMPARE(plan->type, CustomFieldType::Text);
    QCOMPARE(fields.findByName(QStringLiteral("Seats"))->id, seats.id);

    const nlohmann::json a = jsonOf(customOf(QStringLiteral("a@example.com")));
    QCOMPARE(a.size(), std::size_t{2});
    QCOMPARE(QString::fromStdString(a.value(plan->id.toStdString(), std::string())), QStringLiteral("Gold"));
    QCOMPARE(QString::fromStdString(a.value(seats.id.toStdString(), std::string())), QStringLiteral("12"));
    const nlohmann::json b = jsonOf(customOf(QStringLiteral("b@example.com")));
    QCOMPARE(b.size(), std::size_t{1}); // an empty cell stores no value
    QCOMPARE(QString::fromStdString(b.value(seats.id.toStdString(), std::string())), QStringLiteral("3"));

    // A second import into "PLAN" fills the same field.
    const QString more = writeFile(QStringLiteral("more.csv"), "email,Level\nd@example.com,Bronze\n");
    QCOMPARE(importFile(more, DuplicatePolicy::Skip, {}, {QStringLiteral("Level=custom:PLAN")}).added,
             qint64{1});
    QCOMPARE(fields.list().size(), qsizetype{2});
    QCOMPARE(
        QString::fromStdString(
            jsonOf(customOf(QStringLiteral("d@example.com"))).value(plan->id.toStdString(), std::string())),
        QStringLiteral("Bronze"));
}

void TestLeadImporter::readsExcelAndOlderEncodings_data()
{
    QTest::addColumn<QByteArray>("bytes");

    const QString rows = QStringLiteral("email%1first_name%1last_name%1company\r\n"
                                        "mia@example.com%1Mia%1Müller%1Café Zoë\r\n"
                                        "joerg@example.com%1Jörg%1Straße%1\"Preis 5 €, netto\"\r\n");
    const QString commas = rows.arg(QLatin1Char(','));
    const QString semicolons = rows.arg(QLatin1Char(';'));
    const QString tabs = rows.arg(QLatin1Char('\t'));
    QTest::newRow("Excel Unicode text: UTF-16LE, BOM, tabs")
        << encoded(tabs, QStringConverter::Utf16LE, true);
    QTest::newRow("UTF-16LE without BOM") << encoded(commas, QStringConverter::Utf16LE, false);
    QTest::newRow("UTF-16BE with BOM") << encoded(commas, QStringConverter::Utf16BE, true);
    QTest::newRow("German Excel: UTF-8, BOM, semicolons")
        << encoded(semicolons, QStringConverter::Utf8, true);
    QTest::newRow("sep= line") << QByteArray("sep=;\r\n") +
                                      encoded(semicolons, QStringConverter::Utf8, false);
    // Windows-1252 ("ANSI"), as older Excel saves CSV: the euro sign is byte 0x80.
    QTest::newRow("Windows-1252, semicolons")
        << QString(semicolons).replace(QChar(0x20AC), QChar(0x80)).toLatin1();
    QTest::newRow("Latin-1, commas") << QString(commas).replace(QChar(0x20AC), QChar(0x80)).toLatin1();
}

void TestLeadImporter::readsExcelAndOlderEncodings()
{
    QFETCH(QByteArray, bytes);
    const ImportSummary summary = importFile(writeFile(QStringLiteral("excel.csv"), bytes));
    QCOMPARE(summary.rejected, qint64{0});
    QCOMPARE(summary.added, qint64{2});
    const Lead mia = stored(QStringLiteral("mia@example.com"));
    QCOMPARE(mia.lastName, QStringLiteral("Müller"));
    QCOMPARE(mia.company, QStringLiteral("Café Zoë"));
    const Lead joerg = stored(QStringLiteral("joerg@example.com"));
    QCOMPARE(joerg.firstName, QStringLiteral("Jörg"));
    QCOMPARE(joerg.lastName, QStringLiteral("Straße"));
    QCOMPARE(joerg.company, QStringLiteral("Preis 5 €, netto"));
    QCOMPARE(search(QStringLiteral("muller")), QStringList{mia.email}); // accents fold in search
    QCOMPARE(search(QStringLiteral("jörg")), QStringList{joerg.email});
}

void TestLeadImporter::importsHubSpotAndGoogleContactsExports()
{
    const QString hubspot =
        writeFile(QStringLiteral("hubspot.csv"),
                  "Record ID,First Name,Last Name,Email,Phone Number,Company Name,Lead Status,Create Date,"
                  "Original Source\n"
                  "101,Ann,Lee,ann@example.com,+1 555 0100,Globex,OPEN_DEAL,2024-01-10 10:00,Organic Search\n"
                  "102,Bob,Stone,bob@example.com,,Initech,UNQUALIFIED,2024-01-11 09:30,Direct Traffic\n"
                  "103,Cid,Moss,cid@example.com,,,IN_PROGRESS,,Offline Sources\n");
    QCOMPARE(importFile(hubspot).added, qint64{3});
    const Lead ann = stored(QStringLiteral("ann@example.com"));
    QCOMPARE(ann.lastName, QStringLiteral("Lee"));
    QCOMPARE(ann.phone, QStringLiteral("+1 555 0100"));
    QCOMPARE(ann.company, QStringLiteral("Globex"));
    QCOMPARE(ann.status, LeadStatus::Qualified);
    QCOMPARE(ann.source, QStringLiteral("Organic Search"));
    QCOMPARE(ann.createdAt, QDateTime(QDate(2024, 1, 10), QTime(10, 0)));
    QCOMPARE(stored(QStringLiteral("bob@example.com")).status, LeadStatus::Lost);
    QCOMPARE(stored(QStringLiteral("cid@example.com")).status, LeadStatus::Contacted);
    QVERIFY(stored(QStringLiteral("cid@example.com")).createdAt.isValid()); // no date: the import's time

    const QString google = writeFile(
        QStringLiteral("google.csv"),
        "Name,Given Name,Family Name,Group Membership,E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,"
        "Phone 1 - Value,Organization 1 - Name\n"
        "Dee Day,Dee,Day,* myContacts ::: Friends ::: VIP,* Work,dee@example.com,Mobile,+49 30 "
        "1234,Umbrella\n");
    QCOMPARE(importFile(google).added, qint64{1});
    const Lead dee = stored(QStringLiteral("dee@example.com"));
    QCOMPARE(dee.firstName, QStringLiteral("Dee"));
    QCOMPARE(dee.lastName, QStringLiteral("Day"));
    QCOMPARE(dee.phone, QStringLiteral("+49 30 1234"));
    QCOMPARE(dee.company, QStringLiteral("Umbrella"));
    QVERIFY2(dee.tags.contains(QStringLiteral("Friends")) && dee.tags.contains(QStringLiteral("VIP")),
             qPrintable(dee.tags.join(QLatin1Char('|'))));
    QCOMPARE(search(QStringLiteral("friends")), QStringList{dee.email});
    VERIFY_INDEXES();
}

QTEST_GUILESS_MAIN(TestLeadImporter)
#include "test_lead_importer.moc"
