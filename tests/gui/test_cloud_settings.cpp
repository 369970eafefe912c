#include "../unit/StoreFixture.h"
#include "models/DataLocation.h"
#include "models/WorkspaceStore.h"
#include "services/cloud/CloudConfig.h"
#include "ui/CloudSettingsDialog.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/Translations.h"
#include "ui/UiSettings.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>

using namespace leadbox;

// Settings → Cloud Connection… as a person meets it, offscreen: CloudConfig's rules checked while
// typing, the values saved to settings.ini on OK, and values set by the environment or a flag shown
// read-only with where they come from.
class TestCloudSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void refusesPlainHttpToAnotherComputer();
    void savesLoopbackUrlKeyAndProject();
    void emptyUrlMeansOfflineOnly();
    void showsEnvironmentOverrideReadOnly();
    void showsFlagOverrideReadOnly();

private:
    CloudSettingsDialog* openDialog();
    void typeInto(QWidget* dialog, const QString& objectName, const QString& text);
    QSettings savedSettings() const;
    template <typename T>
    T* child(QObject* parent, const QString& objectName) const
    {
        auto* found = parent->findChild<T*>(objectName);
        if (!found) {
            qFatal("no %s", qPrintable(objectName));
        }
        return found;
    }

    std::unique_ptr<ScratchDir> m_dir;
    std::unique_ptr<WorkspaceStore> m_store;
    std::unique_ptr<UiSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

namespace {
const char* const kEnvironment[] = {"LEADBOX_CLOUD_URL", "LEADBOX_FIREBASE_API_KEY",
                                    "LEADBOX_FIREBASE_PROJECT", "FIREBASE_AUTH_EMULATOR_HOST"};
} // namespace

void TestCloudSettings::initTestCase()
{
    installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
}

void TestCloudSettings::init()
{
    for (const char* name : kEnvironment) {
        qunsetenv(name);
    }
    MessageBox::setNextAnswer(QMessageBox::Ok);
    m_dir = std::make_unique<ScratchDir>();
    const DataLocation location(m_dir->path());
    m_store = WorkspaceStore::openLocal(location);
    m_settings = std::make_unique<UiSettings>(location.settingsFile());
    m_window = std::make_unique<MainWindow>(*m_store, *m_settings);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestCloudSettings::cleanup()
{
    for (const char* name : kEnvironment) {
        qunsetenv(name);
    }
    m_window.reset();
    m_settings.reset();
    m_store.reset();
    m_dir.reset();
}

CloudSettingsDialog* TestCloudSettings::openDialog()
{
    child<QAction>(m_window.get(), QStringLiteral("actionCloudSettings"))->trigger();
    CloudSettingsDialog* dialog = nullptr;
    [&] {
        QTRY_VERIFY((dialog = m_window->findChild<CloudSettingsDialog*>()) && dialog->isVisible());
    }();
    return dialog;
}

void TestCloudSettings::typeInto(QWidget* dialog, const QString& objectName, const QString& text)
{
    auto* edit = child<QLineEdit>(dialog, objectName);
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

QSettings TestCloudSettings::savedSettings() const
{
    return QSettings(DataLocation(m_dir->path()).settingsFile(), QSettings::IniFormat);
}

void TestCloudSettings::refusesPlainHttpToAnotherComputer()
{
    CloudSettingsDialog* dialog = openDialog();
    QVERIFY(dialog);
    auto* ok = child<QPushButton>(dialog, QStringLiteral("okButton"));
    auto* error = child<QLabel>(dialog, QStringLiteral("cloudUrlError"));
    QVERIFY(ok->isEnabled());
    QVERIFY(!error->isVisible());

    typeInto(dialog, QStringLiteral("cloudUrlEdit"), QStringLiteral("http://cloud.example.com"));
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(),
             CloudConfig::resolve({}, QProcessEnvironment(),
                                  CloudConfig::Values{QStringLiteral("http://cloud.example.com"), {}, {}})
                 .error());
    QVERIFY(error->text().contains(QStringLiteral("plain http")));
    QVERIFY(!ok->isEnabled());

    // Not an address at all: refused too.
    typeInto(dialog, QStringLiteral("cloudUrlEdit"), QStringLiteral("ftp://cloud.example.com"));
    QVERIFY(error->text().contains(QStringLiteral("not a valid http or https address")));
    QVERIFY(!ok->isEnabled());

    typeInto(dialog, QStringLiteral("cloudUrlEdit"), QStringLiteral("https://cloud.example.com"));
    QVERIFY(!error->isVisible());
    QVERIFY(ok->isEnabled());
    QVERIFY(child<QLabel>(dialog, QStringLiteral("cloudSettingsStatus"))
                ->text()
                .contains(QStringLiteral("Without a Firebase API key")));

    // Cancel keeps the file as it was.
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("cancelButton")), Qt::LeftButton);
    QVERIFY(!savedSettings().contains(CloudConfig::cloudUrlKey()));
}

