#pragma once

#include <QStringList>

namespace leadbox {

// The current definitions of the triggers that keep the search index and the tag table in step
// with the leads table. Migrations create them; a bulk import drops the per-row insert triggers,
// fills both tables in one statement each, and puts the triggers back in the same transaction.
namespace LeadSchema {

QString ftsInsertTrigger();
QString ftsDeleteTrigger();
QString ftsUpdateTrigger();
QString tagsInsertTrigger();
QString tagsUpdateTrigger();

// The leads table's indexes that no lookup during an import needs: a large import drops them and
// builds each once at the end, which is several times faster than updating them row by row.
struct IndexDefinition
{
    const char* name;
    const char* create;
};
const QList<IndexDefinition>& deferrableIndexes();

// Indexes the search index and tag table for leads with row_id above the parameter.
QString ftsFillAfterRow();  // one parameter: the last row_id before the import
QString tagsFillAfterRow(); // likewise

} // namespace LeadSchema
} // namespace leadbox
