// The runner checks only the plan sections of the steps it runs (issue 11): a plan holding only
// `scm` is enough for `connect`, while a step whose section is empty ends with bad input naming the
// step and the field. And a state that cannot be saved, or a secret store that cannot keep the
// operator's passwords, stops the run before SCM changes any more.

#include "EngineExit.h"
#include "EngineTestKit.h"

#include <QDir>
#include <QFile>

using namespace EngineTestKit;

namespace {
// The plan a wizard holds after its connection page: only the scm section.
Plan scmOnly(const Plan &full)
{
    Plan plan;
    plan.scm = full.scm;
    return plan;
}
} // namespace

class EngineRunnerSectionsTest : public QObject
{
    Q_OBJECT
private slots:
    void connectNeedsOnlyScm();
    void emptyOrganizationIsBadInputNamingStepAndField();
    void addRefusesAStepWhoseSectionIsEmpty();
    void failedStateSaveStopsTheRun();
    void unavailableSecretStoreStopsBeforeAnyChange();
};

void EngineRunnerSectionsTest::connectNeedsOnlyScm()
{
    World world;
    world.plan = scmOnly(world.plan);
    QVERIFY(Runner::planIssues(world.plan, {StepId::Connect}).isEmpty());
    Session session(world);
    const int code = session.run({QStringLiteral("connect")});
    QVERIFY2(code == EngineExit::Complete, qPrintable(QString::number(code) + u' ' + session.summary));
    QCOMPARE(session.status(StepId::Connect), StepStatus::Done);
    // Nothing else was touched.
    QCOMPARE(session.status(StepId::Organization), StepStatus::Pending);
    QCOMPARE(world.changingRequests(), 0);
}

void EngineRunnerSectionsTest::emptyOrganizationIsBadInputNamingStepAndField()
{
    World world;
    world.plan = scmOnly(world.plan);
    QTemporaryDir directory;
    StateStore store(directory.path());
    MemorySecretStore secrets;
    Runner runner;
    runner.setPlan(world.plan);
    runner.setStateStore(&store);
    runner.setSecretStore(&secrets);
    runner.setAdminPassword(world.simulator->adminPassword());
    QSignalSpy finished(&runner, &Runner::finished);
    runner.start({QStringLiteral("organization")});
    QVERIFY(finished.wait(10000) || finished.count() == 1);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toInt(), int(EngineExit::BadInput));
    QCOMPARE(runner.exitCode(), int(EngineExit::BadInput));

    const QList<PlanIssue> issues = runner.lastPlanIssues();
    QVERIFY(!issues.isEmpty());
    bool namesOrganizationName = false;
    for (const PlanIssue &issue : issues) {
        // Only the organisation step's sections: connect's scm is complete.
        QVERIFY2(issue.field.startsWith(QLatin1String("organization")), qPrintable(issue.field));
        namesOrganizationName |= issue.field == QLatin1String("organization.name");
    }
    QVERIFY(namesOrganizationName);

    const QString summary = finished.at(0).at(1).toString();
    QCOMPARE(runner.summary(), summary);
    QVERIFY2(summary.contains(Steps::displayName(StepId::Organization)), qPrintable(summary));
    // The field is named: by its path or by the message the validator gives for it.
    const PlanIssue first = issues.first();
    QVERIFY2(summary.contains(first.field) || summary.contains(first.message), qPrintable(summary));
    // Not the sections of steps that were not asked for.
    QVERIFY2(!summary.contains(Steps::displayName(StepId::Domains)), qPrintable(summary));
    // Nothing was asked of SCM.
    QCOMPARE(world.requests.size(), 0);
}

void EngineRunnerSectionsTest::addRefusesAStepWhoseSectionIsEmpty()
{
    World world;
    world.plan = scmOnly(world.plan);
    const QList<PlanIssue> issues = Runner::planIssues(world.plan, {StepId::Operator});
    QVERIFY(!issues.isEmpty());
    bool operatorField = false;
    for (const PlanIssue &issue : issues)
        operatorField |= issue.field.startsWith(QLatin1String("operator"));
    QVERIFY(operatorField);
    const QString text = Runner::describePlanIssues({StepId::Operator}, issues);
    QVERIFY2(text.contains(Steps::displayName(StepId::Operator)) ||
                 text.contains(Steps::displayName(StepId::Organization)),
             qPrintable(text));
}

void EngineRunnerSectionsTest::failedStateSaveStopsTheRun()
{
    World world;
    QTemporaryDir directory;
    StateStore store(directory.path());
    MemorySecretStore secrets;
    Runner runner;
    runner.setPlan(world.plan);
    runner.setStateStore(&store);
    runner.setSecretStore(&secrets);
    runner.setAdminPassword(world.simulator->adminPassword());
    runner.setDeadline(30);
    runner.transport()->setBackoff(20, 200);

    // When SCM has created the organisation, state.json becomes a non-empty directory: no rename
    // over it succeeds, not even for root (CI runs as root, who ignores permissions).
    const QString statePath = QDir(directory.path()).filePath(QStringLiteral("state.json"));
    int brokenAt = -1;
    QObject::connect(world.simulator.get(), &ScmSimulator::requestHandled, &runner,
                     [&](const QJsonObject &line) {
                         if (brokenAt >= 0 || line.value(QStringLiteral("method")).toString() != u"POST" ||
                             !line.value(QStringLiteral("path")).toString().endsWith(u"/organization/v1"))
                             return;
                         brokenAt = int(world.requests.size()); // this request is logged after us
                         QFile::remove(statePath);
                         QVERIFY(QDir().mkpath(statePath));
                         QFile blocker(QDir(statePath).filePath(QStringLiteral("keep")));
                         QVERIFY(blocker.open(QIODevice::WriteOnly));
                     });
    QSignalSpy finished(&runner, &Runner::finished);
    runner.start();
    QVERIFY(finished.wait(60000));
    QVERIFY2(brokenAt >= 0, "the organisation was never created");
    QCOMPARE(finished.at(0).at(0).toInt(), int(EngineExit::Other));
    const QString summary = finished.at(0).at(1).toString();
    QVERIFY2(summary.contains(QStringLiteral("could not be saved")), qPrintable(summary));

    // After the POST that created the organisation, SCM was changed no more.
    const int afterBreak = world.changingRequests(brokenAt + 1);
    QVERIFY2(afterBreak == 0,
             qPrintable(QStringLiteral("%1 changing requests after the failed save").arg(afterBreak)));
    // Nor later (no step left running, no poll): reads sent before the stop may still arrive.
    QTest::qWait(1500);
    QCOMPARE(world.changingRequests(brokenAt + 1), 0);
    QVERIFY(!runner.isRunning());
}

// No keychain: the run stops before the organisation step creates anything in SCM, not at the
// operator's password after the organisation, its validation and the domains exist.
void EngineRunnerSectionsTest::unavailableSecretStoreStopsBeforeAnyChange()
{
    World world;
    Session session(world);
    session.secrets.setUnavailable(QStringLiteral("No keychain on this test machine."));
    const int before = int(world.requests.size());
    QCOMPARE(session.run(), int(EngineExit::BadInput));
    QVERIFY2(session.summary.contains(QStringLiteral("No keychain on this test machine.")),
             qPrintable(session.summary));
    QCOMPARE(world.changingRequests(before), 0);
    QCOMPARE(session.status(StepId::Connect), StepStatus::Done);
}

QTEST_GUILESS_MAIN(EngineRunnerSectionsTest)
#include "tst_engine_runner_sections.moc"
