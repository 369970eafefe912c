#pragma once

#include "tools/devcloud/HttpSupport.h"

namespace leadbox::devcloud {

class Authenticator;
class DevcloudStore;

// Members and invites of a workspace: list, invite, change role, remove (or leave) and transfer
// ownership. Every decision comes from models/accounts/Permissions.
class TeamRoutes
{
public:
    TeamRoutes(DevcloudStore& store, Authenticator& auth);
    void install(httplib::Server& server);

private:
    void list(Exchange& ex);
    void invite(Exchange& ex);
    void changeRole(Exchange& ex);
    void remove(Exchange& ex);
    void transferOwnership(Exchange& ex);

    DevcloudStore& m_store;
    Authenticator& m_auth;
};

} // namespace leadbox::devcloud
