#pragma once

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

class QSettings;

namespace leadbox {

// Where the cloud and Firebase Auth live, resolved from flags, the environment and settings.
// Without a cloud URL and an API key the app stays offline (the Local workspace only).
class CloudConfig
{
    Q_DECLARE_TR_FUNCTIONS(CloudConfig)

public:
    // One source's values; an empty string means "not set here".
    struct Values
    {
        QString cloudUrl;
        QString apiKey;
        QString project;
    };

    // Settings keys, as read by fromSettings().
    static QString cloudUrlKey() { return QStringLiteral("cloud/url"); }
    static QString apiKeyKey() { return QStringLiteral("cloud/firebaseApiKey"); }
    static QString projectKey() { return QStringLiteral("cloud/firebaseProject"); }

    // LEADBOX_CLOUD_URL, LEADBOX_FIREBASE_API_KEY and LEADBOX_FIREBASE_PROJECT.
    static Values fromEnvironment(const QProcessEnvironment& environment);
    static Values fromSettings(const QSettings& settings);

    // Each value comes from the first source that sets it: flags, then environment, then settings.
    // FIREBASE_AUTH_EMULATOR_HOST (host:port) is read from `environment`, as the Firebase SDKs do.
    static CloudConfig resolve(const Values& flags, const QProcessEnvironment& environment,
                               const Values& settings);
    static CloudConfig resolve(const Values& flags, const QProcessEnvironment& environment,
                               const QSettings* settings);

    CloudConfig() = default;

    // True when both a valid cloud URL and an API key are set and nothing was refused.
    bool isConfigured() const;
    // Why the configuration was refused (say, plain http to a remote host), or an empty string.
    QString error() const { return m_error; }

    QUrl cloudUrl() const { return m_cloudUrl; } // without a trailing slash
    QString apiKey() const { return m_apiKey; }
    QString project() const { return m_project; }
    QString emulatorHost() const { return m_emulatorHost; } // "host:port", or empty

    // https://identitytoolkit.googleapis.com/v1, or http://HOST:PORT/identitytoolkit.googleapis.com/v1.
    QUrl identityToolkitBase() const;
    // https://securetoken.googleapis.com/v1/token, or http://HOST:PORT/securetoken.googleapis.com/v1/token.
    QUrl secureTokenUrl() const;
    // The cloud URL joined with an API path such as "/v1/me".
    QUrl apiUrl(const QString& path) const;

    // True for localhost, 127.0.0.0/8 and ::1: the only hosts plain http may reach.
    static bool isLoopbackHost(const QString& host);

private:
    QUrl m_cloudUrl;
    QString m_apiKey;
    QString m_project;
    QString m_emulatorHost;
    QString m_error;
};

} // namespace leadbox
