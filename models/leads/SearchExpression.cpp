#include "models/leads/SearchExpression.h"

#include <QStringList>

namespace leadbox {

QString ftsMatchExpression(const QString& userText)
{
    // The index splits text into words of letters and digits, as the unicode61 tokenizer does, so
    // the query does the same: "ann@acme" looks for words starting "ann" and "acme". Only letters
    // and digits reach FTS5, quoted, so nothing a user types is taken as query syntax.
    QStringList terms;
    QString token;
    const auto flush = [&] {
        if (!token.isEmpty()) {
            terms.append(QLatin1Char('"') + token + QStringLiteral("\"*"));
            token.clear();
        }
    };
    for (const QChar c : userText) {
        if (c.isLetterOrNumber() || c.isMark()) {
            token.append(c);
        } else {
            flush();
        }
    }
    flush();
    return terms.join(QLatin1Char(' '));
}

} // namespace leadbox
