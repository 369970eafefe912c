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
    QString logFolder() const;
    QString settingsFile() const;

    // Creates `path` and its missing parents as private (0700) folders. Throws StoreError(CannotOpen)
    // naming the folder when it cannot.
    static void ensurePrivateFolder(const QString& path);

private:
    QString m_root;
};

} // namespace leadbox
