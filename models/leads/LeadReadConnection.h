#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace leadbox {

class Database;

// A read-only SQLite connection of its own to a workspace file, for building a view's order away
// from the store's connection: on a worker thread while the window stays responsive, or on the
// main thread with a bigger page cache. WAL lets it read while the store writes; each statement
// sees the store as of its start. Failures throw StoreError worded by the store's Database.
//
// Use a connection from one thread at a time; only interrupt() may be called from another thread, and
// only while the connection is open.
class LeadReadConnection
{
public:
    explicit LeadReadConnection(const Database& store);
    ~LeadReadConnection();
    LeadReadConnection(const LeadReadConnection&) = delete;
    LeadReadConnection& operator=(const LeadReadConnection&) = delete;

    // Thrown instead of a StoreError when interrupt() stopped a statement.
    struct Interrupted
    {
    };

    // Stops the statement running now, if any: its step() throws Interrupted.
    void interrupt();

    // A prepared statement on this connection. Text binds are copied, so temporaries are fine.
    class Statement
    {
    public:
        Statement(LeadReadConnection& connection, const QString& sql);
        ~Statement();
        Statement(const Statement&) = delete;
        Statement& operator=(const Statement&) = delete;

        void bind(int index, const QString& text); // 1-based, like SQLite
        void bind(int index, qint64 value);
        // Text or a whole number, as a filter's values come.
        void bind(int index, const QVariant& value);
        bool step(); // true when a row is ready, false when done
        void reset();

        qint64 int64(int column) const;
        // The column's UTF-8 bytes, valid until the next step() or reset(); null for NULL.
        const char* utf8(int column, int* size) const;

    private:
        [[noreturn]] void fail(int code);

        LeadReadConnection& m_connection;
        sqlite3_stmt* m_statement = nullptr;
    };

    // One read transaction over several statements: they all see the store as of its start, and
    // a statement run a thousand times skips taking and releasing the file's locks each time.
    // Does nothing inside another one.
    class Snapshot
    {
    public:
        explicit Snapshot(LeadReadConnection& connection);
        ~Snapshot();
        Snapshot(const Snapshot&) = delete;
        Snapshot& operator=(const Snapshot&) = delete;

    private:
        LeadReadConnection& m_connection;
        bool m_began = false;
    };

    sqlite3* handle() const { return m_handle; }
    [[noreturn]] void fail(int code);

private:
    const Database& m_store;
    sqlite3* m_handle = nullptr;
};

} // namespace leadbox
