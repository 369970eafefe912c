#include "models/leads/LeadOrder.h"

#include "models/store/RawStatement.h"

#include <algorithm>
#include <limits>

namespace leadbox {
namespace {

constexpr quint32 kAbsent = std::numeric_limits<quint32>::max();

QString orderExpression(LeadField field)
{
    switch (field) {
    case LeadField::Email:
        return QStringLiteral("email_key"); // case-folded already, and indexed
    case LeadField::Status:
    case LeadField::CreatedAt:
    case LeadField::UpdatedAt:
        return QLatin1String(fieldInfo(field).column);
    default:
        return QLatin1String(fieldInfo(field).column) + QStringLiteral(" COLLATE NOCASE");
    }
}

} // namespace

LeadOrder LeadOrder::ranking(Database& db, LeadField field, Qt::SortOrder order)
{
    const QString direction = order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    RawStatement select(db, QStringLiteral("SELECT row_id FROM leads ORDER BY %1 %2, row_id %2")
                                .arg(orderExpression(field), direction));
    LeadOrder result;
    qint64 highest = 0;
    while (select.step()) {
        const qint64 rowId = select.int64(0);
        highest = std::max(highest, rowId);
        result.m_rowIds.push_back(rowId);
    }
    result.m_positionOfRow.assign(static_cast<std::size_t>(highest) + 1, kAbsent);
    for (std::size_t position = 0; position < result.m_rowIds.size(); ++position) {
        result.m_positionOfRow[static_cast<std::size_t>(result.m_rowIds[position])] =
            static_cast<quint32>(position);
    }
    return result;
}

LeadOrder LeadOrder::filtered(Database& db, const QString& matchExpression, const LeadFilter& filter) const
{
    QStringList conditions;
    QVariantList values;
    filter.appendSql(conditions, values);
    QString sql;
    if (conditions.isEmpty()) {
        sql = QStringLiteral("SELECT rowid FROM leads_fts WHERE leads_fts MATCH ?");
        values.append(matchExpression);
    } else {
        if (!matchExpression.isEmpty()) {
            conditions.append(
                QStringLiteral("row_id IN (SELECT rowid FROM leads_fts WHERE leads_fts MATCH ?)"));
            values.append(matchExpression);
        }
        sql = QStringLiteral("SELECT row_id FROM leads WHERE ") + conditions.join(QStringLiteral(" AND "));
    }
    RawStatement select(db, sql);
    for (int i = 0; i < values.size(); ++i) {
        select.bind(i + 1, values.at(i));
    }
    LeadOrder result;
    while (select.step()) {
        const qint64 rowId = select.int64(0);
        if (positionOf(rowId) >= 0) {
            result.m_rowIds.push_back(rowId);
        }
    }
    std::sort(result.m_rowIds.begin(), result.m_rowIds.end(), [this](qint64 a, qint64 b) {
        return m_positionOfRow[static_cast<std::size_t>(a)] < m_positionOfRow[static_cast<std::size_t>(b)];
    });
    return result;
}

qint64 LeadOrder::positionOf(qint64 rowId) const
{
    if (!m_positionOfRow.empty()) {
        if (rowId < 0 || static_cast<std::size_t>(rowId) >= m_positionOfRow.size()) {
            return -1;
        }
        const quint32 position = m_positionOfRow[static_cast<std::size_t>(rowId)];
        return position == kAbsent ? -1 : static_cast<qint64>(position);
    }
    const auto it = std::find(m_rowIds.begin(), m_rowIds.end(), rowId);
    return it == m_rowIds.end() ? -1 : static_cast<qint64>(it - m_rowIds.begin());
}

} // namespace leadbox
