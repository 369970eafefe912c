#pragma once

#include "models/csv/CsvReader.h"
#include "models/imports/ImportRowBuilder.h"

#include <QHash>
#include <QIODevice>
#include <QVarLengthArray>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace leadbox {

// One CSV record, read and checked: a lead ready to insert, or the reason it was rejected.
// The reading thread also does the per-row work that needs no database (a new id, the email key's
// hash, the UTF-8 text SQLite stores), so that the writing thread only writes.
struct ParsedRow
{
    // The text columns of a new lead, in the order of LeadImporter's INSERT.
    enum Column
    {
        Id,
        Email,
        EmailKey,
        FirstName,
        LastName,
        Company,
        Phone,
        Tags,
        Source,
        Custom,
        ColumnCount
    };

    qint64 line = 0;
    qint64 rowId = 0;  // the store row the importer added it as; 0 when it added none
    QString rejection; // empty when the row is good
    QStringList record;
    Lead lead;
    nlohmann::json custom;
    QString emailKey;
    quint64 emailKeyHash = 0;
    bool statusGiven = false;
    QString tags;
    QString customText;

    // The columns as UTF-8, one after the other in one buffer: `ends[i]` is where column i stops.
    // One allocation per row instead of one per value.
    QByteArray utf8;
    QVarLengthArray<int, ColumnCount> ends;

    const char* valueData(int i) const { return utf8.constData() + (i == 0 ? 0 : ends[i - 1]); }
    int valueSize(int i) const { return ends[i] - (i == 0 ? 0 : ends[i - 1]); }
    void appendValue(QStringView text);
};

// Reads and checks CSV records on a second thread while the importing thread writes the previous
// ones to SQLite: the two halves of an import take about as long as each other, and a laptop has
// more than one core. Rows arrive in order, in batches, through a small bounded queue.
class ParsedRows
{
public:
    static constexpr std::size_t kBatchRows = 1024;
    static constexpr std::size_t kMaxQueuedBatches = 8;

    explicit ParsedRows(QIODevice& device);
    ~ParsedRows();
    ParsedRows(const ParsedRows&) = delete;
    ParsedRows& operator=(const ParsedRows&) = delete;

    const QStringList& header() const { return m_header; }
    // An error that stopped reading the header; empty when the header was read.
    const QString& headerError() const { return m_headerError; }

    // Starts reading the records after the header, checking each with `builder`, which must
    // outlive this object and be safe to use from another thread (it only reads).
    void start(const ImportRowBuilder& builder);
    // The next batch in file order; false when the file is done (check readError()). The rows
    // already in `batch` go back to the reader thread to be freed.
    bool next(std::vector<ParsedRow>& batch);
    // Stops the reader early (cancel, or a store error) and waits for it.
    void stop();

    QString readError() const;
    // Every tag of the good rows, once each however it was spelt; call after next() returned false.
    QStringList tagNames() const;
    qint64 bytesConsumed() const { return m_bytesConsumed.load(); }
    // How long next() waited for the reader in all: the share of an import that reading costs.
    qint64 waitedMs() const { return m_waitedMs; }

private:
    void readAll();

    CsvReader m_reader;
    const ImportRowBuilder* m_builder = nullptr;
    QStringList m_header;
    QString m_headerError;
    std::thread m_thread;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::vector<ParsedRow>> m_queue;
    std::deque<std::vector<ParsedRow>> m_spent; // batches the writer is done with
    bool m_finished = false;
    QString m_readError;
    std::atomic_bool m_stopping{false};
    std::atomic<qint64> m_bytesConsumed{0};
    qint64 m_waitedMs = 0;
    QHash<QString, QString> m_tagNames; // by case-folded name; written by the reader thread
};

} // namespace leadbox
