#pragma once

#include <QByteArrayView>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace leadbox {

class Database;

// A prepared statement on the SQLite C API, for the hot loops that QSqlQuery makes too slow:
// inserting a million imported leads, or reading a million row ids to sort and page a view.
// Text binds as UTF-16 straight from the QString (no copies); the QString must live until step().
// Errors throw StoreError through Database::errorFrom, as everywhere else.
class RawStatement
{
public:
    RawStatement(Database& db, const QString& sql);
    ~RawStatement();
    RawStatement(const RawStatement&) = delete;
    RawStatement& operator=(const RawStatement&) = delete;

    void bind(int index, const QString& text); // 1-based, like SQLite
    void bind(int index, qint64 value);
    void bindNull(int index);
    // UTF-8 text that the caller keeps alive and unchanged until step().
    void bindUtf8(int index, const char* data, int size);
    // Bytes that the caller keeps alive and unchanged until step().
    void bindBlob(int index, const void* data, int size);
    // Text or a whole number, as a filter's values come; the QVariant must outlive step().
    void bind(int index, const QVariant& value);

    // Runs one step: true when a row is ready, false when done. A write step counts for the
    // database's fault injection like any other write.
    bool step();
    void reset(); // ready for new bindings; keeps the bound values until rebound
    int changes() const;
    qint64 lastInsertId() const;

    qint64 int64(int column) const;
    QString text(int column) const;
    // The column's text in UTF-8 as SQLite stores it, with no conversion or copy: valid until the
    // next step() or reset() or another read of the same column. Empty for NULL.
    QByteArrayView utf8(int column) const;
    bool isNull(int column) const;

private:
    [[noreturn]] void fail(int code);

    Database& m_db;
    sqlite3* m_handle = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    bool m_writes = false;
};

} // namespace leadbox
