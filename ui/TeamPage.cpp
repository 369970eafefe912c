#include "ui/TeamPage.h"

#include "services/cloud/CloudClient.h"
#include "ui/InviteDialog.h"
#include "ui/MessageBox.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace leadbox {
namespace {

enum Column
{
    EmailColumn,
    NameColumn,
    RoleColumn,
    StatusColumn,
    ColumnCount,
};

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

} // namespace

TeamPage::TeamPage(CloudClient& cloud, QWidget* parent)
    : QWidget(parent)
    , m_cloud(cloud)
{
    setObjectName(QStringLiteral("teamPage"));
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("teamTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle = new QLabel;
    m_subtitle->setObjectName(QStringLiteral("teamSubtitle"));
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setWordWrap(true);

    m_table = new QTableWidget(0, ColumnCount);
    m_table->setObjectName(QStringLiteral("teamTable"));
    m_table->setAccessibleName(tr("Team members"));
    m_table->setHorizontalHeaderLabels({tr("Email"), tr("Name"), tr("Role"), tr("Status")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(EmailColumn, 260);
    m_table->horizontalHeader()->resizeSection(NameColumn, 200);
    m_table->horizontalHeader()->resizeSection(RoleColumn, 110);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &TeamPage::updateActions);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("teamStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    m_invite = new QPushButton(tr("&Invite…"));
    m_invite->setObjectName(QStringLiteral("teamInviteButton"));
    m_changeRole = new QToolButton;
    m_changeRole->setObjectName(QStringLiteral("teamChangeRoleButton"));
    m_changeRole->setText(tr("Change &Role"));
    m_changeRole->setPopupMode(QToolButton::InstantPopup);
    m_changeRole->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* roles = new QMenu(m_changeRole);
    m_makeAdmin = roles->addAction(tr("Make Admin"));
    m_makeAdmin->setObjectName(QStringLiteral("actionMakeAdmin"));
    m_makeMember = roles->addAction(tr("Make Member"));
    m_makeMember->setObjectName(QStringLiteral("actionMakeMember"));
    roles->addSeparator();
    m_makeOwner = roles->addAction(tr("Transfer Ownership…"));
    m_makeOwner->setObjectName(QStringLiteral("actionTransferOwnership"));
    m_changeRole->setMenu(roles);
    m_remove = new QPushButton(tr("Re&move…"));
    m_remove->setObjectName(QStringLiteral("teamRemoveButton"));
    m_refresh = new QPushButton(tr("Refresh"));
    m_refresh->setObjectName(QStringLiteral("teamRefreshButton"));

    connect(m_invite, &QPushButton::clicked, this, &TeamPage::openInviteDialog);
    connect(m_makeAdmin, &QAction::triggered, this, [this] {
        if (const CloudMember* member = selectedMember()) {
            changeRole(member->email, Role::Admin);
        }
    });
    connect(m_makeMember, &QAction::triggered, this, [this] {
        if (const CloudMember* member = selectedMember()) {
            changeRole(member->email, Role::Member);
        }
    });
    connect(m_makeOwner, &QAction::triggered, this, &TeamPage::confirmTransfer);
    connect(m_remove, &QPushButton::clicked, this, &TeamPage::confirmRemove);
    connect(m_refresh, &QPushButton::clicked, this, &TeamPage::reload);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_invite);
    buttons->addWidget(m_changeRole);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(m_refresh);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    updateActions();
}

void TeamPage::showWorkspace(const QString& workspaceId, const QString& workspaceName, Role role,
                             const QString& email)
{
    ++m_generation;
    m_workspaceId = workspaceId;
    m_workspaceName = workspaceName;
    m_role = role;
    m_email = email;
    m_title->setText(tr("Team — %1").arg(workspaceName));
    m_subtitle->setText(
        Permissions::can(role, Action::ManageTeam)
            ? tr("You are %1 here: you can invite people, change their roles and remove "
                 "them. The owner stays owner until ownership is transferred.")
                  .arg(Permissions::roleName(role))
            : tr("You are %1 here and see the team read-only.").arg(Permissions::roleName(role)));
    showMembers({});
    reload();
}

void TeamPage::reload()
{
    if (m_workspaceId.isEmpty()) {
        return;
    }
    m_status->setText(tr("Loading the team…"));
    m_refresh->setEnabled(false);
    const quint64 generation = m_generation;
    CloudReply* reply = m_cloud.members(m_workspaceId);
    m_loading = reply;
    connect(reply, &CloudReply::finished, this, [this, reply, generation] {
        if (generation != m_generation) {
            return;
        }
        m_refresh->setEnabled(true);
        const auto members = reply->ok() ? CloudMember::listFromJson(reply->json()) : std::nullopt;
        if (!members) {
            m_status->setText(reply->ok() ? tr("The cloud sent a team list LeadBox cannot read.")
                                          : reply->error().text());
            Q_EMIT membersLoaded(false);
            return;
        }
        showMembers(*members);
        m_status->setText(tr("%n member(s)", nullptr, static_cast<int>(members->size())));
        Q_EMIT membersLoaded(true);
    });
}

void TeamPage::showMembers(const QList<CloudMember>& members)
{
    const QString selected = selectedMember() ? selectedMember()->email : QString();
    m_members = members;
    m_table->setRowCount(0);
    m_table->setRowCount(static_cast<int>(members.size()));
    for (int row = 0; row < members.size(); ++row) {
        const CloudMember& member = members.at(row);
        const bool isMe = member.email.compare(m_email, Qt::CaseInsensitive) == 0;
        const QString name = member.displayName.isEmpty() ? tr("—") : member.displayName;
        m_table->setItem(row, EmailColumn, cell(member.email));
        m_table->setItem(row, NameColumn, cell(isMe ? tr("%1 (you)").arg(name) : name));
        m_table->setItem(row, RoleColumn, cell(Permissions::roleName(member.role)));
        m_table->setItem(row, StatusColumn,
                         cell(member.status == QLatin1String("invited") ? tr("Invited, not signed in yet")
                                                                        : tr("Active")));
        if (member.email == selected) {
            m_table->selectRow(row);
        }
    }
    updateActions();
}

const CloudMember* TeamPage::selectedMember() const
{
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    if (items.isEmpty()) {
        return nullptr;
    }
    const int row = items.first()->row();
    return row >= 0 && row < m_members.size() ? &m_members.at(row) : nullptr;
}

void TeamPage::updateActions()
{
    const bool manage = Permissions::can(m_role, Action::ManageTeam);
    const QString refusal = Permissions::refusal(m_role, Action::ManageTeam);
    m_invite->setEnabled(manage && !m_workspaceId.isEmpty());
    m_invite->setToolTip(manage ? tr("Invite someone to this workspace by email") : refusal);

    const CloudMember* member = selectedMember();
    const bool isMe = member && member->email.compare(m_email, Qt::CaseInsensitive) == 0;
    QString why; // why the selected member cannot be changed, if so
    if (!manage) {
        why = refusal;
    } else if (!member) {
        why = tr("Select a member first.");
    } else if (isMe) {
        why = tr("You cannot change your own role or remove yourself.");
    } else if (member->role == Role::Owner) {
        why = tr("The owner cannot be removed or demoted. The owner can transfer ownership first.");
    }
    const Role target = member ? member->role : Role::Member;
    m_makeAdmin->setEnabled(why.isEmpty() && Permissions::canChangeRole(m_role, target, Role::Admin));
    m_makeMember->setEnabled(why.isEmpty() && Permissions::canChangeRole(m_role, target, Role::Member));
    m_makeOwner->setVisible(Permissions::can(m_role, Action::TransferOwnership));
    m_makeOwner->setEnabled(why.isEmpty() && member && member->status != QLatin1String("invited"));
    const bool anyRole = m_makeAdmin->isEnabled() || m_makeMember->isEnabled() || m_makeOwner->isEnabled();
    m_changeRole->setEnabled(anyRole);
    m_changeRole->setToolTip(why.isEmpty() ? tr("Change the selected member’s role") : why);
    m_remove->setEnabled(why.isEmpty() && Permissions::canRemove(m_role, target));
    m_remove->setToolTip(why.isEmpty() ? tr("Remove the selected member from this workspace") : why);
}

void TeamPage::openInviteDialog()
{
    InviteDialog dialog(m_workspaceName, this);
    if (dialog.exec() == QDialog::Accepted) {
        invite(dialog.email(), dialog.role());
    }
}

void TeamPage::confirmRemove()
{
    const CloudMember* member = selectedMember();
    if (!member) {
        return;
    }
    const QString email = member->email;
    if (MessageBox::question(
            this, tr("Remove Member"),
            tr("Remove %1 from %2? They lose access to its leads at once.").arg(email, m_workspaceName),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Yes) {
        remove(email);
    }
}

void TeamPage::confirmTransfer()
{
    const CloudMember* member = selectedMember();
    if (!member) {
        return;
    }
    const QString email = member->email;
    if (MessageBox::question(this, tr("Transfer Ownership"),
                             tr("Make %1 the owner of %2? You become an admin, and only the new owner can "
                                "undo this.")
                                 .arg(email, m_workspaceName),
                             QMessageBox::Yes | QMessageBox::Cancel,
                             QMessageBox::Cancel) == QMessageBox::Yes) {
        transferOwnership(email);
    }
}

void TeamPage::invite(const QString& email, Role role)
{
    finishChange(m_cloud.invite(m_workspaceId, email, role));
}

void TeamPage::changeRole(const QString& email, Role role)
{
    finishChange(m_cloud.changeRole(m_workspaceId, email, role));
}

void TeamPage::remove(const QString& email)
{
    finishChange(m_cloud.removeMember(m_workspaceId, email));
}

void TeamPage::transferOwnership(const QString& email)
{
    finishChange(m_cloud.transferOwnership(m_workspaceId, email));
}

void TeamPage::finishChange(CloudReply* reply)
{
    m_status->setText(tr("Saving…"));
    connect(reply, &CloudReply::finished, this, [this, reply] {
        if (!reply->ok()) {
            m_status->clear();
            MessageBox::warning(this, tr("Team"), reply->error().text());
        }
        Q_EMIT changeFinished(reply->ok());
        reload();
    });
}

} // namespace leadbox
