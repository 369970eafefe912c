#include "models/imports/LeadExporter.h"

#include "models/StoreError.h"
#include "models/csv/CsvWriter.h"
#include "models/leads/CustomFieldRepository.h"
#include "models/leads/Lead.h"
#include "models/leads/LeadJson.h"
#include "models/leads/SearchExpression.h"
#include "models/store/Database.h"
#include "models/store/RawStatement.h"

#include <QSaveFile>
#include <cstdio>

namespace leadbox {

namespace {

// "2026-11-29T18:30:00.000Z" from milliseconds since the epoch, with integer arithmetic only
// (days to civil date as in Howard Hinnant's algorithm): QDateTime costs more than the rest of a
// row's export.
QString isoTimeFromMillis(qint64 millis)
{
    const qint64 dayMillis = 86400000;
    qint64 days = millis / dayMillis;
    qint64 rest = millis % dayMillis;
    if (rest < 0) {
        rest += dayMillis;
        --days;
    }
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 monthIndex = (5 * dayOfYear + 2) / 153;
    const qint64 day = dayOfYear - (153 * monthIndex + 2) / 5 + 1;
    const qint64 month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
    const qint64 year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);

    char text[32];
    const int length = std::snprintf(
        text, sizeof text, "%04lld-%02lld-%02lldT%02lld:%02lld:%02lld.%03lldZ", static_cast<long long>(year),
        static_cast<long long>(month), static_cast<long long>(day), static_cast<long long>(rest / 3600000),
        static_cast<long long>(rest / 60000 % 60), static_cast<long long>(rest / 1000 % 60),
        static_cast<long long>(rest % 1000));
    return QString::fromLatin1(text, length);
}

} // namespace

LeadExporter::LeadExporter(Database& db)
    : m_db(db)
{
}

qint64 LeadExporter::run(const QString& filePath, const QString& search, const LeadFilter& filter,
                         const ProgressFunction& progress, const std::atomic_bool* cancel)
{
    const QList<CustomField> customFields = CustomFieldRepository(m_db).list();
    QStringList where;
    QVariantList values;
    const QString match = ftsMatchExpression(search);
    if (!match.isEmpty()) {
        where << QStringLiteral("row_id IN (SELECT rowid FROM leads_fts WHERE leads_fts MATCH ?)");
        values << match;
    }
    filter.appendSql(where, values);
    const QString whereSql =
        where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));

    QString sql = QStringLiteral("SELECT email, first_name, last_name, company, phone, status,"
                                 " CASE WHEN tags = '[]' THEN '' ELSE (SELECT group_concat(value, ', ') FROM "
                                 "json_each(leads.tags)) END,"
                                 " source, created_at, updated_at");
    for (int i = 0; i < customFields.size(); ++i) {
        sql += QStringLiteral(", json_extract(custom, '$.\"' || ? || '\"')");
    }
    sql += QStringLiteral(" FROM leads") + whereSql + QStringLiteral(" ORDER BY row_id");

    qint64 total = 0;
    if (progress) {
        RawStatement count(m_db, QStringLiteral("SELECT count(*) FROM leads") + whereSql);
        for (int i = 0; i < values.size(); ++i) {
            count.bind(i + 1, values.at(i));
        }
        total = count.step() ? count.int64(0) : 0;
    }

    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        throw StoreError(StoreError::Kind::CannotOpen,
                         tr("Cannot write %1: %2.").arg(filePath, file.errorString()), filePath);
    }
    CsvWriter writer(file);
    QStringList header{QStringLiteral("email"),      QStringLiteral("first_name"),
                       QStringLiteral("last_name"),  QStringLiteral("company"),
                       QStringLiteral("phone"),      QStringLiteral("status"),
                       QStringLiteral("tags"),       QStringLiteral("source"),
                       QStringLiteral("created_at"), QStringLiteral("updated_at")};
    for (const CustomField& field : customFields) {
        header.append(field.name);
    }
    writer.writeRecord(header);

    RawStatement select(m_db, sql);
    int parameter = 0;
    QList<QString> fieldIds;
    for (const CustomField& field : customFields) {
        fieldIds.append(field.id);
    }
    for (const QString& id : fieldIds) {
        select.bind(++parameter, id);
    }
    for (const QVariant& value : values) {
        select.bind(++parameter, value);
    }

    QStringList record;
    qint64 written = 0;
    const int columns = static_cast<int>(header.size());
    while (select.step()) {
        record.clear();
        for (int column = 0; column < columns; ++column) {
            if (column == 5) {
                record.append(
                    statusName(statusFromRank(static_cast<int>(select.int64(5))).value_or(LeadStatus::New)));
            } else if (column == 8 || column == 9) {
                record.append(isoTimeFromMillis(select.int64(column)));
            } else {
                record.append(select.text(column));
            }
        }
        writer.writeRecord(record);
        if (++written % 8192 == 0) {
            if (cancel && cancel->load()) {
                file.cancelWriting();
                return 0;
            }
            if (progress) {
                progress(written, total);
            }
        }
    }
    if (!writer.flush() || !file.commit()) {
        const QString reason = writer.errorString().isEmpty() ? file.errorString() : writer.errorString();
        throw StoreError(StoreError::Kind::CannotOpen,
                         tr("Could not write %1: %2. No file was written.").arg(filePath, reason), filePath);
    }
    if (progress) {
        progress(written, written);
    }
    return written;
}

} // namespace leadbox
