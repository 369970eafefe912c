#include "tools/devcloud/LeadEntity.h"

#include "models/leads/LeadValidator.h"

namespace leadbox::devcloud {

std::vector<std::string> leadFieldNames(const nlohmann::json& data)
{
    std::vector<std::string> names;
    for (const char* field : kLeadPlainFields) {
        if (data.contains(field)) {
            names.emplace_back(field);
        }
    }
    if (data.contains("tags")) {
        names.emplace_back("tags");
    }
    if (const auto custom = data.find("custom"); custom != data.end() && custom->is_object()) {
        for (auto value = custom->begin(); value != custom->end(); ++value) {
            names.push_back("custom." + value.key());
        }
    }
    return names;
}

std::string wholeLeadFieldVersions(const nlohmann::json& data, std::int64_t version)
{
    nlohmann::json versions = nlohmann::json::object();
    for (const auto& name : leadFieldNames(data)) {
        versions[name] = version;
    }
    return versions.dump();
}

nlohmann::json leadData(nlohmann::json document)
{
    document.erase("id");
    document.erase("version");
    return document;
}

nlohmann::json leadDocument(const EntityRecord& record)
{
    nlohmann::json document = nlohmann::json::parse(record.data);
    document["id"] = record.id;
    document["version"] = record.version;
    return document;
}

std::string leadEmailKey(const std::string& email)
{
    return LeadValidator::emailKey(QString::fromStdString(email)).toStdString();
}

std::int64_t addWholeLead(EntityStore& store, const std::string& workspaceId, const std::string& id,
                          const nlohmann::json& data, const Actor& actor)
{
    EntityRecord record;
    record.entity = kLeadEntity;
    record.id = id;
    record.version = store.nextVersion(workspaceId);
    record.data = data.dump();
    record.fieldVersions = wholeLeadFieldVersions(data, record.version);
    record.updatedBy = actor;
    record.updatedAt = isoNow();
    store.put(workspaceId, record, leadEmailKey(data.value("email", std::string())));
    return record.version;
}

} // namespace leadbox::devcloud
