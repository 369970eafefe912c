#include "models/imports/RejectedRowsFile.h"

#include "models/StoreError.h"
#include "models/csv/CsvWriter.h"

#include <QSaveFile>

namespace leadbox {

void RejectedRowsFile::write(const QString& path, const ImportSummary& summary)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        throw StoreError(StoreError::Kind::CannotOpen,
                         tr("Cannot write %1: %2.").arg(path, file.errorString()), path);
    }
    QString reason;
    {
        CsvWriter writer(file);
        writer.writeRecord(summary.header + QStringList{QStringLiteral("line"), QStringLiteral("reason")});
        for (const RejectedRow& row : summary.rejectedRows) {
            QStringList record = row.fields;
            while (record.size() < summary.header.size()) {
                record.append(QString());
            }
            record << QString::number(row.line) << row.reason;
            writer.writeRecord(record);
        }
        if (!writer.flush()) {
            reason = writer.errorString();
        }
    }
    if (reason.isEmpty() && !file.commit()) {
        reason = file.errorString();
    }
    if (!reason.isEmpty()) {
        throw StoreError(StoreError::Kind::CannotOpen,
                         tr("Could not write %1: %2. No file was written.").arg(path, reason), path);
    }
}

} // namespace leadbox
