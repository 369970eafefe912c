#include "models/DataLocation.h"

#include "models/StoreError.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace leadbox {

DataLocation DataLocation::resolve(const QString& commandLineValue)
{
    if (!commandLineValue.isEmpty()) {
        return DataLocation(commandLineValue);
    }
    const QString fromEnvironment = qEnvironmentVariable("LEADBOX_DATA_DIR");
    if (!fromEnvironment.isEmpty()) {
        return DataLocation(fromEnvironment);
    }
    return DataLocation(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
}

DataLocation::DataLocation(QString root)
    : m_root(QDir::cleanPath(QFileInfo(root).absoluteFilePath()))
{
}

QString DataLocation::localWorkspaceFile() const
{
    return m_root + QStringLiteral("/local/workspace.db");
}

QString DataLocation::logFolder() const
{
    return m_root + QStringLiteral("/logs");
}

QString DataLocation::settingsFile() const
{
    return m_root + QStringLiteral("/settings.ini");
}

void DataLocation::ensurePrivateFolder(const QString& path, Existing existing)
{
    const QFileInfo info(path);
    if (info.exists() && !info.isDir()) {
        throw StoreError(StoreError::Kind::CannotOpen,
                         tr("Cannot use %1 as a data folder: a file of that name is in the way.").arg(path),
                         path);
    }
    const bool created = !info.exists();
    if (created && !QDir().mkpath(path)) {
        throw StoreError(
            StoreError::Kind::CannotOpen,
            tr("Cannot create the data folder %1. Check that its parent exists and is writable, or "
               "choose another with --data-dir.")
                .arg(path),
            path);
    }
    if (created || existing == Existing::MakePrivate) {
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    if (!QFileInfo(path).isWritable()) {
        throw StoreError(StoreError::Kind::CannotOpen,
                         tr("The data folder %1 is not writable. Choose another with --data-dir.").arg(path),
                         path);
    }
}

} // namespace leadbox
