// Reading the CSV files people export from spreadsheets and CRMs, and writing files that open
// safely in a spreadsheet: what an importing or exporting user would notice.
#include "models/csv/CsvReader.h"
#include "models/csv/CsvWriter.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace leadbox;

namespace {

struct ReadResult
{
    QList<QStringList> records;
    QList<qint64> lines;      // recordLine() of each record
    QStringList recordErrors; // recordError() of each record
    QString error;            // errorString() at the end
    CsvFormat format;
};

ReadResult readAll(const QByteArray& bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer);
    ReadResult result;
    result.format = reader.format();
    QStringList fields;
    while (reader.readRecord(fields)) {
        result.records.append(fields);
        result.lines.append(reader.recordLine());
        result.recordErrors.append(reader.recordError());
    }
    result.error = reader.errorString();
    return result;
}

QByteArray encode(const QString& text, QStringConverter::Encoding encoding)
{
    QStringEncoder encoder(encoding);
    return encoder.encode(text);
}

QStringList row(std::initializer_list<const char*> cells)
{
    QStringList list;
    for (const char* cell : cells) {
        list.append(QString::fromUtf8(cell));
    }
    return list;
}

// A device whose reads fail, like a file on a disconnected network share.
class FailingDevice : public QIODevice
{
protected:
    qint64 readData(char*, qint64) override
    {
        setErrorString(QStringLiteral("Input/output error"));
        return -1;
    }
    qint64 writeData(const char*, qint64) override { return -1; }
};

const QList<QStringList> kLeads = {row({"email", "name"}), row({"ann@example.com", "Zoë"}),
                                   row({"bob@example.com", "東京"})};

} // namespace

class TestCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsUtf8WithAndWithoutBom_data();
    void readsUtf8WithAndWithoutBom();
    void readsUtf16WithBom_data();
    void readsUtf16WithBom();
    void readsUtf16WithoutBom_data();
    void readsUtf16WithoutBom();
    void fallsBackToWindows1252();
    void detectsDelimiter_data();
    void detectsDelimiter();
    void honoursExcelSepLine();
    void quotedFieldsKeepDelimitersNewlinesAndQuotes();
    void acceptsEveryLineEnd_data();
    void acceptsEveryLineEnd();
    void skipsBlankLines();
    void headerOnlyAndEmptyFiles();
    void unterminatedQuoteRunsToEndOfFile();
    void strayQuoteInUnquotedFieldIsKept();
    void overLongFieldIsARowErrorAndReadingGoesOn();
    void tooManyFieldsIsARowErrorAndReadingGoesOn();
    void refusesBinaryFile();
    void refusesBinaryDataLaterInTheFile();
    void refusesInvalidUtf8InAUtf8File();
    void reportsReadError();
    void recordLineCountsLinesInsideQuotedFields();
    void survivesChunkBoundaries_data();
    void survivesChunkBoundaries();
    void reportsProgressUpToTheFileSize();

    void neutralisesFormulaCells_data();
    void neutralisesFormulaCells();
    void writesExpectedBytes();
    void writesBomOnRequest();
    void roundTripsHostileValues();
    void reportsFullDisk();
};

void TestCsv::readsUtf8WithAndWithoutBom_data()
{
    QTest::addColumn<bool>("bom");
    QTest::newRow("no BOM") << false;
    QTest::newRow("BOM") << true;
}

void TestCsv::readsUtf8WithAndWithoutBom()
{
    QFETCH(bool, bom);
    const QByteArray text = "email,name\r\nann@example.com,Zoë\r\nbob@example.com,東京\r\n";
    const ReadResult result = readAll(bom ? "\xEF\xBB\xBF" + text : text);
    QCOMPARE(result.records, kLeads); // the header's first name is "email", not "\uFEFFemail"
    QCOMPARE(result.format.encoding, CsvFormat::Encoding::Utf8);
    QCOMPARE(result.format.hadBom, bom);
}

