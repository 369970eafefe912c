#pragma once

#include "models/leads/SearchTokens.h"

#include <QStringList>
#include <vector>

namespace leadbox {

class LeadOrder;
class LeadReadConnection;

// The first rows of a search result, in the ranking's order: every match up to some position of
// the ranking, so the rest can follow later. `complete` when they are all the matches.
struct SearchPage
{
    std::vector<qint64> rowIds;
    bool complete = false;
};

// Finds the first page of a search over a big ranking without asking FTS5 for every match: a broad
// prefix ("co") matches a third of a million leads, and FTS5 merges all of them before it returns
// the first. The search walks the ranking from the top instead, testing each lead's tokens (held in
// memory for the ranking's head), until a page is full. When the walk finds too few, the matches
// are rare: FTS5 then lists the leads matching the rarer words, which is quick, and the walk tests
// the others on just those. Either way the rows are exactly the first matches FTS5 would give.
class LeadSearch
{
public:
    // How far the search goes before it calls a first page done; tests shrink them to reach every
    // step with a small store.
    struct Limits
    {
        qint64 fullPage = 200; // what a walk aims for: a page of the table model
        qint64 screenful = 64; // enough to fill a tall window, when more would cost much more
        // Leads read from the store (2 to 7 µs each) when walking past the tokens held in memory.
        qint64 walkReads = 1000;
        // A word whose prefix matches more leads than this is tested on the candidates of the
        // others rather than listed by FTS5, which takes about 0.15 µs a match.
        double narrowMatches = 50000;
        // With this many candidates or fewer, every one is tested and the result is complete.
        std::size_t testEveryCandidate = 1000;
        // Leads of the walked head that estimate how often each word matches.
        qint64 estimateSample = 4096;
        // How often the walk through the head checks whether the screen will fill.
        qint64 walkCheckpoint = 16384;
    };

    LeadSearch(LeadReadConnection& db, const SearchTokenizer& tokenizer);
    LeadSearch(LeadReadConnection& db, const SearchTokenizer& tokenizer, Limits limits);

    // The first matches of `words` (searchWords(), each one token in `terms`) in `ranking`'s order.
    // `head` holds the tokens of the ranking's first leads, or is null.
    SearchPage firstPage(const LeadOrder& ranking, const LeadTokens* head, const QStringList& words,
                         const SearchTerms& terms);

private:
    LeadReadConnection& m_db;
    const SearchTokenizer& m_tokenizer;
    Limits m_limits;
};

} // namespace leadbox
