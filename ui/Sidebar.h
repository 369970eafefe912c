#pragma once

#include <QList>
#include <QListWidget>
#include <QString>

namespace leadbox {

struct SavedView;

// The sidebar of pages: the Leads page first, the workspace's saved views indented under it, then
// further pages (Team). Selecting a row asks for its page through a signal; the window shows it.
class Sidebar : public QListWidget
{
    Q_OBJECT

public:
    explicit Sidebar(QWidget* parent = nullptr);

    // Replaces the saved-view rows under the Leads row, keeping the selection on the Leads page.
    void setSavedViews(const QList<SavedView>& views);
    // Adds a page row after the saved views; `pageIndex` is what pageRequested() reports.
    QListWidgetItem* addPage(const QIcon& icon, const QString& text, int pageIndex);
    void selectLeads() { setCurrentRow(0); }

Q_SIGNALS:
    // The Leads page, with a saved view's id, or an empty id for the page as it is.
    void leadsRequested(const QString& savedViewId);
    void pageRequested(int pageIndex);
    void deleteViewRequested(const QString& savedViewId);

private:
    void onCurrentItemChanged(QListWidgetItem* item);
    void showContextMenu(const QPoint& position);
    int savedViewCount() const;
};

} // namespace leadbox
