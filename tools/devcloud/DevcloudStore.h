#pragma once

#include "tools/devcloud/AccountStore.h"
#include "tools/devcloud/Crypto.h"
#include "tools/devcloud/EntityStore.h"
#include "tools/devcloud/OpLog.h"
#include "tools/devcloud/SqliteDb.h"
#include "tools/devcloud/TeamStore.h"

#include <mutex>
#include <string>

namespace leadbox::devcloud {

// All of devcloud's state in one SQLite file: it creates the schema and the token-signing key on first
// use, so a restart on the same file is invisible to clients. Request handlers hold lock() throughout.
class DevcloudStore
{
public:
    // `path` empty: an in-memory database that dies with the process.
    explicit DevcloudStore(const std::string& path);

    std::unique_lock<std::mutex> lock() { return std::unique_lock<std::mutex>(m_mutex); }
    SqliteDb& db() { return m_db; }
    AccountStore& accounts() { return m_accounts; }
    TeamStore& teams() { return m_teams; }
    EntityStore& entities() { return m_entities; }
    OpLog& opLog() { return m_opLog; }
    // The HS256 key for ID tokens: random, made once, kept in the meta table.
    const Bytes& signingKey() const { return m_signingKey; }

private:
    void createSchema();
    void moveLeadsIntoEntities();
    Bytes loadOrCreateSigningKey();

    std::mutex m_mutex;
    SqliteDb m_db;
    AccountStore m_accounts;
    TeamStore m_teams;
    EntityStore m_entities;
    OpLog m_opLog;
    Bytes m_signingKey;
};

} // namespace leadbox::devcloud
