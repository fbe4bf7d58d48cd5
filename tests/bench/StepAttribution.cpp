#include "StepAttribution.h"

#include <QStringList>

namespace {
// Requests arrive and steps change within the same millisecond; ms timestamps need this slack.
constexpr qint64 slackMs = 2;

QString apiPath(QString path)
{
    if (path.startsWith(QLatin1String("/api/")))
        path = path.mid(5);
    return path.section(QLatin1Char('?'), 0, 0);
}
} // namespace

QStringList StepAttribution::stepsThatMayCall(const QString &rawPath)
{
    const QString path = apiPath(rawPath);
    if (path.startsWith(QLatin1String("admin/v1")))
        return {QStringLiteral("connect"), QStringLiteral("operator"), QStringLiteral("password"),
                QStringLiteral("api-only"), QStringLiteral("verify")};
    if (path.startsWith(QLatin1String("organization/v1")))
        return {QStringLiteral("connect"), QStringLiteral("organization"), QStringLiteral("verify")};
    if (path.startsWith(QLatin1String("organization/v2")) || path.startsWith(QLatin1String("ca-backend/")))
        return {QStringLiteral("validation")};
    if (path.startsWith(QLatin1String("domain/")) || path.startsWith(QLatin1String("dcv/")))
        return {QStringLiteral("domains")};
    if (path.startsWith(QLatin1String("smime/")) || path.startsWith(QLatin1String("customField/")))
        return {QStringLiteral("verify")};
    // The web page where a person changes a temporary password.
    return {QStringLiteral("password")};
}

void StepAttribution::attribute(QList<LoggedRequest> *requests, const Windows &windows)
{
    for (LoggedRequest &request : *requests) {
        QString best;
        qint64 bestStart = -1;
        for (const QString &step : stepsThatMayCall(request.path)) {
            const auto window = windows.value(step);
            if (window.first == 0)
                continue;
            const qint64 end = window.second >= window.first ? window.second : request.t0;
            if (request.t0 + slackMs < window.first || request.t0 > end + slackMs)
                continue;
            if (window.first > bestStart) {
                best = step;
                bestStart = window.first;
            }
        }
        request.step = best.isEmpty() ? QStringLiteral("?") : best;
    }
}
