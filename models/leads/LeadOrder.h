#pragma once

#include "models/leads/LeadField.h"
#include "models/leads/LeadFilter.h"

#include <QString>
#include <vector>

namespace leadbox {

class Database;
class RawStatement;
struct CustomField;

// The leads of a view in display order, as row ids: position N of the table is rowIdAt(N).
// Holding only ids (8 bytes a lead) lets the table jump to any of a million rows and load just
// the page it shows. A full ranking also knows each row's position, so a search result, which
// FTS5 hands back in row order, is put in display order by sorting integers in memory.
class LeadOrder
{
public:
    LeadOrder() = default;

    // Every lead, sorted by `field` (case-insensitively for text), ties broken by row.
    static LeadOrder ranking(Database& db, LeadField field, Qt::SortOrder order);
    // Every lead, sorted by its value of a custom field, ties broken by row. Numbers sort
    // numerically, choices in the order the field lists them, the rest as text ignoring case;
    // leads without a value sort as the lowest. The field's id is bound, never part of the SQL.
    static LeadOrder ranking(Database& db, const CustomField& field, Qt::SortOrder order);
    // The leads matching an FTS5 expression (may be empty) and a filter, in this ranking's order.
    // Call on a ranking only.
    LeadOrder filtered(Database& db, const QString& matchExpression, const LeadFilter& filter = {}) const;

    qint64 size() const { return static_cast<qint64>(m_rowIds.size()); }
    bool isEmpty() const { return m_rowIds.empty(); }
    qint64 rowIdAt(qint64 position) const { return m_rowIds[static_cast<std::size_t>(position)]; }
    // The position of a row, or -1 when this order does not hold it.
    qint64 positionOf(qint64 rowId) const;

private:
    static LeadOrder fromRanking(RawStatement& select);

    std::vector<qint64> m_rowIds;
    std::vector<quint32> m_positionOfRow; // indexed by row id; rankings only
};

} // namespace leadbox
