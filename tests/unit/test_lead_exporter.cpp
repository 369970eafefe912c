// Exporting leads to a CSV file, checked as a user sees the file: its header and cells, the
// custom fields by name, the search that chose the leads, cells a spreadsheet would run as
// formulas, a file that imports back into another workspace as the same leads, and no file at all
// when the export fails or is cancelled.
#include "StoreFixture.h"
#include "models/DataLocation.h"
#include "models/StoreError.h"
#include "models/WorkspaceStore.h"
#include "models/csv/CsvReader.h"
#include "models/csv/CsvWriter.h"
#include "models/imports/ColumnMapping.h"
#include "models/imports/LeadExporter.h"
#include "models/imports/LeadImporter.h"
#include "models/leads/CustomFieldRepository.h"
#include "models/leads/LeadJson.h"
#include "models/store/Database.h"

#include <QBuffer>
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

// Runs a statement that changes leads, binding `values` in order (a QByteArray binds as a blob).
void writeLeads(Database& db, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery& query = db.prepare(sql);
    for (int i = 0; i < values.size(); ++i) {
        query.bindValue(i, values.at(i));
    }
    db.write(query);
}

// Stores these exact bytes as a lead's text in `column`, bypassing every check, as a damaged or
// foreign store could hold them.
void setRawText(Database& db, const QString& email, const QString& column, const QByteArray& bytes)
{
    writeLeads(db,
               QStringLiteral("UPDATE leads SET %1 = CAST(? AS TEXT) WHERE email_key = lower(?)").arg(column),
               {bytes, email});
}

// The file as the exporter wrote it before it read SQLite's UTF-8 itself: every cell through a
// QString, tags expanded by SQL, times through QDateTime, each record through writeRecord().
QByteArray exportThroughQString(Database& db)
{
    const QList<CustomField> fields = CustomFieldRepository(db).list();
    QStringList header{QStringLiteral("email"),      QStringLiteral("first_name"),
                       QStringLiteral("last_name"),  QStringLiteral("company"),
                       QStringLiteral("phone"),      QStringLiteral("status"),
                       QStringLiteral("tags"),       QStringLiteral("source"),
                       QStringLiteral("created_at"), QStringLiteral("updated_at")};
    QString sql = QStringLiteral("SELECT email, first_name, last_name, company, phone, status,"
                                 " CASE WHEN tags = '[]' THEN '' ELSE (SELECT group_concat(value, ', ') FROM "
                                 "json_each(leads.tags)) END, source, created_at, updated_at");
    for (const CustomField& field : fields) {
        header.append(field.name);
        sql += QStringLiteral(", CAST(json_extract(custom, '$.\"' || ? || '\"') AS TEXT)");
    }
    sql += QStringLiteral(" FROM leads ORDER BY row_id");

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(buffer);
    writer.writeRecord(header);
    QSqlQuery& select = db.prepare(sql);
    for (int i = 0; i < fields.size(); ++i) {
        select.bindValue(i, fields.at(i).id);
    }
    db.forEachRow(select, [&](const QSqlQuery& row) {
        QStringList record;
        for (int column = 0; column < header.size(); ++column) {
            const QVariant value = row.value(column);
            if (column == 5) {
                record.append(statusName(statusFromRank(value.toInt()).value_or(LeadStatus::New)));
            } else if (column == 8 || column == 9) {
                record.append(
                    QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC).toString(Qt::ISODateWithMs));
            } else {
                record.append(value.toString());
            }
        }
        writer.writeRecord(record);
    });
    writer.flush();
    return buffer.data();
}

// The byte offset and a little context around the first difference, for a failure message.
QByteArray firstDifference(const QByteArray& actual, const QByteArray& expected)
{
    qsizetype i = 0;
    while (i < actual.size() && i < expected.size() && actual.at(i) == expected.at(i)) {
        ++i;
    }
    const qsizetype from = qMax<qsizetype>(0, i - 40);
    return "at byte " + QByteArray::number(i) + ": wrote " + actual.mid(from, 80).toPercentEncoding(" ,'=") +
           " expected " + expected.mid(from, 80).toPercentEncoding(" ,'=");
}

