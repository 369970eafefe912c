// Exporting leads to a CSV file, checked as a user sees the file: its header and cells, the
// custom fields by name, the search that chose the leads, cells a spreadsheet would run as
// formulas, a file that imports back into another workspace as the same leads, and no file at all
// when the export fails or is cancelled.
#include "StoreFixture.h"
#include "models/DataLocation.h"
#include "models/StoreError.h"
#include "models/WorkspaceStore.h"
#include "models/csv/CsvReader.h"
#include "models/imports/ColumnMapping.h"
#include "models/imports/LeadExporter.h"
#include "models/imports/LeadImporter.h"
#include "models/leads/CustomFieldRepository.h"
#include "models/leads/LeadJson.h"
#include "models/store/Database.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QtTest>
#include <atomic>
#include <memory>
#include <nlohmann/json.hpp>

using namespace leadbox;

namespace {

const QStringList kHeader{QStringLiteral("email"),      QStringLiteral("first_name"),
                          QStringLiteral("last_name"),  QStringLiteral("company"),
                          QStringLiteral("phone"),      QStringLiteral("status"),
                          QStringLiteral("tags"),       QStringLiteral("source"),
                          QStringLiteral("created_at"), QStringLiteral("updated_at")};

QList<QStringList> readCsv(const QString& path)
{
    QList<QStringList> records;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return records;
    }
    CsvReader reader(file);
    QStringList record;
    while (reader.readRecord(record)) {
        records.append(record);
    }
    return records;
}

QByteArray contentsOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

Lead makeLead(const QString& email, const QString& firstName, const QString& lastName = {},
              const QString& company = {})
{
    Lead lead;
    lead.email = email;
    lead.firstName = firstName;
    lead.lastName = lastName;
    lead.company = company;
    return lead;
}

// Sets a lead's custom field values (field id → text), as the lead form will.
void setCustom(Database& db, const QString& email, const nlohmann::json& values)
{
    QSqlQuery& update = db.prepare(QStringLiteral("UPDATE leads SET custom = ? WHERE email_key = lower(?)"));
    update.bindValue(0, QString::fromStdString(values.dump()));
    update.bindValue(1, email);
    db.write(update);
}

QString customValue(Database& db, const QString& email, const QString& fieldId)
{
    QString value;
    QSqlQuery& select = db.prepare(QStringLiteral(
        "SELECT json_extract(custom, '$.\"' || ? || '\"') FROM leads WHERE email_key = lower(?)"));
    select.bindValue(0, fieldId);
    select.bindValue(1, email);
    db.forEachRow(select, [&](const QSqlQuery& row) { value = row.value(0).toString(); });
    return value;
}

QStringList filesIn(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

class TestLeadExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void writesAHeaderAndEveryField();
    void searchExportsOnlyMatchingLeads();
    void timesAreExactUtc();
    void formulaCellsAreNeutralised();
    void roundTripGivesTheSameLeads();
    void unwritablePathIsRefusedNamingTheFile();
    void cancelLeavesNoFile();

private:
    QString path(const QString& name) const { return m_tmp->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<WorkspaceStore> m_store;
};

void TestLeadExporter::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("leadbox.*.info=false"));
}

void TestLeadExporter::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    m_store = WorkspaceStore::openLocal(DataLocation(m_tmp->filePath(QStringLiteral("data"))));
}

void TestLeadExporter::cleanup()
{
    m_store.reset();
    m_tmp.reset();
}

