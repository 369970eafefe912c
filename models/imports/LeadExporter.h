#pragma once

#include "models/leads/LeadFilter.h"

#include <QCoreApplication>
#include <QString>
#include <atomic>
#include <functional>

namespace leadbox {

class Database;

// Writes leads to a CSV file: UTF-8, a header row, every field, custom fields by name. Cells that
// a spreadsheet would run as a formula are neutralised (CsvWriter::neutralise). The file appears
// only when complete: a failure or cancel leaves no half-written file behind.
class LeadExporter
{
    Q_DECLARE_TR_FUNCTIONS(LeadExporter)

public:
    using ProgressFunction = std::function<void(qint64 done, qint64 total)>;

    explicit LeadExporter(Database& db);

    // Exports the leads matching `search` (all when empty). Returns the number written; throws
    // StoreError when the file cannot be written (naming it) or the store fails.
    qint64 run(const QString& filePath, const QString& search = {}, const LeadFilter& filter = {},
               const ProgressFunction& progress = {}, const std::atomic_bool* cancel = nullptr);

private:
    Database& m_db;
};

} // namespace leadbox
