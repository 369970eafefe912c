#include "ui/LeadColumnsMenu.h"

#include <QHeaderView>
#include <QMenu>
#include <QTableView>

namespace leadbox {

QMenu* LeadColumnsMenu::create(QTableView* view, QWidget* parent)
{
    QHeaderView* header = view->horizontalHeader();
    QAbstractItemModel* model = view->model();
    auto* menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("leadColumnsMenu"));
    menu->setTitle(tr("Columns"));

    int visible = 0;
    for (int logical = 0; logical < header->count(); ++logical) {
        if (!header->isSectionHidden(logical)) {
            ++visible;
        }
    }
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        QString name = model ? model->headerData(logical, Qt::Horizontal).toString() : QString();
        QAction* action = menu->addAction(name.replace(QLatin1Char('&'), QStringLiteral("&&")));
        action->setObjectName(QStringLiteral("columnAction%1").arg(logical));
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(logical));
        // The last column shown stays: a table without columns has nothing to right-click.
        action->setEnabled(header->isSectionHidden(logical) || visible > 1);
        QObject::connect(action, &QAction::toggled, header, [header, logical](bool shown) {
            header->setSectionHidden(logical, !shown);
            if (shown && header->sectionSize(logical) < header->minimumSectionSize()) {
                header->resizeSection(logical, header->defaultSectionSize());
            }
        });
    }
    menu->addSeparator();
    QAction* showAll = menu->addAction(tr("Show &All Columns"));
    showAll->setObjectName(QStringLiteral("showAllColumnsAction"));
    showAll->setEnabled(visible < header->count());
    QObject::connect(showAll, &QAction::triggered, header, [header] {
        for (int logical = 0; logical < header->count(); ++logical) {
            header->setSectionHidden(logical, false);
        }
    });
    return menu;
}

void LeadColumnsMenu::install(QTableView* view)
{
    QHeaderView* header = view->horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(header, &QHeaderView::customContextMenuRequested, header,
                     [view, header](const QPoint& at) {
                         QMenu* menu = create(view, header);
                         menu->setAttribute(Qt::WA_DeleteOnClose);
                         // A header is a scroll area: the position is in its viewport.
                         menu->popup(header->viewport()->mapToGlobal(at));
                     });
}

} // namespace leadbox
