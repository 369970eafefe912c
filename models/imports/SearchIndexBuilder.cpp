#include "models/imports/SearchIndexBuilder.h"

#include "models/LogCategories.h"
#include "models/StoreError.h"
#include "models/store/Database.h"
#include "models/store/RawStatement.h"

#include <QCoreApplication>
#include <iterator>
#include <sqlite3.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace leadbox {
namespace {

// A statement on the builder's own connection; finalized however the thread ends.
class Statement
{
public:
    Statement(sqlite3* db, const char* sql)
    {
        if (sqlite3_prepare_v2(db, sql, -1, &m_statement, nullptr) != SQLITE_OK) {
            throw QString::fromUtf8(sqlite3_errmsg(db));
        }
    }
    ~Statement() { sqlite3_finalize(m_statement); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    sqlite3_stmt* get() const { return m_statement; }
    void run(sqlite3* db)
    {
        const int code = sqlite3_step(m_statement);
        sqlite3_reset(m_statement);
        if (code != SQLITE_DONE) {
            throw QString::fromUtf8(sqlite3_errmsg(db));
        }
    }

private:
    sqlite3_stmt* m_statement = nullptr;
};

// The reading and writing threads set an import's pace; this one uses what they leave of the
// processor while they run and while the other indexes are built, and finish() does what is left
// at full priority. At the same priority as the others it slowed an import by a second.
void runAtLowPriority()
{
#if defined(Q_OS_LINUX)
    setpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)), 10);
#elif defined(Q_OS_WIN)
    SetThreadPriority(GetCurrentThread(), THREAD_PRIORITY_LOWEST);
#endif
}

void execute(sqlite3* db, const QByteArray& sql)
{
    if (sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) != SQLITE_OK) {
        throw QString::fromUtf8(sqlite3_errmsg(db));
    }
}

void bindText(sqlite3_stmt* statement, int index, const QString& text)
{
    static const char16_t empty[] = u"";
    const void* data =
        text.isNull() ? static_cast<const void*>(empty) : static_cast<const void*>(text.utf16());
    sqlite3_bind_text16(statement, index, data, static_cast<int>(text.size() * 2), SQLITE_STATIC);
}

void bindTexts(sqlite3_stmt* statement, int first, const SearchIndexBuilder::SearchText& texts)
{
    for (std::size_t i = 0; i < texts.size(); ++i) {
        bindText(statement, first + static_cast<int>(i), texts[i]);
    }
}

constexpr const char* kInsert =
    "INSERT INTO leads_fts (rowid, first_name, last_name, email, company, tags) VALUES (?,?,?,?,?,?)";
// FTS5 writes its pending terms out at every statement of a transaction, so rows are staged in a
// plain table and indexed kStagedRows at a time, in one statement each.
constexpr int kStagedRows = 65536;
constexpr const char* kStage = "INSERT INTO staged VALUES (?,?,?,?,?,?)";
constexpr const char* kIndexStaged =
    "INSERT INTO leads_fts (rowid, first_name, last_name, email, company, tags) SELECT * FROM staged";
constexpr const char* kDelete =
    "INSERT INTO leads_fts (leads_fts, rowid, first_name, last_name, email, company,"
    " tags) VALUES ('delete',?,?,?,?,?,?)";
// ParsedRow's columns in leads_fts order.
constexpr ParsedRow::Column kSearchColumns[] = {ParsedRow::FirstName, ParsedRow::LastName, ParsedRow::Email,
                                                ParsedRow::Company, ParsedRow::Tags};

} // namespace

// The in-memory index and the statements that fill it. The builder's thread makes and uses it;
// once that thread has stopped, finish() goes on with it on the importing thread.
class SearchIndexBuilder::IndexWriter
{
public:
    explicit IndexWriter(sqlite3* db)
        : m_db(db)
        , m_insert(db, kInsert)
        , m_remove(db, kDelete)
        , m_stage(db, kStage)
        , m_indexStaged(db, kIndexStaged)
        , m_clearStaged(db, "DELETE FROM staged")
    {
    }

