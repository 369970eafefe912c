#include "ui/ImportWizard.h"

#include "models/LogCategories.h"
#include "models/StoreError.h"
#include "models/WorkspaceStore.h"
#include "models/imports/RejectedRowsFile.h"
#include "ui/ImportFilePage.h"
#include "ui/ImportMappingPage.h"
#include "ui/ImportOptionsPage.h"
#include "ui/ImportProgressPage.h"
#include "ui/ImportSummaryPage.h"
#include "ui/MessageBox.h"

#include <QAbstractButton>
#include <QSaveFile>

namespace leadbox {

ImportWizard::ImportWizard(WorkspaceStore& workspace, QWidget* parent)
    : QWizard(parent)
    , m_databasePath(workspace.database().filePath())
{
    qRegisterMetaType<ImportOutcome>();
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import Leads"));
    setOptions(QWizard::NoBackButtonOnLastPage | QWizard::NoCancelButtonOnLastPage |
               QWizard::NoDefaultButton);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    try {
        m_customFields = CustomFieldRepository(workspace.database()).list();
    } catch (const StoreError& error) {
        // The mapping can still offer lead fields and new custom fields.
        qCWarning(lcStore) << "listing custom fields failed:" << error.message();
    }

    m_filePage = new ImportFilePage(*this);
    m_mappingPage = new ImportMappingPage(*this);
    m_optionsPage = new ImportOptionsPage;
    m_progressPage = new ImportProgressPage(*this);
    m_summaryPage = new ImportSummaryPage(*this);
    setPage(FilePageId, m_filePage);
    setPage(MappingPageId, m_mappingPage);
    setPage(OptionsPageId, m_optionsPage);
    setPage(ProgressPageId, m_progressPage);
    setPage(SummaryPageId, m_summaryPage);
    setStartId(FilePageId);

    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        // While the import runs, its own Cancel button is the only way out.
        if (id == ProgressPageId) {
            setButtonLayout({QWizard::Stretch});
        } else if (id == SummaryPageId) {
            setButtonLayout({QWizard::Stretch, QWizard::FinishButton});
        } else {
            setButtonLayout({QWizard::Stretch, QWizard::BackButton, QWizard::NextButton,
                             QWizard::CommitButton, QWizard::CancelButton});
        }
    });
    connect(m_progressPage, &ImportProgressPage::finished, this, &ImportWizard::finishImport);
    button(QWizard::NextButton)->setObjectName(QStringLiteral("nextButton"));
    button(QWizard::BackButton)->setObjectName(QStringLiteral("backButton"));
    button(QWizard::CommitButton)->setObjectName(QStringLiteral("importButton"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("finishButton"));
    button(QWizard::CancelButton)->setObjectName(QStringLiteral("cancelButton"));
    resize(820, 600);
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::setFilePath(const QString& path)
{
    m_filePage->setFilePath(path);
}

QString ImportWizard::filePath() const
{
    return m_filePage->filePath();
}

void ImportWizard::setPreview(std::optional<LeadImporter::Preview> preview)
{
    m_preview = std::move(preview);
}

ImportOptions ImportWizard::importOptions() const
{
    ImportOptions options;
    options.filePath = filePath();
    options.mapping = m_mappingPage->mapping();
    options.onDuplicate = m_optionsPage->duplicatePolicy();
    options.consent = m_optionsPage->consent();
    return options;
}

bool ImportWizard::changedLeads() const
{
    return m_outcome && m_outcome->result == ImportOutcome::Result::Imported &&
           m_outcome->summary.added + m_outcome->summary.updated > 0;
}

void ImportWizard::finishImport(const ImportOutcome& outcome)
{
    m_outcome = outcome;
    m_summaryPage->showOutcome(outcome, m_progressPage->cancelRequested());
    Q_EMIT importFinished();
    next();
}

void ImportWizard::reject()
{
    if (m_progressPage->isRunning()) {
        m_progressPage->requestCancel(); // closing waits for the import to stop and roll back
        return;
    }
    QWizard::reject();
}

bool ImportWizard::saveRejectedRowsTo(const QString& path)
{
    if (!m_outcome) {
        return false;
    }
    try {
        RejectedRowsFile::write(path, m_outcome->summary);
    } catch (const StoreError& error) {
        MessageBox::warning(this, tr("Save Rejected Rows"), error.message());
        return false;
    }
    m_summaryPage->showRejectedSaved(path);
    return true;
}

} // namespace leadbox
