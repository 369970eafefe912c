#include "models/sync/PullApplier.h"

#include "models/LogCategories.h"
#include "models/store/Database.h"
#include "models/store/OutboxRepository.h"
#include "models/store/Transaction.h"
#include "models/sync/LeadMerge.h"
#include "models/sync/SyncTypes.h"

#include <QSqlQuery>

namespace leadbox {
namespace {

const QString kCursorKey = QStringLiteral("sync_cursor:changes");

} // namespace

PullApplier::PullApplier(Database& db)
    : m_db(db)
{
}

QString PullApplier::cursor(Database& db)
{
    QString value;
    QSqlQuery& select = db.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    select.bindValue(0, kCursorKey);
    db.forEachRow(select, [&](const QSqlQuery& row) { value = row.value(0).toString(); });
    return value;
}

PullApplier::Outcome PullApplier::apply(const FeedPage& page)
{
    Outcome outcome;
    outcome.skipped = page.skipped;
    Transaction transaction(m_db);
    LeadMerge merge(m_db);
    // Most pages meet a store with nothing pending: then no lead needs its ops and conflicts looked up.
    bool localState = OutboxRepository(m_db).hasEntity(QStringLiteral("lead"));
    if (!localState) {
        m_db.forEachRow(m_db.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM conflicts)")),
                        [&](const QSqlQuery& row) { localState = row.value(0).toInt() != 0; });
    }
    merge.setLocalStateToCheck(localState);
    for (const ServerChange& change : page.changes) {
        const LeadMerge::Outcome merged = merge.apply(change);
        if (!merged.applied) {
            ++outcome.skipped;
            continue;
        }
        ++outcome.applied;
        outcome.conflictsAdded += merged.conflictsAdded;
        outcome.leadsChanged = outcome.leadsChanged || merged.leadChanged;
        outcome.conflictsChanged = outcome.conflictsChanged || merged.conflictsChanged;
    }
    if (!page.cursor.isEmpty()) {
        QSqlQuery& store =
            m_db.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"
                                        " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        store.bindValue(0, kCursorKey);
        store.bindValue(1, page.cursor);
        m_db.write(store);
    }
    transaction.commit();
    if (outcome.skipped > 0) {
        qCInfo(lcStore) << "sync: skipped" << outcome.skipped << "change(s) of unknown kinds or shapes";
    }
    return outcome;
}

} // namespace leadbox
