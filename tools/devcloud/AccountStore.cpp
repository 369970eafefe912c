#include "tools/devcloud/AccountStore.h"

#include "tools/devcloud/Crypto.h"

#include <algorithm>
#include <cctype>
#include <chrono>

namespace leadbox::devcloud {

namespace {

constexpr int kPbkdf2Iterations = 100000;

} // namespace

std::string emailKey(const std::string& email)
{
    std::string key;
    const auto first = email.find_first_not_of(" \t\r\n");
    const auto last = email.find_last_not_of(" \t\r\n");
    if (first != std::string::npos) {
        key = email.substr(first, last - first + 1);
    }
    std::transform(key.begin(), key.end(), key.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return key;
}

std::int64_t nowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

std::optional<UserRecord> AccountStore::findBy(const std::string& column, const std::string& value)
{
    // `column` is one of two fixed names chosen below, never input.
    auto query = m_db.prepare(
        "SELECT uid, email, display_name, disabled, token_generation FROM users WHERE " + column + " = ?");
    query.bind(value);
    if (!query.step()) {
        return std::nullopt;
    }
    return UserRecord{query.text(0), query.text(1), query.text(2), query.integer(3) != 0, query.integer(4)};
}

std::optional<UserRecord> AccountStore::findByEmail(const std::string& email)
{
    return findBy("email_key", emailKey(email));
}

std::optional<UserRecord> AccountStore::findByUid(const std::string& uid)
{
    return findBy("uid", uid);
}

UserRecord AccountStore::create(const std::string& email, const std::string& password,
                                const std::string& displayName)
{
    UserRecord user{crypto::randomToken(21).substr(0, 28), emailKey(email), displayName, false, 0};
    m_db.prepare("INSERT INTO users (uid, email, email_key, display_name, created_at) VALUES (?, ?, ?, ?, ?)")
        .bind(user.uid)
        .bind(user.email)
        .bind(user.email)
        .bind(displayName)
        .bind(nowMs())
        .run();
    setPassword(user.uid, password);
    return user;
}

UserRecord AccountStore::upsertExternal(const std::string& uid, const std::string& email,
                                        const std::string& displayName)
{
    // The emulator gives a known email (say a seeded one) its own uid: the local row and its
    // memberships follow the emulator's uid, so invites and seeded workspaces still match.
    if (const auto existing = findByEmail(email); existing && existing->uid != uid) {
        SqlTransaction transaction(m_db);
        m_db.prepare("DELETE FROM refresh_tokens WHERE uid = ?").bind(existing->uid).run();
        m_db.prepare("UPDATE members SET uid = ? WHERE uid = ?").bind(uid).bind(existing->uid).run();
        m_db.prepare("UPDATE users SET uid = ? WHERE uid = ?").bind(uid).bind(existing->uid).run();
        transaction.commit();
    }
    m_db.prepare("INSERT INTO users (uid, email, email_key, display_name, created_at) VALUES (?, ?, ?, ?, ?) "
                 "ON CONFLICT(uid) DO UPDATE SET email = excluded.email, email_key = excluded.email_key, "
                 "display_name = excluded.display_name")
        .bind(uid)
        .bind(emailKey(email))
        .bind(emailKey(email))
        .bind(displayName)
        .bind(nowMs())
        .run();
    return *findByUid(uid);
}

bool AccountStore::checkPassword(const std::string& uid, const std::string& password)
{
    auto query = m_db.prepare("SELECT salt, password_hash, iterations FROM users WHERE uid = ?");
    query.bind(uid);
    if (!query.step() || query.integer(2) <= 0) {
        return false;
    }
    const Bytes salt = query.blob(0);
    const Bytes expected = query.blob(1);
    return crypto::equalConstantTime(crypto::pbkdf2Sha256(password, salt, static_cast<int>(query.integer(2))),
                                     expected);
}

void AccountStore::setPassword(const std::string& uid, const std::string& password)
{
    const Bytes salt = crypto::randomBytes(16);
    m_db.prepare("UPDATE users SET salt = ?, password_hash = ?, iterations = ? WHERE uid = ?")
        .bindBlob(salt)
        .bindBlob(crypto::pbkdf2Sha256(password, salt, kPbkdf2Iterations))
        .bind(kPbkdf2Iterations)
        .bind(uid)
        .run();
}

void AccountStore::setDisabled(const std::string& uid, bool disabled)
{
    m_db.prepare("UPDATE users SET disabled = ? WHERE uid = ?").bind(disabled ? 1 : 0).bind(uid).run();
}

void AccountStore::revokeTokens(const std::string& uid)
{
    SqlTransaction transaction(m_db);
    m_db.prepare("DELETE FROM refresh_tokens WHERE uid = ?").bind(uid).run();
    m_db.prepare("UPDATE users SET token_generation = token_generation + 1 WHERE uid = ?").bind(uid).run();
    transaction.commit();
}

std::string AccountStore::issueRefreshToken(const std::string& uid)
{
    const std::string token = crypto::randomToken(48);
    m_db.prepare("INSERT INTO refresh_tokens (token_hash, uid, created_at) VALUES (?, ?, ?)")
        .bind(crypto::sha256Hex(token))
        .bind(uid)
        .bind(nowMs())
        .run();
    return token;
}

std::optional<RefreshTokenRecord> AccountStore::findRefreshToken(const std::string& token)
{
    auto query = m_db.prepare("SELECT uid, expired FROM refresh_tokens WHERE token_hash = ?");
    query.bind(crypto::sha256Hex(token));
    if (!query.step()) {
        return std::nullopt;
    }
    return RefreshTokenRecord{query.text(0), query.integer(1) != 0};
}

void AccountStore::expireRefreshTokens(const std::string& uid)
{
    m_db.prepare("UPDATE refresh_tokens SET expired = 1 WHERE uid = ?").bind(uid).run();
}

std::string AccountStore::createOobCode(const std::string& email, const std::string& requestType)
{
    const std::string code = crypto::randomToken(24);
    m_db.prepare(
            "INSERT INTO oob_codes (code, email, email_key, request_type, created_at) VALUES (?, ?, ?, ?, ?)")
        .bind(code)
        .bind(email)
        .bind(emailKey(email))
        .bind(requestType)
        .bind(nowMs())
        .run();
    return code;
}

std::optional<OobCodeRecord> AccountStore::findOobCode(const std::string& code)
{
    auto query = m_db.prepare("SELECT code, email, request_type, used FROM oob_codes WHERE code = ?");
    query.bind(code);
    if (!query.step()) {
        return std::nullopt;
    }
    return OobCodeRecord{query.text(0), query.text(1), query.text(2), query.integer(3) != 0};
}

void AccountStore::markOobCodeUsed(const std::string& code)
{
    m_db.prepare("UPDATE oob_codes SET used = 1 WHERE code = ?").bind(code).run();
}

std::vector<OobCodeRecord> AccountStore::oobCodes(const std::string& email)
{
    auto query = m_db.prepare("SELECT code, email, request_type, used FROM oob_codes WHERE email_key = ? AND "
                              "used = 0 ORDER BY created_at");
    query.bind(emailKey(email));
    std::vector<OobCodeRecord> codes;
    while (query.step()) {
        codes.push_back({query.text(0), query.text(1), query.text(2), false});
    }
    return codes;
}

} // namespace leadbox::devcloud
