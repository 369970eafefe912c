#pragma once

#include "tools/devcloud/SqliteDb.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace leadbox::devcloud {

struct UserRecord
{
    std::string uid;
    std::string email;
    std::string displayName;
    bool disabled = false;
    // Bumped by a revocation; ID tokens carrying an older generation are refused.
    std::int64_t tokenGeneration = 0;
};

struct RefreshTokenRecord
{
    std::string uid;
    bool expired = false; // retired by a password reset (TOKEN_EXPIRED) rather than unknown
};

struct OobCodeRecord
{
    std::string code;
    std::string email;
    std::string requestType;
    bool used = false;
};

// The email as devcloud compares it: ASCII lower case, trimmed.
std::string emailKey(const std::string& email);
std::int64_t nowMs();

// Users, password hashes (PBKDF2-SHA256), refresh tokens and out-of-band codes.
class AccountStore
{
public:
    explicit AccountStore(SqliteDb& db)
        : m_db(db)
    {
    }

    std::optional<UserRecord> findByEmail(const std::string& email);
    std::optional<UserRecord> findByUid(const std::string& uid);
    UserRecord create(const std::string& email, const std::string& password, const std::string& displayName);
    // A user vouched for by the Firebase Auth Emulator: no password here, created or refreshed.
    UserRecord upsertExternal(const std::string& uid, const std::string& email,
                              const std::string& displayName);

    bool checkPassword(const std::string& uid, const std::string& password);
    void setPassword(const std::string& uid, const std::string& password);
    void setDisabled(const std::string& uid, bool disabled);
    // Deletes the refresh tokens and invalidates every ID token issued so far.
    void revokeTokens(const std::string& uid);

    std::string issueRefreshToken(const std::string& uid);
    std::optional<RefreshTokenRecord> findRefreshToken(const std::string& token);
    void expireRefreshTokens(const std::string& uid);

    std::string createOobCode(const std::string& email, const std::string& requestType);
    std::optional<OobCodeRecord> findOobCode(const std::string& code);
    void markOobCodeUsed(const std::string& code);
    std::vector<OobCodeRecord> oobCodes(const std::string& email);

private:
    std::optional<UserRecord> findBy(const std::string& column, const std::string& value);

    SqliteDb& m_db;
};

} // namespace leadbox::devcloud
