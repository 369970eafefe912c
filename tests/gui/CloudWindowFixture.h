#pragma once

#include "../integration/DevcloudProcess.h"
#include "../unit/StoreFixture.h"
#include "models/DataLocation.h"
#include "models/WorkspaceStore.h"
#include "services/accounts/AccountContext.h"
#include "services/net/HttpClient.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/Translations.h"
#include "ui/UiSettings.h"

#include <QObject>
#include <QTest>
#include <QUuid>
#include <memory>

// The base of GUI tests that sign in: devcloud seeded with the demo team, and per test a scratch
// data folder, an AccountContext with a keychain entry of its own, and the main window with accounts.
class CloudWindowFixture : public QObject
{
protected:
    // For initTestCase(): English strings, devcloud, and m_config pointing at it.
    void startDevcloud()
    {
        leadbox::installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
        QVERIFY2(m_devcloud.start({QStringLiteral("--seed"), QStringLiteral("demo")}),
                 qPrintable(m_devcloud.error()));
        QProcessEnvironment env;
        env.insert(QStringLiteral("FIREBASE_AUTH_EMULATOR_HOST"),
                   QStringLiteral("127.0.0.1:%1").arg(m_devcloud.port()));
        m_config =
            leadbox::CloudConfig::resolve({QStringLiteral("http://127.0.0.1:%1").arg(m_devcloud.port()),
                                           QStringLiteral("test-api-key"),
                                           {}},
                                          env, leadbox::CloudConfig::Values{});
        QVERIFY2(m_config.isConfigured(), qPrintable(m_config.error()));
    }

    // For init(): a fresh data folder and keychain entry, and the window on the Local workspace.
    void openFreshWindow()
    {
        leadbox::MessageBox::setNextAnswer(QMessageBox::Ok);
        m_keychainService =
            QStringLiteral("LeadBox-guitest-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
        m_dir = std::make_unique<ScratchDir>();
        m_location = std::make_unique<leadbox::DataLocation>(m_dir->path());
        openAccounts(m_config);
        m_settings = std::make_unique<leadbox::UiSettings>(m_location->settingsFile());
        openWindow();
    }

    void openAccounts(const leadbox::CloudConfig& config)
    {
        m_accounts = std::make_unique<leadbox::AccountContext>(*m_location, config, m_keychainService);
        m_accounts->http()->setTimeoutMs(10000);
    }

    void openWindow()
    {
        m_store = m_accounts->openCurrentStore();
        m_window = std::make_unique<leadbox::MainWindow>(*m_store, *m_settings);
        m_window->attachAccounts(*m_accounts);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    // For cleanup(): signs out so that no keychain entry outlives the test, and removes it all.
    void closeAll()
    {
        m_window.reset();
        if (m_accounts) {
            m_accounts->signOutAndWait(false);
        }
        m_accounts.reset();
        m_store.reset();
        m_settings.reset();
        m_location.reset();
        m_dir.reset();
        leadbox::MessageBox::setNextAnswer(std::nullopt);
    }

    DevcloudProcess m_devcloud;
    leadbox::CloudConfig m_config;
    QString m_keychainService;
    std::unique_ptr<ScratchDir> m_dir;
    std::unique_ptr<leadbox::DataLocation> m_location;
    std::unique_ptr<leadbox::AccountContext> m_accounts;
    std::unique_ptr<leadbox::WorkspaceStore> m_store;
    std::unique_ptr<leadbox::UiSettings> m_settings;
    std::unique_ptr<leadbox::MainWindow> m_window;
};
