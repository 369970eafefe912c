// Runs the built leadbox-cli as a user or a script would, and checks what they see: output, exit codes and
// files.
#include "CliRunner.h"
#include "models/DataLocation.h"
#include "models/WorkspaceStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>
#include <memory>
#include <nlohmann/json.hpp>

namespace {

nlohmann::json parseJson(const QString& text)
{
    return nlohmann::json::parse(text.toStdString(), nullptr, false);
}

QString text(const nlohmann::json& json, const char* key)
{
    return QString::fromStdString(json.at(key).get<std::string>());
}

QStringList tagsOf(const nlohmann::json& lead)
{
    QStringList tags;
    for (const auto& tag : lead.at("tags")) {
        tags.append(QString::fromStdString(tag.get<std::string>()));
    }
    return tags;
}

QStringList emailsOf(const nlohmann::json& leads)
{
    QStringList emails;
    for (const auto& lead : leads) {
        emails.append(text(lead, "email"));
    }
    return emails;
}

QFileDevice::Permissions modeBits(const QString& path)
{
    const QFileDevice::Permissions all =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup |
        QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther |
        QFileDevice::ExeOther;
    return QFile::permissions(path) & all;
}

QByteArray sha256Of(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

} // namespace

// Runs the command once, then checks its exit code (QVERIFY2 evaluates its message too).
#define CLI_EXIT(result, code)                                                                               \
    do {                                                                                                     \
        const CliResult cliResult_ = (result);                                                               \
        QVERIFY2(cliResult_.exitCode == (code), qPrintable(describe(cliResult_)));                           \
    } while (false)

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void addListCount();
    void listPrintsATable();
    void duplicateEmailIsRefusedRegardlessOfCase();
    void invalidEmailIsRefused();
    void overLongFirstNameIsRefused();
    void unknownStatusIsAUsageError();
    void showPrintsACardOrJson();
    void showUnknownEmailFails();
    void editChangesFieldsAndTags();
    void editUnknownEmailFails();
    void deleteRemovesTheLead();
    void listSortsAndLimits();
    void listPagesThroughALargeStore();
    void listRejectsBadSortAndLimit();
    void listSearchMatchesTagsAndCompanyPrefixes();
    void dataDirComesFromEnvironment();
    void dataDirOptionBeatsEnvironment();
    void helpAndVersion();
    void unknownCommandIsAUsageError();
    void dataDirThroughAFileFails();
    void dataDirThatIsAFileFails();
    void corruptDatabaseIsLeftUntouched_data();
    void corruptDatabaseIsLeftUntouched();
    void newerDatabaseIsLeftUntouched_data();
    void newerDatabaseIsLeftUntouched();
    void createdFilesArePrivate();
    void hostileValuesAreStoredVerbatim_data();
    void hostileValuesAreStoredVerbatim();

private:
    // `leadbox-cli --data-dir <fresh folder> leads <arguments>`
    CliResult leads(const QStringList& arguments) const;
    QString dataPath(const QString& relative = {}) const;

    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_data;
};

CliResult TestCli::leads(const QStringList& arguments) const
{
    return runCli(QStringList{QStringLiteral("--data-dir"), m_data, QStringLiteral("leads")} + arguments);
}

QString TestCli::dataPath(const QString& relative) const
{
    return relative.isEmpty() ? m_data : m_data + QLatin1Char('/') + relative;
}

void TestCli::initTestCase()
{
    // Seeding stores in-process would print a line per lead otherwise.
    QLoggingCategory::setFilterRules(QStringLiteral("leadbox.*.info=false"));
}

void TestCli::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    m_data = m_tmp->filePath(QStringLiteral("data"));
}

void TestCli::cleanup()
{
    m_tmp.reset();
    m_data.clear();
}

void TestCli::addListCount()
{
    const CliResult add = leads({QStringLiteral("add"), QStringLiteral("--email"), QStringLiteral("a@b.co"),
                                 QStringLiteral("--first-name"), QStringLiteral("Ann")});
    CLI_EXIT(add, 0);
    const QRegularExpression added(QStringLiteral("^added a@b\\.co \\(([0-9a-f-]{36})\\)\\n$"));
    const QRegularExpressionMatch match = added.match(add.out);
    QVERIFY2(match.hasMatch(), qPrintable(add.out));
    QVERIFY(!QUuid::fromString(match.captured(1)).isNull());
    QCOMPARE(add.err, QString());

    const CliResult list = leads({QStringLiteral("list"), QStringLiteral("--json")});
    CLI_EXIT(list, 0);
    const nlohmann::json json = parseJson(list.out);
    QVERIFY2(json.is_array(), qPrintable(list.out));
    QCOMPARE(json.size(), std::size_t{1});
    QCOMPARE(text(json.at(0), "firstName"), QStringLiteral("Ann"));
    QCOMPARE(text(json.at(0), "email"), QStringLiteral("a@b.co"));
    QCOMPARE(text(json.at(0), "status"), QStringLiteral("new"));
    QCOMPARE(text(json.at(0), "id"), match.captured(1));
    QCOMPARE(list.err, QString());

    const CliResult count =
        leads({QStringLiteral("count"), QStringLiteral("--search"), QStringLiteral("ann")});
    CLI_EXIT(count, 0);
    QCOMPARE(count.out, QStringLiteral("1\n"));
    QCOMPARE(count.err, QString());
}

