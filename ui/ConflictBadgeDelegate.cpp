#include "ui/ConflictBadgeDelegate.h"

#include "models/leads/LeadTableModel.h"

#include <QApplication>
#include <QStyle>

namespace leadbox {

void ConflictBadgeDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(LeadTableModel::ConflictRole).toBool()) {
        const QStyle* style = option->widget ? option->widget->style() : QApplication::style();
        option->icon = style->standardIcon(QStyle::SP_MessageBoxWarning);
        option->features |= QStyleOptionViewItem::HasDecoration;
        const int side = option->fontMetrics.height();
        option->decorationSize = QSize(side, side);
    }
}

} // namespace leadbox
