#pragma once

#include "models/leads/Lead.h"
#include "models/leads/LeadQuery.h"

#include <QAbstractTableModel>
#include <QList>

namespace leadbox {

class LeadRepository;

// The leads of a workspace as a table: one row per lead, one column per LeadField.
// Rows arrive a page at a time through fetchMore() with keyset paging, so opening the view
// reads one page whatever the size of the workspace. Search and sort re-query the store.
class LeadTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        LeadIdRole = Qt::UserRole + 1,
    };

    static constexpr int kPageSize = 200;

    explicit LeadTableModel(LeadRepository& repository, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setSearch(const QString& text);
    const QString& search() const { return m_query.search; }
    LeadField sortField() const { return m_query.sortField; }
    Qt::SortOrder sortOrder() const { return m_query.order; }

    // How many leads match the current search, loaded or not.
    qint64 matchingCount() const { return m_matching; }
    const Lead& leadAt(int row) const { return m_rows.at(row); }
    int rowOfId(const QString& id) const;

public Q_SLOTS:
    // Reads the store again, keeping as many rows loaded as before.
    void reload();

Q_SIGNALS:
    void matchingCountChanged(qint64 count);

private:
    QList<Lead> readPage(const LeadQuery& query) const;

    LeadRepository& m_repository;
    LeadQuery m_query;
    QList<Lead> m_rows;
    qint64 m_matching = 0;
    bool m_atEnd = false;
};

} // namespace leadbox
