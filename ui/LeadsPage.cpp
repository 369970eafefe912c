#include "ui/LeadsPage.h"

#include "models/StoreError.h"
#include "models/leads/LeadRepository.h"
#include "models/leads/LeadTableModel.h"
#include "models/leads/SavedViewRepository.h"
#include "ui/ConflictBadgeDelegate.h"
#include "ui/FilterBar.h"
#include "ui/LeadColumnsMenu.h"
#include "ui/LeadCommands.h"
#include "ui/LeadDetailPanel.h"
#include "ui/LeadDialog.h"
#include "ui/MessageBox.h"
#include "ui/UiSettings.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace leadbox {

LeadsPage::LeadsPage(LeadRepository& repository, QUndoStack& undoStack, UiSettings& settings, QWidget* parent)
    : QWidget(parent)
    , m_repository(repository)
    , m_undoStack(undoStack)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("leadsPage"));
    // Connected before the model so the total is fresh when the model reports its new count.
    const auto countAll = [this] {
        try {
            m_totalLeads = m_repository.count();
        } catch (const StoreError& error) {
            Q_EMIT errorOccurred(error.message());
        }
    };
    countAll();
    connect(&m_repository, &LeadRepository::leadsChanged, this, countAll);
    m_model = new LeadTableModel(m_repository, this);

    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("leadsTable"));
    m_view->setAccessibleName(tr("Leads"));
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(0, new ConflictBadgeDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setDefaultSectionSize(150);
    QHeaderView* header = m_view->horizontalHeader();
    if (!header->restoreState(m_settings.leadsHeaderState())) {
        header->resizeSection(static_cast<int>(LeadField::Email), 230);
        header->resizeSection(static_cast<int>(LeadField::Status), 100);
        header->setSortIndicator(static_cast<int>(m_model->sortField()), m_model->sortOrder());
    }
    // Sorts the model by whatever the header shows, restored or default.
    m_view->setSortingEnabled(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    LeadColumnsMenu::install(m_view);

    m_emptyPanel = new QWidget;
    m_emptyPanel->setObjectName(QStringLiteral("leadsEmptyState"));
    auto* emptyLayout = new QVBoxLayout(m_emptyPanel);
    emptyLayout->addStretch();
    m_emptyTitle = new QLabel;
    m_emptyTitle->setObjectName(QStringLiteral("emptyTitle"));
    m_emptyTitle->setTextFormat(Qt::PlainText);
    m_emptyTitle->setAlignment(Qt::AlignCenter);
    QFont titleFont = m_emptyTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    m_emptyTitle->setFont(titleFont);
    m_emptyHint = new QLabel;
    m_emptyHint->setObjectName(QStringLiteral("emptyHint"));
    m_emptyHint->setTextFormat(Qt::PlainText);
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_emptyAddButton = new QPushButton(tr("Add your first lead"));
    m_emptyAddButton->setObjectName(QStringLiteral("emptyAddButton"));
    emptyLayout->addWidget(m_emptyTitle);
    emptyLayout->addWidget(m_emptyHint);
    emptyLayout->addWidget(m_emptyAddButton, 0, Qt::AlignCenter);
    emptyLayout->addStretch();

    m_stack = new QStackedWidget;
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_emptyPanel);
    m_filterBar = new FilterBar;
    m_detail = new LeadDetailPanel(m_repository);
    auto* splitter = new QSplitter;
    splitter->setObjectName(QStringLiteral("leadsSplitter"));
    splitter->addWidget(m_stack);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filterBar);
    layout->addWidget(splitter, 1);
    splitter->setSizes({900, 300});

    connect(m_filterBar, &FilterBar::filterChanged, m_model, &LeadTableModel::setFilter);
    try {
        QList<QPair<QString, QString>> fields;
        for (const CustomField& field : CustomFieldRepository(m_repository.database()).list()) {
            fields.append({field.id, field.name});
        }
        m_filterBar->setCustomFields(fields);
    } catch (const StoreError& error) {
        qWarning("custom fields: %s", qUtf8Printable(error.message()));
    }
    connect(m_filterBar, &FilterBar::saveViewRequested, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Save view"), tr("Name of the view:"),
                                                   QLineEdit::Normal, QString(), &ok);
        if (ok) {
            saveCurrentView(name);
        }
    });
    connect(m_detail, &LeadDetailPanel::editRequested, this, &LeadsPage::editCurrentLead);
    connect(m_detail, &LeadDetailPanel::errorOccurred, this, &LeadsPage::errorOccurred);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LeadsPage::showCurrentInPanel);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &LeadsPage::showCurrentInPanel);
    connect(m_model, &LeadTableModel::modelReset, this, &LeadsPage::showCurrentInPanel);

    connect(m_emptyAddButton, &QPushButton::clicked, this, &LeadsPage::addLead);
    connect(m_view, &QTableView::doubleClicked, this, &LeadsPage::editCurrentLead);
    connect(m_view, &QTableView::activated, this, &LeadsPage::editCurrentLead);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { Q_EMIT selectionChanged(selectedCount()); });
    connect(m_model, &LeadTableModel::modelReset, this, [this] { Q_EMIT selectionChanged(selectedCount()); });
    connect(m_model, &LeadTableModel::matchingCountChanged, this, [this](qint64 matching) {
        updateEmptyState();
        Q_EMIT countsChanged(matching, m_totalLeads);
    });
    connect(m_view, &QTableView::customContextMenuRequested, this, &LeadsPage::showContextMenu);
    updateEmptyState();
}

