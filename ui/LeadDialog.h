#pragma once

#include "models/leads/Lead.h"
#include "models/leads/LeadField.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace leadbox {

class StoreError;

// The form to add or edit one lead. Save checks the rules first and marks each broken field;
// then it emits saveRequested() and stays open until the owner accepts it or shows an error.
class LeadDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LeadDialog(QWidget* parent = nullptr);

    // Fills the form from an existing lead and switches to editing it.
    void setLead(const Lead& lead);
    // The lead as typed, on top of the one being edited.
    Lead lead() const;
    bool isNewLead() const { return m_original.id.isEmpty(); }

    // Shows an error from the store next to its field (or above the form) and keeps the dialog open.
    void showStoreError(const StoreError& error);

Q_SIGNALS:
    void saveRequested();

private:
    void trySave();
    void clearErrors();
    void showFieldError(LeadField field, const QString& message);
    QWidget* editorFor(LeadField field) const;

    Lead m_original;
    QHash<int, QLineEdit*> m_edits;
    QHash<int, QLabel*> m_errors;
    QComboBox* m_status = nullptr;
    QLabel* m_formError = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace leadbox
