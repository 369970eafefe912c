// Runs `leadbox-cli import` and `leadbox-cli export` as a user or a script would, and checks what they
// see: the summary line, the JSON summary, the rejected-rows file, exit codes, and the exported file.
#include "CliRunner.h"
#include "models/DataLocation.h"
#include "models/WorkspaceStore.h"
#include "models/csv/CsvReader.h"
#include "models/store/Database.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
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
    return json.contains(key) && json.at(key).is_string()
               ? QString::fromStdString(json.at(key).get<std::string>())
               : QString();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QByteArray contentsOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QList<QStringList> readCsv(const QString& path)
{
    QList<QStringList> records;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return records;
    }
    leadbox::CsvReader reader(file);
    QStringList record;
    while (reader.readRecord(record)) {
        records.append(record);
    }
    return records;
}

QStringList strings(std::initializer_list<const char*> items)
{
    QStringList list;
    for (const char* item : items) {
        list.append(QString::fromUtf8(item));
    }
    return list;
}

} // namespace

// Runs `result` once: QVERIFY2 evaluates its message even when the check passes.
#define CLI_EXIT(result, code)                                                                               \
    do {                                                                                                     \
        const CliResult checked = (result);                                                                  \
        QVERIFY2(checked.exitCode == (code), qPrintable(describe(checked)));                                 \
    } while (false)

class TestCliImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void importPrintsASummary();
    void importPrintsAJsonSummary();
    void mapOverridesTheGuessedColumns();
    void onDuplicateChoosesWhatHappensToKnownLeads();
    void badOnDuplicateIsAUsageError();
    void rejectedRowsGoToAFileThatImportsOnceFixed();
    void missingFileFails();
    void unusableFilesFail_data();
    void unusableFilesFail();
    void consentOptionsAreRecorded();
    void exportWritesEveryLead();
    void exportSearchWritesMatchingLeads();

private:
    // `leadbox-cli --data-dir <fresh folder> <arguments>`
    CliResult cli(const QStringList& arguments) const;
    QString file(const QString& name) const { return m_tmp->filePath(name); }
    nlohmann::json show(const QString& email) const;

    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_data;
};

CliResult TestCliImport::cli(const QStringList& arguments) const
{
    return runCli(QStringList{QStringLiteral("--data-dir"), m_data} + arguments);
}

nlohmann::json TestCliImport::show(const QString& email) const
{
    return parseJson(
        cli({QStringLiteral("leads"), QStringLiteral("show"), email, QStringLiteral("--json")}).out);
}

void TestCliImport::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("leadbox.*.info=false"));
}

void TestCliImport::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    m_data = m_tmp->filePath(QStringLiteral("data"));
}

void TestCliImport::cleanup()
{
    m_tmp.reset();
    m_data.clear();
}

void TestCliImport::importPrintsASummary()
{
    QVERIFY(writeFile(file(QStringLiteral("leads.csv")), "email,first_name,company\n"
                                                         "ann@example.com,Ann,Globex\n"
                                                         "bob@example.com,Bob,Initech\n"
                                                         "not-an-email,Cid,\n"
                                                         "dee@example.com,Dee,\n"));
    const CliResult import = cli({QStringLiteral("import"), file(QStringLiteral("leads.csv"))});
    CLI_EXIT(import, 0);
    QCOMPARE(import.out, QStringLiteral("Imported leads.csv: 3 added, 0 updated, 0 skipped, 1 rejected.\n"
                                        "  line 4: “not-an-email” is not a valid email address.\n"));
    QCOMPARE(import.err, QString());

    QCOMPARE(cli({QStringLiteral("leads"), QStringLiteral("count")}).out, QStringLiteral("3\n"));
    QCOMPARE(text(show(QStringLiteral("ann@example.com")), "company"), QStringLiteral("Globex"));
    QCOMPARE(cli({QStringLiteral("leads"), QStringLiteral("count"), QStringLiteral("--search"),
                  QStringLiteral("initech")})
                 .out,
             QStringLiteral("1\n"));

    // Importing it again: everything known is skipped, the bad row is still bad.
    const CliResult again = cli({QStringLiteral("import"), file(QStringLiteral("leads.csv"))});
    CLI_EXIT(again, 0);
    QVERIFY2(again.out.startsWith(
                 QStringLiteral("Imported leads.csv: 0 added, 0 updated, 3 skipped, 1 rejected.\n")),
             qPrintable(again.out));
}

