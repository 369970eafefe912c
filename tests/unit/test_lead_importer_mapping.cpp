// Importing leads from CSV files: what the summary says about each row, why a row was rejected,
// how columns map to fields and custom fields, and files saved by Excel, HubSpot and Google.
#include "ImportTestSupport.h"

class TestLeadImporterMapping : public ImportFixture
{
    Q_OBJECT

private Q_SLOTS:
    void summaryCountsWhatHappenedToEachRow();
    void rejectedRowsKeepLineReasonAndFields();
    void rejectionReasonsSayWhatIsWrong();
    void headerOnlyFileAddsNothing();
    void customFieldColumnsCreateFieldsAndStoreValues();
    void readsExcelAndOlderEncodings_data();
    void readsExcelAndOlderEncodings();
    void importsHubSpotAndGoogleContactsExports();
};

void TestLeadImporterMapping::summaryCountsWhatHappenedToEachRow()
{
    m_store->leads().add(makeLead(QStringLiteral("ann@example.com"), QStringLiteral("Ann")));
    const QString path =
        writeFile(QStringLiteral("people.csv"), "email,first_name,last_name,company,status,tags\n"
                                                "bob@example.com,Bob,Stone,Initech,contacted,\"vip, hot\"\n"
                                                "ANN@example.com,Annie,Lee,Globex,,trade\n"
                                                "not-an-email,Cid,,,,\n"
                                                "carl@example.com,Carl,,,banana,\n"
                                                "dora@example.com,Dora,,,,\n"
                                                "dora@example.com,Dora,,,,\n");
    const ImportSummary summary = importFile(path);
    QCOMPARE(summary.added, qint64{2});
    QCOMPARE(summary.updated, qint64{0});
    QCOMPARE(summary.skipped, qint64{2});
    QCOMPARE(summary.rejected, qint64{2});
    QVERIFY(!summary.cancelled);
    QCOMPARE(summary.header,
             (QStringList{QStringLiteral("email"), QStringLiteral("first_name"), QStringLiteral("last_name"),
                          QStringLiteral("company"), QStringLiteral("status"), QStringLiteral("tags")}));
    QCOMPARE(m_store->leads().count(), qint64{3});

    const Lead bob = stored(QStringLiteral("bob@example.com"));
    QCOMPARE(bob.firstName, QStringLiteral("Bob"));
    QCOMPARE(bob.lastName, QStringLiteral("Stone"));
    QCOMPARE(bob.company, QStringLiteral("Initech"));
    QCOMPARE(bob.status, LeadStatus::Contacted);
    QCOMPARE(bob.tags, (QStringList{QStringLiteral("vip"), QStringLiteral("hot")}));
    QCOMPARE(stored(QStringLiteral("ann@example.com")).firstName, QStringLiteral("Ann")); // skipped: kept
    QCOMPARE(stored(QStringLiteral("ann@example.com")).company, QString());
    QVERIFY(!m_store->leads().findByEmail(QStringLiteral("carl@example.com")));

    VERIFY_INDEXES();

    // The workspace remembers the import and its counts.
    QVERIFY(summary.importId > 0);
    QCOMPARE(
        valueOf(m_store->database(),
                QStringLiteral("SELECT file_name, added, updated, skipped, rejected, finished_at IS NOT NULL"
                               " FROM imports WHERE id = ?"),
                {summary.importId}),
        QStringLiteral("people.csv|2|0|2|2|1"));
}

