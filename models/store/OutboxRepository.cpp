#include "models/store/OutboxRepository.h"

#include "models/store/Database.h"

#include <QUuid>

namespace leadbox {
namespace {

const QString kColumns =
    QStringLiteral("seq, op_id, entity, entity_id, op, base_version, fields, created_at, sent");

OutboxEntry entryFromRow(const QSqlQuery& row)
{
    OutboxEntry entry;
    entry.seq = row.value(0).toLongLong();
    entry.opId = row.value(1).toString();
    entry.entity = row.value(2).toString();
    entry.entityId = row.value(3).toString();
    entry.op = row.value(4).toString();
    entry.baseVersion = row.value(5).toLongLong();
    entry.fields = nlohmann::json::parse(row.value(6).toString().toStdString(), nullptr, false);
    if (!entry.fields.is_object()) {
        entry.fields = nlohmann::json::object();
    }
    entry.createdAt = QDateTime::fromMSecsSinceEpoch(row.value(7).toLongLong(), Qt::UTC);
    entry.sent = row.value(8).toInt() != 0;
    return entry;
}

// Names the op ids of imported leads; any fixed UUID would do, but it must never change.
const QUuid kImportNamespace(QStringLiteral("{5d1c3f0e-8a43-4c52-9b7e-6f0b2a9d4e11}"));

} // namespace

OutboxRepository::OutboxRepository(Database& db)
    : m_db(db)
{
}

void OutboxRepository::append(const QString& entity, const QString& entityId, const QString& op,
                              qint64 baseVersion, const nlohmann::json& fields)
{
    QSqlQuery& insert = m_db.prepare(
        QStringLiteral("INSERT INTO outbox (op_id, entity, entity_id, op, base_version, fields, created_at)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    insert.bindValue(0, QUuid::createUuid().toString(QUuid::WithoutBraces));
    insert.bindValue(1, entity);
    insert.bindValue(2, entityId);
    insert.bindValue(3, op);
    insert.bindValue(4, baseVersion);
    insert.bindValue(5, QString::fromStdString(fields.dump()));
    insert.bindValue(6, QDateTime::currentMSecsSinceEpoch());
    m_db.write(insert);
}

qint64 OutboxRepository::pendingCount()
{
    qint64 count = 0;
    m_db.forEachRow(m_db.prepare(QStringLiteral("SELECT count(*) FROM outbox")),
                    [&](const QSqlQuery& row) { count = row.value(0).toLongLong(); });
    return count;
}

qint64 OutboxRepository::pendingChanges()
{
    qint64 count = 0;
    m_db.forEachRow(m_db.prepare(QStringLiteral("SELECT count(*) FROM outbox WHERE entity <> 'import'")),
                    [&](const QSqlQuery& row) { count = row.value(0).toLongLong(); });
    // An import's leads have consecutive row ids after afterRow, so this is a range scan.
    QSqlQuery& imported = m_db.prepare(QStringLiteral(
        "SELECT (SELECT count(*) FROM leads WHERE row_id > json_extract(o.fields, '$.afterRow')"
        " AND import_id = json_extract(o.fields, '$.importId')) FROM outbox o WHERE o.entity = 'import'"));
    m_db.forEachRow(imported, [&](const QSqlQuery& row) { count += row.value(0).toLongLong(); });
    return count;
}

QList<OutboxEntry> OutboxRepository::pending(int limit)
{
    QList<OutboxEntry> entries;
    QSqlQuery& select = m_db.prepare(QStringLiteral("SELECT ") + kColumns +
                                     QStringLiteral(" FROM outbox ORDER BY seq LIMIT ?"));
    select.bindValue(0, limit);
    m_db.forEachRow(select, [&](const QSqlQuery& row) { entries.append(entryFromRow(row)); });
    return entries;
}

QList<OutboxEntry> OutboxRepository::forEntity(const QString& entity, const QString& entityId)
{
    QList<OutboxEntry> entries;
    QSqlQuery& select = m_db.prepare(QStringLiteral("SELECT ") + kColumns +
                                     QStringLiteral(" FROM outbox WHERE entity = ? AND entity_id = ?"
                                                    " ORDER BY seq"));
    select.bindValue(0, entity);
    select.bindValue(1, entityId);
    m_db.forEachRow(select, [&](const QSqlQuery& row) { entries.append(entryFromRow(row)); });
    return entries;
}

bool OutboxRepository::hasEntity(const QString& entity)
{
    bool found = false;
    QSqlQuery& select = m_db.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM outbox WHERE entity = ?)"));
    select.bindValue(0, entity);
    m_db.forEachRow(select, [&](const QSqlQuery& row) { found = row.value(0).toInt() != 0; });
    return found;
}

void OutboxRepository::remove(const QString& opId)
{
    QSqlQuery& erase = m_db.prepare(QStringLiteral("DELETE FROM outbox WHERE op_id = ?"));
    erase.bindValue(0, opId);
    m_db.write(erase);
}

void OutboxRepository::removeForEntity(const QString& entity, const QString& entityId)
{
    QSqlQuery& erase = m_db.prepare(QStringLiteral("DELETE FROM outbox WHERE entity = ? AND entity_id = ?"));
    erase.bindValue(0, entity);
    erase.bindValue(1, entityId);
    m_db.write(erase);
}

void OutboxRepository::rewrite(const QString& opId, const QString& op, const nlohmann::json& fields)
{
    QSqlQuery& update = m_db.prepare(QStringLiteral("UPDATE outbox SET op = ?, fields = ? WHERE op_id = ?"));
    update.bindValue(0, op);
    update.bindValue(1, QString::fromStdString(fields.dump()));
    update.bindValue(2, opId);
    m_db.write(update);
}

void OutboxRepository::markSent(const QStringList& opIds)
{
    if (opIds.isEmpty()) {
        return;
    }
    nlohmann::json ids = nlohmann::json::array();
    for (const QString& opId : opIds) {
        ids.push_back(opId.toStdString());
    }
    QSqlQuery& update = m_db.prepare(
        QStringLiteral("UPDATE outbox SET sent = 1 WHERE op_id IN (SELECT value FROM json_each(?))"));
    update.bindValue(0, QString::fromStdString(ids.dump()));
    m_db.write(update);
}

void OutboxRepository::markUnsent(const QString& opId)
{
    QSqlQuery& update = m_db.prepare(QStringLiteral("UPDATE outbox SET sent = 0 WHERE op_id = ?"));
    update.bindValue(0, opId);
    m_db.write(update);
}

void OutboxRepository::rebase(const QString& entity, const QString& entityId, qint64 version)
{
    QSqlQuery& update = m_db.prepare(QStringLiteral(
        "UPDATE outbox SET base_version = ? WHERE entity = ? AND entity_id = ? AND base_version < ?"));
    update.bindValue(0, version);
    update.bindValue(1, entity);
    update.bindValue(2, entityId);
    update.bindValue(3, version);
    m_db.write(update);
}

QString OutboxRepository::importOpId(qint64 importId, const QString& leadId)
{
    const QString name = QStringLiteral("import:%1:%2").arg(importId).arg(leadId);
    return QUuid::createUuidV5(kImportNamespace, name).toString(QUuid::WithoutBraces);
}

} // namespace leadbox
