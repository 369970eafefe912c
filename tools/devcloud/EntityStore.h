#pragma once

#include "tools/devcloud/SqliteDb.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace leadbox::devcloud {

// Who made a change, as the feed's `updatedBy` reports it.
struct Actor
{
    std::string uid;
    std::string email;
};

// One synced entity in its latest state. `data` and `fieldVersions` are JSON object texts, kept as
// stored so the feed can copy them into a reply without parsing.
struct EntityRecord
{
    std::string entity; // "lead"; later "webform", "trigger", "campaign", "suppression"
    std::string id;
    std::int64_t version = 0;
    bool deleted = false;
    std::string data = "{}";
    std::string fieldVersions = "{}";
    Actor updatedBy;
    std::string updatedAt; // ISO 8601 UTC with milliseconds
};

// The time stamp a change is stored with: now, ISO 8601 UTC with milliseconds.
std::string isoNow();

// Every synced entity of every workspace, whatever its kind, and each workspace's change sequence:
// every write takes the workspace's next seq as the entity's version, so "changes since N" is one
// index range. Entity-specific rules (a lead's fields and email) live with the callers.
class EntityStore
{
public:
    explicit EntityStore(SqliteDb& db)
        : m_db(db)
    {
    }

    std::optional<EntityRecord> find(const std::string& workspaceId, const std::string& entity,
                                     const std::string& id);
    // The live entity of kind `entity` holding `uniqueKey` (a lead's case-folded email), if any.
    std::optional<std::string> idForUniqueKey(const std::string& workspaceId, const std::string& entity,
                                              const std::string& uniqueKey);

    // Takes the workspace's next seq: the version of the change about to be written.
    std::int64_t nextVersion(const std::string& workspaceId) { return reserveVersions(workspaceId, 1); }
    // Takes `count` seqs at once and returns the first of them.
    std::int64_t reserveVersions(const std::string& workspaceId, std::int64_t count);
    // Stores `record` as the entity's latest state. Its version must come from nextVersion().
    // `uniqueKey` is empty for tombstones and for kinds without one.
    void put(const std::string& workspaceId, const EntityRecord& record, const std::string& uniqueKey);

    // Up to `limit` entities whose version is above `since`, by version.
    std::vector<EntityRecord> changesSince(const std::string& workspaceId, std::int64_t since, int limit);
    // Up to `limit` live entities of one kind, oldest change first.
    std::vector<EntityRecord> live(const std::string& workspaceId, const std::string& entity, int limit);

    std::int64_t seq(const std::string& workspaceId);
    std::int64_t count(const std::string& workspaceId, const std::string& entity, bool deleted);

private:
    SqliteDb& m_db;
};

} // namespace leadbox::devcloud