void TestCli::listPrintsATable()
{
    CLI_EXIT(leads({QStringLiteral("add"), QStringLiteral("--email"), QStringLiteral("a@b.co"),
                    QStringLiteral("--first-name"), QStringLiteral("Ann"), QStringLiteral("--last-name"),
                    QStringLiteral("Lee"), QStringLiteral("--company"), QStringLiteral("Globex"),
                    QStringLiteral("--tag"), QStringLiteral("vip,hot")}),
             0);
    const CliResult list = leads({QStringLiteral("list")});
    CLI_EXIT(list, 0);
    const QStringList lines = list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("EMAIL")), qPrintable(list.out));
    for (const QString& cell : {QStringLiteral("a@b.co"), QStringLiteral("Ann Lee"), QStringLiteral("Globex"),
                                QStringLiteral("new"), QStringLiteral("vip,hot")}) {
        QVERIFY2(lines.at(1).contains(cell), qPrintable(list.out));
    }

    const CliResult empty = runCli({QStringLiteral("--data-dir"), m_tmp->filePath(QStringLiteral("other")),
                                    QStringLiteral("leads"), QStringLiteral("list")});
    CLI_EXIT(empty, 0);
    QCOMPARE(empty.out, QString());
    QCOMPARE(empty.err, QStringLiteral("No leads yet.\n"));
}

void TestCli::duplicateEmailIsRefusedRegardlessOfCase()
{
    CLI_EXIT(leads({QStringLiteral("add"), QStringLiteral("--email"), QStringLiteral("a@b.co"),
                    QStringLiteral("--first-name"), QStringLiteral("Ann")}),
             0);
    for (const QString& email :
         {QStringLiteral("a@b.co"), QStringLiteral("A@B.CO"), QStringLiteral(" A@b.Co ")}) {
        const CliResult again = leads({QStringLiteral("add"), QStringLiteral("--email"), email,
                                       QStringLiteral("--first-name"), QStringLiteral("Bob")});
        CLI_EXIT(again, 1);
        QCOMPARE(again.err, QStringLiteral("error: a lead with email a@b.co already exists\n"));
        QCOMPARE(again.out, QString());
    }
    const CliResult count = leads({QStringLiteral("count")});
    QCOMPARE(count.out, QStringLiteral("1\n"));
    const nlohmann::json json = parseJson(leads({QStringLiteral("list"), QStringLiteral("--json")}).out);
    QCOMPARE(text(json.at(0), "firstName"), QStringLiteral("Ann"));
}

void TestCli::invalidEmailIsRefused()
{
    CLI_EXIT(leads({QStringLiteral("add"), QStringLiteral("--email"), QStringLiteral("ok@b.co")}), 0);
    const CliResult add =
        leads({QStringLiteral("add"), QStringLiteral("--email"), QStringLiteral("not-an-email"),
               QStringLiteral("--first-name"), QStringLiteral("Ann")});
    CLI_EXIT(add, 1);
    QCOMPARE(add.out, QString());
    QVERIFY2(add.err.startsWith(QStringLiteral("error: ")), qPrintable(add.err));
    QVERIFY2(add.err.contains(QStringLiteral("not-an-email")), qPrintable(add.err));
    QVERIFY2(add.err.contains(QStringLiteral("not a valid email address")), qPrintable(add.err));
    QCOMPARE(add.err.count(QLatin1Char('\n')), 1);
    QVERIFY(add.err.endsWith(QLatin1Char('\n')));

    QCOMPARE(leads({QStringLiteral("count")}).out, QStringLiteral("1\n"));
    QCOMPARE(emailsOf(parseJson(leads({QStringLiteral("list"), QStringLiteral("--json")}).out)),
             QStringList{QStringLiteral("ok@b.co")});
    // Nor is anything queued for sync.
    const auto store = leadbox::WorkspaceStore::openLocal(leadbox::DataLocation(m_data));
    QCOMPARE(store->outbox().pendingCount(), qint64{1});
}

void TestCli::overLongFirstNameIsRefused()
{
    const CliResult tooLong =
        leads({QStringLiteral("add"), QStringLiteral("--email"), QStringLiteral("a@b.co"),
               QStringLiteral("--first-name"), QString(101, QLatin1Char('n'))});
    CLI_EXIT(tooLong, 1);
    QCOMPARE(tooLong.err,
             QStringLiteral("error: first name is too long: 101 characters, the limit is 100\n"));
    QCOMPARE(leads({QStringLiteral("count")}).out, QStringLiteral("0\n"));

    const CliResult atLimit =
        leads({QStringLiteral("add"), QStringLiteral("--email"), QStringLiteral("a@b.co"),
               QStringLiteral("--first-name"), QString(100, QLatin1Char('n'))});
    CLI_EXIT(atLimit, 0);
    QCOMPARE(leads({QStringLiteral("count")}).out, QStringLiteral("1\n"));
}

