#include "tools/devcloud/FaultInjector.h"

#include <chrono>
#include <memory>

namespace leadbox::devcloud {

namespace {

constexpr int kMaxCount = 100000;
constexpr int kMaxStallMs = 600000;
constexpr int kMaxRetryAfter = 86400;

const char* kindName(FaultInjector::Kind kind)
{
    switch (kind) {
    case FaultInjector::Kind::Stall:
        return "stall";
    case FaultInjector::Kind::Drop:
        return "drop";
    case FaultInjector::Kind::ApplyThenDrop:
        return "applyThenDrop";
    case FaultInjector::Kind::Status:
        break;
    }
    return "status";
}

std::optional<FaultInjector::Kind> kindFromName(const std::string& name)
{
    for (const auto kind : {FaultInjector::Kind::Status, FaultInjector::Kind::Stall,
                            FaultInjector::Kind::Drop, FaultInjector::Kind::ApplyThenDrop}) {
        if (name == kindName(kind)) {
            return kind;
        }
    }
    return std::nullopt;
}

bool matches(const std::string& path, SyncRoute route)
{
    return path == "any" || (path == "changes" && route == SyncRoute::Changes) ||
           (path == "mutations" && route == SyncRoute::Mutations);
}

nlohmann::json ruleJson(const FaultInjector::Rule& rule)
{
    nlohmann::json json{{"path", rule.path}, {"kind", kindName(rule.kind)}, {"count", rule.count}};
    if (rule.kind == FaultInjector::Kind::Status) {
        json["status"] = rule.status;
        if (rule.retryAfter) {
            json["retryAfter"] = *rule.retryAfter;
        }
    } else if (rule.kind == FaultInjector::Kind::Stall) {
        json["stallMs"] = rule.stallMs;
    }
    return json;
}

// Reads an optional whole number in [min, max] into `out`; false when present but not one.
bool readNumber(const nlohmann::json& body, const char* key, int min, int max, int& out)
{
    const auto it = body.find(key);
    if (it == body.end()) {
        return true;
    }
    if (!it->is_number_integer() || it->get<std::int64_t>() < min || it->get<std::int64_t>() > max) {
        return false;
    }
    out = it->get<int>();
    return true;
}

std::string errorCodeFor(int status)
{
    if (status == 429) {
        return "rate_limited";
    }
    if (status == 502 || status == 503 || status == 504) {
        return "unavailable";
    }
    return status >= 500 ? "internal" : "invalid";
}

// Promises the whole body in Content-Length, sends half of it and closes the connection.
void cutShort(httplib::Response& res)
{
    auto body = std::make_shared<std::string>(std::move(res.body));
    res.body.clear();
    const std::string type = res.get_header_value("Content-Type");
    res.headers.erase("Content-Type");
    res.set_content_provider(
        body->size(), type, [body](std::size_t offset, std::size_t, httplib::DataSink& sink) {
            if (offset == 0) {
                sink.write(body->data(), body->size() / 2);
            }
            return false; // cpp-httplib gives up on the response and closes the connection
        });
}

} // namespace

void FaultInjector::install(httplib::Server& server)
{
    const auto bind = [this](void (FaultInjector::*method)(Exchange&)) {
        return answered([this, method](Exchange& ex) { (this->*method)(ex); });
    };
    server.Post("/devcloud/v1/faults", bind(&FaultInjector::add));
    server.Get("/devcloud/v1/faults", bind(&FaultInjector::list));
    server.Delete("/devcloud/v1/faults", bind(&FaultInjector::clear));
}

httplib::Server::Handler FaultInjector::wrap(SyncRoute route, httplib::Server::Handler handler)
{
    return [this, route, handler = std::move(handler)](const httplib::Request& req, httplib::Response& res) {
        const auto rule = take(route);
        if (!rule) {
            return handler(req, res);
        }
        switch (rule->kind) {
        case Kind::Stall:
            stall(rule->stallMs);
            return handler(req, res);
        case Kind::Status: {
            Exchange ex{req, res, requestIdOf(req)};
            res.set_header("X-Request-Id", ex.requestId);
            if (rule->retryAfter) {
                res.set_header("Retry-After", std::to_string(*rule->retryAfter));
            }
            return sendApiError(ex, rule->status, errorCodeFor(rule->status),
                                "Devcloud failed this request on purpose (a test fault). Try again later.");
        }
        case Kind::Drop: {
            // Nothing is handled: the reply starts like any other and then breaks off.
            Exchange ex{req, res, requestIdOf(req)};
            res.set_header("X-Request-Id", ex.requestId);
            sendJsonText(ex, 200, "{" + std::string(4094, ' ') + "}");
            return cutShort(res);
        }
        case Kind::ApplyThenDrop:
            handler(req, res);
            if (res.status >= 200 && res.status < 300) {
                cutShort(res);
            }
            return;
        }
    };
}

void FaultInjector::shutDown()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_stopping = true;
    m_wake.notify_all();
}

