// The whole procedure against the real SCM simulator, in process: both dialects and both
// temporary-password modes, a DRAO operator with a department, adopted objects, idempotency, a long
// validation, faults, and the runs that must stop (order rule, TCS, wrong password, no network, TLS).
#include "EngineTestKit.h"

#include "EngineExit.h"
#include "ScmClient.h"
#include "ScmReply.h"
#include "ScmTransport.h"
#include "ScmTypes.h"
#include "SecretStore.h"

#include <QtTest>

using namespace EngineTestKit;

namespace {
const QString profileName = QStringLiteral("Sectigo Persona Validated Certificate");

ScmReply *waitFor(ScmReply *reply)
{
    QSignalSpy spy(reply, &ScmReply::finished);
    if (!reply->isFinished())
        spy.wait(15000);
    return reply;
}

int countNamed(const QList<QJsonObject> &records, const QString &key, const QString &value)
{
    int count = 0;
    for (const QJsonObject &record : records)
        count += record.value(key).toString().compare(value, Qt::CaseInsensitive) == 0 ? 1 : 0;
    return count;
}

QJsonObject findNamed(const QList<QJsonObject> &records, const QString &key, const QString &value)
{
    for (const QJsonObject &record : records) {
        if (record.value(key).toString().compare(value, Qt::CaseInsensitive) == 0)
            return record;
    }
    return {};
}

void checkOutcome(World &world, bool legacy)
{
    const Plan &plan = world.plan;
    const QList<QJsonObject> orgs = world.records(QStringLiteral("organizations"));
    QCOMPARE(countNamed(orgs, QStringLiteral("name"), plan.organization.name), 1);
    QVERIFY(findNamed(orgs, QStringLiteral("name"), plan.organization.name)
                .value(QStringLiteral("clientCertsApiEnabled"))
                .toBool());
    const QList<QJsonObject> domains = world.records(QStringLiteral("domains"));
    for (const Plan::Domain &domain : plan.domains)
        QCOMPARE(countNamed(domains, QStringLiteral("name"), domain.asciiName()), 1);
    const QList<QJsonObject> admins = world.records(QStringLiteral("admins"));
    QCOMPARE(countNamed(admins, QStringLiteral("login"), plan.operatorAdmin.login), 1);
    const QJsonObject op = findNamed(admins, QStringLiteral("login"), plan.operatorAdmin.login);
    QVERIFY(!op.value(QStringLiteral("reseted")).toBool());
    const QStringList privileges = op.value(QStringLiteral("privileges")).toVariant().toStringList();
    QVERIFY(privileges.contains(QStringLiteral("clientCertRequest")));
    if (legacy)
        QVERIFY(privileges.contains(QStringLiteral("wsApiUseOnly")));
    else
        QCOMPARE(op.value(QStringLiteral("type")).toString(), QStringLiteral("API"));
}
} // namespace

class EngineRunnerTest : public QObject
{
    Q_OBJECT

private slots:
    void wholeProcedure_data();
    void wholeProcedure();
    void draoWithDepartment();
    void adoptedObjects();
    void secondRunChangesNothing();
    void validationPendingLong();
    void faultsAndLatency();
    void orderRuleRefusesApiOnlyBeforePassword();
    void laterStepsFindTheOperatorByLogin();
    void scmNameWithPlaceholdersArrivesIntact();
    void tcsCustomerStops();
    void wrongAdminPassword();
    void unreachableHost();
    void tlsRefusedWithoutCaThenTrusted();
};

void EngineRunnerTest::wholeProcedure_data()
{
    QTest::addColumn<bool>("legacy");
    QTest::addColumn<bool>("apiChange");
    QTest::newRow("current, temporary password refused (person plays)") << false << false;
    QTest::newRow("current, temporary password changed over the API") << false << true;
    QTest::newRow("legacy, temporary password refused (person plays)") << true << false;
    QTest::newRow("legacy, temporary password changed over the API") << true << true;
}