void TestCli::unknownStatusIsAUsageError()
{
    const CliResult add = leads({QStringLiteral("add"), QStringLiteral("--email"), QStringLiteral("a@b.co"),
                                 QStringLiteral("--status"), QStringLiteral("won")});
    CLI_EXIT(add, 2);
    QCOMPARE(add.err,
             QStringLiteral("error: unknown status “won”; use one of new, contacted, qualified, customer, "
                            "lost\nRun leadbox-cli --help for usage.\n"));
    QCOMPARE(leads({QStringLiteral("count")}).out, QStringLiteral("0\n"));

    CLI_EXIT(leads({QStringLiteral("add"), QStringLiteral("--email"), QStringLiteral("a@b.co")}), 0);
    const CliResult edit = leads({QStringLiteral("edit"), QStringLiteral("a@b.co"),
                                  QStringLiteral("--status"), QStringLiteral("won")});
    CLI_EXIT(edit, 2);
    const nlohmann::json json =
        parseJson(leads({QStringLiteral("show"), QStringLiteral("a@b.co"), QStringLiteral("--json")}).out);
    QCOMPARE(text(json, "status"), QStringLiteral("new"));
}

void TestCli::showPrintsACardOrJson()
{
    CLI_EXIT(leads({QStringLiteral("add"), QStringLiteral("--email"), QStringLiteral("a@b.co"),
                    QStringLiteral("--first-name"), QStringLiteral("Ann"), QStringLiteral("--last-name"),
                    QStringLiteral("Lee"), QStringLiteral("--company"), QStringLiteral("Globex"),
                    QStringLiteral("--phone"), QStringLiteral("+1 555 0100"), QStringLiteral("--status"),
                    QStringLiteral("contacted"), QStringLiteral("--tag"), QStringLiteral("vip"),
                    QStringLiteral("--tag"), QStringLiteral("trade show"), QStringLiteral("--source"),
                    QStringLiteral("expo")}),
             0);

    const CliResult card = leads({QStringLiteral("show"), QStringLiteral("a@b.co")});
    CLI_EXIT(card, 0);
    const QStringList lines = card.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString& line :
         {QStringLiteral("Email:      a@b.co"), QStringLiteral("First name: Ann"),
          QStringLiteral("Last name:  Lee"), QStringLiteral("Company:    Globex"),
          QStringLiteral("Phone:      +1 555 0100"), QStringLiteral("Status:     contacted"),
          QStringLiteral("Tags:       vip, trade show"), QStringLiteral("Source:     expo")}) {
        QVERIFY2(lines.contains(line),
                 qPrintable(QStringLiteral("missing “%1” in:\n%2").arg(line, card.out)));
    }

    // Any spelling of the address finds the lead.
    const CliResult json =
        leads({QStringLiteral("show"), QStringLiteral("A@B.CO"), QStringLiteral("--json")});
    CLI_EXIT(json, 0);
    const nlohmann::json lead = parseJson(json.out);
    QVERIFY2(lead.is_object(), qPrintable(json.out));
    QCOMPARE(text(lead, "email"), QStringLiteral("a@b.co"));
    QCOMPARE(text(lead, "lastName"), QStringLiteral("Lee"));
    QCOMPARE(text(lead, "status"), QStringLiteral("contacted"));
    QCOMPARE(tagsOf(lead), (QStringList{QStringLiteral("vip"), QStringLiteral("trade show")}));
    QVERIFY(QDateTime::fromString(text(lead, "createdAt"), Qt::ISODateWithMs).isValid());
}

void TestCli::showUnknownEmailFails()
{
    const CliResult show = leads({QStringLiteral("show"), QStringLiteral("nobody@x.de")});
    CLI_EXIT(show, 1);
    QCOMPARE(show.out, QString());
    QCOMPARE(show.err, QStringLiteral("error: no lead has the email nobody@x.de\n"));

    const CliResult noEmail = leads({QStringLiteral("show")});
    CLI_EXIT(noEmail, 2);
}

