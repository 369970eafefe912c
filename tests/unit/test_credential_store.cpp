// Refresh tokens in the OS keychain (the Secret Service that scripts/test starts): save, load,
// replace, remove; one entry per account.
#include "services/auth/CredentialStore.h"

#include <QTest>
#include <QUuid>

using namespace leadbox;

class TestCredentialStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void keyNamesTheAccount();
    void roundTrip();
    void accountsAreSeparate();
    void missingEntry();

private:
    QString m_service =
        QStringLiteral("LeadBox-test-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
};

void TestCredentialStore::initTestCase()
{
    // scripts/test runs every test inside dbus-run-session with an unlocked gnome-keyring.
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        QSKIP("No D-Bus session: run through scripts/test, which starts a Secret Service.");
    }
}

void TestCredentialStore::keyNamesTheAccount()
{
    QCOMPARE(CredentialStore::keyFor(QStringLiteral("uid-1")), QStringLiteral("refresh-token:uid-1"));
    QCOMPARE(CredentialStore().service(), QStringLiteral("LeadBox"));
}

void TestCredentialStore::roundTrip()
{
    CredentialStore store(m_service);
    const CredentialResult saved = store.saveAndWait(QStringLiteral("u1"), QStringLiteral("refresh-one"));
    QVERIFY2(saved.ok, qPrintable(saved.error));
    QCOMPARE(store.loadAndWait(QStringLiteral("u1")).secret, QStringLiteral("refresh-one"));
    QVERIFY(store.saveAndWait(QStringLiteral("u1"), QStringLiteral("refresh-two")).ok);
    QCOMPARE(store.loadAndWait(QStringLiteral("u1")).secret, QStringLiteral("refresh-two"));
    QVERIFY(store.removeAndWait(QStringLiteral("u1")).ok);
    const CredentialResult gone = store.loadAndWait(QStringLiteral("u1"));
    QVERIFY(!gone.ok);
    QVERIFY(gone.notFound);
}

void TestCredentialStore::accountsAreSeparate()
{
    CredentialStore store(m_service);
    QVERIFY(store.saveAndWait(QStringLiteral("a"), QStringLiteral("token-a")).ok);
    QVERIFY(store.saveAndWait(QStringLiteral("b"), QStringLiteral("token-b")).ok);
    QCOMPARE(store.loadAndWait(QStringLiteral("a")).secret, QStringLiteral("token-a"));
    QVERIFY(store.removeAndWait(QStringLiteral("a")).ok);
    QCOMPARE(store.loadAndWait(QStringLiteral("b")).secret, QStringLiteral("token-b"));
    QVERIFY(store.removeAndWait(QStringLiteral("b")).ok);
}

void TestCredentialStore::missingEntry()
{
    CredentialStore store(m_service);
    const CredentialResult loaded = store.loadAndWait(QStringLiteral("nobody"));
    QVERIFY(loaded.notFound);
    QVERIFY(!loaded.error.isEmpty());
    QVERIFY(store.removeAndWait(QStringLiteral("nobody")).ok); // removing nothing is fine
    QVERIFY(!store.loadAndWait(QString()).ok);
}

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "test_credential_store.moc"
