#pragma once

#include "models/sync/ConflictRepository.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

namespace leadbox {

// The open sync conflicts of a workspace as a table: the lead, the field, the value here, the
// value in the cloud, and who changed it there and when. It follows the repository's
// conflictsChanged().
class ConflictListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        LeadColumn,
        FieldColumn,
        LocalColumn,
        ServerColumn,
        ChangedByColumn,
        ChangedAtColumn,
        ColumnCount
    };
    enum Role
    {
        ConflictIdRole = Qt::UserRole + 1,
        LeadIdRole,
    };

    explicit ConflictListModel(ConflictRepository& conflicts, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const SyncConflict& conflictAt(int row) const { return m_conflicts.at(row); }
    // The leads that have at least one open conflict.
    QSet<QString> leadIds() const;

public Q_SLOTS:
    void reload();

private:
    ConflictRepository& m_repository;
    QList<SyncConflict> m_conflicts;
};

} // namespace leadbox
