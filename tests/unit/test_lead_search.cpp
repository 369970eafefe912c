#include "StoreFixture.h"
#include "models/DataLocation.h"
#include "models/WorkspaceStore.h"
#include "models/leads/LeadOrder.h"
#include "models/leads/LeadReadConnection.h"
#include "models/leads/LeadSearch.h"
#include "models/leads/SearchExpression.h"
#include "models/leads/SearchTokens.h"

#include <random>

using namespace leadbox;

namespace {

const QStringList kFirstNames{
    QStringLiteral("Ann"),     QStringLiteral("Anna"),       QStringLiteral("Anne-Marie"),
    QStringLiteral("Jürgen"),  QStringLiteral("Małgorzata"), QStringLiteral("Øystein"),
    QStringLiteral("José"),    QStringLiteral("Zoë"),        QStringLiteral("Søren"),
    QStringLiteral("Émile"),   QStringLiteral("Łukasz"),     QStringLiteral("Noah"),
    QStringLiteral("Quentin"), QStringLiteral("Ærin"),       QStringLiteral("Coco"),
    QStringLiteral("Dvořa")};
const QStringList kLastNames{QStringLiteral("Müller"), QStringLiteral("O'Brien"),  QStringLiteral("Ødegaard"),
                             QStringLiteral("Dvořák"), QStringLiteral("García"),   QStringLiteral("Nováková"),
                             QStringLiteral("Smith"),  QStringLiteral("Kowalski"), QStringLiteral("de Vries"),
                             QStringLiteral("Straße"), QStringLiteral("Nuñez"),    QStringLiteral("Coleman")};
const QStringList kCompanies{QStringLiteral("Acme Co"),        QStringLiteral("Co-op Ltd"),
                             QStringLiteral("Globex"),         QStringLiteral("Zenith Systems"),
                             QStringLiteral("Fjord GmbH"),     QStringLiteral("Café Noir"),
                             QStringLiteral("Ünited Öl & Co"), QString()};
const QList<QStringList> kTags{{},
                               {QStringLiteral("vip")},
                               {QStringLiteral("expo"), QStringLiteral("webinar")},
                               {QStringLiteral("Coffee")}};

// Leads whose words share prefixes in many ways, with accents, apostrophes, digits and mixed case,
// created in an order unrelated to their row order.
void addLeads(WorkspaceStore& store, int count)
{
    std::mt19937 random(7);
    for (int i = 0; i < count; ++i) {
        Lead lead;
        lead.firstName =
            kFirstNames.at(static_cast<qsizetype>(random() % static_cast<unsigned>(kFirstNames.size())));
        lead.lastName =
            kLastNames.at(static_cast<qsizetype>(random() % static_cast<unsigned>(kLastNames.size())));
        lead.company =
            kCompanies.at(static_cast<qsizetype>(random() % static_cast<unsigned>(kCompanies.size())));
        lead.tags = kTags.at(static_cast<qsizetype>(random() % static_cast<unsigned>(kTags.size())));
        lead.email = QStringLiteral("%1.%2%3@mail%4.test")
                         .arg(searchWords(lead.firstName).first(), searchWords(lead.lastName).last())
                         .arg(i)
                         .arg(random() % 3);
        lead.createdAt = QDateTime::fromMSecsSinceEpoch(
            1'500'000'000'000 + static_cast<qint64>(random() % 100'000'000), Qt::UTC);
        store.leads().add(lead);
    }
}

// Tokens as SearchTokenizer lists them: each followed by a '\0'.
QByteArray tokenList(const QList<QByteArray>& tokens)
{
    QByteArray list;
    for (const QByteArray& token : tokens) {
        list += token;
        list += '\0';
    }
    return list;
}

std::vector<qint64> rowIdsOf(const LeadOrder& order)
{
    return order.rowIds();
}

} // namespace

// LeadSearch finds the first page of a search without asking FTS5 for every match. Whatever path
// it takes (the tokens in memory, leads read from the store, FTS5 for the rarer words), its rows
// must be exactly the first rows of what FTS5 matches, in the ranking's order.
class TestLeadSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void tokenizesAsTheIndexDoes();
    void firstPageIsThePrefixOfTheFullResult_data();
    void firstPageIsThePrefixOfTheFullResult();
    void tokensHeldInMemoryMatchTheStore();

private:
    QStringList queries() const;

    std::unique_ptr<ScratchDir> m_dir;
    std::unique_ptr<WorkspaceStore> m_store;
    std::unique_ptr<LeadReadConnection> m_db;
    std::unique_ptr<SearchTokenizer> m_tokenizer;
};

