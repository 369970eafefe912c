#pragma once

#include <QtGlobal>

namespace leadbox {

// How long to wait before the n-th retry: exponential from `baseMs`, capped at `maxMs`, with jitter so
// that many clients coming back at once do not knock together; never shorter than the server's
// Retry-After.
class Backoff
{
public:
    Backoff(qint64 baseMs, qint64 maxMs);

    // `failures` >= 1 counts the failures in a row; `retryAfterMs` < 0 when the server did not say.
    qint64 delayMs(int failures, qint64 retryAfterMs) const;
    // The same with the random part given (0 ≤ jitter < 1), for tests.
    qint64 delayMs(int failures, qint64 retryAfterMs, double jitter) const;

    qint64 maxMs() const { return m_maxMs; }

private:
    qint64 m_baseMs;
    qint64 m_maxMs;
};

} // namespace leadbox
