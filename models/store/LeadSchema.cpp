#include "models/store/LeadSchema.h"

namespace leadbox::LeadSchema {

QString ftsInsertTrigger()
{
    return QStringLiteral("CREATE TRIGGER leads_fts_insert AFTER INSERT ON leads BEGIN"
                          " INSERT INTO leads_fts (rowid, first_name, last_name, email, company, tags)"
                          " VALUES (new.row_id, new.first_name, new.last_name, new.email, new.company,"
                          " new.tags); END");
}

QString ftsDeleteTrigger()
{
    return QStringLiteral("CREATE TRIGGER leads_fts_delete AFTER DELETE ON leads BEGIN"
                          " INSERT INTO leads_fts (leads_fts, rowid, first_name, last_name, email,"
                          " company, tags) VALUES ('delete', old.row_id, old.first_name, old.last_name,"
                          " old.email, old.company, old.tags); END");
}

QString ftsUpdateTrigger()
{
    return QStringLiteral("CREATE TRIGGER leads_fts_update AFTER UPDATE OF first_name, last_name, email,"
                          " company, tags ON leads BEGIN"
                          " INSERT INTO leads_fts (leads_fts, rowid, first_name, last_name, email,"
                          " company, tags) VALUES ('delete', old.row_id, old.first_name, old.last_name,"
                          " old.email, old.company, old.tags);"
                          " INSERT INTO leads_fts (rowid, first_name, last_name, email, company, tags)"
                          " VALUES (new.row_id, new.first_name, new.last_name, new.email, new.company,"
                          " new.tags); END");
}

QString tagNamesInsertTrigger()
{
    return QStringLiteral(
        "CREATE TRIGGER tag_names_insert AFTER INSERT ON leads WHEN new.tags <> '[]' BEGIN"
        " INSERT OR IGNORE INTO tag_names (tag) SELECT value FROM json_each(new.tags); END");
}

QString tagNamesUpdateTrigger()
{
    return QStringLiteral(
        "CREATE TRIGGER tag_names_update AFTER UPDATE OF tags ON leads WHEN new.tags <> '[]'"
        " BEGIN INSERT OR IGNORE INTO tag_names (tag) SELECT value FROM json_each(new.tags);"
        " END");
}

const QList<IndexDefinition>& deferrableIndexes()
{
    static const QList<IndexDefinition> indexes{
        {"leads_email_key", "CREATE UNIQUE INDEX leads_email_key ON leads (email_key)"},
        {"leads_created", "CREATE INDEX leads_created ON leads (created_at, row_id)"},
    };
    return indexes;
}

QString ftsFillAfterRow()
{
    return QStringLiteral(
        "INSERT INTO leads_fts (rowid, first_name, last_name, email, company, tags)"
        " SELECT row_id, first_name, last_name, email, company, tags FROM leads WHERE row_id > ?");
}

} // namespace leadbox::LeadSchema
