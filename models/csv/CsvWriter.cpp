#include "models/csv/CsvWriter.h"

#include <QFileDevice>
#include <QIODevice>

namespace leadbox {
namespace {

bool needsApostrophe(QStringView cell)
{
    if (cell.isEmpty()) {
        return false;
    }
    const char16_t c = cell.front().unicode();
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
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

} // namespace

CsvWriter::CsvWriter(QIODevice& device)
    : m_device(device)
    , m_encoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless)
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
        appendCell(cell, forceQuotes);
    }
    m_line.append(QLatin1String("\r\n"));

    const qsizetype used = m_out.size();
    m_out.resize(used + m_encoder.requiredSpace(m_line.size()));
    const char* end = m_encoder.appendToBuffer(m_out.data() + used, m_line);
    m_out.resize(end - m_out.constData());
    if (m_out.size() >= kChunkBytes) {
        writeOut();
    }
}

void CsvWriter::appendCell(const QString& cell, bool forceQuotes)
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

void CsvWriter::start()
{
    if (!m_started) {
        m_started = true;
        if (m_bom) {
            m_out.append("\xEF\xBB\xBF");
        }
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
    if (!m_error.isEmpty()) {
        return false;
    }
    if (m_out.isEmpty()) {
        return true;
    }
    const qint64 written = m_device.write(m_out);
    const bool complete = written == m_out.size();
    m_out.resize(0);
    if (!complete) {
        m_error = tr("Could not write the file: %1").arg(m_device.errorString());
    }
    return complete;
}

} // namespace leadbox
