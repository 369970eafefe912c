#include "models/leads/LeadOrder.h"

#include "models/leads/CustomFieldRepository.h"
#include "models/leads/LeadReadConnection.h"

#include <algorithm>
#include <limits>

namespace leadbox {
namespace {

constexpr quint32 kAbsent = std::numeric_limits<quint32>::max();
constexpr std::size_t kRowsBetweenChecks = 65536; // how often long loops ask whether still wanted

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

QString directionOf(Qt::SortOrder order)
{
    return order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
}

bool wanted(const StillWanted& stillWanted)
{
    return !stillWanted || stillWanted();
}

} // namespace

LeadOrder::LeadOrder(std::vector<qint64> rowIds)
    : m_rowIds(std::move(rowIds))
{
}

LeadRankingQuery LeadOrder::rankingQuery(LeadField field, Qt::SortOrder order)
{
    return {QStringLiteral("SELECT row_id FROM leads ORDER BY %1 %2, row_id %2")
                .arg(orderExpression(field), directionOf(order)),
            {}};
}

LeadRankingQuery LeadOrder::rankingQuery(const CustomField& field, Qt::SortOrder order)
{
    // ?1 is the field's id. The SQL text below is fixed apart from how many ?N a choice list needs.
    const QString value = QStringLiteral("json_extract(custom, '$.\"' || ?1 || '\"')");
    QString expression;
    QStringList bound{field.id};
    if (field.type == CustomFieldType::Number) {
        expression = QStringLiteral("CAST(%1 AS REAL)").arg(value);
    } else if (field.type == CustomFieldType::Choice && !field.choices.isEmpty() &&
               field.choices.size() <= CustomFieldRepository::kMaxChoices) {
        // In the order the field lists them, as status follows the pipeline; a value that is no
        // longer listed comes after them, by text.
        QString cases;
        for (const QString& choice : field.choices) {
            bound.append(choice);
            cases += QStringLiteral(" WHEN ?%1 THEN %2").arg(bound.size()).arg(bound.size() - 2);
        }
        expression =
            QStringLiteral(
                "CASE %1%2 ELSE (CASE WHEN %1 IS NULL THEN -1 ELSE %3 END) END %4, %1 COLLATE NOCASE")
                .arg(value, cases)
                .arg(field.choices.size())
                .arg(directionOf(order));
    } else {
        expression = value + QStringLiteral(" COLLATE NOCASE");
    }
    return {QStringLiteral("SELECT row_id FROM leads ORDER BY %1 %2, row_id %2")
                .arg(expression, directionOf(order)),
            bound};
}

LeadOrder LeadOrder::ranking(const Database& store, const CustomField& field, Qt::SortOrder order)
{
    LeadReadConnection db(store);
    return ranking(db, rankingQuery(field, order));
}

LeadOrder LeadOrder::ranking(LeadReadConnection& db, const LeadRankingQuery& query,
                             const StillWanted& stillWanted)
{
    LeadReadConnection::Statement select(db, query.sql);
    for (int i = 0; i < query.values.size(); ++i) {
        select.bind(i + 1, query.values.at(i));
    }
    LeadOrder result;
    while (select.step()) {
        result.m_rowIds.push_back(select.int64(0));
        if (result.m_rowIds.size() % kRowsBetweenChecks == 0 && !wanted(stillWanted)) {
            return {};
        }
    }
    result.indexPositions();
    return result;
}

LeadOrder LeadOrder::rankingHead(LeadReadConnection& db, const LeadRankingQuery& query, qint64 limit,
                                 bool& complete)
{
    // LIMIT lets SQLite keep only the first rows while it sorts, when no index gives the order.
    LeadReadConnection::Statement select(db, query.sql +
                                                 QStringLiteral(" LIMIT ?%1").arg(query.values.size() + 1));
    for (int i = 0; i < query.values.size(); ++i) {
        select.bind(i + 1, query.values.at(i));
    }
    select.bind(static_cast<int>(query.values.size()) + 1, limit + 1);
    LeadOrder result;
    result.m_rowIds.reserve(static_cast<std::size_t>(std::min<qint64>(limit + 1, 1 << 20)));
    while (select.step()) {
        result.m_rowIds.push_back(select.int64(0));
    }
    complete = result.size() <= limit;
    if (complete) {
        result.indexPositions();
    } else {
        result.m_rowIds.pop_back();
    }
    return result;
}

void LeadOrder::indexPositions()
{
    qint64 highest = 0;
    for (const qint64 rowId : m_rowIds) {
        highest = std::max(highest, rowId);
    }
    m_positionOfRow.assign(m_rowIds.empty() ? 0 : static_cast<std::size_t>(highest) + 1, kAbsent);
    for (std::size_t position = 0; position < m_rowIds.size(); ++position) {
        m_positionOfRow[static_cast<std::size_t>(m_rowIds[position])] = static_cast<quint32>(position);
    }
}

LeadOrder LeadOrder::filtered(LeadReadConnection& db, const QString& matchExpression,
                              const LeadFilter& filter, const StillWanted& stillWanted) const
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
    LeadReadConnection::Statement select(db, sql);
    for (int i = 0; i < values.size(); ++i) {
        select.bind(i + 1, values.at(i));
    }
    std::vector<qint64> matches;
    for (std::size_t stepped = 1; select.step(); ++stepped) {
        const qint64 rowId = select.int64(0);
        if (positionOf(rowId) >= 0) {
            matches.push_back(rowId);
        }
        if (stepped % kRowsBetweenChecks == 0 && !wanted(stillWanted)) {
            return {};
        }
    }
    LeadOrder result;
    if (matches.size() * 16 > m_rowIds.size()) {
        // Many matches: mark them and walk the ranking once, which is linear and already in order.
        std::vector<bool> matched(m_positionOfRow.size(), false);
        for (const qint64 rowId : matches) {
            matched[static_cast<std::size_t>(rowId)] = true;
        }
        result.m_rowIds.reserve(matches.size());
        for (const qint64 rowId : m_rowIds) {
            if (matched[static_cast<std::size_t>(rowId)]) {
                result.m_rowIds.push_back(rowId);
            }
        }
        return result;
    }
    // Few matches: sorting them by their ranking position is cheaper than the walk.
    std::sort(matches.begin(), matches.end(), [this](qint64 a, qint64 b) {
        return m_positionOfRow[static_cast<std::size_t>(a)] < m_positionOfRow[static_cast<std::size_t>(b)];
    });
    result.m_rowIds = std::move(matches);
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

bool LeadOrder::startsWith(const LeadOrder& head) const
{
    return head.m_rowIds.size() <= m_rowIds.size() &&
           std::equal(head.m_rowIds.cbegin(), head.m_rowIds.cend(), m_rowIds.cbegin());
}

} // namespace leadbox
