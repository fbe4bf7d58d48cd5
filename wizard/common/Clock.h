#pragma once

#include <QDateTime>

// The time that every waiting part of mpki-setup reads (the engine's polling, the simulator's
// validation and DCV delays), so that a benchmark can play hours of waiting in seconds by giving
// both sides the same scaled clock.
class Clock
{
public:
    virtual ~Clock();
    virtual QDateTime now() const = 0;
    // How many real milliseconds pass while this clock advances by `clockMs`.
    virtual qint64 realDelayMs(qint64 clockMs) const = 0;

    // The wall clock, shared by everything that is not told otherwise.
    static Clock *system();
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
    qint64 realDelayMs(qint64 clockMs) const override { return clockMs; }
};

// Runs `factor` times faster than the wall clock, starting from the wall clock's now.
class ScaledClock final : public Clock
{
public:
    explicit ScaledClock(double factor);
    QDateTime now() const override;
    qint64 realDelayMs(qint64 clockMs) const override;

private:
    double m_factor;
    QDateTime m_start;
    qint64 m_startMonotonicMs;
};
