#include "ui/SyncDetailsDialog.h"

#include "models/sync/SyncRunRepository.h"
#include "services/sync/SyncEngine.h"
#include "ui/SyncStatusText.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace leadbox {
namespace {

constexpr int kShownRuns = 20;

QTableWidgetItem* cell(const QString& text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(alignment);
    item->setToolTip(text);
    return item;
}

} // namespace

SyncDetailsDialog::SyncDetailsDialog(SyncEngine& engine, QWidget* parent)
    : QDialog(parent)
    , m_engine(&engine)
{
    setObjectName(QStringLiteral("syncDetailsDialog"));
    setWindowTitle(tr("Sync Details"));
    m_state = new QLabel;
    m_state->setObjectName(QStringLiteral("syncDetailsState"));
    m_state->setTextFormat(Qt::PlainText);
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_runs = new QTableWidget(0, 6);
    m_runs->setObjectName(QStringLiteral("syncRunsTable"));
    m_runs->setHorizontalHeaderLabels(
        {tr("Started"), tr("Took"), tr("Pulled"), tr("Pushed"), tr("New conflicts"), tr("Result")});
    m_runs->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_runs->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_runs->verticalHeader()->setVisible(false);
    m_runs->horizontalHeader()->setStretchLastSection(true);
    m_runs->horizontalHeader()->resizeSection(0, 150);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton* syncNow = buttons->addButton(tr("Sync &Now"), QDialogButtonBox::ActionRole);
    syncNow->setObjectName(QStringLiteral("syncDetailsSyncNow"));
    connect(syncNow, &QPushButton::clicked, &engine, &SyncEngine::syncNow);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addWidget(m_runs, 1);
    layout->addWidget(buttons);
    resize(760, 420);

    connect(&engine, &SyncEngine::stateChanged, this, &SyncDetailsDialog::refresh);
    connect(&engine, &SyncEngine::runFinished, this, &SyncDetailsDialog::refresh);
    refresh();
}

void SyncDetailsDialog::refresh()
{
    if (!m_engine) {
        return;
    }
    const SyncStatusText status = SyncStatusText::of(*m_engine);
    m_state->setText(status.detail);

    const QList<SyncRunRecord> runs = m_engine->recentRuns(kShownRuns);
    m_runs->setRowCount(static_cast<int>(runs.size()));
    const QLocale locale;
    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    for (int row = 0; row < runs.size(); ++row) {
        const SyncRunRecord& run = runs.at(row);
        QString took;
        if (run.isFinished()) {
            took = tr("%1 s").arg(
                locale.toString(static_cast<double>(run.started.msecsTo(run.finished)) / 1000.0, 'f', 1));
        }
        QString result;
        if (!run.isFinished()) {
            result = tr("Did not finish");
        } else if (run.failed) {
            result =
                run.requestId.isEmpty() ? run.error : tr("%1 (request ID %2)").arg(run.error, run.requestId);
        } else if (run.rejected > 0) {
            result = tr("Synced; the cloud refused %n change(s): %1", nullptr, static_cast<int>(run.rejected))
                         .arg(run.error);
        } else {
            result = tr("Synced");
        }
        m_runs->setItem(row, 0, cell(locale.toString(run.started.toLocalTime(), QLocale::ShortFormat)));
        m_runs->setItem(row, 1, cell(took, right));
        m_runs->setItem(row, 2, cell(locale.toString(run.pulled), right));
        m_runs->setItem(row, 3, cell(locale.toString(run.pushed), right));
        m_runs->setItem(row, 4, cell(locale.toString(run.conflicts), right));
        m_runs->setItem(row, 5, cell(result));
    }
}

} // namespace leadbox
