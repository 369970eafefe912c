#include "ui/ImportSummaryPage.h"

#include "ui/ImportWizard.h"
#include "ui/RejectedRowsModel.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace leadbox {
namespace {

QLabel* countLabel(const char* objectName)
{
    auto* label = new QLabel;
    label->setObjectName(QLatin1String(objectName));
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ImportSummaryPage::ImportSummaryPage(ImportWizard& wizard)
    : m_wizard(wizard)
{
    setObjectName(QStringLiteral("importSummaryPage"));
    setTitle(tr("Import finished"));
    setSubTitle(tr("Here is what changed in the workspace."));
    setFinalPage(true);

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("summaryMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_counts = new QWidget;
    m_counts->setObjectName(QStringLiteral("summaryCounts"));
    m_added = countLabel("addedCount");
    m_updated = countLabel("updatedCount");
    m_skipped = countLabel("skippedCount");
    m_rejected = countLabel("rejectedCount");
    auto* countsLayout = new QFormLayout(m_counts);
    countsLayout->setContentsMargins(0, 0, 0, 0);
    countsLayout->addRow(tr("Added:"), m_added);
    countsLayout->addRow(tr("Updated:"), m_updated);
    countsLayout->addRow(tr("Skipped (already there):"), m_skipped);
    countsLayout->addRow(tr("Rejected:"), m_rejected);

    m_rejectedPanel = new QWidget;
    m_rejectedTitle = new QLabel;
    m_rejectedTitle->setObjectName(QStringLiteral("rejectedTitle"));
    m_rejectedTitle->setTextFormat(Qt::PlainText);
    m_rejectedTitle->setWordWrap(true);
    m_rejectedModel = new RejectedRowsModel(this);
    m_rejectedView = new QTableView;
    m_rejectedView->setObjectName(QStringLiteral("rejectedTable"));
    m_rejectedView->setAccessibleName(tr("Rejected rows"));
    m_rejectedView->setModel(m_rejectedModel);
    m_rejectedView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rejectedView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rejectedView->setWordWrap(false);
    m_rejectedView->verticalHeader()->setVisible(false);
    m_rejectedView->horizontalHeader()->setStretchLastSection(true);
    m_rejectedView->setColumnWidth(RejectedRowsModel::LineColumn, 70);
    m_rejectedView->setColumnWidth(RejectedRowsModel::ReasonColumn, 360);
    m_saveRejected = new QPushButton(tr("&Save Rejected Rows…"));
    m_saveRejected->setObjectName(QStringLiteral("saveRejectedButton"));
    m_savedNote = new QLabel;
    m_savedNote->setObjectName(QStringLiteral("savedRejectedLabel"));
    m_savedNote->setTextFormat(Qt::PlainText);
    m_savedNote->setWordWrap(true);
    auto* saveRow = new QHBoxLayout;
    saveRow->addWidget(m_savedNote, 1);
    saveRow->addWidget(m_saveRejected);
    auto* rejectedLayout = new QVBoxLayout(m_rejectedPanel);
    rejectedLayout->setContentsMargins(0, 0, 0, 0);
    rejectedLayout->addWidget(m_rejectedTitle);
    rejectedLayout->addWidget(m_rejectedView, 1);
    rejectedLayout->addLayout(saveRow);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_counts);
    layout->addWidget(m_rejectedPanel, 1);
    layout->addStretch();

    connect(m_saveRejected, &QPushButton::clicked, this, &ImportSummaryPage::chooseRejectedFile);
}

void ImportSummaryPage::showOutcome(const ImportOutcome& outcome, bool cancelRequested)
{
    const QLocale locale;
    const ImportSummary& summary = outcome.summary;
    const QString fileName = QFileInfo(m_wizard.filePath()).fileName();
    m_counts->setVisible(outcome.result == ImportOutcome::Result::Imported);
    m_rejectedPanel->setVisible(outcome.result == ImportOutcome::Result::Imported && summary.rejected > 0);
    m_savedNote->clear();

    switch (outcome.result) {
    case ImportOutcome::Result::Cancelled:
        setTitle(tr("Import cancelled"));
        setSubTitle(tr("The workspace is as it was before."));
        m_message->setText(tr("Import cancelled; nothing was changed."));
        return;
    case ImportOutcome::Result::Failed:
        setTitle(tr("Import failed"));
        setSubTitle(tr("LeadBox could not import the file."));
        m_message->setText(outcome.error + QStringLiteral("\n\n") + tr("The workspace was not changed."));
        return;
    case ImportOutcome::Result::Imported:
        break;
    }
    setTitle(tr("Import finished"));
    setSubTitle(tr("Here is what changed in the workspace."));
    QString message = tr("%1 is imported.").arg(fileName);
    if (cancelRequested) {
        message = tr("The import had already finished when it was cancelled; %1 is imported.").arg(fileName);
    }
    m_message->setText(message);
    m_added->setText(locale.toString(summary.added));
    m_updated->setText(locale.toString(summary.updated));
    m_skipped->setText(locale.toString(summary.skipped));
    m_rejected->setText(locale.toString(summary.rejected));
    m_rejectedModel->setRows(summary.rejectedRows);
    if (summary.rejected > summary.rejectedRows.size()) {
        m_rejectedTitle->setText(
            tr("These rows were not imported. The first %1 of %2 are listed; fix them and "
               "import the saved file.")
                .arg(locale.toString(summary.rejectedRows.size()), locale.toString(summary.rejected)));
    } else {
        m_rejectedTitle->setText(tr("These rows were not imported. Save them, fix them in a spreadsheet and "
                                    "import that file."));
    }
}

void ImportSummaryPage::showRejectedSaved(const QString& path)
{
    m_savedNote->setText(tr("Saved the rejected rows to %1.").arg(QDir::toNativeSeparators(path)));
}

void ImportSummaryPage::chooseRejectedFile()
{
    const QFileInfo source(m_wizard.filePath());
    const QString suggested =
        source.absoluteDir().filePath(source.completeBaseName() + tr("-rejected") + QStringLiteral(".csv"));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save Rejected Rows"), suggested, tr("CSV files (*.csv)"));
    if (!path.isEmpty()) {
        m_wizard.saveRejectedRowsTo(path);
    }
}

} // namespace leadbox