void TestCliImport::importPrintsAJsonSummary()
{
    QVERIFY(writeFile(file(QStringLiteral("leads.csv")), "email,first_name\n"
                                                         "ann@example.com,Ann\n"
                                                         "bad,Bob\n"
                                                         "ANN@example.com,Annie\n"
                                                         ",Cid\n"));
    const CliResult import =
        cli({QStringLiteral("import"), file(QStringLiteral("leads.csv")), QStringLiteral("--json")});
    CLI_EXIT(import, 0);
    QCOMPARE(import.err, QString());
    const nlohmann::json summary = parseJson(import.out);
    QVERIFY2(summary.is_object(), qPrintable(import.out));
    QCOMPARE(text(summary, "file"), file(QStringLiteral("leads.csv")));
    QCOMPARE(summary.value("added", -1), 1);
    QCOMPARE(summary.value("updated", -1), 0);
    QCOMPARE(summary.value("skipped", -1), 1);
    QCOMPARE(summary.value("rejected", -1), 2);
    const nlohmann::json rows = summary.value("rejectedRows", nlohmann::json());
    QVERIFY2(rows.is_array() && rows.size() == std::size_t{2}, qPrintable(import.out));
    QCOMPARE(rows.at(0).value("line", -1), 3);
    QVERIFY2(text(rows.at(0), "reason").contains(QStringLiteral("“bad” is not a valid email address")),
             qPrintable(import.out));
    QCOMPARE(rows.at(1).value("line", -1), 5);
    QVERIFY2(text(rows.at(1), "reason").contains(QStringLiteral("Email is required")),
             qPrintable(import.out));
    // A script can find the import again by its id.
    QVERIFY2(summary.contains("importId") && summary.at("importId").is_number_integer(),
             qPrintable(import.out));
    QVERIFY2(summary.at("importId").get<qint64>() > 0, qPrintable(import.out));
}

void TestCliImport::mapOverridesTheGuessedColumns()
{
    QVERIFY(writeFile(file(QStringLiteral("contacts.csv")), "Contact,Vorname,Plan\n"
                                                            "ann@example.com,Ann,Gold\n"
                                                            "bob@example.com,Bob,\n"));
    const CliResult guessed = cli({QStringLiteral("import"), file(QStringLiteral("contacts.csv"))});
    CLI_EXIT(guessed, 1);
    QCOMPARE(guessed.out, QString());
    QCOMPARE(guessed.err,
             QStringLiteral("error: no column of contacts.csv holds email addresses. Its columns are: "
                            "Contact, Vorname, Plan. Map one to email, e.g. --map \"Work Email=email\"\n"));

    const CliResult badMap = cli({QStringLiteral("import"), file(QStringLiteral("contacts.csv")),
                                  QStringLiteral("--map"), QStringLiteral("Phone=phone")});
    CLI_EXIT(badMap, 1);
    QVERIFY2(badMap.err.startsWith(QStringLiteral("error: the file has no column “Phone”")),
             qPrintable(badMap.err));
    QVERIFY2(badMap.err.contains(QStringLiteral("Contact, Vorname, Plan")), qPrintable(badMap.err));
    QCOMPARE(cli({QStringLiteral("leads"), QStringLiteral("count")}).out, QStringLiteral("0\n"));

    const CliResult mapped =
        cli({QStringLiteral("import"), file(QStringLiteral("contacts.csv")), QStringLiteral("--map"),
             QStringLiteral("contact=email"), QStringLiteral("--map"), QStringLiteral("Plan=custom:Plan")});
    CLI_EXIT(mapped, 0);
    QCOMPARE(mapped.out,
             QStringLiteral("Imported contacts.csv: 2 added, 0 updated, 0 skipped, 0 rejected.\n"));
    QCOMPARE(text(show(QStringLiteral("ann@example.com")), "firstName"), QStringLiteral("Ann"));

    // The custom column comes back out in an export, by name.
    CLI_EXIT(cli({QStringLiteral("export"), file(QStringLiteral("out.csv"))}), 0);
    const QList<QStringList> exported = readCsv(file(QStringLiteral("out.csv")));
    QCOMPARE(exported.size(), qsizetype{3});
    QCOMPARE(exported.at(0).constLast(), QStringLiteral("Plan"));
    QCOMPARE(exported.at(1).constLast(), QStringLiteral("Gold"));
    QCOMPARE(exported.at(2).constLast(), QString());
}

