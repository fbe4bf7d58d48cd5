#include "Clock.h"

#include <QElapsedTimer>

#include <cmath>

namespace {
qint64 monotonicMs()
{
    static QElapsedTimer timer = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return timer.elapsed();
}
} // namespace

Clock::~Clock() = default;

Clock *Clock::system()
{
    static SystemClock clock;
    return &clock;
}

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

ScaledClock::ScaledClock(double factor)
    : m_factor(factor > 0 ? factor : 1.0)
    , m_start(QDateTime::currentDateTimeUtc())
    , m_startMonotonicMs(monotonicMs())
{}

QDateTime ScaledClock::now() const
{
    const double elapsed = double(monotonicMs() - m_startMonotonicMs) * m_factor;
    return m_start.addMSecs(qint64(elapsed));
}

qint64 ScaledClock::realDelayMs(qint64 clockMs) const
{
    return qint64(std::ceil(double(clockMs) / m_factor));
}
