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

namespace leadbox {

LeadExporter::LeadExporter(Database& db)
    : m_db(db)
{
}

qint64 LeadExporter::run(const QString& filePath, const QString& search, const ProgressFunction& progress,
                         const std::atomic_bool* cancel)
{
    const QList<CustomField> customFields = CustomFieldRepository(m_db).list();
    const QString match = ftsMatchExpression(search);

    QString sql = QStringLiteral("SELECT email, first_name, last_name, company, phone, status,"
                                 " (SELECT group_concat(value, ', ') FROM json_each(leads.tags)),"
                                 " source, created_at, updated_at");
    for (int i = 0; i < customFields.size(); ++i) {
        sql += QStringLiteral(", json_extract(custom, '$.\"' || ?%1 || '\"')").arg(i + 1);
    }
    sql += QStringLiteral(" FROM leads");
    if (!match.isEmpty()) {
        sql += QStringLiteral(" WHERE row_id IN (SELECT rowid FROM leads_fts WHERE leads_fts MATCH ?%1)")
                   .arg(customFields.size() + 1);
    }
    sql += QStringLiteral(" ORDER BY row_id");

    qint64 total = 0;
    if (progress) {
        RawStatement count(
            m_db, match.isEmpty() ? QStringLiteral("SELECT count(*) FROM leads")
                                  : QStringLiteral("SELECT count(*) FROM leads_fts WHERE leads_fts MATCH ?"));
        if (!match.isEmpty()) {
            count.bind(1, match);
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
    QList<QString> fieldIds;
    for (int i = 0; i < customFields.size(); ++i) {
        fieldIds.append(customFields.at(i).id);
        select.bind(i + 1, fieldIds.constLast());
    }
    if (!match.isEmpty()) {
        select.bind(static_cast<int>(customFields.size()) + 1, match);
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
                record.append(isoTime(QDateTime::fromMSecsSinceEpoch(select.int64(column), Qt::UTC)));
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
