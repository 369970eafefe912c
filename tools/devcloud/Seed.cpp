#include "tools/devcloud/Seed.h"

#include "tools/devcloud/DevcloudStore.h"
#include "tools/devcloud/LeadGenerator.h"

#include <cstdint>

namespace leadbox::devcloud {

namespace {

const char* const kPassword = "demo-password";

struct DemoWorkspace
{
    const char* id;
    const char* name;
    int leadCount;
    const char* idPrefix;
    const char* domain;
};

constexpr DemoWorkspace kAcme{"ws_demo_acme", "Acme Sales", 300, "5eed0001", "acme-customers.example"};
constexpr DemoWorkspace kGlobex{"ws_demo_globex", "Globex Marketing", 100, "5eed0002",
                                "globex-customers.example"};

UserRecord ensureUser(AccountStore& accounts, const std::string& email, const std::string& name)
{
    if (auto user = accounts.findByEmail(email)) {
        return *user;
    }
    return accounts.create(email, kPassword, name);
}

void ensureWorkspace(DevcloudStore& store, const DemoWorkspace& workspace, const UserRecord& owner,
                     const std::vector<std::pair<UserRecord, Role>>& others)
{
    auto& teams = store.teams();
    if (teams.hasWorkspace(workspace.id)) {
        return;
    }
    teams.createWorkspace(workspace.name, owner.uid, owner.email, workspace.id);
    for (const auto& [user, role] : others) {
        teams.addActive(workspace.id, user.uid, user.email, role);
    }
    // The leads go through the sync store like any other change, so they appear in the feed.
    LeadGenerator generator(static_cast<std::uint32_t>(workspace.leadCount) * 7919u, workspace.idPrefix,
                            "lead", workspace.domain);
    addGeneratedLeads(store.entities(), workspace.id, generator, 1, workspace.leadCount);
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
    ensureWorkspace(store, kAcme, owner, {{admin, Role::Admin}, {member, Role::Member}});
    ensureWorkspace(store, kGlobex, owner, {{admin, Role::Member}});
    transaction.commit();
}

} // namespace leadbox::devcloud