void TestCsv::readsUtf16WithBom_data()
{
    QTest::addColumn<int>("encoding");
    QTest::addColumn<int>("expected");
    QTest::newRow("LE (Excel Unicode text)")
        << int(QStringConverter::Utf16LE) << int(CsvFormat::Encoding::Utf16LE);
    QTest::newRow("BE") << int(QStringConverter::Utf16BE) << int(CsvFormat::Encoding::Utf16BE);
}

void TestCsv::readsUtf16WithBom()
{
    QFETCH(int, encoding);
    QFETCH(int, expected);
    const QString text =
        QStringLiteral("\uFEFFemail\tname\r\nann@example.com\tZoë\r\nbob@example.com\t東京\r\n");
    const ReadResult result = readAll(encode(text, QStringConverter::Encoding(encoding)));
    QCOMPARE(result.records, kLeads);
    QCOMPARE(int(result.format.encoding), expected);
    QVERIFY(result.format.hadBom);
    QCOMPARE(result.format.delimiter, QLatin1Char('\t'));
}

void TestCsv::readsUtf16WithoutBom_data()
{
    readsUtf16WithBom_data();
}

void TestCsv::readsUtf16WithoutBom()
{
    QFETCH(int, encoding);
    QFETCH(int, expected);
    const QString text = QStringLiteral("email,name\nann@example.com,Zoë\nbob@example.com,東京\n");
    const ReadResult result = readAll(encode(text, QStringConverter::Encoding(encoding)));
    QCOMPARE(result.error, QString());
    QCOMPARE(result.records, kLeads);
    QCOMPARE(int(result.format.encoding), expected);
    QVERIFY(!result.format.hadBom);
}

void TestCsv::fallsBackToWindows1252()
{
    // Excel on Windows saves "CSV (comma delimited)" in the ANSI code page.
    const ReadResult result = readAll("name;city;note\r\nM\xFCller;K\xF6ln;\x93quoted\x94 \x80 5\r\n");
    QCOMPARE(result.format.encoding, CsvFormat::Encoding::Latin1);
    QCOMPARE(result.records.size(), 2);
    QCOMPARE(result.records[1], row({"Müller", "Köln", "“quoted” € 5"}));

    // É (0xC9) looks like the start of a UTF-8 character, but the file ends there.
    const ReadResult cafe = readAll("name\nCAF\xC9");
    QCOMPARE(cafe.format.encoding, CsvFormat::Encoding::Latin1);
    QCOMPARE(cafe.records.last(), row({"CAFÉ"}));
}

void TestCsv::detectsDelimiter_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QChar>("delimiter");
    // Each file has the other candidates inside its values, and some inside quotes.
    QTest::newRow("comma") << QByteArray("name,note\nAnn,a;b|c\n\"Lee, Bob\",\"x\ty\"\n") << QChar(u',');
    QTest::newRow("semicolon") << QByteArray("name;amount\n\"Smith; John\";1,5\nAnn;2,0\n") << QChar(u';');
    QTest::newRow("tab") << QByteArray("name\tnote\nAnn\thello, world\nBob\t\"a\tb\"\n") << QChar(u'\t');
    QTest::newRow("pipe") << QByteArray("name|tags\nAnn|a,b\nBob|c;d\n") << QChar(u'|');
    QTest::newRow("one column") << QByteArray("email\nann@example.com\n") << QChar(u',');
}

void TestCsv::detectsDelimiter()
{
    QFETCH(QByteArray, text);
    QFETCH(QChar, delimiter);
    const ReadResult result = readAll(text);
    QCOMPARE(result.format.delimiter, delimiter);
    for (const QStringList& record : result.records) {
        QCOMPARE(record.size(), result.records.first().size());
    }
}

void TestCsv::honoursExcelSepLine()
{
    const ReadResult result = readAll("sep=;\r\nname;amount\r\nAnn;1,5\r\n");
    QCOMPARE(result.format.delimiter, QLatin1Char(';'));
    QCOMPARE(result.records, QList<QStringList>({row({"name", "amount"}), row({"Ann", "1,5"})}));
    QCOMPARE(result.lines, QList<qint64>({2, 3}));
}

