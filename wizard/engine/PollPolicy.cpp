#include "PollPolicy.h"

#include <algorithm>

qint64 PollPolicy::delayMs(int attempt, int retryAfterSeconds) const
{
    qint64 delay = m_initialMs;
    for (int i = 0; i < attempt && delay < m_capMs; ++i)
        delay *= 2;
    delay = std::min(delay, m_capMs);
    // The server's wish, but never beyond five minutes or the policy's own cap: the runner's deadline
    // bounds the rest.
    constexpr qint64 longestRetryAfterMs = 300000;
    if (retryAfterSeconds >= 0)
        delay = std::max(delay,
                         std::min(qint64(retryAfterSeconds) * 1000, std::max(m_capMs, longestRetryAfterMs)));
    return delay;
}
