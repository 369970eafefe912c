#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace leadbox::devcloud {

// A SQLite failure; devcloud answers it with a 500.
class SqlError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// One prepared statement with bound values. Values are only ever bound, never spliced into SQL.
class Statement
{
public:
    Statement(sqlite3* db, const std::string& sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(const std::string& text);
    Statement& bind(const char* text) { return bind(std::string(text)); }
    Statement& bind(std::int64_t value);
    Statement& bind(int value) { return bind(static_cast<std::int64_t>(value)); }
    Statement& bindBlob(const std::vector<unsigned char>& blob);
    Statement& bindNull();

    // Steps once; true while there is a row to read.
    bool step();
    // Steps to the end (for writes).
    void run();

    std::string text(int column) const;
    std::optional<std::string> optionalText(int column) const;
    std::int64_t integer(int column) const;
    std::vector<unsigned char> blob(int column) const;

private:
    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
    int m_next = 1;
};

// The devcloud database connection. Callers serialise access (devcloud holds one lock per request).
class SqliteDb
{
public:
    // ":memory:" gives a database that vanishes with the process.
    explicit SqliteDb(const std::string& path);
    ~SqliteDb();
    SqliteDb(const SqliteDb&) = delete;
    SqliteDb& operator=(const SqliteDb&) = delete;

    Statement prepare(const std::string& sql) { return Statement(m_db, sql); }
    void exec(const std::string& sql);
    int changes() const;

private:
    sqlite3* m_db = nullptr;
};

// A savepoint (so transactions nest), rolled back unless commit() was reached. Devcloud has one
// connection behind one lock, so no other writer can slip in between.
class SqlTransaction
{
public:
    explicit SqlTransaction(SqliteDb& db);
    ~SqlTransaction();
    SqlTransaction(const SqlTransaction&) = delete;
    SqlTransaction& operator=(const SqlTransaction&) = delete;
    void commit();

private:
    SqliteDb& m_db;
    bool m_done = false;
};

} // namespace leadbox::devcloud
