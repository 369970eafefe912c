// Exporting leads to CSV, file by file: the same bytes as the older QString export, the leads a search
// or filter chose, a file that imports back as the same leads, and no file when the export fails,
// the disk fills up or the user cancels.
#include "ExportTestSupport.h"

class TestLeadExporterOutput : public ExportFixture
{
    Q_OBJECT

private Q_SLOTS:
    void searchExportsOnlyMatchingLeads();
    void sameBytesAsTheQStringExport();
    void filterExportsOnlyMatchingLeads();
    void fullDiskIsNamed();
    void roundTripGivesTheSameLeads();
    void unwritablePathIsRefusedNamingTheFile();
    void cancelLeavesNoFile();
};

void TestLeadExporterOutput::searchExportsOnlyMatchingLeads()
{
    m_store->leads().add(makeLead(QStringLiteral("ann@example.com"), QStringLiteral("Ann"), {},
                                  QStringLiteral("Globex Corporation")));
    m_store->leads().add(
        makeLead(QStringLiteral("cid@example.com"), QStringLiteral("Cid"), {}, QStringLiteral("Initech")));
    m_store->leads().add(
        makeLead(QStringLiteral("bob@example.com"), QStringLiteral("Bob"), {}, QStringLiteral("Globex")));

    const QString file = path(QStringLiteral("globex.csv"));
    QCOMPARE(LeadExporter(m_store->database()).run(file, QStringLiteral("glob")), qint64{2});
    const QList<QStringList> records = readCsv(file);
    QCOMPARE(records.size(), qsizetype{3});
    QCOMPARE(records.at(1).first(), QStringLiteral("ann@example.com"));
    QCOMPARE(records.at(2).first(), QStringLiteral("bob@example.com"));

    // Search syntax typed by the user is plain text; no match still gives a file with the header.
    const QString none = path(QStringLiteral("none.csv"));
    QCOMPARE(LeadExporter(m_store->database()).run(none, QStringLiteral("\"zebra* OR")), qint64{0});
    QCOMPARE(readCsv(none), QList<QStringList>{kHeader});
}

