#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace leadbox::devcloud {

// leadbox-devcloud's command line.
struct DevcloudOptions
{
    int port = 8787;
    std::string dataFile; // empty: in memory
    bool seedDemo = false;
    std::int64_t tokenLifetime = 3600;
    std::string authEmulator; // HOST:PORT of a Firebase Auth Emulator whose tokens to trust
    std::string project = "leadbox-dev";
    bool help = false;
};

// Parses argv; on a mistake returns nullopt and sets `error` to a sentence.
std::optional<DevcloudOptions> parseOptions(const std::vector<std::string>& args, std::string& error);
std::string usage();

} // namespace leadbox::devcloud
