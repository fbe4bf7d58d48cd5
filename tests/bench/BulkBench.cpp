// Figures 2 and 5: many domains under the engine's own concurrency limit, against the same run with
// one call at a time; the simulator's log proves the limit held, its thread's CPU time that it was
// never the bottleneck.
#include "Benches.h"

#include "ProcedureRun.h"
#include "RequestLogStats.h"
#include "SimulatorThread.h"

#include <QDir>
#include <QFile>

namespace {
constexpr int defaultConcurrency = 6;

struct BulkRun
{
    bool ok = false;
    QString error;
    double wallMs = 0;
    int requests = 0;
    int maxInFlight = 0;
    double simulatorCpuMs = 0;
};

BulkRun runOnce(const Plan &plan, const BenchSettings &settings, int concurrency, const QString &logName)
{
    BulkRun bulk;
    ScmSimulatorOptions options;
    options.latencyMs = settings.latencyMs;
    options.validationDelaySeconds = 0;
    options.dcvDelaySeconds = 0;
    options.tempPassword = ScmSimulatorOptions::TempPassword::ApiChange;
    options.requestLogPath = QDir(settings.logDirectory).filePath(logName);
    QFile::remove(options.requestLogPath);
    SimulatorThread simulator(options);
    if (!simulator.startListening(&bulk.error))
        return bulk;
    ProcedureRun::Options runOptions;
    runOptions.concurrency = concurrency;
    runOptions.timeoutMs = 900000;
    const double cpuBefore = simulator.cpuMs();
    const ProcedureRun result = ProcedureRun::run(plan, simulator, runOptions);
    bulk.simulatorCpuMs = simulator.cpuMs() - cpuBefore;
    simulator.stop();
    if (!result.complete()) {
        bulk.error = QStringLiteral("concurrency %1 did not complete (exit %2%3): %4")
                         .arg(concurrency)
                         .arg(result.exitCode)
                         .arg(result.timedOut ? QStringLiteral(", timed out") : QString())
                         .arg(result.summary);
        return bulk;
    }
    const QList<LoggedRequest> requests = RequestLogStats::read(options.requestLogPath);
    bulk.ok = true;
    bulk.wallMs = result.wallMs;
    bulk.requests = int(requests.size());
    bulk.maxInFlight = RequestLogStats::maxInFlight(requests);
    return bulk;
}
} // namespace

QList<Figure> benchBulk(const BenchSettings &settings)
{
    Figure speedup(QStringLiteral("bulk_speedup"), QStringLiteral("wall(1) / wall(6)"),
                   Figure::Direction::AtLeast, 5);
    Figure inFlight(QStringLiteral("max_in_flight"), QStringLiteral("requests"), Figure::Direction::AtMost,
                    defaultConcurrency);
    inFlight.setJudgedByWorst(true);
    Figure cpuShare(QStringLiteral("simulator_cpu_share"), QStringLiteral("cores"), Figure::Direction::AtMost,
                    0.5);
    cpuShare.setJudgedByWorst(true);
    const QList<Figure *> all{&speedup, &inFlight, &cpuShare};

    Plan plan;
    QString error;
    if (!BenchPlans::example(settings.bulkDomains, &plan, &error)) {
        for (Figure *figure : all)
            figure->setError(error);
        return {speedup, inFlight, cpuShare};
    }
    int mostInFlightSerial = 0;
    for (int run = 0; run < settings.runs; ++run) {
        // Alternating, so that a slow minute on the shared machine hurts both sides alike.
        const BulkRun parallel =
            runOnce(plan, settings, defaultConcurrency,
                    QStringLiteral("bulk-c%1-%2.jsonl").arg(defaultConcurrency).arg(run + 1));
        const BulkRun serial =
            parallel.ok ? runOnce(plan, settings, 1, QStringLiteral("bulk-c1-%1.jsonl").arg(run + 1))
                        : BulkRun();
        if (!parallel.ok || !serial.ok) {
            const QString why = parallel.ok ? serial.error : parallel.error;
            for (Figure *figure : all)
                figure->setError(why);
            break;
        }
        const double factor = serial.wallMs / parallel.wallMs;
        speedup.addRun(factor);
        speedup.addBeside(QStringLiteral("wall_ms_concurrency_6"), parallel.wallMs);
        speedup.addBeside(QStringLiteral("wall_ms_concurrency_1"), serial.wallMs);
        speedup.addBeside(QStringLiteral("requests"), parallel.requests);
        inFlight.addRun(parallel.maxInFlight);
        mostInFlightSerial = std::max(mostInFlightSerial, serial.maxInFlight);
        const double share = parallel.simulatorCpuMs / parallel.wallMs;
        cpuShare.addRun(share);
        cpuShare.addBeside(QStringLiteral("simulator_cpu_ms"), parallel.simulatorCpuMs);
        cpuShare.addBeside(QStringLiteral("wall_ms"), parallel.wallMs);
        cpuShare.addBeside(QStringLiteral("requests_per_second"),
                           parallel.requests * 1000.0 / parallel.wallMs);
        benchLog(
            QStringLiteral("bulk run %1/%2: %3 domains, %4 requests; concurrency 6: %5 ms (max in flight %6, "
                           "simulator %7 ms CPU); concurrency 1: %8 ms (max in flight %9); speed-up %10")
                .arg(run + 1)
                .arg(settings.runs)
                .arg(settings.bulkDomains)
                .arg(parallel.requests)
                .arg(parallel.wallMs, 0, 'f', 0)
                .arg(parallel.maxInFlight)
                .arg(parallel.simulatorCpuMs, 0, 'f', 0)
                .arg(serial.wallMs, 0, 'f', 0)
                .arg(serial.maxInFlight)
                .arg(factor, 0, 'f', 2));
    }
    for (Figure *figure : all) {
        figure->setDetail(QStringLiteral("domains"), settings.bulkDomains);
        figure->setDetail(QStringLiteral("latency_ms"), settings.latencyMs);
    }
    inFlight.setDetail(QStringLiteral("limit"), defaultConcurrency);
    inFlight.setDetail(QStringLiteral("max_in_flight_concurrency_1"), mostInFlightSerial);
    if (mostInFlightSerial > 1)
        inFlight.setError(QStringLiteral("concurrency 1 had %1 requests in flight").arg(mostInFlightSerial));
    cpuShare.setDetail(QStringLiteral("during"), QStringLiteral("bulk_speedup, concurrency 6"));
    return {speedup, inFlight, cpuShare};
}
