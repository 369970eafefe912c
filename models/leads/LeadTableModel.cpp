#include "models/leads/LeadTableModel.h"

#include "models/LogCategories.h"
#include "models/StoreError.h"
#include "models/leads/LeadRepository.h"

#include <QDate>
#include <QLocale>
#include <algorithm>

namespace leadbox {

LeadTableModel::LeadTableModel(LeadRepository& repository, QObject* parent, qint64 backgroundThreshold)
    : QAbstractTableModel(parent)
    , m_repository(repository)
    , m_order(std::make_unique<LeadViewOrder>(
          repository.database(),
          // From the worker's thread: take the results on this one.
          [this] { QMetaObject::invokeMethod(this, &LeadTableModel::takeResults, Qt::QueuedConnection); },
          backgroundThreshold))
{
    connect(&m_repository, &LeadRepository::leadsChanged, this, &LeadTableModel::reload);
    reloadCustomFields();
    rebuild(LeadViewOrder::Ranking::ReadHeadFirst);
}

LeadTableModel::~LeadTableModel()
{
    m_order.reset(); // stops its worker before this object goes
}

int LeadTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(view().size());
}

qint64 LeadTableModel::matchingCount() const
{
    return m_order->isComplete() ? view().size() : -1;
}

int LeadTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : kLeadFieldCount + static_cast<int>(m_customFields.size());
}

const CustomField* LeadTableModel::customFieldAt(int column) const
{
    const qsizetype index = column - kLeadFieldCount;
    return index >= 0 && index < m_customFields.size() ? &m_customFields.at(index) : nullptr;
}

int LeadTableModel::sortColumn() const
{
    if (m_sortCustomFieldId.isEmpty()) {
        return static_cast<int>(m_sortField);
    }
    for (qsizetype i = 0; i < m_customFields.size(); ++i) {
        if (m_customFields.at(i).id == m_sortCustomFieldId) {
            return kLeadFieldCount + static_cast<int>(i);
        }
    }
    return -1;
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
        const qint64 last = std::min(first + kPageSize, view().size());
        rowIds.reserve(static_cast<std::size_t>(last - first));
        for (qint64 position = first; position < last; ++position) {
            rowIds.push_back(view().rowIdAt(position));
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
    const qint64 rowId = view().rowIdAt(row);
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
    const CustomField* custom = customFieldAt(index.column());
    if (role == Qt::TextAlignmentRole && custom && custom->type == CustomFieldType::Number) {
        return (Qt::AlignRight | Qt::AlignVCenter).toInt();
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != LeadIdRole && role != ConflictRole) {
        return {};
    }
    const Lead lead = leadAt(index.row());
    if (role == LeadIdRole) {
        return lead.id;
    }
    if (role == ConflictRole) {
        return index.column() == 0 && m_conflictLeads.contains(lead.id);
    }
    if (role == Qt::ToolTipRole && index.column() == 0 && m_conflictLeads.contains(lead.id)) {
        return tr("This lead has a sync conflict: a teammate changed the same field. Open Conflicts to "
                  "choose which value to keep.");
    }
    if (custom) {
        return customData(*custom, lead, role);
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

QVariant LeadTableModel::customData(const CustomField& field, const Lead& lead, int role) const
{
    const QString value = lead.custom.value(field.id);
    if (value.isEmpty()) {
        return QString();
    }
    const QLocale locale;
    switch (field.type) {
    case CustomFieldType::Boolean:
        if (role == Qt::ToolTipRole) {
            return value == QLatin1String("true") ? tr("Yes") : tr("No");
        }
        return value == QLatin1String("true") ? QStringLiteral("✓") : QString();
    case CustomFieldType::Date: {
        const QDate date = QDate::fromString(value, Qt::ISODate);
        return date.isValid() ? locale.toString(date, QLocale::ShortFormat) : value;
    }
    case CustomFieldType::Number: {
        // The locale's decimal sign, but no group separators: what is shown can be typed back.
        bool ok = false;
        const double number = value.toDouble(&ok);
        if (!ok) {
            return value;
        }
        QLocale plain = locale;
        plain.setNumberOptions(QLocale::OmitGroupSeparator);
        return plain.toString(number, 'g', 15);
    }
    case CustomFieldType::Text:
    case CustomFieldType::Choice:
        return value;
    }
    return value;
}

QVariant LeadTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole) {
        if (section >= 0 && section < kLeadFieldCount) {
            return fieldLabel(static_cast<LeadField>(section));
        }
        if (const CustomField* custom = customFieldAt(section)) {
            return custom->name;
        }
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

void LeadTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columnCount()) {
        return;
    }
    if (column == sortColumn() && order == m_sortOrder) {
        return;
    }
    if (const CustomField* custom = customFieldAt(column)) {
        m_sortCustomFieldId = custom->id;
    } else {
        m_sortCustomFieldId.clear();
        m_sortField = static_cast<LeadField>(column);
    }
    m_sortOrder = order;
    // The first rows at once (a column without an index takes a second to sort a million leads).
    rebuild(LeadViewOrder::Ranking::ReadHeadFirst);
}

void LeadTableModel::sortByDefault()
{
    m_sortCustomFieldId.clear();
    m_sortField = LeadField::CreatedAt;
    m_sortOrder = Qt::DescendingOrder;
}

void LeadTableModel::setCustomFields(QList<CustomField> fields)
{
    const auto holds = [](const QList<CustomField>& list, const QString& id) {
        return std::any_of(list.cbegin(), list.cend(),
                           [&id](const CustomField& field) { return field.id == id; });
    };
    const QString sortedBy = m_sortCustomFieldId;
    const CustomField* sortedField = customFieldAt(sortColumn());
    const CustomField sortedBefore = sortedField ? *sortedField : CustomField();

    // Columns of removed fields go, last first.
    for (qsizetype i = m_customFields.size() - 1; i >= 0; --i) {
        if (!holds(fields, m_customFields.at(i).id)) {
            const int column = kLeadFieldCount + static_cast<int>(i);
            beginRemoveColumns({}, column, column);
            m_customFields.removeAt(i);
            endRemoveColumns();
        }
    }
    // The fields kept must keep their order for columns to be inserted around them; fields are never
    // reordered today, so a reset covers that case.
    QList<CustomField> kept;
    std::copy_if(fields.cbegin(), fields.cend(), std::back_inserter(kept),
                 [&](const CustomField& field) { return holds(m_customFields, field.id); });
    const bool sameOrder =
        std::equal(kept.cbegin(), kept.cend(), m_customFields.cbegin(), m_customFields.cend(),
                   [](const CustomField& a, const CustomField& b) { return a.id == b.id; });
    if (!sameOrder) {
        beginResetModel();
        m_customFields = std::move(fields);
        endResetModel();
    } else {
        for (qsizetype i = 0; i < fields.size(); ++i) {
            const int column = kLeadFieldCount + static_cast<int>(i);
            if (i >= m_customFields.size() || m_customFields.at(i).id != fields.at(i).id) {
                beginInsertColumns({}, column, column);
                m_customFields.insert(i, fields.at(i));
                endInsertColumns();
            } else if (m_customFields.at(i).name != fields.at(i).name ||
                       m_customFields.at(i).choices != fields.at(i).choices ||
                       m_customFields.at(i).type != fields.at(i).type) {
                m_customFields[i] = fields.at(i);
                Q_EMIT headerDataChanged(Qt::Horizontal, column, column);
                if (rowCount() > 0) {
                    Q_EMIT dataChanged(index(0, column), index(rowCount() - 1, column));
                }
            }
        }
    }

    if (!sortedBy.isEmpty()) {
        const CustomField* now = customFieldAt(sortColumn());
        if (!now) {
            sortByDefault();
            rebuild(LeadViewOrder::Ranking::Read);
        } else if (now->type != sortedBefore.type || now->choices != sortedBefore.choices) {
            rebuild(LeadViewOrder::Ranking::Read);
        }
    }
}

void LeadTableModel::reloadCustomFields()
{
    try {
        setCustomFields(CustomFieldRepository(m_repository.database()).list());
    } catch (const StoreError& error) {
        qCWarning(lcLeads) << "reading custom fields failed:" << error.message();
    }
}

void LeadTableModel::setSearch(const QString& text)
{
    if (text == m_search) {
        return;
    }
    m_search = text;
    rebuild(LeadViewOrder::Ranking::Keep);
}

void LeadTableModel::setFilter(const LeadFilter& filter)
{
    if (filter == m_filter) {
        return;
    }
    m_filter = filter;
    rebuild(LeadViewOrder::Ranking::Keep);
}

int LeadTableModel::rowOfId(const QString& id) const
{
    const std::optional<Lead> lead = m_repository.findById(id);
    return lead ? static_cast<int>(view().positionOf(lead->rowId)) : -1;
}

void LeadTableModel::setConflictLeads(QSet<QString> leadIds)
{
    if (leadIds == m_conflictLeads) {
        return;
    }
    m_conflictLeads = std::move(leadIds);
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0), {ConflictRole, Qt::ToolTipRole});
    }
}

