#include "models/sync/SyncRunRepository.h"

#include "models/store/Database.h"
#include "models/store/Transaction.h"

#include <QSqlQuery>

namespace leadbox {
namespace {

QDateTime fromMillis(const QVariant& value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QDateTime now()
{
    return QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
}

} // namespace

SyncRunRepository::SyncRunRepository(Database& db)
    : m_db(db)
{
}

SyncRunRecord SyncRunRepository::begin()
{
    SyncRunRecord run;
    run.started = now();
    Transaction transaction(m_db);
    QSqlQuery& insert = m_db.prepare(QStringLiteral("INSERT INTO sync_runs (started) VALUES (?)"));
    insert.bindValue(0, run.started.toMSecsSinceEpoch());
    run.id = m_db.write(insert);
    QSqlQuery& prune = m_db.prepare(QStringLiteral("DELETE FROM sync_runs WHERE id <= ?"));
    prune.bindValue(0, run.id - kKeptRuns);
    m_db.write(prune);
    transaction.commit();
    return run;
}

void SyncRunRepository::finish(const SyncRunRecord& run)
{
    QSqlQuery& update = m_db.prepare(QStringLiteral(
        "UPDATE sync_runs SET finished = ?, pulled = ?, pushed = ?, conflicts = ?, rejected = ?,"
        " failed = ?, error = ?, request_id = ? WHERE id = ?"));
    update.bindValue(0, (run.finished.isValid() ? run.finished : now()).toMSecsSinceEpoch());
    update.bindValue(1, run.pulled);
    update.bindValue(2, run.pushed);
    update.bindValue(3, run.conflicts);
    update.bindValue(4, run.rejected);
    update.bindValue(5, run.failed ? 1 : 0);
    update.bindValue(6, run.error.isNull() ? QStringLiteral("") : run.error);
    update.bindValue(7, run.requestId.isNull() ? QStringLiteral("") : run.requestId);
    update.bindValue(8, run.id);
    m_db.write(update);
}

QList<SyncRunRecord> SyncRunRepository::select(const QString& where, int limit)
{
    QSqlQuery& query = m_db.prepare(
        QStringLiteral("SELECT id, started, finished, pulled, pushed, conflicts, rejected, failed, error,"
                       " request_id FROM sync_runs") +
        where + QStringLiteral(" ORDER BY id DESC LIMIT ?"));
    query.bindValue(0, limit);
    QList<SyncRunRecord> runs;
    m_db.forEachRow(query, [&](const QSqlQuery& row) {
        SyncRunRecord run;
        run.id = row.value(0).toLongLong();
        run.started = fromMillis(row.value(1));
        run.finished = fromMillis(row.value(2));
        run.pulled = row.value(3).toLongLong();
        run.pushed = row.value(4).toLongLong();
        run.conflicts = row.value(5).toLongLong();
        run.rejected = row.value(6).toLongLong();
        run.failed = row.value(7).toInt() != 0;
        run.error = row.value(8).toString();
        run.requestId = row.value(9).toString();
        runs.append(run);
    });
    return runs;
}

std::optional<SyncRunRecord> SyncRunRepository::last()
{
    const QList<SyncRunRecord> runs = select(QString(), 1);
    return runs.isEmpty() ? std::nullopt : std::optional<SyncRunRecord>(runs.first());
}

std::optional<SyncRunRecord> SyncRunRepository::lastFinished()
{
    const QList<SyncRunRecord> runs = select(QStringLiteral(" WHERE finished IS NOT NULL"), 1);
    return runs.isEmpty() ? std::nullopt : std::optional<SyncRunRecord>(runs.first());
}

QList<SyncRunRecord> SyncRunRepository::recent(int limit)
{
    return select(QString(), limit);
}

} // namespace leadbox