void TestCli::editChangesFieldsAndTags()
{
    CLI_EXIT(leads({QStringLiteral("add"), QStringLiteral("--email"), QStringLiteral("a@b.co"),
                    QStringLiteral("--first-name"), QStringLiteral("Ann"), QStringLiteral("--tag"),
                    QStringLiteral("vip")}),
             0);
    const CliResult edit =
        leads({QStringLiteral("edit"), QStringLiteral("A@B.CO"), QStringLiteral("--add-tag"),
               QStringLiteral("hot, warm"), QStringLiteral("--add-tag"), QStringLiteral("HOT"),
               QStringLiteral("--status"), QStringLiteral("qualified"), QStringLiteral("--last-name"),
               QStringLiteral("Smith")});
    CLI_EXIT(edit, 0);
    QCOMPARE(edit.out, QStringLiteral("updated a@b.co\n"));
    QCOMPARE(edit.err, QString());

    nlohmann::json lead =
        parseJson(leads({QStringLiteral("show"), QStringLiteral("a@b.co"), QStringLiteral("--json")}).out);
    QCOMPARE(text(lead, "firstName"), QStringLiteral("Ann"));
    QCOMPARE(text(lead, "lastName"), QStringLiteral("Smith"));
    QCOMPARE(text(lead, "status"), QStringLiteral("qualified"));
    QCOMPARE(tagsOf(lead),
             (QStringList{QStringLiteral("vip"), QStringLiteral("hot"), QStringLiteral("warm")}));
    QCOMPARE(leads({QStringLiteral("count"), QStringLiteral("--search"), QStringLiteral("warm")}).out,
             QStringLiteral("1\n"));
    QCOMPARE(leads({QStringLiteral("count"), QStringLiteral("--search"), QStringLiteral("smith")}).out,
             QStringLiteral("1\n"));

    const CliResult remove =
        leads({QStringLiteral("edit"), QStringLiteral("a@b.co"), QStringLiteral("--remove-tag"),
               QStringLiteral("VIP"), QStringLiteral("--remove-tag"), QStringLiteral("not-there"),
               QStringLiteral("--json")});
    CLI_EXIT(remove, 0);
    lead = parseJson(remove.out);
    QVERIFY2(lead.is_object(), qPrintable(remove.out));
    QCOMPARE(tagsOf(lead), (QStringList{QStringLiteral("hot"), QStringLiteral("warm")}));
    QCOMPARE(text(lead, "lastName"), QStringLiteral("Smith"));
    QCOMPARE(leads({QStringLiteral("count"), QStringLiteral("--search"), QStringLiteral("vip")}).out,
             QStringLiteral("0\n"));

    // An edit that breaks a rule changes nothing.
    const CliResult bad = leads({QStringLiteral("edit"), QStringLiteral("a@b.co"), QStringLiteral("--phone"),
                                 QStringLiteral("call me")});
    CLI_EXIT(bad, 1);
    QVERIFY2(bad.err.startsWith(QStringLiteral("error: phone may contain only")), qPrintable(bad.err));
    lead = parseJson(leads({QStringLiteral("show"), QStringLiteral("a@b.co"), QStringLiteral("--json")}).out);
    QCOMPARE(text(lead, "phone"), QString());
}

void TestCli::editUnknownEmailFails()
{
    const CliResult edit = leads({QStringLiteral("edit"), QStringLiteral("nobody@x.de"),
                                  QStringLiteral("--status"), QStringLiteral("lost")});
    CLI_EXIT(edit, 1);
    QCOMPARE(edit.err, QStringLiteral("error: no lead has the email nobody@x.de\n"));
    QCOMPARE(leads({QStringLiteral("count")}).out, QStringLiteral("0\n"));
}

void TestCli::deleteRemovesTheLead()
{
    CLI_EXIT(leads({QStringLiteral("add"), QStringLiteral("--email"), QStringLiteral("a@b.co"),
                    QStringLiteral("--first-name"), QStringLiteral("Ann")}),
             0);
    CLI_EXIT(leads({QStringLiteral("add"), QStringLiteral("--email"), QStringLiteral("c@d.co"),
                    QStringLiteral("--first-name"), QStringLiteral("Cid")}),
             0);

    const CliResult remove = leads({QStringLiteral("delete"), QStringLiteral("A@B.CO")});
    CLI_EXIT(remove, 0);
    QCOMPARE(remove.out, QStringLiteral("deleted a@b.co\n"));
    QCOMPARE(remove.err, QString());

    QCOMPARE(leads({QStringLiteral("count")}).out, QStringLiteral("1\n"));
    QCOMPARE(leads({QStringLiteral("count"), QStringLiteral("--search"), QStringLiteral("ann")}).out,
             QStringLiteral("0\n"));
    CLI_EXIT(leads({QStringLiteral("show"), QStringLiteral("a@b.co")}), 1);
    const nlohmann::json json = parseJson(leads({QStringLiteral("list"), QStringLiteral("--json")}).out);
    QCOMPARE(emailsOf(json), QStringList{QStringLiteral("c@d.co")});

    const CliResult again = leads({QStringLiteral("delete"), QStringLiteral("a@b.co")});
    CLI_EXIT(again, 1);
    QCOMPARE(again.err, QStringLiteral("error: no lead has the email a@b.co\n"));

    // The address is free again.
    CLI_EXIT(leads({QStringLiteral("add"), QStringLiteral("--email"), QStringLiteral("a@b.co")}), 0);
}