LeadsPage::~LeadsPage() = default;

void LeadsPage::saveLayout()
{
    m_settings.setLeadsHeaderState(m_view->horizontalHeader()->saveState());
}

int LeadsPage::selectedCount() const
{
    return static_cast<int>(m_view->selectionModel()->selectedRows().size());
}

void LeadsPage::setSearch(const QString& text)
{
    m_model->setSearch(text);
}

void LeadsPage::updateEmptyState()
{
    // While the rest of a search is being found, its first rows are there to show.
    if (m_model->rowCount() > 0 || m_model->isCounting()) {
        m_stack->setCurrentWidget(m_view);
        return;
    }
    if (m_model->search().trimmed().isEmpty()) {
        m_emptyTitle->setText(tr("No leads yet"));
        m_emptyHint->setText(tr("Add the people you want to sell to. Press Ctrl+N to add a lead."));
        m_emptyAddButton->setVisible(true);
    } else {
        m_emptyTitle->setText(tr("No leads match “%1”").arg(m_model->search().trimmed()));
        m_emptyHint->setText(tr("Search looks at names, emails, companies and tags. Press Esc to clear it."));
        m_emptyAddButton->setVisible(false);
    }
    m_stack->setCurrentWidget(m_emptyPanel);
}

void LeadsPage::addLead()
{
    auto* dialog = new LeadDialog(this);
    try {
        dialog->setCustomFields(CustomFieldRepository(m_repository.database()).list());
        dialog->setTagSuggestions(m_repository.allTags());
    } catch (const StoreError& error) {
        delete dialog;
        Q_EMIT errorOccurred(error.message());
        return;
    }
    openDialog(dialog);
}

void LeadsPage::editCurrentLead()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        return;
    }
    const std::optional<Lead> lead = m_repository.findById(m_model->leadAt(current.row()).id);
    if (!lead) {
        return;
    }
    auto* dialog = new LeadDialog(this);
    try {
        dialog->setCustomFields(CustomFieldRepository(m_repository.database()).list());
        dialog->setTagSuggestions(m_repository.allTags());
    } catch (const StoreError& error) {
        delete dialog;
        Q_EMIT errorOccurred(error.message());
        return;
    }
    dialog->setLead(*lead);
    openDialog(dialog);
}

