#pragma once

#include "models/leads/Lead.h"

#include <QPointer>
#include <QWidget>
#include <functional>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class QUndoStack;

namespace leadbox {

class FilterBar;
class LeadDetailPanel;
class LeadDialog;
struct SavedView;
class LeadRepository;
class LeadTableModel;
class UiSettings;

// The Leads page: the table of leads, its empty states, and the add/edit/delete flows.
class LeadsPage : public QWidget
{
    Q_OBJECT

public:
    LeadsPage(LeadRepository& repository, QUndoStack& undoStack, UiSettings& settings,
              QWidget* parent = nullptr);
    ~LeadsPage() override;

    LeadTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    int selectedCount() const;
    void saveLayout();
    FilterBar* filterBar() const { return m_filterBar; }
    LeadDetailPanel* detailPanel() const { return m_detail; }
    // Shows a saved view's filter; its search text goes out through searchTextRequested().
    void applyView(const SavedView& view);

    // Bulk edits of the selected leads, each one undo step.
    void setStatusOfSelection(LeadStatus status);
    void addTagToSelection(const QString& tag);
    void removeTagFromSelection(const QString& tag);
    // Saves the current search and filter as a view named `name`.
    void saveCurrentView(const QString& name);

public Q_SLOTS:
    void setSearch(const QString& text);
    void addLead();
    void editCurrentLead();
    void deleteSelectedLeads();

Q_SIGNALS:
    void selectionChanged(int selectedLeads);
    void countsChanged(qint64 matching, qint64 total);
    void statusMessage(const QString& message);
    void errorOccurred(const QString& message);
    void searchTextRequested(const QString& text);
    void savedViewsChanged();

private:
    void openDialog(LeadDialog* dialog);
    void saveFromDialog(LeadDialog* dialog);
    void updateEmptyState();
    void selectLead(const QString& id);
    QStringList selectedIds() const;
    void bulkEdit(const QString& description, const std::function<void(Lead&)>& change);
    void showCurrentInPanel();
    void showContextMenu(const QPoint& position);

    LeadRepository& m_repository;
    QUndoStack& m_undoStack;
    UiSettings& m_settings;
    LeadTableModel* m_model = nullptr;
    QStackedWidget* m_stack = nullptr;
    QTableView* m_view = nullptr;
    QWidget* m_emptyPanel = nullptr;
    QLabel* m_emptyTitle = nullptr;
    QLabel* m_emptyHint = nullptr;
    QPushButton* m_emptyAddButton = nullptr;
    QPointer<LeadDialog> m_dialog;
    FilterBar* m_filterBar = nullptr;
    qint64 m_totalLeads = 0; // counted when the store changes, not on every keystroke
    QMetaObject::Connection m_selectWhenComplete;
    LeadDetailPanel* m_detail = nullptr;
};

} // namespace leadbox
