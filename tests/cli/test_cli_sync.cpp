// `leadbox-cli sync`, `status` and `conflicts` as a user sees them without a cloud: the Local workspace
// refuses to sync plainly, and conflicts put into the store (as a pull would) are listed and resolved.
// The commands against a real devcloud are tested in tests/integration.
#include "../unit/SyncTestSupport.h"
#include "CliRunner.h"
#include "models/DataLocation.h"
#include "models/WorkspaceStore.h"

#include <QTemporaryDir>
#include <QtTest>
#include <memory>
#include <nlohmann/json.hpp>

using namespace leadbox;
using namespace SyncTest;

#define CLI_EXIT(result, code)                                                                               \
    do {                                                                                                     \
        const CliResult cliResult_ = (result);                                                               \
        QVERIFY2(cliResult_.exitCode == (code), qPrintable(describe(cliResult_)));                           \
    } while (false)

class TestCliSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void localWorkspaceHasNothingToSyncWith();
    void statusShowsPendingAndConflicts();
    void conflictsAreListedOnePerLine();
    void resolveKeepsTheChosenSide();
    void resolveRefusesMistakes();

private:
    CliResult cli(const QStringList& arguments)
    {
        return runCli(QStringList{QStringLiteral("--data-dir"), m_data} + arguments);
    }
    std::unique_ptr<WorkspaceStore> store() { return WorkspaceStore::openLocal(DataLocation(m_data)); }
    // Two conflicts, as a pull leaves them: Ann's company; Bo deleted in the cloud, edited here.
    void makeConflicts();

    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_data;
};

void TestCliSync::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    m_data = m_tmp->filePath(QStringLiteral("data"));
}

void TestCliSync::cleanup()
{
    m_tmp.reset();
}

void TestCliSync::makeConflicts()
{
    const auto workspace = store();
    pull(*workspace, {change("l1", 5, leadData("ann@example.com", "Ann", "Acme")),
                      change("l2", 6, leadData("bo@example.com", "Bo", "Globex"))});
    Lead ann = lead(*workspace, QStringLiteral("l1"));
    ann.company = QStringLiteral("Mine Ltd");
    workspace->leads().update(ann);
    Lead bo = lead(*workspace, QStringLiteral("l2"));
    bo.phone = QStringLiteral("+1 555 0100");
    workspace->leads().update(bo);
    pull(*workspace, {change("l1", 8, leadData("ann@example.com", "Ann", "Theirs Inc"), {{"company", 8}}),
                      tombstone("l2", 9)});
}

void TestCliSync::localWorkspaceHasNothingToSyncWith()
{
    const CliResult sync = cli({QStringLiteral("sync")});
    CLI_EXIT(sync, 1);
    QCOMPARE(sync.out, QString());
    QVERIFY2(sync.err.contains(QStringLiteral("nothing to sync it with")), qPrintable(sync.err));
    QCOMPARE(sync.err.count(QLatin1Char('\n')), 1);
}

void TestCliSync::statusShowsPendingAndConflicts()
{
    makeConflicts();
    CLI_EXIT(runCli({QStringLiteral("--data-dir"), m_data, QStringLiteral("leads"), QStringLiteral("add"),
                     QStringLiteral("--email"), QStringLiteral("new@example.com")}),
             0);
    const CliResult status = cli({QStringLiteral("status")});
    CLI_EXIT(status, 0);
    QVERIFY2(status.out.contains(QStringLiteral("pending: 1\n")), qPrintable(status.out));
    QVERIFY2(status.out.contains(QStringLiteral("conflicts: 2\n")), qPrintable(status.out));
    QVERIFY2(status.out.contains(QStringLiteral("last sync: never")), qPrintable(status.out));

    const CliResult json = cli({QStringLiteral("status"), QStringLiteral("--json")});
    CLI_EXIT(json, 0);
    const nlohmann::json parsed = nlohmann::json::parse(json.out.toStdString());
    QCOMPARE(parsed.at("pending"), 1);
    QCOMPARE(parsed.at("conflicts"), 2);
    QVERIFY(parsed.at("lastSync").is_null());
}

