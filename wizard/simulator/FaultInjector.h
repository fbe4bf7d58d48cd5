#pragma once

#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

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
        // The kinds below are drawn only when named in setKinds() (--fault-kinds), so that a seed
        // keeps giving the faults it always gave without them.
        MalformedBody,    // processed, then answered with a body that is not JSON at all
        MissingLocation,  // a create was made and answered 201 without its Location header
        SlowDrip,         // processed, the answer written a few bytes at a time over seconds
        ServerErrorBurst, // this and the next few requests answered 500/502/503, nothing processed
    };

    explicit FaultInjector(quint32 seed);
    void setRate(double rate) { m_rate = rate; }
    double rate() const { return m_rate; }
    // Which faults are drawn, by name(): "503", "429", "reset", "truncated" (a change made and its
    // answer lost for a changing request, as before), "malformed", "no-location", "slow-drip",
    // "5xx-burst". Empty: the first four (the default). False with *error naming an unknown kind.
    bool setKinds(const QStringList &kinds, QString *error);
    static QStringList kindNames();

    Fault decide(const SimRequest &request);
    // For a burst: the status of the answer (500, 502 or 503) of a request decided ServerErrorBurst.
    int burstStatus() const { return m_burstStatus; }

    // A request that changes something (a status read or a sync is not one). `path` may carry a query,
    // as in the request log; the tests judge logged requests with this too.
    static bool isChanging(const QByteArray &method, const QString &path);
    static QString name(Fault fault);

private:
    QRandomGenerator m_random;
    double m_rate = 0.0;
    QList<Fault> m_kinds; // empty: the four default kinds, drawn as before
    int m_burstLeft = 0;
    int m_burstStatus = 503;
};
