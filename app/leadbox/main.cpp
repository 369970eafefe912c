#include "app/common/ProcessSetup.h"
#include "models/DataLocation.h"
#include "models/StoreError.h"
#include "models/WorkspaceStore.h"
#include "services/accounts/AccountContext.h"
#include "services/cloud/CloudConfig.h"
#include "services/logging/Logging.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/Translations.h"
#include "ui/UiSettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSettings>
#include <memory>

int main(int argc, char* argv[])
{
    leadbox::restrictNewFilesToOwner();
    QApplication app(argc, argv);
    leadbox::setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("LeadBox"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/leadbox.png")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("LeadBox Desktop: leads and permission-based email for small teams."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QStringLiteral("Keep workspaces, logs and settings in DIR."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption language(QStringLiteral("lang"),
                                      QStringLiteral("Use this language (de, en) instead of the system's."),
                                      QStringLiteral("LANG"));
    const QCommandLineOption cloudUrl(
        QStringLiteral("cloud-url"), QStringLiteral("Use the LeadBox cloud at URL (else LEADBOX_CLOUD_URL)."),
        QStringLiteral("URL"));
    const QCommandLineOption apiKey(
        QStringLiteral("firebase-api-key"),
        QStringLiteral("The Firebase web API key (else LEADBOX_FIREBASE_API_KEY)."), QStringLiteral("KEY"));
    const QCommandLineOption project(
        QStringLiteral("firebase-project"),
        QStringLiteral("The Firebase project id (else LEADBOX_FIREBASE_PROJECT)."), QStringLiteral("ID"));
    parser.addOptions({dataDir, language, cloudUrl, apiKey, project});
    parser.process(app);

    leadbox::installTranslations(app, parser.value(language));
    const leadbox::DataLocation location = leadbox::DataLocation::resolve(parser.value(dataDir));
    leadbox::startLogging(location, QStringLiteral("leadbox"));

    // With no cloud configured the app has the Local workspace only, as before accounts existed.
    const QSettings cloudSettings(location.settingsFile(), QSettings::IniFormat);
    const leadbox::CloudConfig::Values cloudFlags{parser.value(cloudUrl), parser.value(apiKey),
                                                  parser.value(project)};
    const leadbox::CloudConfig config =
        leadbox::CloudConfig::resolve(cloudFlags, QProcessEnvironment::systemEnvironment(), &cloudSettings);
    std::unique_ptr<leadbox::AccountContext> accounts;
    if (config.isConfigured()) {
        accounts = std::make_unique<leadbox::AccountContext>(location, config);
    } else if (!config.error().isEmpty()) {
        qWarning("the cloud configuration was refused; working offline");
        leadbox::MessageBox::warning(
            nullptr, QApplication::translate("main", "LeadBox"),
            QApplication::translate("main", "%1\n\nLeadBox works offline for now.").arg(config.error()));
    }

    std::unique_ptr<leadbox::WorkspaceStore> workspace;
    try {
        if (accounts) {
            try {
                workspace = accounts->openCurrentStore();
            } catch (const leadbox::StoreError&) {
                // The remembered cloud workspace cannot open; the Local one still may.
                qWarning("cannot open the current cloud workspace; opening the Local workspace");
                accounts->setCurrentWorkspace(leadbox::AccountContext::Workspace::local());
            }
        }
        if (!workspace) {
            workspace = leadbox::WorkspaceStore::openLocal(location);
        }
    } catch (const leadbox::StoreError& error) {
        qCritical("cannot open the local workspace");
        leadbox::MessageBox::critical(nullptr, QApplication::translate("main", "LeadBox cannot start"),
                                      error.message());
        return 1;
    }

    leadbox::UiSettings settings(location.settingsFile());
    leadbox::MainWindow window(*workspace, settings);
    window.setCloudFlags(cloudFlags);
    if (accounts) {
        window.attachAccounts(*accounts);
    }
    window.show();
    const int code = QApplication::exec();
    leadbox::Logging::stop();
    return code;
}