void TestCloudSettings::savesLoopbackUrlKeyAndProject()
{
    CloudSettingsDialog* dialog = openDialog();
    QVERIFY(dialog);
    QVERIFY(child<QLabel>(dialog, QStringLiteral("cloudSettingsRestartNote"))->isVisible());
    typeInto(dialog, QStringLiteral("cloudUrlEdit"), QStringLiteral("http://127.0.0.1:1234"));
    typeInto(dialog, QStringLiteral("firebaseApiKeyEdit"), QStringLiteral("test-key"));
    typeInto(dialog, QStringLiteral("firebaseProjectEdit"), QStringLiteral("demo-leadbox"));
    QVERIFY(!child<QLabel>(dialog, QStringLiteral("cloudUrlError"))->isVisible());
    QCOMPARE(child<QLabel>(dialog, QStringLiteral("cloudSettingsStatus"))->text(),
             QStringLiteral("LeadBox will connect to http://127.0.0.1:1234."));
    auto* ok = child<QPushButton>(dialog, QStringLiteral("okButton"));
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<CloudSettingsDialog*>());

    const QSettings saved = savedSettings();
    QCOMPARE(saved.value(CloudConfig::cloudUrlKey()).toString(), QStringLiteral("http://127.0.0.1:1234"));
    QCOMPARE(saved.value(CloudConfig::apiKeyKey()).toString(), QStringLiteral("test-key"));
    QCOMPARE(saved.value(CloudConfig::projectKey()).toString(), QStringLiteral("demo-leadbox"));
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("next time it starts")));
    // What the app reads at start.
    const CloudConfig config = CloudConfig::resolve({}, QProcessEnvironment(), &saved);
    QVERIFY(config.isConfigured());
    QCOMPARE(config.cloudUrl(), QUrl(QStringLiteral("http://127.0.0.1:1234")));

    // Opened again, the dialog shows the saved values, editable.
    dialog = openDialog();
    QVERIFY(dialog);
    auto* url = child<QLineEdit>(dialog, QStringLiteral("cloudUrlEdit"));
    QCOMPARE(url->text(), QStringLiteral("http://127.0.0.1:1234"));
    QVERIFY(!url->isReadOnly());
    QVERIFY(!child<QLabel>(dialog, QStringLiteral("cloudUrlNote"))->isVisible());
    QCOMPARE(child<QLineEdit>(dialog, QStringLiteral("firebaseProjectEdit"))->text(),
             QStringLiteral("demo-leadbox"));
    dialog->reject();
}

void TestCloudSettings::emptyUrlMeansOfflineOnly()
{
    {
        QSettings seeded = savedSettings();
        seeded.setValue(CloudConfig::cloudUrlKey(), QStringLiteral("https://cloud.example.com"));
        seeded.setValue(CloudConfig::apiKeyKey(), QStringLiteral("key"));
    }
    CloudSettingsDialog* dialog = openDialog();
    QVERIFY(dialog);
    typeInto(dialog, QStringLiteral("cloudUrlEdit"), QString());
    QVERIFY(child<QLabel>(dialog, QStringLiteral("cloudSettingsStatus"))
                ->text()
                .contains(QStringLiteral("Local workspace only")));
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("okButton")), Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<CloudSettingsDialog*>());
    const QSettings saved = savedSettings();
    QVERIFY(!saved.contains(CloudConfig::cloudUrlKey()));
    QCOMPARE(saved.value(CloudConfig::apiKeyKey()).toString(), QStringLiteral("key"));
    QVERIFY(!CloudConfig::resolve({}, QProcessEnvironment(), &saved).isConfigured());
}

void TestCloudSettings::showsEnvironmentOverrideReadOnly()
{
    {
        QSettings seeded = savedSettings();
        seeded.setValue(CloudConfig::cloudUrlKey(), QStringLiteral("https://saved.example.com"));
    }
    qputenv("LEADBOX_CLOUD_URL", "https://env.example.com");
    CloudSettingsDialog* dialog = openDialog();
    QVERIFY(dialog);
    auto* url = child<QLineEdit>(dialog, QStringLiteral("cloudUrlEdit"));
    QCOMPARE(url->text(), QStringLiteral("https://env.example.com"));
    QVERIFY(url->isReadOnly());
    auto* note = child<QLabel>(dialog, QStringLiteral("cloudUrlNote"));
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().startsWith(QStringLiteral("Set by LEADBOX_CLOUD_URL")), qPrintable(note->text()));
    // The other fields are the settings' own.
    QVERIFY(!child<QLineEdit>(dialog, QStringLiteral("firebaseApiKeyEdit"))->isReadOnly());
    QVERIFY(!child<QLabel>(dialog, QStringLiteral("firebaseApiKeyNote"))->isVisible());

    typeInto(dialog, QStringLiteral("firebaseApiKeyEdit"), QStringLiteral("env-key"));
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("okButton")), Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<CloudSettingsDialog*>());
    const QSettings saved = savedSettings();
    // The environment's value is not copied into the file; the saved one stays for when it is unset.
    QCOMPARE(saved.value(CloudConfig::cloudUrlKey()).toString(), QStringLiteral("https://saved.example.com"));
    QCOMPARE(saved.value(CloudConfig::apiKeyKey()).toString(), QStringLiteral("env-key"));
}

void TestCloudSettings::showsFlagOverrideReadOnly()
{
    qputenv("LEADBOX_FIREBASE_PROJECT", "env-project");
    m_window->setCloudFlags({{}, {}, QStringLiteral("flag-project")});
    CloudSettingsDialog* dialog = openDialog();
    QVERIFY(dialog);
    auto* project = child<QLineEdit>(dialog, QStringLiteral("firebaseProjectEdit"));
    QCOMPARE(project->text(), QStringLiteral("flag-project"));
    QVERIFY(project->isReadOnly());
    QVERIFY(child<QLabel>(dialog, QStringLiteral("firebaseProjectNote"))
                ->text()
                .startsWith(QStringLiteral("Set by --firebase-project")));
    QVERIFY(!child<QLineEdit>(dialog, QStringLiteral("cloudUrlEdit"))->isReadOnly());
    dialog->reject();
}

QTEST_MAIN(TestCloudSettings)
#include "test_cloud_settings.moc"
