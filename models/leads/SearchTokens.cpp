#include "models/leads/SearchTokens.h"

#include "models/StoreError.h"
#include "models/leads/LeadReadConnection.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <numeric>
#include <sqlite3.h>

namespace leadbox {
namespace {

// The columns of leads_fts, in the leads table that is its content.
const QString kSearchedColumns = QStringLiteral("first_name, last_name, email, company, tags");

int appendToken(void* context, int /*flags*/, const char* token, int size, int /*start*/, int /*end*/)
{
    auto* out = static_cast<std::string*>(context);
    out->append(token, static_cast<std::size_t>(size));
    out->push_back('\0');
    return SQLITE_OK;
}

bool rangeHasPrefix(const char* tokens, const char* end, const std::string& term)
{
    const std::size_t length = term.size();
    while (tokens < end) {
        const auto* stop =
            static_cast<const char*>(std::memchr(tokens, '\0', static_cast<std::size_t>(end - tokens)));
        const std::size_t tokenLength = static_cast<std::size_t>((stop ? stop : end) - tokens);
        if (tokenLength >= length && std::memcmp(tokens, term.data(), length) == 0) {
            return true;
        }
        tokens += tokenLength + 1;
    }
    return false;
}

bool rangeHasPrefixes(const char* tokens, const char* end, const SearchTerms& terms)
{
    return std::all_of(terms.cbegin(), terms.cend(),
                       [&](const std::string& term) { return rangeHasPrefix(tokens, end, term); });
}

} // namespace

struct SearchTokenizer::Api
{
    fts5_tokenizer methods{};
    Fts5Tokenizer* tokenizer = nullptr;
    // For text that is all ASCII, what the tokenizer does to each character, learnt from it:
    // 0 separates tokens, otherwise the character as it appears in a token (folded).
    std::array<char, 128> ascii{};
    bool knowsAscii = false;