void TestLeadExporter::writesAHeaderAndEveryField()
{
    CustomFieldRepository fields(m_store->database());
    const CustomField plan = fields.create(QStringLiteral("Plan"), CustomFieldType::Text);
    const CustomField seats = fields.create(QStringLiteral("Seats"), CustomFieldType::Number);

    Lead ann = makeLead(QStringLiteral("ann@example.com"), QStringLiteral("Ann"), QStringLiteral("Lee"),
                        QStringLiteral("Globex, Inc."));
    ann.phone = QStringLiteral("030 1234");
    ann.status = LeadStatus::Contacted;
    ann.tags = QStringList{QStringLiteral("vip"), QStringLiteral("trade show")};
    ann.source = QStringLiteral("expo");
    ann.createdAt = QDateTime(QDate(2024, 1, 10), QTime(10, 0, 0, 250), Qt::UTC);
    ann = m_store->leads().add(ann);
    setCustom(m_store->database(), ann.email,
              {{plan.id.toStdString(), "Gold \"plus\""}, {seats.id.toStdString(), "12"}});
    const Lead bob = m_store->leads().add(makeLead(QStringLiteral("bob@example.com"), QStringLiteral("Bob")));

    const QString file = path(QStringLiteral("leads.csv"));
    QCOMPARE(LeadExporter(m_store->database()).run(file), qint64{2});

    // The file opens in a spreadsheet: plain UTF-8, CRLF, the header first.
    const QByteArray bytes = contentsOf(file);
    QVERIFY2(bytes.startsWith("email,first_name,last_name,company,phone,status,tags,source,created_at,"
                              "updated_at,Plan,Seats\r\n"),
             bytes.constData());
    QVERIFY(bytes.contains("\"Globex, Inc.\""));
    QVERIFY(bytes.contains("\"Gold \"\"plus\"\"\""));

    const QList<QStringList> records = readCsv(file);
    QCOMPARE(records.size(), qsizetype{3});
    QCOMPARE(records.at(0), (kHeader + QStringList{QStringLiteral("Plan"), QStringLiteral("Seats")}));
    const Lead storedAnn = m_store->leads().findByEmail(ann.email).value_or(Lead());
    QCOMPARE(
        records.at(1),
        (QStringList{QStringLiteral("ann@example.com"), QStringLiteral("Ann"), QStringLiteral("Lee"),
                     QStringLiteral("Globex, Inc."), QStringLiteral("030 1234"), QStringLiteral("contacted"),
                     QStringLiteral("vip, trade show"), QStringLiteral("expo"),
                     QStringLiteral("2024-01-10T10:00:00.250Z"), isoTime(storedAnn.updatedAt),
                     QStringLiteral("Gold \"plus\""), QStringLiteral("12")}));
    // A lead without tags or custom values has empty cells there.
    QCOMPARE(records.at(2),
             (QStringList{QStringLiteral("bob@example.com"), QStringLiteral("Bob"), QString(), QString(),
                          QString(), QStringLiteral("new"), QString(), QString(), isoTime(bob.createdAt),
                          isoTime(bob.updatedAt), QString(), QString()}));
}

void TestLeadExporter::searchExportsOnlyMatchingLeads()
{
    m_store->leads().add(makeLead(QStringLiteral("ann@example.com"), QStringLiteral("Ann"), {},
                                  QStringLiteral("Globex Corporation")));
    m_store->leads().add(
        makeLead(QStringLiteral("cid@example.com"), QStringLiteral("Cid"), {}, QStringLiteral("Initech")));
    m_store->leads().add(
        makeLead(QStringLiteral("bob@example.com"), QStringLiteral("Bob"), {}, QStringLiteral("Globex")));

    const QString file = path(QStringLiteral("globex.csv"));
    QCOMPARE(LeadExporter(m_store->database()).run(file, QStringLiteral("glob")), qint64{2});
    const QList<QStringList> records = readCsv(file);
    QCOMPARE(records.size(), qsizetype{3});
    QCOMPARE(records.at(1).first(), QStringLiteral("ann@example.com"));
    QCOMPARE(records.at(2).first(), QStringLiteral("bob@example.com"));

    // Search syntax typed by the user is plain text; no match still gives a file with the header.
    const QString none = path(QStringLiteral("none.csv"));
    QCOMPARE(LeadExporter(m_store->database()).run(none, QStringLiteral("\"zebra* OR")), qint64{0});
    QCOMPARE(readCsv(none), QList<QStringList>{kHeader});
}

