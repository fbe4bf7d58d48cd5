// The operator's password step decides by what the credentials do, never by SCM's `reseted` field:
// whether the simulator answers it as Sectigo's schema does (a reset date), keeps that date after the
// change, answers a boolean or leaves it out, and whether the temporary password is changed over the
// API or refused in each shape SCM might use (401, 403, a 400 about the password), the engine takes
// the right path and makes the operator API-only only once its own password is set. A person who is
// away does not make the engine reset the password on every look or lock the operator out.
#include "EngineTestKit.h"

#include "Clock.h"
#include "EngineExit.h"
#include "SimulatedPerson.h"

#include <QtTest>

#include <functional>
#include <utility>

using namespace EngineTestKit;

namespace {
using Refusal = ScmSimulatorOptions::TempPasswordRefusal;
using ResetedShape = ScmSimulatorOptions::ResetedShape;
} // namespace
Q_DECLARE_METATYPE(Refusal)
Q_DECLARE_METATYPE(ResetedShape)
namespace {

// Answers to the operator's own calls that refused its credentials (wrong or temporary password).
int refusedOperatorCalls(const World &world, int from = 0)
{
    int count = 0;
    for (int i = from; i < world.requests.size(); ++i) {
        const QJsonObject &line = world.requests.at(i);
        const int status = line.value(QStringLiteral("status")).toInt();
        count += line.value(QStringLiteral("login")).toString() == world.plan.operatorAdmin.login &&
                         (status == 400 || status == 401 || status == 403)
                     ? 1
                     : 0;
    }
    return count;
}

// What the MRAO admin sent to the operator's record: a reset sets a new password there.
int changesToOperatorRecord(const World &world, qint64 operatorId)
{
    const QString path = QStringLiteral("/api/admin/v1/%1").arg(operatorId);
    int count = 0;
    for (const QJsonObject &line : world.requests) {
        count += line.value(QStringLiteral("method")).toString() == QLatin1String("PUT") &&
                         line.value(QStringLiteral("path")).toString().section(QLatin1Char('?'), 0, 0) == path
                     ? 1
                     : 0;
    }
    return count;
}

// The index of the first logged request that `matches`, -1 if none.
int firstRequest(const World &world, const std::function<bool(const QJsonObject &)> &matches)
{
    for (int i = 0; i < world.requests.size(); ++i) {
        if (matches(world.requests.at(i)))
            return i;
    }
    return -1;
}

qint64 operatorIdOf(const Session &session)
{
    return qint64(session.state.step(StepId::Operator).ids.value(QStringLiteral("operator")).toDouble());
}

ScmSimulatorOptions optionsFor(bool legacy, bool apiChange, Refusal refusal,
                               ResetedShape reseted = ResetedShape::Date)
{
    ScmSimulatorOptions options;
    options.resetedShape = reseted;
    options.dialect = legacy ? ScmSimulatorOptions::Dialect::Legacy : ScmSimulatorOptions::Dialect::Current;
    options.tempPassword =
        apiChange ? ScmSimulatorOptions::TempPassword::ApiChange : ScmSimulatorOptions::TempPassword::UiOnly;
    options.tempPasswordRefusal = refusal;
    return options;
}
} // namespace

class EnginePasswordStepTest : public QObject
{
    Q_OBJECT

private slots:
    void matrix_data();
    void matrix();
    void personAwayForAnHour_data();
    void personAwayForAnHour();
};

void EnginePasswordStepTest::matrix_data()
{
    QTest::addColumn<bool>("legacy");
    QTest::addColumn<bool>("apiChange");
    QTest::addColumn<Refusal>("refusal");
    QTest::addColumn<ResetedShape>("reseted");
    const std::pair<ResetedShape, const char *> shapes[] = {{ResetedShape::Date, "reseted a date"},
                                                            {ResetedShape::DateKept, "reseted a date kept"},
                                                            {ResetedShape::Boolean, "reseted true"},
                                                            {ResetedShape::Absent, "reseted absent"}};
    for (const bool legacy : {false, true}) {
        const char *dialect = legacy ? "legacy" : "current";
        for (const auto &[shape, shapeName] : shapes) {
            QTest::addRow("%s, %s, first call 200: changed over the API", dialect, shapeName)
                << legacy << true << Refusal::Unauthorized401 << shape;
            QTest::addRow("%s, %s, first call 401 -16", dialect, shapeName)
                << legacy << false << Refusal::Unauthorized401 << shape;
        }
        QTest::addRow("%s, first call 403", dialect)
            << legacy << false << Refusal::Forbidden403 << ResetedShape::Date;
        QTest::addRow("%s, first call a 400 about the password", dialect)
            << legacy << false << Refusal::BadRequest400 << ResetedShape::Date;
    }
}