// A device that takes `room` bytes and then refuses more, like a disk that fills up.
class FillingDevice : public QIODevice
{
public:
    explicit FillingDevice(qsizetype room)
        : m_room(room)
    {
    }
    QByteArray written;

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override
    {
        const qint64 taken = qMin<qint64>(size, m_room - written.size());
        if (taken <= 0) {
            setErrorString(QStringLiteral("No space left on device"));
            return -1;
        }
        written.append(data, taken);
        return taken;
    }

private:
    qsizetype m_room;
};

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
    void quotesNewlinesAndEmptyCells();
    void tagsReadAsSqlExpandsThem();
    void sameBytesAsTheQStringExport();
    void filterExportsOnlyMatchingLeads();
    void cellsWrittenAsUtf8MatchWriteRecord();
    void fullDiskIsNamed();
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

void TestLeadExporter::quotesNewlinesAndEmptyCells()
{
    Lead lead = makeLead(QStringLiteral("ann@example.com"), QStringLiteral("Ann \"the boss\""));
    lead.createdAt = QDateTime(QDate(2024, 3, 1), QTime(9, 30), Qt::UTC);
    lead = m_store->leads().add(lead);
    // Cells the lead form refuses, written straight into the store as an older version or a sync
    // could have: line breaks, a tab or CR at the start.
    setRawText(m_store->database(), lead.email, QStringLiteral("last_name"), "Lee\nSmith");
    setRawText(m_store->database(), lead.email, QStringLiteral("company"), "A\r\nB, C");
    setRawText(m_store->database(), lead.email, QStringLiteral("phone"), "\tTab");
    setRawText(m_store->database(), lead.email, QStringLiteral("source"), "\rCR");
    const QString updated = isoTime(m_store->leads().findByEmail(lead.email).value_or(Lead()).updatedAt);

    const QString file = path(QStringLiteral("quotes.csv"));
    QCOMPARE(LeadExporter(m_store->database()).run(file), qint64{1});
    // Quotes doubled inside quotes, line breaks kept inside quotes, empty cells empty, and the
    // apostrophe inside the quotes when a cell needs both.
    QCOMPARE(contentsOf(file).split('\n').mid(1).join('\n'),
             "ann@example.com,\"Ann \"\"the boss\"\"\",\"Lee\nSmith\",\"A\r\nB, C\",'\tTab,new,,\"'\rCR\","
             "2024-03-01T09:30:00.000Z," +
                 updated.toLatin1() + "\r\n");
    const QStringList row = readCsv(file).value(1);
    QCOMPARE(row.value(1), QStringLiteral("Ann \"the boss\""));
    QCOMPARE(row.value(2), QStringLiteral("Lee\nSmith"));
    QCOMPARE(row.value(3), QStringLiteral("A\r\nB, C"));
    QCOMPARE(row.value(6), QString());
}

void TestLeadExporter::tagsReadAsSqlExpandsThem()
{
    // Tags are stored as JSON and expanded in C++ for plain arrays of strings; everything else
    // goes through json_each, as every export did before. Either way a cell holds what SQL gives.
    const QList<QByteArray> tagJson{
        "[]",
        "[\"vip\"]",
        "[\"vip\",\"trade show\"]",
        "[\"M\xC3\xBCller\",\"\xE6\x97\xA5\xE6\x9C\xAC\",\"\xF0\x9F\x98\x80\"]",
        "[\"\"]",
        "[\"\",\"\"]",
        "[\"a\",\"\"]",
        "[\"a,b\",\"say \\\"hi\\\"\"]",
        "[\"back\\\\slash\",\"sl\\/ash\"]",
        "[\"tab\\there\",\"new\\nline\"]",
        "[\"\\u00e9t\\u00e9\",\"\\ud83d\\ude00\"]",
        "[\"=1+1\",\"b\"]",
        "[\"-5\"]",
        "[ \"spaced\" , \"out\" ]",
        "[1,2.5,true]",
        "[[\"nested\"],{\"k\":\"v\"}]",
        "\"scalar\"",
        "{\"k\":\"v\",\"k2\":\"w\"}",
        "[\"\xC3(\",\"ok\"]", // not UTF-8: SQLite and Qt replace the bad byte on the way
        "[\"\xEF\xBF\xBE\"]", // U+FFFE, which SQLite turns into U+FFFD on the way to UTF-16
    };
    QStringList expected;
    for (int i = 0; i < tagJson.size(); ++i) {
        const QString email = QStringLiteral("tags%1@example.com").arg(i);
        m_store->leads().add(makeLead(email, QStringLiteral("T")));
        setRawText(m_store->database(), email, QStringLiteral("tags"), tagJson.at(i));
        QSqlQuery& expand = m_store->database().prepare(
            QStringLiteral("SELECT CASE WHEN tags = '[]' THEN '' ELSE (SELECT group_concat(value, ', ') FROM"
                           " json_each(leads.tags)) END FROM leads WHERE email_key = lower(?)"));
        expand.bindValue(0, email);
        QString tags;
        m_store->database().forEachRow(expand, [&](const QSqlQuery& row) { tags = row.value(0).toString(); });
        expected.append(tags);
    }
    QCOMPARE(expected.at(3), QStringLiteral("Müller, 日本, 😀"));
    QCOMPARE(expected.at(6), QStringLiteral("a, "));
    QCOMPARE(expected.at(7), QStringLiteral("a,b, say \"hi\""));

    const QString file = path(QStringLiteral("tags.csv"));
    QCOMPARE(LeadExporter(m_store->database()).run(file), qint64{tagJson.size()});
    const QList<QStringList> records = readCsv(file);
    QCOMPARE(records.size(), tagJson.size() + 1);
    for (int i = 0; i < tagJson.size(); ++i) {
        QVERIFY2(records.at(i + 1).value(6) == CsvWriter::neutralise(expected.at(i)),
                 qPrintable(QStringLiteral("%1: wrote %2, SQL gives %3")
                                .arg(QString::fromLatin1(tagJson.at(i).toPercentEncoding("[]\",")),
                                     records.at(i + 1).value(6), expected.at(i))));
    }
}

