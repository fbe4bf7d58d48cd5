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
    // A server that asks for a long pause gets it from the caller's next look, not from a timer here.
    if (error.retryAfterSeconds() > qint64(maxRetryAfterMs) / 1000)
        return false;
    return error.isTransient() || (truncatedAnswer && error.kind() == ScmError::Kind::Protocol);
}

qint64 ScmRetryPolicy::delayMs(const ScmError &error, int attempt, QRandomGenerator *random) const
{
    const int shift = std::clamp(attempt - 1, 0, 20);
    const qint64 exponential = std::min<qint64>(qint64(initialBackoffMs) << shift, backoffCapMs);
    // "Equal jitter": half fixed, half random, so that many clients do not come back in step.
    const qint64 half = exponential / 2;
    const qint64 jittered = half + (half > 0 ? qint64(random->bounded(quint32(half) + 1)) : 0);
    const qint64 cap = std::max(0, maxRetryAfterMs);
    if (error.retryAfterSeconds() >= 0) {
        const qint64 asked = std::min(error.retryAfterSeconds(), cap / 1000 + 1) * 1000;
        return std::clamp<qint64>(std::max(asked, std::min<qint64>(jittered, asked + half)), 0, cap);
    }
    return std::clamp<qint64>(jittered, 0, cap);
}
