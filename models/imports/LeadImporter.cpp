#include "models/imports/LeadImporter.h"

#include "models/LogCategories.h"
#include "models/StoreError.h"
#include "models/imports/ColumnMapping.h"
#include "models/imports/DuplicateRowWriter.h"
#include "models/imports/ImportRowBuilder.h"
#include "models/imports/KeyRowMap.h"
#include "models/imports/ParsedRows.h"
#include "models/imports/SearchIndexBuilder.h"
#include "models/leads/LeadId.h"
#include "models/leads/LeadJson.h"
#include "models/leads/LeadRow.h"
#include "models/leads/LeadValidator.h"
#include "models/store/Database.h"
#include "models/store/LeadSchema.h"
#include "models/store/OutboxRepository.h"
#include "models/store/RawStatement.h"
#include "models/store/Transaction.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QThread>
#include <algorithm>
#include <optional>

namespace leadbox {
namespace {

constexpr int kProgressEveryRows = 4096;
constexpr qint64 kTypicalRowBytes = 120; // a lead as a CSV line, for guessing a file's row count
// A large page cache while importing keeps the email index's random inserts in memory.
constexpr int kImportCacheKiB = 256 * 1024;
constexpr int kNormalCacheKiB = 2000;

const char* const kPerRowTriggers[] = {"leads_fts_insert", "leads_fts_update", "tag_names_insert",
                                       "tag_names_update"};

// Gives the page cache back when the import ends, however it ends.
class CacheSizeRestorer
{
public:
    explicit CacheSizeRestorer(Database& db)
        : m_db(db)
    {
    }
    ~CacheSizeRestorer()
    {
        QSqlQuery& query = m_db.prepare(QStringLiteral("PRAGMA cache_size = -%1").arg(kNormalCacheKiB));
        query.exec();
        query.finish();
    }
    CacheSizeRestorer(const CacheSizeRestorer&) = delete;
    CacheSizeRestorer& operator=(const CacheSizeRestorer&) = delete;

private:
    Database& m_db;
};

void openFile(QFile& file)
{
    const QFileInfo info(file.fileName());
    if (!info.exists()) {
        throw StoreError(StoreError::Kind::CannotOpen,
                         LeadImporter::tr("There is no file %1.").arg(file.fileName()), file.fileName());
    }
    if (info.isDir()) {
        throw StoreError(StoreError::Kind::CannotOpen,
                         LeadImporter::tr("%1 is a folder; choose a CSV file.").arg(file.fileName()),
                         file.fileName());
    }
    if (info.size() > LeadImporter::kMaxFileBytes) {
        throw StoreError(
            StoreError::Kind::Validation,
            LeadImporter::tr("%1 is %2 MB; LeadBox imports files of up to %3 MB. Split it into smaller "
                             "files and import them one after another.")
                .arg(file.fileName())
                .arg(info.size() / (1024 * 1024))
                .arg(LeadImporter::kMaxFileBytes / (1024 * 1024)),
            file.fileName());
    }
    if (!file.open(QIODevice::ReadOnly)) {
        throw StoreError(StoreError::Kind::CannotOpen,
                         LeadImporter::tr("Cannot open %1: %2.").arg(file.fileName(), file.errorString()),
                         file.fileName());
    }
}

QStringList readHeader(CsvReader& reader, const QString& fileName)
{
    QStringList header;
    if (!reader.readRecord(header)) {
        const QString reason =
            reader.errorString().isEmpty() ? LeadImporter::tr("the file is empty") : reader.errorString();
        throw StoreError(StoreError::Kind::Validation,
                         LeadImporter::tr("Cannot import %1: %2.").arg(fileName, reason), fileName);
    }
    for (QString& column : header) {
        column = column.trimmed();
    }
    return header;
}

} // namespace

LeadImporter::Preview LeadImporter::preview(const QString& filePath, int rowCount)
{
    QFile file(filePath);
    openFile(file);
    CsvReader reader(file);
    Preview preview;
    preview.header = readHeader(reader, filePath);
    preview.format = reader.format();
    QStringList record;
    while (preview.rows.size() < rowCount && reader.readRecord(record)) {
        preview.rows.append(record);
    }
    preview.mapping = ColumnMapping::guessAll(preview.header);
    return preview;
}

LeadImporter::LeadImporter(Database& db)
    : m_db(db)
{
}

ImportSummary LeadImporter::run(const ImportOptions& options, const ProgressFunction& progress,
                                const std::atomic_bool* cancel)
{
    QElapsedTimer clock;
    clock.start();
    QFile file(options.filePath);
    openFile(file);
    const qint64 totalBytes = file.size();
    ParsedRows rows(file);
    if (rows.header().isEmpty()) {
        const QString reason = rows.headerError().isEmpty() ? tr("the file is empty") : rows.headerError();
        throw StoreError(StoreError::Kind::Validation,
                         tr("Cannot import %1: %2.").arg(options.filePath, reason), options.filePath);
    }

    ImportSummary summary;
    summary.header = rows.header();
    QList<ColumnTarget> mapping =
        options.mapping.isEmpty() ? ColumnMapping::guessAll(summary.header) : options.mapping;
    while (mapping.size() < summary.header.size()) {
        mapping.append(ColumnTarget::ignore());
    }
    if (!mapping.contains(ColumnTarget::toField(LeadField::Email))) {
        throw StoreError(
            StoreError::Kind::Validation,
            tr("No column of %1 holds email addresses. Its columns are: %2. Map one to email, e.g. "
               "--map \"Work Email=email\".")
                .arg(QFileInfo(options.filePath).fileName(), summary.header.join(QStringLiteral(", "))));
    }

    Transaction transaction(m_db);
    CustomFieldRepository customFields(m_db);
    QHash<int, CustomField> customColumns;
    for (int column = 0; column < mapping.size(); ++column) {
        if (mapping.at(column).kind == ColumnTarget::Kind::Custom) {
            const QString& name = mapping.at(column).customName;
            std::optional<CustomField> field = customFields.findByName(name);
            customColumns.insert(column, field ? *field : customFields.create(name, CustomFieldType::Text));
        }
    }
    const ImportRowBuilder builder(mapping, customColumns);
    const bool consentGiven = !options.consent.basis.trimmed().isEmpty();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();

    m_db.writeSql(QStringLiteral("PRAGMA cache_size = -%1").arg(kImportCacheKiB));
    const CacheSizeRestorer restoreCache(m_db);
    QSqlQuery& importRow = m_db.prepare(QStringLiteral(
        "INSERT INTO imports (file_name, started_at, consent_basis, consent_source, consent_text)"
        " VALUES (?, ?, ?, ?, ?)"));
    importRow.bindValue(0, QFileInfo(options.filePath).fileName());
    importRow.bindValue(1, now);
    importRow.bindValue(2, LeadRow::text(options.consent.basis.trimmed()));
    importRow.bindValue(3, LeadRow::text(options.consent.source.trimmed()));
    importRow.bindValue(4, LeadRow::text(options.consent.text.trimmed()));
    summary.importId = m_db.write(importRow);

    qint64 lastRowBefore = 0;
    m_db.forEachRow(m_db.prepare(QStringLiteral("SELECT coalesce(max(row_id), 0) FROM leads")),
                    [&](const QSqlQuery& row) { lastRowBefore = row.value(0).toLongLong(); });
    for (const char* trigger : kPerRowTriggers) {
        m_db.writeSql(QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(QLatin1String(trigger)));
    }
    // When the file is likely to add more rows than the store holds, rebuilding the secondary
    // indexes once beats updating them a row at a time.
    qint64 storedRows = 0;
    m_db.forEachRow(m_db.prepare(QStringLiteral("SELECT count(*) FROM leads")),
                    [&](const QSqlQuery& row) { storedRows = row.value(0).toLongLong(); });
    const bool deferIndexes = totalBytes / kTypicalRowBytes > storedRows;
    // Into an empty store, the search index is built beside the rows, on a thread of its own.
    std::optional<SearchIndexBuilder> searchBuilder;
    if (storedRows == 0) {
        QString createSearch;
        m_db.forEachRow(
            m_db.prepare(QStringLiteral("SELECT sql FROM sqlite_schema WHERE name = 'leads_fts'")),
            [&](const QSqlQuery& row) { createSearch = row.value(0).toString(); });
        if (!createSearch.isEmpty()) {
            searchBuilder.emplace(createSearch);
        }
    }
    std::vector<SearchIndexBuilder::Reindex> reindexes;
    if (deferIndexes) {
        for (const LeadSchema::IndexDefinition& index : LeadSchema::deferrableIndexes()) {
            m_db.writeSql(QStringLiteral("DROP INDEX IF EXISTS %1").arg(QLatin1String(index.name)));
        }
    }
    // Without the unique email index, duplicates are found through the hashes of every stored and
    // imported email key; a hash that matches is checked against the stored key.
    KeyRowMap keyRows(deferIndexes ? static_cast<std::size_t>(storedRows + totalBytes / kTypicalRowBytes)
                                   : 0);
    if (deferIndexes) {
        RawStatement storedKeys(m_db, QStringLiteral("SELECT row_id, email_key FROM leads"));
        while (storedKeys.step()) {
            keyRows.insert(qHash(storedKeys.text(1)), storedKeys.int64(0));
        }
    }

    const QString insertSql =
        QStringLiteral("INSERT INTO leads (id, email, email_key, first_name, last_name, company, phone,"
                       " status, tags, source, created_at, updated_at, custom, consent, import_id)"
                       " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    RawStatement insert(
        m_db, deferIndexes ? insertSql : insertSql + QStringLiteral(" ON CONFLICT (email_key) DO NOTHING"));
    RawStatement keyOfRow(m_db, QStringLiteral("SELECT email_key FROM leads WHERE row_id = ?"));
    RawStatement rowOfKey(m_db, QStringLiteral("SELECT row_id FROM leads WHERE email_key = ?"));
    DuplicateRowWriter duplicates(m_db, options, summary.importId, now, lastRowBefore);
    OutboxRepository outbox(m_db);

    // The row that already holds this row's email, or 0.
    const auto storedRowOf = [&](const ParsedRow& row) -> qint64 {
        qint64 found = 0;
        if (deferIndexes) {
            keyRows.find(row.emailKeyHash, [&](qint64 rowId) {
                keyOfRow.bind(1, rowId);
                const bool same = keyOfRow.step() && keyOfRow.text(0) == row.emailKey;
                keyOfRow.reset();
                found = same ? rowId : 0;
                return same;
            });
        } else {
            rowOfKey.bind(1, row.emailKey);
            found = rowOfKey.step() ? rowOfKey.int64(0) : 0;
            rowOfKey.reset();
        }
        return found;
    };
    const int textColumnParameter[ParsedRow::ColumnCount] = {1, 2, 3, 4, 5, 6, 7, 9, 10, 13};
    const qint64 consentValue = consentGiven ? 1 : 0;
    insert.bind(12, now);
    insert.bind(14, consentValue);
    insert.bind(15, summary.importId);

    qint64 rowCount = 0;
    const auto reject = [&](ParsedRow& row) {
        ++summary.rejected;
        if (summary.rejectedRows.size() < ImportSummary::kMaxKeptRejections) {
            summary.rejectedRows.append({row.line, row.rejection, std::move(row.record)});
        }
    };

    rows.start(builder);
    std::vector<ParsedRow> batch;
    while (rows.next(batch)) {
        for (ParsedRow& row : batch) {
            if (++rowCount % kProgressEveryRows == 0) {
                if (cancel && cancel->load()) {
                    rows.stop();
                    summary.cancelled = true;
                    qCInfo(lcStore) << "import cancelled after" << rowCount << "rows; rolled back";
                    return summary; // the transaction rolls back: the store is as it was
                }
                if (progress) {
                    progress(rows.bytesConsumed(), totalBytes);
                }
            }
            if (!row.rejection.isEmpty()) {
                reject(row);
                continue;
            }
            const Lead& lead = row.lead;

            qint64 storedRow = deferIndexes ? storedRowOf(row) : 0;
            if (storedRow == 0) {
                for (int column = 0; column < ParsedRow::ColumnCount; ++column) {
                    insert.bindUtf8(textColumnParameter[column], row.valueData(column),
                                    row.valueSize(column));
                }
                insert.bind(8, static_cast<qint64>(lead.status));
                insert.bind(11, lead.createdAt.isValid() ? lead.createdAt.toMSecsSinceEpoch() : now);
                insert.step();
                const bool added = insert.changes() == 1;
                insert.reset();
                if (added) {
                    row.rowId = insert.lastInsertId();
                    if (deferIndexes) {
                        keyRows.insert(row.emailKeyHash, row.rowId);
                    }
                    ++summary.added;
                    continue;
                }
                // The email is taken: by a stored lead, or by one earlier in this file.
                storedRow = storedRowOf(row);
                if (storedRow == 0) {
                    row.rejection = tr("The email could not be matched to the existing lead.");
                    reject(row);
                    continue;
                }
            }

            switch (duplicates.apply(storedRow, row, searchBuilder ? &reindexes : nullptr)) {
            case DuplicateRowWriter::Outcome::Missing:
                row.rejection = tr("The email could not be matched to the existing lead.");
                reject(row);
                break;
            case DuplicateRowWriter::Outcome::Skipped:
                ++summary.skipped;
                break;
            case DuplicateRowWriter::Outcome::Updated:
                ++summary.updated;
                break;
            }
        }
        if (searchBuilder) {
            searchBuilder->add(batch, std::move(reindexes));
            reindexes.clear();
        }
    }
    if (const QString error = rows.readError(); !error.isEmpty()) {
        throw StoreError(StoreError::Kind::Validation,
                         tr("Could not read %1 to the end: %2. Nothing was imported.")
                             .arg(QFileInfo(options.filePath).fileName(), error),
                         options.filePath);
    }

    const qint64 rowsDone = clock.elapsed();
    if (searchBuilder) {
        searchBuilder->hurry();
    }
    // The secondary indexes first: a search index built beside the rows may still be catching up.
    if (deferIndexes) {
        // The unique email index comes back first: if it found a duplicate, the import would fail
        // here and roll back rather than leave two leads with one email.
        // SQLite sorts the index keys on a second thread as well when allowed to.
        m_db.writeSql(
            QStringLiteral("PRAGMA threads = %1").arg(std::clamp(QThread::idealThreadCount(), 1, 4)));
        for (const LeadSchema::IndexDefinition& index : LeadSchema::deferrableIndexes()) {
            m_db.writeSql(QLatin1String(index.create));
        }
        m_db.writeSql(QStringLiteral("PRAGMA threads = 0"));
    }
    const qint64 indexesDone = clock.elapsed();
    // The search index: the one built beside the rows when the store was empty, else everything
    // this import added in one statement. Then the file's tags for completion, and the triggers.
    {
        if (searchBuilder && searchBuilder->finish()) {
            searchBuilder->adopt(m_db);
        } else {
            if (searchBuilder) {
                qCWarning(lcStore) << "the search index built beside the import failed:"
                                   << searchBuilder->errorString() << "- indexing afterwards";
            }
            RawStatement fill(m_db, LeadSchema::ftsFillAfterRow());
            fill.bind(1, lastRowBefore);
            fill.step();
        }
        searchBuilder.reset();
        RawStatement tagName(m_db, QStringLiteral("INSERT OR IGNORE INTO tag_names (tag) VALUES (?)"));
        for (const QString& tag : rows.tagNames()) {
            tagName.bind(1, tag);
            tagName.step();
            tagName.reset();
        }
    }
    const qint64 searchDone = clock.elapsed();
    for (const QString& trigger :
         {LeadSchema::ftsInsertTrigger(), LeadSchema::ftsUpdateTrigger(), LeadSchema::tagNamesInsertTrigger(),
          LeadSchema::tagNamesUpdateTrigger()}) {
        m_db.writeSql(trigger);
    }

    QSqlQuery& finish = m_db.prepare(QStringLiteral("UPDATE imports SET finished_at = ?, added = ?, updated "
                                                    "= ?, skipped = ?, rejected = ? WHERE id = ?"));
    finish.bindValue(0, QDateTime::currentMSecsSinceEpoch());
    finish.bindValue(1, summary.added);
    finish.bindValue(2, summary.updated);
    finish.bindValue(3, summary.skipped);
    finish.bindValue(4, summary.rejected);
    finish.bindValue(5, summary.importId);
    m_db.write(finish);
    if (summary.added > 0) {
        // One outbox entry stands for every lead this import added; sync sends them in batches.
        outbox.append(QStringLiteral("import"), QString::number(summary.importId), QStringLiteral("create"),
                      0, nlohmann::json{{"importId", summary.importId}, {"afterRow", lastRowBefore}});
    }
    if (progress) {
        progress(totalBytes, totalBytes);
    }
    transaction.commit();
    qCInfo(lcStore) << "import timing ms: rows" << rowsDone << "(waiting for the reader" << rows.waitedMs()
                    << ") indexes" << indexesDone - rowsDone << "search index" << searchDone - indexesDone
                    << "commit" << clock.elapsed() - searchDone;
    qCInfo(lcStore) << "imported" << summary.added << "added," << summary.updated << "updated,"
                    << summary.skipped << "skipped," << summary.rejected << "rejected in" << clock.elapsed()
                    << "ms";
    return summary;
}

} // namespace leadbox
