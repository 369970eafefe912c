#pragma once

#include "models/leads/LeadField.h"
#include "models/leads/LeadFilter.h"

#include <QString>
#include <QVariant>
#include <optional>

namespace leadbox {

// Where the previous page ended, for keyset paging: the sort value and the row of its last lead.
struct LeadCursor
{
    QVariant sortValue;
    qint64 rowId = 0;
};

// What slice of the leads to read: a search, an order, a page size and where to continue.
struct LeadQuery
{
    QString search;
    LeadField sortField = LeadField::CreatedAt;
    Qt::SortOrder order = Qt::DescendingOrder;
    int limit = 200;
    std::optional<LeadCursor> after;
    LeadFilter filter;
};

} // namespace leadbox
