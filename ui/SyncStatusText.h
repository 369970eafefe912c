#pragma once

#include <QCoreApplication>
#include <QString>

namespace leadbox {

class SyncEngine;

// What the status bar and Sync Details say about sync: "Synced", "Syncing…", "Offline · 3 pending",
// "2 conflicts", or the error with its request ID.
struct SyncStatusText
{
    Q_DECLARE_TR_FUNCTIONS(SyncStatusText)

public:
    QString brief;          // the status bar's words
    QString detail;         // a full sentence, with the last sync time and the request ID of an error
    bool attention = false; // conflicts or an error: something for the user to look at

    static SyncStatusText of(const SyncEngine& engine);
};

} // namespace leadbox
