#include "tools/devcloud/SyncTestControls.h"

#include "tools/devcloud/ChangeJson.h"
#include "tools/devcloud/DevcloudStore.h"
#include "tools/devcloud/LeadEntity.h"
#include "tools/devcloud/LeadGenerator.h"

namespace leadbox::devcloud {

namespace {

constexpr std::int64_t kMaxSeedCount = 1000000;

bool knownWorkspace(DevcloudStore& store, Exchange& ex, const std::string& workspaceId)
{
    if (store.teams().hasWorkspace(workspaceId)) {
        return true;
    }
    sendApiError(ex, 404, "not_found", "There is no such workspace.");
    return false;
}

} // namespace

SyncTestControls::SyncTestControls(DevcloudStore& store)
    : m_store(store)
{
}

void SyncTestControls::install(httplib::Server& server)
{
    const auto bind = [this](void (SyncTestControls::*method)(Exchange&)) {
        return guarded(m_store, [this, method](Exchange& ex) { (this->*method)(ex); });
    };
    server.Get("/devcloud/v1/workspaces/([^/]+)/stats", bind(&SyncTestControls::stats));
    server.Get("/devcloud/v1/workspaces/([^/]+)/leads/([^/]+)", bind(&SyncTestControls::lead));
    server.Post("/devcloud/v1/workspaces/([^/]+)/seedLeads", bind(&SyncTestControls::seedLeads));
}

void SyncTestControls::stats(Exchange& ex)
{
    const std::string workspaceId = ex.req.matches[1];
    if (!knownWorkspace(m_store, ex, workspaceId)) {
        return;
    }
    auto& entities = m_store.entities();
    const OpCounts ops = m_store.opLog().counts(workspaceId);
    sendJson(ex, 200,
             {{"leads", entities.count(workspaceId, kLeadEntity, false)},
              {"tombstones", entities.count(workspaceId, kLeadEntity, true)},
              {"seq", entities.seq(workspaceId)},
              {"opsApplied", ops.applied},
              {"duplicatesAnswered", ops.duplicates},
              {"conflictsAnswered", ops.conflicts},
              {"rejectedAnswered", ops.rejected}});
}

void SyncTestControls::lead(Exchange& ex)
{
    const std::string workspaceId = ex.req.matches[1];
    if (!knownWorkspace(m_store, ex, workspaceId)) {
        return;
    }
    const auto record = m_store.entities().find(workspaceId, kLeadEntity, ex.req.matches[2]);
    if (!record) {
        return sendApiError(ex, 404, "not_found", "This workspace never had a lead with that id.");
    }
    std::string body;
    appendChange(body, *record);
    sendJsonText(ex, 200, std::move(body));
}

void SyncTestControls::seedLeads(Exchange& ex)
{
    const std::string workspaceId = ex.req.matches[1];
    if (!knownWorkspace(m_store, ex, workspaceId)) {
        return;
    }
    const auto body = jsonBody(ex);
    const nlohmann::json count = body ? body->value("count", nlohmann::json()) : nlohmann::json();
    if (!count.is_number_integer() || count.get<std::int64_t>() < 1 ||
        count.get<std::int64_t>() > kMaxSeedCount) {
        return sendApiError(ex, 400, "invalid", "Send {\"count\": N} with N from 1 to 1000000.");
    }
    auto& entities = m_store.entities();
    SqlTransaction transaction(m_store.db());
    // Indexes continue from the workspace's seq, so every call adds new ids and emails.
    const std::int64_t firstIndex = entities.seq(workspaceId) + 1;
    LeadGenerator generator(static_cast<std::uint32_t>(firstIndex), "5eedb0b0", "bulk",
                            "seed-customers.example");
    addGeneratedLeads(entities, workspaceId, generator, firstIndex, count.get<std::int64_t>());
    transaction.commit();
    sendJson(ex, 200, {{"seq", entities.seq(workspaceId)}});
}

} // namespace leadbox::devcloud
