#pragma once

#include "models/imports/ImportTypes.h"

#include <QAbstractTableModel>

namespace leadbox {

// The rows an import rejected, as a table: line, reason, and the row as it was in the file.
class RejectedRowsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        LineColumn,
        ReasonColumn,
        RowColumn,
        ColumnCount,
    };

    explicit RejectedRowsModel(QObject* parent = nullptr);

    void setRows(QList<RejectedRow> rows);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<RejectedRow> m_rows;
};

} // namespace leadbox
