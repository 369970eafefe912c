#include "tools/devcloud/ChangeJson.h"

namespace leadbox::devcloud {

void appendJsonString(std::string& out, std::string_view text)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out += '"';
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (byte < 0x20) {
            out += "\\u00";
            out += kHex[byte >> 4];
            out += kHex[byte & 0xF];
        } else {
            out += c; // UTF-8 passes through: the stored text was valid JSON
        }
    }
    out += '"';
}

void appendChange(std::string& out, const EntityRecord& record)
{
    out += "{\"entity\":";
    appendJsonString(out, record.entity);
    out += ",\"id\":";
    appendJsonString(out, record.id);
    out += ",\"version\":";
    out += std::to_string(record.version);
    out += record.deleted ? ",\"deleted\":true,\"data\":" : ",\"deleted\":false,\"data\":";
    out += record.data;
    out += ",\"fieldVersions\":";
    out += record.fieldVersions;
    out += ",\"updatedBy\":{\"uid\":";
    appendJsonString(out, record.updatedBy.uid);
    out += ",\"email\":";
    appendJsonString(out, record.updatedBy.email);
    out += "},\"updatedAt\":";
    appendJsonString(out, record.updatedAt);
    out += '}';
}

nlohmann::json changeObject(const EntityRecord& record)
{
    std::string text;
    appendChange(text, record);
    return nlohmann::json::parse(text);
}

} // namespace leadbox::devcloud