void TestCli::listSortsAndLimits()
{
    for (const QString& email :
         {QStringLiteral("c@x.de"), QStringLiteral("a@x.de"), QStringLiteral("b@x.de")}) {
        CLI_EXIT(leads({QStringLiteral("add"), QStringLiteral("--email"), email}), 0);
    }

    CliResult list = leads({QStringLiteral("list"), QStringLiteral("--json")});
    CLI_EXIT(list, 0);
    QCOMPARE(emailsOf(parseJson(list.out)),
             (QStringList{QStringLiteral("a@x.de"), QStringLiteral("b@x.de"), QStringLiteral("c@x.de")}));

    list = leads({QStringLiteral("list"), QStringLiteral("--sort"), QStringLiteral("-created"),
                  QStringLiteral("--json")});
    CLI_EXIT(list, 0);
    QCOMPARE(emailsOf(parseJson(list.out)),
             (QStringList{QStringLiteral("b@x.de"), QStringLiteral("a@x.de"), QStringLiteral("c@x.de")}));
    QCOMPARE(list.err, QString());

    list = leads({QStringLiteral("list"), QStringLiteral("--sort"), QStringLiteral("created"),
                  QStringLiteral("--json")});
    QCOMPARE(emailsOf(parseJson(list.out)),
             (QStringList{QStringLiteral("c@x.de"), QStringLiteral("a@x.de"), QStringLiteral("b@x.de")}));

    list = leads({QStringLiteral("list"), QStringLiteral("--sort"), QStringLiteral("-created"),
                  QStringLiteral("--limit"), QStringLiteral("2"), QStringLiteral("--json")});
    CLI_EXIT(list, 0);
    QCOMPARE(emailsOf(parseJson(list.out)),
             (QStringList{QStringLiteral("b@x.de"), QStringLiteral("a@x.de")}));
    QCOMPARE(list.err, QStringLiteral("Showing 2 of 3 leads; use --limit N (0 for all) to see more.\n"));

    list = leads({QStringLiteral("list"), QStringLiteral("--sort"), QStringLiteral("-email"),
                  QStringLiteral("--limit"), QStringLiteral("1")});
    CLI_EXIT(list, 0);
    const QStringList lines = list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("c@x.de")), qPrintable(list.out));

    list = leads(
        {QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("0"), QStringLiteral("--json")});
    QCOMPARE(parseJson(list.out).size(), std::size_t{3});
    QCOMPARE(list.err, QString());
}

void TestCli::listPagesThroughALargeStore()
{
    // More leads than one page of the store (1000), so that the CLI must continue from a cursor.
    constexpr int total = 1205;
    QStringList inserted;
    {
        const auto store = leadbox::WorkspaceStore::openLocal(leadbox::DataLocation(m_data));
        for (int i = 0; i < total; ++i) {
            leadbox::Lead lead;
            lead.email = QStringLiteral("lead%1@x.de").arg(i, 4, 10, QLatin1Char('0'));
            store->leads().add(lead);
            inserted.append(lead.email);
        }
    }

    CliResult list = leads(
        {QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("0"), QStringLiteral("--json")});
    CLI_EXIT(list, 0);
    QCOMPARE(emailsOf(parseJson(list.out)), inserted);
    QCOMPARE(list.err, QString());

    list = leads({QStringLiteral("list"), QStringLiteral("--sort"), QStringLiteral("-created"),
                  QStringLiteral("--limit"), QStringLiteral("0"), QStringLiteral("--json")});
    CLI_EXIT(list, 0);
    QStringList newestFirst = inserted;
    std::reverse(newestFirst.begin(), newestFirst.end());
    QCOMPARE(emailsOf(parseJson(list.out)), newestFirst);

    // Without --limit: the first 100 and a note on stderr saying how to see the rest.
    list = leads({QStringLiteral("list")});
    CLI_EXIT(list, 0);
    QCOMPARE(list.out.count(QLatin1Char('\n')), 101);
    QCOMPARE(list.err, QStringLiteral("Showing 100 of 1205 leads; use --limit N (0 for all) to see more.\n"));

    // The table has one header line, however many pages the store was read in.
    list = leads({QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("0")});
    CLI_EXIT(list, 0);
    const QStringList lines = list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.filter(QRegularExpression(QStringLiteral("^EMAIL\\s"))).size(), 1);
    QCOMPARE(lines.size(), total + 1);
}

void TestCli::listRejectsBadSortAndLimit()
{
    for (const QStringList& arguments :
         {QStringList{QStringLiteral("list"), QStringLiteral("--sort"), QStringLiteral("shoe-size")},
          QStringList{QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("-1")},
          QStringList{QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("ten")},
          QStringList{QStringLiteral("list"), QStringLiteral("--colour"), QStringLiteral("red")},
          QStringList{QStringLiteral("list"), QStringLiteral("extra")}}) {
        const CliResult list = leads(arguments);
        CLI_EXIT(list, 2);
        QVERIFY2(list.err.startsWith(QStringLiteral("error: ")), qPrintable(list.err));
        QVERIFY2(list.err.endsWith(QStringLiteral("Run leadbox-cli --help for usage.\n")),
                 qPrintable(list.err));
        QCOMPARE(list.out, QString());
    }
}

