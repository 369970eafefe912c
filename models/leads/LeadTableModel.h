#pragma once

#include "models/leads/CustomFieldRepository.h"
#include "models/leads/Lead.h"
#include "models/leads/LeadField.h"
#include "models/leads/LeadFilter.h"
#include "models/leads/LeadViewOrder.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <memory>

namespace leadbox {

class LeadRepository;

// The leads of a workspace as a table: one row per lead, one column per LeadField, then one per
// custom field.
// It holds the view's order as row ids (LeadOrder) and loads the leads themselves a page at a
// time, when a row is shown: opening a million leads reads ids, not leads, and jumping to any row
// reads one page. Search and sort rebuild the order.
//
// On a big store the order comes in two steps (LeadViewOrder): opening and sorting show the
// ranking's first rows and a search its first page at once; the rest follows from a worker thread and
// the rows grow by insertion, not a reset, so scrolling and the selection stay. Until then
// rowCount() is the rows known so far and matchingCount() is -1.
class LeadTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        LeadIdRole = Qt::UserRole + 1,
        ConflictRole, // true on the first column of a lead with an open sync conflict
    };

    static constexpr int kPageSize = 200;
    static constexpr int kCachedPages = 64;

    // `backgroundThreshold` is for tests, which use small stores; see LeadViewOrder.
    explicit LeadTableModel(LeadRepository& repository, QObject* parent = nullptr,
                            qint64 backgroundThreshold = LeadViewOrder::kBackgroundThreshold);
    ~LeadTableModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setSearch(const QString& text);
    const QString& search() const { return m_search; }
    void setFilter(const LeadFilter& filter);
    const LeadFilter& filter() const { return m_filter; }
    // The built-in field the view is sorted by; sortCustomFieldId() overrides it when not empty.
    LeadField sortField() const { return m_sortField; }
    const QString& sortCustomFieldId() const { return m_sortCustomFieldId; }
    int sortColumn() const;
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // The custom fields shown after the built-in columns, in order. Columns of fields that are gone
    // are removed and new ones inserted (not a reset), so a view keeps each column's width and
    // visibility. A view sorted by a removed field goes back to the default order.
    void setCustomFields(QList<CustomField> fields);
    const QList<CustomField>& customFields() const { return m_customFields; }
    // The custom field shown in `column`, or nullptr for a built-in column.
    const CustomField* customFieldAt(int column) const;

    // How many leads match the current search, or -1 while the rest of them are being found.
    qint64 matchingCount() const;
    bool isCounting() const { return !m_order->isComplete(); }
    Lead leadAt(int row) const;
    int rowOfId(const QString& id) const;

    // The leads with open sync conflicts: their first cell says so (ConflictRole, tooltip).
    void setConflictLeads(QSet<QString> leadIds);

public Q_SLOTS:
    // Reads the store again: after a change, or when another program may have changed it.
    void reload();
    // Reads the custom fields again: after one was added, renamed or deleted.
    void reloadCustomFields();

Q_SIGNALS:
    // The count of matching leads, or -1 when the first rows are shown and the rest are coming.
    void matchingCountChanged(qint64 count);
    // The rows are complete again after coming in two steps.
    void completed();

private:
    void rebuild(LeadViewOrder::Ranking ranking);
    void takeResults();
    const LeadOrder& view() const { return *m_order->view(); }
    QVariant customData(const CustomField& field, const Lead& lead, int role) const;
    void sortByDefault();
    const QList<Lead>& page(int number) const;

    LeadRepository& m_repository;
    QString m_search;
    LeadFilter m_filter;
    LeadField m_sortField = LeadField::CreatedAt;
    QString m_sortCustomFieldId;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    QList<CustomField> m_customFields;
    // What the table shows: the ranking, or the search's matches in its order.
    std::unique_ptr<LeadViewOrder> m_order;
    mutable QHash<int, QList<Lead>> m_pages;
    mutable QList<int> m_pageUse; // least recently used first
    QSet<QString> m_conflictLeads;
};

} // namespace leadbox
