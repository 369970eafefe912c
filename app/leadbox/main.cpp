#include "app/common/ProcessSetup.h"
#include "models/DataLocation.h"
#include "models/StoreError.h"
#include "models/WorkspaceStore.h"
#include "services/logging/Logging.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/Translations.h"
#include "ui/UiSettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

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
    parser.addOptions({dataDir, language});
    parser.process(app);

    leadbox::installTranslations(app, parser.value(language));
    const leadbox::DataLocation location = leadbox::DataLocation::resolve(parser.value(dataDir));
    leadbox::startLogging(location, QStringLiteral("leadbox"));

    std::unique_ptr<leadbox::WorkspaceStore> workspace;
    try {
        workspace = leadbox::WorkspaceStore::openLocal(location);
    } catch (const leadbox::StoreError& error) {
        qCritical("cannot open the local workspace");
        leadbox::MessageBox::critical(nullptr, QApplication::translate("main", "LeadBox cannot start"),
                                      error.message());
        return 1;
    }

    leadbox::UiSettings settings(location.settingsFile());
    leadbox::MainWindow window(*workspace, settings);
    window.show();
    const int code = QApplication::exec();
    leadbox::Logging::stop();
    return code;
}