void TestCsv::quotedFieldsKeepDelimitersNewlinesAndQuotes()
{
    const ReadResult result = readAll("name,note,empty\r\n"
                                      "\"Lee, Ann\",\"line one\r\nline two\nline three\",\"\"\r\n"
                                      "\"say \"\"hi\"\"\",\"\"\"\",x\r\n");
    QCOMPARE(result.records.size(), 3);
    QCOMPARE(result.records[1], row({"Lee, Ann", "line one\r\nline two\nline three", ""}));
    QCOMPARE(result.records[2], row({"say \"hi\"", "\"", "x"}));
    QCOMPARE(result.recordErrors, QStringList({QString(), QString(), QString()}));
}

void TestCsv::acceptsEveryLineEnd_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("CRLF") << QByteArray("a,b\r\nc,d\r\n");
    QTest::newRow("LF") << QByteArray("a,b\nc,d\n");
    QTest::newRow("CR (old Mac Excel)") << QByteArray("a,b\rc,d\r");
    QTest::newRow("no trailing line end") << QByteArray("a,b\r\nc,d");
    QTest::newRow("mixed") << QByteArray("a,b\rc,d\n");
}

void TestCsv::acceptsEveryLineEnd()
{
    QFETCH(QByteArray, text);
    const ReadResult result = readAll(text);
    QCOMPARE(result.records, QList<QStringList>({row({"a", "b"}), row({"c", "d"})}));
    QCOMPARE(result.lines, QList<qint64>({1, 2}));
}

void TestCsv::skipsBlankLines()
{
    const ReadResult result = readAll("\r\n\na,b\r\n\r\n\rc,d\n\n");
    QCOMPARE(result.records, QList<QStringList>({row({"a", "b"}), row({"c", "d"})}));
    QCOMPARE(result.lines, QList<qint64>({3, 6}));
}

void TestCsv::headerOnlyAndEmptyFiles()
{
    const ReadResult header = readAll("email,first_name,last_name\r\n");
    QCOMPARE(header.records, QList<QStringList>({row({"email", "first_name", "last_name"})}));
    QCOMPARE(header.error, QString());

    const ReadResult empty = readAll(QByteArray());
    QVERIFY(empty.records.isEmpty());
    QCOMPARE(empty.error, QString());
}

void TestCsv::unterminatedQuoteRunsToEndOfFile()
{
    const ReadResult result = readAll("a,b\nc,\"never closed\nd,e\n");
    QCOMPARE(result.records.size(), 2);
    QCOMPARE(result.records[1], row({"c", "never closed\nd,e\n"}));
    QVERIFY(result.recordErrors[0].isEmpty());
    QVERIFY2(result.recordErrors[1].contains(QLatin1String("not closed")),
             qPrintable(result.recordErrors[1]));
    QCOMPARE(result.error, QString());
}

void TestCsv::strayQuoteInUnquotedFieldIsKept()
{
    const ReadResult result = readAll("name,size\nTV 5\" screen,big\n\"x\"y,z\n");
    QCOMPARE(result.records[1], row({"TV 5\" screen", "big"}));
    QCOMPARE(result.records[2], row({"xy", "z"})); // text after a closing quote is kept
    QCOMPARE(result.recordErrors, QStringList({QString(), QString(), QString()}));
}

void TestCsv::overLongFieldIsARowErrorAndReadingGoesOn()
{
    const QByteArray longest(CsvReader::kMaxFieldChars, 'x');
    const ReadResult result = readAll("a,b\n" + longest + ",1\n\"" + longest + "y\",2\nc,d\n");
    QCOMPARE(result.records.size(), 4);
    QCOMPARE(result.records[1][0].size(), CsvReader::kMaxFieldChars);
    QVERIFY(result.recordErrors[1].isEmpty());
    QVERIFY2(result.recordErrors[2].contains(QString::number(CsvReader::kMaxFieldChars)),
             qPrintable(result.recordErrors[2]));
    QCOMPARE(result.lines[2], 3);
    QCOMPARE(result.records[3], row({"c", "d"}));
    QVERIFY(result.recordErrors[3].isEmpty());
}

