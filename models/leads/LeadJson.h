#pragma once

#include "models/leads/Lead.h"

#include <nlohmann/json.hpp>

namespace leadbox {

// The JSON form of a lead, shared by the CLI's --json output and the cloud API (docs/cloud-api.md).
nlohmann::json leadToJson(const Lead& lead);

// Reads the fields present in `json` over `lead`; unknown keys are ignored. Throws
// StoreError(Validation) when a known key has the wrong type or an unknown status.
void mergeLeadJson(Lead& lead, const nlohmann::json& json);

QString isoTime(const QDateTime& time);

// The fields of `after` that differ from `before`, as the outbox and the timeline record them. Tags
// are recorded as adds and removes so that sync can merge them with other people's tag edits.
nlohmann::json leadChanges(const Lead& before, const Lead& after);

} // namespace leadbox
