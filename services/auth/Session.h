#pragma once

#include "services/auth/CredentialStore.h"
#include "services/auth/FirebaseAuth.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

namespace leadbox {

// The signed-in person: uid, email and the ID token, kept in memory only. The refresh token lives
// in the keychain (CredentialStore) and in this object's memory while signed in. Refreshes the ID
// token about five minutes before it expires, and on demand once after a 401 from the cloud.
class Session : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        SignedOut,
        SigningIn, // signIn() or restore() in flight
        SignedIn,
    };

    Session(FirebaseAuth* auth, CredentialStore* credentials, QObject* parent = nullptr);

    State state() const { return m_state; }
    bool isSignedIn() const { return m_state == State::SignedIn; }
    QString uid() const { return m_uid; }
    QString email() const { return m_email; }
    QString idToken() const { return m_idToken; }
    QDateTime expiresAt() const { return m_expiresAt; }
    bool isRefreshing() const { return m_refreshing; }

    // Signs in and keeps the refresh token in the keychain. Emits signInFinished(); on success also
    // signedIn(). If the keychain cannot keep it, the session still works and result.warning says why.
    void signIn(const QString& email, const QString& password);
    // Signs `uid` in again from the keychain's refresh token, without a password. Emits signInFinished().
    void restore(const QString& uid);
    AuthResult signInAndWait(const QString& email, const QString& password);
    AuthResult restoreAndWait(const QString& uid);

    // Gets a new ID token now; calls while one is in flight share it. Emits refreshFinished().
    void refreshNow();

    // The person signs out: forget the tokens and remove the keychain entry. Emits signedOut("").
    void signOut();
    // signOut(), then wait until the keychain entry is gone; for the CLI. Returns its result.
    CredentialResult signOutAndWait();
    // The account can no longer be used (disabled, revoked, refresh refused): sign out, forget the
    // keychain entry, and emit signedOut(message).
    void endSession(const QString& message);
    // The cloud still refused a fresh token: forget the tokens in memory (the keychain entry stays,
    // so the next launch can try again) and emit signedOut(message).
    void giveUp(const QString& message);

    // When to refresh a token that expires at `expiresAt`: five minutes early, or halfway for short
    // lifetimes. Public for tests.
    static qint64 refreshDelayMs(const QDateTime& now, const QDateTime& expiresAt);

Q_SIGNALS:
    void signInFinished(const leadbox::AuthResult& result);
    void signedIn();
    void tokenRefreshed();
    void refreshFinished(bool ok, const QString& message);
    // `message` is empty when the person signed out; otherwise it says why the session ended.
    void signedOut(const QString& message);
    void stateChanged(leadbox::Session::State state);

private:
    void setState(State state);
    void adopt(const AuthResult& result);
    void clear();
    void scheduleRefresh();
    void finishSignIn(AuthResult result);
    void onRefreshed(const AuthResult& result);

    QPointer<FirebaseAuth> m_auth;
    QPointer<CredentialStore> m_credentials;
    State m_state = State::SignedOut;
    QString m_uid;
    QString m_email;
    QString m_idToken;
    QString m_refreshToken;
    QDateTime m_expiresAt;
    QTimer m_refreshTimer;
    bool m_refreshing = false;
    quint64 m_generation = 0; // bumped on every sign-in and sign-out, so late answers are dropped
};

} // namespace leadbox
