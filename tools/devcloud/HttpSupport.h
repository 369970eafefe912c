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

// The body limit of most routes, and of a batch of mutations (500 whole leads fit many times over).
inline constexpr std::size_t kMaxBodyBytes = 1024 * 1024;
inline constexpr std::size_t kMaxSyncBodyBytes = 16 * 1024 * 1024;
// Enough workers that stalled requests (FaultInjector) and idle keep-alive connections leave others
// served.
inline constexpr std::size_t kWorkerThreads = 32;

// The client's X-Request-Id when it is usable, else a fresh UUID.
std::string requestIdOf(const httplib::Request& req);

// Wraps a route: request ID echo, a 413 for a body over `maxBody`, and a 500 envelope for anything
// unexpected.
httplib::Server::Handler answered(Route route, std::size_t maxBody = kMaxBodyBytes);
// answered(), with the store lock held for the whole request.
httplib::Server::Handler guarded(DevcloudStore& store, Route route, std::size_t maxBody = kMaxBodyBytes);
// Worker threads, TCP_NODELAY (without it every small reply waits ~40 ms for a delayed ACK) and the
// server-wide body limit.
void configureServer(httplib::Server& server);
// Answers unmatched paths (404), oversized bodies (413) and uncaught errors in the cloud envelope.
void installFallbacks(httplib::Server& server);

void sendJson(Exchange& ex, int status, const nlohmann::json& body);
// `body` is JSON text already.
void sendJsonText(Exchange& ex, int status, std::string body);
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
