// Writes a deterministic CSV of N synthetic leads for the import, export and query benchmarks,
// and optionally a list of search strings drawn from those same rows.
//
//   generate_leads --rows N [--out FILE] [--queries FILE] [--query-count 200] [--seed S]
//
// Columns: email, first_name, last_name, company, phone, status, tags, source, created_at.
// Every email is unique (it carries the row number); some names and companies have non-ASCII
// letters; tags is a comma list, quoted when it holds more than one tag. Plain C++ so that a
// million rows take about a second. Prints nothing but the files it is asked for.

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace {

// splitmix64: tiny, fast and the same on every platform, so the data never depends on the libc.
class Random
{
public:
    explicit Random(std::uint64_t seed)
        : m_state(seed)
    {
    }

    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    // Uniform in [0, bound).
    std::size_t below(std::size_t bound) { return static_cast<std::size_t>(next() % bound); }

    // True with the given chance in percent.
    bool percent(unsigned chance) { return next() % 100 < chance; }

private:
    std::uint64_t m_state;
};

struct Name
{
    std::string_view shown; // as the person writes it (UTF-8)
    std::string_view ascii; // as it appears in an email address
};

constexpr std::array<Name, 48> kFirstNames{{
    {"Anna", "anna"},         {"Ben", "ben"},         {"Clara", "clara"},
    {"David", "david"},       {"Emma", "emma"},       {"Felix", "felix"},
    {"Greta", "greta"},       {"Hannah", "hannah"},   {"Isabel", "isabel"},
    {"Jonas", "jonas"},       {"Karin", "karin"},     {"Lukas", "lukas"},
    {"Maria", "maria"},       {"Noah", "noah"},       {"Olivia", "olivia"},
    {"Paul", "paul"},         {"Quentin", "quentin"}, {"Rosa", "rosa"},
    {"Sophie", "sophie"},     {"Tom", "tom"},         {"Ulla", "ulla"},
    {"Victor", "victor"},     {"William", "william"}, {"Yara", "yara"},
    {"Zoe", "zoe"},           {"Adam", "adam"},       {"Bella", "bella"},
    {"Carlos", "carlos"},     {"Diana", "diana"},     {"Erik", "erik"},
    {"Fiona", "fiona"},       {"George", "george"},   {"Helen", "helen"},
    {"Ivan", "ivan"},         {"Julia", "julia"},     {"Kevin", "kevin"},
    {"José", "jose"},         {"Zoë", "zoe"},         {"Jürgen", "juergen"},
    {"Ségolène", "segolene"}, {"Łukasz", "lukasz"},   {"Søren", "soren"},
    {"Björn", "bjoern"},      {"Émile", "emile"},     {"Małgorzata", "malgorzata"},
    {"Ines", "ines"},         {"Chloé", "chloe"},     {"Dagný", "dagny"},
}};

constexpr std::array<Name, 48> kLastNames{{
    {"Smith", "smith"},       {"Johnson", "johnson"}, {"Brown", "brown"},       {"Taylor", "taylor"},
    {"Wilson", "wilson"},     {"Evans", "evans"},     {"Thomas", "thomas"},     {"Roberts", "roberts"},
    {"Walker", "walker"},     {"Wright", "wright"},   {"Schmidt", "schmidt"},   {"Schneider", "schneider"},
    {"Fischer", "fischer"},   {"Weber", "weber"},     {"Wagner", "wagner"},     {"Becker", "becker"},
    {"Hoffmann", "hoffmann"}, {"Koch", "koch"},       {"Richter", "richter"},   {"Klein", "klein"},
    {"Martin", "martin"},     {"Bernard", "bernard"}, {"Dubois", "dubois"},     {"Moreau", "moreau"},
    {"Rossi", "rossi"},       {"Russo", "russo"},     {"Bianchi", "bianchi"},   {"Jansen", "jansen"},
    {"de Vries", "devries"},  {"Nowak", "nowak"},     {"Kowalski", "kowalski"}, {"Novak", "novak"},
    {"Müller", "mueller"},    {"García", "garcia"},   {"Ødegaard", "odegaard"}, {"Dvořák", "dvorak"},
    {"Šimić", "simic"},       {"Öztürk", "ozturk"},   {"Łaski", "laski"},       {"Núñez", "nunez"},
    {"Ångström", "angstrom"}, {"Jäger", "jaeger"},    {"Lefèvre", "lefevre"},   {"Żuk", "zuk"},
    {"Nielsen", "nielsen"},   {"Larsen", "larsen"},   {"O'Brien", "obrien"},    {"Popescu", "popescu"},
}};

constexpr std::array<std::string_view, 40> kCompanyWords{
    "Nordwind", "Blue",     "Harbor",  "Summit",   "Atlas",  "Vertex", "Lumen",   "Cedar",
    "Granite",  "Orbit",    "Pioneer", "Beacon",   "Falcon", "Maple",  "Quantum", "Silver",
    "Alpen",    "Rhein",    "Kärcher", "Bäckerei", "Größer", "Élan",   "Fjord",   "Sól",
    "Meridian", "Crescent", "Horizon", "Keystone", "Mosaic", "Nimbus", "Polaris", "Riverside",
    "Sterling", "Trident",  "Unity",   "Willow",   "Zenith", "Copper", "Lantern", "Harvest",
};

constexpr std::array<std::string_view, 14> kCompanyKinds{
    "Logistics", "Systems",  "Consulting", "GmbH", "Ltd",   "Labs",   "Studio",
    "Partners",  "Software", "Foods",      "AG",   "Media", "Energy", "Robotics",
};

constexpr std::array<std::string_view, 10> kDomains{
    "example.com", "example.org", "example.net", "mail.test", "firma.test",
    "corp.test",   "inbox.test",  "web.test",    "biz.test",  "office.test",
};

constexpr std::array<std::string_view, 10> kTags{
    "vip", "expo", "newsletter", "partner", "webinar", "cold", "referral", "q3-campaign", "trial", "b2b",
};

constexpr std::array<std::string_view, 6> kSources{
    "Webform", "Trade fair", "Referral", "LinkedIn", "Website", "Cold call",
};

// Status names with their weights in percent: most leads are new or contacted.
constexpr std::array<std::pair<std::string_view, unsigned>, 5> kStatuses{{
    {"new", 40},
    {"contacted", 25},
    {"qualified", 15},
    {"customer", 12},
    {"lost", 8},
}};

// The leading `count` code points of a UTF-8 string.
std::string_view utf8Prefix(std::string_view text, std::size_t count)
{
    std::size_t bytes = 0;
    for (std::size_t seen = 0; bytes < text.size() && seen < count; ++seen) {
        ++bytes;
        while (bytes < text.size() && (static_cast<unsigned char>(text[bytes]) & 0xC0u) == 0x80u) {
            ++bytes;
        }
    }
    return text.substr(0, bytes);
}

std::size_t utf8Length(std::string_view text)
{
    return static_cast<std::size_t>(std::count_if(
        text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0u) != 0x80u; }));
}

