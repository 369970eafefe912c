#pragma once

#include <QStringList>

namespace leadbox {

// The current definitions of the triggers that keep the search index and the tag names in step
// with the leads table. Migrations create them; a bulk import drops the per-row insert triggers,
// fills the search index in one statement, adds the file's tag names at the end, and puts the
// triggers back in the same transaction.
namespace LeadSchema {

QString ftsInsertTrigger();
QString ftsDeleteTrigger();
QString ftsUpdateTrigger();
QString tagNamesInsertTrigger();
QString tagNamesUpdateTrigger();

// The leads table's indexes that a large import drops and builds once at the end, which is several
// times faster than updating them row by row: the ones whose keys arrive in random order. The
// importer finds duplicate emails without the unique email index (see KeyRowMap). Indexes whose
// keys arrive in order (the id, the update time, the status) stay: appending to them is cheap.
struct IndexDefinition
{
    const char* name;
    const char* create;
};
const QList<IndexDefinition>& deferrableIndexes();

// Indexes the search index and tag table for leads with row_id above the parameter.
QString ftsFillAfterRow(); // one parameter: the last row_id before the import

} // namespace LeadSchema
} // namespace leadbox
