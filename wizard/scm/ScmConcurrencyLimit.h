#pragma once

// How many SCM calls may be on the wire at once. Starts at the configured maximum; a 429 or a
// Retry-After halves it (never below 1); every `successesPerStep` successes in a row win one slot
// back, up to the maximum. Qt's own per-host cap is not the mechanism: HTTP/2 multiplexes
// everything over one connection.
class ScmConcurrencyLimit
{
public:
    explicit ScmConcurrencyLimit(int maximum = 6);

    void setMaximum(int maximum);
    int maximum() const { return m_maximum; }
    int bound() const { return m_bound; }
    int inFlight() const { return m_inFlight; }
    bool hasFreeSlot() const { return m_inFlight < m_bound; }

    void acquire() { ++m_inFlight; }
    void release();
    void recordSuccess();
    void recordRateLimited();

    int successesPerStep = 10;

private:
    int m_maximum;
    int m_bound;
    int m_inFlight = 0;
    int m_successesInARow = 0;
};