void TestLeadExporterOutput::sameBytesAsTheQStringExport()
{
    CustomFieldRepository fields(m_store->database());
    const CustomField plan = fields.create(QStringLiteral("Plan"), CustomFieldType::Text);
    const CustomField seats = fields.create(QStringLiteral("Seats"), CustomFieldType::Number);
    Database& db = m_store->database();

    const QList<QStringList> people{
        {QStringLiteral("ann@example.com"), QStringLiteral("Ann"), QStringLiteral("O'Neil"),
         QStringLiteral("Globex, Inc.")},
        {QStringLiteral("Zoe@Example.com"), QStringLiteral("Zoë \"Z\""), QStringLiteral("Dvořák Jr."),
         QStringLiteral("=HYPERLINK(\"x\")")},
        {QStringLiteral("kenji@example.jp"), QStringLiteral("健二"), QStringLiteral("山田 😀"),
         QStringLiteral("株式会社テスト")},
        {QStringLiteral("empty@example.com"), QString(), QString(), QString()},
        {QStringLiteral("formula@example.com"), QStringLiteral("+1"), QStringLiteral("-1"),
         QStringLiteral("@x")},
    };
    const QList<QDateTime> times{QDateTime(QDate(1969, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
                                 QDateTime(QDate(2024, 2, 29), QTime(12, 0), Qt::UTC),
                                 QDateTime(QDate(2100, 12, 31), QTime(8, 5, 7, 42), Qt::UTC),
                                 QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC),
                                 QDateTime(QDate(2026, 11, 29), QTime(18, 30, 0, 5), Qt::UTC)};
    for (int i = 0; i < people.size(); ++i) {
        Lead lead = makeLead(people[i][0], people[i][1], people[i][2], people[i][3]);
        lead.status = kAllLeadStatuses[static_cast<size_t>(i) % kAllLeadStatuses.size()];
        lead.tags = i % 2 ? QStringList{QStringLiteral("vip"), QStringLiteral("b2b")} : QStringList();
        lead.phone = i == 4 ? QStringLiteral("+49 30 1234") : QString();
        lead.source = QStringLiteral("web");
        lead.createdAt = times.at(i);
        m_store->leads().add(lead);
    }
    setRawText(db, QStringLiteral("Zoe@Example.com"), QStringLiteral("last_name"),
               "Dvo\xC5\x99\xC3\xA1k\nJr.");
    setCustom(db, QStringLiteral("ann@example.com"),
              {{plan.id.toStdString(), "Gold \"plus\"\nannual"}, {seats.id.toStdString(), 12}});
    setCustom(db, QStringLiteral("Zoe@Example.com"),
              {{plan.id.toStdString(), "=1+1"}, {seats.id.toStdString(), 2.5}});
    setCustom(db, QStringLiteral("kenji@example.jp"),
              {{plan.id.toStdString(), true}, {seats.id.toStdString(), {{"a", 1}}}});

    // Text no lead form writes, stored as raw bytes: malformed UTF-8, a surrogate, a code point past
    // U+10FFFF, U+FFFE, a NUL, and a cell larger than the writer's chunk.
    const QList<QByteArray> rawTexts{
        "\xC3",
        "\x80"
        "abc",
        "a\xED\xA0\x80z",
        "\xF4\x90\x80\x80",
        "\xC0\xAF",
        "\xE0\x80\xAF",
        "\xF8\x88\x80\x80\x80",
        "x\xEF\xBF\xBEy",
        "x\xEF\xBF\xBF",
        QByteArray("a\0b", 3),
        "\xEF\xBF\xBD",
        "caf\xC3\xA9",
        "\xF0\x9F\x98",
        "ok\xC3\xA9\xC3",
        "=\xC3\xA9",
        "longer text \xC3",
        "12345678\xED\xA0\x80",
        "1234567890123456\xEF\xBF\xBF",
    };
    for (int i = 0; i < rawTexts.size(); ++i) {
        const QString email = QStringLiteral("raw%1@example.com").arg(i);
        m_store->leads().add(makeLead(email, QStringLiteral("Raw")));
        const QString column = QStringList{QStringLiteral("first_name"), QStringLiteral("last_name"),
                                           QStringLiteral("company"), QStringLiteral("source")}
                                   .at(i % 4);
        setRawText(db, email, column, rawTexts.at(i));
        if (!rawTexts.at(i).contains('\0')) { // JSON has no room for a raw NUL
            setRawText(db, email, QStringLiteral("tags"), "[\"" + rawTexts.at(i) + "\",\"t\"]");
        }
    }
    QByteArray big(3 * 1024 * 1024, 'x');
    big[1000] = '"';
    big.append("\xC3\xA9");
    m_store->leads().add(makeLead(QStringLiteral("big@example.com"), QStringLiteral("Big")));
    setRawText(db, QStringLiteral("big@example.com"), QStringLiteral("company"), big);

    // Enough ordinary leads for several chunks of output.
    writeLeads(
        db, QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 30000)"
                           " INSERT INTO leads (id, email, email_key, first_name, last_name, company, status,"
                           " tags, source, created_at, updated_at)"
                           " SELECT 'filler-' || i, 'Filler' || i || '@example.com', 'filler' || i ||"
                           " '@example.com', 'Fïller', 'N' || i, CASE WHEN i % 7 = 0 THEN 'Co, ' || i ELSE"
                           " 'Co ' || i END, i % 5, CASE i % 3 WHEN 0 THEN '[]' WHEN 1 THEN '[\"a\",\"b c\"]'"
                           " ELSE '[\"é\\\\\"]' END, '', 1700000000000 + i * 1001, 1700000000000 FROM n"));

    const QString file = path(QStringLiteral("all.csv"));
    const qint64 total = 5 + rawTexts.size() + 1 + 30000;
    QCOMPARE(LeadExporter(db).run(file), total);
    const QByteArray written = contentsOf(file);
    const QByteArray expected = exportThroughQString(db);
    QVERIFY(expected.size() > 4 * CsvWriter::kChunkBytes);
    QVERIFY2(written == expected, firstDifference(written, expected).constData());
}

void TestLeadExporterOutput::filterExportsOnlyMatchingLeads()
{
    const QList<std::tuple<const char*, LeadStatus, QStringList>> leads{
        {"ann@example.com", LeadStatus::Contacted, {QStringLiteral("vip")}},
        {"bob@example.com", LeadStatus::Contacted, {}},
        {"cid@example.com", LeadStatus::New, {QStringLiteral("vip")}},
        {"dee@example.com", LeadStatus::Contacted, {QStringLiteral("vip"), QStringLiteral("expo")}},
    };
    for (const auto& [email, status, tags] : leads) {
        Lead lead = makeLead(QString::fromLatin1(email), QStringLiteral("Lead"),
                             email[0] == 'd' ? QStringLiteral("Globex") : QStringLiteral("Initech"));
        lead.status = status;
        lead.tags = tags;
        m_store->leads().add(lead);
    }
    LeadFilter filter;
    filter.statuses = {LeadStatus::Contacted};
    filter.tags = {QStringLiteral("vip")};
    const QString file = path(QStringLiteral("filtered.csv"));
    QCOMPARE(LeadExporter(m_store->database()).run(file, {}, filter), qint64{2});
    QList<QStringList> records = readCsv(file);
    QCOMPARE(records.size(), qsizetype{3});
    QCOMPARE(records.at(1).first(), QStringLiteral("ann@example.com"));
    QCOMPARE(records.at(2).first(), QStringLiteral("dee@example.com"));
    QCOMPARE(records.at(2).at(6), QStringLiteral("vip, expo"));

    // The search narrows the filter further.
    QCOMPARE(LeadExporter(m_store->database()).run(file, QStringLiteral("globex"), filter), qint64{1});
    records = readCsv(file);
    QCOMPARE(records.size(), qsizetype{2});
    QCOMPARE(records.at(1).first(), QStringLiteral("dee@example.com"));
}

