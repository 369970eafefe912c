#include "models/leads/LeadTableModel.h"

#include "models/LogCategories.h"
#include "models/StoreError.h"
#include "models/leads/LeadRepository.h"
#include "models/leads/SearchExpression.h"

#include <QLocale>

namespace leadbox {

LeadTableModel::LeadTableModel(LeadRepository& repository, QObject* parent)
    : QAbstractTableModel(parent)
    , m_repository(repository)
{
    connect(&m_repository, &LeadRepository::leadsChanged, this, &LeadTableModel::reload);
    rebuild(true);
}

int LeadTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_view.size());
}

int LeadTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : kLeadFieldCount;
}

const QList<Lead>& LeadTableModel::page(int number) const
{
    auto it = m_pages.find(number);
    if (it == m_pages.end()) {
        if (m_pages.size() >= kCachedPages && !m_pageUse.isEmpty()) {
            m_pages.remove(m_pageUse.takeFirst());
        }
        std::vector<qint64> rowIds;
        const qint64 first = static_cast<qint64>(number) * kPageSize;
        const qint64 last = std::min(first + kPageSize, m_view.size());
        rowIds.reserve(static_cast<std::size_t>(last - first));
        for (qint64 position = first; position < last; ++position) {
            rowIds.push_back(m_view.rowIdAt(position));
        }
        QList<Lead> leads;
        try {
            leads = m_repository.byRowIds(rowIds);
        } catch (const StoreError& error) {
            // A view cannot throw into Qt's event loop; it shows blanks and the log says why.
            qCWarning(lcLeads) << "reading leads failed:" << error.message();
        }
        it = m_pages.insert(number, leads);
    } else {
        m_pageUse.removeOne(number);
    }
    m_pageUse.append(number);
    return it.value();
}

Lead LeadTableModel::leadAt(int row) const
{
    if (row < 0 || row >= rowCount()) {
        return {};
    }
    const QList<Lead>& leads = page(row / kPageSize);
    const qint64 rowId = m_view.rowIdAt(row);
    const int offset = row % kPageSize;
    // The page normally lines up with the order; a lead deleted since is simply missing.
    if (offset < leads.size() && leads.at(offset).rowId == rowId) {
        return leads.at(offset);
    }
    for (const Lead& lead : leads) {
        if (lead.rowId == rowId) {
            return lead;
        }
    }
    return {};
}

QVariant LeadTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != LeadIdRole) {
        return {};
    }
    const Lead lead = leadAt(index.row());
    if (role == LeadIdRole) {
        return lead.id;
    }
    const QLocale locale;
    switch (static_cast<LeadField>(index.column())) {
    case LeadField::Email:
        return lead.email;
    case LeadField::FirstName:
        return lead.firstName;
    case LeadField::LastName:
        return lead.lastName;
    case LeadField::Company:
        return lead.company;
    case LeadField::Phone:
        return lead.phone;
    case LeadField::Status:
        return lead.id.isEmpty() ? QString() : statusLabel(lead.status);
    case LeadField::Tags:
        return lead.tags.join(QStringLiteral(", "));
    case LeadField::Source:
        return lead.source;
    case LeadField::CreatedAt:
        return lead.createdAt.isValid() ? locale.toString(lead.createdAt.toLocalTime(), QLocale::ShortFormat)
                                        : QString();
    case LeadField::UpdatedAt:
        return lead.updatedAt.isValid() ? locale.toString(lead.updatedAt.toLocalTime(), QLocale::ShortFormat)
                                        : QString();
    }
    return {};
}

QVariant LeadTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= kLeadFieldCount) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    return fieldLabel(static_cast<LeadField>(section));
}

void LeadTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= kLeadFieldCount) {
        return;
    }
    const auto field = static_cast<LeadField>(column);
    if (field == m_sortField && order == m_sortOrder) {
        return;
    }
    m_sortField = field;
    m_sortOrder = order;
    rebuild(true);
}

void LeadTableModel::setSearch(const QString& text)
{
    if (text == m_search) {
        return;
    }
    m_search = text;
    rebuild(false);
}

void LeadTableModel::setFilter(const LeadFilter& filter)
{
    if (filter == m_filter) {
        return;
    }
    m_filter = filter;
    rebuild(false);
}

int LeadTableModel::rowOfId(const QString& id) const
{
    const std::optional<Lead> lead = m_repository.findById(id);
    return lead ? static_cast<int>(m_view.positionOf(lead->rowId)) : -1;
}

void LeadTableModel::reload()
{
    rebuild(true);
}

void LeadTableModel::rebuild(bool rankingChanged)
{
    beginResetModel();
    m_pages.clear();
    m_pageUse.clear();
    try {
        if (rankingChanged) {
            m_ranking = LeadOrder::ranking(m_repository.database(), m_sortField, m_sortOrder);
        }
        const QString match = ftsMatchExpression(m_search);
        m_view = match.isEmpty() && m_filter.isEmpty()
                     ? m_ranking
                     : m_ranking.filtered(m_repository.database(), match, m_filter);
    } catch (const StoreError& error) {
        qCWarning(lcLeads) << "ordering leads failed:" << error.message();
        m_view = LeadOrder();
    }
    endResetModel();
    Q_EMIT matchingCountChanged(m_view.size());
}

} // namespace leadbox
