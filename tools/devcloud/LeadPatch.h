#pragma once

#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace leadbox::devcloud {

// The `fields` of one lead mutation, read and trimmed: plain values, tag adds and removes (or a whole
// tag list), and changed custom values.
struct LeadPatch
{
    std::map<std::string, std::string> plain; // the kLeadPlainFields present; status and consent by name
    bool setsTags = false;                    // `tags` was a whole list: it replaces the tags
    std::vector<std::string> tags;
    std::vector<std::string> tagAdds;
    std::vector<std::string> tagRemoves;
    std::map<std::string, std::string> custom; // field id → value; "" clears the value
    std::string createdAt;                     // ISO 8601 as sent, or empty
    std::string updatedAt;
};

// Reads `fields`. A value of the wrong type, or an unknown status or consent, gives nullopt and the
// sentence in `error`.
std::optional<LeadPatch> readLeadPatch(const nlohmann::json& fields, std::string& error);

// The fields `patch` sets that someone changed after `baseVersion` to a value other than the patch's,
// in field order. Tags never conflict: their adds and removes merge.
std::vector<std::string> leadConflicts(const LeadPatch& patch, const nlohmann::json& data,
                                       const nlohmann::json& fieldVersions, std::int64_t baseVersion);

struct PatchedLead
{
    nlohmann::json data;              // the feed's data shape
    std::vector<std::string> changed; // versioned field names whose value changed
    std::string emailKey;
};

// `patch` over `data`, normalised and checked by models/leads/LeadValidator (plus the custom-field
// limits). `whole` (a create) starts from `data` = {} and counts every field as changed. A broken rule
// gives nullopt and the validator's sentences in `error`.
std::optional<PatchedLead> applyLeadPatch(const LeadPatch& patch, const nlohmann::json& data, bool whole,
                                          std::string& error);

} // namespace leadbox::devcloud
