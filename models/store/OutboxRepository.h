#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <nlohmann/json.hpp>

namespace leadbox {

class Database;

// One pending local change, as the cloud's mutation endpoint will take it (docs/cloud-api.md).
// The entity "import" is the exception: one entry {"importId","afterRow"} stands for every lead an
// import added; sync expands it into per-lead creates (PushBatchBuilder).
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
    bool sent = false; // went out at least once: a retry resends it unchanged
};

// The queue of local changes that sync will push. Callers append inside the transaction
// that makes the change, so an edit and its outbox row are stored together or not at all.
// The sync side reads it in seq order and acknowledges rows by op id; none of these methods opens a
// transaction, so they compose into the caller's.
class OutboxRepository
{
public:
    explicit OutboxRepository(Database& db);

    void append(const QString& entity, const QString& entityId, const QString& op, qint64 baseVersion,
                const nlohmann::json& fields);
    // Outbox rows, an import counting as one.
    qint64 pendingCount();
    // The changes a person would count: an import counts each lead it added that is not pushed yet.
    qint64 pendingChanges();
    QList<OutboxEntry> pending(int limit);
    // The rows for one entity, in seq order.
    QList<OutboxEntry> forEntity(const QString& entity, const QString& entityId);
    bool hasEntity(const QString& entity);

    void remove(const QString& opId);
    void removeForEntity(const QString& entity, const QString& entityId);
    // Gives a not yet sent op new content (a fold of later edits into it).
    void rewrite(const QString& opId, const QString& op, const nlohmann::json& fields);
    void markSent(const QStringList& opIds);
    void markUnsent(const QString& opId);
    // Raises the base version of every pending op of the entity to `version` (never lowers it).
    void rebase(const QString& entity, const QString& entityId, qint64 version);

    // The op id of the create that an import entry sends for one of its leads: the same on every
    // try, so that a sync killed and run again never creates a lead twice.
    static QString importOpId(qint64 importId, const QString& leadId);

private:
    Database& m_db;
};

} // namespace leadbox
