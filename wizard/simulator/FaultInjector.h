#pragma once

#include <QRandomGenerator>
#include <QString>

struct SimRequest;

// Decides, deterministically from --seed, which API requests go wrong and how (--fault-rate).
// Two numbers are drawn per request whatever the rate, so the same seed and the same sequence of
// requests give the same faults.
class FaultInjector
{
public:
    enum class Fault
    {
        None,
        ServiceUnavailable,    // 503 with an error body, nothing processed
        TooManyRequests,       // 429 with Retry-After: 1, nothing processed
        ResetBeforeProcessing, // connection dropped, nothing processed
        DropAfterProcessing,   // a change was made, then the connection dropped before the answer
        TruncatedBody,         // a read was answered with half of its JSON
    };

    explicit FaultInjector(quint32 seed);
    void setRate(double rate) { m_rate = rate; }
    double rate() const { return m_rate; }

    Fault decide(const SimRequest &request);

    // A request that changes something (a status read or a sync is not one). `path` may carry a query,
    // as in the request log; the tests judge logged requests with this too.
    static bool isChanging(const QByteArray &method, const QString &path);
    static QString name(Fault fault);

private:
    QRandomGenerator m_random;
    double m_rate = 0.0;
};
