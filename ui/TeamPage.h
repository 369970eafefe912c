#pragma once

#include "models/accounts/Permissions.h"
#include "services/cloud/CloudTypes.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QTableWidget;
class QToolButton;

namespace leadbox {

class CloudClient;
class CloudReply;

// The Team page of a cloud workspace: its members with name, role and status. Owners and admins
// invite, change roles and remove, within Permissions::canChangeRole/canRemove; members see the
// list read-only, with the reason on the disabled buttons. The cloud's refusals are shown with
// their request ID.
class TeamPage : public QWidget
{
    Q_OBJECT

public:
    explicit TeamPage(CloudClient& cloud, QWidget* parent = nullptr);

    // Shows `workspaceId`'s team as seen by `email` with `role`, and loads it.
    void showWorkspace(const QString& workspaceId, const QString& workspaceName, Role role,
                       const QString& email);
    void reload();

    QTableWidget* table() const { return m_table; }
    const QList<CloudMember>& members() const { return m_members; }

    // What the buttons do, without their dialogs; for the buttons and for tests.
    void invite(const QString& email, Role role);
    void changeRole(const QString& email, Role role);
    void remove(const QString& email);
    void transferOwnership(const QString& email);

Q_SIGNALS:
    // The member list was (re)loaded, or failed to load (`ok` false).
    void membersLoaded(bool ok);
    // An invite, role change or removal finished; `ok` false when the cloud refused it.
    void changeFinished(bool ok);

private:
    void showMembers(const QList<CloudMember>& members);
    void updateActions();
    void openInviteDialog();
    void confirmRemove();
    void confirmTransfer();
    const CloudMember* selectedMember() const;
    void finishChange(CloudReply* reply);

    CloudClient& m_cloud;
    QString m_workspaceId;
    QString m_workspaceName;
    Role m_role = Role::Member;
    QString m_email;
    QList<CloudMember> m_members;
    QPointer<CloudReply> m_loading;
    quint64 m_generation = 0; // bumped on each showWorkspace(), so a late answer is dropped

    QLabel* m_title = nullptr;
    QLabel* m_subtitle = nullptr;
    QLabel* m_status = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_invite = nullptr;
    QToolButton* m_changeRole = nullptr;
    QAction* m_makeAdmin = nullptr;
    QAction* m_makeMember = nullptr;
    QAction* m_makeOwner = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_refresh = nullptr;
};

} // namespace leadbox