void TestLeadExporter::sameBytesAsTheQStringExport()
{
    CustomFieldRepository fields(m_store->database());
    const CustomField plan = fields.create(QStringLiteral("Plan"), CustomFieldType::Text);
    const CustomField seats = fields.create(QStringLiteral("Seats"), CustomFieldType::Number);
    Database& db = m_store->database();

    const QList<QStringList> people{
        {QStringLiteral("ann@example.com"), QStringLiteral("Ann"), QStringLiteral("O'Neil"),
         QStringLiteral("Globex, Inc.")},
        {QStringLiteral("Zoe@Example.com"), QStringLiteral("Zoë \"Z\""), QStringLiteral("Dvořák Jr."),
         QStringLiteral("=HYPERLINK(\"x\")")},
        {QStringLiteral("kenji@example.jp"), QStringLiteral("健二"), QStringLiteral("山田 😀"),
         QStringLiteral("株式会社テスト")},
        {QStringLiteral("empty@example.com"), QString(), QString(), QString()},
        {QStringLiteral("formula@example.com"), QStringLiteral("+1"), QStringLiteral("-1"),
         QStringLiteral("@x")},
    };
    const QList<QDateTime> times{QDateTime(QDate(1969, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
                                 QDateTime(QDate(2024, 2, 29), QTime(12, 0), Qt::UTC),
                                 QDateTime(QDate(2100, 12, 31), QTime(8, 5, 7, 42), Qt::UTC),
                                 QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC),
                                 QDateTime(QDate(2026, 11, 29), QTime(18, 30, 0, 5), Qt::UTC)};
    for (int i = 0; i < people.size(); ++i) {
        Lead lead = makeLead(people[i][0], people[i][1], people[i][2], people[i][3]);
        lead.status = kAllLeadStatuses[static_cast<size_t>(i) % kAllLeadStatuses.size()];
        lead.tags = i % 2 ? QStringList{QStringLiteral("vip"), QStringLiteral("b2b")} : QStringList();
        lead.phone = i == 4 ? QStringLiteral("+49 30 1234") : QString();
        lead.source = QStringLiteral("web");
        lead.createdAt = times.at(i);
        m_store->leads().add(lead);
    }
    setRawText(db, QStringLiteral("Zoe@Example.com"), QStringLiteral("last_name"),
               "Dvo\xC5\x99\xC3\xA1k\nJr.");
    setCustom(db, QStringLiteral("ann@example.com"),
              {{plan.id.toStdString(), "Gold \"plus\"\nannual"}, {seats.id.toStdString(), 12}});
    setCustom(db, QStringLiteral("Zoe@Example.com"),
              {{plan.id.toStdString(), "=1+1"}, {seats.id.toStdString(), 2.5}});
    setCustom(db, QStringLiteral("kenji@example.jp"),
              {{plan.id.toStdString(), true}, {seats.id.toStdString(), {{"a", 1}}}});

    // Text no lead form writes, stored as raw bytes: malformed UTF-8, a surrogate, a code point past
    // U+10FFFF, U+FFFE, a NUL, and a cell larger than the writer's chunk.
    const QList<QByteArray> rawTexts{
        "\xC3",
        "\x80"
        "abc",
        "a\xED\xA0\x80z",
        "\xF4\x90\x80\x80",
        "\xC0\xAF",
        "\xE0\x80\xAF",
        "\xF8\x88\x80\x80\x80",
        "x\xEF\xBF\xBEy",
        "x\xEF\xBF\xBF",
        QByteArray("a\0b", 3),
        "\xEF\xBF\xBD",
        "caf\xC3\xA9",
        "\xF0\x9F\x98",
        "ok\xC3\xA9\xC3",
        "=\xC3\xA9",
        "longer text \xC3",
        "12345678\xED\xA0\x80",
        "1234567890123456\xEF\xBF\xBF",
    };
    for (int i = 0; i < rawTexts.size(); ++i) {
        const QString email = QStringLiteral("raw%1@example.com").arg(i);
        m_store->leads().add(makeLead(email, QStringLiteral("Raw")));
        const QString column = QStringList{QStringLiteral("first_name"), QStringLiteral("last_name"),
                                           QStringLiteral("company"), QStringLiteral("source")}
                                   .at(i % 4);
        setRawText(db, email, column, rawTexts.at(i));
        if (!rawTexts.at(i).contains('\0')) { // JSON has no room for a raw NUL
            setRawText(db, email, QStringLiteral("tags"), "[\"" + rawTexts.at(i) + "\",\"t\"]");
        }
    }
    QByteArray big(3 * 1024 * 1024, 'x');
    big[1000] = '"';
    big.append("\xC3\xA9");
    m_store->leads().add(makeLead(QStringLiteral("big@example.com"), QStringLiteral("Big")));
    setRawText(db, QStringLiteral("big@example.com"), QStringLiteral("company"), big);

    // Enough ordinary leads for several chunks of output.
    writeLeads(
        db, QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 30000)"
                           " INSERT INTO leads (id, email, email_key, first_name, last_name, company, status,"
                           " tags, source, created_at, updated_at)"
                           " SELECT 'filler-' || i, 'Filler' || i || '@example.com', 'filler' || i ||"
                           " '@example.com', 'Fïller', 'N' || i, CASE WHEN i % 7 = 0 THEN 'Co, ' || i ELSE"
                           " 'Co ' || i END, i % 5, CASE i % 3 WHEN 0 THEN '[]' WHEN 1 THEN '[\"a\",\"b c\"]'"
                           " ELSE '[\"é\\\\\"]' END, '', 1700000000000 + i * 1001, 1700000000000 FROM n"));

    const QString file = path(QStringLiteral("all.csv"));
    const qint64 total = 5 + rawTexts.size() + 1 + 30000;
    QCOMPARE(LeadExporter(db).run(file), total);
    const QByteArray written = contentsOf(file);
    const QByteArray expected = exportThroughQString(db);
    QVERIFY(expected.size() > 4 * CsvWriter::kChunkBytes);
    QVERIFY2(written == expected, firstDifference(written, expected).constData());
}

