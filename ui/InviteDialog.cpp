#include "ui/InviteDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace leadbox {

InviteDialog::InviteDialog(const QString& workspaceName, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("inviteDialog"));
    setWindowTitle(tr("Invite to %1").arg(workspaceName));
    setMinimumWidth(380);

    m_email = new QLineEdit;
    m_email->setObjectName(QStringLiteral("inviteEmail"));
    m_email->setAccessibleName(tr("Email"));
    m_email->setPlaceholderText(tr("name@example.com"));
    m_email->setMaxLength(254);
    m_role = new QComboBox;
    m_role->setObjectName(QStringLiteral("inviteRole"));
    m_role->setAccessibleName(tr("Role"));
    m_role->addItem(Permissions::roleName(Role::Member), static_cast<int>(Role::Member));
    m_role->addItem(Permissions::roleName(Role::Admin), static_cast<int>(Role::Admin));
    m_hint = new QLabel(tr("They join when they sign in to LeadBox with this address."));
    m_hint->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("&Role:"), m_role);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_invite = buttons->addButton(tr("Invite"), QDialogButtonBox::AcceptRole);
    m_invite->setObjectName(QStringLiteral("inviteButton"));
    m_invite->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_email, &QLineEdit::textChanged, this, &InviteDialog::check);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(buttons);
    check();
}

QString InviteDialog::email() const
{
    return m_email->text().trimmed();
}

Role InviteDialog::role() const
{
    return static_cast<Role>(m_role->currentData().toInt());
}

void InviteDialog::check()
{
    // A light check; the cloud has the last word and its refusal is shown.
    const QString text = email();
    const qsizetype at = text.indexOf(QLatin1Char('@'));
    m_invite->setEnabled(at > 0 && at < text.size() - 1 && !text.contains(QLatin1Char(' ')));
}

} // namespace leadbox
