#pragma once

#include "models/imports/ImportTypes.h"
#include "models/leads/Lead.h"

#include <QCoreApplication>

namespace leadbox {

// Maps CSV headers to lead fields: by the names LeadBox, HubSpot, Mailchimp and Google Contacts
// use in their exports, and by what a user says on the command line ("Work Email=email").
class ColumnMapping
{
    Q_DECLARE_TR_FUNCTIONS(ColumnMapping)

public:
    static ColumnTarget guess(const QString& header);
    static QList<ColumnTarget> guessAll(const QStringList& header);

    // Applies "COLUMN=TARGET" overrides, where TARGET is a field's CLI name (email, first-name, …),
    // "custom:NAME" or "ignore". Throws StoreError(Validation) naming a bad column or target.
    static QList<ColumnTarget> withOverrides(const QStringList& header, QList<ColumnTarget> mapping,
                                             const QStringList& overrides);

    // Reads a status as LeadBox, HubSpot ("OPEN_DEAL", "UNQUALIFIED") or a person writes it.
    static std::optional<LeadStatus> parseStatus(const QString& text);
    // Splits a tags cell: commas, semicolons, or Google Contacts' " ::: ".
    static QStringList splitTags(const QString& text);
    // Reads a date or date-time in ISO 8601 or a common spreadsheet format; invalid when it cannot.
    static QDateTime parseTime(const QString& text);

    // How a target reads in a summary or the wizard: "Email", "Custom: Plan", "Ignored".
    static QString describe(const ColumnTarget& target);
};

} // namespace leadbox
