#pragma once

#include "models/leads/LeadFilter.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <atomic>

class QProgressDialog;
class QThread;
class QWidget;

namespace leadbox {

// File → Export Leads…: asks for a file name, writes the leads matching the current search on a
// worker thread behind a progress dialog with Cancel, then reports in the status bar.
class ExportController : public QObject
{
    Q_OBJECT

public:
    // `window` parents the dialogs; the export reads `databasePath` through its own connection.
    ExportController(QString databasePath, QWidget* window);
    ~ExportController() override; // cancels a running export and waits for it

    // The leads written are those matching `search` and `filter`, as the table shows them.
    // Asks where to save (leads.csv in the home folder at first), then exports.
    void chooseFileAndExport(const QString& search, const LeadFilter& filter);
    // Exports without asking. Returns false when an export is already running.
    bool exportTo(const QString& filePath, const QString& search, const LeadFilter& filter);
    bool isRunning() const { return m_thread != nullptr; }

Q_SIGNALS:
    void statusMessage(const QString& message);
    // The export ended; `succeeded` when the file was written.
    void exportFinished(bool succeeded);

private:
    void showProgress(qint64 done, qint64 total);
    void finish(qint64 written, bool cancelled, const QString& error);

    QString m_databasePath;
    QWidget* m_window = nullptr;
    QString m_lastPath;
    QString m_filePath;
    QThread* m_thread = nullptr;
    QPointer<QProgressDialog> m_progress;
    std::atomic_bool m_cancel{false};
};

} // namespace leadbox