void EnginePasswordStepTest::matrix()
{
    QFETCH(bool, legacy);
    QFETCH(bool, apiChange);
    QFETCH(Refusal, refusal);
    QFETCH(ResetedShape, reseted);
    World world(optionsFor(legacy, apiChange, refusal, reseted));
    Session session(world);
    const int code = session.run();
    QVERIFY2(code == EngineExit::Complete, qPrintable(session.summary));
    QVERIFY2(session.status(StepId::Password) == StepStatus::Done,
             qPrintable(session.state.step(StepId::Password).message));
    // Every refusal shape is "a person changes it", never a failure of the run.
    QCOMPARE(session.manualRequests, apiChange ? 0 : 1);
    // The temporary password the operator step set is the one used: no reset by the MRAO.
    QVERIFY(!session.state.step(StepId::Password).details.value(QStringLiteral("resetByMrao")).toBool());
    // API-only (the MRAO's change of the operator's record) only after the operator's own password
    // is set, over the API or at the web page: an API-only admin with a temporary one is locked out.
    const QString operatorRecord = QStringLiteral("/api/admin/v1/%1").arg(operatorIdOf(session));
    const int passwordSet = firstRequest(world, [](const QJsonObject &line) {
        const int status = line.value(QStringLiteral("status")).toInt();
        return line.value(QStringLiteral("path")).toString().endsWith(QLatin1String("/changepassword")) &&
               status >= 200 && status < 300;
    });
    const int madeApiOnly = firstRequest(world, [&](const QJsonObject &line) {
        return line.value(QStringLiteral("method")).toString() == QLatin1String("PUT") &&
               line.value(QStringLiteral("path")).toString().section(QLatin1Char('?'), 0, 0) ==
                   operatorRecord;
    });
    QVERIFY2(passwordSet >= 0, "the operator's password was never changed");
    QVERIFY2(
        madeApiOnly > passwordSet,
        qPrintable(
            QStringLiteral("API-only at request %1, password set at %2").arg(madeApiOnly).arg(passwordSet)));
    // A second run changes nothing and refuses nothing: the password that works is what counts.
    const int before = int(world.requests.size());
    QCOMPARE(session.run(), int(EngineExit::Complete));
    QCOMPARE(world.changingRequests(before), 0);
    QCOMPARE(refusedOperatorCalls(world, before), 0);
    // The temporary password refused over the API (once), the pending one tried before the person
    // said "done" at most once more.
    QVERIFY2(refusedOperatorCalls(world) <= (apiChange ? 0 : 2),
             qPrintable(QString::number(refusedOperatorCalls(world))));
}

void EnginePasswordStepTest::personAwayForAnHour_data()
{
    QTest::addColumn<bool>("legacy");
    QTest::addColumn<Refusal>("refusal");
    QTest::newRow("current, 401") << false << Refusal::Unauthorized401;
    QTest::newRow("legacy, 403") << true << Refusal::Forbidden403;
}

// The wizard's and the command line's waiting: nobody changes the password for an hour (played in
// seconds). The engine neither resets the password the person was shown nor locks the operator.
void EnginePasswordStepTest::personAwayForAnHour()
{
    QFETCH(bool, legacy);
    QFETCH(Refusal, refusal);
    ScaledClock clock(600); // an hour in six seconds
    ScmSimulatorOptions options = optionsFor(legacy, false, refusal);
    options.clock = &clock;
    options.lockoutAfter = 5;
    World world(options);
    Session session(world);
    session.clock = &clock;
    const int code = session.run({}, 3600, false);
    QVERIFY2(code == EngineExit::Waiting,
             qPrintable(QString::number(code) + QLatin1Char(' ') + session.summary));
    QCOMPARE(session.status(StepId::Password), StepStatus::Waiting);
    QCOMPARE(session.manualRequests, 1);
    const qint64 operatorId = operatorIdOf(session);
    QVERIFY(operatorId > 0);
    QCOMPARE(changesToOperatorRecord(world, operatorId), 0);
    const int refused = refusedOperatorCalls(world);
    QVERIFY2(refused >= 1 && refused <= 5,
             qPrintable(QStringLiteral("%1 refused logins in an hour").arg(refused)));

    // What the person was shown still works at SCM's web page: not stale, not locked.
    SimulatedPerson person;
    QSignalSpy acted(&person, &SimulatedPerson::finished);
    const ManualPasswordChange shown = session.lastManual;
    person.changePassword(shown.url, shown.login, shown.temporaryPassword, shown.newPassword);
    QVERIFY(acted.wait(15000));
    QVERIFY2(acted.at(0).at(0).toBool(), qPrintable(acted.at(0).at(1).toString()));

    // The next run finds the new password and goes on, without a reset and without asking again.
    QCOMPARE(session.run({}, 3600, false), int(EngineExit::Complete));
    QCOMPARE(session.manualRequests, 1);
    QCOMPARE(session.status(StepId::Password), StepStatus::Done);
    QVERIFY(!session.state.step(StepId::Password).details.value(QStringLiteral("resetByMrao")).toBool());
}

QTEST_GUILESS_MAIN(EnginePasswordStepTest)
#include "tst_engine_password_step.moc"
