#pragma once

#include "models/accounts/Permissions.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace leadbox {

// Team → Invite…: an email address and the role the person gets when they first sign in with it.
class InviteDialog : public QDialog
{
    Q_OBJECT

public:
    explicit InviteDialog(const QString& workspaceName, QWidget* parent = nullptr);

    QString email() const;
    Role role() const;

private:
    void check();

    QLineEdit* m_email = nullptr;
    QComboBox* m_role = nullptr;
    QLabel* m_hint = nullptr;
    QPushButton* m_invite = nullptr;
};

} // namespace leadbox
