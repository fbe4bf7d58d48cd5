// Domain control validation and the organisation's validation as a real SCM answers them: the
// e-mail address the plan names (never the first one offered), a rejected DCV order whose new start
// issues a new record, and validation list items in the 25.9 OpenAPI's shape (type and
// permittedCertTypes, no validationLevel).
#include "EngineTestKit.h"

#include "EngineExit.h"
#include "PlanValidator.h"

#include <QtTest>

using namespace EngineTestKit;

namespace {
int countPaths(const QList<QJsonObject> &requests, const QString &ending, int from = 0)
{
    int count = 0;
    for (int i = from; i < requests.size(); ++i)
        count += requests.at(i).value(QStringLiteral("path")).toString().endsWith(ending) ? 1 : 0;
    return count;
}

QJsonObject dcvRecord(World &world, const QString &domain)
{
    for (const QJsonObject &record : world.records(QStringLiteral("dcv"))) {
        if (record.value(QStringLiteral("domain")).toString() == domain)
            return record;
    }
    return {};
}

QJsonObject dcvDetails(const Session &session, const QString &domain)
{
    return session.state.step(StepId::Domains)
        .details.value(QStringLiteral("dcv"))
        .toObject()
        .value(domain)
        .toObject();
}

void useEmailDcv(Plan &plan, const QString &address)
{
    plan.domains = {Plan::Domain{QStringLiteral("example.ch"), QStringLiteral("EMAIL"), address}};
}
} // namespace

class EngineDcvTest : public QObject
{
    Q_OBJECT

private slots:
    void planWithoutEmailAddressIsRefused();
    void emailDcvUsesThePlannedAddress();
    void emailAddressNotOfferedStops();
    void rejectedOrderShowsTheNewRecord();
    void validationListInTheShapeOf259();
};

void EngineDcvTest::planWithoutEmailAddressIsRefused()
{
    Plan plan = demoPlan();
    useEmailDcv(plan, QString());
    const QList<PlanIssue> issues = PlanValidator::validate(plan);
    bool named = false;
    for (const PlanIssue &issue : issues)
        named = named || (issue.field == QLatin1String("domains[0].dcvEmail") &&
                          issue.message.contains(QLatin1String("example.ch")));
    QVERIFY(named);

    useEmailDcv(plan, QStringLiteral("not an address"));
    bool invalid = false;
    for (const PlanIssue &issue : PlanValidator::validate(plan))
        invalid = invalid || issue.field == QLatin1String("domains[0].dcvEmail");
    QVERIFY(invalid);

    useEmailDcv(plan, QStringLiteral("postmaster@example.ch"));
    for (const PlanIssue &issue : PlanValidator::validate(plan))
        QVERIFY2(!issue.field.startsWith(QLatin1String("domains")), qPrintable(issue.message));
}

void EngineDcvTest::emailDcvUsesThePlannedAddress()
{
    World world;
    useEmailDcv(world.plan, QStringLiteral("postmaster@example.ch"));
    Session session(world);
    QCOMPARE(session.run(), int(EngineExit::Complete));
    const QJsonObject record = dcvRecord(world, QStringLiteral("example.ch"));
    QCOMPARE(record.value(QStringLiteral("validationEmail")).toString(),
             QStringLiteral("postmaster@example.ch"));
    // What SCM offered starts with another address, and holds Sectigo's pseudo-addresses.
    const QStringList offered = record.value(QStringLiteral("candidateEmails")).toVariant().toStringList();
    QCOMPARE(offered.value(0), QStringLiteral("webmaster@example.ch"));
    QVERIFY(offered.contains(QStringLiteral("dns.txt@sectigo.com")));
    QVERIFY(offered.contains(QStringLiteral("domain.admin@sectigo.com")));
}

void EngineDcvTest::emailAddressNotOfferedStops()
{
    World world;
    useEmailDcv(world.plan, QStringLiteral("someone@example.ch"));
    Session session(world);
    QCOMPARE(session.run(), int(EngineExit::BadInput));
    QCOMPARE(session.status(StepId::Domains), StepStatus::Failed);
    // Nothing submitted, and the person learns what to choose from.
    QCOMPARE(countPaths(world.requests, QStringLiteral("/validation/submit/domain/email")), 0);
    const QString failure = session.state.step(StepId::Domains).message;
    QVERIFY2(failure.contains(QLatin1String("webmaster@example.ch")), qPrintable(failure));
    QVERIFY2(failure.contains(QLatin1String("someone@example.ch")), qPrintable(failure));
    const QStringList kept = dcvDetails(session, QStringLiteral("example.ch"))
                                 .value(QStringLiteral("offeredEmails"))
                                 .toVariant()
                                 .toStringList();
    QVERIFY(kept.contains(QStringLiteral("postmaster@example.ch")));
}

