// Without a keychain the store says so plainly and never falls back to a file.
#include "services/auth/CredentialStore.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

using namespace leadbox;

class TestCredentialStoreNoKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusesPlainlyAndWritesNothing();
};

void TestCredentialStoreNoKeychain::refusesPlainlyAndWritesNothing()
{
    QTemporaryDir home;
    qputenv("HOME", home.path().toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toLocal8Bit());

    CredentialStore store(QStringLiteral("LeadBox-test-nokeychain"));
    const CredentialResult saved =
        store.saveAndWait(QStringLiteral("u1"), QStringLiteral("secret-refresh-token"));
    QVERIFY(!saved.ok);
    QVERIFY2(saved.error.startsWith(QStringLiteral(
                 "No keychain is available on this computer, so LeadBox cannot remember your sign-in.")),
             qPrintable(saved.error));
    const CredentialResult loaded = store.loadAndWait(QStringLiteral("u1"));
    QVERIFY(!loaded.ok);
    QVERIFY(!loaded.notFound);
    QCOMPARE(loaded.error, CredentialStore::noKeychainText());

    QDirIterator files(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains("secret-refresh-token"), qPrintable(path));
    }
}

QTEST_GUILESS_MAIN(TestCredentialStoreNoKeychain)
#include "test_credential_store_no_keychain.moc"
