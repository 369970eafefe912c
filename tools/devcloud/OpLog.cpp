#include "tools/devcloud/OpLog.h"

#include "tools/devcloud/AccountStore.h"

namespace leadbox::devcloud {

std::optional<std::int64_t> OpLog::appliedVersion(const std::string& workspaceId, const std::string& opId)
{
    auto query = m_db.reuse("SELECT version FROM applied_ops WHERE workspace_id = ? AND op_id = ?");
    query->bind(workspaceId).bind(opId);
    if (!query->step()) {
        return std::nullopt;
    }
    return query->integer(0);
}

void OpLog::rememberApplied(const std::string& workspaceId, const std::string& opId,
                            const std::string& entity, const std::string& id, std::int64_t version)
{
    m_db.reuse("INSERT INTO applied_ops (workspace_id, op_id, entity, entity_id, version, applied_at) "
               "VALUES (?, ?, ?, ?, ?, ?)")
        ->bind(workspaceId)
        .bind(opId)
        .bind(entity)
        .bind(id)
        .bind(version)
        .bind(nowMs())
        .run();
}

void OpLog::countAnswers(const std::string& workspaceId, std::int64_t duplicates, std::int64_t conflicts,
                         std::int64_t rejected)
{
    if (duplicates == 0 && conflicts == 0 && rejected == 0) {
        return;
    }
    m_db.reuse("INSERT INTO op_answers (workspace_id, duplicates, conflicts, rejected) VALUES (?, ?, ?, ?) "
               "ON CONFLICT(workspace_id) DO UPDATE SET duplicates = duplicates + excluded.duplicates,"
               " conflicts = conflicts + excluded.conflicts, rejected = rejected + excluded.rejected")
        ->bind(workspaceId)
        .bind(duplicates)
        .bind(conflicts)
        .bind(rejected)
        .run();
}

OpCounts OpLog::counts(const std::string& workspaceId)
{
    OpCounts counts;
    {
        auto applied = m_db.reuse("SELECT COUNT(*) FROM applied_ops WHERE workspace_id = ?");
        applied->bind(workspaceId);
        counts.applied = applied->step() ? applied->integer(0) : 0;
    }
    auto answers =
        m_db.reuse("SELECT duplicates, conflicts, rejected FROM op_answers WHERE workspace_id = ?");
    answers->bind(workspaceId);
    if (answers->step()) {
        counts.duplicates = answers->integer(0);
        counts.conflicts = answers->integer(1);
        counts.rejected = answers->integer(2);
    }
    return counts;
}

} // namespace leadbox::devcloud
