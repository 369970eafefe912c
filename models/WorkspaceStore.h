#pragma once

#include "models/leads/LeadRepository.h"
#include "models/store/Database.h"
#include "models/store/OutboxRepository.h"
#include "models/sync/ConflictRepository.h"

#include <QCoreApplication>
#include <memory>

namespace leadbox {

class DataLocation;

// One open workspace: its SQLite file and the repositories over it.
class WorkspaceStore
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceStore)

public:
    // Opens (creating if needed) the signed-out Local workspace under `location`.
    // Throws StoreError with a message naming the folder or file when it cannot.
    static std::unique_ptr<WorkspaceStore> openLocal(const DataLocation& location);
    // Opens (creating if needed) the cache of one cloud workspace for one account. Another
    // account's caches are other files in another folder.
    static std::unique_ptr<WorkspaceStore> openCloud(const DataLocation& location, const QString& accountId,
                                                     const QString& workspaceId, const QString& displayName);

    explicit WorkspaceStore(const QString& filePath, QString displayName);

    const QString& displayName() const { return m_displayName; }
    Database& database() { return m_db; }
    LeadRepository& leads() { return m_leads; }
    OutboxRepository& outbox() { return m_outbox; }
    // Sync conflicts; resolving one announces leadsChanged() on leads().
    ConflictRepository& conflicts() { return m_conflicts; }

private:
    QString m_displayName;
    Database m_db;
    LeadRepository m_leads;
    OutboxRepository m_outbox;
    ConflictRepository m_conflicts;
};

} // namespace leadbox
