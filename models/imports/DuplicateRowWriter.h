#pragma once

#include "models/imports/ImportTypes.h"
#include "models/imports/ParsedRows.h"
#include "models/imports/SearchIndexBuilder.h"
#include "models/store/OutboxRepository.h"
#include "models/store/RawStatement.h"

#include <vector>

namespace leadbox {

class Database;

// Applies a row of an import file to the lead that already has its email, by the import's
// duplicate policy, with all that goes with an edit: the search index (the per-row triggers are off
// during an import), the outbox, the lead's timeline and, when the import records it, consent.
class DuplicateRowWriter
{
public:
    enum class Outcome
    {
        Missing, // the stored row could not be read back
        Skipped, // the policy or the values leave the lead as it is
        Updated,
    };

    // Leads with a row id above `lastRowBefore` were added by this import: they go to the search
    // index, the outbox and the timeline with the rest of it, at its end.
    DuplicateRowWriter(Database& db, const ImportOptions& options, qint64 importId, qint64 now,
                       qint64 lastRowBefore);

    // `reindexes`, when given, collects the search changes of leads this import added, for the
    // search index being built beside it.
    Outcome apply(qint64 storedRow, const ParsedRow& row,
                  std::vector<SearchIndexBuilder::Reindex>* reindexes);

private:
    const ImportOptions& m_options;
    const qint64 m_importId;
    const qint64 m_now;
    const qint64 m_lastRowBefore;
    const bool m_consentGiven;
    RawStatement m_findStored;
    RawStatement m_updateStored;
    RawStatement m_ftsRemove;
    RawStatement m_ftsAdd;
    RawStatement m_consentAdd;
    RawStatement m_activityAdd;
    OutboxRepository m_outbox;
};

} // namespace leadbox
