#pragma once

#include "models/imports/LeadImporter.h"
#include "models/leads/CustomFieldRepository.h"
#include "ui/ImportWorker.h"

#include <QWizard>
#include <optional>

namespace leadbox {

class ImportFilePage;
class ImportMappingPage;
class ImportOptionsPage;
class ImportProgressPage;
class ImportSummaryPage;
class WorkspaceStore;

// File → Import Leads…: choose a CSV file and see its first rows, map its columns, choose what
// happens to duplicates and which consent to record, import on a worker thread with a progress bar
// and Cancel, then read the summary and save the rejected rows.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        FilePageId,
        MappingPageId,
        OptionsPageId,
        ProgressPageId,
        SummaryPageId,
    };

    explicit ImportWizard(WorkspaceStore& workspace, QWidget* parent = nullptr);
    ~ImportWizard() override;

    // Chooses the file to import without the file dialog, and previews it.
    void setFilePath(const QString& path);
    QString filePath() const;
    // The file's header, first rows and guessed mapping; empty until a file was read.
    const std::optional<LeadImporter::Preview>& preview() const { return m_preview; }
    void setPreview(std::optional<LeadImporter::Preview> preview);
    // The workspace's custom fields when the wizard opened, for the mapping's choices.
    const QList<CustomField>& customFields() const { return m_customFields; }
    const QString& databasePath() const { return m_databasePath; }

    // Everything the pages say, as the importer takes it.
    ImportOptions importOptions() const;

    // How the import ended; empty before it ends.
    const std::optional<ImportOutcome>& outcome() const { return m_outcome; }
    // True when the import committed changes to the store (the lead table needs reloading).
    bool changedLeads() const;
    // Writes the rejected rows (their columns, then line and reason) to `path`, as "Save Rejected
    // Rows…" does without its file dialog. Returns false after showing why it could not.
    bool saveRejectedRowsTo(const QString& path);

public Q_SLOTS:
    void reject() override;

Q_SIGNALS:
    // The import ended: imported, cancelled or failed. See outcome().
    void importFinished();

private:
    void finishImport(const ImportOutcome& outcome);

    QString m_databasePath;
    QList<CustomField> m_customFields;
    std::optional<LeadImporter::Preview> m_preview;
    std::optional<ImportOutcome> m_outcome;
    ImportFilePage* m_filePage = nullptr;
    ImportMappingPage* m_mappingPage = nullptr;
    ImportOptionsPage* m_optionsPage = nullptr;
    ImportProgressPage* m_progressPage = nullptr;
    ImportSummaryPage* m_summaryPage = nullptr;
};

} // namespace leadbox