void LeadTableModel::reload()
{
    rebuild(LeadViewOrder::Ranking::Read);
}

void LeadTableModel::rebuild(LeadViewOrder::Ranking ranking)
{
    beginResetModel();
    m_pages.clear();
    m_pageUse.clear();
    try {
        const CustomField* custom = customFieldAt(sortColumn());
        m_order->rebuild(ranking,
                         custom ? LeadOrder::rankingQuery(*custom, m_sortOrder)
                                : LeadOrder::rankingQuery(m_sortField, m_sortOrder),
                         m_search, m_filter);
    } catch (const StoreError& error) {
        qCWarning(lcLeads) << "ordering leads failed:" << error.message();
    }
    endResetModel();
    Q_EMIT matchingCountChanged(matchingCount());
}

void LeadTableModel::takeResults()
{
    std::shared_ptr<const LeadOrder> full = m_order->takeResults();
    if (!full) {
        return;
    }
    const qint64 known = view().size();
    if (!full->startsWith(view())) {
        // The store changed under the first rows (another program wrote to it): show it anew.
        beginResetModel();
        m_pages.clear();
        m_pageUse.clear();
        m_order->complete(std::move(full));
        endResetModel();
    } else {
        // The last page read may have been cut short by the end of the rows known then.
        const int lastPage = known > 0 ? static_cast<int>((known - 1) / kPageSize) : 0;
        const auto forgetLastPage = [this, lastPage] {
            m_pages.remove(lastPage);
            m_pageUse.removeOne(lastPage);
        };
        if (full->size() > known) {
            beginInsertRows({}, static_cast<int>(known), static_cast<int>(full->size() - 1));
            m_order->complete(std::move(full));
            forgetLastPage(); // after the change: a view may read the page while it is announced
            endInsertRows();
        } else {
            m_order->complete(std::move(full));
            forgetLastPage();
        }
    }
    Q_EMIT matchingCountChanged(matchingCount());
    Q_EMIT completed();
}

} // namespace leadbox
