#include "PollPolicy.h"

#include <algorithm>

qint64 PollPolicy::delayMs(int attempt, int retryAfterSeconds) const
{
    qint64 delay = m_initialMs;
    for (int i = 0; i < attempt && delay < m_capMs; ++i)
        delay *= 2;
    delay = std::min(delay, m_capMs);
    if (retryAfterSeconds >= 0)
        delay = std::max(delay, qint64(retryAfterSeconds) * 1000);
    return delay;
}