void EngineRunnerTest::wholeProcedure()
{
    QFETCH(bool, legacy);
    QFETCH(bool, apiChange);
    ScmSimulatorOptions options;
    options.dialect = legacy ? ScmSimulatorOptions::Dialect::Legacy : ScmSimulatorOptions::Dialect::Current;
    options.tempPassword =
        apiChange ? ScmSimulatorOptions::TempPassword::ApiChange : ScmSimulatorOptions::TempPassword::UiOnly;
    World world(options);
    Session session(world);
    const int code = session.run();
    QVERIFY2(code == EngineExit::Complete, qPrintable(session.summary));
    for (StepId id : Steps::all())
        QVERIFY2(session.status(id) == StepStatus::Done,
                 qPrintable(Steps::name(id) + QLatin1Char(' ') + session.state.step(id).message));
    QCOMPARE(session.manualRequests, apiChange ? 0 : 1);
    checkOutcome(world, legacy);
    // The ids are in the state; the current password works and only it is left in the store.
    QVERIFY(session.state.step(StepId::Organization).ids.value(QStringLiteral("organization")).toDouble() >
            0);
    QVERIFY(session.state.step(StepId::Operator).ids.value(QStringLiteral("operator")).toDouble() > 0);
    QVERIFY(session.state.step(StepId::Verify).ids.value(QStringLiteral("profile")).toDouble() > 0);
    QVERIFY(session.state.passwordExpiry(PasswordHolder::Operator).has_value());
    QVERIFY(session.state.passwordExpiry(PasswordHolder::Admin).has_value());
    const QString host = QUrl(world.plan.scm.baseUrl).host();
    const QString current = SecretStore::key(host, world.plan.scm.customerUri, world.plan.operatorAdmin.login,
                                             SecretStore::operatorCurrentSlot());
    QVERIFY(session.secrets.contains(current));
    QVERIFY(!session.secrets.contains(SecretStore::key(host, world.plan.scm.customerUri,
                                                       world.plan.operatorAdmin.login,
                                                       SecretStore::operatorPendingSlot())));
    const QJsonObject connector =
        session.state.step(StepId::Connector).details.value(QStringLiteral("connector")).toObject();
    QCOMPARE(connector.value(QStringLiteral("login")).toString(), world.plan.operatorAdmin.login);
    QVERIFY(!connector.contains(QStringLiteral("password")));
}

void EngineRunnerTest::draoWithDepartment()
{
    World world;
    world.plan.organization.department = QStringLiteral("Mail Security");
    world.plan.operatorAdmin.role = QStringLiteral("DRAO_SMIME");
    Session session(world);
    QCOMPARE(session.run(), int(EngineExit::Complete));
    const qint64 department =
        qint64(session.state.step(StepId::Organization).ids.value(QStringLiteral("department")).toDouble());
    QVERIFY(department > 0);
    const QJsonObject op = findNamed(world.records(QStringLiteral("admins")), QStringLiteral("login"),
                                     world.plan.operatorAdmin.login);
    const QJsonArray credentials = op.value(QStringLiteral("credentials")).toArray();
    QCOMPARE(credentials.size(), 1);
    QCOMPARE(credentials.at(0).toObject().value(QStringLiteral("role")).toString(),
             QStringLiteral("DRAO_SMIME"));
    QCOMPARE(qint64(credentials.at(0).toObject().value(QStringLiteral("orgId")).toDouble()), department);
    // The domains are delegated to the department.
    for (const QJsonObject &domain : world.records(QStringLiteral("domains"))) {
        bool delegated = false;
        for (const QJsonValue &delegation : domain.value(QStringLiteral("delegations")).toArray())
            delegated |=
                qint64(delegation.toObject().value(QStringLiteral("orgId")).toDouble()) == department;
        QVERIFY2(delegated, qPrintable(domain.value(QStringLiteral("name")).toString()));
    }
}

