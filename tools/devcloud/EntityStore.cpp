#include "tools/devcloud/EntityStore.h"

#include <QDateTime>

namespace leadbox::devcloud {

namespace {

constexpr const char* kColumns = "SELECT entity, id, version, deleted, data, field_versions, updated_uid, "
                                 "updated_email, updated_at FROM entities ";

EntityRecord readRecord(const Statement& row)
{
    return EntityRecord{row.text(0),
                        row.text(1),
                        row.integer(2),
                        row.integer(3) != 0,
                        row.text(4),
                        row.text(5),
                        Actor{row.text(6), row.text(7)},
                        row.text(8)};
}

} // namespace

std::string isoNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toStdString();
}

std::optional<EntityRecord> EntityStore::find(const std::string& workspaceId, const std::string& entity,
                                              const std::string& id)
{
    auto query = m_db.reuse(std::string(kColumns) + "WHERE workspace_id = ? AND entity = ? AND id = ?");
    query->bind(workspaceId).bind(entity).bind(id);
    if (!query->step()) {
        return std::nullopt;
    }
    return readRecord(*query);
}

std::optional<std::string> EntityStore::idForUniqueKey(const std::string& workspaceId,
                                                       const std::string& entity,
                                                       const std::string& uniqueKey)
{
    auto query =
        m_db.reuse("SELECT id FROM entities WHERE workspace_id = ? AND entity = ? AND unique_key = ?");
    query->bind(workspaceId).bind(entity).bind(uniqueKey);
    if (!query->step()) {
        return std::nullopt;
    }
    return query->text(0);
}

std::int64_t EntityStore::reserveVersions(const std::string& workspaceId, std::int64_t count)
{
    auto query = m_db.reuse("INSERT INTO workspace_seq (workspace_id, seq) VALUES (?, ?) "
                            "ON CONFLICT(workspace_id) DO UPDATE SET seq = seq + excluded.seq RETURNING seq");
    query->bind(workspaceId).bind(count);
    if (!query->step()) {
        throw SqlError("the workspace sequence did not advance");
    }
    return query->integer(0) - count + 1;
}

void EntityStore::put(const std::string& workspaceId, const EntityRecord& record,
                      const std::string& uniqueKey)
{
    auto query = m_db.reuse(
        "INSERT INTO entities (workspace_id, entity, id, version, deleted, data, field_versions, unique_key,"
        " updated_uid, updated_email, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(workspace_id, entity, id) DO UPDATE SET version = excluded.version,"
        " deleted = excluded.deleted, data = excluded.data, field_versions = excluded.field_versions,"
        " unique_key = excluded.unique_key, updated_uid = excluded.updated_uid,"
        " updated_email = excluded.updated_email, updated_at = excluded.updated_at");
    query->bind(workspaceId)
        .bind(record.entity)
        .bind(record.id)
        .bind(record.version)
        .bind(record.deleted ? 1 : 0)
        .bind(record.data)
        .bind(record.fieldVersions);
    if (uniqueKey.empty() || record.deleted) {
        query->bindNull();
    } else {
        query->bind(uniqueKey);
    }
    query->bind(record.updatedBy.uid).bind(record.updatedBy.email).bind(record.updatedAt).run();
}

std::vector<EntityRecord> EntityStore::changesSince(const std::string& workspaceId, std::int64_t since,
                                                    int limit)
{
    auto query =
        m_db.reuse(std::string(kColumns) + "WHERE workspace_id = ? AND version > ? ORDER BY version LIMIT ?");
    query->bind(workspaceId).bind(since).bind(limit);
    std::vector<EntityRecord> records;
    records.reserve(static_cast<std::size_t>(limit));
    while (query->step()) {
        records.push_back(readRecord(*query));
    }
    return records;
}

std::vector<EntityRecord> EntityStore::live(const std::string& workspaceId, const std::string& entity,
                                            int limit)
{
    auto query = m_db.reuse(std::string(kColumns) +
                            "WHERE workspace_id = ? AND entity = ? AND deleted = 0 ORDER BY version LIMIT ?");
    query->bind(workspaceId).bind(entity).bind(limit);
    std::vector<EntityRecord> records;
    while (query->step()) {
        records.push_back(readRecord(*query));
    }
    return records;
}

std::int64_t EntityStore::seq(const std::string& workspaceId)
{
    auto query = m_db.reuse("SELECT seq FROM workspace_seq WHERE workspace_id = ?");
    query->bind(workspaceId);
    return query->step() ? query->integer(0) : 0;
}

std::int64_t EntityStore::count(const std::string& workspaceId, const std::string& entity, bool deleted)
{
    auto query =
        m_db.reuse("SELECT COUNT(*) FROM entities WHERE workspace_id = ? AND entity = ? AND deleted = ?");
    query->bind(workspaceId).bind(entity).bind(deleted ? 1 : 0);
    return query->step() ? query->integer(0) : 0;
}

} // namespace leadbox::devcloud