// "2021-03-04T05:06:07Z" for seconds since 1970 (UTC), by Howard Hinnant's civil-from-days.
void appendIsoTime(std::string& out, std::int64_t seconds)
{
    const std::int64_t days = seconds / 86400;
    const std::int64_t rest = seconds % 86400;
    const std::int64_t z = days + 719468;
    const std::int64_t era = z / 146097;
    const std::int64_t doe = z - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    const std::int64_t day = doy - (153 * mp + 2) / 5 + 1;
    const std::int64_t month = mp < 10 ? mp + 3 : mp - 9;
    const std::int64_t year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    char buffer[32];
    const int length = std::snprintf(
        buffer, sizeof buffer, "%04lld-%02lld-%02lldT%02lld:%02lld:%02lldZ", static_cast<long long>(year),
        static_cast<long long>(month), static_cast<long long>(day), static_cast<long long>(rest / 3600),
        static_cast<long long>(rest % 3600 / 60), static_cast<long long>(rest % 60));
    out.append(buffer, static_cast<std::size_t>(length));
}

void appendNumber(std::string& out, std::uint64_t value)
{
    char buffer[24];
    const int length = std::snprintf(buffer, sizeof buffer, "%llu", static_cast<unsigned long long>(value));
    out.append(buffer, static_cast<std::size_t>(length));
}

