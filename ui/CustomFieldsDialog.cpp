#include "ui/CustomFieldsDialog.h"

#include "models/StoreError.h"
#include "models/store/Database.h"
#include "ui/CustomFieldForm.h"
#include "ui/MessageBox.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace leadbox {

CustomFieldsDialog::CustomFieldsDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("customFieldsDialog"));
    setWindowTitle(tr("Custom fields"));
    setMinimumSize(560, 360);

    auto* intro = new QLabel(tr("Custom fields keep more about each lead, such as a budget or a renewal "
                                "date. Each one is a column in the leads table and a field in the lead "
                                "form."));
    intro->setWordWrap(true);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("customFieldsError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setVisible(false);

    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("customFieldsList"));
    m_list->setAccessibleName(tr("Custom fields"));
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Name"), tr("Type"), tr("Choices")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setStretchLastSection(true);
    m_list->header()->resizeSection(0, 180);

    m_emptyHint = new QLabel(tr("No custom fields yet. Click Add… to make one."));
    m_emptyHint->setObjectName(QStringLiteral("customFieldsEmpty"));
    m_emptyHint->setAlignment(Qt::AlignCenter);

    m_addButton = new QPushButton(tr("&Add…"));
    m_addButton->setObjectName(QStringLiteral("addFieldButton"));
    m_renameButton = new QPushButton(tr("&Rename…"));
    m_renameButton->setObjectName(QStringLiteral("renameFieldButton"));
    m_deleteButton = new QPushButton(tr("&Delete"));
    m_deleteButton->setObjectName(QStringLiteral("deleteFieldButton"));
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_renameButton);
    buttons->addWidget(m_deleteButton);
    buttons->addStretch();

    auto* listColumn = new QVBoxLayout;
    listColumn->addWidget(m_list);
    listColumn->addWidget(m_emptyHint);
    auto* middle = new QHBoxLayout;
    middle->addLayout(listColumn, 1);
    middle->addLayout(buttons);

    auto* close = new QDialogButtonBox(QDialogButtonBox::Close);
    close->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_error);
    layout->addLayout(middle, 1);
    layout->addWidget(close);

    connect(m_addButton, &QPushButton::clicked, this, &CustomFieldsDialog::addField);
    connect(m_renameButton, &QPushButton::clicked, this, &CustomFieldsDialog::renameField);
    connect(m_deleteButton, &QPushButton::clicked, this, &CustomFieldsDialog::deleteField);
    connect(m_list, &QTreeWidget::itemActivated, this, &CustomFieldsDialog::renameField);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &CustomFieldsDialog::updateButtons);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    reload();
}

void CustomFieldsDialog::reload(const QString& selectId)
{
    try {
        m_fields = CustomFieldRepository(m_db).list();
    } catch (const StoreError& error) {
        m_fields.clear();
        showError(error.message());
    }
    m_list->clear();
    QTreeWidgetItem* selected = nullptr;
    for (const CustomField& field : std::as_const(m_fields)) {
        auto* item = new QTreeWidgetItem(
            m_list, {field.name, customFieldTypeLabel(field.type), field.choices.join(QStringLiteral(", "))});
        item->setData(0, Qt::UserRole, field.id);
        if (field.id == selectId) {
            selected = item;
        }
    }
    if (!selected && m_list->topLevelItemCount() > 0) {
        selected = m_list->topLevelItem(0);
    }
    m_list->setCurrentItem(selected);
    m_list->setVisible(!m_fields.isEmpty());
    m_emptyHint->setVisible(m_fields.isEmpty());
    m_addButton->setEnabled(m_fields.size() < CustomFieldRepository::kMaxFields);
    updateButtons();
}

const CustomField* CustomFieldsDialog::currentField() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item) {
        return nullptr;
    }
    const QString id = item->data(0, Qt::UserRole).toString();
    for (const CustomField& field : m_fields) {
        if (field.id == id) {
            return &field;
        }
    }
    return nullptr;
}

void CustomFieldsDialog::updateButtons()
{
    const bool selected = currentField() != nullptr;
    m_renameButton->setEnabled(selected);
    m_deleteButton->setEnabled(selected);
}

void CustomFieldsDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void CustomFieldsDialog::addField()
{
    openForm(new CustomFieldForm(CustomFieldForm::Mode::Add, this));
}

void CustomFieldsDialog::renameField()
{
    const CustomField* field = currentField();
    if (!field) {
        return;
    }
    auto* form = new CustomFieldForm(CustomFieldForm::Mode::Rename, this);
    form->setName(field->name);
    m_renamingId = field->id;
    openForm(form);
}

void CustomFieldsDialog::openForm(CustomFieldForm* form)
{
    if (m_form) {
        form->deleteLater();
        m_form->raise();
        m_form->activateWindow();
        return;
    }
    showError({});
    m_form = form;
    form->setAttribute(Qt::WA_DeleteOnClose);
    connect(form, &CustomFieldForm::submitted, this, [this, form] { submitForm(form); });
    form->open();
}

void CustomFieldsDialog::submitForm(CustomFieldForm* form)
{
    try {
        CustomFieldRepository repository(m_db);
        QString id;
        if (form->mode() == CustomFieldForm::Mode::Add) {
            id = repository.create(form->name(), form->type(), form->choices()).id;
        } else {
            repository.rename(m_renamingId, form->name());
            id = m_renamingId;
        }
        form->accept();
        reload(id);
        Q_EMIT fieldsChanged();
    } catch (const StoreError& error) {
        form->showError(error.message());
    }
}

void CustomFieldsDialog::deleteField()
{
    const CustomField* current = currentField();
    if (!current) {
        return;
    }
    const CustomField field = *current;
    showError({});
    try {
        CustomFieldRepository repository(m_db);
        const qint64 withValue = repository.countValues(field.id);
        const QString consequence =
            withValue == 0 ? tr("No lead has a value for it yet.")
                           : tr("Its value is deleted from every lead that has one (%1 now). This cannot be "
                                "undone.")
                                 .arg(QLocale().toString(withValue));
        const QMessageBox::StandardButton answer = MessageBox::question(
            this, tr("Delete custom field"),
            tr("Delete the custom field “%1”?").arg(field.name) + QStringLiteral("\n\n") + consequence,
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes) {
            return;
        }
        repository.remove(field.id);
    } catch (const StoreError& error) {
        showError(error.message());
        return;
    }
    reload();
    Q_EMIT fieldsChanged();
}

} // namespace leadbox