    void index(const Chunk& chunk)
    {
        const char* const text = chunk.text.constData();
        constexpr std::size_t columns = std::size(kSearchColumns);
        for (std::size_t lead = 0; lead < chunk.rowIds.size(); ++lead) {
            sqlite3_bind_int64(m_stage.get(), 1, chunk.rowIds[lead]);
            for (std::size_t i = 0; i < columns; ++i) {
                const std::size_t at = lead * columns + i;
                const int from = at == 0 ? 0 : chunk.ends[at - 1];
                sqlite3_bind_text(m_stage.get(), static_cast<int>(i) + 2, text + from, chunk.ends[at] - from,
                                  SQLITE_STATIC);
            }
            m_stage.run(m_db);
            if (++m_staged == kStagedRows) {
                flush();
            }
        }
        if (!chunk.reindexes.empty()) {
            flush(); // the leads they change must be in the index first
        }
        for (const Reindex& reindex : chunk.reindexes) {
            sqlite3_bind_int64(m_remove.get(), 1, reindex.rowId);
            bindTexts(m_remove.get(), 2, reindex.before);
            m_remove.run(m_db);
            sqlite3_bind_int64(m_insert.get(), 1, reindex.rowId);
            bindTexts(m_insert.get(), 2, reindex.after);
            m_insert.run(m_db);
        }
    }

    void commit()
    {
        flush();
        execute(m_db, "COMMIT");
    }

private:
    void flush()
    {
        if (m_staged > 0) {
            m_indexStaged.run(m_db);
            m_clearStaged.run(m_db);
            m_staged = 0;
        }
    }

    sqlite3* m_db;
    Statement m_insert;
    Statement m_remove;
    Statement m_stage;
    Statement m_indexStaged;
    Statement m_clearStaged;
    int m_staged = 0;
};

SearchIndexBuilder::SearchIndexBuilder(const QString& createSql)
{
    m_thread = std::thread([this, createSql] { run(createSql); });
}

SearchIndexBuilder::~SearchIndexBuilder()
{
    m_abandoned.store(true);
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_closing = true;
        m_changed.notify_all();
    }
    if (m_thread.joinable()) {
        m_thread.join();
    }
    m_writer.reset(); // its statements go before the connection
    sqlite3_close(m_db);
}

void SearchIndexBuilder::add(const std::vector<ParsedRow>& rows, std::vector<Reindex> reindexes)
{
    Chunk chunk;
    chunk.rowIds.reserve(rows.size());
    chunk.ends.reserve(rows.size() * std::size(kSearchColumns));
    chunk.text.reserve(static_cast<qsizetype>(rows.size()) * 96);
    for (const ParsedRow& row : rows) {
        if (row.rowId == 0) {
            continue;
        }
        chunk.rowIds.push_back(row.rowId);
        for (const ParsedRow::Column column : kSearchColumns) {
            chunk.text.append(row.valueData(column), row.valueSize(column));
            chunk.ends.push_back(static_cast<int>(chunk.text.size()));
        }
    }
    chunk.reindexes = std::move(reindexes);
    const qsizetype bytes = chunk.text.size();
    std::unique_lock<std::mutex> lock(m_mutex);
    m_changed.wait(lock, [&] { return m_queuedBytes < kMaxQueuedBytes || !m_error.isEmpty(); });
    if (!m_error.isEmpty()) {
        return; // it gave up; finish() reports why
    }
    m_queue.push_back(std::move(chunk));
    m_queuedBytes += bytes;
    m_changed.notify_all();
}

void SearchIndexBuilder::hurry()
{
    if (m_hurried) {
        return;
    }
    m_hurried = true;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_closing = true;
        m_changed.notify_all();
    }
    m_thread.join(); // the low-priority thread stops after the chunk in hand
    // A thread made here runs at this thread's priority, which a thread cannot give itself back.
    m_thread = std::thread([this] { indexTheRest(); });
}

