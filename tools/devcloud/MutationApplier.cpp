#include "tools/devcloud/MutationApplier.h"

#include "tools/devcloud/ChangeJson.h"
#include "tools/devcloud/LeadEntity.h"
#include "tools/devcloud/LeadPatch.h"
#include "tools/devcloud/OpLog.h"

namespace leadbox::devcloud {

// One mutation as read from the request.
struct MutationOp
{
    std::string opId;
    std::string entity;
    std::string id;
    std::string kind; // create, update, delete
    std::int64_t baseVersion = 0;
    nlohmann::json fields = nlohmann::json::object();
};

namespace {

constexpr std::size_t kMaxIdLength = 128;

nlohmann::json applied(const std::string& opId, std::int64_t version)
{
    return {{"opId", opId}, {"status", "applied"}, {"version", version}};
}

nlohmann::json duplicate(const std::string& opId, std::int64_t version)
{
    return {{"opId", opId}, {"status", "duplicate"}, {"version", version}};
}

nlohmann::json conflict(const std::string& opId, const std::vector<std::string>& fields,
                        const EntityRecord& server)
{
    return {{"opId", opId}, {"status", "conflict"}, {"fields", fields}, {"server", changeObject(server)}};
}

nlohmann::json rejected(const std::string& opId, const std::string& code, const std::string& message)
{
    return {{"opId", opId}, {"status", "rejected"}, {"reason", {{"code", code}, {"message", message}}}};
}

nlohmann::json notFound(const std::string& opId)
{
    return rejected(opId, "not_found", "This lead does not exist on the server.");
}

// An opId or entity id: 1 to 128 characters, none of them control characters.
bool usableId(const nlohmann::json& value)
{
    if (!value.is_string()) {
        return false;
    }
    const auto& text = value.get_ref<const std::string&>();
    if (text.empty() || text.size() > kMaxIdLength) {
        return false;
    }
    for (const char c : text) {
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
            return false;
        }
    }
    return true;
}

std::string textMember(const nlohmann::json& object, const char* key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// Reads everything but the opId; a problem is a sentence in `error`.
bool readOp(const nlohmann::json& mutation, MutationOp& op, std::string& error)
{
    op.entity = textMember(mutation, "entity");
    if (op.entity != kLeadEntity) {
        error = op.entity.empty() ? "Each mutation needs an entity."
                                  : "Devcloud does not sync “" + op.entity + "” yet.";
        return false;
    }
    if (!usableId(mutation.value("id", nlohmann::json()))) {
        error = "Each mutation needs an id of 1 to 128 characters.";
        return false;
    }
    op.id = textMember(mutation, "id");
    op.kind = textMember(mutation, "op");
    if (op.kind != "create" && op.kind != "update" && op.kind != "delete") {
        error = "A mutation's op is \"create\", \"update\" or \"delete\".";
        return false;
    }
    if (const auto it = mutation.find("baseVersion"); it != mutation.end() && !it->is_null()) {
        if (!it->is_number_integer() || it->get<std::int64_t>() < 0) {
            error = "A mutation's baseVersion must be a whole number of 0 or more.";
            return false;
        }
        op.baseVersion = it->get<std::int64_t>();
    }
    if (const auto it = mutation.find("fields"); it != mutation.end() && !it->is_null()) {
        if (!it->is_object()) {
            error = "A mutation's fields must be a JSON object.";
            return false;
        }
        op.fields = *it;
    }
    return true;
}

} // namespace

nlohmann::json MutationApplier::apply(const MutationAuthor& author, const nlohmann::json& mutations)
{
    nlohmann::json results = nlohmann::json::array();
    std::int64_t duplicates = 0;
    std::int64_t conflicts = 0;
    std::int64_t rejections = 0;
    for (const auto& mutation : mutations) {
        nlohmann::json result = applyOne(author, mutation);
        const std::string& status = result["status"].get_ref<const std::string&>();
        duplicates += status == "duplicate" ? 1 : 0;
        conflicts += status == "conflict" ? 1 : 0;
        rejections += status == "rejected" ? 1 : 0;
        results.push_back(std::move(result));
    }
    m_opLog.countAnswers(author.workspaceId, duplicates, conflicts, rejections);
    return results;
}

nlohmann::json MutationApplier::applyOne(const MutationAuthor& author, const nlohmann::json& mutation)
{
    if (!mutation.is_object()) {
        return rejected("", "validation", "Each mutation must be a JSON object.");
    }
    const nlohmann::json opId = mutation.value("opId", nlohmann::json());
    if (!usableId(opId)) {
        return rejected(opId.is_string() ? opId.get<std::string>() : "", "validation",
                        "Each mutation needs an opId of 1 to 128 characters.");
    }
    Op op;
    op.opId = opId.get<std::string>();
    // An op applied before is answered as such whatever else has changed since, so a retry is safe.
    if (const auto version = m_opLog.appliedVersion(author.workspaceId, op.opId)) {
        return duplicate(op.opId, *version);
    }
    if (!Permissions::can(author.role, Action::EditLeads)) {
        return rejected(op.opId, "forbidden",
                        Permissions::refusal(author.role, Action::EditLeads).toStdString());
    }
    std::string error;
    if (!readOp(mutation, op, error)) {
        return rejected(op.opId, "validation", error);
    }
    if (op.kind == "create") {
        return create(author, op);
    }
    if (op.kind == "delete") {
        return remove(author, op);
    }
    const auto current = m_entities.find(author.workspaceId, op.entity, op.id);
    if (!current) {
        return notFound(op.opId);
    }
    if (current->deleted) {
        return conflict(op.opId, {"deleted"}, *current);
    }
    const auto patch = readLeadPatch(op.fields, error);
    if (!patch) {
        return rejected(op.opId, "validation", error);
    }
    return update(author, op, *current, *patch);
}

nlohmann::json MutationApplier::create(const MutationAuthor& author, const Op& op)
{
    std::string error;
    const auto patch = readLeadPatch(op.fields, error);
    if (!patch) {
        return rejected(op.opId, "validation", error);
    }
    const auto current = m_entities.find(author.workspaceId, op.entity, op.id);
    if (current && !current->deleted) {
        return update(author, op, *current, *patch);
    }
    // A new lead, or one brought back from its tombstone (an undone delete): every field starts afresh.
    const auto lead = applyLeadPatch(*patch, nlohmann::json::object(), true, error);
    if (!lead) {
        return rejected(op.opId, "validation", error);
    }
    if (emailTaken(author, op, lead->emailKey)) {
        return rejected(op.opId, "duplicate_email", "Another lead already has this email address.");
    }
    EntityRecord record;
    record.entity = op.entity;
    record.id = op.id;
    record.version = m_entities.nextVersion(author.workspaceId);
    record.data = lead->data.dump();
    record.fieldVersions = wholeLeadFieldVersions(lead->data, record.version);
    return store(author, op, std::move(record), lead->emailKey);
}

nlohmann::json MutationApplier::update(const MutationAuthor& author, const Op& op,
                                       const EntityRecord& current, const LeadPatch& patch)
{
    const nlohmann::json data = nlohmann::json::parse(current.data);
    nlohmann::json versions = nlohmann::json::parse(current.fieldVersions);
    const auto conflicts = leadConflicts(patch, data, versions, op.baseVersion);
    if (!conflicts.empty()) {
        return conflict(op.opId, conflicts, current);
    }
    std::string error;
    const auto lead = applyLeadPatch(patch, data, false, error);
    if (!lead) {
        return rejected(op.opId, "validation", error);
    }
    if (lead->changed.empty()) {
        // Nothing to change (the values are already there): no new version, but the op counts as done.
        m_opLog.rememberApplied(author.workspaceId, op.opId, op.entity, op.id, current.version);
        return applied(op.opId, current.version);
    }
    if (emailTaken(author, op, lead->emailKey)) {
        return rejected(op.opId, "duplicate_email", "Another lead already has this email address.");
    }
    const std::int64_t version = m_entities.nextVersion(author.workspaceId);
    for (const auto& field : lead->changed) {
        versions[field] = version;
    }
    EntityRecord record = current;
    record.version = version;
    record.data = lead->data.dump();
    record.fieldVersions = versions.dump();
    return store(author, op, std::move(record), lead->emailKey);
}

nlohmann::json MutationApplier::remove(const MutationAuthor& author, const Op& op)
{
    const auto current = m_entities.find(author.workspaceId, op.entity, op.id);
    if (!current) {
        return notFound(op.opId);
    }
    if (current->deleted) {
        return conflict(op.opId, {"deleted"}, *current);
    }
    // Someone edited what this op deletes after the deleting client last saw it: they decide.
    const nlohmann::json versions = nlohmann::json::parse(current->fieldVersions);
    for (const auto& version : versions) {
        if (version.is_number_integer() && version.get<std::int64_t>() > op.baseVersion) {
            return conflict(op.opId, {"deleted"}, *current);
        }
    }
    EntityRecord record = *current;
    record.deleted = true;
    record.version = m_entities.nextVersion(author.workspaceId);
    return store(author, op, std::move(record), {});
}

nlohmann::json MutationApplier::store(const MutationAuthor& author, const Op& op, EntityRecord record,
                                      const std::string& uniqueKey)
{
    record.updatedBy = author.actor;
    record.updatedAt = isoNow();
    m_entities.put(author.workspaceId, record, uniqueKey);
    m_opLog.rememberApplied(author.workspaceId, op.opId, op.entity, op.id, record.version);
    return applied(op.opId, record.version);
}

bool MutationApplier::emailTaken(const MutationAuthor& author, const Op& op, const std::string& emailKey)
{
    const auto holder = m_entities.idForUniqueKey(author.workspaceId, op.entity, emailKey);
    return holder && *holder != op.id;
}

} // namespace leadbox::devcloud
