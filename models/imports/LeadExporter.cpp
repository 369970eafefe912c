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
#include <array>
#include <cstdio>
#include <cstring>
#include <optional>

namespace leadbox {

namespace {

// The columns of the export query, in order; custom fields follow.
enum Column : int
{
    RowId,
    Email,
    FirstName,
    LastName,
    Company,
    Phone,
    Status,
    Tags,
    Source,
    CreatedAt,
    UpdatedAt,
    FirstCustom
};

constexpr int kRowsBetweenChecks = 8192; // rows between looks at the cancel flag and progress

// True when these bytes are what the export wrote when it read every cell as a QString: SQLite
// converted its UTF-8 to UTF-16 and Qt converted that back. That gives the same bytes for
// well-formed UTF-8, except U+FFFE and U+FFFF, which SQLite turns into U+FFFD, as it does with
// malformed bytes.
bool unchangedThroughUtf16(QByteArrayView text)
{
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    const qsizetype n = text.size();
    qsizetype i = 0;
    // Most cells are ASCII: look at eight bytes at a time (the last eight may overlap the others)
    // until one has its high bit set.
    if (n >= 8) {
        quint64 word;
        for (; i + 8 <= n; i += 8) {
            std::memcpy(&word, s + i, sizeof word);
            if (word & 0x8080808080808080ULL) {
                break;
            }
        }
        if (i + 8 > n) {
            std::memcpy(&word, s + n - 8, sizeof word);
            if (!(word & 0x8080808080808080ULL)) {
                return true;
            }
            i = n - 8; // ASCII before here: a character boundary
        }
    }
    while (i < n) {
        const unsigned c = s[i];
        if (c < 0x80) {
            ++i;
        } else if (c >= 0xC2 && c <= 0xDF) {
            if (i + 1 >= n || (s[i + 1] & 0xC0) != 0x80) {
                return false;
            }
            i += 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            if (i + 2 >= n || (s[i + 1] & 0xC0) != 0x80 || (s[i + 2] & 0xC0) != 0x80) {
                return false;
            }
            const unsigned c1 = s[i + 1];
            if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 >= 0xA0) || // overlong, surrogate
                (c == 0xEF && c1 == 0xBF && s[i + 2] >= 0xBE)) {         // U+FFFE, U+FFFF
                return false;
            }
            i += 3;
        } else if (c >= 0xF0 && c <= 0xF4) {
            if (i + 3 >= n || (s[i + 1] & 0xC0) != 0x80 || (s[i + 2] & 0xC0) != 0x80 ||
                (s[i + 3] & 0xC0) != 0x80) {
                return false;
            }
            const unsigned c1 = s[i + 1];
            if ((c == 0xF0 && c1 < 0x90) || (c == 0xF4 && c1 >= 0x90)) { // overlong, past U+10FFFF
                return false;
            }
            i += 4;
        } else {
            return false;
        }
    }
    return true;
}

// A text column's cell: SQLite's bytes when they are what the QString route gave, else that route.
QByteArrayView textCell(const RawStatement& statement, int column, QByteArray& scratch)
{
    const QByteArrayView bytes = statement.utf8(column);
    if (unchangedThroughUtf16(bytes)) {
        return bytes;
    }
    scratch = statement.text(column).toUtf8();
    return scratch;
}

// ["a","b"] as "a, b", which is what json_each and group_concat(value, ', ') give for an array
// of plain strings. False for anything else (escapes, control characters, numbers, spaces, not
// an array): SQL expands those.
bool expandPlainTags(QByteArrayView json, QByteArray& out)
{
    const qsizetype n = json.size();
    if (n < 4 || json.front() != '[' || json.back() != ']') {
        return false;
    }
    out.resize(n); // the expansion is shorter than the JSON
    char* o = out.data();
    const char* p = json.data() + 1;
    const char* const end = json.data() + n - 1;
    for (;;) {
        if (p == end || *p != '"') {
            return false;
        }
        const char* const start = ++p;
        while (p != end && *p != '"') {
            const auto c = static_cast<unsigned char>(*p);
            if (c < 0x20 || c == '\\') {
                return false;
            }
            ++p;
        }
        if (p == end) {
            return false;
        }
        std::memcpy(o, start, static_cast<size_t>(p - start));
        o += p - start;
        if (++p == end) {
            break;
        }
        if (*p++ != ',') {
            return false;
        }
        *o++ = ',';
        *o++ = ' ';
    }
    out.resize(o - out.constData());
    return true;
}

