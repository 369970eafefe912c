#include "models/DataLocation.h"

#include "models/StoreError.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <algorithm>

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

namespace {

// Letters, digits, '-' and '_' stay as they are (Firebase uids and workspace ids are made of them);
// anything else, and any id that would be empty or start with a dot, becomes "x" and the id's UTF-8
// in hex, so that different ids always give different names.
QString safeFileName(const QString& id)
{
    const bool plain = !id.isEmpty() && id.size() <= 128 && std::all_of(id.cbegin(), id.cend(), [](QChar c) {
        return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
               (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
               (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-') ||
               c == QLatin1Char('_');
    });
    if (plain && !id.startsWith(QLatin1Char('x'))) {
        return id;
    }
    return QStringLiteral("x") + QString::fromLatin1(id.toUtf8().toHex());
}

} // namespace

QString DataLocation::accountFolder(const QString& accountId) const
{
    return m_root + QStringLiteral("/accounts/") + safeFileName(accountId);
}

QString DataLocation::cloudWorkspaceFile(const QString& accountId, const QString& workspaceId) const
{
    return accountFolder(accountId) + QLatin1Char('/') + safeFileName(workspaceId) +
           QStringLiteral("/workspace.db");
}

bool DataLocation::wipeAccount(const QString& accountId) const
{
    QDir folder(accountFolder(accountId));
    return !folder.exists() || folder.removeRecursively();
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
