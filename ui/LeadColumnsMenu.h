#pragma once

#include <QCoreApplication>

class QMenu;
class QTableView;
class QWidget;

namespace leadbox {

// The leads table's header menu: every column, in the order shown, with a check mark to show or hide
// it. Hiding is the header's own state, so it is saved and restored with the header's layout.
class LeadColumnsMenu
{
    Q_DECLARE_TR_FUNCTIONS(LeadColumnsMenu)

public:
    // Opens the menu on a right-click on `view`'s horizontal header.
    static void install(QTableView* view);
    // The menu as install() shows it, built from the header as it is now; `parent` owns it.
    static QMenu* create(QTableView* view, QWidget* parent);
};

} // namespace leadbox
