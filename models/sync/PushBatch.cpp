#include "models/sync/PushBatch.h"

#include "models/leads/LeadRepository.h"
#include "models/store/Database.h"
#include "models/store/Transaction.h"
#include "models/sync/LeadSyncFields.h"
#include "models/sync/OutboxOps.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <algorithm>

namespace leadbox {
namespace {

// Room for an op's envelope (op id, entity, id, kind, base version) besides its fields.
constexpr qint64 kOpOverheadBytes = 200;

qint64 sizeOf(const nlohmann::json& fields)
{
    return static_cast<qint64>(fields.dump().size()) + kOpOverheadBytes;
}

} // namespace

QByteArray PushBatch::body() const
{
    nlohmann::json mutations = nlohmann::json::array();
    for (const PushOp& op : ops) {
        mutations.push_back({{"opId", op.opId.toStdString()},
                             {"entity", op.entity.toStdString()},
                             {"id", op.entityId.toStdString()},
                             {"op", op.op.toStdString()},
                             {"baseVersion", op.baseVersion},
                             {"fields", op.fields}});
    }
    return QByteArray::fromStdString(nlohmann::json{{"mutations", mutations}}.dump());
}

PushBatchBuilder::PushBatchBuilder(Database& db)
    : m_db(db)
{
}

PushBatch PushBatchBuilder::next(int maxOps, qint64 maxBytes)
{
    PushBatch batch;
    Transaction transaction(m_db);
    OutboxRepository outbox(m_db);
    const int window = std::max(maxOps * 4, 2000);
    // Each round either fills the batch, or removes something (a spent import, ops that cancel out).
    for (bool again = true; again && batch.isEmpty();) {
        const QList<OutboxEntry> rows = outbox.pending(window);
        if (rows.isEmpty()) {
            break;
        }
        if (rows.first().entity == QLatin1String("import")) {
            again = !sliceImport(rows.first(), maxOps, maxBytes, batch);
        } else {
            again = collect(rows, maxOps, maxBytes, batch);
        }
    }
    QStringList sent;
    for (const PushOp& op : batch.ops) {
        if (!op.fromImport) {
            sent.append(op.opId);
        }
    }
    outbox.markSent(sent);
    transaction.commit();
    return batch;
}

bool PushBatchBuilder::sliceImport(const OutboxEntry& entry, int maxOps, qint64 maxBytes, PushBatch& batch)
{
    const qint64 importId = entry.fields.value("importId", qint64{0});
    const qint64 afterRow = entry.fields.value("afterRow", qint64{0});
    std::vector<qint64> rowIds;
    QSqlQuery& select = m_db.prepare(QStringLiteral(
        "SELECT row_id FROM leads WHERE row_id > ? AND import_id = ? ORDER BY row_id LIMIT ?"));
    select.bindValue(0, afterRow);
    select.bindValue(1, importId);
    select.bindValue(2, maxOps);
    m_db.forEachRow(select, [&](const QSqlQuery& row) { rowIds.push_back(row.value(0).toLongLong()); });
    if (rowIds.empty()) {
        OutboxRepository(m_db).remove(entry.opId); // every lead of the import is in the cloud, or gone
        return false;
    }
    LeadRepository leads(m_db);
    qint64 bytes = 0;
    for (const Lead& lead : leads.byRowIds(rowIds)) {
        PushOp op;
        op.opId = OutboxRepository::importOpId(importId, lead.id);
        op.entity = QStringLiteral("lead");
        op.entityId = lead.id;
        op.op = QStringLiteral("create");
        op.baseVersion = lead.version;
        op.fields = LeadSyncFields::toData(lead);
        op.fromImport = true;
        bytes += sizeOf(op.fields);
        if (bytes > maxBytes && !batch.ops.isEmpty()) {
            break;
        }
        batch.importLastRow = lead.rowId;
        batch.ops.append(std::move(op));
    }
    batch.importOpId = entry.opId;
    batch.importId = importId;
    return true;
}

bool PushBatchBuilder::collect(const QList<OutboxEntry>& rows, int maxOps, qint64 maxBytes, PushBatch& batch)
{
    struct Head
    {
        OutboxEntry entry;
        QStringList folded; // rows merged into this one, to delete
        bool changed = false;
        bool vanished = false; // a create and a delete that cancel out: nothing to send
    };
    QList<Head> heads;
    QHash<QString, qsizetype> headOf;
    QSet<QString> blocked; // entities whose next row must wait for a later batch
    qint64 bytes = 0;
    for (const OutboxEntry& row : rows) {
        if (row.entity == QLatin1String("import")) {
            break; // what comes after an import waits until the import is in
        }
        const QString key = row.entity + QLatin1Char('\n') + row.entityId;
        if (blocked.contains(key)) {
            continue;
        }
        if (const auto it = headOf.constFind(key); it != headOf.constEnd()) {
            Head& head = heads[*it];
            const std::optional<OutboxOps::Op> folded =
                head.vanished || head.entry.sent || row.sent
                    ? std::nullopt
                    : OutboxOps::fold({head.entry.op, head.entry.fields}, {row.op, row.fields});
            if (!folded) {
                blocked.insert(key);
                continue;
            }
            head.folded.append(row.opId);
            head.changed = true;
            head.vanished = folded->op.isEmpty();
            head.entry.op = folded->op;
            head.entry.fields = folded->fields;
            continue;
        }
        const qint64 size = sizeOf(row.fields);
        if (heads.size() >= maxOps || (bytes + size > maxBytes && !heads.isEmpty())) {
            blocked.insert(key);
            continue;
        }
        bytes += size;
        headOf.insert(key, heads.size());
        heads.append(Head{row, {}, false, false});
    }

    OutboxRepository outbox(m_db);
    bool removedAny = false;
    for (const Head& head : heads) {
        for (const QString& opId : head.folded) {
            outbox.remove(opId);
        }
        if (head.vanished) {
            outbox.remove(head.entry.opId);
            removedAny = true;
            continue;
        }
        if (head.changed) {
            outbox.rewrite(head.entry.opId, head.entry.op, head.entry.fields);
        }
        batch.ops.append({head.entry.opId, head.entry.entity, head.entry.entityId, head.entry.op,
                          head.entry.baseVersion, head.entry.fields, false});
    }
    return !batch.isEmpty() || removedAny;
}

} // namespace leadbox
