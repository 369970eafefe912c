#pragma once

#include "models/store/OutboxRepository.h"
#include "models/sync/ConflictRepository.h"
#include "models/sync/SyncedLeadWriter.h"

namespace leadbox {

class Database;
struct ServerChange;

// The merge policy of sync for one lead: the cloud's latest state against the local row and the
// lead's pending outbox ops. Used for every page of the change feed and for the server copy that a
// conflicting mutation returns, inside the caller's transaction.
//
// - No pending ops and no open conflict: the cloud's state replaces the row (or deletes it).
// - Fields not pending here take the cloud's value; tags become the cloud's tags plus the local adds
//   minus the local removes.
// - A field pending here that the cloud changed after the op's base version, to another value,
//   becomes a conflict: the row keeps the local value, the field leaves the pending ops.
// - Deleted in the cloud while edited here, or deleted here while edited in the cloud: a conflict on
//   "deleted" that keeps both sides' data.
// - Then the lead's version and its remaining ops' base version become the cloud's version.
class LeadMerge
{
public:
    struct Outcome
    {
        bool applied = false;     // the change was for a lead and was taken into account
        bool leadChanged = false; // a lead row was written or deleted
        int conflictsAdded = 0;   // new conflicts (an updated one does not count)
        bool conflictsChanged = false;
    };

    explicit LeadMerge(Database& db);

    // When false, the caller knows that no lead has pending ops or conflicts, so each change is
    // written as it is without looking (a page pulled into a clean store).
    void setLocalStateToCheck(bool check) { m_checkLocal = check; }

    Outcome apply(const ServerChange& change);

private:
    Outcome applyToCleanLead(const ServerChange& change);
    Outcome applyToLocalDeletion(const ServerChange& change, const QList<OutboxEntry>& ops);
    Outcome applyDeletionToEditedLead(const ServerChange& change, const QList<OutboxEntry>& ops,
                                      const std::optional<Lead>& local);
    Outcome mergeFields(const ServerChange& change, const QList<OutboxEntry>& ops,
                        const QList<SyncConflict>& conflicts, const Lead& local, const Lead& server);
    static void withdrawField(QList<OutboxEntry>& ops, const QString& field, const QString& value);

    Database& m_db;
    OutboxRepository m_outbox;
    SyncedLeadWriter m_writer;
    ConflictRepository m_conflicts;
    bool m_checkLocal = true;
};

} // namespace leadbox
