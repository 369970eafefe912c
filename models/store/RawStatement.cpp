#include "models/store/RawStatement.h"

#include "models/StoreError.h"
#include "models/store/Database.h"

#include <QSqlError>
#include <sqlite3.h>

namespace leadbox {

RawStatement::RawStatement(Database& db, const QString& sql)
    : m_db(db)
    , m_handle(db.rawHandle())
{
    const QByteArray utf8 = sql.toUtf8();
    const int code = sqlite3_prepare_v3(m_handle, utf8.constData(), static_cast<int>(utf8.size()),
                                        SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr);
    if (code != SQLITE_OK) {
        fail(code);
    }
    m_writes = sqlite3_stmt_readonly(m_statement) == 0;
}

RawStatement::~RawStatement()
{
    sqlite3_finalize(m_statement);
}

void RawStatement::fail(int code)
{
    const QString message = QString::fromUtf8(sqlite3_errmsg(m_handle));
    if (m_statement) {
        sqlite3_reset(m_statement);
    }
    throw m_db.errorFrom(QSqlError(message, message, QSqlError::StatementError, QString::number(code)));
}

void RawStatement::bind(int index, const QString& text)
{
    // SQLITE_STATIC: the caller keeps the QString alive until step(), so SQLite need not copy it.
    static const char16_t empty[] = u"";
    const void* data =
        text.isNull() ? static_cast<const void*>(empty) : static_cast<const void*>(text.utf16());
    const int code =
        sqlite3_bind_text16(m_statement, index, data, static_cast<int>(text.size() * 2), SQLITE_STATIC);
    if (code != SQLITE_OK) {
        fail(code);
    }
}

void RawStatement::bindUtf8(int index, const char* data, int size)
{
    const int code = sqlite3_bind_text(m_statement, index, size == 0 ? "" : data, size, SQLITE_STATIC);
    if (code != SQLITE_OK) {
        fail(code);
    }
}

void RawStatement::bindBlob(int index, const void* data, int size)
{
    // An empty blob, not NULL, when there are no bytes (SQLite hands those back as a null pointer).
    static const char none = 0;
    const int code = sqlite3_bind_blob(m_statement, index, data ? data : &none, size, SQLITE_STATIC);
    if (code != SQLITE_OK) {
        fail(code);
    }
}

void RawStatement::bind(int index, qint64 value)
{
    const int code = sqlite3_bind_int64(m_statement, index, value);
    if (code != SQLITE_OK) {
        fail(code);
    }
}

void RawStatement::bind(int index, const QVariant& value)
{
    if (value.typeId() == QMetaType::QString) {
        bind(index, *static_cast<const QString*>(value.constData()));
    } else if (value.isNull()) {
        bindNull(index);
    } else {
        bind(index, value.toLongLong());
    }
}

void RawStatement::bindNull(int index)
{
    const int code = sqlite3_bind_null(m_statement, index);
    if (code != SQLITE_OK) {
        fail(code);
    }
}

bool RawStatement::step()
{
    if (m_writes) {
        m_db.countWrite();
    }
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_ROW) {
        return true;
    }
    if (code == SQLITE_DONE) {
        return false;
    }
    fail(code);
}

void RawStatement::reset()
{
    sqlite3_reset(m_statement);
}

int RawStatement::changes() const
{
    return sqlite3_changes(m_handle);
}

qint64 RawStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_handle);
}

qint64 RawStatement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QString RawStatement::text(int column) const
{
    const auto* data = static_cast<const char16_t*>(sqlite3_column_text16(m_statement, column));
    const int bytes = sqlite3_column_bytes16(m_statement, column);
    return data ? QString::fromUtf16(data, bytes / 2) : QString();
}

QByteArrayView RawStatement::utf8(int column) const
{
    // In this order: sqlite3_column_bytes() after sqlite3_column_text() counts the UTF-8 bytes.
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return data ? QByteArrayView(data, sqlite3_column_bytes(m_statement, column)) : QByteArrayView();
}

bool RawStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

} // namespace leadbox
