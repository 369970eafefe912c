#include "ui/SyncStatusText.h"

#include "services/sync/SyncEngine.h"

#include <QLocale>
#include <QStringList>

namespace leadbox {

SyncStatusText SyncStatusText::of(const SyncEngine& engine)
{
    SyncStatusText text;
    const int pending = static_cast<int>(engine.pendingCount());
    const int conflicts = static_cast<int>(engine.conflictCount());
    QStringList brief;
    QStringList detail;
    switch (engine.state()) {
    case SyncEngine::State::Syncing:
        brief.append(tr("Syncing…"));
        detail.append(tr("Syncing with LeadBox Cloud now."));
        break;
    case SyncEngine::State::Synced:
        if (pending == 0 && conflicts == 0) {
            brief.append(tr("Synced"));
        }
        detail.append(
            engine.lastSyncedAt().isValid()
                ? tr("Synced with LeadBox Cloud at %1.")
                      .arg(QLocale().toString(engine.lastSyncedAt().toLocalTime(), QLocale::ShortFormat))
                : tr("Not synced yet."));
        break;
    case SyncEngine::State::Offline:
        brief.append(tr("Offline"));
        detail.append(tr("Offline: LeadBox Cloud cannot be reached. Your changes are kept here and sync when "
                         "the connection is back."));
        break;
    case SyncEngine::State::Error: {
        const QString request = engine.lastErrorRequestId();
        brief.append(request.isEmpty() ? tr("Sync error") : tr("Sync error (request ID %1)").arg(request));
        detail.append(request.isEmpty()
                          ? tr("Sync stopped: %1").arg(engine.lastError())
                          : tr("Sync stopped: %1 Request ID: %2.").arg(engine.lastError(), request));
        text.attention = true;
        break;
    }
    }
    if (pending > 0) {
        brief.append(tr("%n pending", nullptr, pending));
        detail.append(tr("%n change(s) made here wait to be sent.", nullptr, pending));
    }
    if (conflicts > 0) {
        brief.append(tr("%n conflict(s)", nullptr, conflicts));
        detail.append(
            tr("%n conflict(s) wait for you to choose a value (Conflicts page).", nullptr, conflicts));
        text.attention = true;
    }
    text.brief = brief.join(QStringLiteral(" · "));
    text.detail = detail.join(QLatin1Char(' '));
    return text;
}

} // namespace leadbox
