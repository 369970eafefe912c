#pragma once

#include "tools/devcloud/HttpSupport.h"

namespace leadbox::devcloud {

class Authenticator;
class DevcloudStore;
class FaultInjector;

// Offline-first sync (docs/cloud-api.md): the change feed GET /v1/workspaces/{ws}/changes and the
// idempotent batch POST /v1/workspaces/{ws}/mutations, both behind the test fault rules.
class SyncRoutes
{
public:
    SyncRoutes(DevcloudStore& store, Authenticator& auth, FaultInjector& faults);
    void install(httplib::Server& server);

private:
    void changes(Exchange& ex);
    void mutations(Exchange& ex);

    DevcloudStore& m_store;
    Authenticator& m_auth;
    FaultInjector& m_faults;
};

} // namespace leadbox::devcloud
