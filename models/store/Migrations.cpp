#include "models/store/Migrations.h"

#include "models/LogCategories.h"
#include "models/store/Database.h"
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
