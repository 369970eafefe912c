#pragma once

#include "models/leads/Lead.h"
#include "models/leads/LeadField.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace leadbox {

struct FieldError
{
    LeadField field;
    QString message; // translated, names the field and the rule
};

// The rules every lead obeys, wherever it comes from: the form, the CLI, an import or the cloud.
class LeadValidator
{
    Q_DECLARE_TR_FUNCTIONS(LeadValidator)

public:
    static constexpr int kMaxTags = 50;
    static constexpr int kMaxTagLength = 50;
    static constexpr int kMaxEmailLocalPart = 64;

    // Trims every text field and tidies the tag list (no blanks, no case-insensitive repeats).
    static void normalise(Lead& lead);

    // Every broken rule, in field order. Empty when the lead may be stored.
    static QList<FieldError> validate(const Lead& lead);

    static bool isValidEmail(const QString& email);

    // The key that makes emails unique per workspace regardless of case.
    static QString emailKey(const QString& email);

    // Splits "a, b ,c" as typed in a form or on the command line.
    static QStringList splitTags(const QString& text);
};

} // namespace leadbox
