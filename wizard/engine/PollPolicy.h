#pragma once

#include <QtGlobal>

// How long a waiting step sleeps before it looks again: capped exponential backoff in clock time
// (the Runner converts it with Clock::realDelayMs, so a scaled clock plays hours in seconds). A
// server's Retry-After wins over the backoff when it asks for longer.
class PollPolicy
{
public:
    PollPolicy() = default;
    PollPolicy(qint64 initialMs, qint64 capMs)
        : m_initialMs(initialMs)
        , m_capMs(capMs)
    {}

    // The default for most waits: 2 s doubling up to 60 s.
    static PollPolicy standard() { return PollPolicy(2000, 60000); }
    // Organisation validation is human vetting at Sectigo (hours to days): up to 5 minutes between
    // looks, so an hour of waiting costs fewer than 40 polls.
    static PollPolicy validation() { return PollPolicy(2000, 300000); }
    // Waiting for a person to change the operator's password at SCM's web page: every look is a
    // login that SCM refuses until then, and SCM locks an admin after an undocumented number of
    // refusals (the simulator's --lockout-after). 5, 10, 20, 40 then 60 minutes apart: three looks in
    // the first hour, one an hour after; the person's "done" (Runner::pollNow) looks at once.
    static PollPolicy manualPasswordChange() { return PollPolicy(300000, 3600000); }

    // The wait before poll number `attempt` (0 = the first look after the step said "waiting"),
    // at least `retryAfterSeconds` when the server asked for that (-1: it did not).
    qint64 delayMs(int attempt, int retryAfterSeconds = -1) const;

    qint64 initialMs() const { return m_initialMs; }
    qint64 capMs() const { return m_capMs; }

private:
    qint64 m_initialMs = 2000;
    qint64 m_capMs = 60000;
};
