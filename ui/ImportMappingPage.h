#pragma once

#include "models/imports/ImportTypes.h"

#include <QList>
#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace leadbox {

class ImportWizard;

// The import wizard's second page: one row per CSV column with its header, an example value and
// where it goes (ignored, a lead field, a custom field, or a new custom field named here).
// Combo boxes are "mapCombo_<column>", new field names "newFieldName_<column>".
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportMappingPage(ImportWizard& wizard);

    QList<ColumnTarget> mapping() const;

    void initializePage() override;
    bool isComplete() const override;

private:
    struct ColumnRow
    {
        QComboBox* combo = nullptr;
        QLineEdit* newName = nullptr;
    };

    void rebuild();
    QComboBox* makeCombo(int column, const ColumnTarget& guessed);
    void updateHint();
    QStringList problems() const;

    ImportWizard& m_wizard;
    QTableWidget* m_table = nullptr;
    QLabel* m_hint = nullptr;
    QList<ColumnRow> m_rows;
    QString m_builtFor; // the file and header the rows were built for
};

} // namespace leadbox
