#include "models/leads/LeadSearch.h"

#include "models/leads/LeadOrder.h"
#include "models/leads/LeadReadConnection.h"
#include "models/leads/SearchExpression.h"

#include <algorithm>
#include <numeric>

namespace leadbox {

LeadSearch::LeadSearch(LeadReadConnection& db, const SearchTokenizer& tokenizer)
    : LeadSearch(db, tokenizer, Limits{})
{
}

LeadSearch::LeadSearch(LeadReadConnection& db, const SearchTokenizer& tokenizer, Limits limits)
    : m_db(db)
    , m_tokenizer(tokenizer)
    , m_limits(limits)
{
}

SearchPage LeadSearch::firstPage(const LeadOrder& ranking, const LeadTokens* head, const QStringList& words,
                                 const SearchTerms& terms)
{
    const LeadReadConnection::Snapshot snapshot(m_db);
    SearchPage page;
    const qint64 total = ranking.size();
    const bool shortTerms = std::all_of(terms.cbegin(), terms.cend(), [](const std::string& term) {
        return term.size() <= LeadTokens::kMaxTermBytes;
    });
    const qint64 inMemory =
        head && shortTerms ? std::min<qint64>(static_cast<qint64>(head->size()), total) : 0;
    const std::size_t termCount = terms.size();
    const auto found = [&page] {
        return static_cast<qint64>(page.rowIds.size());
    };
    const qint64 fullPage = m_limits.fullPage;
    const qint64 screenful = m_limits.screenful;

    // 1. Walk the ranking from the top, first through the leads whose tokens are in memory. When
    // the walk so far says the screen will not fill before their end, leave the rest to step 3.
    qint64 walked = 0;
    bool rare = false;
    while (walked < inMemory && found() < fullPage && !rare) {
        const qint64 stop = std::min(inMemory, walked + m_limits.walkCheckpoint);
        for (; walked < stop && found() < fullPage; ++walked) {
            if (head->matches(static_cast<std::size_t>(walked), terms)) {
                page.rowIds.push_back(ranking.rowIdAt(walked));
            }
        }
        rare = walked < inMemory && found() * inMemory / walked < screenful / 2;
    }

    // Then a few leads read from the store, when that may fill the screen.
    std::vector<qint64> hits(termCount, 0); // per word, among the sampled leads
    qint64 sampled = 0;
    LeadTokenReader reader(m_db, m_tokenizer);
    std::string tokens;
    const qint64 aim = found() < screenful ? screenful : fullPage;
    const bool readOn = !rare && (walked == 0 || found() + found() * m_limits.walkReads / walked >= aim);
    const qint64 readUntil = readOn ? std::min(total, walked + m_limits.walkReads) : walked;
    for (; walked < readUntil && found() < fullPage; ++walked) {
        const qint64 rowId = ranking.rowIdAt(walked);
        if (!reader.read(rowId, tokens)) {
            continue;
        }
        bool all = true;
        for (std::size_t t = 0; t < termCount; ++t) {
            const bool hit = hasTokenWithPrefix(tokens, terms[t]);
            hits[t] += hit ? 1 : 0;
            all = all && hit;
        }
        ++sampled;
        if (all) {
            page.rowIds.push_back(rowId);
        }
    }
    if (walked == total || found() >= fullPage) {
        page.complete = walked == total;
        return page;
    }
    if (found() >= screenful) {
        return page; // the rest would cost more than the screen is worth; the full result follows
    }

    // 2. The matches are rare. Estimate how many leads each word matches from the walked leads.
    const qint64 walkedInMemory = std::min(walked, inMemory);
    const qint64 stride = std::max<qint64>(1, walkedInMemory / m_limits.estimateSample);
    for (qint64 position = 0; position < walkedInMemory; position += stride) {
        for (std::size_t t = 0; t < termCount; ++t) {
            hits[t] += head->matches(static_cast<std::size_t>(position), terms[t]) ? 1 : 0;
        }
        ++sampled;
    }
    const auto estimate = [&](std::size_t t) {
        return sampled > 0
                   ? static_cast<double>(hits[t]) * static_cast<double>(total) / static_cast<double>(sampled)
                   : 0.0;
    };
    std::vector<std::size_t> listed; // words FTS5 lists; the rest are tested on its candidates
    for (std::size_t t = 0; t < termCount; ++t) {
        if (estimate(t) <= m_limits.narrowMatches) {
            listed.push_back(t);
        }
    }
    if (listed.empty()) {
        std::vector<std::size_t> all(termCount);
        std::iota(all.begin(), all.end(), 0);
        listed.push_back(*std::min_element(all.begin(), all.end(), [&](std::size_t a, std::size_t b) {
            return estimate(a) != estimate(b) ? estimate(a) < estimate(b) : terms[a].size() > terms[b].size();
        }));
    }
    QStringList listedWords;
    SearchTerms tested;
    for (std::size_t t = 0; t < termCount; ++t) {
        if (std::find(listed.begin(), listed.end(), t) != listed.end()) {
            listedWords.append(words.at(static_cast<qsizetype>(t)));
        } else {
            tested.push_back(terms[t]);
        }
    }

    // 3. The leads FTS5 lists, past the walked ones, in ranking order; the other words are tested
    // on them.
    std::vector<quint32> candidates;
    LeadReadConnection::Statement select(
        m_db, QStringLiteral("SELECT rowid FROM leads_fts WHERE leads_fts MATCH ?"));
    select.bind(1, ftsMatchExpression(listedWords));
    while (select.step()) {
        const qint64 position = ranking.positionOf(select.int64(0));
        if (position >= walked) {
            candidates.push_back(static_cast<quint32>(position));
        }
    }
    select.reset();
    const auto matchesTested = [&](quint32 position) {
        if (tested.empty()) {
            return true;
        }
        if (position < inMemory) {
            return head->matches(position, tested);
        }
        return reader.read(ranking.rowIdAt(position), tokens) && hasTokensWithPrefixes(tokens, tested);
    };
    if (tested.empty() || candidates.size() <= m_limits.testEveryCandidate) {
        std::sort(candidates.begin(), candidates.end());
        for (const quint32 position : candidates) {
            if (matchesTested(position)) {
                page.rowIds.push_back(ranking.rowIdAt(position));
            }
        }
        page.complete = true;
        return page;
    }
    // Many candidates: test them in order, a sorted batch at a time, until the screen is full.
    auto from = candidates.begin();
    while (from != candidates.end()) {
        const auto to = from + std::min<std::ptrdiff_t>(candidates.end() - from, 1024);
        std::nth_element(from, to - 1, candidates.end());
        std::sort(from, to);
        for (auto it = from; it != to; ++it) {
            if (matchesTested(*it)) {
                page.rowIds.push_back(ranking.rowIdAt(*it));
                if (found() >= screenful) {
                    return page;
                }
            }
        }
        from = to;
    }
    page.complete = true;
    return page;
}

} // namespace leadbox
