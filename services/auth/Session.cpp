#include "services/auth/Session.h"

#include "services/LogCategories.h"

#include <QEventLoop>
#include <algorithm>
#include <limits>

namespace leadbox {
namespace {

constexpr qint64 kRefreshLeadMs = 5 * 60 * 1000;
constexpr int kRetryAfterFailureMs = 30 * 1000;

} // namespace

Session::Session(FirebaseAuth* auth, CredentialStore* credentials, QObject* parent)
    : QObject(parent)
    , m_auth(auth)
    , m_credentials(credentials)
{
    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, &Session::refreshNow);
}

qint64 Session::refreshDelayMs(const QDateTime& now, const QDateTime& expiresAt)
{
    const qint64 remaining = now.msecsTo(expiresAt);
    if (remaining <= 0) {
        return 0;
    }
    return remaining - std::min(kRefreshLeadMs, remaining / 2);
}

void Session::setState(State state)
{
    if (m_state != state) {
        m_state = state;
        Q_EMIT stateChanged(state);
    }
}

void Session::clear()
{
    m_refreshTimer.stop();
    m_refreshing = false;
    m_uid.clear();
    m_email.clear();
    m_idToken.clear();
    m_refreshToken.clear();
    m_expiresAt = {};
}

void Session::adopt(const AuthResult& result)
{
    if (!result.uid.isEmpty()) {
        m_uid = result.uid;
    }
    if (!result.email.isEmpty()) {
        m_email = result.email;
    }
    m_idToken = result.idToken;
    if (!result.refreshToken.isEmpty()) {
        m_refreshToken = result.refreshToken;
    }
    m_expiresAt = result.expiresAt;
}

void Session::scheduleRefresh()
{
    const qint64 delay = refreshDelayMs(QDateTime::currentDateTimeUtc(), m_expiresAt);
    m_refreshTimer.start(static_cast<int>(std::min<qint64>(delay, std::numeric_limits<int>::max())));
}

void Session::finishSignIn(AuthResult result)
{
    // Tokens stay in this object; listeners get who and when, not the secrets.
    result.idToken.clear();
    result.refreshToken.clear();
    result.uid = m_uid;
    result.email = m_email;
    setState(State::SignedIn);
    scheduleRefresh();
    qCInfo(lcAuth) << "Signed in";
    Q_EMIT signInFinished(result);
    Q_EMIT signedIn();
}

void Session::signIn(const QString& email, const QString& password)
{
    const quint64 generation = ++m_generation;
    clear();
    setState(State::SigningIn);
    AuthReply* reply = m_auth->signInWithPassword(email, password);
    connect(reply, &AuthReply::finished, this, [this, generation](const AuthResult& result) {
        if (generation != m_generation) {
            return;
        }
        if (!result.ok()) {
            setState(State::SignedOut);
            Q_EMIT signInFinished(result);
            return;
        }
        adopt(result);
        CredentialJob* job = m_credentials->saveRefreshToken(result.uid, result.refreshToken);
        connect(job, &CredentialJob::finished, this,
                [this, generation, result](const CredentialResult& saved) {
                    if (generation != m_generation) {
                        return;
                    }
                    AuthResult finished = result;
                    if (!saved.ok) {
                        finished.warning = saved.error;
                    }
                    finishSignIn(finished);
                });
    });
}

void Session::restore(const QString& uid)
{
    const quint64 generation = ++m_generation;
    clear();
    setState(State::SigningIn);
    CredentialJob* job = m_credentials->loadRefreshToken(uid);
    connect(job, &CredentialJob::finished, this, [this, generation, uid](const CredentialResult& loaded) {
        if (generation != m_generation) {
            return;
        }
        if (!loaded.ok) {
            AuthResult result;
            result.error = loaded.notFound ? AuthError::NoStoredSession : AuthError::Keychain;
            result.message = loaded.notFound ? AuthErrors::text(AuthError::NoStoredSession) : loaded.error;
            setState(State::SignedOut);
            Q_EMIT signInFinished(result);
            return;
        }
        AuthReply* reply = m_auth->refresh(loaded.secret);
        connect(reply, &AuthReply::finished, this,
                [this, generation, uid, stored = loaded.secret](const AuthResult& result) {
                    if (generation != m_generation) {
                        return;
                    }
                    if (!result.ok()) {
                        if (AuthErrors::endsSession(result.error)) {
                            m_credentials->removeRefreshToken(uid);
                        }
                        setState(State::SignedOut);
                        Q_EMIT signInFinished(result);
                        return;
                    }
                    m_uid = uid;
                    adopt(result);
                    if (m_refreshToken != stored) {
                        m_credentials->saveRefreshToken(m_uid, m_refreshToken);
                    }
                    finishSignIn(result);
                });
    });
}

