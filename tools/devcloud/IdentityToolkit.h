#pragma once

#include "tools/devcloud/HttpSupport.h"

#include <cstdint>
#include <deque>
#include <map>
#include <string>

namespace leadbox::devcloud {

class DevcloudStore;
class TokenSigner;

// The Firebase Identity Toolkit and Secure Token subset, under the Firebase Auth Emulator's paths and
// with Firebase's request shapes, response shapes and error strings.
class IdentityToolkit
{
public:
    IdentityToolkit(DevcloudStore& store, const TokenSigner& signer);
    void install(httplib::Server& server);

private:
    void signUp(Exchange& ex);
    void signIn(Exchange& ex);
    void lookup(Exchange& ex);
    void sendOobCode(Exchange& ex);
    void resetPassword(Exchange& ex);
    void refresh(Exchange& ex);

    // Five failed sign-ins for one email within 60 s lock it out until the oldest falls out of the window.
    bool lockedOut(const std::string& emailKey);
    void recordFailure(const std::string& emailKey);

    DevcloudStore& m_store;
    const TokenSigner& m_signer;
    std::map<std::string, std::deque<std::int64_t>> m_failures; // guarded by the store lock
};

// A pragmatic address check: one "@", something before it, a dot in the domain, no spaces.
bool plausibleEmail(const std::string& email);

} // namespace leadbox::devcloud