void SearchIndexBuilder::indexTheRest()
{
    if (!m_error.isEmpty()) {
        return;
    }
    try {
        for (const Chunk& chunk : m_queue) {
            if (m_abandoned.load()) {
                return; // the import stopped; the index is not wanted
            }
            m_writer->index(chunk);
        }
        m_queue.clear();
        m_writer->commit();
    } catch (const QString& message) {
        m_error = message;
    } catch (const std::bad_alloc&) {
        m_error = QStringLiteral("out of memory");
    }
}

bool SearchIndexBuilder::finish()
{
    hurry();
    m_thread.join();
    return m_error.isEmpty();
}

QString SearchIndexBuilder::errorString() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_error;
}

void SearchIndexBuilder::run(const QString& createSql)
{
    QString error;
    runAtLowPriority();
    try {
        if (sqlite3_open_v2(":memory:", &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) !=
            SQLITE_OK) {
            throw QString::fromUtf8(sqlite3_errmsg(m_db));
        }
        execute(m_db, createSql.toUtf8());
        // A bigger in-memory buffer writes fewer, larger segments for the final merge. It is this
        // private copy's setting only: adopt() copies the index, not the configuration.
        execute(m_db, "INSERT INTO leads_fts (leads_fts, rank) VALUES ('hashsize', 67108864)");
        execute(m_db, "CREATE TABLE staged (row_id INTEGER PRIMARY KEY, first_name, last_name, email,"
                      " company, tags)");
        execute(m_db, "BEGIN");
        m_writer = std::make_unique<IndexWriter>(m_db);
        for (;;) {
            Chunk chunk;
            {
                std::unique_lock<std::mutex> lock(m_mutex);
                m_changed.wait(lock, [&] { return !m_queue.empty() || m_closing; });
                if (m_closing) {
                    break; // finish() does the rest, or the import stopped
                }
                chunk = std::move(m_queue.front());
                m_queue.pop_front();
                m_queuedBytes -= chunk.text.size();
                m_changed.notify_all();
            }
            m_writer->index(chunk);
        }
    } catch (const QString& message) {
        error = message;
    } catch (const std::bad_alloc&) {
        error = QStringLiteral("out of memory");
    }
    std::lock_guard<std::mutex> lock(m_mutex);
    m_error = error;
    m_changed.notify_all();
}

void SearchIndexBuilder::adopt(Database& db)
{
    db.writeSql(QStringLiteral("DELETE FROM leads_fts_data"));
    db.writeSql(QStringLiteral("DELETE FROM leads_fts_idx"));
    const auto copy = [&](const char* select, const QString& insertSql, int columns) {
        Statement from(m_db, select);
        RawStatement into(db, insertSql);
        int code = SQLITE_ROW;
        while ((code = sqlite3_step(from.get())) == SQLITE_ROW) {
            for (int column = 0; column < columns; ++column) {
                const int type = sqlite3_column_type(from.get(), column);
                if (type == SQLITE_NULL) {
                    into.bindNull(column + 1);
                } else if (type == SQLITE_INTEGER) {
                    into.bind(column + 1, static_cast<qint64>(sqlite3_column_int64(from.get(), column)));
                } else {
                    into.bindBlob(column + 1, sqlite3_column_blob(from.get(), column),
                                  sqlite3_column_bytes(from.get(), column));
                }
            }
            into.step();
            into.reset();
        }
        if (code != SQLITE_DONE) {
            throw StoreError(
                StoreError::Kind::Internal,
                QCoreApplication::translate("SearchIndexBuilder", "Could not copy the search index: %1.")
                    .arg(QString::fromUtf8(sqlite3_errmsg(m_db))));
        }
    };
    copy("SELECT id, block FROM leads_fts_data",
         QStringLiteral("INSERT INTO leads_fts_data (id, block) VALUES (?, ?)"), 2);
    copy("SELECT segid, term, pgno FROM leads_fts_idx",
         QStringLiteral("INSERT INTO leads_fts_idx (segid, term, pgno) VALUES (?, ?, ?)"), 3);
    qCInfo(lcStore) << "adopted the search index built beside the import";
}

} // namespace leadbox
