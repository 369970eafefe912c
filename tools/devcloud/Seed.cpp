#include "tools/devcloud/Seed.h"

#include "models/leads/LeadJson.h"
#include "tools/devcloud/DevcloudStore.h"

#include <QDateTime>
#include <QTimeZone>
#include <cstdint>

namespace leadbox::devcloud {

namespace {

const char* const kPassword = "demo-password";

struct DemoWorkspace
{
    const char* id;
    const char* name;
    int leadCount;
    const char* domainHint;
};

constexpr DemoWorkspace kAcme{"ws_demo_acme", "Acme Sales", 300, "acme"};
constexpr DemoWorkspace kGlobex{"ws_demo_globex", "Globex Marketing", 100, "globex"};

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

// A small deterministic generator, so every seeded file holds the same leads.
class Sequence
{
public:
    explicit Sequence(std::uint32_t seed)
        : m_state(seed)
    {
    }
    std::size_t next(std::size_t bound)
    {
        m_state = m_state * 1664525u + 1013904223u;
        return (m_state >> 8) % bound;
    }

private:
    std::uint32_t m_state;
};

template <std::size_t N>
QString pick(Sequence& sequence, const char* const (&values)[N])
{
    return QString::fromUtf8(values[sequence.next(N)]);
}

nlohmann::json demoLead(const DemoWorkspace& workspace, int index, Sequence& sequence)
{
    Lead lead;
    lead.id = QStringLiteral("5eed%1-0000-4000-8000-%2")
                  .arg(workspace.leadCount == kAcme.leadCount ? 1 : 2, 4, 10, QLatin1Char('0'))
                  .arg(index, 12, 10, QLatin1Char('0'));
    lead.firstName = pick(sequence, kFirstNames);
    lead.lastName = pick(sequence, kLastNames);
    lead.company = pick(sequence, kCompanies);
    lead.email =
        QStringLiteral("lead%1@%2-customers.example").arg(index).arg(QString::fromUtf8(workspace.domainHint));
    lead.phone = QStringLiteral("+1 555 %1").arg(1000 + index, 4, 10, QLatin1Char('0'));
    lead.status = static_cast<LeadStatus>(sequence.next(5));
    for (std::size_t t = sequence.next(3); t > 0; --t) {
        const QString tag = pick(sequence, kTags);
        if (!lead.tags.contains(tag)) {
            lead.tags.append(tag);
        }
    }
    lead.source = pick(sequence, kSources);
    const QDateTime start(QDate(2024, 1, 8), QTime(9, 0), QTimeZone::utc());
    lead.createdAt = start.addSecs(static_cast<qint64>(index) * 3 * 3600);
    lead.updatedAt = lead.createdAt.addDays(static_cast<qint64>(sequence.next(30)));
    lead.version = 1;
    lead.consent = sequence.next(4) == 0 ? ConsentState::Unknown : ConsentState::Granted;
    return leadToJson(lead);
}

UserRecord ensureUser(AccountStore& accounts, const std::string& email, const std::string& name)
{
    if (auto user = accounts.findByEmail(email)) {
        return *user;
    }
    return accounts.create(email, kPassword, name);
}

void ensureWorkspace(TeamStore& teams, const DemoWorkspace& workspace, const UserRecord& owner,
                     const std::vector<std::pair<UserRecord, Role>>& others)
{
    if (teams.hasWorkspace(workspace.id)) {
        return;
    }
    teams.createWorkspace(workspace.name, owner.uid, owner.email, workspace.id);
    for (const auto& [user, role] : others) {
        teams.addActive(workspace.id, user.uid, user.email, role);
    }
    Sequence sequence(static_cast<std::uint32_t>(workspace.leadCount) * 7919u);
    std::vector<nlohmann::json> leads;
    for (int i = 1; i <= workspace.leadCount; ++i) {
        leads.push_back(demoLead(workspace, i, sequence));
    }
    teams.addLeads(workspace.id, leads);
}

} // namespace

void seedDemo(DevcloudStore& store)
{
    auto lock = store.lock();
    SqlTransaction transaction(store.db());
    auto& accounts = store.accounts();
    const UserRecord owner = ensureUser(accounts, "owner@demo.leadbox.test", "Olivia Owner");
    const UserRecord admin = ensureUser(accounts, "admin@demo.leadbox.test", "Adam Admin");
    const UserRecord member = ensureUser(accounts, "member@demo.leadbox.test", "Mia Member");
    ensureWorkspace(store.teams(), kAcme, owner, {{admin, Role::Admin}, {member, Role::Member}});
    ensureWorkspace(store.teams(), kGlobex, owner, {{admin, Role::Member}});
    transaction.commit();
}

} // namespace leadbox::devcloud
