#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <memory>

struct sqlite3;

namespace leadbox {

class StoreError;

// One open SQLite workspace file. Opening checks the file before writing anything to it:
// a file that is not ours, is damaged, or was made by a newer LeadBox is refused untouched.
// Then it sets WAL, synchronous=NORMAL, foreign keys and a busy timeout, and migrates.
//
// Every statement is prepared once and reused (prepare()), and runs through read() or write(),
// which turn SQLite's failures into StoreError. write() also counts writes so that tests can
// make the i-th one fail (failWriteNumber()).
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    struct Options
    {
        int failWriteNumber = 0; // test hook: the n-th write, migrations included, fails
    };

    explicit Database(const QString& filePath);
    Database(const QString& filePath, Options options);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    const QString& filePath() const { return m_filePath; }
    int schemaVersion() const;

    QSqlQuery& prepare(const QString& sql);
    void read(QSqlQuery& query);
    // Returns the new row's id for an INSERT.
    qint64 write(QSqlQuery& query);
    void writeSql(const QString& sql); // for fixed DDL and transaction control
    void rollback();                   // never fault-injected: it is how a failed write is undone

    // Runs a prepared SELECT and hands each row to `row`, then releases the statement.
    template <typename RowFunction>
    void forEachRow(QSqlQuery& query, RowFunction&& row)
    {
        read(query);
        while (query.next()) {
            row(query);
        }
        query.finish();
    }

    // The connection's sqlite3 handle, for RawStatement.
    sqlite3* rawHandle() const;
    // Counts one write for fault injection; throws when it is the one set to fail.
    void countWrite();

    // Test hook: the n-th write from now fails as if the disk had refused it. 0 turns it off.
    void failWriteNumber(int n);

    // Turns a failed SQLite call into a StoreError naming this file.
    StoreError errorFrom(const QSqlError& error) const;

private:
    void checkBeforeWriting();
    void configureConnection();
    void setPrivatePermissions();

    QString m_filePath;
    QString m_connectionName;
    QSqlDatabase m_db;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
    int m_writesUntilFailure = 0;
};

} // namespace leadbox