void TestCli::listSearchMatchesTagsAndCompanyPrefixes()
{
    CLI_EXIT(leads({QStringLiteral("add"), QStringLiteral("--email"), QStringLiteral("ann@x.de"),
                    QStringLiteral("--first-name"), QStringLiteral("Ann"), QStringLiteral("--company"),
                    QStringLiteral("Globex Corporation")}),
             0);
    CLI_EXIT(leads({QStringLiteral("add"), QStringLiteral("--email"), QStringLiteral("bob@x.de"),
                    QStringLiteral("--first-name"), QStringLiteral("Bob"), QStringLiteral("--company"),
                    QStringLiteral("Initech"), QStringLiteral("--tag"), QStringLiteral("enterprise")}),
             0);
    CLI_EXIT(leads({QStringLiteral("add"), QStringLiteral("--email"), QStringLiteral("cid@x.de"),
                    QStringLiteral("--first-name"), QStringLiteral("Cid")}),
             0);

    const auto search = [this](const QString& query) {
        return emailsOf(parseJson(
            leads({QStringLiteral("list"), QStringLiteral("--search"), query, QStringLiteral("--json")})
                .out));
    };
    QCOMPARE(search(QStringLiteral("enterprise")), QStringList{QStringLiteral("bob@x.de")});
    QCOMPARE(search(QStringLiteral("corp")), QStringList{QStringLiteral("ann@x.de")});
    QCOMPARE(search(QStringLiteral("Glob")), QStringList{QStringLiteral("ann@x.de")});
    QCOMPARE(search(QStringLiteral("glob corp")), QStringList{QStringLiteral("ann@x.de")});
    QCOMPARE(leads({QStringLiteral("count"), QStringLiteral("--search"), QStringLiteral("corp")}).out,
             QStringLiteral("1\n"));

    const CliResult none =
        leads({QStringLiteral("list"), QStringLiteral("--search"), QStringLiteral("zebra")});
    CLI_EXIT(none, 0);
    QCOMPARE(none.out, QString());
    QCOMPARE(none.err, QStringLiteral("No leads match.\n"));

    // Characters that mean something to the search engine are just text.
    const CliResult odd = leads({QStringLiteral("list"), QStringLiteral("--search"),
                                 QStringLiteral("\"corp* OR NEAR( -"), QStringLiteral("--json")});
    CLI_EXIT(odd, 0);
}

void TestCli::dataDirComesFromEnvironment()
{
    const QString fromEnvironment = m_tmp->filePath(QStringLiteral("env-data"));
    QProcessEnvironment environment = cleanEnvironment();
    environment.insert(QStringLiteral("LEADBOX_DATA_DIR"), fromEnvironment);

    const CliResult add = runCli(
        {QStringLiteral("leads"), QStringLiteral("add"), QStringLiteral("--email"), QStringLiteral("a@b.co")},
        environment);
    CLI_EXIT(add, 0);
    QVERIFY(QFile::exists(fromEnvironment + QStringLiteral("/local/workspace.db")));
    QCOMPARE(runCli({QStringLiteral("leads"), QStringLiteral("count")}, environment).out,
             QStringLiteral("1\n"));
    QCOMPARE(runCli({QStringLiteral("--data-dir"), fromEnvironment, QStringLiteral("leads"),
                     QStringLiteral("count")})
                 .out,
             QStringLiteral("1\n"));
}

void TestCli::dataDirOptionBeatsEnvironment()
{
    const QString fromEnvironment = m_tmp->filePath(QStringLiteral("env-data"));
    QProcessEnvironment environment = cleanEnvironment();
    environment.insert(QStringLiteral("LEADBOX_DATA_DIR"), fromEnvironment);

    CLI_EXIT(runCli({QStringLiteral("--data-dir"), m_data, QStringLiteral("leads"), QStringLiteral("add"),
                     QStringLiteral("--email"), QStringLiteral("a@b.co")},
                    environment),
             0);
    QVERIFY(QFile::exists(dataPath(QStringLiteral("local/workspace.db"))));
    QVERIFY(!QFile::exists(fromEnvironment + QStringLiteral("/local/workspace.db")));
    QCOMPARE(leads({QStringLiteral("count")}).out, QStringLiteral("1\n"));
}

void TestCli::helpAndVersion()
{
    for (const QString& flag : {QStringLiteral("--help"), QStringLiteral("-h")}) {
        const CliResult help = runCli({flag});
        CLI_EXIT(help, 0);
        QVERIFY2(help.out.contains(QStringLiteral("leads add")), qPrintable(help.out));
        QVERIFY2(help.out.contains(QStringLiteral("--data-dir")), qPrintable(help.out));
        QCOMPARE(help.err, QString());
    }
    for (const QString& flag : {QStringLiteral("--version"), QStringLiteral("-v")}) {
        const CliResult version = runCli({flag});
        CLI_EXIT(version, 0);
        QCOMPARE(version.out, QStringLiteral("leadbox-cli 0.1.0\n"));
        QCOMPARE(version.err, QString());
    }
}

