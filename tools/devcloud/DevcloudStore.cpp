#include "tools/devcloud/DevcloudStore.h"

#include "tools/devcloud/LeadEntity.h"

namespace leadbox::devcloud {

namespace {

// 1: leads as documents in a `leads` table. 2: the sync store (entities, workspace_seq, applied_ops).
constexpr int kSchemaVersion = 2;

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
    // Every synced entity in its latest state. `version` is the workspace seq of its last change;
    // `unique_key` (a live lead's case-folded email) is NULL for tombstones.
    "CREATE TABLE IF NOT EXISTS entities ("
    " workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE, entity TEXT NOT NULL,"
    " id TEXT NOT NULL, version INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, data TEXT NOT NULL,"
    " field_versions TEXT NOT NULL, unique_key TEXT, updated_uid TEXT NOT NULL,"
    " updated_email TEXT NOT NULL, updated_at TEXT NOT NULL, PRIMARY KEY (workspace_id, entity, id))",
    "CREATE UNIQUE INDEX IF NOT EXISTS entities_version ON entities(workspace_id, version)",
    "CREATE UNIQUE INDEX IF NOT EXISTS entities_unique_key ON entities(workspace_id, entity, unique_key)"
    " WHERE unique_key IS NOT NULL",
    "CREATE TABLE IF NOT EXISTS workspace_seq ("
    " workspace_id TEXT PRIMARY KEY REFERENCES workspaces(id) ON DELETE CASCADE, seq INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS applied_ops ("
    " workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE, op_id TEXT NOT NULL,"
    " entity TEXT NOT NULL, entity_id TEXT NOT NULL, version INTEGER NOT NULL, applied_at INTEGER NOT NULL,"
    " PRIMARY KEY (workspace_id, op_id))",
    "CREATE TABLE IF NOT EXISTS op_answers ("
    " workspace_id TEXT PRIMARY KEY REFERENCES workspaces(id) ON DELETE CASCADE,"
    " duplicates INTEGER NOT NULL, conflicts INTEGER NOT NULL, rejected INTEGER NOT NULL)",
};

} // namespace

DevcloudStore::DevcloudStore(const std::string& path)
    : m_db(path.empty() ? std::string(":memory:") : path)
    , m_accounts(m_db)
    , m_teams(m_db)
    , m_entities(m_db)
    , m_opLog(m_db)
{
    createSchema();
    m_signingKey = loadOrCreateSigningKey();
}

void DevcloudStore::createSchema()
{
    SqlTransaction transaction(m_db);
    m_db.exec(kSchema[0]);
    {
        auto version = m_db.prepare("SELECT value FROM meta WHERE key = 'schema_version'");
        if (version.step() && version.integer(0) > kSchemaVersion) {
            throw SqlError("the data file was written by a newer devcloud");
        }
    }
    for (const char* sql : kSchema) {
        m_db.exec(sql);
    }
    moveLeadsIntoEntities();
    m_db.prepare("INSERT INTO meta (key, value) VALUES ('schema_version', ?) "
                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value")
        .bind(kSchemaVersion)
        .run();
    transaction.commit();
}

// Schema 1 kept leads as documents in their own table; they become lead entities, in their old
// order, each at a new version of its workspace.
void DevcloudStore::moveLeadsIntoEntities()
{
    if (!m_db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'leads'").step()) {
        return;
    }
    {
        auto leads = m_db.prepare("SELECT workspace_id, doc FROM leads ORDER BY workspace_id, position");
        while (leads.step()) {
            const nlohmann::json document = nlohmann::json::parse(leads.text(1));
            addWholeLead(m_entities, leads.text(0), document.value("id", std::string()), leadData(document),
                         kDevcloudActor);
        }
    } // finalized: SQLite drops no table a statement still reads
    m_db.exec("DROP TABLE leads");
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
