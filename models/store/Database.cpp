#include "models/store/Database.h"

#include "models/LogCategories.h"
#include "models/StoreError.h"
#include "models/store/Migrations.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QUuid>

namespace leadbox {
namespace {

// SQLite's primary result codes that deserve their own sentence.
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteIoErr = 10;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteFull = 13;
constexpr int kSqliteCantOpen = 14;
constexpr int kSqliteNotADb = 26;

} // namespace

Database::Database(const QString& filePath)
    : Database(filePath, Options{})
{
}

Database::Database(const QString& filePath, Options options)
    : m_filePath(QFileInfo(filePath).absoluteFilePath())
    , m_connectionName(QStringLiteral("leadbox-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_writesUntilFailure(options.failWriteNumber)
{
    const QFileInfo info(m_filePath);
    if (info.exists() && !info.isFile()) {
        throw StoreError(StoreError::Kind::CannotOpen,
                         tr("Cannot open %1: it is a folder, not a workspace file.").arg(m_filePath),
                         m_filePath);
    }
    if (!info.exists()) {
        // Create the file ourselves so it is private from the first byte; SQLite gives its
        // -wal and -shm companions the same permissions.
        QFile file(m_filePath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            throw StoreError(
                StoreError::Kind::CannotOpen,
                tr("Cannot create the workspace file %1: %2.").arg(m_filePath, file.errorString()),
                m_filePath);
        }
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_filePath);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open()) {
        const QString reason = m_db.lastError().text();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        throw StoreError(StoreError::Kind::CannotOpen,
                         tr("Cannot open the workspace file %1: %2.").arg(m_filePath, reason), m_filePath);
    }

    try {
        checkBeforeWriting();
        configureConnection();
        setPrivatePermissions();
        migrate(*this);
    } catch (...) {
        m_statements.clear();
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        throw;
    }
    qCInfo(lcStore) << "opened workspace store, schema" << schemaVersion();
}

Database::~Database()
{
    m_statements.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

void Database::checkBeforeWriting()
{
    // Only reads until the file has proved to be ours and not from the future.
    bool hasTables = false;
    bool hasMeta = false;
    forEachRow(prepare(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")),
               [&](const QSqlQuery& row) {
                   hasTables = true;
                   hasMeta = hasMeta || row.value(0).toString() == QLatin1String("meta");
               });
    if (hasTables && !hasMeta) {
        throw StoreError(
            StoreError::Kind::NotAWorkspace,
            tr("%1 is a database, but not a LeadBox workspace. It was left unchanged.").arg(m_filePath),
            m_filePath);
    }
    const int version = hasMeta ? schemaVersion() : 0;
    if (version > latestSchemaVersion()) {
        throw StoreError(StoreError::Kind::TooNew,
                         tr("%1 was written by a newer version of LeadBox (data format %2; this version "
                            "reads up to %3). Update LeadBox to open it. The file was left unchanged.")
                             .arg(m_filePath)
                             .arg(version)
                             .arg(latestSchemaVersion()),
                         m_filePath);
    }
}

void Database::configureConnection()
{
    const QStringList pragmas{
        // Takes effect only when the file is new. 16 KiB pages made a million-lead import about
        // 10 % faster than the default 4 KiB (fewer, fuller B-tree pages to split and write).
        QStringLiteral("PRAGMA page_size = 16384"),
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = NORMAL"),
        QStringLiteral("PRAGMA foreign_keys = ON"),
    };
    for (const QString& pragma : pragmas) {
        QSqlQuery query(m_db);
        if (!query.exec(pragma)) {
            throw errorFrom(query.lastError());
        }
    }
}

void Database::setPrivatePermissions()
{
    const auto privateFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(m_filePath + suffix)) {
            QFile::setPermissions(m_filePath + suffix, privateFile);
        }
    }
}

int Database::schemaVersion() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'"))) {
        throw errorFrom(query.lastError());
    }
    if (!query.next() || query.value(0).toInt() == 0) {
        return 0;
    }
    if (!query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"))) {
        throw errorFrom(query.lastError());
    }
    return query.next() ? query.value(0).toInt() : 0;
}

QSqlQuery& Database::prepare(const QString& sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto query = std::make_shared<QSqlQuery>(m_db);
        query->setForwardOnly(true);
        if (!query->prepare(sql)) {
            throw errorFrom(query->lastError());
        }
        it = m_statements.insert(sql, std::move(query));
    }
    return *it.value();
}

void Database::read(QSqlQuery& query)
{
    if (!query.exec()) {
        const QSqlError error = query.lastError();
        query.finish();
        throw errorFrom(error);
    }
}

sqlite3* Database::rawHandle() const
{
    const QVariant handle = m_db.driver()->handle();
    return handle.isValid() ? *static_cast<sqlite3* const*>(handle.constData()) : nullptr;
}

void Database::countWrite()
{
    if (m_writesUntilFailure > 0 && --m_writesUntilFailure == 0) {
        throw StoreError(StoreError::Kind::DiskFull,
                         tr("Could not save to %1: the disk is full (simulated).").arg(m_filePath),
                         m_filePath);
    }
}

qint64 Database::write(QSqlQuery& query)
{
    countWrite();
    if (!query.exec()) {
        const QSqlError error = query.lastError();
        query.finish();
        throw errorFrom(error);
    }
    const qint64 newRowId = query.lastInsertId().toLongLong();
    query.finish();
    return newRowId;
}

void Database::writeSql(const QString& sql)
{
    write(prepare(sql));
}

void Database::rollback()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("ROLLBACK"))) {
        throw errorFrom(query.lastError());
    }
}

void Database::failWriteNumber(int n)
{
    m_writesUntilFailure = n;
}

StoreError Database::errorFrom(const QSqlError& error) const
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    const QString detail = error.databaseText();
    qCWarning(lcStore) << "sqlite error" << code << detail;
    switch (code) {
    case kSqliteNotADb:
        return StoreError(StoreError::Kind::NotAWorkspace,
                          tr("%1 is not a LeadBox workspace file, or it is damaged. It was left unchanged.")
                              .arg(m_filePath),
                          m_filePath);
    case kSqliteCorrupt:
        return StoreError(StoreError::Kind::Corrupt,
                          tr("The workspace file %1 is damaged (%2). Restore it from a backup, or sync it "
                             "again from the cloud.")
                              .arg(m_filePath, detail),
                          m_filePath);
    case kSqliteFull:
        return StoreError(StoreError::Kind::DiskFull,
                          tr("Could not save to %1: the disk is full. Free some space and try again; "
                             "nothing was changed.")
                              .arg(m_filePath),
                          m_filePath);
    case kSqliteReadOnly:
        return StoreError(StoreError::Kind::ReadOnly,
                          tr("Could not save to %1: the file is read-only.").arg(m_filePath), m_filePath);
    case kSqliteBusy:
    case kSqliteLocked:
        return StoreError(StoreError::Kind::Busy,
                          tr("%1 is busy in another program. Try again in a moment.").arg(m_filePath),
                          m_filePath);
    case kSqliteIoErr:
    case kSqliteCantOpen:
        return StoreError(StoreError::Kind::CannotOpen,
                          tr("Could not read or write %1: %2.").arg(m_filePath, detail), m_filePath);
    default:
        return StoreError(StoreError::Kind::Internal,
                          tr("The workspace store %1 reported an error: %2.").arg(m_filePath, detail),
                          m_filePath);
    }
}

} // namespace leadbox
