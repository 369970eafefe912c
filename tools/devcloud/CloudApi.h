#pragma once

#include "tools/devcloud/HttpSupport.h"

namespace leadbox::devcloud {

class Authenticator;
class DevcloudStore;

// The cloud API's account routes: /v1/me, workspace creation and the plain leads list. The team
// routes are in TeamRoutes, sync in SyncRoutes.
class CloudApi
{
public:
    CloudApi(DevcloudStore& store, Authenticator& auth);
    void install(httplib::Server& server);

private:
    void me(Exchange& ex);
    void createWorkspace(Exchange& ex);
    void leads(Exchange& ex);

    DevcloudStore& m_store;
    Authenticator& m_auth;
};

} // namespace leadbox::devcloud
