#include "tools/devcloud/TestControls.h"

#include "tools/devcloud/DevcloudStore.h"

namespace leadbox::devcloud {

namespace {

void sendUserNotFound(Exchange& ex)
{
    sendApiError(ex, 404, "not_found", "There is no user with that email.");
}

} // namespace

TestControls::TestControls(DevcloudStore& store)
    : m_store(store)
{
}

void TestControls::install(httplib::Server& server)
{
    server.Get("/devcloud/v1/oobCodes", guarded(m_store, [this](Exchange& ex) { oobCodes(ex); }));
    server.Post("/devcloud/v1/users:disable", guarded(m_store, [this](Exchange& ex) { disable(ex); }));
    server.Post("/devcloud/v1/users:revokeTokens",
                guarded(m_store, [this](Exchange& ex) { revokeTokens(ex); }));
}

void TestControls::oobCodes(Exchange& ex)
{
    nlohmann::json codes = nlohmann::json::array();
    for (const auto& code : m_store.accounts().oobCodes(ex.req.get_param_value("email"))) {
        codes.push_back({{"email", code.email}, {"oobCode", code.code}, {"requestType", code.requestType}});
    }
    sendJson(ex, 200, {{"oobCodes", codes}});
}

void TestControls::disable(Exchange& ex)
{
    const auto body = jsonBody(ex);
    if (!body || !body->contains("disabled") || !(*body)["disabled"].is_boolean()) {
        return sendApiError(ex, 400, "invalid", "Send {\"email\": …, \"disabled\": true or false}.");
    }
    const auto user = m_store.accounts().findByEmail(stringField(*body, "email"));
    if (!user) {
        return sendUserNotFound(ex);
    }
    const bool disabled = (*body)["disabled"].get<bool>();
    m_store.accounts().setDisabled(user->uid, disabled);
    sendJson(ex, 200, {{"email", user->email}, {"disabled", disabled}});
}

void TestControls::revokeTokens(Exchange& ex)
{
    const auto body = jsonBody(ex);
    if (!body) {
        return sendApiError(ex, 400, "invalid", "Send {\"email\": …}.");
    }
    const auto user = m_store.accounts().findByEmail(stringField(*body, "email"));
    if (!user) {
        return sendUserNotFound(ex);
    }
    m_store.accounts().revokeTokens(user->uid);
    sendJson(ex, 200, {{"email", user->email}, {"revoked", true}});
}

} // namespace leadbox::devcloud
