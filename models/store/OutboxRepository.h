#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <nlohmann/json.hpp>

namespace leadbox {

class Database;

// One pending local change, as the cloud's mutation endpoint will take it (docs/cloud-api.md).
struct OutboxEntry
{
    qint64 seq = 0;
    QString opId; // a UUID; makes a retried push safe
    QString entity;
    QString entityId;
    QString op; // create, update or delete
    qint64 baseVersion = 0;
    nlohmann::json fields;
    QDateTime createdAt;
};

// The queue of local changes that sync will push. Callers append inside the transaction
// that makes the change, so an edit and its outbox row are stored together or not at all.
class OutboxRepository
{
public:
    explicit OutboxRepository(Database& db);

    void append(const QString& entity, const QString& entityId, const QString& op, qint64 baseVersion,
                const nlohmann::json& fields);
    qint64 pendingCount();
    QList<OutboxEntry> pending(int limit);

private:
    Database& m_db;
};

} // namespace leadbox
