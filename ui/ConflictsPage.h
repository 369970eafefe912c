#pragma once

#include "models/sync/ConflictRepository.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace leadbox {

class ConflictListModel;

// The Conflicts page of a cloud workspace: each field that you and a teammate both changed, with
// your value and the cloud's, who changed it and when. Keep Mine sends your value over the cloud's;
// Keep Cloud's takes the cloud's value here. Either choice syncs, and the conflict goes away.
class ConflictsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ConflictsPage(QWidget* parent = nullptr);

    // Shows the conflicts of `conflicts` (a cloud workspace's), or nothing (nullptr).
    void setRepository(ConflictRepository* conflicts);

    QTableView* view() const { return m_view; }
    ConflictListModel* model() const { return m_model; }
    QPushButton* keepLocalButton() const { return m_keepLocal; }
    QPushButton* keepServerButton() const { return m_keepServer; }

    // Keeps one side of the selected conflicts (the buttons do this).
    void resolveSelected(ConflictRepository::Keep keep);

Q_SIGNALS:
    // Conflicts were resolved: their choices wait in the outbox for the next sync.
    void resolved(int count);

private:
    void updateState();

    QPointer<ConflictRepository> m_repository;
    ConflictListModel* m_model = nullptr;
    QStackedWidget* m_stack = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_keepLocal = nullptr;
    QPushButton* m_keepServer = nullptr;
};

} // namespace leadbox