std::optional<FaultInjector::Rule> FaultInjector::take(SyncRoute route)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    for (auto it = m_rules.begin(); it != m_rules.end(); ++it) {
        if (matches(it->path, route)) {
            Rule rule = *it;
            if (--it->count == 0) {
                m_rules.erase(it);
            }
            return rule;
        }
    }
    return std::nullopt;
}

void FaultInjector::stall(int milliseconds)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    const std::uint64_t generation = m_generation;
    m_wake.wait_for(lock, std::chrono::milliseconds(milliseconds),
                    [&] { return m_stopping || m_generation != generation; });
}

void FaultInjector::add(Exchange& ex)
{
    const auto body = jsonBody(ex);
    if (!body) {
        return sendApiError(ex, 400, "invalid", "The request body must be a JSON object.");
    }
    Rule rule;
    rule.path = stringField(*body, "path");
    if (rule.path != "changes" && rule.path != "mutations" && rule.path != "any") {
        return sendApiError(ex, 400, "invalid", "path is \"changes\", \"mutations\" or \"any\".");
    }
    const auto kind = kindFromName(stringField(*body, "kind"));
    if (!kind) {
        return sendApiError(ex, 400, "invalid",
                            "kind is \"status\", \"stall\", \"drop\" or \"applyThenDrop\".");
    }
    rule.kind = *kind;
    if (rule.kind == Kind::ApplyThenDrop && rule.path != "mutations") {
        return sendApiError(ex, 400, "invalid", "applyThenDrop applies to the path \"mutations\" only.");
    }
    int retryAfter = -1;
    if (!readNumber(*body, "count", 1, kMaxCount, rule.count) ||
        !readNumber(*body, "status", 400, 599, rule.status) ||
        !readNumber(*body, "retryAfter", 0, kMaxRetryAfter, retryAfter) ||
        !readNumber(*body, "stallMs", 1, kMaxStallMs, rule.stallMs)) {
        return sendApiError(ex, 400, "invalid",
                            "count is 1 to 100000, status 400 to 599, retryAfter 0 to 86400 seconds and "
                            "stallMs 1 to 600000.");
    }
    if (retryAfter >= 0) {
        rule.retryAfter = retryAfter;
    }
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_rules.push_back(rule);
    }
    sendJson(ex, 201, ruleJson(rule));
}

void FaultInjector::list(Exchange& ex)
{
    nlohmann::json rules = nlohmann::json::array();
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        for (const auto& rule : m_rules) {
            rules.push_back(ruleJson(rule));
        }
    }
    sendJson(ex, 200, {{"faults", rules}});
}

void FaultInjector::clear(Exchange& ex)
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_rules.clear();
        ++m_generation;
    }
    m_wake.notify_all();
    sendNoContent(ex);
}

} // namespace leadbox::devcloud
