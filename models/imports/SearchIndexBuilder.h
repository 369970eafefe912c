#pragma once

#include "models/imports/ParsedRows.h"

#include <QString>
#include <array>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

struct sqlite3;

namespace leadbox {

class Database;

// The search index of an import into an empty store, built on a thread of its own while the
// importing thread writes the rows, and goes on to build the other indexes. It goes into a private
// in-memory database with the store's own leads_fts definition; adopt() then copies the finished
// index's shadow tables into the store. Indexing a million leads took a fifth of an import on one
// core while the other core sat idle.
class SearchIndexBuilder
{
public:
    // The searchable columns, in leads_fts order: first name, last name, email, company, tags.
    using SearchText = std::array<QString, 5>;
    // A lead the import changed after adding it (a later row of the file with the same email).
    struct Reindex
    {
        qint64 rowId = 0;
        SearchText before;
        SearchText after;
    };

    // The searchable text waiting to be indexed may grow to this before add() waits: enough for a
    // million leads, so that the importing thread never waits while the builder catches up.
    static constexpr qsizetype kMaxQueuedBytes = 128 * 1024 * 1024;

    // `createSql` is the store's CREATE VIRTUAL TABLE statement for leads_fts.
    explicit SearchIndexBuilder(const QString& createSql);
    ~SearchIndexBuilder();
    SearchIndexBuilder(const SearchIndexBuilder&) = delete;
    SearchIndexBuilder& operator=(const SearchIndexBuilder&) = delete;

    // One batch of parsed rows in file order: the rows with a rowId are indexed, then `reindexes`
    // are applied in order. Copies what it needs, so the rows can be freed at once.
    void add(const std::vector<ParsedRow>& rows, std::vector<Reindex> reindexes);
    // No more batches: what is left is indexed at the caller's priority, on a thread of its own, while
    // the caller goes on (with the other indexes).
    void hurry();
    // Waits for the last batch. False when the index could not be built: the caller then indexes
    // the usual way, and errorString() says why.
    bool finish();
    // Copies the finished index into `db`'s leads_fts, whose index must be empty; call inside the
    // import's transaction, after finish() returned true.
    void adopt(Database& db);
    QString errorString() const;

private:
    // The searchable text of a batch's new leads, one allocation for all of it.
    struct Chunk
    {
        std::vector<qint64> rowIds;
        QByteArray text;
        std::vector<int> ends; // five per lead: where each column stops in `text`
        std::vector<Reindex> reindexes;
    };

    class IndexWriter;

    void run(const QString& createSql);
    void indexTheRest();

    std::thread m_thread;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Chunk> m_queue;
    qsizetype m_queuedBytes = 0;
    bool m_closing = false; // the thread stops after the chunk in hand
    bool m_hurried = false;
    std::atomic_bool m_abandoned{false}; // destroyed before finish(): stop at once
    QString m_error;
    sqlite3* m_db = nullptr;
    std::unique_ptr<IndexWriter> m_writer; // used by the thread until it stops, then by finish()
};

} // namespace leadbox
