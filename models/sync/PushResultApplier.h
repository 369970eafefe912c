#pragma once

#include "models/sync/PushBatch.h"
#include "models/sync/SyncTypes.h"

#include <QCoreApplication>
#include <QStringList>

namespace leadbox {

class Database;

// Applies the cloud's answer to one pushed batch, in one transaction:
// - applied or duplicate: the op leaves the outbox; the lead learns its new version, and its later ops
//   take it as their base;
// - conflict: the server copy is merged exactly like a pulled change (LeadMerge), which turns the
//   clashing fields into conflicts and leaves the rest of the op to go out again;
// - rejected: the op leaves the outbox, the local value stays, and the reason is reported. A delete
//   the cloud never heard of (not_found) is simply done.
// An op without a result stays as it is, to be resent.
class PushResultApplier
{
    Q_DECLARE_TR_FUNCTIONS(PushResultApplier)

public:
    struct Outcome
    {
        int pushed = 0; // applied or duplicate
        int conflictsAdded = 0;
        int rejected = 0;
        QStringList rejections; // one sentence per refused change
        bool leadsChanged = false;
        bool conflictsChanged = false;
        bool progressed = false; // the outbox moved on: some op was settled or changed
    };

    explicit PushResultApplier(Database& db);

    Outcome apply(const PushBatch& batch, const QList<MutationResult>& results);

private:
    Database& m_db;
};

} // namespace leadbox
