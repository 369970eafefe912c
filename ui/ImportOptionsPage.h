#pragma once

#include "models/imports/ImportTypes.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

namespace leadbox {

// The import wizard's third page: what to do with emails already in the workspace, and which
// consent to record for the imported leads. Its Import button starts the import.
class ImportOptionsPage : public QWizardPage
{
    Q_OBJECT

public:
    static constexpr int kMaxConsentChars = 200;

    ImportOptionsPage();

    DuplicatePolicy duplicatePolicy() const;
    ImportConsent consent() const;

private:
    void updateConsentNote();

    QRadioButton* m_skip = nullptr;
    QRadioButton* m_updateEmpty = nullptr;
    QRadioButton* m_overwrite = nullptr;
    QComboBox* m_basis = nullptr;
    QLineEdit* m_source = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QLabel* m_consentNote = nullptr;
};

} // namespace leadbox
