#pragma once

// Helpers for the engine's tests: a simulator, a plan pointed at it, a state directory, a runner
// wired to in-memory secrets, and what the simulator was asked.

#include "Clock.h"
#include "FaultInjector.h"
#include "MemorySecretStore.h"
#include "Plan.h"
#include "Runner.h"
#include "ScmSimulator.h"
#include "ScmTransport.h"
#include "SimulatedPerson.h"
#include "State.h"
#include "StateStore.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace EngineTestKit {

inline Plan demoPlan()
{
    Plan plan;
    QString error;
    if (!Plan::load(QStringLiteral(MPKI_SOURCE_DIR "/resources/examples/demo-plan.json"), &plan, &error))
        qFatal("cannot load the demo plan: %s", qPrintable(error));
    plan.gateway.api.reset();
    return plan;
}

// A logged request that changed something, as the simulator judges it.
inline bool isChanging(const QJsonObject &line)
{
    return FaultInjector::isChanging(line.value(QStringLiteral("method")).toString().toLatin1(),
                                     line.value(QStringLiteral("path")).toString());
}

// A simulator, its request log in memory, and the plan pointed at it.
class World
{
public:
    explicit World(ScmSimulatorOptions options = ScmSimulatorOptions())
    {
        options.validationDelaySeconds =
            options.validationDelaySeconds == 20 ? 1 : options.validationDelaySeconds;
        options.dcvDelaySeconds = options.dcvDelaySeconds == 5 ? 1 : options.dcvDelaySeconds;
        simulator = std::make_unique<ScmSimulator>(options);
        QString error;
        if (!simulator->listen(QHostAddress::LocalHost, 0, &error))
            qFatal("simulator does not listen: %s", qPrintable(error));
        QObject::connect(simulator.get(), &ScmSimulator::requestHandled,
                         [this](const QJsonObject &line) { requests << line; });
        plan = demoPlan();
        plan.scm.baseUrl = simulator->baseUrl().toString();
        plan.scm.customerUri = simulator->customerUri();
        plan.scm.login = simulator->adminLogin();
        plan.scm.dialect = options.dialect == ScmSimulatorOptions::Dialect::Legacy
                               ? QStringLiteral("legacy")
                               : QStringLiteral("current");
    }

    int changingRequests(int from = 0) const
    {
        int count = 0;
        for (int i = from; i < requests.size(); ++i)
            count += isChanging(requests.at(i)) ? 1 : 0;
        return count;
    }

    QList<QJsonObject> records(const QString &collection) const
    {
        QList<QJsonObject> list;
        const QJsonValue value = simulator->snapshot().value(collection);
        if (value.isArray()) {
            for (const QJsonValue &item : value.toArray())
                list << item.toObject();
        } else {
            const QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it)
                list << it.value().toObject();
        }
        return list;
    }

    std::unique_ptr<ScmSimulator> simulator;
    QList<QJsonObject> requests;
    Plan plan;
};

// One run of the engine against a world, with its own state directory (reused across runs).
class Session
{
public:
    explicit Session(World &target)
        : world(target)
    {}

    // Runs to the end; returns the exit code. `person`: play the person at the web page.
    int run(const QStringList &only = {}, int deadlineSeconds = 60, bool person = true,
            const QString &adminPassword = QString(), bool allowLegacyTcs = false)
    {
        StateStore store(directory.path());
        Runner runner;
        runner.setPlan(world.plan, planPath);
        runner.setStateStore(&store);
        runner.setSecretStore(&secrets);
        runner.setAdminPassword(adminPassword.isEmpty() ? world.simulator->adminPassword() : adminPassword);
        runner.setDeadline(deadlineSeconds);
        runner.setAllowLegacyTcs(allowLegacyTcs);
        runner.setResetOperatorPassword(resetOperatorPassword);
        if (clock)
            runner.setClock(clock);
        runner.transport()->setBackoff(20, 200);
        if (!world.simulator->caCertificate().isNull())
            runner.addCaCertificates({world.simulator->caCertificate()});
        QObject::connect(
            &runner, &Runner::manualPasswordChangeRequired,
            [this, person, &runner](const ManualPasswordChange &c) {
                ++manualRequests;
                lastManual = c;
                if (!person)
                    return;
                auto *simulated = new SimulatedPerson();
                if (!world.simulator->caCertificate().isNull())
                    simulated->setCaCertificates({world.simulator->caCertificate()});
                QObject::connect(simulated, &SimulatedPerson::finished, simulated, &QObject::deleteLater);
                // The person says "done", as the wizard's Check now does.
                QObject::connect(simulated, &SimulatedPerson::finished, &runner, [&runner](bool ok) {
                    if (ok)
                        runner.pollNow(StepId::Password);
                });
                simulated->changePassword(c.url, c.login, c.temporaryPassword, c.newPassword);
            });
        QObject::connect(&runner, &Runner::message, [this](const QString &step, const QString &text) {
            messages << step + QStringLiteral(": ") + text;
        });
        QSignalSpy finished(&runner, &Runner::finished);
        runner.start(only);
        const qint64 deadlineMs = qint64(deadlineSeconds) * 1000;
        if (!finished.wait(int((clock ? clock->realDelayMs(deadlineMs) : deadlineMs) + 60000)))
            return -1;
        summary = finished.at(0).at(1).toString();
        state = runner.state();
        return finished.at(0).at(0).toInt();
    }

    StepStatus status(StepId id) const { return state.step(id).status; }

    World &world;
    QTemporaryDir directory;
    MemorySecretStore secrets;
    State state;
    QString summary;
    QStringList messages;
    // The person's consent to reset a lost operator password (run --reset-operator-password).
    bool resetOperatorPassword = false;
    int manualRequests = 0;
    ManualPasswordChange lastManual;
    Clock *clock = nullptr; // nullptr: the wall clock; a ScaledClock plays hours in seconds
    QString planPath;       // the plan file the state names (empty: none, as when the wizard made the plan)
};

} // namespace EngineTestKit