void TestCliImport::onDuplicateChoosesWhatHappensToKnownLeads()
{
    CLI_EXIT(cli({QStringLiteral("leads"), QStringLiteral("add"), QStringLiteral("--email"),
                  QStringLiteral("ann@example.com"), QStringLiteral("--first-name"), QStringLiteral("Ann")}),
             0);
    QVERIFY(writeFile(file(QStringLiteral("dup.csv")),
                      "email,first_name,company\nANN@example.com,Annabel,Globex\n"));
    const QString path = file(QStringLiteral("dup.csv"));
    const QString ann = QStringLiteral("ann@example.com");

    CliResult result = cli({QStringLiteral("import"), path});
    CLI_EXIT(result, 0);
    QCOMPARE(result.out, QStringLiteral("Imported dup.csv: 0 added, 0 updated, 1 skipped, 0 rejected.\n"));
    QCOMPARE(text(show(ann), "firstName"), QStringLiteral("Ann"));
    QCOMPARE(text(show(ann), "company"), QString());

    result =
        cli({QStringLiteral("import"), path, QStringLiteral("--on-duplicate"), QStringLiteral("update")});
    CLI_EXIT(result, 0);
    QCOMPARE(result.out, QStringLiteral("Imported dup.csv: 0 added, 1 updated, 0 skipped, 0 rejected.\n"));
    QCOMPARE(text(show(ann), "firstName"), QStringLiteral("Ann"));
    QCOMPARE(text(show(ann), "company"), QStringLiteral("Globex"));

    result =
        cli({QStringLiteral("import"), path, QStringLiteral("--on-duplicate"), QStringLiteral("overwrite")});
    CLI_EXIT(result, 0);
    QCOMPARE(result.out, QStringLiteral("Imported dup.csv: 0 added, 1 updated, 0 skipped, 0 rejected.\n"));
    QCOMPARE(text(show(ann), "firstName"), QStringLiteral("Annabel"));
    QCOMPARE(text(show(ann), "email"), ann);
    QCOMPARE(cli({QStringLiteral("leads"), QStringLiteral("count")}).out, QStringLiteral("1\n"));
}

void TestCliImport::badOnDuplicateIsAUsageError()
{
    QVERIFY(writeFile(file(QStringLiteral("dup.csv")), "email\nann@example.com\n"));
    const CliResult result = cli({QStringLiteral("import"), file(QStringLiteral("dup.csv")),
                                  QStringLiteral("--on-duplicate"), QStringLiteral("merge")});
    CLI_EXIT(result, 2);
    QCOMPARE(result.out, QString());
    QCOMPARE(result.err, QStringLiteral("error: --on-duplicate takes skip, update or overwrite, not “merge”\n"
                                        "Run leadbox-cli --help for usage.\n"));
    QVERIFY(!QFile::exists(leadbox::DataLocation(m_data).localWorkspaceFile()));

    const CliResult noFile = cli({QStringLiteral("import")});
    CLI_EXIT(noFile, 2);
    QVERIFY2(noFile.err.startsWith(QStringLiteral("error: import takes exactly one CSV file")),
             qPrintable(noFile.err));
}

