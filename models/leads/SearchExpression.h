#pragma once

#include <QString>
#include <QStringList>

namespace leadbox {

// The words of what a user types, as the search index splits text: runs of letters, digits and
// combining marks. "ann@acme" gives "ann" and "acme".
QStringList searchWords(const QString& userText);

// Turns what a user types into a safe FTS5 MATCH expression: every word must match the start
// of a word in name, email, company or tags. FTS5 operators typed by the user are taken as
// plain text. Returns an empty string when nothing searchable was typed.
QString ftsMatchExpression(const QString& userText);
// The same for words already split by searchWords().
QString ftsMatchExpression(const QStringList& words);

} // namespace leadbox
