#pragma once

#include "services/auth/FirebaseAuth.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;

namespace leadbox {

class Session;

// File → Sign In…: email and password, "Forgot password?", and the reason under the fields when
// Firebase says no. Offers to continue offline when the network is down. Accepted once signed in.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    SignInDialog(Session& session, FirebaseAuth& auth, const QString& email, QWidget* parent = nullptr);

    // True when the person chose "Continue Offline" after a network failure.
    bool continuedOffline() const { return m_continuedOffline; }
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    // The sign-in ended; `result` as Session reported it.
    void signInFinished(const leadbox::AuthResult& result);
    void resetFinished();

private:
    void signIn();
    void sendReset();
    void onSignInFinished(const AuthResult& result);
    void setBusy(bool busy, const QString& buttonText);
    void showError(const QString& message);
    void showInfo(const QString& message);
    void updateSignInButton();

    Session& m_session;
    FirebaseAuth& m_auth;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_password = nullptr;
    QPushButton* m_forgot = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_signIn = nullptr;
    QPushButton* m_offline = nullptr;
    QPushButton* m_cancel = nullptr;
    bool m_busy = false;
    bool m_waiting = false; // a sign-in started here is in flight
    bool m_continuedOffline = false;
};

} // namespace leadbox
