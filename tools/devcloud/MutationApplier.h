#pragma once

#include "models/accounts/Permissions.h"
#include "tools/devcloud/EntityStore.h"

#include <nlohmann/json.hpp>
#include <string>

namespace leadbox::devcloud {

class OpLog;
struct LeadPatch;
struct MutationOp;

// Who sends a batch of mutations, and where.
struct MutationAuthor
{
    std::string workspaceId;
    Role role = Role::Member;
    Actor actor;
};

// Applies POST /v1/workspaces/{ws}/mutations ops in order, one result each (docs/cloud-api.md):
// applied, duplicate (opId seen), conflict (field level, with the server copy) or rejected (forbidden,
// validation, not_found, duplicate_email). The caller holds one transaction around the batch.
class MutationApplier
{
public:
    MutationApplier(EntityStore& entities, OpLog& opLog)
        : m_entities(entities)
        , m_opLog(opLog)
    {
    }

    // `mutations` is the request's array; returns the `results` array.
    nlohmann::json apply(const MutationAuthor& author, const nlohmann::json& mutations);

private:
    using Op = MutationOp;
    nlohmann::json applyOne(const MutationAuthor& author, const nlohmann::json& mutation);
    nlohmann::json create(const MutationAuthor& author, const Op& op);
    nlohmann::json update(const MutationAuthor& author, const Op& op, const EntityRecord& current,
                          const LeadPatch& patch);
    nlohmann::json remove(const MutationAuthor& author, const Op& op);
    // Stores the new state (its version freshly taken) and remembers the op as applied.
    nlohmann::json store(const MutationAuthor& author, const Op& op, EntityRecord record,
                         const std::string& uniqueKey);
    // Rejects the op when `emailKey` belongs to another live lead.
    bool emailTaken(const MutationAuthor& author, const Op& op, const std::string& emailKey);

    EntityStore& m_entities;
    OpLog& m_opLog;
};

} // namespace leadbox::devcloud
