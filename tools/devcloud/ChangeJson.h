#pragma once

#include "tools/devcloud/EntityStore.h"

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace leadbox::devcloud {

// Appends `text` as a JSON string literal (quoted and escaped).
void appendJsonString(std::string& out, std::string_view text);

// Appends one change as the feed shows it: {entity, id, version, deleted, data, fieldVersions,
// updatedBy:{uid,email}, updatedAt}. The stored JSON texts are copied, not parsed: a 5,000-change
// page is built by appends alone.
void appendChange(std::string& out, const EntityRecord& record);

// The same object as a JSON value, for a conflict's `server` copy and the test endpoints.
nlohmann::json changeObject(const EntityRecord& record);

} // namespace leadbox::devcloud
