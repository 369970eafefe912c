#pragma once

#include "services/cloud/CloudTypes.h"

#include <QComboBox>
#include <QList>

namespace leadbox {

// The toolbar's workspace switcher: "Local workspace" first, then each cloud workspace with the
// person's role in it ("Acme Sales — Admin"). Only a person's choice emits workspaceChosen().
class WorkspaceSwitcher : public QComboBox
{
    Q_OBJECT

public:
    explicit WorkspaceSwitcher(QWidget* parent = nullptr);

    // Lists the Local workspace and `workspaces`, and shows `currentId` ("local" or a workspace id).
    void setWorkspaces(const QList<CloudWorkspace>& workspaces, const QString& currentId);
    void setCurrentWorkspace(const QString& id);
    QString currentWorkspaceId() const;
    // "Acme Sales — Admin".
    static QString label(const CloudWorkspace& workspace);

Q_SIGNALS:
    void workspaceChosen(const QString& id);
};

} // namespace leadbox
