#pragma once

#include "models/imports/ImportTypes.h"

#include <QCoreApplication>

namespace leadbox {

// Writes an import's rejected rows as a CSV to fix and import again: the file's own columns, then
// "line" and "reason". The CLI's --rejected and the wizard's "Save Rejected Rows…" both use it.
class RejectedRowsFile
{
    Q_DECLARE_TR_FUNCTIONS(RejectedRowsFile)

public:
    // Throws StoreError(CannotOpen) naming the file when it cannot be written; no partial file is left.
    static void write(const QString& path, const ImportSummary& summary);
};

} // namespace leadbox
