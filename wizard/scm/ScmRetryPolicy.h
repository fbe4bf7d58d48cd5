#pragma once

#include <QtGlobal>

class ScmError;
class QRandomGenerator;

// When and after how long an SCM call is tried again: only idempotent calls, only on failures that
// may pass (network, timeout, 5xx, rate limits, a truncated answer), capped exponential backoff
// with jitter, and the server's Retry-After when it gave one.
class ScmRetryPolicy
{
public:
    int maxAttempts = 5;
    int initialBackoffMs = 500;
    int backoffCapMs = 8000;
    // A Retry-After longer than this (on a 429, a 503 or anything else) is not waited for: the call
    // fails and the caller (the engine's polling, bounded by the run's deadline) decides when to come
    // back. No wait between attempts is ever longer.
    int maxRetryAfterMs = 120000;

    // `attempt` is the number of the attempt that just failed (1 = the first).
    // `truncatedAnswer`: a 2xx whose body was not valid JSON (a connection cut mid-answer).
    bool shouldRetry(const ScmError &error, bool idempotent, int attempt, bool truncatedAnswer) const;
    // How long to wait (in clock milliseconds) before attempt `attempt + 1`; never more than
    // maxRetryAfterMs, never negative.
    qint64 delayMs(const ScmError &error, int attempt, QRandomGenerator *random) const;
};
