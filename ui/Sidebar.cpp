#include "ui/Sidebar.h"

#include "models/leads/SavedViewRepository.h"

#include <QMenu>
#include <QStyle>

namespace leadbox {
namespace {
constexpr int kSavedViewIdRole = Qt::UserRole;
constexpr int kPageIndexRole = Qt::UserRole + 1;
} // namespace

Sidebar::Sidebar(QWidget* parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("sidebar"));
    setAccessibleName(tr("Pages"));
    setFrameShape(QFrame::NoFrame);
    setIconSize(QSize(20, 20));
    setMaximumWidth(220);
    addItem(new QListWidgetItem(style()->standardIcon(QStyle::SP_DirHomeIcon), tr("Leads")));
    connect(this, &QListWidget::currentItemChanged, this, &Sidebar::onCurrentItemChanged);
    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(this, &QListWidget::customContextMenuRequested, this, &Sidebar::showContextMenu);
}

int Sidebar::savedViewCount() const
{
    int views = 0;
    while (views + 1 < count() && !item(views + 1)->data(kSavedViewIdRole).toString().isEmpty()) {
        ++views;
    }
    return views;
}

void Sidebar::setSavedViews(const QList<SavedView>& views)
{
    const QSignalBlocker quiet(this);
    for (int i = savedViewCount(); i > 0; --i) {
        delete takeItem(i);
    }
    int row = 1;
    for (const SavedView& view : views) {
        auto* viewItem = new QListWidgetItem(QStringLiteral("    ") + view.name);
        viewItem->setData(kSavedViewIdRole, view.id);
        viewItem->setToolTip(tr("Saved view: %1").arg(view.filter.describe()));
        insertItem(row++, viewItem);
    }
}

QListWidgetItem* Sidebar::addPage(const QIcon& icon, const QString& text, int pageIndex)
{
    auto* pageItem = new QListWidgetItem(icon, text);
    pageItem->setData(kPageIndexRole, pageIndex);
    addItem(pageItem);
    return pageItem;
}

void Sidebar::onCurrentItemChanged(QListWidgetItem* current)
{
    if (!current) {
        return;
    }
    const QVariant page = current->data(kPageIndexRole);
    if (page.isValid()) {
        Q_EMIT pageRequested(page.toInt());
        return;
    }
    Q_EMIT leadsRequested(current->data(kSavedViewIdRole).toString());
}

void Sidebar::showContextMenu(const QPoint& position)
{
    QListWidgetItem* clicked = itemAt(position);
    if (!clicked || clicked->data(kSavedViewIdRole).toString().isEmpty()) {
        return;
    }
    const QString id = clicked->data(kSavedViewIdRole).toString();
    QMenu menu(this);
    menu.addAction(tr("Delete View"), this, [this, id] { Q_EMIT deleteViewRequested(id); });
    menu.exec(viewport()->mapToGlobal(position));
}

} // namespace leadbox