void TestLeadImporterMapping::rejectedRowsKeepLineReasonAndFields()
{
    const QString path =
        writeFile(QStringLiteral("messy.csv"), "email,first_name,notes\r\n"                  // 1
                                               "ann@example.com,Ann,\"first\r\nsecond\"\r\n" // 2-3
                                               "bad-email,Bob,x\r\n"                         // 4
                                               "\r\n"                                        // 5
                                               "\"cid@example.com\",\"Cid\",\"a \"\"quoted\"\"\n"
                                               "multi\nline\"\r\n"                        // 6-8
                                               ",Dan,no email\r\n"                        // 9
                                               "eve@example.com,Eve,\"ok\"\r\n"           // 10
                                               "fay@example.com,Fay,\"never closed\r\n"); // 11
    const ImportSummary summary = importFile(path);
    QCOMPARE(summary.added, qint64{3});
    QCOMPARE(summary.rejected, qint64{3});
    QCOMPARE(summary.rejectedRows.size(), qsizetype{3});

    const RejectedRow& badEmail = summary.rejectedRows.at(0);
    QCOMPARE(badEmail.line, qint64{4});
    QVERIFY2(badEmail.reason.contains(QStringLiteral("bad-email")), qPrintable(badEmail.reason));
    QVERIFY2(badEmail.reason.contains(QStringLiteral("not a valid email address")),
             qPrintable(badEmail.reason));
    QCOMPARE(badEmail.fields,
             (QStringList{QStringLiteral("bad-email"), QStringLiteral("Bob"), QStringLiteral("x")}));

    const RejectedRow& noEmail = summary.rejectedRows.at(1);
    QCOMPARE(noEmail.line, qint64{9});
    QVERIFY2(noEmail.reason.contains(QStringLiteral("Email is required")), qPrintable(noEmail.reason));
    QCOMPARE(noEmail.fields, (QStringList{QString(), QStringLiteral("Dan"), QStringLiteral("no email")}));

    const RejectedRow& unclosed = summary.rejectedRows.at(2);
    QCOMPARE(unclosed.line, qint64{11});
    QVERIFY2(unclosed.reason.contains(QStringLiteral("not closed")), qPrintable(unclosed.reason));
    QCOMPARE(unclosed.fields.value(0), QStringLiteral("fay@example.com"));

    QCOMPARE(search(QStringLiteral("cid")), QStringList{QStringLiteral("cid@example.com")});
    QVERIFY(!m_store->leads().findByEmail(QStringLiteral("fay@example.com")));
}

void TestLeadImporterMapping::rejectionReasonsSayWhatIsWrong()
{
    const QByteArray longName(101, 'n');
    const QString path = writeFile(QStringLiteral("reasons.csv"), "email,first_name,status,created_at,phone\n"
                                                                  "ok@example.com,Ok,new,2024-01-10,+1 555\n"
                                                                  "nope,A,,,\n"
                                                                  ",B,,,\n"
                                                                  "c@example.com,C,banana,,\n"
                                                                  "d@example.com,D,,someday,\n"
                                                                  "e@example.com,E,,,call me\n"
                                                                  "f@example.com," +
                                                                      longName + ",,,\n");
    const ImportSummary summary = importFile(path);
    QCOMPARE(summary.added, qint64{1});
    QCOMPARE(summary.rejected, qint64{6});
    const QList<QPair<qint64, QString>> expected{
        {3, QStringLiteral("“nope” is not a valid email address")},
        {4, QStringLiteral("Email is required")},
        {5, QStringLiteral("Unknown status “banana”")},
        {6, QStringLiteral("“someday” is not a date")},
        {7, QStringLiteral("Phone may contain only")},
        {8, QStringLiteral("101")},
    };
    QCOMPARE(summary.rejectedRows.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        const RejectedRow& row = summary.rejectedRows.at(i);
        QCOMPARE(row.line, expected.at(i).first);
        QVERIFY2(row.reason.contains(expected.at(i).second),
                 qPrintable(QStringLiteral("line %1: %2").arg(row.line).arg(row.reason)));
    }
    QCOMPARE(stored(QStringLiteral("ok@example.com")).createdAt,
             QDateTime(QDate(2024, 1, 10), QTime(0, 0), Qt::UTC));
}

void TestLeadImporterMapping::headerOnlyFileAddsNothing()
{
    m_store->leads().add(makeLead(QStringLiteral("ann@example.com"), QStringLiteral("Ann")));
    const qint64 outboxBefore = m_store->outbox().pendingCount();
    const ImportSummary summary = importFile(writeFile(QStringLiteral("header.csv"), "email,first_name\r\n"));
    QCOMPARE(summary.added + summary.updated + summary.skipped + summary.rejected, qint64{0});
    QCOMPARE(m_store->leads().count(), qint64{1});
    QCOMPARE(m_store->outbox().pendingCount(), outboxBefore);
    VERIFY_INDEXES();
}

