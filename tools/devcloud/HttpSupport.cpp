#include "tools/devcloud/HttpSupport.h"

#include "tools/devcloud/Crypto.h"
#include "tools/devcloud/DevcloudStore.h"

#include <iostream>

namespace leadbox::devcloud {

namespace {

const char* const kRequestIdHeader = "X-Request-Id";

std::string requestIdOf(const httplib::Request& req)
{
    std::string id = req.get_header_value(kRequestIdHeader);
    // An ID is echoed only if it is short and printable; anything else gets a fresh one.
    const bool usable = !id.empty() && id.size() <= 128 && id.find_first_of("\r\n\"\\") == std::string::npos;
    return usable ? id : crypto::uuid();
}

nlohmann::json apiError(const std::string& code, const std::string& message, const std::string& requestId)
{
    return {{"error", {{"code", code}, {"message", message}, {"requestId", requestId}}}};
}

} // namespace

httplib::Server::Handler guarded(DevcloudStore& store, Route route)
{
    return [&store, route = std::move(route)](const httplib::Request& req, httplib::Response& res) {
        Exchange ex{req, res, requestIdOf(req)};
        res.set_header(kRequestIdHeader, ex.requestId);
        try {
            auto lock = store.lock();
            route(ex);
        } catch (const std::exception& error) {
            std::cerr << "leadbox-devcloud: " << req.method << ' ' << req.path << " failed: " << error.what()
                      << '\n';
            sendApiError(ex, 500, "internal", "Devcloud could not complete the request.");
        }
    };
}

void installFallbacks(httplib::Server& server)
{
    server.set_payload_max_length(kMaxBodyBytes);
    server.set_error_handler(
        httplib::Server::HandlerWithResponse([](const httplib::Request& req, httplib::Response& res) {
            if (!res.body.empty()) {
                return httplib::Server::HandlerResponse::Unhandled;
            }
            Exchange ex{req, res,
                        res.has_header(kRequestIdHeader) ? res.get_header_value(kRequestIdHeader)
                                                         : requestIdOf(req)};
            res.set_header(kRequestIdHeader, ex.requestId);
            if (res.status == 413) {
                sendApiError(ex, 413, "too_large", "The request body is larger than 1 MB.");
            } else if (res.status == 404) {
                sendApiError(ex, 404, "not_found", "There is no such endpoint.");
            } else if (res.status == 405) {
                sendApiError(ex, 405, "invalid", "That method is not allowed here.");
            } else {
                sendApiError(ex, res.status, "invalid", "The request could not be read.");
            }
            return httplib::Server::HandlerResponse::Handled;
        }));
}

void sendJson(Exchange& ex, int status, const nlohmann::json& body)
{
    ex.res.status = status;
    ex.res.set_content(body.dump(), "application/json; charset=utf-8");
}

void sendNoContent(Exchange& ex)
{
    ex.res.status = 204;
}

void sendApiError(Exchange& ex, int status, const std::string& code, const std::string& message)
{
    sendJson(ex, status, apiError(code, message, ex.requestId));
}

void sendFirebaseError(Exchange& ex, const std::string& message)
{
    sendJson(ex, 400,
             {{"error",
               {{"code", 400},
                {"message", message},
                {"errors", nlohmann::json::array(
                               {{{"message", message}, {"domain", "global"}, {"reason", "invalid"}}})}}}});
}

std::optional<nlohmann::json> jsonBody(const Exchange& ex)
{
    nlohmann::json body = nlohmann::json::parse(ex.req.body, nullptr, false);
    if (!body.is_object()) {
        return std::nullopt;
    }
    return body;
}

std::string stringField(const nlohmann::json& object, const char* key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

} // namespace leadbox::devcloud