void TestLeadExporter::filterExportsOnlyMatchingLeads()
{
    const QList<std::tuple<const char*, LeadStatus, QStringList>> leads{
        {"ann@example.com", LeadStatus::Contacted, {QStringLiteral("vip")}},
        {"bob@example.com", LeadStatus::Contacted, {}},
        {"cid@example.com", LeadStatus::New, {QStringLiteral("vip")}},
        {"dee@example.com", LeadStatus::Contacted, {QStringLiteral("vip"), QStringLiteral("expo")}},
    };
    for (const auto& [email, status, tags] : leads) {
        Lead lead = makeLead(QString::fromLatin1(email), QStringLiteral("Lead"),
                             email[0] == 'd' ? QStringLiteral("Globex") : QStringLiteral("Initech"));
        lead.status = status;
        lead.tags = tags;
        m_store->leads().add(lead);
    }
    LeadFilter filter;
    filter.statuses = {LeadStatus::Contacted};
    filter.tags = {QStringLiteral("vip")};
    const QString file = path(QStringLiteral("filtered.csv"));
    QCOMPARE(LeadExporter(m_store->database()).run(file, {}, filter), qint64{2});
    QList<QStringList> records = readCsv(file);
    QCOMPARE(records.size(), qsizetype{3});
    QCOMPARE(records.at(1).first(), QStringLiteral("ann@example.com"));
    QCOMPARE(records.at(2).first(), QStringLiteral("dee@example.com"));
    QCOMPARE(records.at(2).at(6), QStringLiteral("vip, expo"));

    // The search narrows the filter further.
    QCOMPARE(LeadExporter(m_store->database()).run(file, QStringLiteral("globex"), filter), qint64{1});
    records = readCsv(file);
    QCOMPARE(records.size(), qsizetype{2});
    QCOMPARE(records.at(1).first(), QStringLiteral("dee@example.com"));
}

