#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

// One finding of `mpki-setup health`: what was checked, what was found, the date that applies (an
// expiry) and the one action that fixes it. Levels follow the monitoring-plugin convention.
struct HealthFinding
{
    enum class Level
    {
        Ok,
        Warning,
        Critical,
        Unknown
    };
    QString id; // stable, for --json and monitoring: "operator-password", "domain-dcv:example.ch", ...
    Level level = Level::Unknown;
    QString title;  // translated: what is checked ("The operator's password")
    QString detail; // translated: what was found
    QDate date;     // the date that applies (an expiry); invalid when none does
    QString action; // translated: what to do; empty when nothing needs doing
};

// Everything one health check found, with the exit code of the monitoring-plugin convention: 0 OK,
// 1 WARNING, 2 CRITICAL, 3 UNKNOWN. The overall level is the worst finding, a critical one before
// a warning before an unknown one: a check that could not be made never hides one that failed.
class HealthReport
{
    Q_DECLARE_TR_FUNCTIONS(HealthReport)
public:
    QDateTime checked;
    QString scmBaseUrl, customerUri, operatorLogin;
    QList<HealthFinding> findings;

    HealthFinding::Level overall() const;
    int exitCode() const;
    bool isEmpty() const { return findings.isEmpty(); }

    // {"status", "exitCode", "checked", "scm", "customerUri", "operator", "checks": [{"id", "status",
    // "title", "detail", "date", "action"}]}: statuses in the plugin spelling (OK, WARNING, ...).
    QJsonObject toJson() const;
    // One line per finding: level, title, what was found (with the date) and what to do.
    QStringList lines() const;

    static QString levelName(HealthFinding::Level level);        // OK | WARNING | CRITICAL | UNKNOWN
    static QString levelDisplayName(HealthFinding::Level level); // translated
    static int exitCodeOf(HealthFinding::Level level);
};
