#include "models/sync/PushResultApplier.h"

#include "models/LogCategories.h"
#include "models/store/Database.h"
#include "models/store/OutboxRepository.h"
#include "models/store/Transaction.h"
#include "models/sync/LeadMerge.h"
#include "models/sync/SyncedLeadWriter.h"

#include <QHash>
#include <QSqlQuery>

namespace leadbox {
namespace {

const QString kLead = QStringLiteral("lead");

} // namespace

PushResultApplier::PushResultApplier(Database& db)
    : m_db(db)
{
}

PushResultApplier::Outcome PushResultApplier::apply(const PushBatch& batch,
                                                    const QList<MutationResult>& results)
{
    QHash<QString, const MutationResult*> byOpId;
    for (const MutationResult& result : results) {
        byOpId.insert(result.opId, &result);
    }
    Outcome outcome;
    Transaction transaction(m_db);
    OutboxRepository outbox(m_db);
    SyncedLeadWriter writer(m_db);
    LeadMerge merge(m_db);
    bool importAnswered = true;
    for (const PushOp& op : batch.ops) {
        const MutationResult* result = byOpId.value(op.opId);
        if (!result) {
            importAnswered = importAnswered && !op.fromImport;
            continue;
        }
        const bool isLead = op.entity == kLead;
        switch (result->status) {
        case MutationResult::Status::Applied:
        case MutationResult::Status::Duplicate:
            if (!op.fromImport) {
                outbox.remove(op.opId);
            }
            if (isLead && result->version > 0) {
                writer.raiseVersion(op.entityId, result->version);
                outbox.rebase(kLead, op.entityId, result->version);
            }
            ++outcome.pushed;
            outcome.progressed = true;
            break;
        case MutationResult::Status::Conflict: {
            if (!result->server || result->server->id != op.entityId) {
                qCWarning(lcStore) << "sync: a conflict came back without the server copy; the op stays";
                break;
            }
            const LeadMerge::Outcome merged = merge.apply(*result->server);
            outcome.conflictsAdded += merged.conflictsAdded;
            outcome.leadsChanged = outcome.leadsChanged || merged.leadChanged;
            outcome.conflictsChanged = outcome.conflictsChanged || merged.conflictsChanged;
            if (!op.fromImport) {
                // What is left of the op was never applied: it may be folded and sent again.
                outbox.markUnsent(op.opId);
            }
            outcome.progressed = true;
            break;
        }
        case MutationResult::Status::Rejected: {
            if (!op.fromImport) {
                outbox.remove(op.opId);
            }
            outcome.progressed = true;
            if (op.op == QLatin1String("delete") && result->reasonCode == QLatin1String("not_found")) {
                break; // never reached the cloud: deleting it is done
            }
            ++outcome.rejected;
            const std::optional<Lead> lead = isLead ? writer.find(op.entityId) : std::nullopt;
            const QString what = lead ? lead->displayName() : op.entityId;
            const QString reason =
                result->reasonMessage.isEmpty() ? result->reasonCode : result->reasonMessage;
            outcome.rejections.append(tr("The cloud refused a change to %1: %2").arg(what, reason));
            break;
        }
        }
    }
    if (batch.isImportSlice() && importAnswered) {
        // The slice is settled: the import entry moves past it, or goes when nothing is left.
        bool more = false;
        QSqlQuery& rest = m_db.prepare(
            QStringLiteral("SELECT EXISTS (SELECT 1 FROM leads WHERE row_id > ? AND import_id = ?)"));
        rest.bindValue(0, batch.importLastRow);
        rest.bindValue(1, batch.importId);
        m_db.forEachRow(rest, [&](const QSqlQuery& row) { more = row.value(0).toInt() != 0; });
        if (more) {
            outbox.rewrite(batch.importOpId, QStringLiteral("create"),
                           {{"importId", batch.importId}, {"afterRow", batch.importLastRow}});
        } else {
            outbox.remove(batch.importOpId);
        }
        outcome.progressed = true;
    }
    transaction.commit();
    return outcome;
}

} // namespace leadbox