void TestLeadExporter::cellsWrittenAsUtf8MatchWriteRecord()
{
    // The exporter writes cells from UTF-8 bytes; other files come through writeRecord(). Both
    // must quote, neutralise and mark the file the same way.
    const QList<QList<QStringList>> files{
        {{QStringLiteral("sep=;"), QStringLiteral("a")}, {QStringLiteral("sep=;"), QStringLiteral("b")}},
        {{QStringLiteral("\uFEFFx"), QStringLiteral("y")}, {QStringLiteral("\uFEFFx")}},
        {{QString()}, {}, {QString(), QString()}, {QStringLiteral("=1"), QStringLiteral("a\"b")}},
        {{QStringLiteral("line\nbreak"), QStringLiteral("\r"), QStringLiteral("\t"), QString(),
          QStringLiteral("Zoë 東京 😀"), QStringLiteral("\"\""), QStringLiteral("a,b"),
          QStringLiteral("-\"1\""), QStringLiteral("twelve chars"), QStringLiteral("sixteen chars, q")},
         {QString(2 * CsvWriter::kChunkBytes, QLatin1Char('q')) + QLatin1Char('"'), QStringLiteral("@")}},
    };
    for (const bool bom : {false, true}) {
        for (const QList<QStringList>& records : files) {
            QBuffer viaText;
            QBuffer viaUtf8;
            viaText.open(QIODevice::WriteOnly);
            viaUtf8.open(QIODevice::WriteOnly);
            CsvWriter textWriter(viaText);
            CsvWriter utf8Writer(viaUtf8);
            textWriter.setBom(bom);
            utf8Writer.setBom(bom);
            for (const QStringList& record : records) {
                textWriter.writeRecord(record);
                for (const QString& cell : record) {
                    utf8Writer.appendCell(cell.toUtf8());
                }
                utf8Writer.endRecord();
            }
            QVERIFY(textWriter.flush());
            QVERIFY(utf8Writer.flush());
            QVERIFY2(viaUtf8.data() == viaText.data(),
                     firstDifference(viaUtf8.data(), viaText.data()).constData());
        }
    }
}

void TestLeadExporter::fullDiskIsNamed()
{
    // The disk fills up part way through a chunk: the message says so, and nothing more is taken.
    FillingDevice device(1000);
    QVERIFY(device.open(QIODevice::WriteOnly));
    CsvWriter writer(device);
    for (int i = 0; i < 100000; ++i) {
        writer.appendCell("lead@example.com");
        writer.appendCell("Lead");
        writer.endRecord();
    }
    QVERIFY(!writer.flush());
    QVERIFY2(writer.errorString().contains(QLatin1String("No space left on device")),
             qPrintable(writer.errorString()));
    QCOMPARE(device.written.size(), qsizetype{1000});
    QVERIFY(device.written.startsWith("lead@example.com,Lead\r\n"));

    QFile full(QStringLiteral("/dev/full"));
    if (!full.open(QIODevice::WriteOnly)) {
        QSKIP("/dev/full is not available here");
    }
    CsvWriter fullWriter(full);
    for (int i = 0; i < 100000; ++i) {
        fullWriter.appendCell("lead@example.com");
        fullWriter.appendCell("Lead");
        fullWriter.endRecord();
    }
    QVERIFY(!fullWriter.flush());
    QVERIFY2(fullWriter.errorString().contains(QLatin1String("No space left")),
             qPrintable(fullWriter.errorString()));
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
