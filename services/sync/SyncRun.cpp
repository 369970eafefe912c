#include "services/sync/SyncRun.h"

#include "models/StoreError.h"
#include "models/WorkspaceStore.h"
#include "models/sync/PullApplier.h"
#include "models/sync/PushResultApplier.h"
#include "models/sync/SyncTypes.h"
#include "services/LogCategories.h"
#include "services/logging/RequestId.h"

#include <QTimer>

namespace leadbox {
namespace {

// Rounds in a row in which the cloud answered but nothing in the outbox moved on.
constexpr int kMaxStalledRounds = 3;

bool isTransient(const SyncResponse& response)
{
    const QString& code = response.error.code;
    if (code == QLatin1String("offline") || code == QLatin1String("timeout") ||
        code == QLatin1String("bad_response")) {
        return true;
    }
    const int status = response.httpStatus;
    return status == 408 || status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
}

} // namespace

SyncRun::SyncRun(WorkspaceStore& store, SyncTransport* transport, Options options, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_transport(transport)
    , m_options(options)
    , m_backoff(options.retryBaseMs, options.maxRetryWaitMs)
    , m_batchSize(options.batchSize)
{
}

void SyncRun::start()
{
    m_clock.start();
    try {
        m_record = SyncRunRepository(m_store.database()).begin();
        m_cursor = PullApplier::cursor(m_store.database());
    } catch (const StoreError& error) {
        fail(error.message(), {});
        return;
    }
    pull();
}

void SyncRun::pull()
{
    if (!m_transport) {
        fail(CloudError::notSignedIn().message, {});
        return;
    }
    m_transport->fetchChanges(m_cursor, m_options.pageLimit, this,
                              [this](const SyncResponse& response) { onPulled(response); });
}

void SyncRun::onPulled(const SyncResponse& response)
{
    if (!response.ok()) {
        retryOrFail(response, &SyncRun::pull);
        return;
    }
    const std::optional<FeedPage> page = FeedPage::parse(response.body);
    if (!page) {
        SyncResponse garbled = response;
        garbled.error = {QStringLiteral("bad_response"),
                         tr("The LeadBox cloud sent an answer LeadBox does not understand."),
                         response.requestId, response.httpStatus};
        retryOrFail(garbled, &SyncRun::pull);
        return;
    }
    m_attempts = 0;
    try {
        const PullApplier::Outcome outcome = PullApplier(m_store.database()).apply(*page);
        m_record.pulled += outcome.applied;
        m_record.conflicts += outcome.conflictsAdded;
        if (outcome.leadsChanged || outcome.conflictsChanged) {
            Q_EMIT storeChanged(outcome.leadsChanged, outcome.conflictsChanged);
        }
    } catch (const StoreError& error) {
        fail(error.message(), {});
        return;
    }
    const bool moved = !page->cursor.isEmpty() && page->cursor != m_cursor;
    if (moved) {
        m_cursor = page->cursor;
    }
    if (page->hasMore && moved) {
        pull();
        return;
    }
    if (page->hasMore) {
        const RequestIdScope scope(response.requestId);
        qCWarning(lcSync) << "the change feed said there is more but its cursor did not move; pushing now";
    }
    push();
}

void SyncRun::push()
{
    try {
        m_batch = PushBatchBuilder(m_store.database()).next(m_batchSize, m_options.maxBatchBytes);
    } catch (const StoreError& error) {
        fail(error.message(), {});
        return;
    }
    if (m_batch.isEmpty()) {
        finish();
        return;
    }
    sendBatch();
}

void SyncRun::sendBatch()
{
    if (!m_transport) {
        fail(CloudError::notSignedIn().message, {});
        return;
    }
    m_transport->pushMutations(m_batch.body(), this,
                               [this](const SyncResponse& response) { onPushed(response); });
}

void SyncRun::onPushed(const SyncResponse& response)
{
    if (!response.ok()) {
        const bool tooLarge =
            response.httpStatus == 413 || response.error.code == QLatin1String("too_many_mutations");
        if (tooLarge && m_batch.ops.size() > 1) {
            // Smaller batches; the ops already marked sent go out again unchanged.
            m_batchSize = std::max(1, static_cast<int>(m_batch.ops.size() / 2));
            push();
            return;
        }
        retryOrFail(response, &SyncRun::sendBatch);
        return;
    }
    const std::optional<QList<MutationResult>> results = MutationResult::parseAll(response.body);
    if (!results) {
        SyncResponse garbled = response;
        garbled.error = {QStringLiteral("bad_response"),
                         tr("The LeadBox cloud sent an answer LeadBox does not understand."),
                         response.requestId, response.httpStatus};
        retryOrFail(garbled, &SyncRun::sendBatch);
        return;
    }
    m_attempts = 0;
    try {
        const PushResultApplier::Outcome outcome =
            PushResultApplier(m_store.database()).apply(m_batch, *results);
        m_record.pushed += outcome.pushed;
        m_record.conflicts += outcome.conflictsAdded;
        m_record.rejected += outcome.rejected;
        if (!outcome.rejections.isEmpty()) {
            // The refusals of this run, newest last; the cloud's sentences carry no secret.
            QStringList lines =
                m_record.error.isEmpty() ? QStringList() : m_record.error.split(QLatin1Char('\n'));
            lines << outcome.rejections;
            m_record.error = lines.join(QLatin1Char('\n'));
            m_record.requestId = response.requestId;
        }
        if (outcome.leadsChanged || outcome.conflictsChanged || outcome.pushed > 0) {
            Q_EMIT storeChanged(outcome.leadsChanged || outcome.pushed > 0, outcome.conflictsChanged);
        }
        m_stalledRounds = outcome.progressed ? 0 : m_stalledRounds + 1;
    } catch (const StoreError& error) {
        fail(error.message(), {});
        return;
    }
    if (m_stalledRounds >= kMaxStalledRounds) {
        const RequestIdScope scope(response.requestId);
        qCWarning(lcSync) << "the cloud answered without settling any change" << m_stalledRounds
                          << "times; the changes stay queued";
        fail(tr("The LeadBox cloud did not take the changes; they stay on this computer and sync will try "
                "again later."),
             response.requestId);
        return;
    }
    push();
}

void SyncRun::retryOrFail(const SyncResponse& response, void (SyncRun::*again)())
{
    const QString requestId =
        response.error.requestId.isEmpty() ? response.requestId : response.error.requestId;
    if (isTransient(response) && ++m_attempts < m_options.maxAttempts) {
        const qint64 delay = m_backoff.delayMs(m_attempts, response.retryAfterMs);
        if (delay <= m_options.maxRetryWaitMs) {
            const RequestIdScope scope(requestId);
            qCInfo(lcSync).noquote() << QStringLiteral("request failed (%1, HTTP %2); retrying in %3 ms")
                                            .arg(response.error.code)
                                            .arg(response.httpStatus)
                                            .arg(delay);
            QTimer::singleShot(static_cast<int>(delay), this, again);
            return;
        }
    }
    m_offline =
        response.error.code == QLatin1String("offline") || response.error.code == QLatin1String("timeout");
    m_retryAfterMs = response.retryAfterMs;
    fail(response.error.message, requestId);
}

void SyncRun::fail(const QString& message, const QString& requestId)
{
    m_record.failed = true;
    m_record.error = message;
    m_record.requestId = requestId;
    finish();
}

void SyncRun::finish()
{
    if (m_done) {
        return;
    }
    m_done = true;
    m_record.finished = QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
    if (m_record.id > 0) {
        try {
            SyncRunRepository(m_store.database()).finish(m_record);
        } catch (const StoreError& error) {
            qCWarning(lcSync) << "could not record the sync run:" << error.message();
        }
    }
    {
        const RequestIdScope scope(m_record.requestId);
        // Counts and codes only: the error sentence may name a lead.
        qCInfo(lcSync).noquote()
            << QStringLiteral("sync run %1: pulled %2, pushed %3, conflicts %4, rejected %5 in %6 ms")
                   .arg(m_record.failed ? QStringLiteral("failed") : QStringLiteral("done"))
                   .arg(m_record.pulled)
                   .arg(m_record.pushed)
                   .arg(m_record.conflicts)
                   .arg(m_record.rejected)
                   .arg(m_clock.elapsed());
    }
    Q_EMIT finished();
}

} // namespace leadbox
