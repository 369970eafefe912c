#pragma once

#include "models/imports/ImportTypes.h"
#include "models/leads/CustomFieldRepository.h"
#include "models/leads/Lead.h"

#include <QCoreApplication>
#include <QHash>
#include <nlohmann/json.hpp>

namespace leadbox {

// Turns one CSV record into a valid lead, or into the reason it cannot be one.
class ImportRowBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ImportRowBuilder)

public:
    // `customFields` maps a column index to the custom field it fills.
    ImportRowBuilder(QList<ColumnTarget> mapping, QHash<int, CustomField> customFields);

    // Fills `lead` and `custom` (field id → value) from `record`. Returns an empty string on
    // success, else a sentence saying what is wrong with the row.
    // `statusGiven` tells whether the row had a status at all (a blank cell keeps a stored status).
    QString build(const QStringList& record, Lead& lead, nlohmann::json& custom,
                  bool* statusGiven = nullptr) const;

    // Folds `incoming` into `stored` under `policy`; true when anything changed.
    static bool merge(Lead& stored, nlohmann::json& storedCustom, const Lead& incoming,
                      const nlohmann::json& incomingCustom, DuplicatePolicy policy, bool statusGiven);

    // Undoes the formula guard CsvWriter adds on export ("'=1+1" → "=1+1"), so LeadBox's own
    // exports import back unchanged.
    static QString withoutFormulaGuard(const QString& cell);

private:
    QList<ColumnTarget> m_mapping;
    QHash<int, CustomField> m_customFields;
};

} // namespace leadbox
