#pragma once

#include "tools/devcloud/HttpSupport.h"

namespace leadbox::devcloud {

class DevcloudStore;

// Test-only controls under /devcloud/v1: read password-reset codes, disable a user, revoke a user's
// tokens. Like everything in devcloud they are reachable on loopback only.
class TestControls
{
public:
    explicit TestControls(DevcloudStore& store);
    void install(httplib::Server& server);

private:
    void oobCodes(Exchange& ex);
    void disable(Exchange& ex);
    void revokeTokens(Exchange& ex);

    DevcloudStore& m_store;
};

} // namespace leadbox::devcloud
