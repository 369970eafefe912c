#pragma once

#include "tools/devcloud/HttpSupport.h"

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <mutex>
#include <optional>

namespace leadbox::devcloud {

// The sync routes a fault rule can target.
enum class SyncRoute
{
    Changes,
    Mutations,
};

// Test-only failures for the sync routes, set through /devcloud/v1/faults: the next N matching
// requests get an error status (with Retry-After), a stall, or their connection cut mid-response,
// before or after their batch is applied. Stalls wait outside the store lock, so other requests go on.
class FaultInjector
{
public:
    enum class Kind
    {
        Status,
        Stall,
        Drop,
        ApplyThenDrop,
    };

    struct Rule
    {
        std::string path; // "changes", "mutations" or "any" (either)
        Kind kind = Kind::Status;
        int count = 1;
        int status = 503;
        std::optional<int> retryAfter;
        int stallMs = 15000;
    };

    // POST, GET and DELETE /devcloud/v1/faults.
    void install(httplib::Server& server);
    // `handler` with the rules applied in front of it.
    httplib::Server::Handler wrap(SyncRoute route, httplib::Server::Handler handler);
    // Ends every stall, now and later: the server is stopping.
    void shutDown();

private:
    std::optional<Rule> take(SyncRoute route);
    void stall(int milliseconds);
    void add(Exchange& ex);
    void list(Exchange& ex);
    void clear(Exchange& ex);

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Rule> m_rules;
    std::uint64_t m_generation = 0; // bumped by clear(): ends the stalls in progress
    bool m_stopping = false;
};

} // namespace leadbox::devcloud
