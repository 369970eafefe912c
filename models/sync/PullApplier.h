#pragma once

#include <QString>

namespace leadbox {

class Database;
struct FeedPage;

// Applies one page of the change feed to a workspace store in one transaction, cursor included: after
// a crash the page is either all in, or pulled again. Each lead goes through LeadMerge; entities this
// client does not know are skipped. Pulled changes never make outbox rows.
class PullApplier
{
public:
    struct Outcome
    {
        int applied = 0;
        int skipped = 0;
        int conflictsAdded = 0;
        bool leadsChanged = false;
        bool conflictsChanged = false;
    };

    explicit PullApplier(Database& db);

    Outcome apply(const FeedPage& page);

    // Where the next pull starts: the cursor of the last page applied ("" before the first).
    static QString cursor(Database& db);

private:
    Database& m_db;
};

} // namespace leadbox
