#include "tools/devcloud/CloudApi.h"

#include "tools/devcloud/Authenticator.h"
#include "tools/devcloud/DevcloudStore.h"
#include "tools/devcloud/LeadEntity.h"

#include <charconv>

namespace leadbox::devcloud {

namespace {

constexpr std::size_t kMaxWorkspaceName = 100;
constexpr int kDefaultLeadLimit = 100;
constexpr int kMaxLeadLimit = 1000;

std::string trimmed(const std::string& text)
{
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) {
        return {};
    }
    return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

// Characters, not bytes: UTF-8 continuation bytes do not count.
std::size_t characterCount(const std::string& text)
{
    std::size_t count = 0;
    for (const char c : text) {
        count += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    }
    return count;
}

nlohmann::json workspaceJson(const WorkspaceRecord& workspace)
{
    return {{"id", workspace.id},
            {"name", workspace.name},
            {"role", roleText(workspace.role)},
            {"plan", workspace.plan}};
}

} // namespace

CloudApi::CloudApi(DevcloudStore& store, Authenticator& auth)
    : m_store(store)
    , m_auth(auth)
{
}

void CloudApi::install(httplib::Server& server)
{
    server.Get("/v1/me", guarded(m_store, [this](Exchange& ex) { me(ex); }));
    server.Post("/v1/workspaces", guarded(m_store, [this](Exchange& ex) { createWorkspace(ex); }));
    server.Get("/v1/workspaces/([^/]+)/leads", guarded(m_store, [this](Exchange& ex) { leads(ex); }));
}

void CloudApi::me(Exchange& ex)
{
    const auto user = m_auth.authenticate(ex);
    if (!user) {
        return;
    }
    nlohmann::json workspaces = nlohmann::json::array();
    for (const auto& workspace : m_store.teams().workspacesOf(user->uid)) {
        workspaces.push_back(workspaceJson(workspace));
    }
    sendJson(ex, 200,
             {{"user", {{"uid", user->uid}, {"email", user->email}, {"displayName", user->displayName}}},
              {"workspaces", workspaces}});
}

void CloudApi::createWorkspace(Exchange& ex)
{
    const auto user = m_auth.authenticate(ex);
    if (!user) {
        return;
    }
    const auto body = jsonBody(ex);
    if (!body) {
        return sendApiError(ex, 400, "invalid", "The request body must be a JSON object.");
    }
    const std::string name = trimmed(stringField(*body, "name"));
    const std::size_t length = characterCount(name);
    if (length == 0 || length > kMaxWorkspaceName) {
        return sendApiError(ex, 400, "invalid", "A workspace name needs 1 to 100 characters.");
    }
    sendJson(ex, 201, workspaceJson(m_store.teams().createWorkspace(name, user->uid, user->email)));
}

void CloudApi::leads(Exchange& ex)
{
    const auto caller = m_auth.enterWorkspace(ex, ex.req.matches[1], Action::ViewLeads);
    if (!caller) {
        return;
    }
    int limit = kDefaultLeadLimit;
    if (ex.req.has_param("limit")) {
        const std::string text = ex.req.get_param_value("limit");
        const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), limit);
        if (error != std::errc() || end != text.data() + text.size() || limit < 1 || limit > kMaxLeadLimit) {
            return sendApiError(ex, 400, "invalid", "limit must be a whole number from 1 to 1000.");
        }
    }
    nlohmann::json leads = nlohmann::json::array();
    for (const auto& record : m_store.entities().live(caller->workspaceId, kLeadEntity, limit)) {
        leads.push_back(leadDocument(record));
    }
    sendJson(ex, 200, {{"leads", std::move(leads)}});
}

} // namespace leadbox::devcloud
