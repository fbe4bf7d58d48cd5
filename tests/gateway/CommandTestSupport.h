#pragma once

#include "ConnectorConfig.h"

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

// Runs build/bin/mpki-setup (MPKI_BINARY) as a child with stdin closed (not a terminal), so a
// command that would prompt must fail at once instead.
struct CommandRun
{
    int exitCode = -1;
    bool finished = false;
    QByteArray out;
    QByteArray err;
    QString all() const { return QString::fromUtf8(out + err); }
};

inline CommandRun runMpkiSetup(const QStringList &arguments, int timeoutMs = 60000)
{
    QProcess process;
    process.setProgram(QStringLiteral(MPKI_BINARY));
    process.setArguments(arguments);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start();
    CommandRun run;
    run.finished = process.waitForFinished(timeoutMs);
    if (!run.finished)
        process.kill();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

inline ConnectorConfig commandTestConfig()
{
    ConnectorConfig config;
    config.scmBaseUrl = QStringLiteral("https://cert-manager.com");
    config.customerUri = QStringLiteral("example");
    config.login = QStringLiteral("seppmail-mpki");
    config.password = QStringLiteral("Op3rator-Secret-%1").arg(QLatin1String("x7Qz"));
    config.organizationId = 4242;
    config.organizationName = QStringLiteral("Example AG");
    config.profileId = 17;
    config.profileName = QStringLiteral("Sectigo Persona Validated Certificate");
    config.term = 365;
    config.managedDomains = {QStringLiteral("example.ch")};
    config.passwordExpires = QDate(2026, 1, 31);
    config.createdAt = QDateTime(QDate(2025, 6, 1), QTime(8, 30), Qt::UTC);
    return config;
}