void TestLeadExporter::timesAreExactUtc()
{
    // Times are formatted by hand for speed: check the calendar edges against Qt's own ISO text.
    const QList<QDateTime> times{QDateTime(QDate(1969, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
                                 QDateTime(QDate(2024, 2, 29), QTime(12, 0), Qt::UTC),
                                 QDateTime(QDate(2000, 3, 1), QTime(0, 0, 0, 1), Qt::UTC),
                                 QDateTime(QDate(2100, 12, 31), QTime(8, 5, 7, 42), Qt::UTC)};
    for (int i = 0; i < times.size(); ++i) {
        Lead lead = makeLead(QStringLiteral("t%1@example.com").arg(i), QStringLiteral("T"));
        lead.createdAt = times.at(i);
        m_store->leads().add(lead);
    }
    const QString file = path(QStringLiteral("times.csv"));
    QCOMPARE(LeadExporter(m_store->database()).run(file), qint64{times.size()});
    const QList<QStringList> records = readCsv(file);
    for (int i = 0; i < times.size(); ++i) {
        QCOMPARE(records.at(i + 1).at(8), times.at(i).toString(Qt::ISODateWithMs));
    }
}

void TestLeadExporter::formulaCellsAreNeutralised()
{
    Lead lead = makeLead(QStringLiteral("eve@example.com"), QStringLiteral("=1+1"),
                         QStringLiteral("@SUM(A1)"), QStringLiteral("-2+3"));
    lead.source = QStringLiteral("+cmd|' /C calc'!A0");
    lead.tags = QStringList{QStringLiteral("=HYPERLINK(\"http://x\")")};
    m_store->leads().add(lead);

    const QString file = path(QStringLiteral("formulas.csv"));
    QCOMPARE(LeadExporter(m_store->database()).run(file), qint64{1});
    const QStringList row = readCsv(file).value(1);
    QCOMPARE(row.value(1), QStringLiteral("'=1+1"));
    QCOMPARE(row.value(2), QStringLiteral("'@SUM(A1)"));
    QCOMPARE(row.value(3), QStringLiteral("'-2+3"));
    QCOMPARE(row.value(6), QStringLiteral("'=HYPERLINK(\"http://x\")"));
    QCOMPARE(row.value(7), QStringLiteral("'+cmd|' /C calc'!A0"));
    QVERIFY(contentsOf(file).contains(",'=1+1,"));
}

void TestLeadExporter::roundTripGivesTheSameLeads()
{
    CustomFieldRepository fields(m_store->database());
    const CustomField plan = fields.create(QStringLiteral("Plan"), CustomFieldType::Text);
    struct Row
    {
        const char* email;
        const char* first;
        const char* last;
        const char* company;
        const char* phone;
        LeadStatus status;
        QStringList tags;
        const char* source;
        const char* plan;
    };
    const QList<Row> rows{
        {"ann@example.com", "Ann", "Lee", "Globex, Inc.", "030 1234", LeadStatus::New, {}, "", "Gold"},
        {"Zoe@Example.com",
         "Zoë",
         "O'Neil",
         "\"Quoted\" & Co",
         "(030) 1234-5",
         LeadStatus::Contacted,
         {QStringLiteral("vip"), QStringLiteral("trade show")},
         "expo 2026",
         ""},
        {"kenji@example.jp",
         "健二",
         "山田",
         "株式会社テスト",
         "",
         LeadStatus::Qualified,
         {QStringLiteral("日本")},
         "web",
         "Silver; annual"},
        {"bob@example.com",
         "Bob",
         "",
         "",
         "+1 555 0100",
         LeadStatus::Customer,
         {QStringLiteral("b2b")},
         "",
         ""},
        {"cid@example.com", "", "", "Initech", "+49 30 1234", LeadStatus::Lost, {}, "referral", "Bronze"},
    };
    qint64 createdMs = QDateTime(QDate(2023, 5, 6), QTime(7, 8, 9, 123), Qt::UTC).toMSecsSinceEpoch();
    for (const Row& row : rows) {
        Lead lead = makeLead(QString::fromUtf8(row.email), QString::fromUtf8(row.first),
                             QString::fromUtf8(row.last), QString::fromUtf8(row.company));
        lead.phone = QString::fromUtf8(row.phone);
        lead.status = row.status;
        lead.tags = row.tags;
        lead.source = QString::fromUtf8(row.source);
        lead.createdAt = QDateTime::fromMSecsSinceEpoch(createdMs += 86400001, Qt::UTC);
        m_store->leads().add(lead);
        if (*row.plan) {
            setCustom(m_store->database(), lead.email, {{plan.id.toStdString(), row.plan}});
        }
    }
    const QString file = path(QStringLiteral("export.csv"));
    QCOMPARE(LeadExporter(m_store->database()).run(file), qint64{rows.size()});

    // Into another workspace, mapping the custom column to a custom field of the same name.
    const auto other = WorkspaceStore::openLocal(DataLocation(m_tmp->filePath(QStringLiteral("other"))));
    ImportOptions options;
    options.filePath = file;
    const LeadImporter::Preview preview = LeadImporter::preview(file, 0);
    options.mapping =
        ColumnMapping::withOverrides(preview.header, preview.mapping, {QStringLiteral("Plan=custom:Plan")});
    const ImportSummary summary = LeadImporter(other->database()).run(options);
    QStringList reasons;
    for (const RejectedRow& rejected : summary.rejectedRows) {
        reasons.append(QStringLiteral("line %1 (%2): %3")
                           .arg(rejected.line)
                           .arg(rejected.fields.value(0), rejected.reason));
    }
    QVERIFY2(summary.rejected == 0, qPrintable(reasons.join(QLatin1Char('\n'))));
    QCOMPARE(summary.added, qint64{rows.size()});
    QCOMPARE(other->leads().count(), qint64{rows.size()});

    const std::optional<CustomField> otherPlan =
        CustomFieldRepository(other->database()).findByName(plan.name);
    QVERIFY(otherPlan);
    for (const Row& row : rows) {
        const QString email = QString::fromUtf8(row.email);
        const Lead before = m_store->leads().findByEmail(email).value_or(Lead());
        const Lead after = other->leads().findByEmail(email).value_or(Lead());
        QCOMPARE(after.email, before.email);
        QCOMPARE(after.firstName, before.firstName);
        QCOMPARE(after.lastName, before.lastName);
        QCOMPARE(after.company, before.company);
        QCOMPARE(after.phone, before.phone);
        QCOMPARE(after.status, before.status);
        QCOMPARE(after.tags, before.tags);
        QCOMPARE(after.source, before.source);
        QCOMPARE(after.createdAt, before.createdAt);
        QCOMPARE(customValue(other->database(), email, otherPlan->id), QString::fromUtf8(row.plan));
    }
}

void TestLeadExporter::unwritablePathIsRefusedNamingTheFile()
{
    m_store->leads().add(makeLead(QStringLiteral("ann@example.com"), QStringLiteral("Ann")));
    const QString regular = path(QStringLiteral("afile"));
    QVERIFY(writeFile(regular, "not a folder\n"));
    const QString target = regular + QStringLiteral("/leads.csv");
    try {
        LeadExporter(m_store->database()).run(target);
        QFAIL("the export claimed to write under a regular file");
    } catch (const StoreError& error) {
        QCOMPARE(error.kind(), StoreError::Kind::CannotOpen);
        QVERIFY2(error.message().contains(target), qPrintable(error.message()));
        QCOMPARE(error.filePath(), target);
    }
    QVERIFY(!QFile::exists(target));
    QCOMPARE(contentsOf(regular), QByteArray("not a folder\n"));
    QCOMPARE(filesIn(m_tmp->path()), QStringList{QStringLiteral("afile")});
}

void TestLeadExporter::cancelLeavesNoFile()
{
    // More leads than the exporter writes between two looks at the cancel flag.
    QByteArray csv = "email,first_name\n";
    for (int i = 0; i < 20000; ++i) {
        csv += "lead" + QByteArray::number(i) + "@example.com,Lead\n";
    }
    QVERIFY(writeFile(path(QStringLiteral("seed.csv")), csv));
    ImportOptions seed;
    seed.filePath = path(QStringLiteral("seed.csv"));
    QCOMPARE(LeadImporter(m_store->database()).run(seed).added, qint64{20000});

    const QString fresh = path(QStringLiteral("fresh.csv"));
    const QString existing = path(QStringLiteral("existing.csv"));
    QVERIFY(writeFile(existing, "the previous export\n"));
    const QStringList before = filesIn(m_tmp->path());

    std::atomic_bool cancel{false};
    int progressCalls = 0;
    const auto cancelOnProgress = [&](qint64, qint64) {
        ++progressCalls;
        cancel = true;
    };
    LeadExporter(m_store->database()).run(fresh, {}, {}, cancelOnProgress, &cancel);
    QVERIFY(progressCalls > 0);
    QVERIFY(!QFile::exists(fresh));

    cancel = false;
    progressCalls = 0;
    LeadExporter(m_store->database()).run(existing, {}, {}, cancelOnProgress, &cancel);
    QVERIFY(progressCalls > 0);
    QCOMPARE(contentsOf(existing), QByteArray("the previous export\n"));
    QCOMPARE(filesIn(m_tmp->path()), before); // no temporary file left behind

    // Without a cancel the same export completes.
    cancel = false;
    QCOMPARE(LeadExporter(m_store->database()).run(existing, {}, {}, {}, &cancel), qint64{20000});
    QCOMPARE(readCsv(existing).size(), qsizetype{20001});
}

QTEST_GUILESS_MAIN(TestLeadExporter)
#include "test_lead_exporter.moc"
