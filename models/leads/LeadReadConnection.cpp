#include "models/leads/LeadReadConnection.h"

#include "models/StoreError.h"
#include "models/store/Database.h"

#include <QSqlError>
#include <sqlite3.h>

namespace leadbox {

LeadReadConnection::LeadReadConnection(const Database& store)
    : m_store(store)
{
    const QByteArray path = store.filePath().toUtf8();
    const int code = sqlite3_open_v2(path.constData(), &m_handle, SQLITE_OPEN_READONLY, nullptr);
    if (code != SQLITE_OK) {
        const QString message = QString::fromUtf8(m_handle ? sqlite3_errmsg(m_handle) : sqlite3_errstr(code));
        sqlite3_close(m_handle);
        m_handle = nullptr;
        throw m_store.errorFrom(
            QSqlError(message, message, QSqlError::ConnectionError, QString::number(code)));
    }
    sqlite3_busy_timeout(m_handle, 5000);
}

LeadReadConnection::~LeadReadConnection()
{
    sqlite3_close_v2(m_handle);
}

void LeadReadConnection::interrupt()
{
    sqlite3_interrupt(m_handle);
}

void LeadReadConnection::fail(int code)
{
    if ((code & 0xff) == SQLITE_INTERRUPT) {
        throw Interrupted();
    }
    const QString message = QString::fromUtf8(sqlite3_errmsg(m_handle));
    throw m_store.errorFrom(QSqlError(message, message, QSqlError::StatementError, QString::number(code)));
}

LeadReadConnection::Snapshot::Snapshot(LeadReadConnection& connection)
    : m_connection(connection)
{
    if (sqlite3_get_autocommit(connection.handle()) != 0) {
        const int code = sqlite3_exec(connection.handle(), "BEGIN", nullptr, nullptr, nullptr);
        if (code != SQLITE_OK) {
            connection.fail(code);
        }
        m_began = true;
    }
}

LeadReadConnection::Snapshot::~Snapshot()
{
    if (m_began) {
        sqlite3_exec(m_connection.handle(), "COMMIT", nullptr, nullptr, nullptr);
    }
}

LeadReadConnection::Statement::Statement(LeadReadConnection& connection, const QString& sql)
    : m_connection(connection)
{
    const QByteArray utf8 = sql.toUtf8();
    const int code = sqlite3_prepare_v2(connection.handle(), utf8.constData(), static_cast<int>(utf8.size()),
                                        &m_statement, nullptr);
    if (code != SQLITE_OK) {
        fail(code);
    }
}

LeadReadConnection::Statement::~Statement()
{
    sqlite3_finalize(m_statement);
}

void LeadReadConnection::Statement::fail(int code)
{
    if (m_statement) {
        sqlite3_reset(m_statement);
    }
    m_connection.fail(code);
}

void LeadReadConnection::Statement::bind(int index, const QString& text)
{
    static const char16_t empty[] = u"";
    const void* data =
        text.isNull() ? static_cast<const void*>(empty) : static_cast<const void*>(text.utf16());
    const int code =
        sqlite3_bind_text16(m_statement, index, data, static_cast<int>(text.size() * 2), SQLITE_TRANSIENT);
    if (code != SQLITE_OK) {
        fail(code);
    }
}

void LeadReadConnection::Statement::bind(int index, qint64 value)
{
    const int code = sqlite3_bind_int64(m_statement, index, value);
    if (code != SQLITE_OK) {
        fail(code);
    }
}

void LeadReadConnection::Statement::bind(int index, const QVariant& value)
{
    if (value.typeId() == QMetaType::QString) {
        bind(index, value.toString());
    } else if (value.isNull()) {
        const int code = sqlite3_bind_null(m_statement, index);
        if (code != SQLITE_OK) {
            fail(code);
        }
    } else {
        bind(index, value.toLongLong());
    }
}

bool LeadReadConnection::Statement::step()
{
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_ROW) {
        return true;
    }
    if (code == SQLITE_DONE) {
        return false;
    }
    fail(code);
}

void LeadReadConnection::Statement::reset()
{
    sqlite3_reset(m_statement);
}

qint64 LeadReadConnection::Statement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

const char* LeadReadConnection::Statement::utf8(int column, int* size) const
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    *size = text ? sqlite3_column_bytes(m_statement, column) : 0;
    return text;
}

} // namespace leadbox