void LeadsPage::openDialog(LeadDialog* dialog)
{
    if (m_dialog) {
        dialog->deleteLater();
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    m_dialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &LeadDialog::saveRequested, this, [this, dialog] { saveFromDialog(dialog); });
    dialog->open();
}

void LeadsPage::saveFromDialog(LeadDialog* dialog)
{
    const auto onError = [this](const QString& message) {
        Q_EMIT errorOccurred(message);
    };
    try {
        Lead typed = dialog->lead();
        if (dialog->isNewLead()) {
            const Lead stored = m_repository.add(typed);
            m_undoStack.push(new AddLeadCommand(m_repository, onError, stored));
            Q_EMIT statusMessage(tr("Added %1.").arg(stored.displayName()));
            selectLead(stored.id);
        } else {
            const std::optional<Lead> before = m_repository.findById(typed.id);
            const Lead stored = m_repository.update(typed);
            if (before && *before != stored) {
                m_undoStack.push(new EditLeadCommand(m_repository, onError, *before, stored));
                Q_EMIT statusMessage(tr("Saved %1.").arg(stored.displayName()));
            }
            selectLead(stored.id);
        }
        dialog->accept();
    } catch (const StoreError& error) {
        dialog->showStoreError(error);
    }
}

void LeadsPage::deleteSelectedLeads()
{
    QStringList ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex& row : rows) {
        ids.append(m_model->leadAt(row.row()).id);
    }
    if (ids.isEmpty()) {
        return;
    }
    try {
        const QList<Lead> removed = m_repository.remove(ids);
        if (removed.isEmpty()) {
            return;
        }
        m_undoStack.push(new DeleteLeadsCommand(
            m_repository, [this](const QString& message) { Q_EMIT errorOccurred(message); }, removed));
        Q_EMIT statusMessage(
            tr("Deleted %n lead(s). Press Ctrl+Z to undo.", nullptr, static_cast<int>(removed.size())));
    } catch (const StoreError& error) {
        Q_EMIT errorOccurred(error.message());
    }
}

