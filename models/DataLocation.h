#pragma once

#include <QCoreApplication>
#include <QString>

namespace leadbox {

// Where a LeadBox installation keeps its files: workspace stores, logs and settings.
// Chosen by --data-dir, else LEADBOX_DATA_DIR, else the platform's app data folder.
class DataLocation
{
    Q_DECLARE_TR_FUNCTIONS(DataLocation)

public:
    static DataLocation resolve(const QString& commandLineValue);
    explicit DataLocation(QString root);

    const QString& root() const { return m_root; }
    QString localWorkspaceFile() const;
    // Each signed-in account's caches live in a folder of their own, one file per workspace:
    // <root>/accounts/<account>/<workspace>/workspace.db. Ids are made safe for a file name (a
    // hostile id cannot climb out of its folder), and two different ids never share a folder.
    QString accountFolder(const QString& accountId) const;
    QString cloudWorkspaceFile(const QString& accountId, const QString& workspaceId) const;
    // Deletes everything cached for the account. Returns false when something could not be removed.
    bool wipeAccount(const QString& accountId) const;
    QString logFolder() const;
    QString settingsFile() const;

    enum class Existing
    {
        MakePrivate, // a folder of ours: tighten it to 0700 even if it already exists
        LeaveAsIs,   // a folder the user named: make it 0700 only if we create it
    };

    // Creates `path` (and missing parents) as a private 0700 folder. Throws StoreError(CannotOpen)
    // naming the folder when it cannot be created or written.
    static void ensurePrivateFolder(const QString& path, Existing existing = Existing::MakePrivate);

private:
    QString m_root;
};

} // namespace leadbox