// One generated lead, kept as views into the word tables plus a few owned strings.
struct Row
{
    const Name* first = nullptr;
    const Name* last = nullptr;
    std::string company;
    std::string email;
};

// Collects search strings from rows picked in advance: prefixes (2 to 6 characters) of first
// names, last names, company words and email local parts, and some two-word queries.
class QueryPicker
{
public:
    QueryPicker(std::uint64_t rows, std::size_t wanted, std::uint64_t seed)
        : m_random(seed ^ 0x5EA4C4ULL)
        , m_wanted(wanted)
    {
        // More candidate rows than queries: short prefixes repeat and repeats are skipped.
        const std::size_t candidates = std::min<std::uint64_t>(rows, std::max<std::size_t>(wanted * 20, 1));
        std::set<std::uint64_t> picked;
        for (std::size_t i = 0; i < candidates * 4 && picked.size() < candidates; ++i) {
            picked.insert(m_random.next() % rows);
        }
        m_rows.assign(picked.begin(), picked.end());
    }

    bool wants(std::uint64_t row) const
    {
        return m_queries.size() < m_wanted && m_next < m_rows.size() && m_rows[m_next] == row;
    }

    void take(const Row& row)
    {
        ++m_next;
        std::string query;
        switch (m_kind++ % 6) {
        case 0:
        case 5:
            query = prefix(row.first->shown);
            break;
        case 1:
            query = prefix(row.last->shown);
            break;
        case 2: {
            const std::string_view company = row.company;
            const std::size_t space = company.find(' ');
            query = company.empty() ? prefix(row.last->shown) : prefix(company.substr(0, space));
            break;
        }
        case 3:
            query = prefix(std::string_view(row.email).substr(0, row.email.find('@')));
            break;
        case 4:
            query = prefix(row.first->shown) + " " + prefix(row.last->shown);
            break;
        }
        if (m_seen.insert(query).second) {
            m_queries.push_back(query);
        }
    }

    const std::vector<std::string>& queries() const { return m_queries; }

private:
    std::string prefix(std::string_view word)
    {
        const std::size_t length = std::min<std::size_t>(2 + m_random.below(5), utf8Length(word));
        std::string text(utf8Prefix(word, length));
        // A name such as "de Vries" or "O'Brien" is cut at its first word.
        text = text.substr(0, text.find_first_of(" '"));
        return text.size() < 2 ? std::string(utf8Prefix(word, 6)) : text;
    }

    Random m_random;
    std::size_t m_wanted;
    std::vector<std::uint64_t> m_rows;
    std::size_t m_next = 0;
    unsigned m_kind = 0;
    std::vector<std::string> m_queries;
    std::set<std::string> m_seen;
};

Row makeRow(Random& random, std::uint64_t index)
{
    Row row;
    row.first = &kFirstNames[random.below(kFirstNames.size())];
    row.last = &kLastNames[random.below(kLastNames.size())];
    if (!random.percent(8)) {
        const std::string_view word = kCompanyWords[random.below(kCompanyWords.size())];
        const std::string_view kind = kCompanyKinds[random.below(kCompanyKinds.size())];
        row.company.append(word).append(" ").append(kind);
    }
    row.email.append(row.first->ascii).append(".").append(row.last->ascii);
    appendNumber(row.email, index + 1);
    row.email.append("@").append(kDomains[random.below(kDomains.size())]);
    if (random.percent(5)) {
        // Some people type their address capitalised; the store must still see one lead per email.
        row.email[0] = static_cast<char>(row.email[0] - 'a' + 'A');
    }
    return row;
}