void LeadsPage::selectLead(const QString& id)
{
    disconnect(m_selectWhenComplete);
    const int row = m_model->rowOfId(id);
    if (row < 0) {
        if (m_model->isCounting()) {
            // A big search shows its first rows at once: the lead may be among the rest.
            m_selectWhenComplete = connect(
                m_model, &LeadTableModel::completed, this, [this, id] { selectLead(id); },
                Qt::SingleShotConnection);
        }
        return;
    }
    const QModelIndex index = m_model->index(row, 0);
    m_view->setCurrentIndex(index);
    m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

QStringList LeadsPage::selectedIds() const
{
    QStringList ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    ids.reserve(rows.size());
    for (const QModelIndex& row : rows) {
        ids.append(m_model->leadAt(row.row()).id);
    }
    return ids;
}

void LeadsPage::showCurrentInPanel()
{
    const int selected = selectedCount();
    const QModelIndex current = m_view->currentIndex();
    if (selected == 1 && current.isValid()) {
        const Lead lead = m_model->leadAt(current.row());
        m_detail->showLead(lead.id.isEmpty() ? std::nullopt : std::optional<Lead>(lead), 1);
    } else {
        m_detail->showLead(std::nullopt, selected);
    }
}

void LeadsPage::showContextMenu(const QPoint& position)
{
    const int selected = selectedCount();
    QMenu menu(this);
    menu.addAction(tr("&Edit Lead…"), this, &LeadsPage::editCurrentLead)->setEnabled(selected == 1);
    QMenu* status = menu.addMenu(tr("Set &Status"));
    status->setEnabled(selected > 0);
    for (const LeadStatus value : kAllLeadStatuses) {
        status->addAction(statusLabel(value), this, [this, value] { setStatusOfSelection(value); });
    }
    menu.addAction(tr("Add &Tag…"), this,
                   [this] {
                       bool ok = false;
                       const QString tag =
                           QInputDialog::getText(this, tr("Add tag"), tr("Tag to add to the selected leads:"),
                                                 QLineEdit::Normal, QString(), &ok);
                       if (ok) {
                           addTagToSelection(tag);
                       }
                   })
        ->setEnabled(selected > 0);
    menu.addAction(tr("&Remove Tag…"), this,
                   [this] {
                       bool ok = false;
                       const QString tag = QInputDialog::getText(this, tr("Remove tag"),
                                                                 tr("Tag to remove from the selected leads:"),
                                                                 QLineEdit::Normal, QString(), &ok);
                       if (ok) {
                           removeTagFromSelection(tag);
                       }
                   })
        ->setEnabled(selected > 0);
    menu.addSeparator();
    menu.addAction(tr("&Delete"), this, &LeadsPage::deleteSelectedLeads)->setEnabled(selected > 0);
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

void LeadsPage::bulkEdit(const QString& description, const std::function<void(Lead&)>& change)
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty()) {
        return;
    }
    try {
        const QList<Lead> before = m_repository.changeMany(ids, change);
        if (before.isEmpty()) {
            Q_EMIT statusMessage(tr("Nothing to change."));
            return;
        }
        QList<Lead> after;
        for (const Lead& lead : before) {
            if (const std::optional<Lead> now = m_repository.findById(lead.id)) {
                after.append(*now);
            }
        }
        // The store's change reloaded the table; keep the same leads selected for the next action.
        QItemSelection keep;
        for (const QString& id : ids) {
            if (const int row = m_model->rowOfId(id); row >= 0) {
                keep.select(m_model->index(row, 0), m_model->index(row, m_model->columnCount() - 1));
            }
        }
        m_view->selectionModel()->select(keep, QItemSelectionModel::ClearAndSelect);
        m_undoStack.push(new BulkEditCommand(
            m_repository, [this](const QString& message) { Q_EMIT errorOccurred(message); }, before, after,
            description));
        Q_EMIT statusMessage(
            tr("%1: %n lead(s) changed. Press Ctrl+Z to undo.", nullptr, static_cast<int>(before.size()))
                .arg(description));
    } catch (const StoreError& error) {
        Q_EMIT errorOccurred(error.message());
    }
}

void LeadsPage::setStatusOfSelection(LeadStatus status)
{
    bulkEdit(tr("Set status to %1").arg(statusLabel(status)), [status](Lead& lead) { lead.status = status; });
}

void LeadsPage::addTagToSelection(const QString& rawTag)
{
    const QString tag = rawTag.simplified();
    if (tag.isEmpty()) {
        return;
    }
    bulkEdit(tr("Add tag %1").arg(tag), [tag](Lead& lead) {
        const bool present = std::any_of(lead.tags.cbegin(), lead.tags.cend(), [&](const QString& existing) {
            return existing.compare(tag, Qt::CaseInsensitive) == 0;
        });
        if (!present) {
            lead.tags.append(tag);
        }
    });
}

void LeadsPage::removeTagFromSelection(const QString& rawTag)
{
    const QString tag = rawTag.simplified();
    if (tag.isEmpty()) {
        return;
    }
    bulkEdit(tr("Remove tag %1").arg(tag), [tag](Lead& lead) {
        lead.tags.removeIf(
            [&](const QString& existing) { return existing.compare(tag, Qt::CaseInsensitive) == 0; });
    });
}

void LeadsPage::saveCurrentView(const QString& name)
{
    try {
        const SavedView view =
            SavedViewRepository(m_repository.database()).save(name, m_model->search(), m_model->filter());
        Q_EMIT statusMessage(tr("Saved the view “%1”.").arg(view.name));
        Q_EMIT savedViewsChanged();
    } catch (const StoreError& error) {
        Q_EMIT errorOccurred(error.message());
    }
}

void LeadsPage::applyView(const SavedView& view)
{
    m_filterBar->setFilter(view.filter);
    Q_EMIT searchTextRequested(view.search);
}

} // namespace leadbox
