#pragma once

#include <QHash>
#include <QList>
#include <QString>

// One line of the simulator's request log (see wizard/simulator/RequestLog.h).
struct LoggedRequest
{
    QString method;
    QString path; // with the query, below the server root (e.g. /api/domain/v1?name=x)
    int status = 0;
    QString login;
    qint64 t0 = 0; // wall ms since the epoch: arrival
    qint64 t1 = 0; // wall ms since the epoch: answer
    int inFlight = 0;
    QString step; // filled in by StepAttribution
};

namespace RequestLogStats {
// Every line of the log (lines that are not JSON objects are skipped).
QList<LoggedRequest> read(const QString &path);
// The most requests that were in the server at once: the sweep over the t0/t1 intervals, and the
// simulator's own inFlight count at arrival, whichever is larger.
int maxInFlight(const QList<LoggedRequest> &requests);
// Sequential waves: a request that arrives after everything of the current wave was answered starts
// the next one. For the requests of one step, the round trips that step put on the clock.
int rounds(QList<LoggedRequest> requests);
} // namespace RequestLogStats