void TestLeadSearch::initTestCase()
{
    m_dir = std::make_unique<ScratchDir>();
    m_store = WorkspaceStore::openLocal(DataLocation(m_dir->path()));
    addLeads(*m_store, 1200);
    m_db = std::make_unique<LeadReadConnection>(m_store->database());
    m_tokenizer = std::make_unique<SearchTokenizer>(*m_db);
}

void TestLeadSearch::cleanupTestCase()
{
    m_tokenizer.reset();
    m_db.reset();
    m_store.reset();
    m_dir.reset();
}

QStringList TestLeadSearch::queries() const
{
    // Prefixes of one to four characters of every word in the data, as typed (accents, case).
    QStringList words;
    for (const QStringList* list : {&kFirstNames, &kLastNames, &kCompanies}) {
        for (const QString& text : *list) {
            words += searchWords(text);
        }
    }
    words += QStringList{QStringLiteral("vip"), QStringLiteral("webinar"), QStringLiteral("mail1"),
                         QStringLiteral("test")};
    QStringList queries;
    for (const QString& word : words) {
        for (int length = 1; length <= std::min<int>(4, static_cast<int>(word.size())); ++length) {
            queries.append(word.left(length));
        }
    }
    queries.removeDuplicates();
    // Several words, words folded differently from how they were typed, and no match at all.
    queries += QStringList{
        QStringLiteral("Ann Mü"),     QStringLiteral("co an"),      QStringLiteral("jurgen"),
        QStringLiteral("JÜRG"),       QStringLiteral("nu"),         QStringLiteral("o'bri"),
        QStringLiteral("noah.g"),     QStringLiteral("zoe fj"),     QStringLiteral("c c c"),
        QStringLiteral("søren de v"), QStringLiteral("a b"),        QStringLiteral("strasse"),
        QStringLiteral("straß"),      QStringLiteral("12"),         QStringLiteral("quentin.smith1"),
        QStringLiteral("xyzzy"),      QStringLiteral("an xyzzy"),   QStringLiteral("ø"),
        QStringLiteral("o"),          QStringLiteral("coffee vip"), QStringLiteral("ann@mail2")};
    return queries;
}

void TestLeadSearch::tokenizesAsTheIndexDoes()
{
    std::string tokens;
    const QByteArray text = QStringLiteral("Anne-Marie O'Brien, ACME-42 Jürgen Ødegaard café").toUtf8();
    m_tokenizer->appendTokens(text.constData(), static_cast<int>(text.size()), tokens);
    QCOMPARE(QByteArray::fromStdString(tokens),
             tokenList({"anne", "marie", "o", "brien", "acme", "42", "jurgen",
                        "\xc3\xb8"
                        "degaard",
                        "cafe"}));
    std::string ascii;
    m_tokenizer->appendTokens("Ann_Lee+1@x.io", 14, ascii); // all ASCII: split without calling FTS5
    QCOMPARE(QByteArray::fromStdString(ascii), tokenList({"ann", "lee", "1", "x", "io"}));

    QCOMPARE(m_tokenizer->queryToken(QStringLiteral("Nú")).value_or(std::string()), std::string("nu"));
    QCOMPARE(m_tokenizer->queryToken(QStringLiteral("ØDE")).value_or(std::string()), std::string("\xc3\xb8"
                                                                                                 "de"));
    QVERIFY(!m_tokenizer->queryToken(QStringLiteral("a b"))); // two tokens: FTS5's business
    QVERIFY(!m_tokenizer->queryToken(QStringLiteral("-")));   // none

    QVERIFY(hasTokenWithPrefix(tokens, "brie"));
    QVERIFY(!hasTokenWithPrefix(tokens, "rien"));
    QVERIFY(hasTokensWithPrefixes(tokens, {"mar", "o", "caf"}));
    QVERIFY(!hasTokensWithPrefixes(tokens, {"mar", "zz"}));
}

void TestLeadSearch::firstPageIsThePrefixOfTheFullResult_data()
{
    QTest::addColumn<int>("sortField");
    QTest::addColumn<int>("order");
    QTest::addColumn<int>("tokensHeld"); // -1: none
    QTest::addColumn<bool>("smallLimits");
    const QList<QPair<LeadField, Qt::SortOrder>> sorts{{LeadField::CreatedAt, Qt::DescendingOrder},
                                                       {LeadField::Company, Qt::AscendingOrder},
                                                       {LeadField::LastName, Qt::DescendingOrder}};
    for (const auto& [field, order] : sorts) {
        for (const int held : {-1, 0, 100, 1200}) {
            for (const bool small : {false, true}) {
                QTest::addRow("%s %s, %d tokens held, %s limits", fieldInfo(field).key,
                              order == Qt::AscendingOrder ? "asc" : "desc", held, small ? "small" : "default")
                    << static_cast<int>(field) << static_cast<int>(order) << held << small;
            }
        }
    }
}

