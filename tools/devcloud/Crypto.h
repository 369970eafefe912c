#pragma once

#include <optional>
#include <string>
#include <vector>

namespace leadbox::devcloud {

using Bytes = std::vector<unsigned char>;

// The OpenSSL primitives devcloud needs: randomness, hashing, HMAC, PBKDF2 and base64url.
namespace crypto {

Bytes randomBytes(std::size_t count);
// A random opaque token, base64url without padding (refresh tokens, oob codes).
std::string randomToken(std::size_t bytes = 32);
// A random RFC 4122 version 4 UUID in lowercase hex.
std::string uuid();

std::string base64UrlEncode(const std::string& data);
std::string base64UrlEncode(const Bytes& data);
// Accepts input with or without padding; nullopt when it is not base64url.
std::optional<std::string> base64UrlDecode(const std::string& text);

Bytes hmacSha256(const Bytes& key, const std::string& message);
std::string sha256Hex(const std::string& data);
Bytes pbkdf2Sha256(const std::string& password, const Bytes& salt, int iterations);

// Compares in time that does not depend on where the inputs differ.
bool equalConstantTime(const Bytes& a, const Bytes& b);

} // namespace crypto
} // namespace leadbox::devcloud
