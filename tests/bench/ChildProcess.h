#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

// A program run to its end with what the kernel knows about it afterwards: the peak resident set
// (ru_maxrss of wait4, the same high-water mark as VmHWM in /proc/<pid>/status, read once the
// process is done so nothing after the last sample is missed) and its CPU time.
struct ChildProcess
{
    int exitCode = -1; // -1: killed by a signal or not started
    bool timedOut = false;
    QString error;     // why it could not be started
    double wallMs = 0; // spawn to exit
    double peakRssKiB = 0;
    double cpuMs = 0; // user + system

    // Runs `program` with `arguments`; `environment` is added to (and overrides) this process's. Its
    // stdout and stderr go to `outputPath` (appended), or stay this process's when it is empty.
    static ChildProcess run(const QString &program, const QStringList &arguments,
                            const QHash<QString, QString> &environment, int timeoutMs,
                            const QString &outputPath = QString());
};
