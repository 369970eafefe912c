#include "models/sync/LeadMerge.h"

#include "models/LogCategories.h"
#include "models/store/Database.h"
#include "models/sync/LeadSyncFields.h"
#include "models/sync/OutboxOps.h"
#include "models/sync/SyncTypes.h"

#include <QHash>
#include <algorithm>

namespace leadbox {
namespace {

const QString kLead = QStringLiteral("lead");
const nlohmann::json kDeletedMarker = {{"deleted", true}};

bool hasOp(const QList<OutboxEntry>& ops, const char* op)
{
    return std::any_of(ops.cbegin(), ops.cend(),
                       [&](const OutboxEntry& e) { return e.op == QLatin1String(op); });
}

nlohmann::json text(const QString& value)
{
    return value.toStdString();
}

QString jsonText(const nlohmann::json& value)
{
    return value.is_string() ? QString::fromStdString(value.get<std::string>()) : QString();
}

// Whether an op that already went out sets `field` to `value`: the cloud may have applied it even though
// its answer never came back (a timeout, a dropped connection, a crash).
bool sentOpSets(const QList<OutboxEntry>& ops, const QString& field, const QString& value)
{
    const bool custom = field.startsWith(LeadSyncFields::kCustomPrefix);
    const std::string key = (custom ? field.mid(LeadSyncFields::kCustomPrefix.size()) : field).toStdString();
    return std::any_of(ops.cbegin(), ops.cend(), [&](const OutboxEntry& entry) {
        if (!entry.sent || !entry.fields.is_object()) {
            return false;
        }
        const nlohmann::json* values = &entry.fields;
        if (custom) {
            const auto it = entry.fields.find("custom");
            if (it == entry.fields.end() || !it->is_object()) {
                return false;
            }
            values = &*it;
        }
        const auto it = values->find(key);
        return it != values->end() && it->is_string() && jsonText(*it) == value;
    });
}

} // namespace

LeadMerge::LeadMerge(Database& db)
    : m_db(db)
    , m_outbox(db)
    , m_writer(db)
    , m_conflicts(db)
{
}

LeadMerge::Outcome LeadMerge::apply(const ServerChange& change)
{
    if (change.entity != kLead) {
        return {};
    }
    const QList<OutboxEntry> ops = m_checkLocal ? m_outbox.forEntity(kLead, change.id) : QList<OutboxEntry>();
    const QList<SyncConflict> conflicts =
        m_checkLocal ? m_conflicts.forLead(change.id) : QList<SyncConflict>();
    if (ops.isEmpty() && conflicts.isEmpty()) {
        return applyToCleanLead(change);
    }
    const std::optional<Lead> local = m_writer.find(change.id);
    if (local && local->version > change.version) {
        return {true}; // older than what this store already has
    }
    Outcome outcome{true};
    // An open deletion conflict takes in every later state of the lead until the user decides.
    for (const SyncConflict& conflict : conflicts) {
        if (conflict.isDeletion()) {
            m_conflicts.updateServerSide(conflict.id, change.deleted ? kDeletedMarker : change.data, change);
            outcome.conflictsChanged = true;
            return outcome;
        }
    }
    if (hasOp(ops, "delete")) {
        return applyToLocalDeletion(change, ops);
    }
    if (change.deleted) {
        return applyDeletionToEditedLead(change, ops, local);
    }
    const std::optional<Lead> server = LeadSyncFields::fromServer(change);
    if (!server) {
        qCWarning(lcStore) << "sync: skipped a lead change that is not a lead, version" << change.version;
        return {};
    }
    if (!local) {
        m_writer.write(*server);
        m_outbox.rebase(kLead, change.id, change.version);
        outcome.leadChanged = true;
        return outcome;
    }
    return mergeFields(change, ops, conflicts, *local, *server);
}

LeadMerge::Outcome LeadMerge::applyToCleanLead(const ServerChange& change)
{
    if (change.deleted) {
        m_writer.remove(change.id, change.version);
        return {true, true};
    }
    const std::optional<Lead> lead = LeadSyncFields::fromServer(change);
    if (!lead) {
        qCWarning(lcStore) << "sync: skipped a lead change that is not a lead, version" << change.version;
        return {};
    }
    m_writer.write(*lead);
    return {true, true};
}

LeadMerge::Outcome LeadMerge::applyToLocalDeletion(const ServerChange& change, const QList<OutboxEntry>& ops)
{
    Outcome outcome{true};
    const auto lastDelete = std::find_if(
        ops.crbegin(), ops.crend(), [](const OutboxEntry& e) { return e.op == QLatin1String("delete"); });
    const bool undone = std::any_of(ops.crbegin(), lastDelete,
                                    [](const OutboxEntry& e) { return e.op == QLatin1String("create"); });
    if (change.deleted && undone) {
        // Deleted on both sides, then the deletion was undone here (its answer may have been lost on the
        // way): the deletion is done, and the create brings the lead back to the cloud.
        for (const OutboxEntry& entry : ops) {
            if (entry.op == QLatin1String("delete")) {
                m_outbox.remove(entry.opId);
            }
        }
        m_outbox.rebase(kLead, change.id, change.version);
        m_writer.raiseVersion(change.id, change.version);
        return outcome;
    }
    if (change.deleted) {
        // Deleted on both sides: nothing left to send or to ask.
        m_outbox.removeForEntity(kLead, change.id);
        m_conflicts.removeForLead(change.id);
        outcome.conflictsChanged = true;
        return outcome;
    }
    qint64 base = 0;
    for (const OutboxEntry& entry : ops) {
        if (entry.op == QLatin1String("delete")) {
            base = entry.baseVersion;
        }
    }
    if (!change.changedAfter(base)) {
        m_outbox.rebase(kLead, change.id, change.version);
        return outcome;
    }
    // Someone edited what was deleted here: keep their data so that "keep theirs" can restore it.
    m_outbox.removeForEntity(kLead, change.id);
    m_conflicts.removeForLead(change.id);
    m_conflicts.record(change.id, LeadSyncFields::kDeleted, kDeletedMarker, change.data, change);
    outcome.conflictsAdded = 1;
    outcome.conflictsChanged = true;
    return outcome;
}

LeadMerge::Outcome LeadMerge::applyDeletionToEditedLead(const ServerChange& change,
                                                        const QList<OutboxEntry>& ops,
                                                        const std::optional<Lead>& local)
{
    Outcome outcome{true};
    if (hasOp(ops, "create")) {
        // Created again here (an undone delete): the cloud takes a create of a deleted id.
        m_outbox.rebase(kLead, change.id, change.version);
        m_writer.raiseVersion(change.id, change.version);
        return outcome;
    }
    m_outbox.removeForEntity(kLead, change.id);
    m_conflicts.removeForLead(change.id);
    outcome.conflictsChanged = true;
    if (!local) {
        return outcome;
    }
    // Deleted in the cloud, edited here: the lead stays until the user decides.
    m_conflicts.record(change.id, LeadSyncFields::kDeleted, LeadSyncFields::toData(*local), kDeletedMarker,
                       change);
    m_writer.raiseVersion(change.id, change.version);
    outcome.conflictsAdded = 1;
    return outcome;
}

LeadMerge::Outcome LeadMerge::mergeFields(const ServerChange& change, const QList<OutboxEntry>& ops,
                                          const QList<SyncConflict>& conflicts, const Lead& local,
                                          const Lead& server)
{
    Outcome outcome{true, true};
    // The lowest base version of the ops that touch each field.
    QHash<QString, qint64> pendingBase;
    for (const OutboxEntry& entry : ops) {
        for (const QString& field : LeadSyncFields::touchedFields(entry.op, entry.fields)) {
            const auto it = pendingBase.constFind(field);
            pendingBase.insert(field, it == pendingBase.constEnd() ? entry.baseVersion
                                                                   : std::min(*it, entry.baseVersion));
        }
    }
    QHash<QString, SyncConflict> open;
    for (const SyncConflict& conflict : conflicts) {
        open.insert(conflict.field, conflict);
    }

    Lead merged = local;
    merged.version = change.version;
    merged.createdAt = server.createdAt;
    QList<OutboxEntry> pending = ops;
    for (const QString& field : LeadSyncFields::valueFields(local, server)) {
        const QString mine = LeadSyncFields::value(local, field).value_or(QString());
        const QString theirs = LeadSyncFields::value(server, field).value_or(QString());
        if (const auto it = open.constFind(field); it != open.constEnd()) {
            // Still waiting for the user: the row keeps the local value, the conflict learns the new one.
            if (mine == theirs) {
                m_conflicts.remove(it->id);
                outcome.conflictsChanged = true;
            } else if (jsonText(it->serverValue) != theirs) {
                m_conflicts.updateServerSide(it->id, text(theirs), change);
                outcome.conflictsChanged = true;
            }
            continue;
        }
        const auto base = pendingBase.constFind(field);
        if (base == pendingBase.constEnd()) {
            LeadSyncFields::setValue(merged, field, theirs);
            continue;
        }
        if (mine == theirs) {
            withdrawField(pending, field, theirs); // the cloud has it already
            continue;
        }
        if (change.fieldVersion(field) > *base && !sentOpSets(ops, field, theirs)) {
            if (m_conflicts.record(change.id, field, text(mine), text(theirs), change)) {
                ++outcome.conflictsAdded;
            }
            outcome.conflictsChanged = true;
            withdrawField(pending, field, theirs);
        }
        // Otherwise the local value stands and goes out with its op. That includes a later local edit of
        // a field whose earlier op the cloud applied without us hearing back: it is our own change, not a
        // conflict with ourselves.
    }
    if (pendingBase.contains(LeadSyncFields::kTags)) {
        const OutboxOps::TagDelta delta = OutboxOps::tagDelta(ops);
        merged.tags = delta.set ? local.tags : OutboxOps::applyTagDelta(server.tags, delta);
    } else {
        merged.tags = server.tags;
    }
    if (pendingBase.isEmpty() && open.isEmpty()) {
        merged.updatedAt = server.updatedAt;
    }

    for (const OutboxEntry& entry : pending) {
        const auto before = std::find_if(ops.cbegin(), ops.cend(),
                                         [&](const OutboxEntry& e) { return e.opId == entry.opId; });
        if (entry.op == QLatin1String("update") && entry.fields.empty()) {
            m_outbox.remove(entry.opId);
        } else if (before != ops.cend() && before->fields != entry.fields) {
            m_outbox.rewrite(entry.opId, entry.op, entry.fields);
        }
    }
    m_writer.write(merged);
    m_outbox.rebase(kLead, change.id, change.version);
    return outcome;
}

void LeadMerge::withdrawField(QList<OutboxEntry>& ops, const QString& field, const QString& value)
{
    for (OutboxEntry& entry : ops) {
        if (LeadSyncFields::touchedFields(entry.op, entry.fields).contains(field)) {
            OutboxOps::withdrawField(entry.op, entry.fields, field, value);
        }
    }
}

} // namespace leadbox
