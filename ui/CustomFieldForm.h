#pragma once

#include "models/leads/CustomFieldRepository.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace leadbox {

// Asks for a new custom field's name, type and (for a choice field) choices, or for a field's new
// name. OK emits submitted(); the owner stores the field and closes the form, or shows the store's
// error here with showError() and leaves it open with what was typed.
class CustomFieldForm : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        Add,
        Rename,
    };

    CustomFieldForm(Mode mode, QWidget* parent = nullptr);

    Mode mode() const { return m_mode; }
    void setName(const QString& name);
    QString name() const;
    CustomFieldType type() const;
    QStringList choices() const; // one a line, as typed
    void showError(const QString& message);

Q_SIGNALS:
    void submitted();

private:
    void updateChoicesRow();

    Mode m_mode;
    QFormLayout* m_form = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_type = nullptr;
    QPlainTextEdit* m_choices = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace leadbox