void EngineDcvTest::rejectedOrderShowsTheNewRecord()
{
    ScmSimulatorOptions options;
    options.dcvOutcome = QStringLiteral("REJECTED");
    World world(options);
    // The first order stays open through the first run.
    world.simulator->setDcvDelaySeconds(100000);
    Session session(world);
    QCOMPARE(session.run({}, 4), int(EngineExit::Waiting));
    QCOMPARE(session.status(StepId::Domains), StepStatus::Waiting);
    const QString firstHost =
        dcvDetails(session, QStringLiteral("example.ch")).value(QStringLiteral("host")).toString();
    QVERIFY(!firstHost.isEmpty());
    QCOMPARE(countPaths(world.requests, QStringLiteral("/validation/start/domain/cname")), 1);

    // Sectigo rejects it; the new order, once submitted, stays open again.
    world.simulator->setDcvDelaySeconds(1);
    QTest::qWait(1200);
    int submits = 0;
    QObject::connect(world.simulator.get(), &ScmSimulator::requestHandled, [&](const QJsonObject &line) {
        if (line.value(QStringLiteral("path"))
                .toString()
                .endsWith(QLatin1String("/validation/submit/domain/cname")) &&
            ++submits == 1)
            world.simulator->setDcvDelaySeconds(100000);
    });
    const int before = int(world.requests.size());
    session.messages.clear();
    QCOMPARE(session.run({}, 4), int(EngineExit::Waiting));
    QCOMPARE(countPaths(world.requests, QStringLiteral("/validation/start/domain/cname"), before), 1);
    QCOMPARE(submits, 1);

    const QString newHost =
        dcvRecord(world, QStringLiteral("example.ch")).value(QStringLiteral("host")).toString();
    QVERIFY(!newHost.isEmpty());
    QVERIFY(newHost != firstHost);
    const QJsonObject shown = dcvDetails(session, QStringLiteral("example.ch"));
    QCOMPARE(shown.value(QStringLiteral("host")).toString(), newHost);
    QVERIFY(shown.value(QStringLiteral("earlierOrderRejected")).toBool());
    const QString waiting = session.state.step(StepId::Domains).message;
    QVERIFY2(waiting.contains(newHost), qPrintable(waiting));
    QVERIFY2(!waiting.contains(firstHost), qPrintable(waiting));
    QVERIFY2(waiting.contains(QLatin1String("rejected")), qPrintable(waiting));
    QVERIFY(
        session.messages.join(QLatin1Char('\n')).contains(QLatin1String("rejected the earlier DCV order")));

    // A later look at the same open order still says that the record is new.
    const int again = int(world.requests.size());
    QCOMPARE(session.run({QStringLiteral("domains")}, 2), int(EngineExit::Waiting));
    QCOMPARE(countPaths(world.requests, QStringLiteral("/validation/start/domain/cname"), again), 0);
    QVERIFY(dcvDetails(session, QStringLiteral("example.ch"))
                .value(QStringLiteral("earlierOrderRejected"))
                .toBool());
}

void EngineDcvTest::validationListInTheShapeOf259()
{
    ScmSimulatorOptions options;
    options.schemaVersion = QStringLiteral("25.9");
    World world(options);
    Session session(world);
    QCOMPARE(session.run(), int(EngineExit::Complete));
    QCOMPARE(countPaths(world.requests, QStringLiteral("/validations/submit")), 1);
    QCOMPARE(world.records(QStringLiteral("validations")).size(), 1);

    const int before = int(world.requests.size());
    QCOMPARE(session.run(), int(EngineExit::Complete));
    QCOMPARE(countPaths(world.requests, QStringLiteral("/validations/submit"), before), 0);
    QCOMPARE(world.changingRequests(before), 0);
    QCOMPARE(world.records(QStringLiteral("validations")).size(), 1);
}

QTEST_GUILESS_MAIN(EngineDcvTest)
#include "tst_engine_dcv.moc"