    void tokenize(const char* utf8, int size, int flags, std::string& out) const
    {
        methods.xTokenize(tokenizer, &out, flags, utf8, size, appendToken);
    }
    void learnAscii();
};

void SearchTokenizer::Api::learnAscii()
{
    // "x" + c + "y" is one token "x?y" when c belongs in tokens, and "x", "y" when it separates.
    for (int c = 0; c < 128; ++c) {
        const char text[] = {'x', static_cast<char>(c), 'y'};
        std::string tokens;
        tokenize(text, 3, FTS5_TOKENIZE_DOCUMENT, tokens);
        if (tokens.size() == 4 && tokens[0] == 'x' && tokens[2] == 'y' && tokens[3] == '\0' &&
            tokens[1] != '\0') {
            ascii[static_cast<std::size_t>(c)] = tokens[1];
        } else if (tokens == std::string("x\0y\0", 4)) {
            ascii[static_cast<std::size_t>(c)] = 0;
        } else {
            return; // not a tokenizer that treats characters one by one: always ask it
        }
    }
    knowsAscii = true;
}

SearchTokenizer::SearchTokenizer(LeadReadConnection& connection)
    : m_api(std::make_unique<Api>())
{
    // SQLite hands out its FTS5 API through a pointer bound to SELECT fts5(?1).
    fts5_api* fts5 = nullptr;
    sqlite3_stmt* select = nullptr;
    if (sqlite3_prepare_v2(connection.handle(), "SELECT fts5(?1)", -1, &select, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(select, 1, static_cast<void*>(&fts5), "fts5_api_ptr", nullptr);
        sqlite3_step(select);
    }
    sqlite3_finalize(select);
    void* context = nullptr;
    const char* arguments[] = {"remove_diacritics", "2"}; // as leads_fts is declared (Migrations.cpp)
    if (!fts5 || fts5->iVersion < 2 ||
        fts5->xFindTokenizer(fts5, "unicode61", &context, &m_api->methods) != SQLITE_OK ||
        m_api->methods.xCreate(context, arguments, 2, &m_api->tokenizer) != SQLITE_OK) {
        // Unreachable in practice: a store without FTS5 cannot have been opened.
        throw StoreError(StoreError::Kind::Internal,
                         QStringLiteral("SQLite lacks FTS5's unicode61 tokenizer."));
    }
    m_api->learnAscii();
}

SearchTokenizer::~SearchTokenizer()
{
    if (m_api->tokenizer) {
        m_api->methods.xDelete(m_api->tokenizer);
    }
}

void SearchTokenizer::appendTokens(const char* utf8, int size, std::string& out) const
{
    if (!utf8 || size <= 0) {
        return;
    }
    const auto* bytes = reinterpret_cast<const unsigned char*>(utf8);
    if (!m_api->knowsAscii || std::any_of(bytes, bytes + size, [](unsigned char c) { return c >= 0x80; })) {
        m_api->tokenize(utf8, size, FTS5_TOKENIZE_DOCUMENT, out);
        return;
    }
    // Most names, emails and companies are ASCII: split them here, as the tokenizer would, which
    // is several times quicker than a call per field.
    bool inToken = false;
    for (int i = 0; i < size; ++i) {
        const char folded = m_api->ascii[bytes[i]];
        if (folded != 0) {
            out.push_back(folded);
            inToken = true;
        } else if (inToken) {
            out.push_back('\0');
            inToken = false;
        }
    }
    if (inToken) {
        out.push_back('\0');
    }
}

std::optional<std::string> SearchTokenizer::queryToken(const QString& word) const
{
    const QByteArray utf8 = word.toUtf8();
    std::string tokens;
    m_api->tokenize(utf8.constData(), static_cast<int>(utf8.size()),
                    FTS5_TOKENIZE_QUERY | FTS5_TOKENIZE_PREFIX, tokens);
    if (tokens.empty() || tokens.find('\0') != tokens.size() - 1) {
        return std::nullopt;
    }
    tokens.pop_back();
    return tokens;
}

bool hasTokenWithPrefix(const std::string& tokens, const std::string& term)
{
    return rangeHasPrefix(tokens.data(), tokens.data() + tokens.size(), term);
}

bool hasTokensWithPrefixes(const std::string& tokens, const SearchTerms& terms)
{
    return rangeHasPrefixes(tokens.data(), tokens.data() + tokens.size(), terms);
}

struct LeadTokenReader::Statement
{
    explicit Statement(LeadReadConnection& connection)
        : select(connection, QStringLiteral("SELECT %1 FROM leads WHERE row_id = ?").arg(kSearchedColumns))
    {
    }
    LeadReadConnection::Statement select;
};

LeadTokenReader::LeadTokenReader(LeadReadConnection& connection, const SearchTokenizer& tokenizer)
    : m_select(std::make_unique<Statement>(connection))
    , m_tokenizer(tokenizer)
{
}

LeadTokenReader::~LeadTokenReader() = default;

bool LeadTokenReader::read(qint64 rowId, std::string& tokens)
{
    tokens.clear();
    LeadReadConnection::Statement& select = m_select->select;
    select.bind(1, rowId);
    const bool found = select.step();
    if (found) {
        for (int column = 0; column < 5; ++column) {
            int size = 0;
            const char* text = select.utf8(column, &size);
            m_tokenizer.appendTokens(text, size, tokens);
        }
    }
    select.reset();
    return found;
}

LeadTokens LeadTokens::read(LeadReadConnection& connection, const SearchTokenizer& tokenizer,
                            std::vector<qint64> rowIds, const std::function<bool()>& stillWanted)
{
    const auto wanted = [&] {
        return !stillWanted || stillWanted();
    };
    const LeadReadConnection::Snapshot snapshot(connection);
    LeadTokens result;
    const std::size_t count = rowIds.size();
    result.m_starts.assign(count, 0);
    result.m_ends.assign(count, 0);
    result.m_initials.assign(count, {});
    result.m_tokens.reserve(count * 64);
    std::string tokens; // one lead's, as the tokenizer lists them
    const qint64 highest = rowIds.empty() ? 0 : *std::max_element(rowIds.cbegin(), rowIds.cend());
    if (count >= 4096 && static_cast<qint64>(count) * 8 >= highest) {
        // Many of the leads: one pass over the table beats looking each one up (about 0.2 µs a
        // lead passed against 2 to 7 µs a lookup).
        std::vector<std::int32_t> indexOfRow(static_cast<std::size_t>(highest) + 1, -1);
        for (std::size_t i = 0; i < count; ++i) {
            if (rowIds[i] >= 0) {
                indexOfRow[static_cast<std::size_t>(rowIds[i])] = static_cast<std::int32_t>(i);
            }
        }
        LeadReadConnection::Statement select(
            connection,
            QStringLiteral("SELECT row_id, %1 FROM leads WHERE row_id <= ?").arg(kSearchedColumns));
        select.bind(1, highest);
        for (std::size_t stepped = 1; select.step(); ++stepped) {
            if (stepped % 65536 == 0 && !wanted()) {
                return {};
            }
            const qint64 rowId = select.int64(0);
            const std::int32_t index =
                rowId >= 0 && rowId <= highest ? indexOfRow[static_cast<std::size_t>(rowId)] : -1;
            if (index >= 0) {
                tokens.clear();
                for (int column = 1; column <= 5; ++column) {
                    int size = 0;
                    const char* text = select.utf8(column, &size);
                    tokenizer.appendTokens(text, size, tokens);
                }
                result.store(static_cast<std::size_t>(index), tokens);
            }
        }
    } else {
        std::vector<std::uint32_t> byRow(count);
        std::iota(byRow.begin(), byRow.end(), 0u);
        std::sort(byRow.begin(), byRow.end(),
                  [&](std::uint32_t a, std::uint32_t b) { return rowIds[a] < rowIds[b]; });
        LeadTokenReader reader(connection, tokenizer);
        for (std::size_t i = 0; i < count; ++i) {
            if (i % 1024 == 0 && !wanted()) {
                return {};
            }
            if (reader.read(rowIds[byRow[i]], tokens)) {
                result.store(byRow[i], tokens);
            }
        }
    }
    result.m_tokens.shrink_to_fit();
    result.m_rowIds = std::move(rowIds);
    return result;
}

namespace {

std::uint64_t firstByteBit(const char* token)
{
    return std::uint64_t{1} << (static_cast<unsigned char>(token[0]) & 63u);
}

std::uint64_t firstPairBit(const char* token)
{
    const unsigned pair = static_cast<unsigned char>(token[0]) * 31u + static_cast<unsigned char>(token[1]);
    return std::uint64_t{1} << ((pair ^ (pair >> 6)) & 63u);
}

} // namespace

void LeadTokens::store(std::size_t index, const std::string& tokens)
{
    std::uint64_t firstBytes = 0;
    std::uint64_t firstPairs = 0;
    m_starts[index] = static_cast<std::uint32_t>(m_tokens.size());
    const char* token = tokens.data();
    const char* end = token + tokens.size();
    while (token < end) {
        const std::size_t length = std::strlen(token);
        const std::size_t kept = std::min(length, kMaxTermBytes);
        if (kept > 0) {
            m_tokens.push_back(static_cast<char>(static_cast<unsigned char>(kept)));
            m_tokens.append(token, kept);
            firstBytes |= firstByteBit(token);
            if (kept >= 2) {
                firstPairs |= firstPairBit(token);
            }
        }
        token += length + 1;
    }
    m_ends[index] = static_cast<std::uint32_t>(m_tokens.size());
    m_initials[index] = {firstBytes, firstPairs};
}

bool LeadTokens::mayMatch(std::size_t index, const std::string& term) const
{
    const Initials& initials = m_initials[index];
    return (initials.bytes & firstByteBit(term.data())) != 0 &&
           (term.size() < 2 || (initials.pairs & firstPairBit(term.data())) != 0);
}

bool LeadTokens::matches(std::size_t index, const std::string& term) const
{
    if (term.empty()) {
        return true;
    }
    if (!mayMatch(index, term)) {
        return false;
    }
    const char* token = m_tokens.data() + m_starts[index];
    const char* end = m_tokens.data() + m_ends[index];
    while (token < end) {
        const std::size_t length = static_cast<unsigned char>(*token);
        if (length >= term.size() && std::memcmp(token + 1, term.data(), term.size()) == 0) {
            return true;
        }
        token += length + 1;
    }
    return false;
}

bool LeadTokens::matches(std::size_t index, const SearchTerms& terms) const
{
    // Every term's initials first: most leads fail there, before any token is read.
    for (const std::string& term : terms) {
        if (!term.empty() && !mayMatch(index, term)) {
            return false;
        }
    }
    return std::all_of(terms.cbegin(), terms.cend(),
                       [&](const std::string& term) { return matches(index, term); });
}

} // namespace leadbox
