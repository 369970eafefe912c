#include "models/leads/Lead.h"

#include <QCoreApplication>

namespace leadbox {

QString statusName(LeadStatus status)
{
    switch (status) {
    case LeadStatus::New:
        return QStringLiteral("new");
    case LeadStatus::Contacted:
        return QStringLiteral("contacted");
    case LeadStatus::Qualified:
        return QStringLiteral("qualified");
    case LeadStatus::Customer:
        return QStringLiteral("customer");
    case LeadStatus::Lost:
        return QStringLiteral("lost");
    }
    return {};
}

QString statusLabel(LeadStatus status)
{
    switch (status) {
    case LeadStatus::New:
        return QCoreApplication::translate("LeadStatus", "New");
    case LeadStatus::Contacted:
        return QCoreApplication::translate("LeadStatus", "Contacted");
    case LeadStatus::Qualified:
        return QCoreApplication::translate("LeadStatus", "Qualified");
    case LeadStatus::Customer:
        return QCoreApplication::translate("LeadStatus", "Customer");
    case LeadStatus::Lost:
        return QCoreApplication::translate("LeadStatus", "Lost");
    }
    return {};
}

std::optional<LeadStatus> statusFromName(const QString& name)
{
    const QString wanted = name.trimmed().toLower();
    for (LeadStatus status : kAllLeadStatuses) {
        if (statusName(status) == wanted) {
            return status;
        }
    }
    return std::nullopt;
}

std::optional<LeadStatus> statusFromRank(int rank)
{
    if (rank < 0 || rank >= static_cast<int>(kAllLeadStatuses.size())) {
        return std::nullopt;
    }
    return static_cast<LeadStatus>(rank);
}

QString Lead::displayName() const
{
    const QString name = QStringList{firstName, lastName}.join(QLatin1Char(' ')).trimmed();
    return name.isEmpty() ? email : name;
}

bool Lead::operator==(const Lead& other) const
{
    return id == other.id && email == other.email && firstName == other.firstName &&
           lastName == other.lastName && company == other.company && phone == other.phone &&
           status == other.status && tags == other.tags && source == other.source &&
           createdAt == other.createdAt && updatedAt == other.updatedAt && version == other.version;
}

} // namespace leadbox
