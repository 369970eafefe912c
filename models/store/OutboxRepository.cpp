#include "models/store/OutboxRepository.h"

#include "models/store/Database.h"

#include <QUuid>

namespace leadbox {

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

QList<OutboxEntry> OutboxRepository::pending(int limit)
{
    QList<OutboxEntry> entries;
    QSqlQuery& select = m_db.prepare(
        QStringLiteral("SELECT seq, op_id, entity, entity_id, op, base_version, fields, created_at"
                       " FROM outbox ORDER BY seq LIMIT ?"));
    select.bindValue(0, limit);
    m_db.forEachRow(select, [&](const QSqlQuery& row) {
        OutboxEntry entry;
        entry.seq = row.value(0).toLongLong();
        entry.opId = row.value(1).toString();
        entry.entity = row.value(2).toString();
        entry.entityId = row.value(3).toString();
        entry.op = row.value(4).toString();
        entry.baseVersion = row.value(5).toLongLong();
        entry.fields = nlohmann::json::parse(row.value(6).toString().toStdString(), nullptr, false);
        entry.createdAt = QDateTime::fromMSecsSinceEpoch(row.value(7).toLongLong(), Qt::UTC);
        entries.append(entry);
    });
    return entries;
}

} // namespace leadbox