void TestLeadExporterOutput::fullDiskIsNamed()
{
    // The disk fills up part way through a chunk: the message says so, and nothing more is taken.
    FillingDevice device(1000);
    QVERIFY(device.open(QIODevice::WriteOnly));
    CsvWriter writer(device);
    for (int i = 0; i < 100000; ++i) {
        writer.appendCell("lead@example.com");
        writer.appendCell("Lead");
        writer.endRecord();
    }
    QVERIFY(!writer.flush());
    QVERIFY2(writer.errorString().contains(QLatin1String("No space left on device")),
             qPrintable(writer.errorString()));
    QCOMPARE(device.written.size(), qsizetype{1000});
    QVERIFY(device.written.startsWith("lead@example.com,Lead\r\n"));

    QFile full(QStringLiteral("/dev/full"));
    if (!full.open(QIODevice::WriteOnly)) {
        QSKIP("/dev/full is not available here");
    }
    CsvWriter fullWriter(full);
    for (int i = 0; i < 100000; ++i) {
        fullWriter.appendCell("lead@example.com");
        fullWriter.appendCell("Lead");
        fullWriter.endRecord();
    }
    QVERIFY(!fullWriter.flush());
    QVERIFY2(fullWriter.errorString().contains(QLatin1String("No space left")),
             qPrintable(fullWriter.errorString()));
}

void TestLeadExporterOutput::roundTripGivesTheSameLeads()
{
    CustomFieldRepository fields(m_store->database());
    const CustomField plan = fields.create(QStringLiteral("Plan"), CustomFieldType::Text);
    struct Row
    {
        const char* email;
        const char* first;
        const char* last;
        const char* company;
        const char* phone;
        LeadStatus status;
        QStringList tags;
        const char* source;
        const char* plan;
    };
    const QList<Row> rows{
        {"ann@example.com", "Ann", "Lee", "Globex, Inc.", "030 1234", LeadStatus::New, {}, "", "Gold"},
        {"Zoe@Example.com",
         "Zoë",
         "O'Neil",
         "\"Quoted\" & Co",
         "(030) 1234-5",
         LeadStatus::Contacted,
         {QStringLiteral("vip"), QStringLiteral("trade show")},
         "expo 2026",
         ""},
        {"kenji@example.jp",
         "健二",
         "山田",
         "株式会社テスト",
         "",
         LeadStatus::Qualified,
         {QStringLiteral("日本")},
         "web",
         "Silver; annual"},
        {"bob@example.com",
         "Bob",
         "",
         "",
         "+1 555 0100",
         LeadStatus::Customer,
         {QStringLiteral("b2b")},
         "",
         ""},
        {"cid@example.com", "", "", "Initech", "+49 30 1234", LeadStatus::Lost, {}, "referral", "Bronze"},
    };
    qint64 createdMs = QDateTime(QDate(2023, 5, 6), QTime(7, 8, 9, 123), Qt::UTC).toMSecsSinceEpoch();
    for (const Row& row : rows) {
        Lead lead = makeLead(QString::fromUtf8(row.email), QString::fromUtf8(row.first),
                             QString::fromUtf8(row.last), QString::fromUtf8(row.company));
        lead.phone = QString::fromUtf8(row.phone);
        lead.status = row.status;
        lead.tags = row.tags;
        lead.source = QString::fromUtf8(row.source);
        lead.createdAt = QDateTime::fromMSecsSinceEpoch(createdMs += 86400001, Qt::UTC);
        m_store->leads().add(lead);
        if (*row.plan) {
            setCustom(m_store->database(), lead.email, {{plan.id.toStdString(), row.plan}});
        }
    }
    const QString file = path(QStringLiteral("export.csv"));
    QCOMPARE(LeadExporter(m_store->database()).run(file), qint64{rows.size()});

    // Into another workspace, mapping the custom column to a custom field of the same name.
    const auto other = WorkspaceStore::openLocal(DataLocation(m_tmp->filePath(QStringLiteral("other"))));
    ImportOptions options;
    options.filePath = file;
    const LeadImporter::Preview preview = LeadImporter::preview(file, 0);
    options.mapping =
        ColumnMapping::withOverrides(preview.header, preview.mapping, {QStringLiteral("Plan=custom:Plan")});
    const ImportSummary summary = LeadImporter(other->database()).run(options);
    QStringList reasons;
    for (const RejectedRow& rejected : summary.rejectedRows) {
        reasons.append(QStringLiteral("line %1 (%2): %3")
                           .arg(rejected.line)
                           .arg(rejected.fields.value(0), rejected.reason));
    }
    QVERIFY2(summary.rejected == 0, qPrintable(reasons.join(QLatin1Char('\n'))));
    QCOMPARE(summary.added, qint64{rows.size()});
    QCOMPARE(other->leads().count(), qint64{rows.size()});

    const std::optional<CustomField> otherPlan =
        CustomFieldRepository(other->database()).findByName(plan.name);
    QVERIFY(otherPlan);
    for (const Row& row : rows) {
        const QString email = QString::fromUtf8(row.email);
        const Lead before = m_store->leads().findByEmail(email).value_or(Lead());
        const Lead after = other->leads().findByEmail(email).value_or(Lead());
        QCOMPARE(after.email, before.email);
        QCOMPARE(after.firstName, before.firstName);
        QCOMPARE(after.lastName, before.lastName);
        QCOMPARE(after.company, before.company);
        QCOMPARE(after.phone, before.phone);
        QCOMPARE(after.status, before.status);
        QCOMPARE(after.tags, before.tags);
        QCOMPARE(after.source, before.source);
        QCOMPARE(after.createdAt, before.createdAt);
        QCOMPARE(customValue(other->database(), email, otherPlan->id), QString::fromUtf8(row.plan));
    }
}

