#include "models/leads/SearchExpression.h"

namespace leadbox {

QStringList searchWords(const QString& userText)
{
    // The index splits text into words of letters and digits, as the unicode61 tokenizer does, so
    // the query does the same: "ann@acme" looks for words starting "ann" and "acme".
    QStringList words;
    QString word;
    for (const QChar c : userText) {
        if (c.isLetterOrNumber() || c.isMark()) {
            word.append(c);
        } else if (!word.isEmpty()) {
            words.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty()) {
        words.append(word);
    }
    return words;
}

QString ftsMatchExpression(const QStringList& words)
{
    // Only letters, digits and marks reach FTS5, quoted, so nothing a user types is query syntax.
    QStringList terms;
    terms.reserve(words.size());
    for (const QString& word : words) {
        terms.append(QLatin1Char('"') + word + QStringLiteral("\"*"));
    }
    return terms.join(QLatin1Char(' '));
}

QString ftsMatchExpression(const QString& userText)
{
    return ftsMatchExpression(searchWords(userText));
}

} // namespace leadbox
