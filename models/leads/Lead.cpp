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

QString consentStateName(ConsentState state)
{
    switch (state) {
    case ConsentState::Unknown:
        return QStringLiteral("unknown");
    case ConsentState::Granted:
        return QStringLiteral("granted");
    case ConsentState::Withdrawn:
        return QStringLiteral("withdrawn");
    }
    return {};
}

QString consentStateLabel(ConsentState state)
{
    switch (state) {
    case ConsentState::Unknown:
        return QCoreApplication::translate("LeadStatus", "No consent recorded");
    case ConsentState::Granted:
        return QCoreApplication::translate("LeadStatus", "Consent given");
    case ConsentState::Withdrawn:
        return QCoreApplication::translate("LeadStatus", "Consent withdrawn");
    }
    return {};
}

std::optional<ConsentState> consentStateFromName(const QString& name)
{
    for (const ConsentState state : {ConsentState::Unknown, ConsentState::Granted, ConsentState::Withdrawn}) {
        if (consentStateName(state) == name.trimmed().toLower()) {
            return state;
        }
    }
    return std::nullopt;
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
           createdAt == other.createdAt && updatedAt == other.updatedAt && version == other.version &&
           custom == other.custom && consent == other.consent && importId == other.importId;
}

} // namespace leadbox
