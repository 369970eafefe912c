#pragma once

#include "models/csv/CsvReader.h"
#include "models/imports/ImportRowBuilder.h"

#include <QIODevice>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace leadbox {

// One CSV record, read and checked: a lead ready to insert, or the reason it was rejected.
struct ParsedRow
{
    qint64 line = 0;
    QString rejection; // empty when the row is good
    QStringList record;
    Lead lead;
    nlohmann::json custom;
    QString emailKey;
    bool statusGiven = false;
    QString tags;
    QString customText;
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
    // The next batch in file order; false when the file is done (check readError()).
    bool next(std::vector<ParsedRow>& batch);
    // Stops the reader early (cancel, or a store error) and waits for it.
    void stop();

    QString readError() const;
    qint64 bytesConsumed() const { return m_bytesConsumed.load(); }

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
    bool m_finished = false;
    QString m_readError;
    std::atomic_bool m_stopping{false};
    std::atomic<qint64> m_bytesConsumed{0};
};

} // namespace leadbox
