#include "services/auth/CredentialStore.h"

#include "services/LogCategories.h"

#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace leadbox {
namespace {

// The Secret Service may still be starting when LeadBox asks (at login, say): try a few times.
constexpr int kAttempts = 3;
constexpr int kRetryDelayMs = 300;

bool mayRetry(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::OtherError;
}

} // namespace

CredentialJob::CredentialJob(QObject* parent)
    : QObject(parent)
{
}

void CredentialJob::finish(const CredentialResult& result)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_result = result;
    Q_EMIT finished(m_result);
    deleteLater();
}

CredentialStore::CredentialStore(QObject* parent)
    : CredentialStore(QStringLiteral("LeadBox"), parent)
{
}

CredentialStore::CredentialStore(const QString& service, QObject* parent)
    : QObject(parent)
    , m_service(service)
{
}

QString CredentialStore::keyFor(const QString& uid)
{
    return QStringLiteral("refresh-token:") + uid;
}

QString CredentialStore::noKeychainText()
{
    return tr("No keychain is available on this computer, so LeadBox cannot remember your sign-in. "
              "Start your desktop's keyring (Secret Service), or sign in again each time.");
}

CredentialJob* CredentialStore::saveRefreshToken(const QString& uid, const QString& refreshToken)
{
    return run(Operation::Save, uid, refreshToken);
}

CredentialJob* CredentialStore::loadRefreshToken(const QString& uid)
{
    return run(Operation::Load, uid, {});
}

CredentialJob* CredentialStore::removeRefreshToken(const QString& uid)
{
    return run(Operation::Remove, uid, {});
}

CredentialResult CredentialStore::saveAndWait(const QString& uid, const QString& refreshToken)
{
    return wait(saveRefreshToken(uid, refreshToken));
}

CredentialResult CredentialStore::loadAndWait(const QString& uid)
{
    return wait(loadRefreshToken(uid));
}

CredentialResult CredentialStore::removeAndWait(const QString& uid)
{
    return wait(removeRefreshToken(uid));
}

CredentialResult CredentialStore::wait(CredentialJob* job)
{
    if (job->isFinished()) {
        return job->result();
    }
    QEventLoop loop;
    CredentialResult result;
    connect(job, &CredentialJob::finished, &loop, [&loop, &result](const CredentialResult& finished) {
        result = finished;
        loop.quit();
    });
    loop.exec();
    return result;
}

CredentialJob* CredentialStore::run(Operation operation, const QString& uid, const QString& secret)
{
    auto* job = new CredentialJob(this);
    if (uid.isEmpty()) {
        QTimer::singleShot(0, job, [job] {
            job->finish({false, false, {}, tr("LeadBox cannot store a sign-in without an account.")});
        });
        return job;
    }
    attempt(job, operation, uid, secret, 1);
    return job;
}

void CredentialStore::attempt(CredentialJob* job, Operation operation, const QString& uid,
                              const QString& secret, int attemptNumber)
{
    QKeychain::Job* keychainJob = nullptr;
    switch (operation) {
    case Operation::Save: {
        auto* write = new QKeychain::WritePasswordJob(m_service, this);
        write->setTextData(secret);
        keychainJob = write;
        break;
    }
    case Operation::Load:
        keychainJob = new QKeychain::ReadPasswordJob(m_service, this);
        break;
    case Operation::Remove:
        keychainJob = new QKeychain::DeletePasswordJob(m_service, this);
        break;
    }
    keychainJob->setKey(keyFor(uid));
    keychainJob->setInsecureFallback(false); // never a plaintext file
    keychainJob->setAutoDelete(true);
    connect(keychainJob, &QKeychain::Job::finished, job,
            [this, job, operation, uid, secret, attemptNumber](QKeychain::Job* done) {
                const QKeychain::Error error = done->error();
                CredentialResult result;
                if (error == QKeychain::NoError) {
                    result.ok = true;
                    if (operation == Operation::Load) {
                        result.secret = qobject_cast<QKeychain::ReadPasswordJob*>(done)->textData();
                    }
                } else if (error == QKeychain::EntryNotFound) {
                    result.notFound = true;
                    result.ok = operation == Operation::Remove;
                    if (!result.ok) {
                        result.error = tr("No saved sign-in was found in the keychain.");
                    }
                } else if (mayRetry(error) && attemptNumber < kAttempts) {
                    QTimer::singleShot(kRetryDelayMs, job,
                                       [this, job, operation, uid, secret, attemptNumber] {
                                           attempt(job, operation, uid, secret, attemptNumber + 1);
                                       });
                    return;
                } else {
                    qCWarning(lcKeychain).noquote()
                        << QStringLiteral("Keychain error %1:").arg(static_cast<int>(error))
                        << done->errorString();
                    result.error =
                        (error == QKeychain::AccessDeniedByUser || error == QKeychain::AccessDenied)
                            ? tr("The keychain refused LeadBox access, so LeadBox cannot remember your "
                                 "sign-in.")
                            : noKeychainText();
                }
                job->finish(result);
            });
    keychainJob->start();
}

} // namespace leadbox
