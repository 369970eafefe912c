#pragma once

#include <cstdint>
#include <string>

namespace leadbox::devcloud {

class EntityStore;

// A made-up lead: its id, and its `data` as JSON text in the feed's shape.
struct GeneratedLead
{
    std::string id;
    std::string email;
    std::string data;
};

// Deterministic made-up leads for --seed demo and POST /devcloud/v1/…/seedLeads. It writes the JSON
// text directly, with no JSON library in the loop, so 100,000 leads take a fraction of a second.
class LeadGenerator
{
public:
    // Ids are "<idPrefix>-0000-4000-8000-<index, 12 digits>" (idPrefix: 8 hex digits) and emails
    // "<emailStem><index>@<domain>", so distinct indexes never collide within a workspace.
    LeadGenerator(std::uint32_t seed, std::string idPrefix, std::string emailStem, std::string domain);

    GeneratedLead make(std::int64_t index);

    // The fieldVersions text for a generated lead stored at `version` (it has no custom values).
    static std::string fieldVersions(std::int64_t version);

private:
    std::size_t next(std::size_t bound);

    std::uint32_t m_state;
    std::string m_idPrefix;
    std::string m_emailStem;
    std::string m_domain;
};

// Stores `count` generated leads with indexes firstIndex, firstIndex + 1, … at consecutive new versions
// of the workspace. The caller holds the transaction.
void addGeneratedLeads(EntityStore& store, const std::string& workspaceId, LeadGenerator& generator,
                       std::int64_t firstIndex, std::int64_t count);

} // namespace leadbox::devcloud