void EngineRunnerTest::adoptedObjects()
{
    World world;
    ScmTransport transport;
    ScmCredentials mrao{QUrl(world.plan.scm.baseUrl), world.plan.scm.customerUri, world.plan.scm.login,
                        world.simulator->adminPassword()};
    ScmClient admin(&transport, mrao);
    // An organisation with REST enrolment off.
    ScmNewOrganization org;
    org.name = world.plan.organization.name;
    org.address1 = QStringLiteral("Other Street 9");
    org.city = QStringLiteral("Bern");
    org.country = QStringLiteral("CH");
    org.clientCertsApiEnabled = false;
    ScmReply *created = waitFor(admin.createOrganization(org));
    QVERIFY2(created->ok(), qPrintable(created->error().message()));
    const qint64 orgId = created->createdId();
    // A domain delegated to it for SSL only.
    ScmNewDomain domain;
    domain.name = world.plan.domains.first().asciiName();
    ScmDelegation ssl;
    ssl.orgId = orgId;
    ssl.certTypes = {QStringLiteral("SSL")};
    domain.delegations << ssl;
    ScmReply *domainCreated = waitFor(admin.createDomain(domain));
    QVERIFY2(domainCreated->ok(), qPrintable(domainCreated->error().message()));
    // An operator someone made earlier, whose password the wizard never knew.
    ScmNewAdmin op;
    op.login = world.plan.operatorAdmin.login;
    op.email = world.plan.operatorAdmin.email;
    op.forename = QStringLiteral("Earlier");
    op.surname = QStringLiteral("Operator");
    op.password = QStringLiteral("Unknown-Pass-2024x");
    op.credentials << ScmCredential{QStringLiteral("RAO_SMIME"), orgId};
    ScmReply *adminCreated = waitFor(admin.createAdmin(op));
    QVERIFY2(adminCreated->ok(), qPrintable(adminCreated->error().message()));

    const int before = int(world.requests.size());
    Session session(world);
    // Without the person's consent the operator's password stays as it is: a gateway may sign in
    // with it. The run stops at the password step and names the option that gives the consent. (The
    // operator step may still add what the plan's privileges lack: a PUT without a password.)
    const auto operatorPasswordHash = [&world] {
        return findNamed(world.records(QStringLiteral("admins")), QStringLiteral("login"),
                         world.plan.operatorAdmin.login)
            .value(QStringLiteral("_passwordHash"))
            .toString();
    };
    const QString hashBefore = operatorPasswordHash();
    QVERIFY(!hashBefore.isEmpty());
    QCOMPARE(session.run(), int(EngineExit::BadInput));
    QVERIFY2(session.summary.contains(QLatin1String("--reset-operator-password")),
             qPrintable(session.summary));
    QCOMPARE(operatorPasswordHash(), hashBefore);
    for (int i = before; i < world.requests.size(); ++i) {
        const QString path =
            world.requests.at(i).value(QStringLiteral("path")).toString().section(QLatin1Char('?'), 0, 0);
        QVERIFY2(!path.contains(QLatin1String("changepassword")), qPrintable(path));
    }
    session.resetOperatorPassword = true;
    QCOMPARE(session.run(), int(EngineExit::Complete));
    checkOutcome(world, false);
    // The adopted organisation: only clientCertsApiEnabled was written, its address kept.
    const QJsonObject adopted = findNamed(world.records(QStringLiteral("organizations")),
                                          QStringLiteral("name"), world.plan.organization.name);
    QCOMPARE(adopted.value(QStringLiteral("address1")).toString(), QStringLiteral("Other Street 9"));
    QCOMPARE(adopted.value(QStringLiteral("city")).toString(), QStringLiteral("Bern"));
    int orgPuts = 0, orgPosts = 0, delegations = 0, adminPosts = 0, adminPuts = 0;
    for (int i = before; i < world.requests.size(); ++i) {
        const QJsonObject &r = world.requests.at(i);
        const QString method = r.value(QStringLiteral("method")).toString();
        const QString path = r.value(QStringLiteral("path")).toString().section(QLatin1Char('?'), 0, 0);
        orgPuts +=
            method == QLatin1String("PUT") && path == QStringLiteral("/api/organization/v1/%1").arg(orgId);
        orgPosts += method == QLatin1String("POST") && path == QLatin1String("/api/organization/v1");
        delegations += method == QLatin1String("POST") && path.endsWith(QLatin1String("/delegation"));
        adminPosts += method == QLatin1String("POST") &&
                      (path == QLatin1String("/api/admin/v1") || path == QLatin1String("/api/admin/v1/"));
        adminPuts += method == QLatin1String("PUT") && path.startsWith(QLatin1String("/api/admin/v1/"));
    }
    QCOMPARE(orgPuts, 1);
    QCOMPARE(orgPosts, 0);
    QCOMPARE(delegations, 1);
    QCOMPARE(adminPosts, 0);
    // The lost password reset by the MRAO, then API-only: no second operator.
    QVERIFY(adminPuts >= 2);
    QVERIFY(session.state.step(StepId::Password).details.value(QStringLiteral("resetByMrao")).toBool());
    QCOMPARE(session.manualRequests, 1);
    // The adopted domain now has an SMIME delegation to the organisation.
    const QJsonObject adoptedDomain =
        findNamed(world.records(QStringLiteral("domains")), QStringLiteral("name"), domain.name);
    bool smime = false;
    for (const QJsonValue &delegation : adoptedDomain.value(QStringLiteral("delegations")).toArray()) {
        const QJsonObject d = delegation.toObject();
        smime |=
            qint64(d.value(QStringLiteral("orgId")).toDouble()) == orgId &&
            d.value(QStringLiteral("certTypes")).toVariant().toStringList().contains(QStringLiteral("SMIME"));
    }
    QVERIFY(smime);
}

