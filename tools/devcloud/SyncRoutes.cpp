#include "tools/devcloud/SyncRoutes.h"

#include "tools/devcloud/Authenticator.h"
#include "tools/devcloud/ChangeJson.h"
#include "tools/devcloud/DevcloudStore.h"
#include "tools/devcloud/FaultInjector.h"
#include "tools/devcloud/MutationApplier.h"

#include <charconv>

namespace leadbox::devcloud {

namespace {

constexpr int kDefaultPageLimit = 500;
constexpr int kMaxPageLimit = 5000;
// A page stops growing past this many bytes (hasMore then says the rest waits), whatever the limit.
constexpr std::size_t kMaxPageBytes = 8 * 1024 * 1024;
constexpr std::size_t kMaxMutations = 500;

template <typename Number>
bool parseWhole(const std::string& text, Number& out)
{
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), out);
    return error == std::errc() && end == text.data() + text.size();
}

} // namespace

SyncRoutes::SyncRoutes(DevcloudStore& store, Authenticator& auth, FaultInjector& faults)
    : m_store(store)
    , m_auth(auth)
    , m_faults(faults)
{
}

void SyncRoutes::install(httplib::Server& server)
{
    server.Get("/v1/workspaces/([^/]+)/changes",
               m_faults.wrap(SyncRoute::Changes, guarded(m_store, [this](Exchange& ex) { changes(ex); })));
    server.Post("/v1/workspaces/([^/]+)/mutations",
                m_faults.wrap(SyncRoute::Mutations,
                              guarded(
                                  m_store, [this](Exchange& ex) { mutations(ex); }, kMaxSyncBodyBytes)));
}

void SyncRoutes::changes(Exchange& ex)
{
    const auto caller = m_auth.enterWorkspace(ex, ex.req.matches[1], Action::ViewLeads);
    if (!caller) {
        return;
    }
    std::int64_t since = 0;
    const std::string cursor = ex.req.get_param_value("since");
    if (!cursor.empty() && (!parseWhole(cursor, since) || since < 0)) {
        return sendApiError(ex, 400, "invalid", "since must be a cursor from an earlier reply of this feed.");
    }
    std::int64_t requested = kDefaultPageLimit;
    if (ex.req.has_param("limit") &&
        (!parseWhole(ex.req.get_param_value("limit"), requested) || requested < 1)) {
        return sendApiError(ex, 400, "invalid", "limit must be a whole number of 1 or more.");
    }
    const int limit = static_cast<int>(std::min<std::int64_t>(requested, kMaxPageLimit));

    // One row more than the page tells whether more follow.
    const auto records = m_store.entities().changesSince(caller->workspaceId, since, limit + 1);
    std::string body;
    body.reserve(records.size() * 512 + 64);
    body += "{\"changes\":[";
    std::int64_t last = since;
    std::size_t taken = 0;
    for (; taken < records.size() && taken < static_cast<std::size_t>(limit); ++taken) {
        if (taken > 0 && body.size() > kMaxPageBytes) {
            break;
        }
        if (taken > 0) {
            body += ',';
        }
        appendChange(body, records[taken]);
        last = records[taken].version;
    }
    body += "],\"cursor\":\"";
    body += std::to_string(last);
    body += taken < records.size() ? "\",\"hasMore\":true}" : "\",\"hasMore\":false}";
    sendJsonText(ex, 200, std::move(body));
}

void SyncRoutes::mutations(Exchange& ex)
{
    // Membership only: each op is then judged by the matrix (EditLeads) on its own.
    const auto caller = m_auth.enterWorkspace(ex, ex.req.matches[1]);
    if (!caller) {
        return;
    }
    const auto body = jsonBody(ex);
    if (!body || !body->contains("mutations") || !(*body)["mutations"].is_array()) {
        return sendApiError(ex, 400, "invalid", "Send {\"mutations\": […]}.");
    }
    const auto& mutations = (*body)["mutations"];
    if (mutations.size() > kMaxMutations) {
        return sendApiError(ex, 400, "too_many_mutations",
                            "Send at most 500 mutations per request; this one had " +
                                std::to_string(mutations.size()) + ".");
    }
    MutationApplier applier(m_store.entities(), m_store.opLog());
    const MutationAuthor author{caller->workspaceId, caller->role, {caller->user.uid, caller->user.email}};
    // The whole batch commits before the reply is written, or not at all.
    SqlTransaction transaction(m_store.db());
    nlohmann::json results = applier.apply(author, mutations);
    transaction.commit();
    sendJson(ex, 200, {{"results", std::move(results)}});
}

} // namespace leadbox::devcloud
