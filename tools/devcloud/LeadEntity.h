#pragma once

#include "tools/devcloud/EntityStore.h"

#include <array>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace leadbox::devcloud {

// What the generic entity store needs to know about leads: the entity name, the versioned fields,
// the data shape and the unique email.
inline const std::string kLeadEntity = "lead";

// The lead fields that carry their own version besides "tags" and one "custom.<fieldId>" per value.
inline constexpr std::array<const char*, 8> kLeadPlainFields{"email", "firstName", "lastName", "company",
                                                             "phone", "status",    "source",   "consent"};

// The author of seeded and migrated leads.
inline const Actor kDevcloudActor{"devcloud", ""};

// Every versioned field name present in a lead's `data`.
std::vector<std::string> leadFieldNames(const nlohmann::json& data);
// {"<field>": version, …} for every field of `data`: a lead written whole (created or seeded).
std::string wholeLeadFieldVersions(const nlohmann::json& data, std::int64_t version);
// A leadToJson() document as the feed's `data`: without id and version.
nlohmann::json leadData(nlohmann::json document);
// A stored lead in leadToJson()'s shape (data plus id and version), for GET /v1/workspaces/{ws}/leads.
nlohmann::json leadDocument(const EntityRecord& record);
// The key that keeps live leads' emails unique in a workspace (LeadValidator::emailKey).
std::string leadEmailKey(const std::string& email);

// Stores a whole new lead (demo seed, schema migration) at the workspace's next version.
std::int64_t addWholeLead(EntityStore& store, const std::string& workspaceId, const std::string& id,
                          const nlohmann::json& data, const Actor& actor);

} // namespace leadbox::devcloud
