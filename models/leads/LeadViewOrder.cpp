#include "models/leads/LeadViewOrder.h"

#include "models/LogCategories.h"
#include "models/StoreError.h"
#include "models/leads/LeadOrderWorker.h"
#include "models/leads/LeadReadConnection.h"
#include "models/leads/LeadSearch.h"
#include "models/leads/SearchExpression.h"
#include "models/leads/SearchTokens.h"

#include <mutex>
#include <optional>

namespace leadbox {

// What the worker has finished, each with the generation it was started for. The latest of each
// kind wins; a null order means the worker failed and this thread should do the work itself.
struct LeadViewOrder::Mailbox
{
    template <typename T>
    struct Result
    {
        quint64 generation = 0;
        std::shared_ptr<const T> value;
    };

    std::mutex lock;
    std::optional<Result<LeadOrder>> ranking;
    std::optional<Result<LeadTokens>> tokens;
    std::optional<Result<LeadOrder>> matches;
};

namespace {

// Whether the tokens are those of the order's first leads.
bool startsWith(const LeadOrder& order, const LeadTokens& tokens)
{
    const std::vector<qint64>& rows = tokens.rowIds();
    return rows.size() <= order.rowIds().size() &&
           std::equal(rows.cbegin(), rows.cend(), order.rowIds().cbegin());
}

} // namespace

LeadViewOrder::LeadViewOrder(const Database& store, std::function<void()> resultsReady,
                             qint64 backgroundThreshold)
    : m_store(store)
    , m_backgroundThreshold(backgroundThreshold)
    , m_view(std::make_shared<const LeadOrder>())
    , m_mailbox(std::make_unique<Mailbox>())
    , m_resultsReady(std::move(resultsReady))
{
}

LeadViewOrder::~LeadViewOrder()
{
    ++m_rankingGeneration;
    ++m_viewGeneration;
    m_countWorker.reset(); // before anything their tasks refer to
    m_worker.reset();
}

LeadReadConnection& LeadViewOrder::connection()
{
    if (!m_connection) {
        m_connection = std::make_unique<LeadReadConnection>(m_store);
    }
    return *m_connection;
}

LeadOrderWorker& LeadViewOrder::worker()
{
    if (!m_worker) {
        m_worker = std::make_unique<LeadOrderWorker>(m_store);
    }
    return *m_worker;
}

LeadOrderWorker& LeadViewOrder::countWorker()
{
    if (!m_countWorker) {
        m_countWorker = std::make_unique<LeadOrderWorker>(m_store, LeadOrderWorker::Priority::Low);
    }
    return *m_countWorker;
}

StillWanted LeadViewOrder::rankingWanted(quint64 generation) const
{
    return [this, generation] {
        return m_rankingGeneration == generation;
    };
}

void LeadViewOrder::rebuild(Ranking ranking, const LeadRankingQuery& rankingQuery, const QString& search,
                            const LeadFilter& filter)
{
    ++m_viewGeneration;
    if (ranking != Ranking::Keep) {
        ++m_rankingGeneration;
        m_rankingQuery = rankingQuery;
        m_ranking.reset();
        m_rankingHead.reset();
        m_headTokens.reset();
    }
    for (LeadOrderWorker* worker : {m_worker.get(), m_countWorker.get()}) {
        if (worker) {
            worker->interruptUnwanted();
        }
    }
    m_search = search;
    m_filter = filter;
    m_view = std::make_shared<const LeadOrder>();
    m_viewComplete = true;
    if (ranking == Ranking::Keep) {
        takeResults(); // the ranking or head tokens the worker has finished meanwhile
    } else {
        readRanking(ranking, rankingQuery);
    }
    computeView(search, filter);
}

void LeadViewOrder::readRanking(Ranking how, const LeadRankingQuery& query)
{
    if (how == Ranking::Read) {
        applyRanking(std::make_shared<const LeadOrder>(LeadOrder::ranking(connection(), query)));
        return;
    }
    bool complete = false;
    auto head = std::make_shared<const LeadOrder>(
        LeadOrder::rankingHead(connection(), query, m_backgroundThreshold, complete));
    if (complete) {
        applyRanking(std::move(head));
        return;
    }
    m_rankingHead = std::move(head);
    // Tokens of the first few leads soon: the first searches need them.
    postHeadTokens(*m_rankingHead, kFirstHeadTokenCount, m_rankingGeneration);
    postRanking(query);
}

void LeadViewOrder::postRanking(const LeadRankingQuery& query)
{
    const quint64 generation = m_rankingGeneration;
    const StillWanted wanted = rankingWanted(generation);
    const auto deliver = [this, generation](std::shared_ptr<const LeadOrder> ranking) {
        {
            const std::lock_guard<std::mutex> lock(m_mailbox->lock);
            m_mailbox->ranking = Mailbox::Result<LeadOrder>{generation, std::move(ranking)};
        }
        m_resultsReady();
    };
    worker().post({[this, generation, query, wanted, deliver](LeadReadConnection& db) {
                       auto ranking =
                           std::make_shared<const LeadOrder>(LeadOrder::ranking(db, query, wanted));
                       if (!wanted()) {
                           return;
                       }
                       deliver(ranking);
                       if (ranking->size() > m_backgroundThreshold) { // else searches are not split in two
                           postHeadTokens(*ranking, kHeadTokenCount, generation);
                       }
                   },
                   wanted,
                   [deliver] {
                       deliver(nullptr);
                   }});
}

void LeadViewOrder::postHeadTokens(const LeadOrder& order, qint64 count, quint64 generation)
{
    std::vector<qint64> rowIds(order.rowIds().begin(),
                               order.rowIds().begin() + std::min(order.size(), count));
    const StillWanted wanted = rankingWanted(generation);
    const auto deliver = [this, generation](std::shared_ptr<const LeadTokens> tokens) {
        {
            const std::lock_guard<std::mutex> lock(m_mailbox->lock);
            m_mailbox->tokens = Mailbox::Result<LeadTokens>{generation, std::move(tokens)};
        }
        m_resultsReady();
    };
    worker().post({[rowIds = std::move(rowIds), wanted, deliver](LeadReadConnection& db) {
                       const SearchTokenizer tokenizer(db);
                       auto tokens = std::make_shared<const LeadTokens>(
                           LeadTokens::read(db, tokenizer, rowIds, wanted));
                       if (wanted()) {
                           deliver(std::move(tokens));
                       }
                   },
                   wanted,
                   {}});
}

void LeadViewOrder::ensureRanking()
{
    if (m_ranking) {
        return;
    }
    if (m_rankingHead) {
        takeResults(); // the worker may have finished it
    }
    if (!m_ranking) {
        // A search needs the whole ranking now. The worker runs behind the window at a lower
        // priority, so read it here rather than wait, and let the worker's copy go.
        ++m_rankingGeneration;
        if (m_worker) {
            m_worker->interruptUnwanted();
        }
        m_rankingHead.reset();
        applyRanking(std::make_shared<const LeadOrder>(LeadOrder::ranking(connection(), m_rankingQuery)));
    }
}

void LeadViewOrder::applyRanking(std::shared_ptr<const LeadOrder> ranking)
{
    m_ranking = std::move(ranking);
    if (m_headTokens && !startsWith(*m_ranking, *m_headTokens)) {
        m_headTokens.reset();
    }
    if (!m_rankingHead && m_ranking->size() > m_backgroundThreshold) {
        // (A ranking the worker read comes with a task for its tokens already.)
        postHeadTokens(*m_ranking, kFirstHeadTokenCount, m_rankingGeneration);
        postHeadTokens(*m_ranking, kHeadTokenCount, m_rankingGeneration);
    }
}

void LeadViewOrder::applyTokens(std::shared_ptr<const LeadTokens> tokens)
{
    // Only tokens of the ranking's very first leads help; after a change by another program the
    // ranking may not start with the leads they were read for.
    const std::shared_ptr<const LeadOrder>& order = m_ranking ? m_ranking : m_rankingHead;
    if (!order || !startsWith(*order, *tokens)) {
        return;
    }
    if (!m_headTokens || tokens->size() >= m_headTokens->size()) {
        m_headTokens = std::move(tokens);
    }
}

std::shared_ptr<const LeadOrder> LeadViewOrder::takeResults()
{
    std::optional<Mailbox::Result<LeadOrder>> ranking;
    std::optional<Mailbox::Result<LeadTokens>> tokens;
    std::optional<Mailbox::Result<LeadOrder>> matches;
    {
        const std::lock_guard<std::mutex> lock(m_mailbox->lock);
        ranking.swap(m_mailbox->ranking);
        tokens.swap(m_mailbox->tokens);
        matches.swap(m_mailbox->matches);
    }
    std::shared_ptr<const LeadOrder> full;
    if (ranking && ranking->generation == m_rankingGeneration && !m_ranking) {
        try {
            applyRanking(ranking->value ? ranking->value
                                        : std::make_shared<const LeadOrder>(
                                              LeadOrder::ranking(connection(), m_rankingQuery)));
        } catch (const StoreError& error) {
            qCWarning(lcLeads) << "ordering leads failed:" << error.message();
        }
        if (m_ranking && !m_viewComplete && m_view == m_rankingHead) {
            full = m_ranking; // the view showed the ranking's head
        }
    }
    if (tokens && tokens->generation == m_rankingGeneration && tokens->value) {
        applyTokens(std::move(tokens->value));
    }
    if (matches && matches->generation == m_viewGeneration && !m_viewComplete) {
        full = matches->value;
        if (!full) {
            try { // the worker failed: finish here
                full = std::make_shared<const LeadOrder>(
                    m_ranking->filtered(connection(), ftsMatchExpression(m_search), m_filter));
            } catch (const StoreError& error) {
                qCWarning(lcLeads) << "searching leads failed:" << error.message();
                full = m_view;
            }
        }
    }
    return full;
}

void LeadViewOrder::complete(std::shared_ptr<const LeadOrder> full)
{
    m_view = std::move(full);
    m_viewComplete = true;
    if (m_ranking) {
        m_rankingHead.reset();
    }
}

void LeadViewOrder::computeView(const QString& search, const LeadFilter& filter)
{
    const QStringList words = searchWords(search);
    if (words.isEmpty() && filter.isEmpty() && !m_ranking && m_rankingHead) {
        m_view = m_rankingHead; // the rest of the ranking is on its way
        m_viewComplete = false;
        return;
    }
    ensureRanking();
    m_rankingHead.reset();
    if (words.isEmpty() && filter.isEmpty()) {
        m_view = m_ranking;
        return;
    }
    const QString match = ftsMatchExpression(words);
    if (filter.isEmpty() && m_ranking->size() > m_backgroundThreshold) {
        if (!m_tokenizer) {
            m_tokenizer = std::make_unique<SearchTokenizer>(connection());
        }
        SearchTerms terms;
        for (const QString& word : words) {
            if (std::optional<std::string> term = m_tokenizer->queryToken(word)) {
                terms.push_back(std::move(*term));
            }
        }
        if (terms.size() == static_cast<std::size_t>(words.size())) {
            SearchPage page = LeadSearch(connection(), *m_tokenizer)
                                  .firstPage(*m_ranking, m_headTokens.get(), words, terms);
            m_view = std::make_shared<const LeadOrder>(std::move(page.rowIds));
            m_viewComplete = page.complete;
            if (!page.complete) {
                postMatches(match);
            }
            return;
        }
        // A word that FTS5 splits or drops: leave the whole search to FTS5, as below.
    }
    m_view = std::make_shared<const LeadOrder>(m_ranking->filtered(connection(), match, filter));
}

void LeadViewOrder::postMatches(const QString& matchExpression)
{
    const quint64 generation = m_viewGeneration;
    const StillWanted wanted = [this, generation] {
        return m_viewGeneration == generation;
    };
    const auto deliver = [this, generation](std::shared_ptr<const LeadOrder> matches) {
        {
            const std::lock_guard<std::mutex> lock(m_mailbox->lock);
            m_mailbox->matches = Mailbox::Result<LeadOrder>{generation, std::move(matches)};
        }
        m_resultsReady();
    };
    countWorker().post({[ranking = m_ranking, matchExpression, wanted, deliver](LeadReadConnection& db) {
                            auto matches = std::make_shared<const LeadOrder>(
                                ranking->filtered(db, matchExpression, {}, wanted));
                            if (wanted()) {
                                deliver(std::move(matches));
                            }
                        },
                        wanted,
                        [deliver] {
                            deliver(nullptr);
                        }});
}

} // namespace leadbox
