#pragma once

#include <QObject>
#include <QString>

namespace QKeychain {
class Job;
}

namespace leadbox {

// What a keychain operation came to.
struct CredentialResult
{
    bool ok = false;
    bool notFound = false; // load or remove of an entry that is not there
    QString secret;        // load only
    QString error;         // a sentence for people when !ok
};

// One keychain operation in flight. Emits finished() once, then deletes itself later.
class CredentialJob : public QObject
{
    Q_OBJECT

public:
    bool isFinished() const { return m_finished; }
    const CredentialResult& result() const { return m_result; }

Q_SIGNALS:
    void finished(const leadbox::CredentialResult& result);

private:
    friend class CredentialStore;
    explicit CredentialJob(QObject* parent);
    void finish(const CredentialResult& result);

    CredentialResult m_result;
    bool m_finished = false;
};

// The only place that talks to the OS keychain (QtKeychain). Keeps each account's Firebase refresh
// token under service "LeadBox", key "refresh-token:<uid>". There is no insecure fallback: without a
// keychain the calls fail with a sentence, and nothing is written to a file.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    explicit CredentialStore(QObject* parent = nullptr);
    // Another service name, so tests never touch the real "LeadBox" entries.
    explicit CredentialStore(const QString& service, QObject* parent = nullptr);

    QString service() const { return m_service; }
    static QString keyFor(const QString& uid);

    CredentialJob* saveRefreshToken(const QString& uid, const QString& refreshToken);
    CredentialJob* loadRefreshToken(const QString& uid);
    // Removing an entry that is not there succeeds.
    CredentialJob* removeRefreshToken(const QString& uid);

    // Blocking helpers: wait in a local event loop; for the CLI and tests.
    CredentialResult saveAndWait(const QString& uid, const QString& refreshToken);
    CredentialResult loadAndWait(const QString& uid);
    CredentialResult removeAndWait(const QString& uid);
    static CredentialResult wait(CredentialJob* job);

    // The sentence for "no keychain here".
    static QString noKeychainText();

private:
    enum class Operation
    {
        Save,
        Load,
        Remove,
    };
    CredentialJob* run(Operation operation, const QString& uid, const QString& secret);
    void attempt(CredentialJob* job, Operation operation, const QString& uid, const QString& secret,
                 int attempt);

    QString m_service;
};

} // namespace leadbox