AuthResult Session::signInAndWait(const QString& email, const QString& password)
{
    QEventLoop loop;
    AuthResult result;
    const auto connection = connect(this, &Session::signInFinished, &loop, [&](const AuthResult& finished) {
        result = finished;
        loop.quit();
    });
    signIn(email, password);
    if (m_state == State::SigningIn) {
        loop.exec();
    }
    disconnect(connection);
    return result;
}

AuthResult Session::restoreAndWait(const QString& uid)
{
    QEventLoop loop;
    AuthResult result;
    const auto connection = connect(this, &Session::signInFinished, &loop, [&](const AuthResult& finished) {
        result = finished;
        loop.quit();
    });
    restore(uid);
    if (m_state == State::SigningIn) {
        loop.exec();
    }
    disconnect(connection);
    return result;
}

void Session::refreshNow()
{
    if (m_state != State::SignedIn) {
        Q_EMIT refreshFinished(false, AuthErrors::text(AuthError::NoStoredSession));
        return;
    }
    if (m_refreshing) {
        return;
    }
    m_refreshing = true;
    m_refreshTimer.stop();
    const quint64 generation = m_generation;
    AuthReply* reply = m_auth->refresh(m_refreshToken);
    connect(reply, &AuthReply::finished, this, [this, generation](const AuthResult& result) {
        if (generation == m_generation) {
            onRefreshed(result);
        }
    });
}

void Session::onRefreshed(const AuthResult& result)
{
    m_refreshing = false;
    if (result.ok()) {
        const QString previous = m_refreshToken;
        adopt(result);
        if (m_refreshToken != previous) {
            m_credentials->saveRefreshToken(m_uid, m_refreshToken);
        }
        scheduleRefresh();
        qCInfo(lcAuth) << "ID token refreshed";
        Q_EMIT tokenRefreshed();
        Q_EMIT refreshFinished(true, {});
        return;
    }
    if (AuthErrors::endsSession(result.error)) {
        qCWarning(lcAuth).noquote()
            << QStringLiteral("Refresh refused (%1); signing out").arg(result.firebaseCode);
        endSession(result.message);
    } else {
        // Offline or a passing failure: keep the session and try again later.
        m_refreshTimer.start(kRetryAfterFailureMs);
    }
    Q_EMIT refreshFinished(false, result.message);
}

void Session::signOut()
{
    const QString uid = m_uid;
    ++m_generation;
    clear();
    setState(State::SignedOut);
    if (!uid.isEmpty()) {
        m_credentials->removeRefreshToken(uid);
    }
    qCInfo(lcAuth) << "Signed out";
    Q_EMIT signedOut({});
}

CredentialResult Session::signOutAndWait()
{
    const QString uid = m_uid;
    ++m_generation;
    clear();
    setState(State::SignedOut);
    CredentialResult result{true, false, {}, {}};
    if (!uid.isEmpty()) {
        result = m_credentials->removeAndWait(uid);
    }
    Q_EMIT signedOut({});
    return result;
}

void Session::endSession(const QString& message)
{
    const QString uid = m_uid;
    ++m_generation;
    clear();
    setState(State::SignedOut);
    if (!uid.isEmpty()) {
        m_credentials->removeRefreshToken(uid);
    }
    Q_EMIT signedOut(message);
}

void Session::giveUp(const QString& message)
{
    ++m_generation;
    clear();
    setState(State::SignedOut);
    Q_EMIT signedOut(message);
}

} // namespace leadbox
