#pragma once

#include "models/leads/CustomFieldRepository.h"
#include "models/leads/Lead.h"
#include "models/leads/LeadField.h"

#include <QDialog>
#include <QHash>
#include <QList>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QScrollArea;

namespace leadbox {

class StoreError;
class TagCompleter;

// The form to add or edit one lead. Save checks the rules first and marks each broken field;
// then it emits saveRequested() and stays open until the owner accepts it or shows an error.
class LeadDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LeadDialog(QWidget* parent = nullptr);

    // Adds one editor per custom field under the standard ones (objectName "custom_<name>").
    // Call before setLead(); a lead already set fills them too.
    void setCustomFields(const QList<CustomField>& fields);
    // The workspace's tags, offered while typing in the tags field.
    void setTagSuggestions(const QStringList& tags);

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
    // The value typed for a custom field as it will be stored (normalised), and the error, if any.
    QString customValue(int index, QString* error = nullptr) const;
    void showCustomValue(int index, const QString& value);
    void alignLabels();

    struct CustomEditor
    {
        CustomField field;
        QWidget* editor = nullptr; // QLineEdit, QComboBox or QCheckBox by the field's type
        QLabel* error = nullptr;
        QLabel* label = nullptr;
    };

    Lead m_original;
    QHash<int, QLineEdit*> m_edits;
    QHash<int, QLabel*> m_errors;
    QList<QLabel*> m_labels;
    QList<CustomEditor> m_custom;
    QScrollArea* m_customArea = nullptr;
    QFormLayout* m_customForm = nullptr;
    TagCompleter* m_tagCompleter = nullptr;
    QComboBox* m_status = nullptr;
    QLabel* m_formError = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace leadbox
