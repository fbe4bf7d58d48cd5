#include "RequestLogStats.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <utility>

QList<LoggedRequest> RequestLogStats::read(const QString &path)
{
    QList<LoggedRequest> requests;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return requests;
    while (!file.atEnd()) {
        const QJsonObject line = QJsonDocument::fromJson(file.readLine()).object();
        if (line.isEmpty())
            continue;
        LoggedRequest request;
        request.method = line.value(QStringLiteral("method")).toString();
        request.path = line.value(QStringLiteral("path")).toString();
        request.status = line.value(QStringLiteral("status")).toInt();
        request.login = line.value(QStringLiteral("login")).toString();
        request.t0 = qint64(line.value(QStringLiteral("t0")).toDouble());
        request.t1 = qint64(line.value(QStringLiteral("t1")).toDouble());
        request.inFlight = line.value(QStringLiteral("inFlight")).toInt();
        requests << request;
    }
    return requests;
}

int RequestLogStats::maxInFlight(const QList<LoggedRequest> &requests)
{
    // +1 at arrival, -1 at the answer; an answer and an arrival in the same millisecond count the
    // answer first (ms resolution cannot tell them apart, and the client only sends after it).
    QList<std::pair<qint64, int>> events;
    int reported = 0;
    for (const LoggedRequest &request : requests) {
        events.append({request.t0, +1});
        events.append({request.t1, -1});
        reported = std::max(reported, request.inFlight);
    }
    std::sort(events.begin(), events.end());
    int now = 0, most = 0;
    for (const auto &event : std::as_const(events)) {
        now += event.second;
        most = std::max(most, now);
    }
    return std::max(most, reported);
}

int RequestLogStats::rounds(QList<LoggedRequest> requests)
{
    std::sort(requests.begin(), requests.end(),
              [](const LoggedRequest &a, const LoggedRequest &b) { return a.t0 < b.t0; });
    int waves = 0;
    qint64 waveEnd = -1;
    for (const LoggedRequest &request : std::as_const(requests)) {
        if (waves == 0 || request.t0 >= waveEnd) {
            ++waves;
            waveEnd = request.t1;
        } else {
            waveEnd = std::max(waveEnd, request.t1);
        }
    }
    return waves;
}
