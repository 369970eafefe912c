#include "models/WorkspaceStore.h"

#include "models/DataLocation.h"

#include <QFileInfo>

namespace leadbox {

std::unique_ptr<WorkspaceStore> WorkspaceStore::openLocal(const DataLocation& location)
{
    const QString file = location.localWorkspaceFile();
    DataLocation::ensurePrivateFolder(location.root(), DataLocation::Existing::LeaveAsIs);
    DataLocation::ensurePrivateFolder(QFileInfo(file).absolutePath());
    return std::make_unique<WorkspaceStore>(file, tr("Local workspace"));
}

std::unique_ptr<WorkspaceStore> WorkspaceStore::openCloud(const DataLocation& location,
                                                          const QString& accountId,
                                                          const QString& workspaceId,
                                                          const QString& displayName)
{
    const QString file = location.cloudWorkspaceFile(accountId, workspaceId);
    DataLocation::ensurePrivateFolder(location.root(), DataLocation::Existing::LeaveAsIs);
    DataLocation::ensurePrivateFolder(location.root() + QStringLiteral("/accounts"));
    DataLocation::ensurePrivateFolder(location.accountFolder(accountId));
    DataLocation::ensurePrivateFolder(QFileInfo(file).absolutePath());
    return std::make_unique<WorkspaceStore>(file, displayName);
}

WorkspaceStore::WorkspaceStore(const QString& filePath, QString displayName)
    : m_displayName(std::move(displayName))
    , m_db(filePath)
    , m_leads(m_db)
    , m_outbox(m_db)
    , m_conflicts(m_db, &m_leads)
{
}

} // namespace leadbox
