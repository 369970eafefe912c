#pragma once

#include <QString>

namespace leadbox {

// Masks what must never reach a log line or a diagnostics bundle: ID and refresh tokens,
// bearer credentials, passwords and keys in JSON or URLs, and email addresses.
QString redact(const QString& text);

} // namespace leadbox
