#pragma once

#include "models/csv/CsvReader.h"
#include "models/imports/ImportTypes.h"

#include <QCoreApplication>
#include <atomic>
#include <functional>

namespace leadbox {

class Database;

// Imports leads from a CSV file into a workspace, in one transaction: the store ends up with the
// whole import or, if it fails, is cancelled or the process dies, exactly as it was before.
//
// A million rows take seconds: rows go in through prepared statements on the SQLite C API, and
// the search index and tag table are filled for all new rows at the end instead of row by row.
// New leads share one consent record and one outbox entry: the import's own.
class LeadImporter
{
    Q_DECLARE_TR_FUNCTIONS(LeadImporter)

public:
    static constexpr qint64 kMaxFileBytes = 1024LL * 1024 * 1024;

    struct Preview
    {
        CsvFormat format;
        QStringList header;
        QList<QStringList> rows;
        QList<ColumnTarget> mapping; // guessed
    };
    // The header, the first rows and a guessed mapping. Throws StoreError for a file it cannot read.
    static Preview preview(const QString& filePath, int rowCount = 20);

    // Reports bytes read of the file's size; called every few thousand rows from the importing thread.
    using ProgressFunction = std::function<void(qint64 done, qint64 total)>;

    explicit LeadImporter(Database& db);

    // Throws StoreError when the file cannot be imported at all (unreadable, binary, too large,
    // no email column) or the store fails; then nothing was written. A cancelled import returns a
    // summary with cancelled set, and nothing was written either.
    ImportSummary run(const ImportOptions& options, const ProgressFunction& progress = {},
                      const std::atomic_bool* cancel = nullptr);

private:
    Database& m_db;
};

} // namespace leadbox