void TestCliImport::rejectedRowsGoToAFileThatImportsOnceFixed()
{
    const QString path = file(QStringLiteral("messy.csv"));
    const QString rejected = file(QStringLiteral("rejected.csv"));
    QVERIFY(writeFile(path, "email,first_name,company,notes\n"
                            "ann@example.com,Ann,Globex,\n"
                            "bob(at)example.com,Bob,\"Initech, Inc.\",\n"
                            "cid@example.com,Cid,,\n"
                            ",Dee,,\"Multi\nline\"\n"));
    const CliResult import = cli({QStringLiteral("import"), path, QStringLiteral("--rejected"), rejected});
    CLI_EXIT(import, 0);
    QVERIFY2(import.out.startsWith(
                 QStringLiteral("Imported messy.csv: 2 added, 0 updated, 0 skipped, 2 rejected.\n")),
             qPrintable(import.out));
    QVERIFY2(
        import.out.endsWith(QStringLiteral("Rejected rows, with their reasons, are in %1; fix them there and "
                                           "import that file.\n")
                                .arg(rejected)),
        qPrintable(import.out));

    const QList<QStringList> rows = readCsv(rejected);
    QCOMPARE(rows.size(), qsizetype{3});
    QCOMPARE(rows.at(0), strings({"email", "first_name", "company", "notes", "line", "reason"}));
    QCOMPARE(rows.at(1).mid(0, 5), strings({"bob(at)example.com", "Bob", "Initech, Inc.", "", "3"}));
    QVERIFY2(rows.at(1).value(5).contains(QStringLiteral("not a valid email address")),
             qPrintable(rows.at(1).value(5)));
    QCOMPARE(rows.at(2).mid(0, 5), strings({"", "Dee", "", "Multi\nline", "5"}));
    QVERIFY2(rows.at(2).value(5).contains(QStringLiteral("Email is required")),
             qPrintable(rows.at(2).value(5)));

    // Fixed in a spreadsheet, the file imports; its line and reason columns are left out.
    QByteArray fixed = contentsOf(rejected);
    fixed.replace("bob(at)example.com", "bob@example.com");
    fixed.replace("\r\n,Dee,", "\r\ndee@example.com,Dee,");
    QVERIFY(writeFile(rejected, fixed));
    const CliResult again = cli({QStringLiteral("import"), rejected});
    CLI_EXIT(again, 0);
    QCOMPARE(again.out,
             QStringLiteral("Imported rejected.csv: 2 added, 0 updated, 0 skipped, 0 rejected.\n"));
    QCOMPARE(text(show(QStringLiteral("bob@example.com")), "company"), QStringLiteral("Initech, Inc."));
    QCOMPARE(cli({QStringLiteral("leads"), QStringLiteral("count")}).out, QStringLiteral("4\n"));

    // Nothing rejected: no file, no note.
    const QString none = file(QStringLiteral("none.csv"));
    QVERIFY(writeFile(path, "email\neve@example.com\n"));
    const CliResult clean = cli({QStringLiteral("import"), path, QStringLiteral("--rejected"), none});
    CLI_EXIT(clean, 0);
    QCOMPARE(clean.out, QStringLiteral("Imported messy.csv: 1 added, 0 updated, 0 skipped, 0 rejected.\n"));
    QVERIFY(!QFile::exists(none));
}

void TestCliImport::missingFileFails()
{
    const QString missing = file(QStringLiteral("nope.csv"));
    for (const QStringList& extra :
         {QStringList(), QStringList{QStringLiteral("--map"), QStringLiteral("a=email")}}) {
        const CliResult result = cli(QStringList{QStringLiteral("import"), missing} + extra);
        CLI_EXIT(result, 1);
        QCOMPARE(result.out, QString());
        QCOMPARE(result.err, QStringLiteral("error: there is no file %1\n").arg(missing));
    }
}

