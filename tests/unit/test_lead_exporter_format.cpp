// Exporting leads to CSV, cell by cell: the header and every field, custom fields by name, exact UTC
// times, quoting, cells a spreadsheet would run as formulas, and tags as SQL expands them.
#include "ExportTestSupport.h"

class TestLeadExporterFormat : public ExportFixture
{
    Q_OBJECT

private Q_SLOTS:
    void writesAHeaderAndEveryField();
    void timesAreExactUtc();
    void formulaCellsAreNeutralised();
    void quotesNewlinesAndEmptyCells();
    void tagsReadAsSqlExpandsThem();
    void cellsWrittenAsUtf8MatchWriteRecord();
};

void TestLeadExporterFormat::writesAHeaderAndEveryField()
{
    CustomFieldRepository fields(m_store->database());
    const CustomField plan = fields.create(QStringLiteral("Plan"), CustomFieldType::Text);
    const CustomField seats = fields.create(QStringLiteral("Seats"), CustomFieldType::Number);

    Lead ann = makeLead(QStringLiteral("ann@example.com"), QStringLiteral("Ann"), QStringLiteral("Lee"),
                        QStringLiteral("Globex, Inc."));
    ann.phone = QStringLiteral("030 1234");
    ann.status = LeadStatus::Contacted;
    ann.tags = QStringList{QStringLiteral("vip"), QStringLiteral("trade show")};
    ann.source = QStringLiteral("expo");
    ann.createdAt = QDateTime(QDate(2024, 1, 10), QTime(10, 0, 0, 250), Qt::UTC);
    ann = m_store->leads().add(ann);
    setCustom(m_store->database(), ann.email,
              {{plan.id.toStdString(), "Gold \"plus\""}, {seats.id.toStdString(), "12"}});
    const Lead bob = m_store->leads().add(makeLead(QStringLiteral("bob@example.com"), QStringLiteral("Bob")));

    const QString file = path(QStringLiteral("leads.csv"));
    QCOMPARE(LeadExporter(m_store->database()).run(file), qint64{2});

    // The file opens in a spreadsheet: plain UTF-8, CRLF, the header first.
    const QByteArray bytes = contentsOf(file);
    QVERIFY2(bytes.startsWith("email,first_name,last_name,company,phone,status,tags,source,created_at,"
                              "updated_at,Plan,Seats\r\n"),
             bytes.constData());
    QVERIFY(bytes.contains("\"Globex, Inc.\""));
    QVERIFY(bytes.contains("\"Gold \"\"plus\"\"\""));

    const QList<QStringList> records = readCsv(file);
    QCOMPARE(records.size(), qsizetype{3});
    QCOMPARE(records.at(0), (kHeader + QStringList{QStringLiteral("Plan"), QStringLiteral("Seats")}));
    const Lead storedAnn = m_store->leads().findByEmail(ann.email).value_or(Lead());
    QCOMPARE(
        records.at(1),
        (QStringList{QStringLiteral("ann@example.com"), QStringLiteral("Ann"), QStringLiteral("Lee"),
                     QStringLiteral("Globex, Inc."), QStringLiteral("030 1234"), QStringLiteral("contacted"),
                     QStringLiteral("vip, trade show"), QStringLiteral("expo"),
                     QStringLiteral("2024-01-10T10:00:00.250Z"), isoTime(storedAnn.updatedAt),
                     QStringLiteral("Gold \"plus\""), QStringLiteral("12")}));
    // A lead without tags or custom values has empty cells there.
    QCOMPARE(records.at(2),
             (QStringList{QStringLiteral("bob@example.com"), QStringLiteral("Bob"), QString(), QString(),
                          QString(), QStringLiteral("new"), QString(), QString(), isoTime(bob.createdAt),
                          isoTime(bob.updatedAt), QString(), QString()}));
}

