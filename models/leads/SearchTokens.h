#pragma once

#include <QString>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace leadbox {

class LeadReadConnection;

// Splits and folds text exactly as the search index does: SQLite's own FTS5 tokenizer
// ("unicode61 remove_diacritics 2", as leads_fts is declared), borrowed from a connection. A
// search can then test a lead's fields in memory and agree with what FTS5 would have matched.
class SearchTokenizer
{
public:
    // Throws StoreError when the connection's SQLite has no FTS5.
    explicit SearchTokenizer(LeadReadConnection& connection);
    ~SearchTokenizer();
    SearchTokenizer(const SearchTokenizer&) = delete;
    SearchTokenizer& operator=(const SearchTokenizer&) = delete;

    // Appends the tokens of `utf8` to `out`, each followed by a '\0' (tokens never hold one).
    void appendTokens(const char* utf8, int size, std::string& out) const;
    // The token FTS5 makes of one search word (a prefix term), or nothing when the word does not
    // become exactly one token.
    std::optional<std::string> queryToken(const QString& word) const;

private:
    struct Api;
    std::unique_ptr<Api> m_api;
};

// The folded prefixes a search looks for; a lead matches when each is the start of one of its
// tokens (in first or last name, email, company or tags), as FTS5 matches "ann"* "acme"*.
using SearchTerms = std::vector<std::string>;

// Whether a '\0'-separated token list has a token starting with `term`.
bool hasTokenWithPrefix(const std::string& tokens, const std::string& term);
bool hasTokensWithPrefixes(const std::string& tokens, const SearchTerms& terms);

// Reads one lead's searchable fields and tokenizes them, with one prepared statement reused.
class LeadTokenReader
{
public:
    LeadTokenReader(LeadReadConnection& connection, const SearchTokenizer& tokenizer);
    ~LeadTokenReader();
    LeadTokenReader(const LeadTokenReader&) = delete;
    LeadTokenReader& operator=(const LeadTokenReader&) = delete;

    // Replaces `tokens` with the lead's tokens; false when there is no such lead.
    bool read(qint64 rowId, std::string& tokens);

private:
    struct Statement;
    std::unique_ptr<Statement> m_select;
    const SearchTokenizer& m_tokenizer;
};

// The tokens of a list of leads, held in memory (about 90 bytes a lead) so that a search tests
// them without SQL: the head of a view's ranking, which every search walks first. Each lead also
// keeps two 64-bit masks of its tokens' first letters, which rule out most leads at once.
class LeadTokens
{
public:
    // Tokens are kept up to this many bytes; longer search terms are not tested here.
    static constexpr std::size_t kMaxTermBytes = 255;

    LeadTokens() = default;
    // Reads the tokens of these leads, in this order: one by one in row order when they are few,
    // in one pass over the table when they are many. Returns early, empty, when `stillWanted`
    // turns false.
    static LeadTokens read(LeadReadConnection& connection, const SearchTokenizer& tokenizer,
                           std::vector<qint64> rowIds, const std::function<bool()>& stillWanted);

    std::size_t size() const { return m_rowIds.size(); }
    // The leads, in the order given to read().
    const std::vector<qint64>& rowIds() const { return m_rowIds; }
    // Whether lead `index` has, for each term, a token starting with it. Terms: at most kMaxTermBytes.
    bool matches(std::size_t index, const SearchTerms& terms) const;
    bool matches(std::size_t index, const std::string& term) const;

private:
    // Keeps lead `index`'s tokens, '\0'-separated as SearchTokenizer gives them.
    void store(std::size_t index, const std::string& tokens);

    std::vector<qint64> m_rowIds;
    std::string m_tokens; // per token: its length in one byte, then its bytes; leads in reading order
    std::vector<std::uint32_t> m_starts; // where each lead's tokens start and end in m_tokens
    std::vector<std::uint32_t> m_ends;
    // Per lead, a bit for the first byte of each token (byte & 63) and one for its first two bytes:
    // a lead lacking a term's bits cannot match it, which rules out most leads without their tokens.
    struct Initials
    {
        std::uint64_t bytes = 0;
        std::uint64_t pairs = 0;
    };
    bool mayMatch(std::size_t index, const std::string& term) const;
    std::vector<Initials> m_initials;
};

} // namespace leadbox