void appendRecord(std::string& out, Random& random, const Row& row)
{
    out.append(row.email).push_back(',');
    out.append(row.first->shown).push_back(',');
    out.append(row.last->shown).push_back(',');
    out.append(row.company).push_back(',');
    if (!random.percent(20)) {
        out.append("+49 30 ");
        appendNumber(out, 1000000 + random.below(9000000));
    }
    out.push_back(',');
    std::size_t roll = random.below(100);
    for (const auto& [status, weight] : kStatuses) {
        if (roll < weight) {
            out.append(status);
            break;
        }
        roll -= weight;
    }
    out.push_back(',');
    const std::size_t tagCount = random.percent(55) ? 0 : 1 + random.below(3);
    if (tagCount > 1) {
        out.push_back('"');
    }
    const std::size_t firstTag = random.below(kTags.size());
    for (std::size_t i = 0; i < tagCount; ++i) {
        if (i > 0) {
            out.push_back(',');
        }
        out.append(kTags[(firstTag + i * 3) % kTags.size()]);
    }
    if (tagCount > 1) {
        out.push_back('"');
    }
    out.push_back(',');
    out.append(kSources[random.below(kSources.size())]).push_back(',');
    // 2019-01-01 to 2024-12-31, UTC.
    appendIsoTime(out, 1546300800 + static_cast<std::int64_t>(random.below(189388800)));
    out.push_back('\n');
}

bool writeAll(std::FILE* file, const std::string& text)
{
    return std::fwrite(text.data(), 1, text.size(), file) == text.size();
}

int usage()
{
    std::fputs("usage: generate_leads --rows N [--out FILE] [--queries FILE] [--query-count Q] [--seed S]\n",
               stderr);
    return 2;
}

} // namespace

int main(int argc, char** argv)
{
    std::uint64_t rows = 0;
    std::uint64_t seed = 20240601;
    std::size_t queryCount = 200;
    const char* outPath = nullptr;
    const char* queriesPath = nullptr;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (i + 1 >= argc) {
            return usage();
        }
        const char* value = argv[++i];
        if (arg == "--rows") {
            rows = std::strtoull(value, nullptr, 10);
        } else if (arg == "--out") {
            outPath = value;
        } else if (arg == "--queries") {
            queriesPath = value;
        } else if (arg == "--query-count") {
            queryCount = static_cast<std::size_t>(std::strtoull(value, nullptr, 10));
        } else if (arg == "--seed") {
            seed = std::strtoull(value, nullptr, 10);
        } else {
            return usage();
        }
    }
    if (rows == 0) {
        return usage();
    }

    std::FILE* out = outPath ? std::fopen(outPath, "wb") : stdout;
    if (!out) {
        std::perror(outPath);
        return 1;
    }
    Random random(seed);
    QueryPicker picker(rows, queriesPath ? queryCount : 0, seed);
    std::string buffer = "email,first_name,last_name,company,phone,status,tags,source,created_at\n";
    buffer.reserve(1 << 20);
    bool ok = true;
    for (std::uint64_t index = 0; index < rows && ok; ++index) {
        const Row row = makeRow(random, index);
        appendRecord(buffer, random, row);
        if (picker.wants(index)) {
            picker.take(row);
        }
        if (buffer.size() > (1u << 20) - 512) {
            ok = writeAll(out, buffer);
            buffer.clear();
        }
    }
    ok = ok && writeAll(out, buffer);
    ok = (out == stdout ? std::fflush(out) == 0 : std::fclose(out) == 0) && ok;
    if (!ok) {
        std::perror(outPath ? outPath : "stdout");
        return 1;
    }

    if (queriesPath) {
        std::FILE* queries = std::fopen(queriesPath, "wb");
        if (!queries) {
            std::perror(queriesPath);
            return 1;
        }
        for (const std::string& query : picker.queries()) {
            ok = ok && writeAll(queries, query + "\n");
        }
        if (std::fclose(queries) != 0 || !ok) {
            std::perror(queriesPath);
            return 1;
        }
    }
    return 0;
}
