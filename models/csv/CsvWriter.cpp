#include "models/csv/CsvWriter.h"

#include <QFileDevice>
#include <QIODevice>
#include <array>
#include <cstring>

namespace leadbox {
namespace {

// Room beyond a chunk, so that a record or two more fits before the buffer is written out.
constexpr qsizetype kSlackBytes = 64 * 1024;

bool startsFormula(char16_t c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

bool needsApostrophe(QStringView cell)
{
    return !cell.isEmpty() && startsFormula(cell.front().unicode());
}

bool needsQuotes(QStringView cell)
{
    for (const QChar ch : cell) {
        const char16_t c = ch.unicode();
        if (c <= u',' && (c == u',' || c == u'"' || c == u'\n' || c == u'\r')) {
            return true;
        }
    }
    return false;
}

// The same two rules on UTF-8 bytes: every character they look for is ASCII, and in UTF-8 a byte
// below 0x80 is always that ASCII character.
constexpr std::array<bool, 256> kQuoteBytes = [] {
    std::array<bool, 256> bytes{};
    bytes[','] = bytes['"'] = bytes['\n'] = bytes['\r'] = true;
    return bytes;
}();

// Copies a cell to `out` unless it holds a byte that needs quotes; returns whether it copied.
// Eight bytes at a time: a cell is mostly short ASCII, and a call to memcpy costs more.
bool copyUnlessQuotes(const unsigned char* cell, qsizetype size, char* out)
{
    constexpr quint64 ones = 0x0101010101010101ULL;
    constexpr quint64 highs = 0x8080808080808080ULL;
    const auto hasByte = [](quint64 word, unsigned char byte) {
        const quint64 x = word ^ (ones * byte);
        return ((x - ones) & ~x & highs) != 0;
    };
    qsizetype i = 0;
    for (; i + 8 <= size; i += 8) {
        quint64 word;
        std::memcpy(&word, cell + i, sizeof word);
        if (hasByte(word, ',') || hasByte(word, '"') || hasByte(word, '\n') || hasByte(word, '\r')) {
            return false;
        }
        std::memcpy(out + i, &word, sizeof word);
    }
    for (; i < size; ++i) {
        if (kQuoteBytes[cell[i]]) {
            return false;
        }
        out[i] = static_cast<char>(cell[i]);
    }
    return true;
}

} // namespace

CsvWriter::CsvWriter(QIODevice& device)
    : m_device(device)
    , m_encoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless)
    , m_out(kChunkBytes + kSlackBytes)
{
}

CsvWriter::~CsvWriter()
{
    if (m_device.isOpen()) {
        flush(); // a committed QSaveFile is closed already: nothing is left to write
    }
}

QString CsvWriter::neutralise(const QString& cell)
{
    return needsApostrophe(cell) ? QLatin1Char('\'') + cell : cell;
}

void CsvWriter::writeRecord(const QStringList& fields)
{
    if (!m_error.isEmpty()) {
        return;
    }
    const bool firstRecord = !m_started;
    start();
    m_line.resize(0);
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0) {
            m_line.append(QLatin1Char(','));
        }
        const QString& cell = fields.at(i);
        // Quoted so that they read back as written: a lone empty cell would be a blank line, which
        // readers skip; at the very start, a byte order mark or Excel's "sep=" line.
        const bool forceQuotes = (fields.size() == 1 && cell.isEmpty()) ||
                                 (firstRecord && i == 0 &&
                                  (cell.startsWith(QChar(0xFEFF)) || cell.startsWith(QLatin1String("sep="))));
        appendText(cell, forceQuotes);
    }
    m_line.append(QLatin1String("\r\n"));

    char* out = room(m_encoder.requiredSpace(m_line.size()));
    m_used = m_encoder.appendToBuffer(out, m_line) - m_out.data();
    if (m_used >= kChunkBytes) {
        writeOut();
    }
}