void TestCsv::tooManyFieldsIsARowErrorAndReadingGoesOn()
{
    QByteArray most = "x";
    for (int i = 1; i < CsvReader::kMaxFields; ++i) {
        most += ",x";
    }
    const ReadResult result = readAll("a,b\n" + most + "\n" + most + ",y\nc,d\n");
    QCOMPARE(result.records.size(), 4);
    QCOMPARE(result.records[1].size(), CsvReader::kMaxFields);
    QVERIFY(result.recordErrors[1].isEmpty());
    QVERIFY2(result.recordErrors[2].contains(QString::number(CsvReader::kMaxFields)),
             qPrintable(result.recordErrors[2]));
    QCOMPARE(result.records[3], row({"c", "d"}));
    QVERIFY(result.recordErrors[3].isEmpty());
}

void TestCsv::refusesBinaryFile()
{
    const QByteArray png("\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0", 29);
    const ReadResult result = readAll(png);
    QVERIFY(result.records.isEmpty());
    QVERIFY2(result.error.contains(QLatin1String("looks like a binary file, not CSV")),
             qPrintable(result.error));

    // A stray NUL does not make a text file UTF-16.
    const ReadResult stray = readAll(QByteArray("email,name\nann@example.com,A") + '\0' + "n\n");
    QVERIFY(stray.records.isEmpty());
    QVERIFY2(stray.error.contains(QLatin1String("binary")), qPrintable(stray.error));

    // From a file, the message names it.
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("leads.xlsx")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(png);
    file.close();
    QVERIFY(file.open(QIODevice::ReadOnly));
    CsvReader reader(file);
    QStringList fields;
    QVERIFY(!reader.readRecord(fields));
    QCOMPARE(reader.errorString(), QStringLiteral("“leads.xlsx” looks like a binary file, not CSV."));
}

void TestCsv::refusesBinaryDataLaterInTheFile()
{
    QByteArray text = "email,name\n";
    while (text.size() <= CsvReader::kSniffBytes) {
        text += "ann@example.com,Ann\n";
    }
    const qsizetype rows = text.count('\n');
    text += QByteArray("bob@example.com,B\0b\n", 20);
    const ReadResult result = readAll(text);
    QCOMPARE(result.records.size(), rows); // all rows before the NUL
    QVERIFY2(result.error.contains(QLatin1String("binary")), qPrintable(result.error));
}

void TestCsv::refusesInvalidUtf8InAUtf8File()
{
    // The BOM says UTF-8, so there is no Latin-1 fallback; the message says where.
    const ReadResult result = readAll("\xEF\xBB\xBF"
                                      "a,b\nc,d\ne,M\xFCller\n");
    QCOMPARE(result.records.size(), 2);
    QVERIFY2(result.error.contains(QLatin1String("Line 3 ")), qPrintable(result.error));
    QVERIFY2(result.error.contains(QLatin1String("UTF-8")), qPrintable(result.error));

    // A file cut off inside a character: the last row is not imported half-read.
    const ReadResult cut = readAll("\xEF\xBB\xBF"
                                   "a,b\nc,M\xC3");
    QCOMPARE(cut.records, QList<QStringList>({row({"a", "b"})}));
    QVERIFY2(cut.error.contains(QLatin1String("Line 2 ")), qPrintable(cut.error));
}

void TestCsv::reportsReadError()
{
    FailingDevice device;
    device.open(QIODevice::ReadOnly);
    CsvReader reader(device);
    QStringList fields;
    QVERIFY(!reader.readRecord(fields));
    QVERIFY2(reader.errorString().contains(QLatin1String("Input/output error")),
             qPrintable(reader.errorString()));
}

