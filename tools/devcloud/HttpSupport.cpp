#include "tools/devcloud/HttpSupport.h"

#include "tools/devcloud/Crypto.h"
#include "tools/devcloud/DevcloudStore.h"

#include <iostream>

namespace leadbox::devcloud {

namespace {

const char* const kRequestIdHeader = "X-Request-Id";
const char* const kJsonType = "application/json; charset=utf-8";

nlohmann::json apiError(const std::string& code, const std::string& message, const std::string& requestId)
{
    return {{"error", {{"code", code}, {"message", message}, {"requestId", requestId}}}};
}

} // namespace

std::string requestIdOf(const httplib::Request& req)
{
    std::string id = req.get_header_value(kRequestIdHeader);
    // An ID is echoed only if it is short and printable; anything else gets a fresh one.
    const bool usable = !id.empty() && id.size() <= 128 && id.find_first_of("\r\n\"\\") == std::string::npos;
    return usable ? id : crypto::uuid();
}

httplib::Server::Handler answered(Route route, std::size_t maxBody)
{
    return [route = std::move(route), maxBody](const httplib::Request& req, httplib::Response& res) {
        Exchange ex{req, res, requestIdOf(req)};
        res.set_header(kRequestIdHeader, ex.requestId);
        if (req.body.size() > maxBody) {
            return sendApiError(ex, 413, "too_large",
                                "The request body is larger than " + std::to_string(maxBody / (1024 * 1024)) +
                                    " MB.");
        }
        try {
            route(ex);
        } catch (const std::exception& error) {
            std::cerr << "leadbox-devcloud: " << req.method << ' ' << req.path << " failed (request "
                      << ex.requestId << "): " << error.what() << '\n';
            sendApiError(ex, 500, "internal", "Devcloud could not complete the request.");
        }
    };
}

httplib::Server::Handler guarded(DevcloudStore& store, Route route, std::size_t maxBody)
{
    return answered(
        [&store, route = std::move(route)](Exchange& ex) {
            auto lock = store.lock();
            route(ex);
        },
        maxBody);
}

void configureServer(httplib::Server& server)
{
    server.new_task_queue = [] {
        return new httplib::ThreadPool(kWorkerThreads);
    };
    server.set_tcp_nodelay(true);
    server.set_payload_max_length(kMaxSyncBodyBytes);
}

void installFallbacks(httplib::Server& server)
{
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
                sendApiError(ex, 413, "too_large", "The request body is too large.");
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
    sendJsonText(ex, status, body.dump());
}

void sendJsonText(Exchange& ex, int status, std::string body)
{
    ex.res.status = status;
    ex.res.body = std::move(body); // what set_content() does, without copying a large feed page
    ex.res.headers.erase("Content-Type");
    // The charset parameter also keeps cpp-httplib from compressing: on loopback that only costs time.
    ex.res.set_header("Content-Type", kJsonType);
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
