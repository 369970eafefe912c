#include "models/leads/SearchExpression.h"

#include <QStringList>

namespace leadbox {

QString ftsMatchExpression(const QString& userText)
{
    QStringList terms;
    const QStringList words = userText.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& word : words) {
        const bool searchable =
            std::any_of(word.begin(), word.end(), [](QChar c) { return c.isLetterOrNumber(); });
        if (!searchable) {
            continue;
        }
        // A quoted phrase with a trailing * is a prefix query; doubling quotes escapes them.
        QString quoted = word;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        terms.append(QLatin1Char('"') + quoted + QStringLiteral("\"*"));
    }
    return terms.join(QLatin1Char(' '));
}

} // namespace leadbox
