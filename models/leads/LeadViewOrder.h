#pragma once

#include "models/leads/LeadFilter.h"
#include "models/leads/LeadOrder.h"

#include <atomic>
#include <functional>
#include <memory>

namespace leadbox {

class Database;
class LeadOrderWorker;
class LeadReadConnection;
class LeadTokens;
class SearchTokenizer;

// The order a leads view shows: every lead ranked by the view's sort, narrowed by its search and
// filter. On a big store (above the background threshold) it gives a first part at once and does
// the rest on a LeadOrderWorker: opening or sorting reads the ranking's first rows and the worker
// the full ranking; a search finds its first page with LeadSearch and another worker, at a low
// priority, the full result and its count. The first worker also reads the tokens of the ranking's
// head, for the next searches to test in memory. A filter, a store change, or a search that needs
// the ranking before the worker is done are served here, at once, as before.
//
// Results reach it through a mailbox: the workers drop them there and call `resultsReady` (from
// their threads); the owner then calls takeResults() on its own thread, which never waits for a
// worker. A newer rebuild makes older background work stale: it is interrupted or dropped.
class LeadViewOrder
{
public:
    enum class Ranking
    {
        Keep,          // the sort order and the store are unchanged
        Read,          // read the ranking now
        ReadHeadFirst, // read its first rows now and the rest in the background
    };

    // Rankings and searches over more leads than this finish in the background.
    static constexpr qint64 kBackgroundThreshold = 20000;
    // How many leads at the top of a big ranking keep their search tokens in memory (~85 bytes
    // each), and how many the worker reads first so that early searches have some.
    static constexpr qint64 kHeadTokenCount = 200000;
    static constexpr qint64 kFirstHeadTokenCount = 4096;

    LeadViewOrder(const Database& store, std::function<void()> resultsReady,
                  qint64 backgroundThreshold = kBackgroundThreshold);
    ~LeadViewOrder();
    LeadViewOrder(const LeadViewOrder&) = delete;
    LeadViewOrder& operator=(const LeadViewOrder&) = delete;

    // Orders the leads anew for this ranking, search and filter. Throws StoreError; the view is
    // then empty.
    void rebuild(Ranking ranking, const LeadRankingQuery& rankingQuery, const QString& search,
                 const LeadFilter& filter);

    // What the view shows now: all of it, or while isComplete() is false its first rows.
    const std::shared_ptr<const LeadOrder>& view() const { return m_view; }
    bool isComplete() const { return m_viewComplete; }

    // Takes what the worker has finished. Returns the complete view when one arrived for the view
    // shown: the caller then calls complete() with it, between announcing and ending the change.
    std::shared_ptr<const LeadOrder> takeResults();
    void complete(std::shared_ptr<const LeadOrder> full);

private:
    struct Mailbox;

    void readRanking(Ranking how, const LeadRankingQuery& query);
    void ensureRanking();
    void applyRanking(std::shared_ptr<const LeadOrder> ranking);
    void applyTokens(std::shared_ptr<const LeadTokens> tokens);
    void computeView(const QString& search, const LeadFilter& filter);
    void postRanking(const LeadRankingQuery& query);
    // Reads the tokens of the order's first `count` leads in the background.
    void postHeadTokens(const LeadOrder& order, qint64 count, quint64 rankingGeneration);
    void postMatches(const QString& matchExpression);
    StillWanted rankingWanted(quint64 generation) const;
    LeadReadConnection& connection();
    LeadOrderWorker& worker();
    LeadOrderWorker& countWorker();

    const Database& m_store;
    const qint64 m_backgroundThreshold;
    LeadRankingQuery m_rankingQuery;
    QString m_search;
    LeadFilter m_filter;

    // Every lead in sort order; null while the worker reads it, with its head shown meanwhile.
    std::shared_ptr<const LeadOrder> m_ranking;
    std::shared_ptr<const LeadOrder> m_rankingHead;
    std::shared_ptr<const LeadTokens> m_headTokens; // of the ranking's first leads, once read
    std::shared_ptr<const LeadOrder> m_view;
    bool m_viewComplete = true;

    // Background work belongs to one ranking and one view; a newer one makes it stale.
    std::atomic<quint64> m_rankingGeneration{0};
    std::atomic<quint64> m_viewGeneration{0};
    std::unique_ptr<Mailbox> m_mailbox;
    std::function<void()> m_resultsReady;
    std::unique_ptr<LeadReadConnection> m_connection; // this thread's own reads
    std::unique_ptr<SearchTokenizer> m_tokenizer;
    // Declared last: stopped first. One reads rankings and tokens, which searches then use; the
    // other counts searches, which typing often makes stale, behind the window's thread.
    std::unique_ptr<LeadOrderWorker> m_worker;
    std::unique_ptr<LeadOrderWorker> m_countWorker;
};

} // namespace leadbox