void TestLeadExporterFormat::timesAreExactUtc()
{
    // Times are formatted by hand for speed: check the calendar edges against Qt's own ISO text.
    const QList<QDateTime> times{QDateTime(QDate(1969, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
                                 QDateTime(QDate(2024, 2, 29), QTime(12, 0), Qt::UTC),
                                 QDateTime(QDate(2000, 3, 1), QTime(0, 0, 0, 1), Qt::UTC),
                                 QDateTime(QDate(2100, 12, 31), QTime(8, 5, 7, 42), Qt::UTC)};
    for (int i = 0; i < times.size(); ++i) {
        Lead lead = makeLead(QStringLiteral("t%1@example.com").arg(i), QStringLiteral("T"));
        lead.createdAt = times.at(i);
        m_store->leads().add(lead);
    }
    const QString file = path(QStringLiteral("times.csv"));
    QCOMPARE(LeadExporter(m_store->database()).run(file), qint64{times.size()});
    const QList<QStringList> records = readCsv(file);
    for (int i = 0; i < times.size(); ++i) {
        QCOMPARE(records.at(i + 1).at(8), times.at(i).toString(Qt::ISODateWithMs));
    }
}

void TestLeadExporterFormat::formulaCellsAreNeutralised()
{
    Lead lead = makeLead(QStringLiteral("eve@example.com"), QStringLiteral("=1+1"),
                         QStringLiteral("@SUM(A1)"), QStringLiteral("-2+3"));
    lead.source = QStringLiteral("+cmd|' /C calc'!A0");
    lead.tags = QStringList{QStringLiteral("=HYPERLINK(\"http://x\")")};
    m_store->leads().add(lead);

    const QString file = path(QStringLiteral("formulas.csv"));
    QCOMPARE(LeadExporter(m_store->database()).run(file), qint64{1});
    const QStringList row = readCsv(file).value(1);
    QCOMPARE(row.value(1), QStringLiteral("'=1+1"));
    QCOMPARE(row.value(2), QStringLiteral("'@SUM(A1)"));
    QCOMPARE(row.value(3), QStringLiteral("'-2+3"));
    QCOMPARE(row.value(6), QStringLiteral("'=HYPERLINK(\"http://x\")"));
    QCOMPARE(row.value(7), QStringLiteral("'+cmd|' /C calc'!A0"));
    QVERIFY(contentsOf(file).contains(",'=1+1,"));
}

void TestLeadExporterFormat::quotesNewlinesAndEmptyCells()
{
    Lead lead = makeLead(QStringLiteral("ann@example.com"), QStringLiteral("Ann \"the boss\""));
    lead.createdAt = QDateTime(QDate(2024, 3, 1), QTime(9, 30), Qt::UTC);
    lead = m_store->leads().add(lead);
    // Cells the lead form refuses, written straight into the store as an older version or a sync
    // could have: line breaks, a tab or CR at the start.
    setRawText(m_store->database(), lead.email, QStringLiteral("last_name"), "Lee\nSmith");
    setRawText(m_store->database(), lead.email, QStringLiteral("company"), "A\r\nB, C");
    setRawText(m_store->database(), lead.email, QStringLiteral("phone"), "\tTab");
    setRawText(m_store->database(), lead.email, QStringLiteral("source"), "\rCR");
    const QString updated = isoTime(m_store->leads().findByEmail(lead.email).value_or(Lead()).updatedAt);

    const QString file = path(QStringLiteral("quotes.csv"));
    QCOMPARE(LeadExporter(m_store->database()).run(file), qint64{1});
    // Quotes doubled inside quotes, line breaks kept inside quotes, empty cells empty, and the
    // apostrophe inside the quotes when a cell needs both.
    QCOMPARE(contentsOf(file).split('\n').mid(1).join('\n'),
             "ann@example.com,\"Ann \"\"the boss\"\"\",\"Lee\nSmith\",\"A\r\nB, C\",'\tTab,new,,\"'\rCR\","
             "2024-03-01T09:30:00.000Z," +
                 updated.toLatin1() + "\r\n");
    const QStringList row = readCsv(file).value(1);
    QCOMPARE(row.value(1), QStringLiteral("Ann \"the boss\""));
    QCOMPARE(row.value(2), QStringLiteral("Lee\nSmith"));
    QCOMPARE(row.value(3), QStringLiteral("A\r\nB, C"));
    QCOMPARE(row.value(6), QString());
}

void TestLeadExporterFormat::tagsReadAsSqlExpandsThem()
{
    // Tags are stored as JSON and expanded in C++ for plain arrays of strings; everything else
    // goes through json_each, as every export did before. Either way a cell holds what SQL gives.
    const QList<QByteArray> tagJson{
        "[]",
        "[\"vip\"]",
        "[\"vip\",\"trade show\"]",
        "[\"M\xC3\xBCller\",\"\xE6\x97\xA5\xE6\x9C\xAC\",\"\xF0\x9F\x98\x80\"]",
        "[\"\"]",
        "[\"\",\"\"]",
        "[\"a\",\"\"]",
        "[\"a,b\",\"say \\\"hi\\\"\"]",
        "[\"back\\\\slash\",\"sl\\/ash\"]",
        "[\"tab\\there\",\"new\\nline\"]",
        "[\"\\u00e9t\\u00e9\",\"\\ud83d\\ude00\"]",
        "[\"=1+1\",\"b\"]",
        "[\"-5\"]",
        "[ \"spaced\" , \"out\" ]",
        "[1,2.5,true]",
        "[[\"nested\"],{\"k\":\"v\"}]",
        "\"scalar\"",
        "{\"k\":\"v\",\"k2\":\"w\"}",
        "[\"\xC3(\",\"ok\"]", // not UTF-8: SQLite and Qt replace the bad byte on the way
        "[\"\xEF\xBF\xBE\"]", // U+FFFE, which SQLite turns into U+FFFD on the way to UTF-16
    };
    QStringList expected;
    for (int i = 0; i < tagJson.size(); ++i) {
        const QString email = QStringLiteral("tags%1@example.com").arg(i);
        m_store->leads().add(makeLead(email, QStringLiteral("T")));
        setRawText(m_store->database(), email, QStringLiteral("tags"), tagJson.at(i));
        QSqlQuery& expand = m_store->database().prepare(
            QStringLiteral("SELECT CASE WHEN tags = '[]' THEN '' ELSE (SELECT group_concat(value, ', ') FROM"
                           " json_each(leads.tags)) END FROM leads WHERE email_key = lower(?)"));
        expand.bindValue(0, email);
        QString tags;
        m_store->database().forEachRow(expand, [&](const QSqlQuery& row) { tags = row.value(0).toString(); });
        expected.append(tags);
    }
    QCOMPARE(expected.at(3), QStringLiteral("Müller, 日本, 😀"));
    QCOMPARE(expected.at(6), QStringLiteral("a, "));
    QCOMPARE(expected.at(7), QStringLiteral("a,b, say \"hi\""));

    const QString file = path(QStringLiteral("tags.csv"));
    QCOMPARE(LeadExporter(m_store->database()).run(file), qint64{tagJson.size()});
    const QList<QStringList> records = readCsv(file);
    QCOMPARE(records.size(), tagJson.size() + 1);
    for (int i = 0; i < tagJson.size(); ++i) {
        QVERIFY2(records.at(i + 1).value(6) == CsvWriter::neutralise(expected.at(i)),
                 qPrintable(QStringLiteral("%1: wrote %2, SQL gives %3")
                                .arg(QString::fromLatin1(tagJson.at(i).toPercentEncoding("[]\",")),
                                     records.at(i + 1).value(6), expected.at(i))));
    }
}

void TestLeadExporterFormat::cellsWrittenAsUtf8MatchWriteRecord()
{
    // The exporter writes cells from UTF-8 bytes; other files come through writeRecord(). Both
    // must quote, neutralise and mark the file the same way.
    const QList<QList<QStringList>> files{
        {{QStringLiteral("sep=;"), QStringLiteral("a")}, {QStringLiteral("sep=;"), QStringLiteral("b")}},
        {{QStringLiteral("\uFEFFx"), QStringLiteral("y")}, {QStringLiteral("\uFEFFx")}},
        {{QString()}, {}, {QString(), QString()}, {QStringLiteral("=1"), QStringLiteral("a\"b")}},
        {{QStringLiteral("line\nbreak"), QStringLiteral("\r"), QStringLiteral("\t"), QString(),
          QStringLiteral("Zoë 東京 😀"), QStringLiteral("\"\""), QStringLiteral("a,b"),
          QStringLiteral("-\"1\""), QStringLiteral("twelve chars"), QStringLiteral("sixteen chars, q")},
         {QString(2 * CsvWriter::kChunkBytes, QLatin1Char('q')) + QLatin1Char('"'), QStringLiteral("@")}},
    };
    for (const bool bom : {false, true}) {
        for (const QList<QStringList>& records : files) {
            QBuffer viaText;
            QBuffer viaUtf8;
            viaText.open(QIODevice::WriteOnly);
            viaUtf8.open(QIODevice::WriteOnly);
            CsvWriter textWriter(viaText);
            CsvWriter utf8Writer(viaUtf8);
            textWriter.setBom(bom);
            utf8Writer.setBom(bom);
            for (const QStringList& record : records) {
                textWriter.writeRecord(record);
                for (const QString& cell : record) {
                    utf8Writer.appendCell(cell.toUtf8());
                }
                utf8Writer.endRecord();
            }
            QVERIFY(textWriter.flush());
            QVERIFY(utf8Writer.flush());
            QVERIFY2(viaUtf8.data() == viaText.data(),
                     firstDifference(viaUtf8.data(), viaText.data()).constData());
        }
    }
}

QTEST_GUILESS_MAIN(TestLeadExporterFormat)
#include "test_lead_exporter_format.moc"
