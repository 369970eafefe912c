#pragma once

#include <QByteArray>
#include <QChar>
#include <QCoreApplication>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

class QIODevice;

namespace leadbox {

// How a CSV file is written: what the reader found by sniffing, or what a caller imposes.
struct CsvFormat
{
    enum class Encoding
    {
        Utf8,
        Utf16LE,
        Utf16BE,
        Latin1, // decoded as Windows-1252, whose printable characters are a superset of Latin-1's
    };
    Encoding encoding = Encoding::Utf8;
    bool hadBom = false;
    QChar delimiter = QLatin1Char(',');
};

// Reads CSV records as spreadsheets, HubSpot, Mailchimp and Google Contacts export them (RFC 4180
// quoting, any line end), one record at a time, from a device it reads in 1 MiB chunks.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    static constexpr int kMaxFieldChars = 32 * 1024; // a longer field is an error for that row
    static constexpr int kMaxFields = 512;           // more fields in a row are an error for that row
    static constexpr qsizetype kSniffBytes = 64 * 1024;
    static constexpr qsizetype kChunkBytes = 1024 * 1024;

    // The device is already open. Sniffs encoding and delimiter from its first 64 KiB; an Excel
    // "sep=;" first line sets the delimiter and is skipped.
    explicit CsvReader(QIODevice& device);
    // Reads with a known encoding and delimiter (say, the user's choice in the import dialog).
    // A byte order mark of that encoding at the start is still skipped; a quote or line end as
    // the delimiter is taken as a comma.
    CsvReader(QIODevice& device, const CsvFormat& format);
    CsvReader(const CsvReader&) = delete;
    CsvReader& operator=(const CsvReader&) = delete;

    const CsvFormat& format() const { return m_format; }

    // Reads the next record into fields. Returns false at the end of the input or on a fatal
    // error (then errorString() is set). Blank lines are skipped, never returned.
    bool readRecord(QStringList& fields);

    // 1-based physical line where the last record started (for "line 17: …" messages).
    qint64 recordLine() const { return m_recordLine; }
    // Bytes of the device consumed so far, for progress bars (estimated within the current chunk).
    qint64 bytesConsumed() const;
    // Non-empty when the last record was read but is bad (field too long, too many fields,
    // unclosed quote); reading can go on with the next record.
    QString recordError() const { return m_recordError; }
    // Fatal: the file looks binary, is not valid in its encoding, or could not be read.
    QString errorString() const { return m_error; }

private:
    enum class Fill
    {
        Data,
        End,
        Fatal
    };
    enum class BadData
    {
        None,
        Binary,  // a NUL character
        Invalid, // bytes that are not valid in the encoding
    };

    void start(const CsvFormat* imposed);
    qsizetype readChunk(QByteArray& into, qsizetype most);
    bool sniffEncoding(const QByteArray& sample);
    void startDecoding(QByteArrayView sample, qsizetype bom);
    void decodeChunk(QByteArrayView bytes, qint64 bytesBefore);
    qsizetype loneSurrogate();
    void sniffDelimiter(const QByteArray& sample);
    bool skipSepLine();
    Fill refill();
    bool endsInsideACharacter();
    bool skipToRecordStart();
    void appendSegment(qsizetype from, qsizetype to);
    void finishField(QStringList& fields, qsizetype from, qsizetype to);
    void endLine();
    void fail(const QString& message);
    QString binaryFileMessage() const;
    QString invalidTextMessage() const;

    QIODevice& m_device;
    CsvFormat m_format;
    QStringDecoder m_decoder;
    QByteArray m_raw; // reused read buffer
    QString m_buf;    // decoded text of the current chunk
    const char16_t* m_data = nullptr;
    qsizetype m_pos = 0;
    qsizetype m_end = 0;               // end of the usable text: the chunk's end, or where bad data starts
    BadData m_badData = BadData::None; // what starts at m_end when it is not the chunk's end
    bool m_deviceAtEnd = false;
    bool m_endChecked = false;         // whether the file ended in the middle of a character
    bool m_highSurrogateEnded = false; // the last UTF-16 chunk ended with half a surrogate pair

    qint64 m_bytesRead = 0; // from the device, in total
    qint64 m_chunkStartBytes = 0;
    qint64 m_chunkBytes = 0;

    qint64 m_line = 1; // physical line of m_pos
    qint64 m_recordLine = 0;
    bool m_afterCr = false; // the last character consumed was a CR that ended a line

    QString m_field; // the current field's text saved across chunk boundaries and "" escapes
    qsizetype m_fieldLength = 0;
    int m_fieldCount = 0;

    QString m_recordError;
    QString m_error;
};

} // namespace leadbox