void TestCli::unknownCommandIsAUsageError()
{
    const CliResult unknown = runCli({QStringLiteral("--data-dir"), m_data, QStringLiteral("frobnicate")});
    CLI_EXIT(unknown, 2);
    QCOMPARE(unknown.err,
             QStringLiteral("error: unknown command “frobnicate”\nRun leadbox-cli --help for usage.\n"));
    QCOMPARE(unknown.out, QString());
    // A mistyped command must not leave a store behind.
    QVERIFY(!QFile::exists(dataPath(QStringLiteral("local/workspace.db"))));

    const CliResult unknownVerb = leads({QStringLiteral("frobnicate")});
    CLI_EXIT(unknownVerb, 2);
    QVERIFY2(unknownVerb.err.startsWith(QStringLiteral("error: unknown leads command “frobnicate”\n")),
             qPrintable(unknownVerb.err));

    const CliResult bare = runCli({});
    CLI_EXIT(bare, 2);
    QVERIFY2(bare.err.contains(QStringLiteral("Usage:")), qPrintable(bare.err));

    const CliResult badOption = runCli({QStringLiteral("--frobnicate")});
    CLI_EXIT(badOption, 2);
    QVERIFY2(badOption.err.startsWith(QStringLiteral("error: ")), qPrintable(badOption.err));
}

void TestCli::dataDirThroughAFileFails()
{
    const QString afile = m_tmp->filePath(QStringLiteral("afile"));
    QVERIFY(writeFile(afile, "not a folder\n"));
    const QString data = afile + QStringLiteral("/data");

    const CliResult add =
        runCli({QStringLiteral("--data-dir"), data, QStringLiteral("leads"), QStringLiteral("add"),
                QStringLiteral("--email"), QStringLiteral("a@b.co")});
    CLI_EXIT(add, 1);
    QCOMPARE(add.out, QString());
    QVERIFY2(add.err.startsWith(QStringLiteral("error: ")), qPrintable(add.err));
    QVERIFY2(add.err.contains(data), qPrintable(add.err));
    QCOMPARE(add.err.count(QLatin1Char('\n')), 1);
    QCOMPARE(sha256Of(afile), QCryptographicHash::hash("not a folder\n", QCryptographicHash::Sha256));
}

void TestCli::dataDirThatIsAFileFails()
{
    const QString afile = m_tmp->filePath(QStringLiteral("afile"));
    QVERIFY(writeFile(afile, "not a folder\n"));

    const CliResult list =
        runCli({QStringLiteral("--data-dir"), afile, QStringLiteral("leads"), QStringLiteral("list")});
    CLI_EXIT(list, 1);
    QVERIFY2(list.err.startsWith(QStringLiteral("error: ")), qPrintable(list.err));
    QVERIFY2(list.err.contains(afile), qPrintable(list.err));
    QCOMPARE(list.err.count(QLatin1Char('\n')), 1);
    QCOMPARE(sha256Of(afile), QCryptographicHash::hash("not a folder\n", QCryptographicHash::Sha256));
}

void TestCli::corruptDatabaseIsLeftUntouched_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("list") << QStringList{QStringLiteral("list")};
    QTest::newRow("count") << QStringList{QStringLiteral("count")};
    QTest::newRow("add") << QStringList{QStringLiteral("add"), QStringLiteral("--email"),
                                        QStringLiteral("a@b.co")};
}

void TestCli::corruptDatabaseIsLeftUntouched()
{
    QFETCH(QStringList, arguments);
    QVERIFY(QDir().mkpath(dataPath(QStringLiteral("local"))));
    const QString db = dataPath(QStringLiteral("local/workspace.db"));
    QByteArray garbage(4096, '\0');
    for (int i = 0; i < garbage.size(); ++i) {
        garbage[i] = static_cast<char>((i * 131 + 17) % 251);
    }
    QVERIFY(writeFile(db, garbage));
    const QByteArray before = sha256Of(db);

    const CliResult result = leads(arguments);
    CLI_EXIT(result, 1);
    QCOMPARE(result.out, QString());
    QVERIFY2(result.err.startsWith(QStringLiteral("error: ")), qPrintable(result.err));
    QVERIFY2(result.err.contains(db), qPrintable(result.err));
    QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
    QCOMPARE(sha256Of(db), before);
    QCOMPARE(QFileInfo(db).size(), qint64{4096});
    QVERIFY(!QFile::exists(db + QStringLiteral("-wal")));
}

void TestCli::newerDatabaseIsLeftUntouched_data()
{
    corruptDatabaseIsLeftUntouched_data();
}

