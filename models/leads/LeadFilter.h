#pragma once

#include "models/leads/Lead.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>
#include <QVariantList>
#include <nlohmann/json.hpp>

namespace leadbox {

// Narrows the leads a view or command shows, on top of the search text. Empty parts match all.
struct LeadFilter
{
    Q_DECLARE_TR_FUNCTIONS(LeadFilter)

public:
    QList<LeadStatus> statuses; // any of these
    QStringList tags;           // all of these
    QString source;             // exactly this, ignoring case
    QDate createdFrom;          // on or after, local days
    QDate createdTo;            // on or before
    std::optional<ConsentState> consent;
    QList<QPair<QString, QString>> customValues; // custom field id → value, all must match

    bool isEmpty() const;
    // A short description for the status bar: "status new or contacted, tag vip".
    QString describe(const QHash<QString, QString>& customFieldNames = {}) const;

    // SQL conditions on the leads table (joined with AND) and their values, in binding order.
    void appendSql(QStringList& conditions, QVariantList& values) const;

    nlohmann::json toJson() const;
    static LeadFilter fromJson(const nlohmann::json& json);

    bool operator==(const LeadFilter& other) const;
};

} // namespace leadbox