void TestLeadImporterMapping::customFieldColumnsCreateFieldsAndStoreValues()
{
    CustomFieldRepository fields(m_store->database());
    const CustomField seats = fields.create(QStringLiteral("Seats"), CustomFieldType::Number);
    const QString path = writeFile(QStringLiteral("plans.csv"), "email,Plan,Seats,Notes\n"
                                                                "a@example.com,Gold,12,hello\n"
                                                                "b@example.com,,3,\n"
                                                                "c@example.com,Silver,many,x\n");
    const ImportSummary summary =
        importFile(path, DuplicatePolicy::Skip, {},
                   {QStringLiteral("Plan=custom:Plan"), QStringLiteral("seats=custom:seats")});
    QCOMPARE(summary.added, qint64{2});
    QCOMPARE(summary.rejected, qint64{1});
    QCOMPARE(summary.rejectedRows.first().line, qint64{4});
    QVERIFY2(summary.rejectedRows.first().reason.contains(QStringLiteral("many")),
             qPrintable(summary.rejectedRows.first().reason));

    const QList<CustomField> list = fields.list();
    QCOMPARE(list.size(), qsizetype{2}); // "Seats" was found by name, not created again
    const std::optional<CustomField> plan = fields.findByName(QStringLiteral("Plan"));
    QVERIFY(plan);
    QCOMPARE(plan->type, CustomFieldType::Text);
    QCOMPARE(fields.findByName(QStringLiteral("Seats"))->id, seats.id);

    const nlohmann::json a = jsonOf(customOf(QStringLiteral("a@example.com")));
    QCOMPARE(a.size(), std::size_t{2});
    QCOMPARE(QString::fromStdString(a.value(plan->id.toStdString(), std::string())), QStringLiteral("Gold"));
    QCOMPARE(QString::fromStdString(a.value(seats.id.toStdString(), std::string())), QStringLiteral("12"));
    const nlohmann::json b = jsonOf(customOf(QStringLiteral("b@example.com")));
    QCOMPARE(b.size(), std::size_t{1}); // an empty cell stores no value
    QCOMPARE(QString::fromStdString(b.value(seats.id.toStdString(), std::string())), QStringLiteral("3"));

    // A second import into "PLAN" fills the same field.
    const QString more = writeFile(QStringLiteral("more.csv"), "email,Level\nd@example.com,Bronze\n");
    QCOMPARE(importFile(more, DuplicatePolicy::Skip, {}, {QStringLiteral("Level=custom:PLAN")}).added,
             qint64{1});
    QCOMPARE(fields.list().size(), qsizetype{2});
    QCOMPARE(
        QString::fromStdString(
            jsonOf(customOf(QStringLiteral("d@example.com"))).value(plan->id.toStdString(), std::string())),
        QStringLiteral("Bronze"));
}

void TestLeadImporterMapping::readsExcelAndOlderEncodings_data()
{
    QTest::addColumn<QByteArray>("bytes");

    const QString rows = QStringLiteral("email%1first_name%1last_name%1company\r\n"
                                        "mia@example.com%1Mia%1Müller%1Café Zoë\r\n"
                                        "joerg@example.com%1Jörg%1Straße%1\"Preis 5 €, netto\"\r\n");
    const QString commas = rows.arg(QLatin1Char(','));
    const QString semicolons = rows.arg(QLatin1Char(';'));
    const QString tabs = rows.arg(QLatin1Char('\t'));
    QTest::newRow("Excel Unicode text: UTF-16LE, BOM, tabs")
        << encoded(tabs, QStringConverter::Utf16LE, true);
    QTest::newRow("UTF-16LE without BOM") << encoded(commas, QStringConverter::Utf16LE, false);
    QTest::newRow("UTF-16BE with BOM") << encoded(commas, QStringConverter::Utf16BE, true);
    QTest::newRow("German Excel: UTF-8, BOM, semicolons")
        << encoded(semicolons, QStringConverter::Utf8, true);
    QTest::newRow("sep= line") << QByteArray("sep=;\r\n") +
                                      encoded(semicolons, QStringConverter::Utf8, false);
    // Windows-1252 ("ANSI"), as older Excel saves CSV: the euro sign is byte 0x80.
    QTest::newRow("Windows-1252, semicolons")
        << QString(semicolons).replace(QChar(0x20AC), QChar(0x80)).toLatin1();
    QTest::newRow("Latin-1, commas") << QString(commas).replace(QChar(0x20AC), QChar(0x80)).toLatin1();
}