void TestCsv::recordLineCountsLinesInsideQuotedFields()
{
    const ReadResult result = readAll("email,note\r\n"
                                      "ann@example.com,\"first\r\nsecond\rthird\nfourth\"\r\n"
                                      "bob@example.com,x\r\n");
    QCOMPARE(result.lines, QList<qint64>({1, 2, 6}));
}

void TestCsv::survivesChunkBoundaries_data()
{
    // The reader reads 64 KiB first, then 1 MiB at a time: whatever is cut by a boundary must
    // come out whole.
    QTest::addColumn<qsizetype>("boundary");
    QTest::addColumn<QByteArray>("tail");  // the end of a row: a delimiter, a value, a line end
    QTest::addColumn<qsizetype>("cutAt");  // index in tail of the last byte before the boundary
    QTest::addColumn<QString>("expected"); // the value
    const qsizetype boundaries[] = {CsvReader::kSniffBytes, CsvReader::kSniffBytes + CsvReader::kChunkBytes};
    for (const qsizetype boundary : boundaries) {
        const QByteArray at = boundary == CsvReader::kSniffBytes ? " at 64 KiB" : " at 64 KiB + 1 MiB";
        QTest::newRow("ü" + at) << boundary << QByteArray(",M\xC3\xBCller\r\n") << qsizetype(2)
                                << QStringLiteral("Müller");
        QTest::newRow("€" + at) << boundary << QByteArray(",\xE2\x82\xAC\r\n") << qsizetype(2)
                                << QStringLiteral("€");
        QTest::newRow("emoji" + at) << boundary << QByteArray(",\xF0\x9F\x98\x80\r\n") << qsizetype(1)
                                    << QStringLiteral("😀");
        QTest::newRow("CRLF" + at) << boundary << QByteArray(",end\r\n") << qsizetype(4)
                                   << QStringLiteral("end");
        QTest::newRow("CRLF in quotes" + at)
            << boundary << QByteArray(",\"a,\r\nb\"\r\n") << qsizetype(4) << QStringLiteral("a,\r\nb");
        QTest::newRow("doubled quote" + at)
            << boundary << QByteArray(",\"x\"\"y\"\r\n") << qsizetype(3) << QStringLiteral("x\"y");
    }
}

void TestCsv::survivesChunkBoundaries()
{
    QFETCH(qsizetype, boundary);
    QFETCH(QByteArray, tail);
    QFETCH(qsizetype, cutAt);
    QFETCH(QString, expected);

    QByteArray text = "name,value\r\n";
    qsizetype rows = 1;
    while (text.size() < boundary - 64) {
        text += "Ann,filler\r\n";
        ++rows;
    }
    // Pad the row's first value so that tail[cutAt] is the last byte before the boundary.
    const qsizetype pad = boundary - 1 - cutAt - text.size();
    text += QByteArray(pad, 'y') + tail;
    const qint64 lastLine = text.count('\n') + 1;
    text += "last,row\r\n";
    QCOMPARE(text.at(boundary - 1), tail.at(cutAt));

    const ReadResult result = readAll(text);
    QCOMPARE(result.error, QString());
    QCOMPARE(result.records.size(), rows + 2);
    QCOMPARE(result.records[rows], QStringList({QString(pad, u'y'), expected}));
    QCOMPARE(result.records.last(), row({"last", "row"}));
    QCOMPARE(result.lines.last(), lastLine);
    QVERIFY(result.recordErrors.join(QString()).isEmpty());
}

void TestCsv::reportsProgressUpToTheFileSize()
{
    QByteArray text;
    for (int i = 0; i < 60000; ++i) {
        text += "ann" + QByteArray::number(i) + "@example.com,Zoë\r\n";
    }
    QBuffer buffer(&text);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer);
    QStringList fields;
    qint64 last = 0;
    int steps = 0;
    while (reader.readRecord(fields)) {
        QVERIFY(reader.bytesConsumed() >= last);
        steps += reader.bytesConsumed() > last ? 1 : 0;
        last = reader.bytesConsumed();
    }
    QCOMPARE(last, text.size());
    QVERIFY(steps > 100); // the bar moves during the file, not only at the end
}

