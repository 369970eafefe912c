#pragma once

#include "tools/devcloud/SqliteDb.h"

#include <cstdint>
#include <optional>
#include <string>

namespace leadbox::devcloud {

// How a workspace's mutations have been answered so far (GET /devcloud/v1/workspaces/{ws}/stats).
struct OpCounts
{
    std::int64_t applied = 0; // distinct opIds applied
    std::int64_t duplicates = 0;
    std::int64_t conflicts = 0;
    std::int64_t rejected = 0;
};

// The mutation log that makes a retry safe: every applied opId with the version it produced, per
// workspace. Only applied ops are remembered; a conflicting or rejected op is judged afresh when it
// comes again.
class OpLog
{
public:
    explicit OpLog(SqliteDb& db)
        : m_db(db)
    {
    }

    // The version `opId` produced, if it was applied before.
    std::optional<std::int64_t> appliedVersion(const std::string& workspaceId, const std::string& opId);
    void rememberApplied(const std::string& workspaceId, const std::string& opId, const std::string& entity,
                         const std::string& id, std::int64_t version);
    // Adds one request's answers to the workspace's counters.
    void countAnswers(const std::string& workspaceId, std::int64_t duplicates, std::int64_t conflicts,
                      std::int64_t rejected);
    OpCounts counts(const std::string& workspaceId);

private:
    SqliteDb& m_db;
};

} // namespace leadbox::devcloud
