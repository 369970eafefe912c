#pragma once

#include <QStyledItemDelegate>

namespace leadbox {

// Draws a warning sign before the first cell of a lead with an open sync conflict
// (LeadTableModel::ConflictRole), so the lead stands out in a list of a million.
class ConflictBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace leadbox
