#include "ui/ImportProgressPage.h"

#include "ui/ImportWizard.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

namespace leadbox {
namespace {

constexpr int kBarMaximum = 1000;
constexpr int kFinishingAt = 990; // the rows are in; the search index and indexes are being built
constexpr qint64 kEstimateAfterMs = 2000;

QString timeLeft(qint64 ms)
{
    const int seconds = static_cast<int>(std::max<qint64>(1, (ms + 999) / 1000));
    if (seconds < 90) {
        return ImportProgressPage::tr("about %1 s left").arg(seconds);
    }
    return ImportProgressPage::tr("about %1 min left").arg((seconds + 30) / 60);
}

} // namespace

ImportProgressPage::ImportProgressPage(ImportWizard& wizard)
    : m_wizard(wizard)
{
    setObjectName(QStringLiteral("importProgressPage"));
    setTitle(tr("Importing"));
    setSubTitle(tr("The workspace changes only when the whole file is in. Cancel leaves it as it was."));

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("importStatusLabel"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_bar = new QProgressBar;
    m_bar->setObjectName(QStringLiteral("importProgress"));
    m_bar->setAccessibleName(tr("Import progress"));
    m_bar->setRange(0, kBarMaximum);
    m_detail = new QLabel;
    m_detail->setObjectName(QStringLiteral("importDetailLabel"));
    m_detail->setTextFormat(Qt::PlainText);
    m_cancelButton = new QPushButton(tr("&Cancel Import"));
    m_cancelButton->setObjectName(QStringLiteral("cancelImportButton"));

    auto* buttonRow = new QHBoxLayout;
    buttonRow->addStretch();
    buttonRow->addWidget(m_cancelButton);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(m_status);
    layout->addWidget(m_bar);
    layout->addWidget(m_detail);
    layout->addSpacing(12);
    layout->addLayout(buttonRow);
    layout->addStretch(2);

    connect(m_cancelButton, &QPushButton::clicked, this, &ImportProgressPage::requestCancel);
}

ImportProgressPage::~ImportProgressPage()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->quit();
        m_thread->wait();
    }
}

void ImportProgressPage::initializePage()
{
    start();
}

bool ImportProgressPage::isComplete() const
{
    return m_done;
}

void ImportProgressPage::start()
{
    if (m_running || m_done) {
        return;
    }
    const ImportOptions options = m_wizard.importOptions();
    m_cancel = false;
    m_running = true;
    m_status->setText(tr("Importing %1…").arg(QFileInfo(options.filePath).fileName()));
    m_bar->setRange(0, kBarMaximum);
    m_bar->setValue(0);
    m_detail->clear();
    m_cancelButton->setEnabled(true);
    m_cancelButton->setFocus();
    m_clock.start();

    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("importThread"));
    auto* worker = new ImportWorker(m_wizard.databasePath(), options, m_cancel);
    worker->moveToThread(m_thread);
    connect(m_thread, &QThread::started, worker, &ImportWorker::run);
    connect(worker, &ImportWorker::progressed, this, &ImportProgressPage::showProgress);
    connect(worker, &ImportWorker::finished, this, &ImportProgressPage::workerFinished);
    connect(worker, &ImportWorker::finished, m_thread, &QThread::quit);
    connect(m_thread, &QThread::finished, worker, &QObject::deleteLater);
    m_thread->start();
}

void ImportProgressPage::showProgress(qint64 done, qint64 total)
{
    if (!m_running || total <= 0) {
        return;
    }
    if (m_bar->maximum() == 0) {
        return; // already finishing
    }
    const int value = static_cast<int>(std::clamp<qint64>(done * kBarMaximum / total, 0, kBarMaximum));
    m_bar->setValue(value);
    if (m_cancel.load()) {
        return; // keep saying that it is cancelling
    }
    if (value >= kFinishingAt) {
        // Past the last row the importer no longer looks at the cancel flag.
        m_status->setText(tr("Finishing: building the search index…"));
        m_detail->clear();
        m_cancelButton->setEnabled(false);
        m_bar->setRange(0, 0); // busy: this last step reports no progress
        return;
    }
    const QLocale locale;
    QString detail = tr("%1 of %2 read").arg(locale.formattedDataSize(done), locale.formattedDataSize(total));
    const qint64 elapsed = m_clock.elapsed();
    if (elapsed >= kEstimateAfterMs && done > 0) {
        detail = tr("%1 · %2").arg(detail, timeLeft(elapsed * (total - done) / done));
    }
    m_detail->setText(detail);
}

void ImportProgressPage::requestCancel()
{
    if (!m_running || m_cancel.load()) {
        return;
    }
    m_cancel = true;
    m_cancelButton->setEnabled(false);
    m_status->setText(tr("Cancelling… The workspace is being left as it was."));
}

void ImportProgressPage::workerFinished(const ImportOutcome& outcome)
{
    m_running = false;
    m_done = true;
    m_cancelButton->setEnabled(false);
    m_bar->setRange(0, kBarMaximum);
    if (outcome.result == ImportOutcome::Result::Imported) {
        m_bar->setValue(kBarMaximum);
    }
    Q_EMIT completeChanged();
    Q_EMIT finished(outcome);
}

} // namespace leadbox
