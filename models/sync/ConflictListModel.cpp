#include "models/sync/ConflictListModel.h"

#include <QLocale>

namespace leadbox {

ConflictListModel::ConflictListModel(ConflictRepository& conflicts, QObject* parent)
    : QAbstractTableModel(parent)
    , m_repository(conflicts)
{
    connect(&m_repository, &ConflictRepository::conflictsChanged, this, &ConflictListModel::reload);
    m_conflicts = m_repository.list();
}

void ConflictListModel::reload()
{
    beginResetModel();
    m_conflicts = m_repository.list();
    endResetModel();
}

int ConflictListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_conflicts.size());
}

int ConflictListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConflictListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const SyncConflict& conflict = m_conflicts.at(index.row());
    if (role == ConflictIdRole) {
        return conflict.id;
    }
    if (role == LeadIdRole) {
        return conflict.leadId;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (static_cast<Column>(index.column())) {
    case LeadColumn:
        return conflict.leadName;
    case FieldColumn:
        return conflict.fieldLabel;
    case LocalColumn:
        return conflict.localText;
    case ServerColumn:
        return conflict.serverText;
    case ChangedByColumn:
        return conflict.changedBy.isEmpty() ? tr("Someone else") : conflict.changedBy;
    case ChangedAtColumn:
        if (!conflict.changedAt.isValid()) {
            return QString();
        }
        return role == Qt::ToolTipRole
                   ? QLocale().toString(conflict.changedAt.toLocalTime(), QLocale::LongFormat)
                   : QLocale().toString(conflict.changedAt.toLocalTime(), QLocale::ShortFormat);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ConflictListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (static_cast<Column>(section)) {
    case LeadColumn:
        return tr("Lead");
    case FieldColumn:
        return tr("Field");
    case LocalColumn:
        return tr("Your value");
    case ServerColumn:
        return tr("Cloud value");
    case ChangedByColumn:
        return tr("Changed in the cloud by");
    case ChangedAtColumn:
        return tr("When");
    case ColumnCount:
        break;
    }
    return {};
}

QSet<QString> ConflictListModel::leadIds() const
{
    QSet<QString> ids;
    for (const SyncConflict& conflict : m_conflicts) {
        ids.insert(conflict.leadId);
    }
    return ids;
}

} // namespace leadbox
