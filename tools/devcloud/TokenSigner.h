#pragma once

#include "tools/devcloud/AccountStore.h"
#include "tools/devcloud/Crypto.h"

#include <cstdint>
#include <string>

namespace leadbox::devcloud {

struct IdTokenClaims
{
    std::string uid;
    std::string email;
    std::string name;
    std::string project; // the audience
    std::int64_t issuedAt = 0;
    std::int64_t expiresAt = 0;
    std::int64_t generation = 0; // devcloud's revocation counter ("devcloud_gen")
};

enum class TokenStatus
{
    Valid,
    Invalid, // malformed, bad signature, wrong issuer or audience
    Expired,
};

struct VerifiedToken
{
    TokenStatus status = TokenStatus::Invalid;
    IdTokenClaims claims;
};

// Issues and checks devcloud's ID tokens: Firebase-shaped JWTs signed with HS256.
class TokenSigner
{
public:
    TokenSigner(Bytes key, std::string project, std::int64_t lifetimeSeconds);

    std::string issue(const UserRecord& user) const;
    VerifiedToken verify(const std::string& token) const;
    std::int64_t lifetimeSeconds() const { return m_lifetime; }
    const std::string& project() const { return m_project; }

private:
    Bytes m_key;
    std::string m_project;
    std::int64_t m_lifetime;
};

// Checks an unsigned (alg "none") ID token from the Firebase Auth Emulator: issuer and audience must
// name the same "demo-*" project, and it must not have expired.
VerifiedToken verifyEmulatorToken(const std::string& token);

std::int64_t nowSeconds();

} // namespace leadbox::devcloud
