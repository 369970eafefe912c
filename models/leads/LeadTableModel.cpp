#include "models/leads/LeadTableModel.h"

#include "models/LogCategories.h"
#include "models/StoreError.h"
#include "models/leads/LeadRepository.h"

#include <QLocale>

namespace leadbox {

LeadTableModel::LeadTableModel(LeadRepository& repository, QObject* parent)
    : QAbstractTableModel(parent)
    , m_repository(repository)
{
    m_query.limit = kPageSize;
    connect(&m_repository, &LeadRepository::leadsChanged, this, &LeadTableModel::reload);
    reload();
}

int LeadTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int LeadTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : kLeadFieldCount;
}

QVariant LeadTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Lead& lead = m_rows.at(index.row());
    if (role == LeadIdRole) {
        return lead.id;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
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
        return statusLabel(lead.status);
    case LeadField::Tags:
        return lead.tags.join(QStringLiteral(", "));
    case LeadField::Source:
        return lead.source;
    case LeadField::CreatedAt:
        return locale.toString(lead.createdAt.toLocalTime(), QLocale::ShortFormat);
    case LeadField::UpdatedAt:
        return locale.toString(lead.updatedAt.toLocalTime(), QLocale::ShortFormat);
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

bool LeadTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void LeadTableModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_atEnd) {
        return;
    }
    LeadQuery next = m_query;
    if (!m_rows.isEmpty()) {
        next.after = LeadRepository::cursorAfter(m_rows.constLast(), m_query.sortField);
    }
    const QList<Lead> page = readPage(next);
    m_atEnd = page.size() < next.limit;
    if (page.isEmpty()) {
        return;
    }
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(page.size()) - 1);
    m_rows.append(page);
    endInsertRows();
}

void LeadTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= kLeadFieldCount) {
        return;
    }
    const auto field = static_cast<LeadField>(column);
    if (field == m_query.sortField && order == m_query.order) {
        return;
    }
    m_query.sortField = field;
    m_query.order = order;
    reload();
}

void LeadTableModel::setSearch(const QString& text)
{
    if (text == m_query.search) {
        return;
    }
    m_query.search = text;
    reload();
}

int LeadTableModel::rowOfId(const QString& id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id) {
            return row;
        }
    }
    return -1;
}

void LeadTableModel::reload()
{
    LeadQuery first = m_query;
    first.limit = std::max(kPageSize, static_cast<int>(m_rows.size()));
    const QList<Lead> rows = readPage(first);
    qint64 matching = 0;
    try {
        matching = m_repository.count(m_query.search);
    } catch (const StoreError& error) {
        qCWarning(lcLeads) << "counting leads failed:" << error.message();
    }

    beginResetModel();
    m_rows = rows;
    m_atEnd = rows.size() < first.limit;
    endResetModel();

    m_matching = matching;
    Q_EMIT matchingCountChanged(m_matching);
}

QList<Lead> LeadTableModel::readPage(const LeadQuery& query) const
{
    try {
        return m_repository.list(query);
    } catch (const StoreError& error) {
        // A view cannot throw into Qt's event loop; it shows what it has and the log says why.
        qCWarning(lcLeads) << "reading leads failed:" << error.message();
        return {};
    }
}

} // namespace leadbox
