#pragma once

#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>
#include <array>
#include <optional>

namespace leadbox {

// Where a lead stands in the sales pipeline. Stored as its rank so that sorting follows the pipeline.
enum class LeadStatus
{
    New = 0,
    Contacted = 1,
    Qualified = 2,
    Customer = 3,
    Lost = 4,
};

inline constexpr std::array<LeadStatus, 5> kAllLeadStatuses{
    LeadStatus::New, LeadStatus::Contacted, LeadStatus::Qualified, LeadStatus::Customer, LeadStatus::Lost};

QString statusName(LeadStatus status);  // "new", as in JSON and the CLI
QString statusLabel(LeadStatus status); // translated, as the user sees it
std::optional<LeadStatus> statusFromName(const QString& name);
std::optional<LeadStatus> statusFromRank(int rank);

// Whether a lead may be emailed: no record, permission given, or permission withdrawn.
enum class ConsentState
{
    Unknown = 0,
    Granted = 1,
    Withdrawn = 2,
};

QString consentStateName(ConsentState state); // "unknown", "granted", "withdrawn"
QString consentStateLabel(ConsentState state);
std::optional<ConsentState> consentStateFromName(const QString& name);

// A person or company the team may sell to. Plain data; LeadRepository stores it.
struct Lead
{
    qint64 rowId = 0; // local SQLite row; never leaves this computer
    QString id;       // client-generated UUID, the identity shared with the cloud
    QString email;
    QString firstName;
    QString lastName;
    QString company;
    QString phone;
    LeadStatus status = LeadStatus::New;
    QStringList tags;
    QString source;
    QDateTime createdAt;
    QDateTime updatedAt;
    qint64 version = 0;            // the cloud's version; 0 until first synced
    QMap<QString, QString> custom; // custom field id → value
    ConsentState consent = ConsentState::Unknown;
    qint64 importId = 0; // the import that added it, 0 when added otherwise

    QString displayName() const;
    bool operator==(const Lead& other) const;
    bool operator!=(const Lead& other) const { return !(*this == other); }
};

} // namespace leadbox