void TestCliImport::unusableFilesFail_data()
{
    QTest::addColumn<QByteArray>("bytes"); // empty with `folder` set: a folder of that name
    QTest::addColumn<bool>("folder");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("empty") << QByteArray() << false << QStringLiteral("the file is empty");
    QTest::newRow("binary") << QByteArray("PK\x03\x04\0\0\0\0\x08\0", 10) + QByteArray(2048, '\0') << false
                            << QStringLiteral("looks like a binary file, not CSV");
    QTest::newRow("folder") << QByteArray() << true << QStringLiteral("is a folder; choose a CSV file");
}

void TestCliImport::unusableFilesFail()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, folder);
    QFETCH(QString, mentions);
    CLI_EXIT(cli({QStringLiteral("leads"), QStringLiteral("add"), QStringLiteral("--email"),
                  QStringLiteral("ann@example.com")}),
             0);
    const QString path = file(QStringLiteral("leads.xlsx"));
    QVERIFY(folder ? QDir().mkpath(path) : writeFile(path, bytes));
    const CliResult result = cli({QStringLiteral("import"), path});
    CLI_EXIT(result, 1);
    QCOMPARE(result.out, QString());
    QVERIFY2(result.err.startsWith(QStringLiteral("error: ")), qPrintable(result.err));
    QVERIFY2(result.err.contains(mentions), qPrintable(result.err));
    QVERIFY2(result.err.contains(QStringLiteral("leads.xlsx")), qPrintable(result.err));
    QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
    QCOMPARE(cli({QStringLiteral("leads"), QStringLiteral("count")}).out, QStringLiteral("1\n"));
}

void TestCliImport::consentOptionsAreRecorded()
{
    QVERIFY(writeFile(file(QStringLiteral("signups.csv")), "email\nann@example.com\nbob@example.com\n"));
    CLI_EXIT(cli({QStringLiteral("import"), file(QStringLiteral("signups.csv")),
                  QStringLiteral("--consent-source"), QStringLiteral("Trade show 2026 sign-up sheet"),
                  QStringLiteral("--consent-text"), QStringLiteral("We will email you.")}),
             0);
    QVERIFY(writeFile(file(QStringLiteral("plain.csv")), "email\ncid@example.com\n"));
    CLI_EXIT(cli({QStringLiteral("import"), file(QStringLiteral("plain.csv"))}), 0);

    const auto store = leadbox::WorkspaceStore::openLocal(leadbox::DataLocation(m_data));
    leadbox::Database& db = store->database();
    QStringList imports;
    db.forEachRow(
        db.prepare(QStringLiteral("SELECT file_name, consent_basis, consent_source, consent_text FROM imports"
                                  " ORDER BY id")),
        [&](const QSqlQuery& row) {
            imports.append(QStringList{row.value(0).toString(), row.value(1).toString(),
                                       row.value(2).toString(), row.value(3).toString()}
                               .join(QLatin1Char('|')));
        });
    // A source without a basis still records that consent was collected.
    QCOMPARE(imports,
             (QStringList{QStringLiteral("signups.csv|Consent collected by the workspace|Trade show 2026 "
                                         "sign-up sheet|We will email you."),
                          QStringLiteral("plain.csv|||")}));
    QStringList consent;
    db.forEachRow(db.prepare(QStringLiteral("SELECT email, consent FROM leads ORDER BY email")),
                  [&](const QSqlQuery& row) {
                      consent.append(row.value(0).toString() + QLatin1Char('=') + row.value(1).toString());
                  });
    QCOMPARE(consent, strings({"ann@example.com=1", "bob@example.com=1", "cid@example.com=0"}));
}

