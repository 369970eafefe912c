#pragma once

#include <QDialog>
#include <QPointer>

class QLabel;
class QTableWidget;

namespace leadbox {

class SyncEngine;

// Help → Sync Details: where sync stands now (state, pending changes, conflicts, the last error
// with its request ID) and its last runs, newest first, with what each pulled, pushed and found.
// Support asks for the request ID; it can be selected and copied.
class SyncDetailsDialog : public QDialog
{
    Q_OBJECT

public:
    SyncDetailsDialog(SyncEngine& engine, QWidget* parent = nullptr);

    QTableWidget* runsTable() const { return m_runs; }
    QLabel* stateLabel() const { return m_state; }

public Q_SLOTS:
    void refresh();

private:
    QPointer<SyncEngine> m_engine;
    QLabel* m_state = nullptr;
    QTableWidget* m_runs = nullptr;
};

} // namespace leadbox
