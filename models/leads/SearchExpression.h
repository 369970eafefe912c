#pragma once

#include <QString>

namespace leadbox {

// Turns what a user types into a safe FTS5 MATCH expression: every word must match the start
// of a word in name, email, company or tags. FTS5 operators typed by the user are taken as
// plain text. Returns an empty string when nothing searchable was typed.
QString ftsMatchExpression(const QString& userText);

} // namespace leadbox
