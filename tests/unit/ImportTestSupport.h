// What the lead importer tests share: a fresh workspace per test, files written into its folder,
// the workspace dumped as text for before/after comparisons, and checks that search and the tag
// list still agree with the leads.
#pragma once

#include "StoreFixture.h"
#include "WorkspaceFixture.h"
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

// Every row of a query as "cell|cell|…", NULL spelled out.
inline QStringList rowsOf(Database& db, const QString& sql, const QVariantList& values = {})
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

inline QString valueOf(Database& db, const QString& sql, const QVariantList& values = {})
{
    const QStringList rows = rowsOf(db, sql, values);
    return rows.isEmpty() ? QString() : rows.first();
}

inline qint64 numberOf(Database& db, const QString& sql, const QVariantList& values = {})
{
    return valueOf(db, sql, values).toLongLong();
}

inline nlohmann::json jsonOf(const QString& text)
{
    return nlohmann::json::parse(text.toStdString(), nullptr, false);
}

inline QString dumped(const nlohmann::json& json)
{
    return QString::fromStdString(json.dump());
}

inline const QStringList kSearchProbes = {
    QStringLiteral("ann"),    QStringLiteral("lead"),  QStringLiteral("first"), QStringLiteral("company"),
    QStringLiteral("globex"), QStringLiteral("seed"),  QStringLiteral("vip"),   QStringLiteral("tag"),
    QStringLiteral("olga"),   QStringLiteral("oldco"), QStringLiteral("newco"), QStringLiteral("renewal"),
};

// The whole workspace as text: every table a user's data lives in, the schema (triggers and
// indexes included), and what search finds. Two equal dumps mean the user sees the same workspace.
inline QStringList dumpStore(WorkspaceStore& store)
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
inline QString searchIndexProblem(Database& db)
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
inline QStringList missingTagNames(Database& db)
{
    return rowsOf(db, QStringLiteral("SELECT DISTINCT json_each.value FROM leads, json_each(leads.tags)"
                                     " WHERE json_each.value NOT IN (SELECT tag FROM tag_names)"));
}

inline QStringList namesOf(Database& db, const QString& type)
{
    return rowsOf(db,
                  QStringLiteral("SELECT name FROM sqlite_master WHERE type = ? AND name NOT LIKE 'sqlite_%'"
                                 " ORDER BY name"),
                  {type});
}

// Rows "email,first_name,last_name,company,tags" numbered from `from`: lead000001@example.com, …
inline QByteArray generatedCsv(int rows, int from = 1, const QByteArray& extraHeader = {},
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
inline QByteArray paddingRows(int rows, int columns)
{
    QByteArray csv;
    for (int i = 1; i <= rows; ++i) {
        csv += "pad" + QByteArray::number(i) + "@example.com,Pad" + QByteArray(columns - 2, ',') + "\n";
    }
    return csv;
}

inline QByteArray encoded(const QString& text, QStringConverter::Encoding encoding, bool bom)
{
    QStringEncoder encoder(encoding,
                           bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    return encoder.encode(text);
}

inline Lead makeLead(const QString& email, const QString& firstName, const QString& company = {},
                     const QStringList& tags = {})
{
    Lead lead;
    lead.email = email;
    lead.firstName = firstName;
    lead.company = company;
    lead.tags = tags;
    return lead;
}

inline QStringList emails(const QList<Lead>& leads)
{
    QStringList list;
    for (const Lead& lead : leads) {
        list.append(lead.email);
    }
    return list;
}

// Stops the test function, not just the helper, when the indexes disagree with the leads.
#define VERIFY_INDEXES()                                                                                     \
    do {                                                                                                     \
        verifyIndexesConsistent();                                                                           \
        if (QTest::currentTestFailed()) {                                                                    \
            return;                                                                                          \
        }                                                                                                    \
    } while (false)

// The base of each test class: a workspace in a temporary folder, opened before each test and
// closed after it.
class ImportFixture : public WorkspaceFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

protected:
    QString writeFile(const QString& name, const QByteArray& bytes) const;
    ImportSummary importFile(const QString& path, DuplicatePolicy policy = DuplicatePolicy::Skip,
                             const ImportConsent& consent = {}, const QStringList& overrides = {});
    Lead stored(const QString& email);
    QString customOf(const QString& email);
    QStringList search(const QString& text);
    void verifyIndexesConsistent();
};

inline void ImportFixture::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("leadbox.*.info=false\nleadbox.*.warning=false"));
}

inline QString ImportFixture::writeFile(const QString& name, const QByteArray& bytes) const
{
    const QString path = m_tmp->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
        qWarning("cannot write %s", qPrintable(path));
    }
    return path;
}

inline ImportSummary ImportFixture::importFile(const QString& path, DuplicatePolicy policy,
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

inline Lead ImportFixture::stored(const QString& email)
{
    return m_store->leads().findByEmail(email).value_or(Lead());
}

inline QString ImportFixture::customOf(const QString& email)
{
    return valueOf(m_store->database(), QStringLiteral("SELECT custom FROM leads WHERE email_key = lower(?)"),
                   {email});
}

inline QStringList ImportFixture::search(const QString& text)
{
    LeadQuery query;
    query.search = text;
    query.sortField = LeadField::Email;
    query.order = Qt::AscendingOrder;
    query.limit = 1000;
    return emails(m_store->leads().list(query));
}

inline void ImportFixture::verifyIndexesConsistent()
{
    const QString problem = searchIndexProblem(m_store->database());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QStringList mismatches = missingTagNames(m_store->database());
    QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(QLatin1Char('\n'))));
}
