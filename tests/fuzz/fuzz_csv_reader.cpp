// libFuzzer entry point: any bytes go through CsvReader, which must keep the promises its callers
// rely on; whatever it reads must then survive a round trip through CsvWriter and back.
#include "models/csv/CsvReader.h"
#include "models/csv/CsvWriter.h"

#include <QBuffer>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using leadbox::CsvFormat;
using leadbox::CsvReader;
using leadbox::CsvWriter;

namespace {

[[noreturn]] void broken(const char* promise)
{
    std::fprintf(stderr, "CsvReader broke a promise: %s\n", promise);
    std::abort();
}

void check(bool kept, const char* promise)
{
    if (!kept) {
        broken(promise);
    }
}

QList<QStringList> readAll(CsvReader& reader, qint64 size)
{
    QList<QStringList> records;
    QStringList fields;
    qint64 lastLine = 0;
    qint64 lastBytes = 0;
    while (reader.readRecord(fields)) {
        check(!fields.isEmpty() && fields.size() <= CsvReader::kMaxFields, "1 to kMaxFields fields");
        for (const QString& field : std::as_const(fields)) {
            check(field.size() <= CsvReader::kMaxFieldChars, "no field over kMaxFieldChars");
            check(!field.contains(QChar(0)), "no NUL characters");
        }
        check(reader.recordLine() > lastLine, "records start on increasing lines");
        lastLine = reader.recordLine();
        check(reader.bytesConsumed() >= lastBytes && reader.bytesConsumed() <= size,
              "bytesConsumed() grows and stays within the input");
        lastBytes = reader.bytesConsumed();
        records.append(fields);
    }
    check(fields.isEmpty(), "no fields when readRecord() fails");
    return records;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto length = static_cast<qsizetype>(size);
    QBuffer input;
    input.setData(QByteArray::fromRawData(reinterpret_cast<const char*>(data), length));
    input.open(QIODevice::ReadOnly);
    CsvReader reader(input);
    const QList<QStringList> records = readAll(reader, length);

    QBuffer output;
    output.open(QIODevice::WriteOnly);
    {
        CsvWriter writer(output);
        for (const QStringList& record : records) {
            writer.writeRecord(record);
        }
        check(writer.flush(), "writing to memory succeeds");
    }
    output.close();
    output.open(QIODevice::ReadOnly);
    const CsvFormat written{CsvFormat::Encoding::Utf8, false, QLatin1Char(',')};
    CsvReader rereader(output, written);
    const QList<QStringList> readBack = readAll(rereader, output.size());

    check(readBack.size() == records.size(), "the writer's output reads back as many records");
    for (qsizetype r = 0; r < records.size(); ++r) {
        check(readBack[r].size() == records[r].size(), "a record reads back with as many fields");
        for (qsizetype f = 0; f < records[r].size(); ++f) {
            QString expected = CsvWriter::neutralise(records[r][f]);
            if (expected.size() > CsvReader::kMaxFieldChars) { // the apostrophe made it too long
                expected.clear();
            }
            check(readBack[r][f] == expected, "a field reads back as written, neutralised");
        }
    }
    return 0;
}
