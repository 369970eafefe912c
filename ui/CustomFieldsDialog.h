#pragma once

#include "models/leads/CustomFieldRepository.h"

#include <QDialog>
#include <QList>
#include <QPointer>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace leadbox {

class CustomFieldForm;
class Database;

// Settings → Custom fields: lists the workspace's custom fields (name, type, choices) and adds,
// renames and deletes them. Errors from the store show in the dialog. fieldsChanged() tells the
// owner to reload whatever shows the fields (LeadTableModel::reloadCustomFields).
class CustomFieldsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CustomFieldsDialog(Database& db, QWidget* parent = nullptr);

    const QList<CustomField>& fields() const { return m_fields; }

public Q_SLOTS:
    void addField();
    void renameField();
    void deleteField();

Q_SIGNALS:
    void fieldsChanged();

private:
    void reload(const QString& selectId = {});
    void openForm(CustomFieldForm* form);
    void submitForm(CustomFieldForm* form);
    const CustomField* currentField() const;
    void updateButtons();
    void showError(const QString& message);

    Database& m_db;
    QList<CustomField> m_fields;
    QString m_renamingId;
    QTreeWidget* m_list = nullptr;
    QLabel* m_emptyHint = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_renameButton = nullptr;
    QPushButton* m_deleteButton = nullptr;
    QPointer<CustomFieldForm> m_form;
};

} // namespace leadbox
