#pragma once

#include "Plan.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

class Clock;
class SimulatorThread;

// The plans the benchmark runs: DESIGN.md's example plan pointed at a simulator, with as many
// registered domains as asked for.
namespace BenchPlans {
// The example plan (resources/examples/demo-plan.json) with `domains` e-mail domains: the plan's
// example.ch and mail.example.ch (one DCV for both), then one registered domain after another
// (bench-0003.ch, ...). No gateway API: the connector step assembles the values without contacting
// a gateway.
bool example(int domains, Plan *plan, QString *error);
} // namespace BenchPlans

// One full procedure: a Runner with a fresh state directory and an in-memory secret store against
// the simulator, until it finishes or `timeoutMs` (wall) passes.
struct ProcedureRun
{
    struct Options
    {
        int concurrency = 6;
        Clock *clock = nullptr;    // nullptr: the wall clock
        int deadlineSeconds = 600; // clock seconds
        int timeoutMs = 600000;    // wall
    };

    int exitCode = -1;
    QString summary;
    bool timedOut = false;
    double wallMs = 0;        // start() to finished()
    qint64 startedWallMs = 0; // ms since the epoch, comparable with the request log's t0/t1
    // Per step (by name): when it first went to running and when it last ended (wall ms since the
    // epoch), and the engine clock when it was done.
    QHash<QString, QPair<qint64, qint64>> windows;
    QHash<QString, QDateTime> doneOnClock;
    QHash<QString, QString> finalStatus;

    bool complete() const { return exitCode == 0 && !timedOut; }

    static ProcedureRun run(const Plan &plan, const SimulatorThread &simulator, const Options &options);
};
