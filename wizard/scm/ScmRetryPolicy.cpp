#include "ScmRetryPolicy.h"

#include "ScmError.h"

#include <QRandomGenerator>

#include <algorithm>

bool ScmRetryPolicy::shouldRetry(const ScmError &error, bool idempotent, int attempt,
                                 bool truncatedAnswer) const
{
    // A create is never repeated here: whether the first one reached SCM is unknown, and a second
    // one could make a duplicate. The caller looks the object up first.
    if (!idempotent || attempt >= maxAttempts)
        return false;
    if (error.kind() == ScmError::Kind::RateLimited && error.retryAfterSeconds() * 1000LL > maxRetryAfterMs)
        return false;
    return error.isTransient() || (truncatedAnswer && error.kind() == ScmError::Kind::Protocol);
}

int ScmRetryPolicy::delayMs(const ScmError &error, int attempt, QRandomGenerator *random) const
{
    const int shift = std::clamp(attempt - 1, 0, 20);
    const qint64 exponential = std::min<qint64>(qint64(initialBackoffMs) << shift, backoffCapMs);
    // "Equal jitter": half fixed, half random, so that many clients do not come back in step.
    const qint64 half = exponential / 2;
    const qint64 jittered = half + (half > 0 ? qint64(random->bounded(quint32(half) + 1)) : 0);
    if (error.retryAfterSeconds() >= 0) {
        const qint64 asked = qint64(error.retryAfterSeconds()) * 1000;
        return int(std::max(asked, std::min<qint64>(jittered, asked + half)));
    }
    return int(jittered);
}
