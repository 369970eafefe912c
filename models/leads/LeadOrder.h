#pragma once

#include "models/leads/LeadField.h"
#include "models/leads/LeadFilter.h"

#include <QString>
#include <QStringList>
#include <functional>
#include <vector>

namespace leadbox {

class Database;
class LeadReadConnection;
struct CustomField;

// Says whether the work asked for is still wanted; long loops ask it now and then.
using StillWanted = std::function<bool()>;

// The SQL that lists every lead's row id in a view's sort order, and its bound values.
struct LeadRankingQuery
{
    QString sql;
    QStringList values;
};

// The leads of a view in display order, as row ids: position N of the table is rowIdAt(N).
// Holding only ids (8 bytes a lead) lets the table jump to any of a million rows and load just
// the page it shows. A full ranking also knows each row's position, so a search result, which
// FTS5 hands back in row order, is put in display order by sorting integers in memory.
class LeadOrder
{
public:
    LeadOrder() = default;
    // A view's first rows, found without a full search (no positions: not a ranking).
    explicit LeadOrder(std::vector<qint64> rowIds);

    // Every lead, sorted by `field` (case-insensitively for text), ties broken by row.
    static LeadRankingQuery rankingQuery(LeadField field, Qt::SortOrder order);
    // Every lead, sorted by its value of a custom field, ties broken by row. Numbers sort
    // numerically, choices in the order the field lists them, the rest as text ignoring case;
    // leads without a value sort as the lowest. The field's id is bound, never part of the SQL.
    static LeadRankingQuery rankingQuery(const CustomField& field, Qt::SortOrder order);

    // The ranking of every lead by a custom field, read on a connection of its own.
    static LeadOrder ranking(const Database& store, const CustomField& field, Qt::SortOrder order);
    // Runs a ranking query. Returns an empty order when `stillWanted` turns false on the way.
    static LeadOrder ranking(LeadReadConnection& db, const LeadRankingQuery& query,
                             const StillWanted& stillWanted = {});
    // The first `limit` leads of a ranking. When that is every lead, `complete` is set and the
    // result is the full ranking; otherwise it is only the head, without positions.
    static LeadOrder rankingHead(LeadReadConnection& db, const LeadRankingQuery& query, qint64 limit,
                                 bool& complete);

    // The leads matching an FTS5 expression (may be empty) and a filter, in this ranking's order.
    // Call on a ranking only. Returns an empty order when `stillWanted` turns false on the way.
    LeadOrder filtered(LeadReadConnection& db, const QString& matchExpression, const LeadFilter& filter = {},
                       const StillWanted& stillWanted = {}) const;

    qint64 size() const { return static_cast<qint64>(m_rowIds.size()); }
    bool isEmpty() const { return m_rowIds.empty(); }
    qint64 rowIdAt(qint64 position) const { return m_rowIds[static_cast<std::size_t>(position)]; }
    const std::vector<qint64>& rowIds() const { return m_rowIds; }
    // The position of a row, or -1 when this order does not hold it.
    qint64 positionOf(qint64 rowId) const;
    // Whether this order starts with the rows of `head`, in the same order.
    bool startsWith(const LeadOrder& head) const;

private:
    void indexPositions();

    std::vector<qint64> m_rowIds;
    std::vector<quint32> m_positionOfRow; // indexed by row id; rankings only
};

} // namespace leadbox
