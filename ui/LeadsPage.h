#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class QUndoStack;

namespace leadbox {

class LeadDialog;
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

private:
    void openDialog(LeadDialog* dialog);
    void saveFromDialog(LeadDialog* dialog);
    void updateEmptyState();
    void selectLead(const QString& id);

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
};

} // namespace leadbox
