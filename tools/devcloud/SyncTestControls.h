#pragma once

#include "tools/devcloud/HttpSupport.h"

namespace leadbox::devcloud {

class DevcloudStore;

// Test-only views into and shortcuts around the sync store, under /devcloud/v1/workspaces/{ws}: its
// counters, one lead as the feed shows it, and bulk generated leads for the pull benchmark.
class SyncTestControls
{
public:
    explicit SyncTestControls(DevcloudStore& store);
    void install(httplib::Server& server);

private:
    void stats(Exchange& ex);
    void lead(Exchange& ex);
    void seedLeads(Exchange& ex);

    DevcloudStore& m_store;
};

} // namespace leadbox::devcloud