void putDigits(char* out, qint64 value, int digits)
{
    for (int i = digits - 1; i >= 0; --i) {
        out[i] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
}

// "2026-11-29T18:30:00.000Z" from milliseconds since the epoch, with integer arithmetic only
// (days to civil date as in Howard Hinnant's algorithm): QDateTime costs more than the rest of a
// row's export. Returns the length written to `text`, which holds 32 bytes.
int isoTimeFromMillis(qint64 millis, char* text)
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

    if (year < 0 || year > 9999) { // printf pads and signs these years its own way
        return std::snprintf(text, 32, "%04lld-%02lld-%02lldT%02lld:%02lld:%02lld.%03lldZ",
                             static_cast<long long>(year), static_cast<long long>(month),
                             static_cast<long long>(day), static_cast<long long>(rest / 3600000),
                             static_cast<long long>(rest / 60000 % 60),
                             static_cast<long long>(rest / 1000 % 60), static_cast<long long>(rest % 1000));
    }
    std::memcpy(text, "0000-00-00T00:00:00.000Z", 24);
    putDigits(text, year, 4);
    putDigits(text + 5, month, 2);
    putDigits(text + 8, day, 2);
    putDigits(text + 11, rest / 3600000, 2);
    putDigits(text + 14, rest / 60000 % 60, 2);
    putDigits(text + 17, rest / 1000 % 60, 2);
    putDigits(text + 20, rest % 1000, 3);
    return 24;
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

    // Tags come as stored JSON and are expanded here; SQL expands the few that need a JSON parser.
    QString sql = QStringLiteral("SELECT row_id, email, first_name, last_name, company, phone, status, tags,"
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

    std::array<QByteArray, kAllLeadStatuses.size()> statusNames;
    for (const LeadStatus status : kAllLeadStatuses) {
        statusNames[static_cast<size_t>(status)] = statusName(status).toUtf8();
    }
    const QByteArray& unknownStatusName = statusNames[static_cast<size_t>(LeadStatus::New)];
    // The tags of one lead as the export expanded them before, in SQL; prepared on first need.
    std::optional<RawStatement> sqlTags;
    QByteArray scratch;
    QByteArray tags;
    char time[32];

    qint64 written = 0;
    const int columns = FirstCustom + static_cast<int>(customFields.size());
    while (select.step()) {
        for (int column = Email; column < columns; ++column) {
            if (column == Status) {
                const qint64 rank = select.int64(Status);
                writer.appendCell(rank >= 0 && rank < static_cast<qint64>(statusNames.size())
                                      ? statusNames[static_cast<size_t>(rank)]
                                      : unknownStatusName);
            } else if (column == Tags) {
                const QByteArrayView json = select.utf8(Tags);
                if (json == "[]") {
                    writer.appendCell({});
                } else if (expandPlainTags(json, tags) && unchangedThroughUtf16(tags)) {
                    writer.appendCell(tags);
                } else {
                    if (!sqlTags) {
                        sqlTags.emplace(m_db, QStringLiteral("SELECT CASE WHEN tags = '[]' THEN '' ELSE"
                                                             " (SELECT group_concat(value, ', ') FROM"
                                                             " json_each(leads.tags)) END FROM leads"
                                                             " WHERE row_id = ?"));
                    }
                    sqlTags->reset();
                    sqlTags->bind(1, select.int64(RowId));
                    writer.appendCell(sqlTags->step() ? textCell(*sqlTags, 0, scratch) : QByteArrayView());
                }
            } else if (column == CreatedAt || column == UpdatedAt) {
                writer.appendCell(QByteArrayView(time, isoTimeFromMillis(select.int64(column), time)));
            } else {
                writer.appendCell(textCell(select, column, scratch));
            }
        }
        writer.endRecord();
        if (++written % kRowsBetweenChecks == 0) {
            if (cancel && cancel->load()) {
                file.cancelWriting();
                return 0;
            }
            if (!writer.errorString().isEmpty()) {
                break; // the disk is full, say: the error below names the file
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
