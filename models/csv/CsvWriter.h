#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringEncoder>
#include <QStringList>

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

    // Formula-injection defence (OWASP): a cell starting with = + - @, TAB or CR gets a leading
    // apostrophe, so a spreadsheet shows it as text instead of running it.
    static QString neutralise(const QString& cell);

    // Writes what is buffered. False after any write error (say, a full disk); see errorString().
    bool flush();
    QString errorString() const { return m_error; }

private:
    void start();
    void appendCell(const QString& cell, bool forceQuotes);
    bool writeOut();

    QIODevice& m_device;
    QStringEncoder m_encoder;
    QByteArray m_out;
    QString m_line; // the record being built, reused
    bool m_bom = false;
    bool m_started = false;
    QString m_error;
};

} // namespace leadbox
