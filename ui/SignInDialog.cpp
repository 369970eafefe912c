#include "ui/SignInDialog.h"

#include "services/auth/Session.h"
#include "ui/MessageBox.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace leadbox {

SignInDialog::SignInDialog(Session& session, FirebaseAuth& auth, const QString& email, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_auth(auth)
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign In to LeadBox"));
    setMinimumWidth(420);

    auto* intro = new QLabel(tr("Sign in to open your team’s cloud workspaces. The Local workspace stays "
                                "available without an account."));
    intro->setWordWrap(true);

    m_email = new QLineEdit(email);
    m_email->setObjectName(QStringLiteral("signInEmail"));
    m_email->setAccessibleName(tr("Email"));
    m_email->setPlaceholderText(tr("name@example.com"));
    m_email->setMaxLength(254);
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("signInPassword"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(4096);

    m_forgot = new QPushButton(tr("Forgot password?"));
    m_forgot->setObjectName(QStringLiteral("forgotPasswordButton"));
    m_forgot->setFlat(true);
    m_forgot->setAutoDefault(false); // Return in a field signs in, never sends a reset
    m_forgot->setCursor(Qt::PointingHandCursor);
    m_forgot->setToolTip(tr("Send an email with a link to choose a new password"));
    auto* passwordRow = new QHBoxLayout;
    passwordRow->addWidget(m_password, 1);
    passwordRow->addWidget(m_forgot);

    auto* form = new QFormLayout;
    form->addRow(tr("&Email:"), m_email);
    auto* passwordLabel = new QLabel(tr("&Password:"));
    passwordLabel->setBuddy(m_password); // a label made by addRow() for a layout has no buddy
    form->addRow(passwordLabel, passwordRow);

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("signInMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setVisible(false);

    auto* buttons = new QDialogButtonBox;
    m_signIn = buttons->addButton(tr("Sign In"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    // Outside the button box: QDialogButtonBox shows every button it lays out again, and this one
    // appears only when the network is the problem.
    m_offline = new QPushButton(tr("Continue Offline"));
    m_offline->setObjectName(QStringLiteral("continueOfflineButton"));
    m_offline->setToolTip(tr("Keep working on this computer; sign in later from the File menu"));
    m_offline->setVisible(false);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_offline->setAutoDefault(false);
    m_cancel->setAutoDefault(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch();
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_offline);
    buttonRow->addWidget(buttons, 1);
    layout->addLayout(buttonRow);

    // The buttons are wired one by one: the box's accepted() would close the dialog at once.
    connect(m_signIn, &QPushButton::clicked, this, &SignInDialog::signIn);
    connect(m_offline, &QPushButton::clicked, this, [this] {
        m_continuedOffline = true;
        reject();
    });
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_forgot, &QPushButton::clicked, this, &SignInDialog::sendReset);
    connect(m_password, &QLineEdit::returnPressed, this, [this] {
        if (m_signIn->isEnabled()) {
            signIn();
        }
    });
    connect(m_email, &QLineEdit::textChanged, this, &SignInDialog::updateSignInButton);
    connect(m_password, &QLineEdit::textChanged, this, &SignInDialog::updateSignInButton);
    connect(&m_session, &Session::signInFinished, this, &SignInDialog::onSignInFinished);
    updateSignInButton();
    (email.isEmpty() ? m_email : m_password)->setFocus();
}

void SignInDialog::updateSignInButton()
{
    m_signIn->setEnabled(!m_busy && !m_email->text().trimmed().isEmpty() && !m_password->text().isEmpty());
}

void SignInDialog::setBusy(bool busy, const QString& buttonText)
{
    m_busy = busy;
    m_email->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_forgot->setEnabled(!busy);
    m_offline->setEnabled(!busy);
    m_signIn->setText(buttonText);
    if (busy) {
        setCursor(Qt::BusyCursor);
    } else {
        unsetCursor();
    }
    updateSignInButton();
}

void SignInDialog::showError(const QString& message)
{
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    adjustSize(); // a wrapped sentence needs the height for its width
}

void SignInDialog::showInfo(const QString& message)
{
    m_message->setStyleSheet(QString());
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    adjustSize();
}

void SignInDialog::signIn()
{
    if (m_busy || m_session.state() == Session::State::SigningIn) {
        return;
    }
    showInfo(QString());
    m_offline->setVisible(false);
    setBusy(true, tr("Signing In…"));
    m_waiting = true;
    m_session.signIn(m_email->text().trimmed(), m_password->text());
}

void SignInDialog::onSignInFinished(const AuthResult& result)
{
    if (!m_waiting) {
        return; // a restore at startup, not this dialog's sign-in
    }
    m_waiting = false;
    setBusy(false, tr("Sign In"));
    Q_EMIT signInFinished(result);
    if (result.ok()) {
        m_password->clear();
        if (!result.warning.isEmpty()) {
            MessageBox::warning(this, tr("Signed In"), result.warning);
        }
        accept();
        return;
    }
    showError(result.message);
    const bool offline = result.error == AuthError::Offline || result.error == AuthError::Timeout;
    m_offline->setVisible(offline);
    if (result.error == AuthError::WrongCredentials) {
        m_password->setFocus();
        m_password->selectAll();
    }
}

void SignInDialog::sendReset()
{
    const QString email = m_email->text().trimmed();
    if (email.isEmpty()) {
        showError(tr("Enter your email address, then choose “Forgot password?” again."));
        m_email->setFocus();
        return;
    }
    showInfo(QString());
    setBusy(true, tr("Sign In"));
    m_forgot->setText(tr("Sending…"));
    AuthReply* reply = m_auth.sendPasswordReset(email);
    connect(reply, &AuthReply::finished, this, [this, email](const AuthResult& result) {
        setBusy(false, tr("Sign In"));
        m_forgot->setText(tr("Forgot password?"));
        // An unknown address gets the same answer as a known one: the dialog never tells which exist.
        if (result.ok() || result.error == AuthError::WrongCredentials) {
            showInfo(tr("If %1 has a LeadBox account, an email with a link to choose a new password is on "
                        "its way. Check your inbox, then sign in with the new password.")
                         .arg(email));
        } else {
            showError(result.message);
            m_offline->setVisible(result.error == AuthError::Offline || result.error == AuthError::Timeout);
        }
        Q_EMIT resetFinished();
    });
}

} // namespace leadbox
