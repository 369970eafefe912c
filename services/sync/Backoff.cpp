#include "services/sync/Backoff.h"

#include <QRandomGenerator>
#include <algorithm>

namespace leadbox {

Backoff::Backoff(qint64 baseMs, qint64 maxMs)
    : m_baseMs(std::max<qint64>(1, baseMs))
    , m_maxMs(std::max(m_baseMs, maxMs))
{
}

qint64 Backoff::delayMs(int failures, qint64 retryAfterMs) const
{
    return delayMs(failures, retryAfterMs, QRandomGenerator::global()->generateDouble());
}

qint64 Backoff::delayMs(int failures, qint64 retryAfterMs, double jitter) const
{
    // base · 2^(n-1), capped; then "equal jitter": half of it fixed, half random.
    const int doublings = std::clamp(failures - 1, 0, 30);
    const qint64 ceiling = std::min(m_maxMs, m_baseMs << doublings);
    const qint64 delay = ceiling / 2 + static_cast<qint64>(static_cast<double>(ceiling / 2) * jitter);
    return std::max(delay, retryAfterMs);
}

} // namespace leadbox