void TestLeadExporterOutput::unwritablePathIsRefusedNamingTheFile()
{
    m_store->leads().add(makeLead(QStringLiteral("ann@example.com"), QStringLiteral("Ann")));
    const QString regular = path(QStringLiteral("afile"));
    QVERIFY(writeFile(regular, "not a folder\n"));
    const QString target = regular + QStringLiteral("/leads.csv");
    try {
        LeadExporter(m_store->database()).run(target);
        QFAIL("the export claimed to write under a regular file");
    } catch (const StoreError& error) {
        QCOMPARE(error.kind(), StoreError::Kind::CannotOpen);
        QVERIFY2(error.message().contains(target), qPrintable(error.message()));
        QCOMPARE(error.filePath(), target);
    }
    QVERIFY(!QFile::exists(target));
    QCOMPARE(contentsOf(regular), QByteArray("not a folder\n"));
    QCOMPARE(filesIn(m_tmp->path()), QStringList{QStringLiteral("afile")});
}

void TestLeadExporterOutput::cancelLeavesNoFile()
{
    // More leads than the exporter writes between two looks at the cancel flag.
    QByteArray csv = "email,first_name\n";
    for (int i = 0; i < 20000; ++i) {
        csv += "lead" + QByteArray::number(i) + "@example.com,Lead\n";
    }
    QVERIFY(writeFile(path(QStringLiteral("seed.csv")), csv));
    ImportOptions seed;
    seed.filePath = path(QStringLiteral("seed.csv"));
    QCOMPARE(LeadImporter(m_store->database()).run(seed).added, qint64{20000});

    const QString fresh = path(QStringLiteral("fresh.csv"));
    const QString existing = path(QStringLiteral("existing.csv"));
    QVERIFY(writeFile(existing, "the previous export\n"));
    const QStringList before = filesIn(m_tmp->path());

    std::atomic_bool cancel{false};
    int progressCalls = 0;
    const auto cancelOnProgress = [&](qint64, qint64) {
        ++progressCalls;
        cancel = true;
    };
    LeadExporter(m_store->database()).run(fresh, {}, {}, cancelOnProgress, &cancel);
    QVERIFY(progressCalls > 0);
    QVERIFY(!QFile::exists(fresh));

    cancel = false;
    progressCalls = 0;
    LeadExporter(m_store->database()).run(existing, {}, {}, cancelOnProgress, &cancel);
    QVERIFY(progressCalls > 0);
    QCOMPARE(contentsOf(existing), QByteArray("the previous export\n"));
    QCOMPARE(filesIn(m_tmp->path()), before); // no temporary file left behind

    // Without a cancel the same export completes.
    cancel = false;
    QCOMPARE(LeadExporter(m_store->database()).run(existing, {}, {}, {}, &cancel), qint64{20000});
    QCOMPARE(readCsv(existing).size(), qsizetype{20001});
}

QTEST_GUILESS_MAIN(TestLeadExporterOutput)
#include "test_lead_exporter_output.moc"