void CsvWriter::appendText(const QString& cell, bool forceQuotes)
{
    const bool apostrophe = needsApostrophe(cell);
    if (!forceQuotes && !needsQuotes(cell)) {
        if (apostrophe) {
            m_line.append(QLatin1Char('\''));
        }
        m_line.append(cell);
        return;
    }
    m_line.append(QLatin1Char('"'));
    if (apostrophe) {
        m_line.append(QLatin1Char('\''));
    }
    // Each segment ends with a quote and the next starts with the same one, which doubles it.
    qsizetype start = 0;
    for (qsizetype i = 0; i < cell.size(); ++i) {
        if (cell.at(i) == QLatin1Char('"')) {
            m_line.append(QStringView(cell).mid(start, i + 1 - start));
            start = i;
        }
    }
    m_line.append(QStringView(cell).mid(start));
    m_line.append(QLatin1Char('"'));
}

void CsvWriter::appendCell(QByteArrayView utf8)
{
    const auto* cell = reinterpret_cast<const unsigned char*>(utf8.data());
    const qsizetype size = utf8.size();
    bool forceQuotes = false;
    if (m_cells == 0 && !m_started) {
        start();
        forceQuotes = utf8.startsWith("\xEF\xBB\xBF") || utf8.startsWith("sep="); // as in writeRecord()
    }
    // The worst case: a comma, two quotes, an apostrophe and every byte a doubled quote.
    char* out = room(2 * size + 4);
    if (m_cells++ > 0) {
        *out++ = ',';
    }
    m_lastCellEmpty = size == 0;
    const bool apostrophe = size > 0 && startsFormula(cell[0]);
    const qsizetype lead = apostrophe ? 1 : 0;
    if (apostrophe) {
        *out = '\'';
    }
    if (!forceQuotes && copyUnlessQuotes(cell, size, out + lead)) {
        out += lead + size;
    } else { // the quoted form overwrites whatever part of the cell was copied
        *out++ = '"';
        if (apostrophe) {
            *out++ = '\'';
        }
        for (qsizetype i = 0; i < size; ++i) {
            if (cell[i] == '"') {
                *out++ = '"';
            }
            *out++ = static_cast<char>(cell[i]);
        }
        *out++ = '"';
    }
    m_used = out - m_out.data();
}

void CsvWriter::endRecord()
{
    if (m_cells == 0) {
        start();
    }
    char* out = room(4);
    if (m_cells == 1 && m_lastCellEmpty) {
        *out++ = '"'; // a lone empty cell, quoted as writeRecord() quotes it
        *out++ = '"';
    }
    *out++ = '\r';
    *out++ = '\n';
    m_used = out - m_out.data();
    m_cells = 0;
    if (m_used >= kChunkBytes) {
        writeOut();
    }
}

void CsvWriter::start()
{
    if (!m_started) {
        m_started = true;
        if (m_bom) {
            std::memcpy(room(3), "\xEF\xBB\xBF", 3);
            m_used += 3;
        }
    }
}

void CsvWriter::makeRoom(qsizetype bytes)
{
    writeOut();
    if (bytes > static_cast<qsizetype>(m_out.size())) {
        m_out.resize(static_cast<size_t>(bytes)); // one cell bigger than a chunk
    }
}

bool CsvWriter::flush()
{
    start(); // an export of no rows still gets its byte order mark
    if (!writeOut()) {
        return false;
    }
    // QFile keeps its own buffer: only its flush() shows whether the disk took the data.
    if (auto* file = qobject_cast<QFileDevice*>(&m_device); file && !file->flush()) {
        m_error = tr("Could not write the file: %1").arg(file->errorString());
        return false;
    }
    return true;
}

bool CsvWriter::writeOut()
{
    const qsizetype used = m_used;
    m_used = 0; // after an error too: what does not reach the file is dropped, not kept
    if (!m_error.isEmpty()) {
        return false;
    }
    if (used == 0) {
        return true;
    }
    // A file system that is nearly full takes part of a write; the next write then names the
    // cause ("No space left on device") instead of leaving it unknown.
    qint64 written = 0;
    while (written < used) {
        const qint64 part = m_device.write(m_out.data() + written, used - written);
        if (part <= 0) {
            break;
        }
        written += part;
    }
    const bool complete = written == used;
    if (!complete) {
        m_error = tr("Could not write the file: %1").arg(m_device.errorString());
    }
    return complete;
}

} // namespace leadbox