void TestCsv::neutralisesFormulaCells_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("written");
    QTest::newRow("=") << QStringLiteral("=HYPERLINK(\"http://x\")")
                       << QStringLiteral("'=HYPERLINK(\"http://x\")");
    QTest::newRow("+") << QStringLiteral("+1 555 0100") << QStringLiteral("'+1 555 0100");
    QTest::newRow("-") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
    QTest::newRow("@") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
    QTest::newRow("CR") << QStringLiteral("\r=1") << QStringLiteral("'\r=1");
    QTest::newRow("plain") << QStringLiteral("Ann = Bob") << QStringLiteral("Ann = Bob");
    QTest::newRow("empty") << QString() << QString();
}

void TestCsv::neutralisesFormulaCells()
{
    QFETCH(QString, cell);
    QFETCH(QString, written);
    QCOMPARE(CsvWriter::neutralise(cell), written);
}

void TestCsv::writesExpectedBytes()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(buffer);
    writer.writeRecord(row({"email", "name", "note"}));
    writer.writeRecord(row({"ann@example.com", "Zoë", "say \"hi\", ok"}));
    writer.writeRecord(row({"bob@example.com", "", "=1+2"}));
    writer.writeRecord(row({""}));
    QVERIFY(writer.flush());
    QCOMPARE(buffer.data(), QByteArray("email,name,note\r\n"
                                       "ann@example.com,Zo\xC3\xAB,\"say \"\"hi\"\", ok\"\r\n"
                                       "bob@example.com,,'=1+2\r\n"
                                       "\"\"\r\n"));
}

void TestCsv::writesBomOnRequest()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(buffer);
    writer.setBom(true);
    writer.writeRecord(row({"a", "b"}));
    QVERIFY(writer.flush());
    QCOMPARE(buffer.data(), QByteArray("\xEF\xBB\xBF"
                                       "a,b\r\n"));
}

void TestCsv::roundTripsHostileValues()
{
    const QList<QStringList> records = {
        row({"sep=;", "name", "note"}),
        row({"=cmd|' /C calc'!A0", "Lee, \"Ann\"", "line one\r\nline two\nthree\rfour"}),
        row({"+33 1 23", "-5", "@SUM(A1)"}),
        row({"\ttab", "\"", ""}),
        row({"", "", ""}),
        row({"Zoë 東京 😀", ",", "\"\""}),
    };
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        CsvWriter writer(buffer);
        for (const QStringList& record : records) {
            writer.writeRecord(record);
        }
        QVERIFY(writer.flush());
    }
    const ReadResult result = readAll(buffer.data());
    QCOMPARE(result.format.delimiter, QLatin1Char(','));
    QCOMPARE(result.records.size(), records.size());
    for (qsizetype r = 0; r < records.size(); ++r) {
        for (qsizetype f = 0; f < records[r].size(); ++f) {
            QCOMPARE(result.records[r][f], CsvWriter::neutralise(records[r][f]));
        }
    }
    QCOMPARE(result.records[2], row({"'+33 1 23", "'-5", "'@SUM(A1)"}));
}

void TestCsv::reportsFullDisk()
{
    QFile full(QStringLiteral("/dev/full"));
    if (!full.open(QIODevice::WriteOnly)) {
        QSKIP("/dev/full is not available here");
    }
    CsvWriter writer(full);
    writer.writeRecord(row({"email", "name"}));
    QVERIFY(!writer.flush());
    QVERIFY2(writer.errorString().contains(QLatin1String("No space left")), qPrintable(writer.errorString()));
}

QTEST_GUILESS_MAIN(TestCsv)
#include "test_csv.moc"
