#include "ui/ExportController.h"

#include "ui/ExportWorker.h"
#include "ui/MessageBox.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QProgressDialog>
#include <QThread>

namespace leadbox {
namespace {
constexpr int kBarMaximum = 1000;
constexpr int kShowProgressAfterMs = 400; // small exports finish without a flash of a dialog
} // namespace

ExportController::ExportController(QString databasePath, QWidget* window)
    : QObject(window)
    , m_databasePath(std::move(databasePath))
    , m_window(window)
{
    setObjectName(QStringLiteral("exportController"));
}

ExportController::~ExportController()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->quit();
        m_thread->wait();
    }
}

void ExportController::chooseFileAndExport(const QString& search, const LeadFilter& filter)
{
    if (isRunning()) {
        return;
    }
    const QString suggested =
        m_lastPath.isEmpty() ? QDir::home().filePath(QStringLiteral("leads.csv")) : m_lastPath;
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export Leads"), suggested,
                                                tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += QStringLiteral(".csv");
    }
    m_lastPath = path;
    exportTo(path, search, filter);
}

bool ExportController::exportTo(const QString& filePath, const QString& search, const LeadFilter& filter)
{
    if (isRunning()) {
        return false;
    }
    m_filePath = filePath;
    m_cancel = false;

    m_progress = new QProgressDialog(tr("Exporting leads to %1…").arg(QFileInfo(filePath).fileName()),
                                     tr("Cancel"), 0, kBarMaximum, m_window);
    m_progress->setObjectName(QStringLiteral("exportProgressDialog"));
    m_progress->setWindowTitle(tr("Export Leads"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(kShowProgressAfterMs);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, this, [this] {
        m_cancel = true;
        if (m_progress) {
            m_progress->setLabelText(tr("Cancelling…"));
        }
    });

    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("exportThread"));
    auto* worker = new ExportWorker(m_databasePath, filePath, search, filter, m_cancel);
    worker->moveToThread(m_thread);
    connect(m_thread, &QThread::started, worker, &ExportWorker::run);
    connect(worker, &ExportWorker::progressed, this, &ExportController::showProgress);
    connect(worker, &ExportWorker::finished, this, &ExportController::finish);
    connect(worker, &ExportWorker::finished, m_thread, &QThread::quit);
    connect(m_thread, &QThread::finished, worker, &QObject::deleteLater);
    m_thread->start();
    return true;
}

void ExportController::showProgress(qint64 done, qint64 total)
{
    if (m_progress && total > 0 && !m_cancel.load()) {
        m_progress->setValue(
            static_cast<int>(std::clamp<qint64>(done * kBarMaximum / total, 0, kBarMaximum)));
    }
}

void ExportController::finish(qint64 written, bool cancelled, const QString& error)
{
    // The worker's last act was to emit; let its thread end before the next export may start.
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    if (m_progress) {
        m_progress->reset();
        m_progress->deleteLater();
    }
    if (!error.isEmpty()) {
        MessageBox::warning(m_window, tr("Export Leads"), error);
    } else if (cancelled) {
        Q_EMIT statusMessage(tr("Export cancelled; no file was written."));
    } else {
        Q_EMIT statusMessage(tr("Exported %Ln lead(s) to %1.", nullptr, static_cast<int>(written))
                                 .arg(QDir::toNativeSeparators(m_filePath)));
    }
    Q_EMIT exportFinished(error.isEmpty() && !cancelled);
}

} // namespace leadbox