void EngineRunnerTest::secondRunChangesNothing()
{
    World world;
    Session session(world);
    QCOMPARE(session.run(), int(EngineExit::Complete));
    const int before = int(world.requests.size());
    QCOMPARE(session.run(), int(EngineExit::Complete));
    QVERIFY(world.requests.size() > before); // it did look
    QCOMPARE(world.changingRequests(before), 0);
    QCOMPARE(session.manualRequests, 1);
    // Each step alone, too.
    for (StepId id : Steps::all()) {
        const int from = int(world.requests.size());
        QCOMPARE(session.run({Steps::name(id)}), int(EngineExit::Complete));
        QCOMPARE(world.changingRequests(from), 0);
    }
}

void EngineRunnerTest::validationPendingLong()
{
    ScmSimulatorOptions options;
    options.validationDelaySeconds = 100000;
    World world(options);
    Session session(world);
    QCOMPARE(session.run({}, 3), int(EngineExit::Waiting));
    QCOMPARE(session.status(StepId::Validation), StepStatus::Waiting);
    QCOMPARE(session.status(StepId::Verify), StepStatus::Waiting);
    QCOMPARE(session.status(StepId::Connector), StepStatus::Waiting);
    for (StepId id : {StepId::Connect, StepId::Organization, StepId::Domains, StepId::Operator,
                      StepId::Password, StepId::ApiOnly})
        QVERIFY2(session.status(id) == StepStatus::Done, qPrintable(Steps::name(id)));
    QVERIFY(session.summary.contains(QLatin1String("validation")));
    // Polls stay few: with a 3 s deadline, no more than a handful of syncs.
    int syncs = 0;
    for (const QJsonObject &r : std::as_const(world.requests))
        syncs += r.value(QStringLiteral("path")).toString().endsWith(QLatin1String("/sync"));
    QVERIFY2(syncs <= 4, qPrintable(QString::number(syncs)));

    world.simulator->setValidationDelaySeconds(0);
    QCOMPARE(session.run(), int(EngineExit::Complete));
    QVERIFY(session.state.allDone());
    checkOutcome(world, false);
}

void EngineRunnerTest::faultsAndLatency()
{
    ScmSimulatorOptions options;
    options.latencyMs = 20;
    options.faultRate = 0.2;
    options.seed = 7;
    World world(options);
    Session session(world);
    int code = session.run({}, 120);
    // A fault on a create is not retried by the transport (it may have been committed): the next
    // run finds the object by name. It must never make a duplicate.
    for (int attempt = 0; attempt < 5 && code != EngineExit::Complete; ++attempt)
        code = session.run({}, 120);
    QCOMPARE(code, int(EngineExit::Complete));
    checkOutcome(world, false);
}

void EngineRunnerTest::orderRuleRefusesApiOnlyBeforePassword()
{
    World world;
    Session session(world);
    QCOMPARE(session.run({QStringLiteral("api-only")}), int(EngineExit::Refused));
    QVERIFY(session.summary.contains(QLatin1String("password")));
    QCOMPARE(session.status(StepId::ApiOnly), StepStatus::Failed);
    QCOMPARE(world.requests.size(), 0); // nothing sent, not even a read
}

void EngineRunnerTest::laterStepsFindTheOperatorByLogin()
{
    World world;
    Session session(world);
    QCOMPARE(session.run(), int(EngineExit::Complete));
    const double operatorId =
        session.state.step(StepId::Operator).ids.value(QStringLiteral("operator")).toDouble();
    QVERIFY(operatorId > 0);
    // A state that lost the operator's id (the keychain still has its password): password and api-only
    // find the operator by its login, and change nothing.
    QVERIFY(QFile::remove(session.directory.filePath(QStringLiteral("state.json"))));
    const int before = int(world.requests.size());
    QCOMPARE(session.run({QStringLiteral("password")}), int(EngineExit::Complete));
    QCOMPARE(session.state.step(StepId::Password).ids.value(QStringLiteral("operator")).toDouble(),
             operatorId);
    QCOMPARE(session.run({QStringLiteral("api-only")}), int(EngineExit::Complete));
    QCOMPARE(session.state.step(StepId::ApiOnly).ids.value(QStringLiteral("operator")).toDouble(),
             operatorId);
    QCOMPARE(world.changingRequests(before), 0);
    bool lookedUp = false;
    for (int i = before; i < world.requests.size(); ++i)
        lookedUp |=
            world.requests.at(i).value(QStringLiteral("path")).toString().contains(QLatin1String("login="));
    QVERIFY(lookedUp);
}

