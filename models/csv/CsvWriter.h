#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringEncoder>
#include <QStringList>
#include <vector>

class QIODevice;

namespace leadbox {

// Writes CSV that spreadsheets open safely: UTF-8, commas, CRLF, quotes only where needed, and
// every cell defused against formula injection. Output is buffered and written in 1 MiB chunks.
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)

public:
    static constexpr qsizetype kChunkBytes = 1024 * 1024;

    explicit CsvWriter(QIODevice& device); // the device is already open for writing
    ~CsvWriter();                          // flushes; call flush() first to learn of errors
    CsvWriter(const CsvWriter&) = delete;
    CsvWriter& operator=(const CsvWriter&) = delete;

    // Starts the file with a UTF-8 byte order mark, which older Excel needs to read UTF-8.
    // Call before the first record.
    void setBom(bool bom) { m_bom = bom; }

    // Comma-delimited, CRLF line end; every cell goes through neutralise().
    void writeRecord(const QStringList& fields);

    // The same record cell by cell from UTF-8 bytes, for exports of a million rows: appendCell()
    // for each cell, then endRecord(). Writes what writeRecord() writes for the same cells as
    // QStrings; bytes that are not UTF-8 go out as they are.
    void appendCell(QByteArrayView utf8);
    void endRecord();

    // Formula-injection defence (OWASP): a cell starting with = + - @, TAB or CR gets a leading
    // apostrophe, so a spreadsheet shows it as text instead of running it.
    static QString neutralise(const QString& cell);

    // Writes what is buffered. False after any write error (say, a full disk); see errorString().
    bool flush();
    QString errorString() const { return m_error; }

private:
    void start();
    void appendText(const QString& cell, bool forceQuotes);
    // Where the next `bytes` bytes go; writes out what is buffered first when they do not fit.
    char* room(qsizetype bytes)
    {
        if (m_used + bytes > static_cast<qsizetype>(m_out.size())) {
            makeRoom(bytes);
        }
        return m_out.data() + m_used;
    }
    void makeRoom(qsizetype bytes);
    bool writeOut();

    QIODevice& m_device;
    QStringEncoder m_encoder;
    std::vector<char> m_out; // m_used bytes of it are waiting to be written
    qsizetype m_used = 0;
    QString m_line;  // the record being built, reused
    int m_cells = 0; // cells so far in the record that appendCell() is building
    bool m_lastCellEmpty = false;
    bool m_bom = false;
    bool m_started = false;
    QString m_error;
};

} // namespace leadbox