void TestCli::newerDatabaseIsLeftUntouched()
{
    QFETCH(QStringList, arguments);
    QVERIFY(QDir().mkpath(dataPath(QStringLiteral("local"))));
    const QString db = dataPath(QStringLiteral("local/workspace.db"));
    const QString connection = QStringLiteral("seed-newer-db");
    {
        QSqlDatabase sqlite = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        sqlite.setDatabaseName(db);
        QVERIFY2(sqlite.open(), qPrintable(sqlite.lastError().text()));
        QSqlQuery query(sqlite);
        QVERIFY2(query.exec(QStringLiteral(
                     "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID")),
                 qPrintable(query.lastError().text()));
        QVERIFY2(query.exec(QStringLiteral("INSERT INTO meta VALUES('schema_version','999')")),
                 qPrintable(query.lastError().text()));
        query.finish();
        sqlite.close();
    }
    QSqlDatabase::removeDatabase(connection);
    QVERIFY(!QFile::exists(db + QStringLiteral("-wal")));
    const QByteArray before = sha256Of(db);
    QVERIFY(!before.isEmpty());

    const CliResult result = leads(arguments);
    CLI_EXIT(result, 1);
    QCOMPARE(result.out, QString());
    QVERIFY2(result.err.startsWith(QStringLiteral("error: ")), qPrintable(result.err));
    QVERIFY2(result.err.contains(db), qPrintable(result.err));
    QVERIFY2(result.err.contains(QStringLiteral("newer")), qPrintable(result.err));
    QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
    QCOMPARE(sha256Of(db), before);
    QVERIFY(!QFile::exists(db + QStringLiteral("-wal")));
}

void TestCli::createdFilesArePrivate()
{
    CLI_EXIT(leads({QStringLiteral("add"), QStringLiteral("--email"), QStringLiteral("a@b.co")}), 0);
    CLI_EXIT(leads({QStringLiteral("edit"), QStringLiteral("a@b.co"), QStringLiteral("--first-name"),
                    QStringLiteral("Ann")}),
             0);

    const auto privateFolder = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    const auto privateFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    QCOMPARE(modeBits(m_data), privateFolder);
    QCOMPARE(modeBits(dataPath(QStringLiteral("local"))), privateFolder);
    QCOMPARE(modeBits(dataPath(QStringLiteral("logs"))), privateFolder);
    QCOMPARE(modeBits(dataPath(QStringLiteral("local/workspace.db"))), privateFile);
    QCOMPARE(modeBits(dataPath(QStringLiteral("logs/leadbox-cli.log"))), privateFile);

    int checked = 0;
    QDirIterator it(m_data, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const bool folder = QFileInfo(path).isDir();
        QVERIFY2(modeBits(path) == (folder ? privateFolder : privateFile),
                 qPrintable(QStringLiteral("%1 is readable by others").arg(path)));
        ++checked;
    }
    QVERIFY(checked >= 4);

    // The log holds no lead addresses.
    QFile log(dataPath(QStringLiteral("logs/leadbox-cli.log")));
    QVERIFY(log.open(QIODevice::ReadOnly));
    QVERIFY(!log.readAll().contains("a@b.co"));
}

void TestCli::hostileValuesAreStoredVerbatim_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("spreadsheet formula") << QStringLiteral("=cmd|' /C calc'!A0");
    QTest::newRow("script tag") << QStringLiteral("<script>alert(1)</script>");
    QTest::newRow("SQL") << QStringLiteral("Robert'); DROP TABLE leads;--");
    QTest::newRow("quotes and backslash") << QStringLiteral("\"Ann\" \\ O'Neil");
    QTest::newRow("non-ASCII") << QStringLiteral("Zoë 株式会社 😀");
    QTest::newRow("leading at sign") << QStringLiteral("@SUM(1+1)*cmd|' /C calc'!A0");
}

void TestCli::hostileValuesAreStoredVerbatim()
{
    QFETCH(QString, value);
    CLI_EXIT(leads({QStringLiteral("add"), QStringLiteral("--email"), QStringLiteral("a@b.co"),
                    QStringLiteral("--first-name"), value, QStringLiteral("--company"), value}),
             0);
    const CliResult show =
        leads({QStringLiteral("show"), QStringLiteral("a@b.co"), QStringLiteral("--json")});
    CLI_EXIT(show, 0);
    const nlohmann::json lead = parseJson(show.out);
    QVERIFY2(lead.is_object(), qPrintable(show.out));
    QCOMPARE(text(lead, "firstName"), value);
    QCOMPARE(text(lead, "company"), value);

    const CliResult card = leads({QStringLiteral("show"), QStringLiteral("a@b.co")});
    QVERIFY2(card.out.contains(QStringLiteral("First name: ") + value + QLatin1Char('\n')),
             qPrintable(card.out));
    QCOMPARE(leads({QStringLiteral("count")}).out, QStringLiteral("1\n"));
}

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