void TestLeadSearch::firstPageIsThePrefixOfTheFullResult()
{
    QFETCH(int, sortField);
    QFETCH(int, order);
    QFETCH(int, tokensHeld);
    QFETCH(bool, smallLimits);
    const LeadOrder ranking = LeadOrder::ranking(
        *m_db, LeadOrder::rankingQuery(static_cast<LeadField>(sortField), static_cast<Qt::SortOrder>(order)));
    QCOMPARE(ranking.size(), 1200);
    LeadTokens held;
    if (tokensHeld >= 0) {
        const std::vector<qint64> head(ranking.rowIds().begin(), ranking.rowIds().begin() + tokensHeld);
        held = LeadTokens::read(*m_db, *m_tokenizer, head, {});
        QCOMPARE(held.size(), static_cast<std::size_t>(tokensHeld));
    }
    LeadSearch::Limits limits;
    if (smallLimits) {
        // Small enough that a store of 1,200 leads goes through every step: the walk stops at a
        // page, reads leads from the store, gives up on rare words, and tests words on candidates.
        limits.fullPage = 40;
        limits.screenful = 12;
        limits.walkReads = 60;
        limits.narrowMatches = 150;
        limits.testEveryCandidate = 20;
        limits.estimateSample = 64;
        limits.walkCheckpoint = 50;
    }
    LeadSearch search(*m_db, *m_tokenizer, limits);
    int incomplete = 0;
    int withMatches = 0;
    for (const QString& query : queries()) {
        const QStringList words = searchWords(query);
        SearchTerms terms;
        for (const QString& word : words) {
            if (std::optional<std::string> term = m_tokenizer->queryToken(word)) {
                terms.push_back(*term);
            }
        }
        QVERIFY2(terms.size() == static_cast<std::size_t>(words.size()), qPrintable(query));
        const std::vector<qint64> expected = rowIdsOf(ranking.filtered(*m_db, ftsMatchExpression(words)));
        const SearchPage page = search.firstPage(ranking, tokensHeld >= 0 ? &held : nullptr, words, terms);
        const QString context =
            QStringLiteral("“%1”: %2 of %3 rows, %4")
                .arg(query)
                .arg(page.rowIds.size())
                .arg(expected.size())
                .arg(page.complete ? QStringLiteral("complete") : QStringLiteral("a first page"));
        QVERIFY2(page.rowIds.size() <= expected.size() &&
                     std::equal(page.rowIds.begin(), page.rowIds.end(), expected.begin()),
                 qPrintable(context));
        if (page.complete) {
            QVERIFY2(page.rowIds.size() == expected.size(), qPrintable(context));
        } else {
            QVERIFY2(static_cast<qint64>(page.rowIds.size()) >= limits.screenful, qPrintable(context));
            ++incomplete;
        }
        withMatches += expected.empty() ? 0 : 1;
    }
    QVERIFY(withMatches > 100); // the queries do find leads
    if (smallLimits) {
        QVERIFY(incomplete > 0); // some first pages leave the rest to the full search
    }
}

void TestLeadSearch::tokensHeldInMemoryMatchTheStore()
{
    // Few leads are read one by one, many in a pass over the table: both give the same tokens.
    const LeadOrder ranking =
        LeadOrder::ranking(*m_db, LeadOrder::rankingQuery(LeadField::CreatedAt, Qt::DescendingOrder));
    const std::vector<qint64> few(ranking.rowIds().begin(), ranking.rowIds().begin() + 50);
    const LeadTokens readOneByOne = LeadTokens::read(*m_db, *m_tokenizer, few, {});
    const LeadTokens readInAPass = LeadTokens::read(*m_db, *m_tokenizer, ranking.rowIds(), {});
    QCOMPARE(readInAPass.size(), ranking.rowIds().size());
    QVERIFY(readOneByOne.rowIds() == few);
    LeadTokenReader reader(*m_db, *m_tokenizer);
    std::string tokens;
    for (std::size_t i = 0; i < few.size(); ++i) {
        QVERIFY(reader.read(few[i], tokens));
        for (const std::string term : {"a", "co", "jur", "\xc3\xb8", "mail", "vip", "zz"}) {
            QCOMPARE(readOneByOne.matches(i, term), hasTokenWithPrefix(tokens, term));
            QCOMPARE(readInAPass.matches(i, term), hasTokenWithPrefix(tokens, term));
        }
    }
    // Stopping early gives nothing rather than a part.
    QCOMPARE(LeadTokens::read(*m_db, *m_tokenizer, few, [] { return false; }).size(), std::size_t{0});
}

QTEST_GUILESS_MAIN(TestLeadSearch)
#include "test_lead_search.moc"
