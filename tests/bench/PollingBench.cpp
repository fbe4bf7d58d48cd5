// Figure 3: validation pending for hours on a clock that the engine and the simulator share and that
// runs fast: how many requests an hour of waiting costs, and how soon the engine notices the end.
#include "Benches.h"

#include "Clock.h"
#include "PollPolicy.h"
#include "ProcedureRun.h"
#include "RequestLogStats.h"
#include "SimulatorThread.h"
#include "StepAttribution.h"

#include <QDir>
#include <QFile>

#include <cmath>

QList<Figure> benchPolling(const BenchSettings &settings)
{
    Figure perHour(QStringLiteral("poll_requests_per_hour"), QStringLiteral("requests / simulated hour"),
                   Figure::Direction::AtMost, 40);
    // The engine's own cap between two looks at the validation.
    const double capSeconds = double(PollPolicy::validation().capMs()) / 1000.0;
    Figure detection(QStringLiteral("detection_delay"), QStringLiteral("simulated seconds"),
                     Figure::Direction::AtMost, capSeconds);

    Plan plan;
    QString error;
    if (!BenchPlans::example(settings.exampleDomains, &plan, &error)) {
        perHour.setError(error);
        detection.setError(error);
        return {perHour, detection};
    }
    const qint64 pendingSeconds = qint64(std::llround(settings.pendingHours * 3600.0));
    for (int run = 0; run < settings.runs; ++run) {
        ScaledClock clock(settings.clockFactor);
        // Maps the log's wall timestamps to the shared clock.
        const qint64 wallAtStart = QDateTime::currentMSecsSinceEpoch();
        const qint64 clockAtStart = clock.now().toMSecsSinceEpoch();
        auto onClock = [&](qint64 wallMs) {
            return clockAtStart + qint64(double(wallMs - wallAtStart) * settings.clockFactor);
        };

        ScmSimulatorOptions options;
        options.latencyMs = 0; // a real round trip would be stretched by the clock's factor
        options.validationDelaySeconds = int(pendingSeconds);
        options.dcvDelaySeconds = 0;
        options.tempPassword = ScmSimulatorOptions::TempPassword::ApiChange;
        options.clock = &clock;
        options.requestLogPath =
            QDir(settings.logDirectory).filePath(QStringLiteral("polling-%1.jsonl").arg(run + 1));
        QFile::remove(options.requestLogPath);
        SimulatorThread simulator(options);
        QString why;
        if (!simulator.startListening(&why)) {
            perHour.setError(why);
            detection.setError(why);
            break;
        }
        ProcedureRun::Options runOptions;
        runOptions.clock = &clock;
        runOptions.deadlineSeconds = int(pendingSeconds + 3600);
        runOptions.timeoutMs =
            int(double(runOptions.deadlineSeconds) * 1000.0 / settings.clockFactor) + 60000;
        const ProcedureRun result = ProcedureRun::run(plan, simulator, runOptions);
        simulator.stop();
        if (!result.complete() || !result.doneOnClock.contains(QStringLiteral("validation"))) {
            why = QStringLiteral("run %1 did not complete (exit %2%3): %4")
                      .arg(run + 1)
                      .arg(result.exitCode)
                      .arg(result.timedOut ? QStringLiteral(", timed out") : QString())
                      .arg(result.summary);
            perHour.setError(why);
            detection.setError(why);
            break;
        }
        QList<LoggedRequest> requests = RequestLogStats::read(options.requestLogPath);
        StepAttribution::attribute(&requests, result.windows);
        qint64 submittedAt = 0;
        for (const LoggedRequest &request : std::as_const(requests)) {
            if (request.method == QLatin1String("POST") &&
                request.path.contains(QLatin1String("/validations/submit")))
                submittedAt = onClock(request.t0);
        }
        if (submittedAt == 0) {
            perHour.setError(QStringLiteral("the request log shows no validation submit"));
            detection.setError(perHour.error());
            break;
        }
        const qint64 validatedAt = submittedAt + pendingSeconds * 1000;
        // Every request while validation was pending counts (not only the validation's own).
        int whilePending = 0, validationPolls = 0;
        for (const LoggedRequest &request : std::as_const(requests)) {
            const qint64 at = onClock(request.t0);
            if (at <= submittedAt || at > validatedAt)
                continue;
            ++whilePending;
            if (request.step == QLatin1String("validation"))
                ++validationPolls;
        }
        const double hours = double(pendingSeconds) / 3600.0;
        const double detected =
            double(result.doneOnClock.value(QStringLiteral("validation")).toMSecsSinceEpoch() - validatedAt) /
            1000.0;
        perHour.addRun(whilePending / hours);
        perHour.addBeside(QStringLiteral("validation_requests_per_hour"), validationPolls / hours);
        perHour.addBeside(QStringLiteral("wall_ms"), result.wallMs);
        detection.addRun(detected);
        benchLog(QStringLiteral(
                     "polling run %1/%2: %3 requests in %4 simulated hours of pending validation (%5 by "
                     "the validation step), detected %6 s after it was validated")
                     .arg(run + 1)
                     .arg(settings.runs)
                     .arg(whilePending)
                     .arg(hours)
                     .arg(validationPolls)
                     .arg(detected, 0, 'f', 1));
    }
    for (Figure *figure : {&perHour, &detection}) {
        figure->setDetail(QStringLiteral("pending_hours"), settings.pendingHours);
        figure->setDetail(QStringLiteral("clock_factor"), settings.clockFactor);
    }
    detection.setDetail(QStringLiteral("backoff_cap_seconds"), capSeconds);
    detection.setDetail(QStringLiteral("clock_resolution_seconds"), settings.clockFactor / 1000.0);
    return {perHour, detection};
}
