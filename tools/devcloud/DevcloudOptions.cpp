#include "tools/devcloud/DevcloudOptions.h"

#include <charconv>

namespace leadbox::devcloud {

namespace {

bool parseNumber(const std::string& text, std::int64_t min, std::int64_t max, std::int64_t& out)
{
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), out);
    return error == std::errc() && end == text.data() + text.size() && out >= min && out <= max;
}

} // namespace

std::string usage()
{
    return "usage: leadbox-devcloud [--port N] [--data FILE] [--seed demo] [--token-lifetime SECONDS]\n"
           "                        [--auth-emulator HOST:PORT] [--project ID]\n"
           "\n"
           "Serves the LeadBox Cloud API and a Firebase Identity Toolkit subset on 127.0.0.1 for tests and\n"
           "local trials (docs/cloud-api.md). --port 0 picks a free port. Without --data the state lives in\n"
           "memory. Prints \"leadbox-devcloud listening on http://127.0.0.1:PORT\" when ready.\n";
}

std::optional<DevcloudOptions> parseOptions(const std::vector<std::string>& args, std::string& error)
{
    DevcloudOptions options;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (arg == "--help" || arg == "-h") {
            options.help = true;
            continue;
        }
        if (i + 1 >= args.size()) {
            error = arg.rfind("--", 0) == 0 ? arg + " needs a value." : "Unknown argument: " + arg;
            return std::nullopt;
        }
        const std::string& value = args[++i];
        std::int64_t number = 0;
        if (arg == "--port") {
            if (!parseNumber(value, 0, 65535, number)) {
                error = "--port takes a number from 0 to 65535.";
                return std::nullopt;
            }
            options.port = static_cast<int>(number);
        } else if (arg == "--data") {
            options.dataFile = value;
        } else if (arg == "--seed") {
            if (value != "demo") {
                error = "--seed knows only \"demo\".";
                return std::nullopt;
            }
            options.seedDemo = true;
        } else if (arg == "--token-lifetime") {
            if (!parseNumber(value, 1, 7 * 24 * 3600, options.tokenLifetime)) {
                error = "--token-lifetime takes a number of seconds from 1 to 604800.";
                return std::nullopt;
            }
        } else if (arg == "--auth-emulator") {
            if (value.find(':') == std::string::npos) {
                error = "--auth-emulator takes HOST:PORT, for example 127.0.0.1:9099.";
                return std::nullopt;
            }
            options.authEmulator = value;
        } else if (arg == "--project") {
            options.project = value;
        } else {
            error = "Unknown argument: " + arg;
            return std::nullopt;
        }
    }
    return options;
}

} // namespace leadbox::devcloud
