#pragma once

#include <QTimer>
#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace leadbox {

class ImportWizard;

// The import wizard's first page: which file, how it is written, and its first rows.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT

public:
    static constexpr int kPreviewRows = 20;

    explicit ImportFilePage(ImportWizard& wizard);

    void setFilePath(const QString& path);
    QString filePath() const;

    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();
    void load();
    void showError(const QString& message);

    ImportWizard& m_wizard;
    QLineEdit* m_path = nullptr;
    QPushButton* m_browse = nullptr;
    QLabel* m_format = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_previewTitle = nullptr;
    QTableWidget* m_table = nullptr;
    QTimer m_debounce;
    QString m_loadedPath; // the path the preview shows; empty when none is shown
};

} // namespace leadbox
