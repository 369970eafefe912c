#include "models/csv/CsvReader.h"

#include <QBuffer>
#include <QFileDevice>
#include <QFileInfo>
#include <QIODevice>
#include <algorithm>
#include <optional>

namespace leadbox {
namespace {

constexpr int kSniffRecords = 100;

// Windows-1252's characters for bytes 0x80-0x9F, where Latin-1 has invisible C1 controls. Excel
// on Windows writes curly quotes, dashes and the euro sign from this range.
constexpr char16_t kWindows1252[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

// Indexed by CsvFormat::Encoding. Latin-1 has no byte order mark and is decoded by hand.
constexpr QStringConverter::Encoding kConverters[] = {QStringConverter::Utf8, QStringConverter::Utf16LE,
                                                      QStringConverter::Utf16BE, QStringConverter::Latin1};
constexpr const char* kBoms[] = {"\xEF\xBB\xBF", "\xFF\xFE", "\xFE\xFF", ""};

qsizetype bomLength(QByteArrayView bytes, CsvFormat::Encoding encoding)
{
    const QByteArrayView bom(kBoms[static_cast<int>(encoding)]);
    return !bom.isEmpty() && bytes.startsWith(bom) ? bom.size() : 0;
}

bool isLineEnd(char16_t c)
{
    return c == u'\n' || c == u'\r';
}

// UTF-16 without a byte order mark: ASCII characters (delimiters, line ends, most emails) have
// a NUL byte, always on the same side. Anything else with NUL bytes is not text.
std::optional<CsvFormat::Encoding> utf16FromNulBytes(QByteArrayView sample)
{
    qsizetype evenZeros = 0;
    qsizetype oddZeros = 0;
    for (qsizetype i = 0; i + 1 < sample.size(); i += 2) {
        if (sample[i] == 0 && sample[i + 1] == 0) {
            return std::nullopt;
        }
        evenZeros += sample[i] == 0 ? 1 : 0;
        oddZeros += sample[i + 1] == 0 ? 1 : 0;
    }
    const qsizetype enough =
        std::max<qsizetype>(1, (sample.size() / 2 + 7) / 8); // an eighth of the characters
    if (oddZeros >= enough && evenZeros * 8 <= oddZeros) {
        return CsvFormat::Encoding::Utf16LE;
    }
    if (evenZeros >= enough && oddZeros * 8 <= evenZeros) {
        return CsvFormat::Encoding::Utf16BE;
    }
    return std::nullopt;
}

} // namespace

CsvReader::CsvReader(QIODevice& device)
    : m_device(device)
{
    start(nullptr);
}

CsvReader::CsvReader(QIODevice& device, const CsvFormat& format)
    : m_device(device)
{
    start(&format);
}

void CsvReader::start(const CsvFormat* imposed)
{
    QByteArray sample;
    const qsizetype read = readChunk(sample, kSniffBytes);
    if (read < 0) {
        return;
    }
    sample.truncate(read);
    if (imposed == nullptr) {
        if (sniffEncoding(sample) && !skipSepLine()) {
            sniffDelimiter(sample);
        }
        return;
    }
    m_format = *imposed;
    const char16_t delimiter = m_format.delimiter.unicode();
    if (delimiter == u'"' || isLineEnd(delimiter)) {
        m_format.delimiter = QLatin1Char(',');
    }
    startDecoding(sample, bomLength(sample, m_format.encoding));
}

qsizetype CsvReader::readChunk(QByteArray& into, qsizetype most)
{
    // Files and buffers know their size, so a small file gets a small buffer.
    const qint64 available = m_device.isSequential() ? 0 : m_device.bytesAvailable();
    into.resize(available > 0 && available < most ? static_cast<qsizetype>(available) : most);
    qsizetype filled = 0;
    while (filled < into.size()) {
        const qint64 n = m_device.read(into.data() + filled, into.size() - filled);
        if (n < 0) {
            fail(tr("Could not read the file: %1").arg(m_device.errorString()));
            return -1;
        }
        if (n == 0) {
            break;
        }
        filled += static_cast<qsizetype>(n);
    }
    m_deviceAtEnd = filled < into.size() || (!m_device.isSequential() && m_device.atEnd());
    m_bytesRead += filled;
    return filled;
}

bool CsvReader::sniffEncoding(const QByteArray& sample)
{
    using Encoding = CsvFormat::Encoding;
    qsizetype bom = 0;
    m_format.encoding = Encoding::Utf8;
    for (const Encoding encoding : {Encoding::Utf8, Encoding::Utf16LE, Encoding::Utf16BE}) {
        if (bom == 0 && (bom = bomLength(sample, encoding)) > 0) {
            m_format.encoding = encoding;
        }
    }
    const bool guessUtf16 = bom == 0 && sample.contains('\0');
    if (guessUtf16) {
        const std::optional<Encoding> utf16 = utf16FromNulBytes(sample);
        if (!utf16) {
            fail(binaryFileMessage());
            return false;
        }
        m_format.encoding = *utf16;
    }
    startDecoding(sample, bom);
    // Not UTF-8 if the sample has invalid bytes, or is the whole file and ends inside a character.
    if (m_format.encoding == Encoding::Utf8 && !m_format.hadBom &&
        (m_decoder.hasError() || (m_deviceAtEnd && endsInsideACharacter()))) {
        m_format.encoding = Encoding::Latin1;
        startDecoding(sample, bom);
    }
    // Little-endian 16-bit binary data fits the NUL pattern too; text has few control characters.
    const auto isControl = [](QChar c) {
        return c.unicode() < 0x20 && c != QLatin1Char('\t') && !isLineEnd(c.unicode());
    };
    if (guessUtf16 && std::count_if(m_buf.cbegin(), m_buf.cend(), isControl) * 16 > m_buf.size()) {
        fail(binaryFileMessage());
        return false;
    }
    return true;
}

void CsvReader::startDecoding(QByteArrayView sample, qsizetype bom)
{
    m_format.hadBom = bom > 0;
    // The reader skips the byte order mark itself; any later U+FEFF is text.
    m_decoder = QStringDecoder(kConverters[static_cast<int>(m_format.encoding)],
                               QStringConverter::Flag::ConvertInitialBom);
    decodeChunk(sample.sliced(bom), bom);
}

void CsvReader::decodeChunk(QByteArrayView bytes, qint64 bytesBefore)
{
    m_chunkStartBytes = bytesBefore;
    m_chunkBytes = bytes.size();
    if (m_format.encoding == CsvFormat::Encoding::Latin1) {
        m_buf.resize(bytes.size());
        char16_t* out = reinterpret_cast<char16_t*>(m_buf.data());
        for (const char byte : bytes) {
            const auto b = static_cast<uchar>(byte);
            *out++ = b >= 0x80 && b < 0xA0 ? kWindows1252[b - 0x80] : char16_t{b};
        }
    } else {
        m_buf.resize(m_decoder.requiredSpace(bytes.size()));
        const QChar* end = m_decoder.appendToBuffer(m_buf.data(), bytes);
        m_buf.resize(end - m_buf.constData());
    }
    m_data = reinterpret_cast<const char16_t*>(m_buf.constData());
    m_pos = 0;
    m_end = m_buf.size();
    m_badData = BadData::None;

    // Bad data ends the usable text where it starts; reaching it is fatal (see refill()).
    const qsizetype nul = m_buf.indexOf(QChar(0));
    if (nul >= 0) {
        m_end = nul;
        m_badData = BadData::Binary;
    }
    if (m_format.encoding == CsvFormat::Encoding::Utf16LE ||
        m_format.encoding == CsvFormat::Encoding::Utf16BE) {
        const qsizetype lone = loneSurrogate();
        if (lone >= 0 && lone < m_end) {
            m_end = lone;
            m_badData = BadData::Invalid;
        }
    }
    if (m_decoder.hasError() && m_format.encoding != CsvFormat::Encoding::Latin1) {
        // The decoder does not say where; its first replacement character is the best guess.
        const qsizetype invalid = m_buf.indexOf(QChar(QChar::ReplacementCharacter));
        const qsizetype at = invalid >= 0 ? invalid : m_buf.size();
        if (m_badData == BadData::None || at < m_end) {
            m_end = std::min(m_end, at);
            m_badData = BadData::Invalid;
        }
    }
}

qsizetype CsvReader::loneSurrogate()
{
    // Qt's UTF-16 decoder passes unpaired surrogates through; no text editor writes them. A
    // high surrogate that ends one chunk pairs with the low one that starts the next.
    const qsizetype size = m_buf.size();
    qsizetype i = 0;
    if (m_highSurrogateEnded && size > 0) {
        m_highSurrogateEnded = false;
        if (!QChar::isLowSurrogate(m_data[0])) {
            return 0;
        }
        i = 1;
    }
    for (; i < size; ++i) {
        const char16_t c = m_data[i];
        if (!QChar::isSurrogate(c)) {
            continue;
        }
        if (QChar::isLowSurrogate(c)) {
            return i;
        }
        if (i + 1 == size) {
            m_highSurrogateEnded = true;
        } else if (!QChar::isLowSurrogate(m_data[++i])) {
            return i - 1;
        }
    }
    return -1;
}

void CsvReader::sniffDelimiter(const QByteArray& sample)
{
    // Each candidate splits the sample's first records with the reader's own rules. The one that
    // gives the most consistent field count above one wins; ties go to more fields, then to the
    // order below.
    static constexpr char16_t kCandidates[] = {u',', u';', u'\t', u'|'};
    double bestConsistency = 0;
    int bestFields = 1;
    for (const char16_t candidate : kCandidates) {
        QBuffer buffer;
        buffer.setData(sample);
        buffer.open(QIODevice::ReadOnly);
        CsvReader probe(buffer, CsvFormat{m_format.encoding, m_format.hadBom, QChar(candidate)});
        QList<qsizetype> counts;
        QStringList fields;
        while (counts.size() < kSniffRecords && probe.readRecord(fields)) {
            counts.append(fields.size());
        }
        if (!m_deviceAtEnd && counts.size() > 1 && counts.size() < kSniffRecords) {
            counts.removeLast(); // cut off by the end of the sample
        }
        qsizetype mode = 1;
        qsizetype modeCount = 0;
        for (const qsizetype count : std::as_const(counts)) {
            const qsizetype same = counts.count(count);
            if (same > modeCount || (same == modeCount && count > mode)) {
                mode = count;
                modeCount = same;
            }
        }
        if (mode <= 1) {
            continue;
        }
        const double consistency = static_cast<double>(modeCount) / static_cast<double>(counts.size());
        if (consistency > bestConsistency || (consistency == bestConsistency && mode > bestFields)) {
            bestConsistency = consistency;
            bestFields = static_cast<int>(mode);
            m_format.delimiter = QChar(candidate);
        }
    }
}

bool CsvReader::skipSepLine()
{
    // Excel writes and honours a first line "sep=;" naming the delimiter.
    const QStringView text(m_data, m_end);
    if (text.size() < 5 || !text.startsWith(QLatin1String("sep="))) {
        return false;
    }
    const char16_t delimiter = text[4].unicode();
    const bool lineEnds = text.size() == 5 ? m_deviceAtEnd : isLineEnd(text[5].unicode());
    if (delimiter == u'"' || isLineEnd(delimiter) || !lineEnds) {
        return false;
    }
    m_format.delimiter = QChar(delimiter);
    m_pos = 5;
    if (m_pos < m_end) {
        endLine();
    } else {
        ++m_line;
    }
    return true;
}

CsvReader::Fill CsvReader::refill()
{
    for (;;) {
        if (m_badData != BadData::None) {
            fail(m_badData == BadData::Binary ? binaryFileMessage() : invalidTextMessage());
            return Fill::Fatal;
        }
        if (m_deviceAtEnd) {
            if (m_endChecked) {
                return Fill::End;
            }
            m_endChecked = true;
            if (endsInsideACharacter()) {
                m_badData = BadData::Invalid;
            }
            continue;
        }
        const qint64 before = m_bytesRead;
        const qsizetype n = readChunk(m_raw, kChunkBytes);
        if (n < 0) {
            return Fill::Fatal;
        }
        decodeChunk(QByteArrayView(m_raw.constData(), n), before);
        if (m_end > 0) {
            return Fill::Data;
        }
    }
}

bool CsvReader::endsInsideACharacter()
{
    if (m_format.encoding == CsvFormat::Encoding::Latin1) {
        return false;
    }
    // A character cut off by the end of the file is held by the decoder; a line end pushed
    // after it comes out as exactly one newline only if nothing was held.
    static constexpr char kNewline[3][2] = {{'\n', 0}, {'\n', 0}, {0, '\n'}};
    const int index = static_cast<int>(m_format.encoding);
    const qsizetype width = m_format.encoding == CsvFormat::Encoding::Utf8 ? 1 : 2;
    const QString tail = m_decoder.decode(QByteArrayView(kNewline[index], width));
    return tail != QLatin1String("\n") || m_decoder.hasError() || m_highSurrogateEnded;
}

bool CsvReader::skipToRecordStart()
{
    for (;;) {
        if (m_pos == m_end && refill() != Fill::Data) {
            return false;
        }
        const char16_t c = m_data[m_pos];
        if (c == u'\n') {
            m_line += m_afterCr ? 0 : 1;
            m_afterCr = false;
        } else if (c == u'\r') {
            ++m_line;
            m_afterCr = true;
        } else {
            m_afterCr = false;
            return true;
        }
        ++m_pos;
    }
}

bool CsvReader::readRecord(QStringList& fields)
{
    fields.clear();
    m_recordError.clear();
    if (!m_error.isEmpty() || !skipToRecordStart()) {
        return false;
    }
    m_recordLine = m_line;
    m_field.clear();
    m_fieldLength = 0;
    m_fieldCount = 0;

    enum class State
    {
        FieldStart,
        Unquoted,
        Quoted,
        AfterQuote, // a quote inside a quoted field: it closes the field or is the first of ""
    };
    const char16_t delimiter = m_format.delimiter.unicode();
    State state = State::FieldStart;
    qsizetype segment = m_pos; // the current field's text from here to m_pos is not yet in m_field
    for (;;) {
        if (m_pos == m_end) {
            appendSegment(segment, m_pos);
            const Fill fill = refill();
            if (fill == Fill::Fatal) {
                fields.clear();
                return false;
            }
            if (fill == Fill::End) {
                if (state == State::Quoted && m_recordError.isEmpty()) {
                    m_recordError = tr("A quoted field is not closed; it runs to the end of the file.");
                }
                finishField(fields, m_pos, m_pos);
                return true;
            }
            segment = m_pos;
        }
        const char16_t* const data = m_data;
        switch (state) {
        case State::FieldStart:
            if (data[m_pos] == u'"') {
                state = State::Quoted;
                ++m_pos;
            } else {
                state = State::Unquoted;
            }
            segment = m_pos;
            break;
        case State::Unquoted: {
            qsizetype i = m_pos;
            for (const qsizetype end = m_end; i < end; ++i) {
                const char16_t c = data[i];
                if (c == delimiter || c == u'\n' || c == u'\r') {
                    break;
                }
            }
            m_pos = i;
            if (i == m_end) {
                break;
            }
            finishField(fields, segment, i);
            if (data[i] != delimiter) {
                endLine();
                return true;
            }
            segment = ++m_pos;
            state = State::FieldStart;
            break;
        }
        case State::Quoted: {
            if (m_afterCr) { // a CR ended the last chunk; its LF belongs to the same line end
                m_afterCr = false;
                if (data[m_pos] == u'\n') {
                    ++m_pos;
                    break;
                }
            }
            qsizetype i = m_pos;
            for (const qsizetype end = m_end; i < end; ++i) {
                const char16_t c = data[i];
                if (c > u'"') {
                    continue;
                }
                if (c == u'"') {
                    break;
                }
                if (c == u'\n') {
                    ++m_line;
                } else if (c == u'\r') {
                    ++m_line;
                    if (i + 1 == end) {
                        m_afterCr = true;
                    } else if (data[i + 1] == u'\n') {
                        ++i;
                    }
                }
            }
            m_pos = i;
            if (i == m_end) {
                break;
            }
            appendSegment(segment, i);
            segment = ++m_pos;
            state = State::AfterQuote;
            break;
        }
        case State::AfterQuote: {
            const char16_t c = data[m_pos];
            if (c == u'"') { // "" stands for one quote: keep this one, the first was dropped
                segment = m_pos++;
                state = State::Quoted;
            } else if (c == delimiter) {
                finishField(fields, segment, m_pos);
                segment = ++m_pos;
                state = State::FieldStart;
            } else if (isLineEnd(c)) {
                finishField(fields, segment, m_pos);
                endLine();
                return true;
            } else { // text after the closing quote is kept as it is, as spreadsheets do
                segment = m_pos;
                state = State::Unquoted;
            }
            break;
        }
        }
    }
}

void CsvReader::appendSegment(qsizetype from, qsizetype to)
{
    if (to <= from) {
        return;
    }
    m_fieldLength += to - from;
    if (m_fieldLength <= kMaxFieldChars) {
        m_field.append(QStringView(m_data + from, to - from));
    }
}

void CsvReader::finishField(QStringList& fields, qsizetype from, qsizetype to)
{
    ++m_fieldCount;
    const qsizetype length = m_fieldLength + (to - from);
    if (fields.size() < kMaxFields) {
        if (length > kMaxFieldChars) {
            fields.append(QString());
            if (m_recordError.isEmpty()) {
                m_recordError =
                    tr("Field %1 is longer than %2 characters.").arg(m_fieldCount).arg(kMaxFieldChars);
            }
        } else if (m_field.isEmpty()) {
            fields.append(QString(reinterpret_cast<const QChar*>(m_data + from), to - from));
        } else {
            m_field.append(QStringView(m_data + from, to - from));
            fields.append(m_field);
        }
    } else if (m_fieldCount == kMaxFields + 1 && m_recordError.isEmpty()) {
        m_recordError = tr("The row has more than %1 fields.").arg(kMaxFields);
    }
    m_field.clear();
    m_fieldLength = 0;
}

void CsvReader::endLine()
{
    ++m_line;
    if (m_data[m_pos++] == u'\r') {
        if (m_pos == m_end) {
            m_afterCr = true;
        } else if (m_data[m_pos] == u'\n') {
            ++m_pos;
        }
    }
}

qint64 CsvReader::bytesConsumed() const
{
    const qint64 chars = m_buf.size();
    const qint64 inChunk = chars > 0 ? m_chunkBytes * m_pos / chars : 0;
    return m_pos >= chars ? m_chunkStartBytes + m_chunkBytes : m_chunkStartBytes + inChunk;
}

void CsvReader::fail(const QString& message)
{
    m_error = message;
    m_pos = m_end = 0;
    m_buf.clear();
    m_data = nullptr;
    m_deviceAtEnd = true;
}

QString CsvReader::binaryFileMessage() const
{
    if (const auto* file = qobject_cast<const QFileDevice*>(&m_device); file && !file->fileName().isEmpty()) {
        return tr("“%1” looks like a binary file, not CSV.").arg(QFileInfo(file->fileName()).fileName());
    }
    return tr("This looks like a binary file, not CSV.");
}

QString CsvReader::invalidTextMessage() const
{
    const QString encoding =
        m_format.encoding == CsvFormat::Encoding::Utf8 ? QStringLiteral("UTF-8") : QStringLiteral("UTF-16");
    return tr("Line %1 is not valid %2 text. Save the file as UTF-8 (“CSV UTF-8” in Excel) and import it "
              "again.")
        .arg(m_line)
        .arg(encoding);
}

} // namespace leadbox
