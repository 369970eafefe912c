#pragma once

#include "models/store/OutboxRepository.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <nlohmann/json.hpp>

namespace leadbox {

class Database;

// One mutation as POST /v1/workspaces/{ws}/mutations takes it.
struct PushOp
{
    QString opId;
    QString entity;
    QString entityId;
    QString op;
    qint64 baseVersion = 0;
    nlohmann::json fields = nlohmann::json::object();
    bool fromImport = false; // a create expanded from an import entry, not an outbox row of its own
};

// The next ops to push, at most one per entity, in the order they were made.
struct PushBatch
{
    QList<PushOp> ops;
    // When the batch is a slice of an import entry: the entry and the last lead row it covers.
    QString importOpId;
    qint64 importId = 0;
    qint64 importLastRow = 0;

    bool isEmpty() const { return ops.isEmpty(); }
    bool isImportSlice() const { return !importOpId.isEmpty(); }
    // The request body: {"mutations":[…]}.
    QByteArray body() const;
};

// Takes the next batch off the outbox, in one transaction:
// - rows in seq order, one op per lead, so that no op races an earlier one of the same lead;
// - later unsent edits of a lead are folded into its first unsent op (OutboxOps::fold), so that a
//   lead edited ten times offline goes out as one op and cannot conflict with itself;
// - an op that went out before (sent) is resent unchanged, and nothing is folded into it;
// - an import entry at the head becomes a slice of creates for its leads, with op ids derived from
//   the import and the lead, so a retry after a crash creates nothing twice; rows after an import
//   wait until it is done.
// The batch's rows are marked sent before they leave.
class PushBatchBuilder
{
public:
    explicit PushBatchBuilder(Database& db);

    PushBatch next(int maxOps, qint64 maxBytes);

private:
    // False when the import had no leads left to send (its entry is gone then).
    bool sliceImport(const OutboxEntry& entry, int maxOps, qint64 maxBytes, PushBatch& batch);
    // False when nothing was taken and nothing folded away.
    bool collect(const QList<OutboxEntry>& rows, int maxOps, qint64 maxBytes, PushBatch& batch);

    Database& m_db;
};

} // namespace leadbox
