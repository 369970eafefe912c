#include "StoreFixture.h"
#include "models/DataLocation.h"
#include "models/WorkspaceStore.h"

#include <QDir>
#include <QFileInfo>

using namespace leadbox;

// Each account's and workspace's cache is its own file, and signing out can wipe one account's
// caches without touching another's or the Local workspace.
class TestAccountStores : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accountsNeverShareAFile();
    void hostileIdsStayInsideTheirFolder();
    void wipeRemovesOnlyThatAccount();
};

namespace {

Lead leadWithEmail(const QString& email)
{
    Lead lead;
    lead.email = email;
    return lead;
}

} // namespace

void TestAccountStores::accountsNeverShareAFile()
{
    ScratchDir dir;
    const DataLocation location(dir.path());
    auto annAcme = WorkspaceStore::openCloud(location, QStringLiteral("uidAnn"), QStringLiteral("ws1"),
                                             QStringLiteral("Acme"));
    auto bobAcme = WorkspaceStore::openCloud(location, QStringLiteral("uidBob"), QStringLiteral("ws1"),
                                             QStringLiteral("Acme"));
    auto local = WorkspaceStore::openLocal(location);
    annAcme->leads().add(leadWithEmail(QStringLiteral("only-ann@acme.io")));

    QCOMPARE(annAcme->leads().count(), qint64{1});
    QCOMPARE(bobAcme->leads().count(), qint64{0});
    QCOMPARE(local->leads().count(), qint64{0});
    const QString annFile = location.cloudWorkspaceFile(QStringLiteral("uidAnn"), QStringLiteral("ws1"));
    QVERIFY(annFile != location.cloudWorkspaceFile(QStringLiteral("uidBob"), QStringLiteral("ws1")));
    QVERIFY(annFile.startsWith(location.accountFolder(QStringLiteral("uidAnn")) + QLatin1Char('/')));
    QCOMPARE(unixMode(annFile), 0600u);
    QCOMPARE(unixMode(location.accountFolder(QStringLiteral("uidAnn"))), 0700u);
    QCOMPARE(unixMode(location.root() + QStringLiteral("/accounts")), 0700u);
}

void TestAccountStores::hostileIdsStayInsideTheirFolder()
{
    ScratchDir dir;
    const DataLocation location(dir.path());
    const QString accounts = location.root() + QStringLiteral("/accounts/");
    const QStringList ids{QStringLiteral("../../etc"), QStringLiteral(""),    QStringLiteral(".hidden"),
                          QStringLiteral("a/b"),       QStringLiteral("x41"), QStringLiteral("A"),
                          QStringLiteral("ä")};
    QStringList folders;
    for (const QString& id : ids) {
        const QString folder = location.accountFolder(id);
        QVERIFY2(folder.startsWith(accounts), qPrintable(folder));
        const QString name = folder.mid(accounts.size());
        QVERIFY2(!name.isEmpty() && !name.contains(QLatin1Char('/')) && !name.startsWith(QLatin1Char('.')),
                 qPrintable(name));
        folders.append(folder);
    }
    folders.removeDuplicates();
    QCOMPARE(folders.size(), ids.size()); // different ids, different folders

    auto store = WorkspaceStore::openCloud(location, QStringLiteral("../../evil"), QStringLiteral("../ws"),
                                           QStringLiteral("Evil"));
    QVERIFY(QFileInfo(store->database().filePath()).absoluteFilePath().startsWith(accounts));
}

void TestAccountStores::wipeRemovesOnlyThatAccount()
{
    ScratchDir dir;
    const DataLocation location(dir.path());
    WorkspaceStore::openCloud(location, QStringLiteral("uidAnn"), QStringLiteral("ws1"),
                              QStringLiteral("Acme"))
        ->leads()
        .add(leadWithEmail(QStringLiteral("ann@acme.io")));
    WorkspaceStore::openCloud(location, QStringLiteral("uidBob"), QStringLiteral("ws1"),
                              QStringLiteral("Acme"))
        ->leads()
        .add(leadWithEmail(QStringLiteral("bob@acme.io")));
    WorkspaceStore::openLocal(location)->leads().add(leadWithEmail(QStringLiteral("me@home.io")));

    QVERIFY(location.wipeAccount(QStringLiteral("uidAnn")));
    QVERIFY(!QFileInfo::exists(location.accountFolder(QStringLiteral("uidAnn"))));
    QVERIFY(QFileInfo::exists(location.cloudWorkspaceFile(QStringLiteral("uidBob"), QStringLiteral("ws1"))));
    QCOMPARE(WorkspaceStore::openLocal(location)->leads().count(), qint64{1});
    QVERIFY(location.wipeAccount(QStringLiteral("never-signed-in"))); // nothing to wipe is fine
}

QTEST_GUILESS_MAIN(TestAccountStores)
#include "test_account_stores.moc"
