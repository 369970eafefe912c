#pragma once

#include <QString>

class QCoreApplication;

namespace leadbox {

class DataLocation;

// What every LeadBox program does first: private file permissions for all it creates, its
// name and version for QStandardPaths and --version, and the JSON log in the data folder.
void restrictNewFilesToOwner();
void setApplicationIdentity();
// Returns an error sentence when the log cannot be written; the program goes on without it.
QString startLogging(const DataLocation& location, const QString& programName);

} // namespace leadbox
