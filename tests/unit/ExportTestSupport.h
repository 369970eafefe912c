// What the lead exporter tests share: a fresh workspace per test, files read back as CSV records,
// raw writes into the store, the export as it was written through QString, and a disk that fills up.
#pragma once

#include "StoreFixture.h"
#include "WorkspaceFixture.h"
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

inline const QStringList kHeader{QStringLiteral("email"),      QStringLiteral("first_name"),
                                 QStringLiteral("last_name"),  QStringLiteral("company"),
                                 QStringLiteral("phone"),      QStringLiteral("status"),
                                 QStringLiteral("tags"),       QStringLiteral("source"),
                                 QStringLiteral("created_at"), QStringLiteral("updated_at")};

inline QList<QStringList> readCsv(const QString& path)
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

inline QByteArray contentsOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

inline Lead makeLead(const QString& email, const QString& firstName, const QString& lastName = {},
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
inline void setCustom(Database& db, const QString& email, const nlohmann::json& values)
{
    QSqlQuery& update = db.prepare(QStringLiteral("UPDATE leads SET custom = ? WHERE email_key = lower(?)"));
    update.bindValue(0, QString::fromStdString(values.dump()));
    update.bindValue(1, email);
    db.write(update);
}

inline QString customValue(Database& db, const QString& email, const QString& fieldId)
{
    QString value;
    QSqlQuery& select = db.prepare(QStringLiteral(
        "SELECT json_extract(custom, '$.\"' || ? || '\"') FROM leads WHERE email_key = lower(?)"));
    select.bindValue(0, fieldId);
    select.bindValue(1, email);
    db.forEachRow(select, [&](const QSqlQuery& row) { value = row.value(0).toString(); });
    return value;
}

inline QStringList filesIn(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

// Runs a statement that changes leads, binding `values` in order (a QByteArray binds as a blob).
inline void writeLeads(Database& db, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery& query = db.prepare(sql);
    for (int i = 0; i < values.size(); ++i) {
        query.bindValue(i, values.at(i));
    }
    db.write(query);
}

// Stores these exact bytes as a lead's text in `column`, bypassing every check, as a damaged or
// foreign store could hold them.
inline void setRawText(Database& db, const QString& email, const QString& column, const QByteArray& bytes)
{
    writeLeads(db,
               QStringLiteral("UPDATE leads SET %1 = CAST(? AS TEXT) WHERE email_key = lower(?)").arg(column),
               {bytes, email});
}

// The file as the exporter wrote it before it read SQLite's UTF-8 itself: every cell through a
// QString, tags expanded by SQL, times through QDateTime, each record through writeRecord().
inline QByteArray exportThroughQString(Database& db)
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
inline QByteArray firstDifference(const QByteArray& actual, const QByteArray& expected)
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

// The base of each test class: a workspace in a temporary folder, opened before each test and
// closed after it.
class ExportFixture : public WorkspaceFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

protected:
    QString path(const QString& name) const { return m_tmp->filePath(name); }
};

inline void ExportFixture::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("leadbox.*.info=false"));
}
