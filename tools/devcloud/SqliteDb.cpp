#include "tools/devcloud/SqliteDb.h"

#include <sqlite3.h>

namespace leadbox::devcloud {

namespace {

[[noreturn]] void fail(sqlite3* db, const std::string& what)
{
    throw SqlError(what + ": " + sqlite3_errmsg(db));
}

} // namespace

Statement::Statement(sqlite3* db, const std::string& sql)
    : m_db(db)
{
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &m_stmt, nullptr) != SQLITE_OK) {
        fail(db, "prepare failed");
    }
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement& Statement::bind(const std::string& text)
{
    if (sqlite3_bind_text(m_stmt, m_next++, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT) !=
        SQLITE_OK) {
        fail(m_db, "bind failed");
    }
    return *this;
}

Statement& Statement::bind(std::int64_t value)
{
    if (sqlite3_bind_int64(m_stmt, m_next++, value) != SQLITE_OK) {
        fail(m_db, "bind failed");
    }
    return *this;
}

Statement& Statement::bindBlob(const std::vector<unsigned char>& blob)
{
    if (sqlite3_bind_blob(m_stmt, m_next++, blob.data(), static_cast<int>(blob.size()), SQLITE_TRANSIENT) !=
        SQLITE_OK) {
        fail(m_db, "bind failed");
    }
    return *this;
}

Statement& Statement::bindNull()
{
    if (sqlite3_bind_null(m_stmt, m_next++) != SQLITE_OK) {
        fail(m_db, "bind failed");
    }
    return *this;
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc != SQLITE_DONE) {
        fail(m_db, "step failed");
    }
    return false;
}

void Statement::run()
{
    while (step()) {
    }
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_next = 1;
}

std::string Statement::text(int column) const
{
    const auto* data = sqlite3_column_text(m_stmt, column);
    const int size = sqlite3_column_bytes(m_stmt, column);
    return data ? std::string(reinterpret_cast<const char*>(data), static_cast<std::size_t>(size))
                : std::string();
}

std::optional<std::string> Statement::optionalText(int column) const
{
    if (sqlite3_column_type(m_stmt, column) == SQLITE_NULL) {
        return std::nullopt;
    }
    return text(column);
}

std::int64_t Statement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

std::vector<unsigned char> Statement::blob(int column) const
{
    const auto* data = static_cast<const unsigned char*>(sqlite3_column_blob(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    return data ? std::vector<unsigned char>(data, data + size) : std::vector<unsigned char>();
}

SqliteDb::SqliteDb(const std::string& path)
{
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX;
    if (sqlite3_open_v2(path.c_str(), &m_db, flags, nullptr) != SQLITE_OK) {
        const std::string message = m_db ? sqlite3_errmsg(m_db) : "out of memory";
        sqlite3_close(m_db);
        throw SqlError("cannot open " + path + ": " + message);
    }
    sqlite3_busy_timeout(m_db, 5000);
    exec("PRAGMA foreign_keys = ON");
    if (path != ":memory:") {
        exec("PRAGMA journal_mode = WAL");
        exec("PRAGMA synchronous = NORMAL");
    }
}

SqliteDb::~SqliteDb()
{
    m_cache.clear();
    sqlite3_close(m_db);
}

StatementLease SqliteDb::reuse(const std::string& sql)
{
    auto& slot = m_cache[sql];
    if (!slot) {
        slot = std::make_unique<Statement>(m_db, sql);
    }
    return StatementLease(*slot);
}

void SqliteDb::exec(const std::string& sql)
{
    char* error = nullptr;
    if (sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
        const std::string message = error ? error : "unknown error";
        sqlite3_free(error);
        throw SqlError(message);
    }
}

int SqliteDb::changes() const
{
    return sqlite3_changes(m_db);
}

SqlTransaction::SqlTransaction(SqliteDb& db)
    : m_db(db)
{
    m_db.exec("SAVEPOINT devcloud_tx");
}

SqlTransaction::~SqlTransaction()
{
    if (!m_done) {
        try {
            m_db.exec("ROLLBACK TO devcloud_tx");
            m_db.exec("RELEASE devcloud_tx");
        } catch (const SqlError&) {
        }
    }
}

void SqlTransaction::commit()
{
    m_db.exec("RELEASE devcloud_tx");
    m_done = true;
}

} // namespace leadbox::devcloud
