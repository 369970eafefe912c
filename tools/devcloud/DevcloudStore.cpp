#include "tools/devcloud/DevcloudStore.h"

namespace leadbox::devcloud {

namespace {

constexpr int kSchemaVersion = 1;

constexpr const char* kSchema[] = {
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value BLOB NOT NULL)",
    "CREATE TABLE IF NOT EXISTS users ("
    " uid TEXT PRIMARY KEY, email TEXT NOT NULL, email_key TEXT NOT NULL UNIQUE,"
    " display_name TEXT NOT NULL DEFAULT '', salt BLOB, password_hash BLOB, iterations INTEGER NOT NULL "
    "DEFAULT 0,"
    " disabled INTEGER NOT NULL DEFAULT 0, token_generation INTEGER NOT NULL DEFAULT 0,"
    " created_at INTEGER NOT NULL)",
    // Only a hash of each refresh token is kept; `expired` marks tokens a password reset retired.
    "CREATE TABLE IF NOT EXISTS refresh_tokens ("
    " token_hash TEXT PRIMARY KEY, uid TEXT NOT NULL REFERENCES users(uid) ON DELETE CASCADE,"
    " expired INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS oob_codes ("
    " code TEXT PRIMARY KEY, email TEXT NOT NULL, email_key TEXT NOT NULL, request_type TEXT NOT NULL,"
    " used INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS workspaces ("
    " id TEXT PRIMARY KEY, name TEXT NOT NULL, plan TEXT NOT NULL DEFAULT 'free', created_at INTEGER NOT "
    "NULL)",
    // A row per member or invite; `uid` stays NULL until the invited person signs in.
    "CREATE TABLE IF NOT EXISTS members ("
    " workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,"
    " email TEXT NOT NULL, email_key TEXT NOT NULL, uid TEXT, role TEXT NOT NULL, status TEXT NOT NULL,"
    " created_at INTEGER NOT NULL, PRIMARY KEY (workspace_id, email_key))",
    "CREATE INDEX IF NOT EXISTS members_email_key ON members(email_key)",
    "CREATE TABLE IF NOT EXISTS leads ("
    " workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE, id TEXT NOT NULL,"
    " position INTEGER NOT NULL, doc TEXT NOT NULL, PRIMARY KEY (workspace_id, id))",
    "CREATE INDEX IF NOT EXISTS leads_position ON leads(workspace_id, position)",
};

} // namespace

DevcloudStore::DevcloudStore(const std::string& path)
    : m_db(path.empty() ? std::string(":memory:") : path)
    , m_accounts(m_db)
    , m_teams(m_db)
{
    createSchema();
    m_signingKey = loadOrCreateSigningKey();
}

void DevcloudStore::createSchema()
{
    SqlTransaction transaction(m_db);
    for (const char* sql : kSchema) {
        m_db.exec(sql);
    }
    m_db.prepare("INSERT OR IGNORE INTO meta (key, value) VALUES ('schema_version', ?)")
        .bind(kSchemaVersion)
        .run();
    auto version = m_db.prepare("SELECT value FROM meta WHERE key = 'schema_version'");
    if (version.step() && version.integer(0) > kSchemaVersion) {
        throw SqlError("the data file was written by a newer devcloud");
    }
    transaction.commit();
}

Bytes DevcloudStore::loadOrCreateSigningKey()
{
    SqlTransaction transaction(m_db);
    auto select = m_db.prepare("SELECT value FROM meta WHERE key = 'signing_key'");
    if (select.step()) {
        return select.blob(0);
    }
    Bytes key = crypto::randomBytes(32);
    m_db.prepare("INSERT INTO meta (key, value) VALUES ('signing_key', ?)").bindBlob(key).run();
    transaction.commit();
    return key;
}

} // namespace leadbox::devcloud
