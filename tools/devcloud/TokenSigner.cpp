#include "tools/devcloud/TokenSigner.h"

#include <chrono>
#include <nlohmann/json.hpp>
#include <optional>
#include <type_traits>
#include <utility>

namespace leadbox::devcloud {

namespace {

const std::string kIssuerPrefix = "https://securetoken.google.com/";

struct JwtParts
{
    nlohmann::json header;
    nlohmann::json payload;
    std::string signingInput;
    std::string signature;
};

std::optional<JwtParts> split(const std::string& token)
{
    const auto first = token.find('.');
    const auto second = first == std::string::npos ? first : token.find('.', first + 1);
    if (second == std::string::npos || token.find('.', second + 1) != std::string::npos) {
        return std::nullopt;
    }
    const auto header = crypto::base64UrlDecode(token.substr(0, first));
    const auto payload = crypto::base64UrlDecode(token.substr(first + 1, second - first - 1));
    const auto signature = crypto::base64UrlDecode(token.substr(second + 1));
    if (!header || !payload || !signature) {
        return std::nullopt;
    }
    JwtParts parts;
    parts.header = nlohmann::json::parse(*header, nullptr, false);
    parts.payload = nlohmann::json::parse(*payload, nullptr, false);
    if (!parts.header.is_object() || !parts.payload.is_object()) {
        return std::nullopt;
    }
    parts.signingInput = token.substr(0, second);
    parts.signature = *signature;
    return parts;
}

template <typename T>
T field(const nlohmann::json& object, const char* key, T fallback)
{
    const auto it = object.find(key);
    if (it == object.end()) {
        return fallback;
    }
    if constexpr (std::is_same_v<T, std::string>) {
        return it->is_string() ? it->template get<std::string>() : fallback;
    } else {
        return it->is_number_integer() ? it->template get<T>() : fallback;
    }
}

// Reads the standard claims, checks issuer/audience agreement and expiry.
VerifiedToken readClaims(const nlohmann::json& payload)
{
    VerifiedToken result;
    IdTokenClaims& claims = result.claims;
    claims.project = field<std::string>(payload, "aud", {});
    claims.uid = field<std::string>(payload, "sub", {});
    claims.email = field<std::string>(payload, "email", {});
    claims.name = field<std::string>(payload, "name", {});
    claims.issuedAt = field<std::int64_t>(payload, "iat", 0);
    claims.expiresAt = field<std::int64_t>(payload, "exp", 0);
    claims.generation = field<std::int64_t>(payload, "devcloud_gen", 0);
    if (claims.project.empty() || claims.uid.empty() || claims.expiresAt == 0 ||
        field<std::string>(payload, "iss", {}) != kIssuerPrefix + claims.project) {
        return result;
    }
    result.status = claims.expiresAt <= nowSeconds() ? TokenStatus::Expired : TokenStatus::Valid;
    return result;
}

} // namespace

std::int64_t nowSeconds()
{
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

TokenSigner::TokenSigner(Bytes key, std::string project, std::int64_t lifetimeSeconds)
    : m_key(std::move(key))
    , m_project(std::move(project))
    , m_lifetime(lifetimeSeconds)
{
}

std::string TokenSigner::issue(const UserRecord& user) const
{
    const std::int64_t now = nowSeconds();
    const nlohmann::json header = {{"alg", "HS256"}, {"typ", "JWT"}, {"kid", "devcloud"}};
    nlohmann::json payload = {
        {"iss", kIssuerPrefix + m_project},
        {"aud", m_project},
        {"auth_time", now},
        {"user_id", user.uid},
        {"sub", user.uid},
        {"iat", now},
        {"exp", now + m_lifetime},
        {"email", user.email},
        {"email_verified", false},
        {"firebase", {{"identities", {{"email", {user.email}}}}, {"sign_in_provider", "password"}}},
        {"devcloud_gen", user.tokenGeneration},
    };
    if (!user.displayName.empty()) {
        payload["name"] = user.displayName;
    }
    const std::string input =
        crypto::base64UrlEncode(header.dump()) + "." + crypto::base64UrlEncode(payload.dump());
    return input + "." + crypto::base64UrlEncode(crypto::hmacSha256(m_key, input));
}

VerifiedToken TokenSigner::verify(const std::string& token) const
{
    const auto parts = split(token);
    if (!parts || field<std::string>(parts->header, "alg", {}) != "HS256") {
        return {};
    }
    const Bytes expected = crypto::hmacSha256(m_key, parts->signingInput);
    if (!crypto::equalConstantTime(expected, Bytes(parts->signature.begin(), parts->signature.end()))) {
        return {};
    }
    VerifiedToken result = readClaims(parts->payload);
    if (result.claims.project != m_project) {
        return {};
    }
    return result;
}

VerifiedToken verifyEmulatorToken(const std::string& token)
{
    const auto parts = split(token);
    if (!parts || field<std::string>(parts->header, "alg", {}) != "none") {
        return {};
    }
    VerifiedToken result = readClaims(parts->payload);
    if (result.claims.project.rfind("demo-", 0) != 0) {
        return {};
    }
    return result;
}

} // namespace leadbox::devcloud