void TestCliSync::conflictsAreListedOnePerLine()
{
    makeConflicts();
    const QList<SyncConflict> conflicts = store()->conflicts().list();
    QCOMPARE(conflicts.size(), 2);
    const CliResult list = cli({QStringLiteral("conflicts"), QStringLiteral("list")});
    CLI_EXIT(list, 0);
    const QStringList lines = list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0),
             QStringLiteral("%1\tAnn Lee\tcompany\tMine Ltd\tTheirs Inc").arg(conflicts.at(0).id));
    QCOMPARE(lines.at(1),
             QStringLiteral("%1\tBo Lee\tdeleted\t(changed)\t(deleted)").arg(conflicts.at(1).id));

    const CliResult json =
        cli({QStringLiteral("conflicts"), QStringLiteral("list"), QStringLiteral("--json")});
    CLI_EXIT(json, 0);
    const nlohmann::json parsed = nlohmann::json::parse(json.out.toStdString());
    QCOMPARE(parsed.size(), std::size_t{2});
    QCOMPARE(parsed.at(0).at("local"), "Mine Ltd");
    QCOMPARE(parsed.at(0).at("changedBy"), "bob@example.com");
}

void TestCliSync::resolveKeepsTheChosenSide()
{
    makeConflicts();
    const QList<SyncConflict> conflicts = store()->conflicts().list();
    const CliResult server =
        cli({QStringLiteral("conflicts"), QStringLiteral("resolve"), QString::number(conflicts.at(0).id),
             QStringLiteral("--keep"), QStringLiteral("server")});
    CLI_EXIT(server, 0);
    QVERIFY2(server.out.contains(QStringLiteral("Ann Lee")), qPrintable(server.out));
    const CliResult local =
        cli({QStringLiteral("conflicts"), QStringLiteral("resolve"), QString::number(conflicts.at(1).id),
             QStringLiteral("--keep"), QStringLiteral("local")});
    CLI_EXIT(local, 0);

    const auto workspace = store();
    QCOMPARE(workspace->conflicts().count(), 0);
    QCOMPARE(lead(*workspace, QStringLiteral("l1")).company, QStringLiteral("Theirs Inc"));
    QCOMPARE(lead(*workspace, QStringLiteral("l2")).phone, QStringLiteral("+1 555 0100"));
    const QList<OutboxEntry> pending = outbox(*workspace);
    QCOMPARE(pending.size(), 1); // Bo goes back to the cloud; Ann's company does not
    QCOMPARE(pending.first().op, QStringLiteral("create"));
    QCOMPARE(pending.first().entityId, QStringLiteral("l2"));
    QCOMPARE(cli({QStringLiteral("conflicts"), QStringLiteral("list")}).out, QString());
}

void TestCliSync::resolveRefusesMistakes()
{
    makeConflicts();
    const CliResult unknown = cli({QStringLiteral("conflicts"), QStringLiteral("resolve"),
                                   QStringLiteral("999"), QStringLiteral("--keep"), QStringLiteral("local")});
    CLI_EXIT(unknown, 1);
    QVERIFY2(unknown.err.contains(QStringLiteral("no conflict 999")), qPrintable(unknown.err));
    const CliResult side = cli({QStringLiteral("conflicts"), QStringLiteral("resolve"), QStringLiteral("1"),
                                QStringLiteral("--keep"), QStringLiteral("mine")});
    CLI_EXIT(side, 2);
    QVERIFY2(side.err.contains(QStringLiteral("--keep local or --keep server")), qPrintable(side.err));
    QCOMPARE(store()->conflicts().count(), 2);
}

QTEST_GUILESS_MAIN(TestCliSync)
#include "test_cli_sync.moc"
