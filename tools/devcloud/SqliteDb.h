#pragma once

#include <cstdint>
#include <map>
#include <memory>
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
    // Ready to bind and run again: the cursor closes and the bound values are cleared.
    void reset();

    std::string text(int column) const;
    std::optional<std::string> optionalText(int column) const;
    std::int64_t integer(int column) const;
    bool isNull(int column) const;
    std::vector<unsigned char> blob(int column) const;

private:
    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
    int m_next = 1;
};

// A statement borrowed from SqliteDb::reuse(); handing it back resets it, so no read stays open.
class StatementLease
{
public:
    explicit StatementLease(Statement& statement)
        : m_statement(&statement)
    {
    }
    ~StatementLease()
    {
        if (m_statement) {
            m_statement->reset();
        }
    }
    StatementLease(StatementLease&& other) noexcept
        : m_statement(other.m_statement)
    {
        other.m_statement = nullptr;
    }
    StatementLease(const StatementLease&) = delete;
    StatementLease& operator=(const StatementLease&) = delete;
    StatementLease& operator=(StatementLease&&) = delete;

    Statement& operator*() const { return *m_statement; }
    Statement* operator->() const { return m_statement; }

private:
    Statement* m_statement;
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
    // The statement for `sql`, prepared on first use and kept for the connection's life: for the
    // queries a request or a bulk insert runs many times. One borrower at a time per statement.
    StatementLease reuse(const std::string& sql);
    void exec(const std::string& sql);
    int changes() const;

private:
    sqlite3* m_db = nullptr;
    std::map<std::string, std::unique_ptr<Statement>> m_cache; // finalized before the connection closes
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
