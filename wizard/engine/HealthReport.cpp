#include "HealthReport.h"

#include <QJsonArray>

#include <algorithm>

namespace {
// The order in which levels win: a critical finding before a warning before "could not check".
int severity(HealthFinding::Level level)
{
    switch (level) {
    case HealthFinding::Level::Ok:
        return 0;
    case HealthFinding::Level::Unknown:
        return 1;
    case HealthFinding::Level::Warning:
        return 2;
    case HealthFinding::Level::Critical:
        return 3;
    }
    return 1;
}
} // namespace

HealthFinding::Level HealthReport::overall() const
{
    if (findings.isEmpty())
        return HealthFinding::Level::Unknown;
    HealthFinding::Level worst = HealthFinding::Level::Ok;
    for (const HealthFinding &finding : findings)
        if (severity(finding.level) > severity(worst))
            worst = finding.level;
    return worst;
}

int HealthReport::exitCode() const
{
    return exitCodeOf(overall());
}

int HealthReport::exitCodeOf(HealthFinding::Level level)
{
    switch (level) {
    case HealthFinding::Level::Ok:
        return 0;
    case HealthFinding::Level::Warning:
        return 1;
    case HealthFinding::Level::Critical:
        return 2;
    case HealthFinding::Level::Unknown:
        return 3;
    }
    return 3;
}

QString HealthReport::levelName(HealthFinding::Level level)
{
    switch (level) {
    case HealthFinding::Level::Ok:
        return QStringLiteral("OK");
    case HealthFinding::Level::Warning:
        return QStringLiteral("WARNING");
    case HealthFinding::Level::Critical:
        return QStringLiteral("CRITICAL");
    case HealthFinding::Level::Unknown:
        return QStringLiteral("UNKNOWN");
    }
    return QStringLiteral("UNKNOWN");
}

QString HealthReport::levelDisplayName(HealthFinding::Level level)
{
    switch (level) {
    case HealthFinding::Level::Ok:
        return tr("ok");
    case HealthFinding::Level::Warning:
        return tr("warning");
    case HealthFinding::Level::Critical:
        return tr("critical");
    case HealthFinding::Level::Unknown:
        return tr("unknown");
    }
    return tr("unknown");
}

QJsonObject HealthReport::toJson() const
{
    QJsonArray checks;
    for (const HealthFinding &finding : findings) {
        QJsonObject check{{QStringLiteral("id"), finding.id},
                          {QStringLiteral("status"), levelName(finding.level)},
                          {QStringLiteral("title"), finding.title},
                          {QStringLiteral("detail"), finding.detail}};
        if (finding.date.isValid())
            check.insert(QStringLiteral("date"), finding.date.toString(Qt::ISODate));
        if (!finding.action.isEmpty())
            check.insert(QStringLiteral("action"), finding.action);
        checks.append(check);
    }
    return {{QStringLiteral("status"), levelName(overall())},
            {QStringLiteral("exitCode"), exitCode()},
            {QStringLiteral("checked"), checked.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("scm"), scmBaseUrl},
            {QStringLiteral("customerUri"), customerUri},
            {QStringLiteral("operator"), operatorLogin},
            {QStringLiteral("checks"), checks}};
}

QStringList HealthReport::lines() const
{
    QStringList result;
    int width = 0;
    for (const HealthFinding &finding : findings)
        width = std::max(width, int(levelDisplayName(finding.level).size()));
    for (const HealthFinding &finding : findings) {
        QString line =
            QStringLiteral("%1  %2: %3")
                .arg(levelDisplayName(finding.level).leftJustified(width), finding.title, finding.detail);
        if (!finding.action.isEmpty())
            line += QStringLiteral(" → ") + finding.action;
        result << line;
    }
    return result;
}
