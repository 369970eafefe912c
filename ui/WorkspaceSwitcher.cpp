#include "ui/WorkspaceSwitcher.h"

#include "services/accounts/AccountContext.h"

#include <QSignalBlocker>

namespace leadbox {

WorkspaceSwitcher::WorkspaceSwitcher(QWidget* parent)
    : QComboBox(parent)
{
    setObjectName(QStringLiteral("workspaceSwitcher"));
    setAccessibleName(tr("Workspace"));
    setToolTip(tr("Switch workspace"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setMinimumContentsLength(16);
    connect(this, &QComboBox::activated, this,
            [this](int index) { Q_EMIT workspaceChosen(itemData(index).toString()); });
    setWorkspaces({}, AccountContext::localId());
}

QString WorkspaceSwitcher::label(const CloudWorkspace& workspace)
{
    return tr("%1 — %2").arg(workspace.name, Permissions::roleName(workspace.role));
}

void WorkspaceSwitcher::setWorkspaces(const QList<CloudWorkspace>& workspaces, const QString& currentId)
{
    const QSignalBlocker quiet(this);
    clear();
    addItem(tr("Local workspace"), AccountContext::localId());
    setItemData(0, tr("On this computer only; no account needed"), Qt::ToolTipRole);
    for (const CloudWorkspace& workspace : workspaces) {
        addItem(label(workspace), workspace.id);
        setItemData(count() - 1,
                    workspace.plan.isEmpty() ? tr("Cloud workspace")
                                             : tr("Cloud workspace, %1 plan").arg(workspace.plan),
                    Qt::ToolTipRole);
    }
    setCurrentWorkspace(currentId);
}

void WorkspaceSwitcher::setCurrentWorkspace(const QString& id)
{
    const QSignalBlocker quiet(this);
    const int index = findData(id);
    setCurrentIndex(index < 0 ? 0 : index);
}

QString WorkspaceSwitcher::currentWorkspaceId() const
{
    return currentData().toString();
}

} // namespace leadbox
