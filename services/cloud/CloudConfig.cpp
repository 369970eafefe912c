#include "services/cloud/CloudConfig.h"

#include <QHostAddress>
#include <QSettings>

namespace leadbox {
namespace {

QString firstSet(const QString& a, const QString& b, const QString& c)
{
    for (const QString* value : {&a, &b, &c}) {
        const QString trimmed = value->trimmed();
        if (!trimmed.isEmpty()) {
            return trimmed;
        }
    }
    return {};
}

// Splits "host:port" or "[v6]:port". Returns false when either part is missing or the port is bad.
bool splitHostPort(const QString& text, QString* host, int* port)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0) {
        return false;
    }
    QString hostPart = text.left(colon);
    if (hostPart.startsWith(QLatin1Char('[')) && hostPart.endsWith(QLatin1Char(']'))) {
        hostPart = hostPart.mid(1, hostPart.size() - 2);
    }
    bool ok = false;
    const int value = text.mid(colon + 1).toInt(&ok);
    if (!ok || value < 1 || value > 65535 || hostPart.isEmpty()) {
        return false;
    }
    *host = hostPart;
    *port = value;
    return true;
}

} // namespace

CloudConfig::Values CloudConfig::fromEnvironment(const QProcessEnvironment& environment)
{
    return {environment.value(QStringLiteral("LEADBOX_CLOUD_URL")),
            environment.value(QStringLiteral("LEADBOX_FIREBASE_API_KEY")),
            environment.value(QStringLiteral("LEADBOX_FIREBASE_PROJECT"))};
}

CloudConfig::Values CloudConfig::fromSettings(const QSettings& settings)
{
    return {settings.value(cloudUrlKey()).toString(), settings.value(apiKeyKey()).toString(),
            settings.value(projectKey()).toString()};
}

CloudConfig CloudConfig::resolve(const Values& flags, const QProcessEnvironment& environment,
                                 const QSettings* settings)
{
    return resolve(flags, environment, settings ? fromSettings(*settings) : Values{});
}

CloudConfig CloudConfig::resolve(const Values& flags, const QProcessEnvironment& environment,
                                 const Values& settings)
{
    const Values env = fromEnvironment(environment);
    CloudConfig config;
    const QString url = firstSet(flags.cloudUrl, env.cloudUrl, settings.cloudUrl);
    config.m_apiKey = firstSet(flags.apiKey, env.apiKey, settings.apiKey);
    config.m_project = firstSet(flags.project, env.project, settings.project);

    const QString emulator = environment.value(QStringLiteral("FIREBASE_AUTH_EMULATOR_HOST")).trimmed();
    if (!emulator.isEmpty()) {
        QString host;
        int port = 0;
        if (!splitHostPort(emulator, &host, &port)) {
            config.m_error = tr("FIREBASE_AUTH_EMULATOR_HOST must be host:port, such as 127.0.0.1:9099, "
                                "not \"%1\".")
                                 .arg(emulator);
            return config;
        }
        if (!isLoopbackHost(host)) {
            config.m_error = tr("FIREBASE_AUTH_EMULATOR_HOST names %1, which is not this computer. The "
                                "emulator speaks plain http, so LeadBox only uses it on a loopback "
                                "address such as 127.0.0.1.")
                                 .arg(host);
            return config;
        }
        config.m_emulatorHost = emulator;
        // The emulator accepts any API key, as the Firebase SDKs assume.
        if (config.m_apiKey.isEmpty()) {
            config.m_apiKey = QStringLiteral("fake-api-key");
        }
    }

    if (url.isEmpty()) {
        return config;
    }
    QUrl parsed(url, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    if (!parsed.isValid() || parsed.host().isEmpty() ||
        (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
        config.m_error = tr("The cloud URL \"%1\" is not a valid http or https address.").arg(url);
        return config;
    }
    if (scheme == QLatin1String("http") && !isLoopbackHost(parsed.host())) {
        config.m_error = tr("The cloud URL %1 uses plain http to another computer. LeadBox only connects "
                            "to the cloud over https; plain http is allowed for this computer "
                            "(localhost) only.")
                             .arg(url);
        return config;
    }
    if (!parsed.query().isEmpty() || !parsed.fragment().isEmpty() || !parsed.userInfo().isEmpty()) {
        config.m_error =
            tr("The cloud URL \"%1\" must not carry a user name, a query or a fragment.").arg(url);
        return config;
    }
    QString path = parsed.path();
    while (path.endsWith(QLatin1Char('/'))) {
        path.chop(1);
    }
    parsed.setPath(path);
    parsed.setScheme(scheme);
    config.m_cloudUrl = parsed;
    return config;
}

bool CloudConfig::isConfigured() const
{
    return m_error.isEmpty() && m_cloudUrl.isValid() && !m_cloudUrl.isEmpty() && !m_apiKey.isEmpty();
}

QUrl CloudConfig::identityToolkitBase() const
{
    if (!m_emulatorHost.isEmpty()) {
        return QUrl(QStringLiteral("http://%1/identitytoolkit.googleapis.com/v1").arg(m_emulatorHost));
    }
    return QUrl(QStringLiteral("https://identitytoolkit.googleapis.com/v1"));
}

QUrl CloudConfig::secureTokenUrl() const
{
    if (!m_emulatorHost.isEmpty()) {
        return QUrl(QStringLiteral("http://%1/securetoken.googleapis.com/v1/token").arg(m_emulatorHost));
    }
    return QUrl(QStringLiteral("https://securetoken.googleapis.com/v1/token"));
}

QUrl CloudConfig::apiUrl(const QString& path) const
{
    QUrl url = m_cloudUrl;
    // `path` may carry percent-encoded segments (an email in a member path): keep them encoded.
    url.setPath(m_cloudUrl.path(QUrl::FullyEncoded) + path, QUrl::TolerantMode);
    return url;
}

bool CloudConfig::isLoopbackHost(const QString& host)
{
    QString name = host.trimmed().toLower();
    if (name.startsWith(QLatin1Char('[')) && name.endsWith(QLatin1Char(']'))) {
        name = name.mid(1, name.size() - 2);
    }
    if (name == QLatin1String("localhost") || name == QLatin1String("localhost.")) {
        return true;
    }
    QHostAddress address;
    return address.setAddress(name) && address.isLoopback();
}

} // namespace leadbox
