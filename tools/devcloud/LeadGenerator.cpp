#include "tools/devcloud/LeadGenerator.h"

#include "tools/devcloud/ChangeJson.h"
#include "tools/devcloud/LeadEntity.h"

#include <array>
#include <cstdio>
#include <ctime>

namespace leadbox::devcloud {

namespace {

constexpr const char* kFirstNames[] = {"Ada",   "Ben",  "Chloé", "Dmitri", "Elif", "Farah",
                                       "Goran", "Hana", "Ines",  "Jonas",  "Kofi", "Lena",
                                       "Mateo", "Noor", "Oskar", "Priya"};
constexpr const char* kLastNames[] = {"Adeyemi", "Becker",   "Castillo", "Dubois", "Eriksen",  "Fischer",
                                      "García",  "Haddad",   "Ivanova",  "Jensen", "Kowalski", "Lindqvist",
                                      "Müller",  "Nakamura", "Okafor",   "Petrov"};
constexpr const char* kCompanies[] = {"Northwind",   "Initech", "Umbrella Labs",    "Stark Freight",
                                      "Wayne Foods", "Hooli",   "Vandelay Imports", "Soylent",
                                      "Cyberdyne",   "Tyrell"};
constexpr const char* kTags[] = {"vip", "newsletter", "trade-fair", "webinar", "partner", "cold"};
constexpr const char* kSources[] = {"Website form", "Trade fair 2024", "Referral", "LinkedIn", "Import"};
// models/leads/Lead's status names, by rank.
constexpr const char* kStatuses[] = {"new", "contacted", "qualified", "customer", "lost"};

constexpr std::int64_t kFirstCreated = 1704704400; // 2024-01-08T09:00:00Z
constexpr std::int64_t kHour = 3600;
constexpr std::int64_t kDay = 24 * kHour;

std::string isoSeconds(std::int64_t epochSeconds)
{
    const std::time_t time = static_cast<std::time_t>(epochSeconds);
    std::tm parts{};
    gmtime_r(&time, &parts);
    std::array<char, 32> text{};
    std::strftime(text.data(), text.size(), "%Y-%m-%dT%H:%M:%S.000Z", &parts);
    return text.data();
}

void member(std::string& out, const char* key, std::string_view value)
{
    out += out.size() > 1 ? ",\"" : "\"";
    out += key;
    out += "\":";
    appendJsonString(out, value);
}

} // namespace

LeadGenerator::LeadGenerator(std::uint32_t seed, std::string idPrefix, std::string emailStem,
                             std::string domain)
    : m_state(seed)
    , m_idPrefix(std::move(idPrefix))
    , m_emailStem(std::move(emailStem))
    , m_domain(std::move(domain))
{
}

std::size_t LeadGenerator::next(std::size_t bound)
{
    m_state = m_state * 1664525u + 1013904223u;
    return (m_state >> 8) % bound;
}

GeneratedLead LeadGenerator::make(std::int64_t index)
{
    std::array<char, 64> id{};
    std::snprintf(id.data(), id.size(), "%s-0000-4000-8000-%012lld", m_idPrefix.c_str(),
                  static_cast<long long>(index));
    std::array<char, 32> phone{};
    std::snprintf(phone.data(), phone.size(), "+1 555 %04lld", static_cast<long long>(1000 + index));

    // The same draws in the same order as ever, so the demo leads stay what they were.
    const char* firstName = kFirstNames[next(std::size(kFirstNames))];
    const char* lastName = kLastNames[next(std::size(kLastNames))];
    const char* company = kCompanies[next(std::size(kCompanies))];
    const char* status = kStatuses[next(std::size(kStatuses))];
    std::string tags = "[";
    std::array<const char*, 3> chosen{};
    std::size_t chosenCount = 0;
    for (std::size_t t = next(3); t > 0; --t) {
        const char* tag = kTags[next(std::size(kTags))];
        bool seen = false;
        for (std::size_t i = 0; i < chosenCount; ++i) {
            seen = seen || chosen[i] == tag;
        }
        if (!seen) {
            chosen[chosenCount++] = tag;
            tags += chosenCount > 1 ? ",\"" : "\"";
            tags += tag;
            tags += '"';
        }
    }
    tags += ']';
    const char* source = kSources[next(std::size(kSources))];
    const std::int64_t created = kFirstCreated + index * 3 * kHour;
    const std::int64_t updated = created + static_cast<std::int64_t>(next(30)) * kDay;
    const char* consent = next(4) == 0 ? "unknown" : "granted";

    GeneratedLead lead;
    lead.id = id.data();
    lead.email = m_emailStem + std::to_string(index) + '@' + m_domain;
    std::string& data = lead.data;
    data.reserve(400);
    data = "{";
    member(data, "company", company);
    member(data, "consent", consent);
    member(data, "createdAt", isoSeconds(created));
    data += ",\"custom\":{}";
    member(data, "email", lead.email);
    member(data, "firstName", firstName);
    member(data, "lastName", lastName);
    member(data, "phone", phone.data());
    member(data, "source", source);
    member(data, "status", status);
    data += ",\"tags\":";
    data += tags;
    member(data, "updatedAt", isoSeconds(updated));
    data += '}';
    return lead;
}

std::string LeadGenerator::fieldVersions(std::int64_t version)
{
    const std::string v = std::to_string(version);
    std::string text = "{";
    for (const char* field :
         {"company", "consent", "email", "firstName", "lastName", "phone", "source", "status", "tags"}) {
        text += text.size() > 1 ? ",\"" : "\"";
        text += field;
        text += "\":";
        text += v;
    }
    text += '}';
    return text;
}

void addGeneratedLeads(EntityStore& store, const std::string& workspaceId, LeadGenerator& generator,
                       std::int64_t firstIndex, std::int64_t count)
{
    if (count <= 0) {
        return;
    }
    const std::int64_t firstVersion = store.reserveVersions(workspaceId, count);
    const std::string now = isoNow();
    EntityRecord record;
    record.entity = kLeadEntity;
    record.updatedBy = kDevcloudActor;
    record.updatedAt = now;
    for (std::int64_t i = 0; i < count; ++i) {
        GeneratedLead lead = generator.make(firstIndex + i);
        record.id = std::move(lead.id);
        record.version = firstVersion + i;
        record.data = std::move(lead.data);
        record.fieldVersions = LeadGenerator::fieldVersions(record.version);
        store.put(workspaceId, record, lead.email); // generated emails are lower-case ASCII: their own key
    }
}

} // namespace leadbox::devcloud
