#include "models/store/Migrations.h"

#include "models/LogCategories.h"
#include "models/store/Database.h"
#include "models/store/LeadSchema.h"
#include "models/store/Transaction.h"

#include <QSqlQuery>

namespace leadbox {

const std::vector<Migration>& migrations()
{
    static const std::vector<Migration> steps{
        {1,
         {
             QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"),
             // row_id aliases the rowid, so VACUUM cannot renumber it under the FTS index.
             QStringLiteral("CREATE TABLE leads ("
                            " row_id INTEGER PRIMARY KEY,"
                            " id TEXT NOT NULL UNIQUE,"
                            " email TEXT NOT NULL,"
                            " email_key TEXT NOT NULL UNIQUE,"
                            " first_name TEXT NOT NULL DEFAULT '',"
                            " last_name TEXT NOT NULL DEFAULT '',"
                            " company TEXT NOT NULL DEFAULT '',"
                            " phone TEXT NOT NULL DEFAULT '',"
                            " status INTEGER NOT NULL DEFAULT 0 CHECK (status BETWEEN 0 AND 4),"
                            " tags TEXT NOT NULL DEFAULT '[]',"
                            " source TEXT NOT NULL DEFAULT '',"
                            " created_at INTEGER NOT NULL,"
                            " updated_at INTEGER NOT NULL,"
                            " version INTEGER NOT NULL DEFAULT 0)"),
             QStringLiteral("CREATE INDEX leads_created ON leads (created_at, row_id)"),
             QStringLiteral("CREATE INDEX leads_updated ON leads (updated_at, row_id)"),
             QStringLiteral("CREATE VIRTUAL TABLE leads_fts USING fts5("
                            " first_name, last_name, email, company, tags,"
                            " content = 'leads', content_rowid = 'row_id',"
                            " tokenize = 'unicode61 remove_diacritics 2')"),
             QStringLiteral("CREATE TRIGGER leads_fts_insert AFTER INSERT ON leads BEGIN"
                            " INSERT INTO leads_fts (rowid, first_name, last_name, email, company, tags)"
                            " VALUES (new.row_id, new.first_name, new.last_name, new.email, new.company,"
                            " new.tags); END"),
             QStringLiteral("CREATE TRIGGER leads_fts_delete AFTER DELETE ON leads BEGIN"
                            " INSERT INTO leads_fts (leads_fts, rowid, first_name, last_name, email,"
                            " company, tags) VALUES ('delete', old.row_id, old.first_name, old.last_name,"
                            " old.email, old.company, old.tags); END"),
             QStringLiteral("CREATE TRIGGER leads_fts_update AFTER UPDATE OF first_name, last_name, email,"
                            " company, tags ON leads BEGIN"
                            " INSERT INTO leads_fts (leads_fts, rowid, first_name, last_name, email,"
                            " company, tags) VALUES ('delete', old.row_id, old.first_name, old.last_name,"
                            " old.email, old.company, old.tags);"
                            " INSERT INTO leads_fts (rowid, first_name, last_name, email, company, tags)"
                            " VALUES (new.row_id, new.first_name, new.last_name, new.email, new.company,"
                            " new.tags); END"),
             // Pending local changes for sync. Written in the same transaction as the edit.
             QStringLiteral("CREATE TABLE outbox ("
                            " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                            " op_id TEXT NOT NULL UNIQUE,"
                            " entity TEXT NOT NULL,"
                            " entity_id TEXT NOT NULL,"
                            " op TEXT NOT NULL CHECK (op IN ('create', 'update', 'delete')),"
                            " base_version INTEGER NOT NULL DEFAULT 0,"
                            " fields TEXT NOT NULL DEFAULT '{}',"
                            " created_at INTEGER NOT NULL)"),
             QStringLiteral("CREATE INDEX outbox_entity ON outbox (entity, entity_id)"),
         }},
        // Leads at scale: droppable indexes instead of inline UNIQUE constraints, custom field values,
        // a consent state to filter on, the import a lead came from, a tag table for filters and
        // completion, custom field definitions, the consent ledger, the activity timeline, imports and
        // saved views.
        {2,
         {
             QStringLiteral("CREATE TABLE leads_v2 ("
                            " row_id INTEGER PRIMARY KEY,"
                            " id TEXT NOT NULL,"
                            " email TEXT NOT NULL,"
                            " email_key TEXT NOT NULL,"
                            " first_name TEXT NOT NULL DEFAULT '',"
                            " last_name TEXT NOT NULL DEFAULT '',"
                            " company TEXT NOT NULL DEFAULT '',"
                            " phone TEXT NOT NULL DEFAULT '',"
                            " status INTEGER NOT NULL DEFAULT 0 CHECK (status BETWEEN 0 AND 4),"
                            " tags TEXT NOT NULL DEFAULT '[]',"
                            " source TEXT NOT NULL DEFAULT '',"
                            " created_at INTEGER NOT NULL,"
                            " updated_at INTEGER NOT NULL,"
                            " version INTEGER NOT NULL DEFAULT 0,"
                            " custom TEXT NOT NULL DEFAULT '{}',"
                            " consent INTEGER NOT NULL DEFAULT 0 CHECK (consent BETWEEN 0 AND 2),"
                            " import_id INTEGER)"),
             QStringLiteral(
                 "INSERT INTO leads_v2 (row_id, id, email, email_key, first_name, last_name, company, phone,"
                 " status, tags, source, created_at, updated_at, version)"
                 " SELECT row_id, id, email, email_key, first_name, last_name, company, phone, status,"
                 " tags, source, created_at, updated_at, version FROM leads"),
             QStringLiteral("DROP TABLE leads"),
             QStringLiteral("ALTER TABLE leads_v2 RENAME TO leads"),
             QStringLiteral("CREATE UNIQUE INDEX leads_id ON leads (id)"),
             QStringLiteral("CREATE UNIQUE INDEX leads_email_key ON leads (email_key)"),
             QStringLiteral("CREATE INDEX leads_created ON leads (created_at, row_id)"),
             QStringLiteral("CREATE INDEX leads_updated ON leads (updated_at, row_id)"),
             QStringLiteral("CREATE INDEX leads_status ON leads (status, row_id)"),
             // The search index keeps no positions (detail=none): search matches word prefixes
             // and never phrases, and the index builds faster and takes less space.
             QStringLiteral("DROP TABLE leads_fts"),
             QStringLiteral("CREATE VIRTUAL TABLE leads_fts USING fts5("
                            " first_name, last_name, email, company, tags,"
                            " content = 'leads', content_rowid = 'row_id',"
                            " tokenize = 'unicode61 remove_diacritics 2', detail = none)"),
             QStringLiteral("INSERT INTO leads_fts (leads_fts) VALUES ('rebuild')"),
             QStringLiteral("CREATE TABLE lead_tags ("
                            " tag TEXT NOT NULL COLLATE NOCASE,"
                            " lead_row INTEGER NOT NULL REFERENCES leads (row_id) ON DELETE CASCADE,"
                            " PRIMARY KEY (tag, lead_row)) WITHOUT ROWID"),
             QStringLiteral("CREATE INDEX lead_tags_lead ON lead_tags (lead_row)"),
             QStringLiteral(
                 "INSERT OR IGNORE INTO lead_tags (tag, lead_row) SELECT json_each.value, leads.row_id"
                 " FROM leads, json_each(leads.tags)"),
             QStringLiteral(
                 "CREATE TABLE custom_fields ("
                 " id TEXT PRIMARY KEY,"
                 " name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
                 " type TEXT NOT NULL CHECK (type IN ('text', 'number', 'date', 'choice', 'boolean')),"
                 " choices TEXT NOT NULL DEFAULT '[]',"
                 " position INTEGER NOT NULL) WITHOUT ROWID"),
             QStringLiteral("CREATE TABLE consents ("
                            " id INTEGER PRIMARY KEY,"
                            " lead_id TEXT NOT NULL,"
                            " method TEXT NOT NULL CHECK (method IN ('webform', 'import', 'manual')),"
                            " basis TEXT NOT NULL,"
                            " source TEXT NOT NULL DEFAULT '',"
                            " text_shown TEXT NOT NULL DEFAULT '',"
                            " ip TEXT NOT NULL DEFAULT '',"
                            " given_at INTEGER NOT NULL,"
                            " withdrawn_at INTEGER)"),
             QStringLiteral("CREATE INDEX consents_lead ON consents (lead_id, given_at)"),
             QStringLiteral("CREATE TABLE activity ("
                            " id INTEGER PRIMARY KEY,"
                            " lead_id TEXT NOT NULL,"
                            " kind TEXT NOT NULL,"
                            " detail TEXT NOT NULL DEFAULT '{}',"
                            " at INTEGER NOT NULL)"),
             QStringLiteral("CREATE INDEX activity_lead ON activity (lead_id, at)"),
             // One row per import. Imported leads point here for their consent record and timeline
             // entry, which keeps a million-row import from writing a million extra rows.
             QStringLiteral("CREATE TABLE imports ("
                            " id INTEGER PRIMARY KEY,"
                            " file_name TEXT NOT NULL,"
                            " started_at INTEGER NOT NULL,"
                            " finished_at INTEGER,"
                            " added INTEGER NOT NULL DEFAULT 0,"
                            " updated INTEGER NOT NULL DEFAULT 0,"
                            " skipped INTEGER NOT NULL DEFAULT 0,"
                            " rejected INTEGER NOT NULL DEFAULT 0,"
                            " consent_basis TEXT NOT NULL DEFAULT '',"
                            " consent_source TEXT NOT NULL DEFAULT '',"
                            " consent_text TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE TABLE saved_views ("
                            " id TEXT PRIMARY KEY,"
                            " name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
                            " filter TEXT NOT NULL,"
                            " position INTEGER NOT NULL) WITHOUT ROWID"),
             LeadSchema::ftsInsertTrigger(),
             LeadSchema::ftsDeleteTrigger(),
             LeadSchema::ftsUpdateTrigger(),
             QStringLiteral(
                 "CREATE TRIGGER lead_tags_insert AFTER INSERT ON leads WHEN new.tags <> '[]' BEGIN"
                 " INSERT OR IGNORE INTO lead_tags (tag, lead_row)"
                 " SELECT value, new.row_id FROM json_each(new.tags); END"),
             QStringLiteral("CREATE TRIGGER lead_tags_update AFTER UPDATE OF tags ON leads BEGIN"
                            " DELETE FROM lead_tags WHERE lead_row = old.row_id;"
                            " INSERT OR IGNORE INTO lead_tags (tag, lead_row)"
                            " SELECT value, new.row_id FROM json_each(new.tags); END"),
         }},
        // Schema 3, for imports of a million leads at the speed of the sqlite3 shell:
        // - lead_tags goes. A row per lead and tag cost a third of an import; a tag filter now
        //   narrows by the search index and checks the lead's own tag list. tag_names keeps the
        //   workspace's tags for completion; it may hold a tag no lead has any more.
        // - The search index stops storing column sizes (columnsize=0): nothing ranks by them.
        // - The update-time and status indexes go: keeping them cost a quarter of an import, and
        //   sorting by those columns reads the table like sorting by any other column.
        {3,
         {
             QStringLiteral("DROP INDEX leads_updated"),
             QStringLiteral("DROP INDEX leads_status"),
             QStringLiteral("DROP TRIGGER lead_tags_insert"),
             QStringLiteral("DROP TRIGGER lead_tags_update"),
             QStringLiteral("DROP TABLE lead_tags"),
             QStringLiteral("CREATE TABLE tag_names (tag TEXT PRIMARY KEY COLLATE NOCASE) WITHOUT ROWID"),
             QStringLiteral("INSERT OR IGNORE INTO tag_names (tag) SELECT json_each.value"
                            " FROM leads, json_each(leads.tags) WHERE leads.tags <> '[]'"),
             LeadSchema::tagNamesInsertTrigger(),
             LeadSchema::tagNamesUpdateTrigger(),
             QStringLiteral("DROP TABLE leads_fts"),
             QStringLiteral("CREATE VIRTUAL TABLE leads_fts USING fts5("
                            " first_name, last_name, email, company, tags,"
                            " content = 'leads', content_rowid = 'row_id',"
                            " tokenize = 'unicode61 remove_diacritics 2', detail = none, columnsize = 0)"),
             QStringLiteral("INSERT INTO leads_fts (leads_fts) VALUES ('rebuild')"),
         }},
        // Schema 4, sync (docs/sync.md):
        // - conflicts: a field changed here and in the cloud, waiting for the user to pick a side. One
        //   row per lead and field; values are JSON ("deleted" holds a whole lead or {"deleted":true}).
        // - sync_runs: the last runs for `status` and the sync indicator (SyncRunRepository keeps 50).
        //   `error` is why a failed run failed, or for a run that completed, what the cloud refused.
        // - outbox.sent: the op went out at least once, so a retry must resend it unchanged (same opId,
        //   same fields) and it is never folded into a later edit.
        // - Consent changes become lead updates of the "consent" field, which is what the cloud takes.
        {4,
         {
             QStringLiteral("CREATE TABLE conflicts ("
                            " id INTEGER PRIMARY KEY,"
                            " lead_id TEXT NOT NULL,"
                            " field TEXT NOT NULL,"
                            " local_value TEXT NOT NULL,"
                            " server_value TEXT NOT NULL,"
                            " server_version INTEGER NOT NULL,"
                            " changed_by TEXT NOT NULL DEFAULT '',"
                            " changed_at INTEGER,"
                            " created_at INTEGER NOT NULL,"
                            " UNIQUE (lead_id, field))"),
             QStringLiteral("CREATE TABLE sync_runs ("
                            " id INTEGER PRIMARY KEY,"
                            " started INTEGER NOT NULL,"
                            " finished INTEGER,"
                            " pulled INTEGER NOT NULL DEFAULT 0,"
                            " pushed INTEGER NOT NULL DEFAULT 0,"
                            " conflicts INTEGER NOT NULL DEFAULT 0,"
                            " rejected INTEGER NOT NULL DEFAULT 0,"
                            " failed INTEGER NOT NULL DEFAULT 0,"
                            " error TEXT NOT NULL DEFAULT '',"
                            " request_id TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("ALTER TABLE outbox ADD COLUMN sent INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("UPDATE outbox SET fields = json_object('consent', CASE op WHEN 'delete' THEN"
                            " 'withdrawn' ELSE 'granted' END), op = 'update', entity = 'lead',"
                            " base_version = coalesce((SELECT version FROM leads WHERE leads.id ="
                            " outbox.entity_id), 0) WHERE entity = 'consent'"),
         }},
    };
    return steps;
}

int latestSchemaVersion()
{
    return migrations().back().version;
}

void migrate(Database& db)
{
    const int current = db.schemaVersion();
    if (current >= latestSchemaVersion()) {
        return;
    }
    Transaction transaction(db);
    for (const Migration& step : migrations()) {
        if (step.version <= current) {
            continue;
        }
        for (const QString& statement : step.statements) {
            db.writeSql(statement);
        }
        QSqlQuery& setVersion =
            db.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema_version', ?)"
                                      " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        setVersion.bindValue(0, QString::number(step.version));
        db.write(setVersion);
        qCInfo(lcStore) << "migrated store to schema" << step.version;
    }
    transaction.commit();
}

} // namespace leadbox
