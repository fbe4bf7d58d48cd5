#pragma once

#include "Figure.h"

#include <QList>
#include <QString>

// What every part of the benchmark is told: how often to repeat, and at what scale.
struct BenchSettings
{
    int runs = 5;
    int latencyMs = 50;        // injected by the simulator on every answer
    int exampleDomains = 3;    // figure 1: the example plan's domains
    int bulkDomains = 300;     // figure 2
    double pendingHours = 10;  // figure 3: how long validation stays pending (simulated)
    double clockFactor = 3600; // figure 3: simulated seconds per real second
    QString logDirectory;      // request logs of every run are kept here for inspection
};

// Progress lines on stderr (the table goes to stdout).
void benchLog(const QString &line);

// 1. The example plan at `latencyMs`: critical_path_ratio.
QList<Figure> benchCriticalPath(const BenchSettings &settings);
// 2 and 5. `bulkDomains` domains at concurrency 6 and 1: bulk_speedup, max_in_flight,
// simulator_cpu_share.
QList<Figure> benchBulk(const BenchSettings &settings);
// 3. Validation pending for `pendingHours` on a scaled clock: poll_requests_per_hour, detection_delay.
QList<Figure> benchPolling(const BenchSettings &settings);
// 4. The wizard against the minimal QWizard program: startup_ratio, rss_ratio.
QList<Figure> benchStartup(const BenchSettings &settings);
