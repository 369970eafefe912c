#pragma once

#include <functional>
#include <httplib.h>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace leadbox::devcloud {

class DevcloudStore;

// One request in flight: devcloud's handlers read `req`, answer through the helpers below, and every
// answer carries `requestId` (the client's X-Request-Id, or a fresh UUID).
struct Exchange
{
    const httplib::Request& req;
    httplib::Response& res;
    std::string requestId;
};

using Route = std::function<void(Exchange&)>;

inline constexpr std::size_t kMaxBodyBytes = 1024 * 1024;

// Wraps a route: request ID echo, the store lock held for the whole request, and a 500 envelope for
// anything unexpected.
httplib::Server::Handler guarded(DevcloudStore& store, Route route);
// Answers unmatched paths (404), oversized bodies (413) and uncaught errors in the cloud envelope.
void installFallbacks(httplib::Server& server);

void sendJson(Exchange& ex, int status, const nlohmann::json& body);
void sendNoContent(Exchange& ex);
// {"error":{"code","message","requestId"}}
void sendApiError(Exchange& ex, int status, const std::string& code, const std::string& message);
// Firebase's shape: HTTP 400 {"error":{"code":400,"message":M,"errors":[{"message":M,"domain":"global",
// "reason":"invalid"}]}}
void sendFirebaseError(Exchange& ex, const std::string& message);

// The body as a JSON object; nullopt (nothing sent yet) when it is not one.
std::optional<nlohmann::json> jsonBody(const Exchange& ex);
// A string member, or empty when missing or of another type.
std::string stringField(const nlohmann::json& object, const char* key);

} // namespace leadbox::devcloud