void TestCliImport::exportWritesEveryLead()
{
    CLI_EXIT(cli({QStringLiteral("leads"),        QStringLiteral("add"),
                  QStringLiteral("--email"),      QStringLiteral("ann@example.com"),
                  QStringLiteral("--first-name"), QStringLiteral("Ann"),
                  QStringLiteral("--last-name"),  QStringLiteral("Lee"),
                  QStringLiteral("--company"),    QStringLiteral("Globex, Inc."),
                  QStringLiteral("--phone"),      QStringLiteral("030 1234"),
                  QStringLiteral("--status"),     QStringLiteral("contacted"),
                  QStringLiteral("--tag"),        QStringLiteral("vip"),
                  QStringLiteral("--tag"),        QStringLiteral("trade show"),
                  QStringLiteral("--source"),     QStringLiteral("expo")}),
             0);
    CLI_EXIT(cli({QStringLiteral("leads"), QStringLiteral("add"), QStringLiteral("--email"),
                  QStringLiteral("bob@example.com")}),
             0);
    const nlohmann::json ann = show(QStringLiteral("ann@example.com"));
    const nlohmann::json bob = show(QStringLiteral("bob@example.com"));

    const QString out = file(QStringLiteral("leads.csv"));
    const CliResult result = cli({QStringLiteral("export"), out});
    CLI_EXIT(result, 0);
    QCOMPARE(result.out, QStringLiteral("Exported 2 leads to %1.\n").arg(out));
    QCOMPARE(result.err, QString());
    const QString expected =
        QStringLiteral(
            "email,first_name,last_name,company,phone,status,tags,source,created_at,updated_at\r\n"
            "ann@example.com,Ann,Lee,\"Globex, Inc.\",030 1234,contacted,\"vip, trade show\",expo,%1,%2\r\n"
            "bob@example.com,,,,,new,,,%3,%4\r\n")
            .arg(text(ann, "createdAt"), text(ann, "updatedAt"), text(bob, "createdAt"),
                 text(bob, "updatedAt"));
    QCOMPARE(QString::fromUtf8(contentsOf(out)), expected);

    // Exporting over an existing file replaces it.
    QVERIFY(writeFile(out, "old contents\n"));
    CLI_EXIT(cli({QStringLiteral("export"), out}), 0);
    QCOMPARE(QString::fromUtf8(contentsOf(out)), expected);

    // A path that cannot be written fails, naming it.
    const QString blocked = out + QStringLiteral("/leads.csv");
    const CliResult fails = cli({QStringLiteral("export"), blocked});
    CLI_EXIT(fails, 1);
    QVERIFY2(fails.err.startsWith(QStringLiteral("error: ")) && fails.err.contains(blocked),
             qPrintable(fails.err));
    QCOMPARE(QString::fromUtf8(contentsOf(out)), expected);
}

void TestCliImport::exportSearchWritesMatchingLeads()
{
    QVERIFY(writeFile(file(QStringLiteral("seed.csv")), "email,company,tags\n"
                                                        "ann@example.com,Globex Corporation,\n"
                                                        "bob@example.com,Initech,\n"
                                                        "cid@example.com,Umbrella,globetrotter\n"));
    CLI_EXIT(cli({QStringLiteral("import"), file(QStringLiteral("seed.csv"))}), 0);
    const QString out = file(QStringLiteral("globex.csv"));
    const CliResult result =
        cli({QStringLiteral("export"), out, QStringLiteral("--search"), QStringLiteral("glob")});
    CLI_EXIT(result, 0);
    QCOMPARE(result.out, QStringLiteral("Exported 2 leads to %1.\n").arg(out));
    const QList<QStringList> rows = readCsv(out);
    QCOMPARE(rows.size(), qsizetype{3});
    QCOMPARE(rows.at(1).value(0), QStringLiteral("ann@example.com"));
    QCOMPARE(rows.at(2).value(0), QStringLiteral("cid@example.com"));
    QCOMPARE(rows.at(2).value(6), QStringLiteral("globetrotter"));
}

QTEST_GUILESS_MAIN(TestCliImport)
#include "test_cli_import.moc"