void EngineRunnerTest::scmNameWithPlaceholdersArrivesIntact()
{
    // An SCM account whose S/MIME profile has "%2" and "%1" in its name (SCM's text, not ours): a
    // message built with chained arg() would put the numbers that follow into the name.
    const QString profileName = QStringLiteral("Mailbox %2 %1 Certificate");
    QTemporaryDir simulatorDirectory;
    const QString statePath = simulatorDirectory.filePath(QStringLiteral("scm.json"));
    {
        World blank;
        QJsonObject snapshot = blank.simulator->snapshot();
        QJsonArray profiles = snapshot.value(QStringLiteral("smimeTypes")).toArray();
        bool renamed = false;
        for (qsizetype i = 0; i < profiles.size(); ++i) {
            QJsonObject profile = profiles.at(i).toObject();
            if (profile.value(QStringLiteral("name")).toString() !=
                QLatin1String("Sectigo Mailbox Validated Certificate"))
                continue;
            profile.insert(QStringLiteral("name"), profileName);
            profile.insert(QStringLiteral("terms"), QJsonArray{365, 730});
            profiles.replace(i, profile);
            renamed = true;
        }
        QVERIFY(renamed);
        snapshot.insert(QStringLiteral("smimeTypes"), profiles);
        QFile file(statePath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write(QJsonDocument(snapshot).toJson()) > 0);
    }
    ScmSimulatorOptions options;
    options.statePath = statePath;
    World world(options);
    world.plan.certificate.profile = profileName;
    world.plan.certificate.term = 1095; // not offered: verify names the profile in its refusal
    Session session(world);
    QCOMPARE(session.run(), int(EngineExit::Refused));
    const QString message = session.state.step(StepId::Verify).message;
    QVERIFY2(
        message.contains(QStringLiteral("the profile 'Mailbox %2 %1 Certificate' has no term of 1095 days "
                                        "(terms: 365, 730)")),
        qPrintable(message));
}

void EngineRunnerTest::tcsCustomerStops()
{
    ScmSimulatorOptions options;
    options.customerUri = QStringLiteral("SUNET");
    World world(options);
    Session session(world);
    QCOMPARE(session.run(), int(EngineExit::Refused));
    QVERIFY(session.summary.contains(QLatin1String("2025-01-10")));
    QVERIFY(session.summary.contains(QLatin1String("HARICA")));
    QCOMPARE(world.requests.size(), 0);
    // --allow-legacy-tcs goes on regardless.
    QCOMPARE(session.run({}, 60, true, QString(), true), int(EngineExit::Complete));
}

void EngineRunnerTest::wrongAdminPassword()
{
    World world;
    Session session(world);
    QCOMPARE(session.run({}, 60, true, QStringLiteral("Wrong-Password-1")), int(EngineExit::Refused));
    QCOMPARE(session.status(StepId::Connect), StepStatus::Failed);
    QCOMPARE(world.changingRequests(), 0);
}

void EngineRunnerTest::unreachableHost()
{
    World world;
    world.plan.scm.baseUrl = QStringLiteral("http://127.0.0.1:1");
    Session session(world);
    QCOMPARE(session.run(), int(EngineExit::Network));
    QCOMPARE(session.status(StepId::Connect), StepStatus::Failed);
}

void EngineRunnerTest::tlsRefusedWithoutCaThenTrusted()
{
    ScmSimulatorOptions options;
    options.tls = true;
    World world(options);
    QVERIFY(world.plan.scm.baseUrl.startsWith(QLatin1String("https://")));
    // Without the simulator's CA the handshake fails.
    {
        Session session(world);
        StateStore store(session.directory.path());
        Runner runner;
        runner.setPlan(world.plan);
        runner.setStateStore(&store);
        runner.setSecretStore(&session.secrets);
        runner.setAdminPassword(world.simulator->adminPassword());
        runner.transport()->setBackoff(20, 100);
        QSignalSpy finished(&runner, &Runner::finished);
        runner.start();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.at(0).at(0).toInt(), int(EngineExit::Network));
    }
    // With it, everything works.
    Session session(world);
    QCOMPARE(session.run(), int(EngineExit::Complete));
}

QTEST_GUILESS_MAIN(EngineRunnerTest)
#include "tst_engine_runner.moc"