void TestLeadImporterMapping::readsExcelAndOlderEncodings()
{
    QFETCH(QByteArray, bytes);
    const ImportSummary summary = importFile(writeFile(QStringLiteral("excel.csv"), bytes));
    QCOMPARE(summary.rejected, qint64{0});
    QCOMPARE(summary.added, qint64{2});
    const Lead mia = stored(QStringLiteral("mia@example.com"));
    QCOMPARE(mia.lastName, QStringLiteral("Müller"));
    QCOMPARE(mia.company, QStringLiteral("Café Zoë"));
    const Lead joerg = stored(QStringLiteral("joerg@example.com"));
    QCOMPARE(joerg.firstName, QStringLiteral("Jörg"));
    QCOMPARE(joerg.lastName, QStringLiteral("Straße"));
    QCOMPARE(joerg.company, QStringLiteral("Preis 5 €, netto"));
    QCOMPARE(search(QStringLiteral("muller")), QStringList{mia.email}); // accents fold in search
    QCOMPARE(search(QStringLiteral("jörg")), QStringList{joerg.email});
}

void TestLeadImporterMapping::importsHubSpotAndGoogleContactsExports()
{
    const QString hubspot =
        writeFile(QStringLiteral("hubspot.csv"),
                  "Record ID,First Name,Last Name,Email,Phone Number,Company Name,Lead Status,Create Date,"
                  "Original Source\n"
                  "101,Ann,Lee,ann@example.com,+1 555 0100,Globex,OPEN_DEAL,2024-01-10 10:00,Organic Search\n"
                  "102,Bob,Stone,bob@example.com,,Initech,UNQUALIFIED,2024-01-11 09:30,Direct Traffic\n"
                  "103,Cid,Moss,cid@example.com,,,IN_PROGRESS,,Offline Sources\n");
    QCOMPARE(importFile(hubspot).added, qint64{3});
    const Lead ann = stored(QStringLiteral("ann@example.com"));
    QCOMPARE(ann.lastName, QStringLiteral("Lee"));
    QCOMPARE(ann.phone, QStringLiteral("+1 555 0100"));
    QCOMPARE(ann.company, QStringLiteral("Globex"));
    QCOMPARE(ann.status, LeadStatus::Qualified);
    QCOMPARE(ann.source, QStringLiteral("Organic Search"));
    QCOMPARE(ann.createdAt, QDateTime(QDate(2024, 1, 10), QTime(10, 0)));
    QCOMPARE(stored(QStringLiteral("bob@example.com")).status, LeadStatus::Lost);
    QCOMPARE(stored(QStringLiteral("cid@example.com")).status, LeadStatus::Contacted);
    QVERIFY(stored(QStringLiteral("cid@example.com")).createdAt.isValid()); // no date: the import's time

    const QString google = writeFile(
        QStringLiteral("google.csv"),
        "Name,Given Name,Family Name,Group Membership,E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,"
        "Phone 1 - Value,Organization 1 - Name\n"
        "Dee Day,Dee,Day,* myContacts ::: Friends ::: VIP,* Work,dee@example.com,Mobile,+49 30 "
        "1234,Umbrella\n");
    QCOMPARE(importFile(google).added, qint64{1});
    const Lead dee = stored(QStringLiteral("dee@example.com"));
    QCOMPARE(dee.firstName, QStringLiteral("Dee"));
    QCOMPARE(dee.lastName, QStringLiteral("Day"));
    QCOMPARE(dee.phone, QStringLiteral("+49 30 1234"));
    QCOMPARE(dee.company, QStringLiteral("Umbrella"));
    QVERIFY2(dee.tags.contains(QStringLiteral("Friends")) && dee.tags.contains(QStringLiteral("VIP")),
             qPrintable(dee.tags.join(QLatin1Char('|'))));
    QCOMPARE(search(QStringLiteral("friends")), QStringList{dee.email});
    VERIFY_INDEXES();
}

QTEST_GUILESS_MAIN(TestLeadImporterMapping)
#include "test_lead_importer_mapping.moc"
