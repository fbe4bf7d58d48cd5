#include "ProcedureRun.h"

#include "Clock.h"
#include "MemorySecretStore.h"
#include "Runner.h"
#include "SimulatorThread.h"
#include "State.h"
#include "StateStore.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>

bool BenchPlans::example(int domains, Plan *plan, QString *error)
{
    if (!Plan::load(QStringLiteral(MPKI_SOURCE_DIR "/resources/examples/demo-plan.json"), plan, error))
        return false;
    plan->gateway.api.reset();
    const QList<Plan::Domain> fromExample = plan->domains;
    plan->domains.clear();
    for (int i = 0; i < domains; ++i) {
        Plan::Domain domain;
        if (i < fromExample.size())
            domain = fromExample.at(i);
        else
            domain.name = QStringLiteral("bench-%1.ch").arg(i + 1, 4, 10, QLatin1Char('0'));
        plan->domains << domain;
    }
    return true;
}

ProcedureRun ProcedureRun::run(const Plan &examplePlan, const SimulatorThread &simulator,
                               const Options &options)
{
    ProcedureRun result;
    Plan plan = examplePlan;
    plan.scm.baseUrl = simulator.baseUrl().toString();
    plan.scm.customerUri = simulator.customerUri();
    plan.scm.login = simulator.adminLogin();

    QTemporaryDir stateDir;
    StateStore store(stateDir.filePath(QStringLiteral("state")), options.clock);
    QString error;
    if (!store.open(&error)) {
        result.summary = error;
        return result;
    }
    MemorySecretStore secrets;

    Runner runner;
    runner.setPlan(plan);
    runner.setStateStore(&store);
    runner.setSecretStore(&secrets);
    runner.setAdminPassword(simulator.adminPassword());
    if (options.clock)
        runner.setClock(options.clock);
    runner.setDeadline(options.deadlineSeconds);
    runner.setConcurrency(options.concurrency);

    QObject::connect(&runner, &Runner::stepChanged, &runner, [&](const QString &name) {
        StepId id;
        if (!Steps::fromName(name, &id))
            return;
        const StepState &step = runner.state().step(id);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        auto &window = result.windows[name];
        if (step.status == StepStatus::Running && window.first == 0)
            window.first = now;
        if (step.status == StepStatus::Done || step.status == StepStatus::Failed ||
            step.status == StepStatus::Waiting)
            window.second = now;
        if (step.status == StepStatus::Done && options.clock)
            result.doneOnClock.insert(name, options.clock->now());
        else if (step.status == StepStatus::Done)
            result.doneOnClock.insert(name, QDateTime::currentDateTimeUtc());
    });

    QEventLoop loop;
    QObject::connect(&runner, &Runner::finished, &loop, [&](int code, const QString &summary) {
        result.exitCode = code;
        result.summary = summary;
        loop.quit();
    });
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, [&] {
        result.timedOut = true;
        loop.quit();
    });

    QElapsedTimer wall;
    result.startedWallMs = QDateTime::currentMSecsSinceEpoch();
    wall.start();
    timeout.start(options.timeoutMs);
    runner.start();
    if (runner.isRunning() || result.exitCode < 0)
        loop.exec();
    result.wallMs = double(wall.nsecsElapsed()) / 1.0e6;

    if (result.timedOut && runner.isRunning()) {
        QEventLoop cancelled;
        QObject::connect(&runner, &Runner::finished, &cancelled, &QEventLoop::quit);
        runner.cancel();
        if (runner.isRunning())
            cancelled.exec();
    }
    for (StepId id : Steps::all())
        result.finalStatus.insert(Steps::name(id), StepStatuses::name(runner.state().step(id).status));
    return result;
}
