#include "ui/RejectedRowsModel.h"

namespace leadbox {
namespace {
constexpr int kRowChars = 300; // of the row's text in the table; the saved file has all of it
} // namespace

RejectedRowsModel::RejectedRowsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void RejectedRowsModel::setRows(QList<RejectedRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int RejectedRowsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RejectedRowsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RejectedRowsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const RejectedRow& row = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case LineColumn:
            return row.line;
        case ReasonColumn:
            return row.reason;
        case RowColumn:
            return row.fields.join(QStringLiteral(", ")).left(kRowChars);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == ReasonColumn) {
        return row.reason;
    }
    if (role == Qt::TextAlignmentRole && index.column() == LineColumn) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant RejectedRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case LineColumn:
        return tr("Line");
    case ReasonColumn:
        return tr("Reason");
    case RowColumn:
        return tr("Row");
    default:
        return {};
    }
}

} // namespace leadbox
