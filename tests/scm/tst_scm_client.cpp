// Every typed call of ScmClient against the real simulator (wizard/simulator), each error kind,
// paging over more than 200 objects, retries under injected faults, deadlines, a client that
// leaves mid-answer, and TLS with and without the simulator's CA.
#include "Clock.h"
#include "ScmClient.h"
#include "ScmReply.h"
#include "ScmSimulator.h"
#include "ScmTransport.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <memory>

namespace {

// The simulator's time, moved by the test (validation and DCV delays, password expiry).
class ManualClock final : public Clock
{
public:
    QDateTime now() const override { return m_now; }
    qint64 realDelayMs(qint64 clockMs) const override { return clockMs; }
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now = QDateTime::currentDateTimeUtc();
};

using Reply = std::unique_ptr<ScmReply>;

Reply run(ScmReply *reply, int timeoutMs = 20000)
{
    Reply owned(reply);
    if (!owned->isFinished()) {
        QSignalSpy spy(reply, &ScmReply::finished);
        spy.wait(timeoutMs);
    }
    return owned;
}

QString describe(const ScmReply &reply)
{
    return QStringLiteral("%1 (HTTP %2, code %3): %4")
        .arg(ScmError::kindName(reply.error().kind()))
        .arg(reply.error().httpStatus())
        .arg(reply.error().scmCode())
        .arg(reply.error().message());
}

// Each evaluates its argument once (it is often the call itself).
#define VERIFY_OK(reply)                                                                                     \
    do {                                                                                                     \
        const auto &checked = (reply);                                                                       \
        QVERIFY(checked->isFinished());                                                                      \
        QVERIFY2(checked->ok(), qPrintable(describe(*checked)));                                             \
    } while (false)

#define VERIFY_KIND(reply, expected)                                                                         \
    do {                                                                                                     \
        const auto &checked = (reply);                                                                       \
        QVERIFY(checked->isFinished());                                                                      \
        QVERIFY2(checked->error().kind() == (expected), qPrintable(describe(*checked)));                     \
    } while (false)

const QString OperatorPassword = QStringLiteral("Temp-Passw0rd-4711");
const QString OperatorNewPassword = QStringLiteral("Fresh-Passw0rd-0815");

ScmNewOrganization newOrganization(const QString &name)
{
    ScmNewOrganization org;
    org.name = name;
    org.address1 = QStringLiteral("Bahnhofstrasse 1");
    org.city = QStringLiteral("Zürich");
    org.stateProvince = QStringLiteral("ZH");
    org.postalCode = QStringLiteral("8001");
    org.country = QStringLiteral("CH");
    return org;
}

} // namespace

class TestScmClient : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void organizationsAndDepartments();
    void validations();
    void domainsAndDelegations();
    void domainControlValidation();
    void adminsRolesAndPrivileges();
    void operatorChangesItsPasswordAndBecomesApiOnly();
    void smimeProfilesAndCustomFields();

    void unauthorizedFromAWrongPassword();
    void unauthorizedForATemporaryPassword();
    void forbiddenForAnRaoCreatingAnOrganization();
    void notFound();
    void conflictForDuplicates();
    void invalidInput();
    void passwordPolicy();
    void passwordExpired();

    void pagingOverMoreThan200Domains();
    void retriesSucceedForReadsUnderFaults();
    void createsUnderFaultsAreSentOnce();
    void timeoutWhenLatencyExceedsTheDeadline();
    void clientLeavingMidAnswerDoesNotHurtTheSimulator();
    void twoAdminsShareOneTransport();
    void tlsWithTheSimulatorsCa();

private:
    void start(ScmSimulatorOptions options);
    qint64 createOrganization(const QString &name);
    qint64 createOperator(qint64 orgId, const QString &login,
                          const QString &role = QStringLiteral("RAO_SMIME"));
    std::unique_ptr<ScmClient> clientAs(const QString &login, const QString &password);

    ManualClock m_clock;
    std::unique_ptr<ScmSimulator> m_simulator;
    std::unique_ptr<ScmTransport> m_transport;
    std::unique_ptr<ScmClient> m_mrao;
    QList<QJsonObject> m_handled; // the simulator's request log
};

void TestScmClient::init()
{
    start(ScmSimulatorOptions());
}

void TestScmClient::cleanup()
{
    m_mrao.reset();
    m_transport.reset();
    m_simulator.reset();
    m_handled.clear();
}

void TestScmClient::start(ScmSimulatorOptions options)
{
    m_mrao.reset();
    m_transport.reset();
    m_simulator.reset();
    m_handled.clear();
    options.clock = &m_clock;
    options.validationDelaySeconds = 60;
    options.dcvDelaySeconds = 30;
    m_simulator = std::make_unique<ScmSimulator>(options);
    QString error;
    QVERIFY2(m_simulator->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    connect(m_simulator.get(), &ScmSimulator::requestHandled, this,
            [this](const QJsonObject &line) { m_handled.append(line); });
    m_transport = std::make_unique<ScmTransport>();
    m_transport->setBackoff(10, 100);
    if (options.tls)
        m_transport->addCaCertificates({m_simulator->caCertificate()});
    m_mrao = clientAs(m_simulator->adminLogin(), m_simulator->adminPassword());
}

std::unique_ptr<ScmClient> TestScmClient::clientAs(const QString &login, const QString &password)
{
    QString customerUri;
    const QUrl base = ScmTransport::normaliseBaseUrl(
        m_simulator->baseUrl().toString() + QStringLiteral("/customer/") + m_simulator->customerUri() + '/',
        &customerUri);
    return std::make_unique<ScmClient>(m_transport.get(), ScmCredentials{base, customerUri, login, password});
}

qint64 TestScmClient::createOrganization(const QString &name)
{
    Reply reply = run(m_mrao->createOrganization(newOrganization(name)));
    if (!reply->ok()) {
        qWarning() << describe(*reply);
        return 0;
    }
    return reply->createdId();
}

qint64 TestScmClient::createOperator(qint64 orgId, const QString &login, const QString &role)
{
    ScmNewAdmin admin;
    admin.login = login;
    admin.email = login + QStringLiteral("@example.ch");
    admin.forename = QStringLiteral("Mail");
    admin.surname = QStringLiteral("Gateway");
    admin.password = OperatorPassword;
    admin.credentials.append({role, orgId});
    admin.privileges = {QStringLiteral("clientCertRequest")};
    Reply reply = run(m_mrao->createAdmin(admin));
    if (!reply->ok()) {
        qWarning() << describe(*reply);
        return 0;
    }
    return reply->createdId();
}

// --- Every call -------------------------------------------------------------------------------

void TestScmClient::organizationsAndDepartments()
{
    const qint64 orgId = createOrganization(QStringLiteral("Example AG"));
    QVERIFY(orgId > 0);

    Reply org = run(m_mrao->getOrganization(orgId));
    VERIFY_OK(org);
    const ScmOrganization read = ScmOrganization::fromJson(org->object());
    QCOMPARE(read.id, orgId);
    QCOMPARE(read.name, QStringLiteral("Example AG"));
    QCOMPARE(read.stateOrProvince, QStringLiteral("ZH"));
    QCOMPARE(read.city, QStringLiteral("Zürich"));
    QCOMPARE(read.country, QStringLiteral("CH"));
    QVERIFY(read.clientCertsApiEnabled);

    Reply update = run(m_mrao->updateOrganization(orgId, {{"sslCertsApiEnabled", true}}));
    VERIFY_OK(update);
    QVERIFY(ScmOrganization::fromJson(run(m_mrao->getOrganization(orgId))->object()).sslCertsApiEnabled);

    ScmNewOrganization department = newOrganization(QStringLiteral("IT"));
    department.parentOrgName = QStringLiteral("Example AG");
    Reply createdDepartment = run(m_mrao->createOrganization(department));
    VERIFY_OK(createdDepartment);
    QVERIFY(createdDepartment->createdId() > 0);

    Reply list = run(m_mrao->listOrganizations());
    VERIFY_OK(list);
    bool found = false;
    for (const QJsonValue &value : list->array()) {
        const ScmOrganization listed = ScmOrganization::fromJson(value.toObject());
        if (listed.id != orgId)
            continue;
        found = true;
        QCOMPARE(listed.departments.size(), 1);
        QCOMPARE(listed.departments.first().id, createdDepartment->createdId());
        QCOMPARE(listed.departments.first().name, QStringLiteral("IT"));
    }
    QVERIFY(found);
}

void TestScmClient::validations()
{
    const qint64 orgId = createOrganization(QStringLiteral("Validated AG"));
    QVERIFY(orgId > 0);
    Reply backends = run(m_mrao->listCaBackends());
    VERIFY_OK(backends);
    QVERIFY(!backends->array().isEmpty());
    const ScmCaBackend backend = ScmCaBackend::fromJson(backends->array().first().toObject());
    QVERIFY(backend.id > 0);

    ScmValidationRequest request;
    request.backendId = backend.id;
    request.legalName = QStringLiteral("Validated AG");
    request.address1 = QStringLiteral("Bahnhofstrasse 1");
    request.city = QStringLiteral("Zürich");
    request.postalCode = QStringLiteral("8001");
    request.country = QStringLiteral("CH");
    request.organizationIdentifier = QStringLiteral("NTRCH-CHE-123.456.789");
    Reply submitted = run(m_mrao->submitValidation(orgId, request));
    VERIFY_OK(submitted);
    const qint64 validationId = submitted->createdId();
    QVERIFY(validationId > 0);

    Reply list = run(m_mrao->listValidations(orgId));
    VERIFY_OK(list);
    QCOMPARE(list->array().size(), 1);
    const ScmValidation pending = ScmValidation::fromJson(list->array().first().toObject());
    QCOMPARE(pending.id, validationId);
    QCOMPARE(pending.validationLevel, QStringLiteral("OV_SMIME"));
    QCOMPARE(pending.status, QStringLiteral("PENDING"));
    QCOMPARE(pending.backendId, backend.id);

    m_clock.advanceSeconds(61);
    Reply synced = run(m_mrao->syncValidation(orgId, validationId));
    VERIFY_OK(synced);
    QCOMPARE(ScmValidation::fromJson(synced->object()).status, QStringLiteral("VALIDATED"));

    // A failed one shows SCM's reason and can be submitted again.
    const qint64 failingOrg = createOrganization(QStringLiteral("Failing AG"));
    m_simulator->setValidationOutcome(QStringLiteral("FAILED"), QStringLiteral("Register entry not found"));
    Reply second = run(m_mrao->submitValidation(failingOrg, request));
    VERIFY_OK(second);
    m_clock.advanceSeconds(61);
    Reply failed = run(m_mrao->getValidation(failingOrg, second->createdId()));
    VERIFY_OK(failed);
    const ScmValidation failedValidation = ScmValidation::fromJson(failed->object());
    QCOMPARE(failedValidation.status, QStringLiteral("FAILED"));
    QCOMPARE(failedValidation.lastErrorFromCa, QStringLiteral("Register entry not found"));
    Reply revalidated = run(m_mrao->revalidate(failingOrg, second->createdId()));
    VERIFY_OK(revalidated);
    QCOMPARE(ScmValidation::fromJson(revalidated->object()).status, QStringLiteral("PENDING"));
}

void TestScmClient::domainsAndDelegations()
{
    const qint64 orgId = createOrganization(QStringLiteral("Domains AG"));
    const qint64 otherOrg = createOrganization(QStringLiteral("Other AG"));
    QVERIFY(orgId > 0 && otherOrg > 0);

    ScmNewDomain domain;
    domain.name = QStringLiteral("example.ch");
    domain.delegations.append({orgId, {QStringLiteral("SMIME")}, {}, {}});
    Reply created = run(m_mrao->createDomain(domain));
    VERIFY_OK(created);
    const qint64 domainId = created->createdId();
    QVERIFY(domainId > 0);

    Reply filtered = run(m_mrao->listDomains(QStringLiteral("example.ch")));
    VERIFY_OK(filtered);
    QCOMPARE(filtered->array().size(), 1);
    QCOMPARE(ScmDomain::fromJson(filtered->array().first().toObject()).id, domainId);

    Reply read = run(m_mrao->getDomain(domainId));
    VERIFY_OK(read);
    const ScmDomain readDomain = ScmDomain::fromJson(read->object());
    QCOMPARE(readDomain.name, QStringLiteral("example.ch"));
    QCOMPARE(readDomain.delegations.size(), 1);
    QCOMPARE(readDomain.delegations.first().orgId, orgId);
    QCOMPARE(readDomain.delegations.first().certTypes, QStringList({"SMIME"}));

    ScmDelegation delegation;
    delegation.orgId = otherOrg;
    delegation.certTypes = {QStringLiteral("SMIME")};
    Reply delegated = run(m_mrao->delegateDomain(domainId, delegation));
    VERIFY_OK(delegated);
    const ScmDomain twice = ScmDomain::fromJson(run(m_mrao->getDomain(domainId))->object());
    QCOMPARE(twice.delegations.size(), 2);

    // An MRAO's delegation is active at once: approving it is refused as SCM does (-705).
    Reply approve = run(m_mrao->approveDelegation(domainId, otherOrg));
    VERIFY_KIND(approve, ScmError::Kind::InvalidInput);
    QCOMPARE(approve->error().scmCode(), -705);
    QCOMPARE(m_handled.last().value("path").toString(),
             QStringLiteral("/api/domain/v1/%1/delegation/approve").arg(domainId));
}

void TestScmClient::domainControlValidation()
{
    const qint64 orgId = createOrganization(QStringLiteral("Dcv AG"));
    for (const QString &name : {QStringLiteral("example.ch"), QStringLiteral("mail.example.ch"),
                                QStringLiteral("example.org"), QStringLiteral("example.net")}) {
        ScmNewDomain domain;
        domain.name = name;
        domain.delegations.append({orgId, {QStringLiteral("SMIME")}, {}, {}});
        VERIFY_OK(run(m_mrao->createDomain(domain)));
    }

    Reply status = run(m_mrao->dcvStatus(QStringLiteral("example.ch")));
    VERIFY_OK(status);
    QCOMPARE(ScmDcvStatus::fromJson(status->object()).status, QStringLiteral("NOT_VALIDATED"));

    Reply cname = run(m_mrao->dcvStart(ScmClient::DcvMethod::Cname, QStringLiteral("example.ch")));
    VERIFY_OK(cname);
    const ScmDcvStatus record = ScmDcvStatus::fromJson(cname->object());
    QVERIFY(record.host.endsWith(QStringLiteral(".example.ch.")));
    QVERIFY(record.point.endsWith(QStringLiteral(".sectigo.com.")));
    Reply submitted = run(m_mrao->dcvSubmit(ScmClient::DcvMethod::Cname, QStringLiteral("example.ch")));
    VERIFY_OK(submitted);
    QCOMPARE(ScmDcvStatus::fromJson(submitted->object()).orderStatus, QStringLiteral("SUBMITTED"));
    m_clock.advanceSeconds(31);
    Reply validated = run(m_mrao->dcvStatus(QStringLiteral("example.ch")));
    VERIFY_OK(validated);
    QCOMPARE(ScmDcvStatus::fromJson(validated->object()).status, QStringLiteral("VALIDATED"));

    // Only the registered domain can be validated.
    Reply subdomain = run(m_mrao->dcvStatus(QStringLiteral("mail.example.ch")));
    VERIFY_KIND(subdomain, ScmError::Kind::InvalidInput);
    QCOMPARE(subdomain->error().scmCode(), -723);

    // TXT: no start (refused before anything is sent), submit gives the record.
    const int before = m_handled.size();
    Reply txtStart = run(m_mrao->dcvStart(ScmClient::DcvMethod::Txt, QStringLiteral("example.org")));
    VERIFY_KIND(txtStart, ScmError::Kind::InvalidInput);
    QCOMPARE(m_handled.size(), before);
    Reply txt = run(m_mrao->dcvSubmit(ScmClient::DcvMethod::Txt, QStringLiteral("example.org")));
    VERIFY_OK(txt);
    QCOMPARE(ScmDcvStatus::fromJson(txt->object()).host, QStringLiteral("_pki-validation.example.org."));

    for (const auto method : {ScmClient::DcvMethod::Http, ScmClient::DcvMethod::Https}) {
        Reply http = run(m_mrao->dcvStart(method, QStringLiteral("example.net")));
        VERIFY_OK(http);
        const ScmDcvStatus file = ScmDcvStatus::fromJson(http->object());
        QVERIFY(file.url.contains(QStringLiteral("/.well-known/pki-validation/")));
        QVERIFY(!file.firstLine.isEmpty());
        QCOMPARE(file.secondLine, QStringLiteral("sectigo.com"));
    }
    VERIFY_OK(run(m_mrao->dcvSubmit(ScmClient::DcvMethod::Https, QStringLiteral("example.net"))));

    Reply email = run(m_mrao->dcvStart(ScmClient::DcvMethod::Email, QStringLiteral("example.org")));
    VERIFY_OK(email);
    const QStringList emails = ScmDcvStatus::fromJson(email->object()).emails;
    QVERIFY(!emails.isEmpty());
    Reply emailSubmit =
        run(m_mrao->dcvSubmit(ScmClient::DcvMethod::Email, QStringLiteral("example.org"), emails.first()));
    VERIFY_OK(emailSubmit);
    QCOMPARE(ScmDcvStatus::fromJson(emailSubmit->object()).orderStatus, QStringLiteral("SUBMITTED"));

    // Paths as the reference names them.
    QStringList paths;
    for (const QJsonObject &line : m_handled)
        paths.append(line.value("method").toString() + ' ' + line.value("path").toString());
    for (const char *expected :
         {"POST /api/dcv/v2/validation/status", "POST /api/dcv/v1/validation/start/domain/cname",
          "POST /api/dcv/v1/validation/submit/domain/cname", "POST /api/dcv/v1/validation/submit/domain/txt",
          "POST /api/dcv/v1/validation/start/domain/http", "POST /api/dcv/v1/validation/start/domain/https",
          "POST /api/dcv/v1/validation/submit/domain/https", "POST /api/dcv/v1/validation/start/domain/email",
          "POST /api/dcv/v1/validation/submit/domain/email"})
        QVERIFY2(paths.contains(QLatin1String(expected)), expected);
}

void TestScmClient::adminsRolesAndPrivileges()
{
    Reply roles = run(m_mrao->listRoles());
    VERIFY_OK(roles);
    QStringList roleNames;
    for (const QJsonValue &value : roles->array())
        roleNames.append(value.toString());
    QVERIFY(roleNames.contains(QStringLiteral("MRAO")));
    QVERIFY(roleNames.contains(QStringLiteral("RAO_SMIME")));
    QVERIFY(roleNames.contains(QStringLiteral("DRAO_SMIME")));

    Reply privileges =
        run(m_mrao->listPrivileges({QStringLiteral("RAO_SMIME"), QStringLiteral("DRAO_SMIME")}));
    VERIFY_OK(privileges);
    QStringList privilegeNames;
    for (const QJsonValue &value : privileges->array())
        privilegeNames.append(value.toObject().value("name").toString());
    QVERIFY(privilegeNames.contains(QStringLiteral("clientCertRequest")));
    QVERIFY(
        m_handled.last().value("path").toString().endsWith(QStringLiteral("role=RAO_SMIME&role=DRAO_SMIME")));

    Reply self = run(m_mrao->findAdmins(m_simulator->adminLogin()));
    VERIFY_OK(self);
    QCOMPARE(self->array().size(), 1);
    const qint64 selfId = ScmAdmin::fromJson(self->array().first().toObject()).id;
    Reply selfDetails = run(m_mrao->getAdmin(selfId));
    VERIFY_OK(selfDetails);
    QVERIFY(ScmAdmin::fromJson(selfDetails->object()).hasRole(QStringLiteral("MRAO")));

    Reply state = run(m_mrao->passwordState());
    VERIFY_OK(state);
    const ScmPasswordState passwordState = ScmPasswordState::fromJson(state->object());
    QVERIFY(passwordState.state == QLatin1String("ALIVE") ||
            passwordState.state == QLatin1String("NEVER_EXPIRE"));

    const qint64 orgId = createOrganization(QStringLiteral("Admins AG"));
    const qint64 operatorId = createOperator(orgId, QStringLiteral("seppmail-mpki"));
    QVERIFY(operatorId > 0);
    Reply found = run(m_mrao->findAdmins(QStringLiteral("seppmail-mpki")));
    VERIFY_OK(found);
    QCOMPARE(found->array().size(), 1);
    Reply details = run(m_mrao->getAdmin(operatorId));
    VERIFY_OK(details);
    const ScmAdmin admin = ScmAdmin::fromJson(details->object());
    QCOMPARE(admin.login, QStringLiteral("seppmail-mpki"));
    QVERIFY(admin.hasRole(QStringLiteral("RAO_SMIME")));
    QCOMPARE(admin.credentials.first().orgId, orgId);
    QVERIFY(admin.privileges.contains(QStringLiteral("clientCertRequest")));
    QVERIFY(admin.reseted); // a new admin's password is temporary

    // An MRAO sets a lost password with PUT admin/v1/{id}.
    ScmAdminUpdate reset;
    reset.password = QStringLiteral("Reset-Passw0rd-1234");
    VERIFY_OK(run(m_mrao->updateAdmin(operatorId, reset)));
}

void TestScmClient::operatorChangesItsPasswordAndBecomesApiOnly()
{
    ScmSimulatorOptions options;
    options.tempPassword = ScmSimulatorOptions::TempPassword::ApiChange;
    start(options);
    const qint64 orgId = createOrganization(QStringLiteral("Operator AG"));
    const qint64 operatorId = createOperator(orgId, QStringLiteral("seppmail-mpki"));
    QVERIFY(operatorId > 0);

    auto operatorClient = clientAs(QStringLiteral("seppmail-mpki"), OperatorPassword);
    Reply changed = run(operatorClient->changeOwnPassword(OperatorNewPassword));
    VERIFY_OK(changed);
    QCOMPARE(changed->httpStatus(), 204);
    QVERIFY(changed->json().isUndefined());

    operatorClient->setPassword(OperatorNewPassword);
    Reply state = run(operatorClient->passwordState());
    VERIFY_OK(state);
    const ScmPasswordState passwordState = ScmPasswordState::fromJson(state->object());
    QCOMPARE(passwordState.state, QStringLiteral("ALIVE"));
    QVERIFY(passwordState.expirationDate > m_clock.now().date());

    ScmAdminUpdate apiOnly;
    apiOnly.type = QStringLiteral("API");
    VERIFY_OK(run(m_mrao->updateAdmin(operatorId, apiOnly)));
    QCOMPARE(ScmAdmin::fromJson(run(m_mrao->getAdmin(operatorId))->object()).type, QStringLiteral("API"));

    // The gateway's checks, as the operator.
    VERIFY_OK(run(operatorClient->listOrganizations()));
    Reply profiles = run(operatorClient->smimeProfiles(orgId));
    VERIFY_OK(profiles);
    QVERIFY(!profiles->array().isEmpty());
    VERIFY_OK(run(operatorClient->customFields()));
}

void TestScmClient::smimeProfilesAndCustomFields()
{
    const qint64 orgId = createOrganization(QStringLiteral("Smime AG"));
    Reply profiles = run(m_mrao->smimeProfiles(orgId));
    VERIFY_OK(profiles);
    QVERIFY(!profiles->array().isEmpty());
    const ScmSmimeProfile profile = ScmSmimeProfile::fromJson(profiles->array().first().toObject());
    QVERIFY(profile.id > 0);
    QVERIFY(!profile.name.isEmpty());
    QVERIFY(!profile.terms.isEmpty());
    QCOMPARE(m_handled.last().value("path").toString(),
             QStringLiteral("/api/smime/v1/types?organizationId=%1").arg(orgId));

    Reply fields = run(m_mrao->customFields());
    VERIFY_OK(fields);
    for (const QJsonValue &value : fields->array())
        QCOMPARE(ScmCustomField::fromJson(value.toObject()).certType, QStringLiteral("SMIME"));
    QCOMPARE(m_handled.last().value("path").toString(), QStringLiteral("/api/customField/v2?certType=SMIME"));
}

// --- Error kinds ------------------------------------------------------------------------------

void TestScmClient::unauthorizedFromAWrongPassword()
{
    auto wrong = clientAs(m_simulator->adminLogin(), QStringLiteral("not-the-password"));
    Reply reply = run(wrong->listOrganizations());
    VERIFY_KIND(reply, ScmError::Kind::Unauthorized);
    QCOMPARE(reply->error().httpStatus(), 401);
    QCOMPARE(reply->error().scmCode(), -16);
    QCOMPARE(reply->error().description(), QStringLiteral("Unknown user"));
    QVERIFY(reply->error().message().contains(QStringLiteral("customer URI")));
    QCOMPARE(m_handled.size(), 1); // not repeated
}

void TestScmClient::unauthorizedForATemporaryPassword()
{
    const qint64 orgId = createOrganization(QStringLiteral("Temp AG"));
    QVERIFY(createOperator(orgId, QStringLiteral("new-operator")) > 0);
    auto operatorClient = clientAs(QStringLiteral("new-operator"), OperatorPassword);
    Reply state = run(operatorClient->passwordState());
    VERIFY_KIND(state, ScmError::Kind::Unauthorized);
    QVERIFY(state->error().message().contains(QStringLiteral("temporary password")));
    Reply change = run(operatorClient->changeOwnPassword(OperatorNewPassword));
    VERIFY_KIND(change, ScmError::Kind::Unauthorized);
}

void TestScmClient::forbiddenForAnRaoCreatingAnOrganization()
{
    ScmSimulatorOptions options;
    options.tempPassword = ScmSimulatorOptions::TempPassword::ApiChange;
    start(options);
    const qint64 orgId = createOrganization(QStringLiteral("Rao AG"));
    QVERIFY(createOperator(orgId, QStringLiteral("rao-admin")) > 0);
    auto rao = clientAs(QStringLiteral("rao-admin"), OperatorPassword);
    VERIFY_OK(run(rao->changeOwnPassword(OperatorNewPassword)));
    rao->setPassword(OperatorNewPassword);

    Reply create = run(rao->createOrganization(newOrganization(QStringLiteral("Not Allowed AG"))));
    VERIFY_KIND(create, ScmError::Kind::Forbidden);
    QVERIFY(create->error().message().contains(QStringLiteral("rao-admin")));
    Reply backends = run(rao->listCaBackends()); // MRAO only
    VERIFY_KIND(backends, ScmError::Kind::Forbidden);
    Reply admin = run(rao->createAdmin(ScmNewAdmin{QStringLiteral("x-admin"),
                                                   QStringLiteral("x@example.ch"),
                                                   QStringLiteral("X"),
                                                   QStringLiteral("Y"),
                                                   OperatorPassword,
                                                   QStringLiteral("STANDARD"),
                                                   {{QStringLiteral("RAO_SMIME"), orgId}},
                                                   {}}));
    VERIFY_KIND(admin, ScmError::Kind::Forbidden);
}

void TestScmClient::notFound()
{
    VERIFY_KIND(run(m_mrao->getOrganization(999999)), ScmError::Kind::NotFound);
    VERIFY_KIND(run(m_mrao->getDomain(999999)), ScmError::Kind::NotFound);
    VERIFY_KIND(run(m_mrao->getAdmin(999999)), ScmError::Kind::NotFound);
    const qint64 orgId = createOrganization(QStringLiteral("Lonely AG"));
    VERIFY_KIND(run(m_mrao->getValidation(orgId, 999999)), ScmError::Kind::NotFound);
    Reply none = run(m_mrao->findAdmins(QStringLiteral("nobody-here")));
    VERIFY_OK(none); // a search that finds nothing is not an error
    QCOMPARE(none->array().size(), 0);
    QCOMPARE(none->totalCount(), 0);
}

void TestScmClient::conflictForDuplicates()
{
    const qint64 orgId = createOrganization(QStringLiteral("Twice AG"));
    QVERIFY(orgId > 0);
    Reply org = run(m_mrao->createOrganization(newOrganization(QStringLiteral("Twice AG"))));
    VERIFY_KIND(org, ScmError::Kind::Conflict);

    ScmNewDomain domain;
    domain.name = QStringLiteral("twice.ch");
    domain.delegations.append({orgId, {QStringLiteral("SMIME")}, {}, {}});
    VERIFY_OK(run(m_mrao->createDomain(domain)));
    Reply again = run(m_mrao->createDomain(domain));
    VERIFY_KIND(again, ScmError::Kind::Conflict);
    QCOMPARE(again->error().scmCode(), -700);
    QCOMPARE(again->error().description(), QStringLiteral("Such domain already exists"));

    QVERIFY(createOperator(orgId, QStringLiteral("twice-admin")) > 0);
    ScmNewAdmin admin;
    admin.login = QStringLiteral("twice-admin");
    admin.email = QStringLiteral("twice@example.ch");
    admin.forename = QStringLiteral("Twice");
    admin.surname = QStringLiteral("Admin");
    admin.password = OperatorPassword;
    admin.credentials.append({QStringLiteral("RAO_SMIME"), orgId});
    VERIFY_KIND(run(m_mrao->createAdmin(admin)), ScmError::Kind::Conflict);
}

void TestScmClient::invalidInput()
{
    ScmNewOrganization bad = newOrganization(QStringLiteral("Bad Country AG"));
    bad.country = QStringLiteral("CHE");
    Reply org = run(m_mrao->createOrganization(bad));
    VERIFY_KIND(org, ScmError::Kind::InvalidInput);
    QVERIFY(org->error().scmCode() != 0);
    QVERIFY(!org->error().description().isEmpty());

    ScmNewDomain domain;
    domain.name = QStringLiteral("no-delegation.ch");
    VERIFY_KIND(run(m_mrao->createDomain(domain)), ScmError::Kind::InvalidInput);
    VERIFY_KIND(run(m_mrao->listPrivileges({QStringLiteral("NO_SUCH_ROLE")})), ScmError::Kind::InvalidInput);
    VERIFY_KIND(run(m_mrao->customFields(QStringLiteral("Bogus"))), ScmError::Kind::InvalidInput);
}

void TestScmClient::passwordPolicy()
{
    const qint64 orgId = createOrganization(QStringLiteral("Policy AG"));
    ScmNewAdmin admin;
    admin.login = QStringLiteral("weak-admin");
    admin.email = QStringLiteral("weak@example.ch");
    admin.forename = QStringLiteral("Weak");
    admin.surname = QStringLiteral("Admin");
    admin.password = QStringLiteral("short");
    admin.credentials.append({QStringLiteral("RAO_SMIME"), orgId});
    Reply create = run(m_mrao->createAdmin(admin));
    VERIFY_KIND(create, ScmError::Kind::PasswordPolicy);

    Reply lower = run(m_mrao->changeOwnPassword(QStringLiteral("alllowercaseletters")));
    VERIFY_KIND(lower, ScmError::Kind::PasswordPolicy);
    QCOMPARE(lower->error().scmCode(), -7306);
    Reply same = run(m_mrao->changeOwnPassword(m_simulator->adminPassword()));
    VERIFY_KIND(same, ScmError::Kind::PasswordPolicy);
}

void TestScmClient::passwordExpired()
{
    Reply alive = run(m_mrao->passwordState());
    VERIFY_OK(alive);
    const ScmPasswordState state = ScmPasswordState::fromJson(alive->object());
    if (state.state == QLatin1String("NEVER_EXPIRE"))
        QSKIP("the simulator's demo admin never expires");
    QVERIFY(state.expirationDate.isValid());
    m_clock.advanceSeconds(m_clock.now().date().daysTo(state.expirationDate) * 86400 + 2 * 86400);

    Reply expired = run(m_mrao->passwordState());
    VERIFY_KIND(expired, ScmError::Kind::PasswordExpired);
    QCOMPARE(expired->object().value("state").toString(),
             QStringLiteral("EXPIRED")); // the answer stays readable
    QVERIFY(expired->error().message().contains(m_simulator->adminLogin()));
    Reply other = run(m_mrao->listOrganizations());
    VERIFY_KIND(other, ScmError::Kind::Unauthorized);
}

// --- Paging, faults, deadlines, disconnects, TLS ----------------------------------------------

void TestScmClient::pagingOverMoreThan200Domains()
{
    const qint64 orgId = createOrganization(QStringLiteral("Many Domains AG"));
    const int count = 230;
    std::vector<Reply> creates;
    for (int i = 0; i < count; ++i) {
        ScmNewDomain domain;
        domain.name = QStringLiteral("d%1.example.com").arg(i, 3, 10, QLatin1Char('0'));
        domain.delegations.append({orgId, {QStringLiteral("SMIME")}, {}, {}});
        creates.emplace_back(m_mrao->createDomain(domain));
    }
    for (Reply &reply : creates) {
        if (!reply->isFinished()) {
            QSignalSpy spy(reply.get(), &ScmReply::finished);
            QVERIFY(spy.wait(20000));
        }
        VERIFY_OK(reply);
    }
    m_handled.clear();
    Reply all = run(m_mrao->listDomains());
    VERIFY_OK(all);
    QCOMPARE(all->array().size(), count);
    QCOMPARE(all->totalCount(), count);
    QSet<qint64> ids;
    for (const QJsonValue &value : all->array())
        ids.insert(ScmDomain::fromJson(value.toObject()).id);
    QCOMPARE(ids.size(), count);
    QCOMPARE(m_handled.size(), 2);
    QCOMPARE(m_handled.at(0).value("path").toString(), QStringLiteral("/api/domain/v1?size=200&position=0"));
    QCOMPARE(m_handled.at(1).value("path").toString(),
             QStringLiteral("/api/domain/v1?size=200&position=200"));
}

void TestScmClient::retriesSucceedForReadsUnderFaults()
{
    const qint64 orgId = createOrganization(QStringLiteral("Faulty AG"));
    m_transport->setMaxAttempts(8);
    m_simulator->setFaultRate(0.25);
    std::vector<Reply> replies;
    for (int i = 0; i < 10; ++i) {
        replies.emplace_back(m_mrao->listOrganizations());
        replies.emplace_back(m_mrao->getOrganization(orgId));
        replies.emplace_back(m_mrao->passwordState());
        replies.emplace_back(m_mrao->smimeProfiles(orgId));
    }
    for (Reply &reply : replies) {
        if (!reply->isFinished()) {
            QSignalSpy spy(reply.get(), &ScmReply::finished);
            QVERIFY(spy.wait(30000));
        }
        VERIFY_OK(reply);
    }
    int faults = 0;
    for (const QJsonObject &line : m_handled)
        faults += line.contains("fault") ? 1 : 0;
    QVERIFY2(faults > 0, "the simulator injected no fault: the test proves nothing");
    QVERIFY(m_handled.size() > int(replies.size()));
}

void TestScmClient::createsUnderFaultsAreSentOnce()
{
    const qint64 orgId = createOrganization(QStringLiteral("Careful AG"));
    m_simulator->setFaultRate(0.5);
    std::vector<Reply> creates;
    for (int i = 0; i < 30; ++i) {
        ScmNewDomain domain;
        domain.name = QStringLiteral("once%1.example.com").arg(i);
        domain.delegations.append({orgId, {QStringLiteral("SMIME")}, {}, {}});
        creates.emplace_back(m_mrao->createDomain(domain));
    }
    int failed = 0;
    for (Reply &reply : creates) {
        if (!reply->isFinished()) {
            QSignalSpy spy(reply.get(), &ScmReply::finished);
            QVERIFY(spy.wait(30000));
        }
        QVERIFY(reply->isFinished());
        failed += reply->ok() ? 0 : 1;
        if (!reply->ok())
            QVERIFY2(reply->error().isTransient(), qPrintable(describe(*reply)));
    }
    QVERIFY2(failed > 0, "no create met a fault: the test proves nothing");
    // Let any late resend show up before counting.
    QTest::qWait(200);
    for (const Reply &reply : creates) {
        int seen = 0;
        for (const QJsonObject &line : m_handled)
            seen += line.value("requestId").toString() == QString::fromLatin1(reply->requestId()) ? 1 : 0;
        QCOMPARE(seen, 1);
    }
}

void TestScmClient::timeoutWhenLatencyExceedsTheDeadline()
{
    m_simulator->setLatencyMs(1500);
    m_transport->setRequestDeadlineMs(300);
    m_transport->setMaxAttempts(2);
    QElapsedTimer timer;
    timer.start();
    Reply reply = run(m_mrao->listOrganizations());
    VERIFY_KIND(reply, ScmError::Kind::Timeout);
    QVERIFY2(timer.elapsed() < 1400, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(reply->error().message().contains(QStringLiteral("organization/v1")));

    m_simulator->setLatencyMs(0);
    m_transport->setRequestDeadlineMs(30000);
    VERIFY_OK(run(m_mrao->listOrganizations()));
}

void TestScmClient::clientLeavingMidAnswerDoesNotHurtTheSimulator()
{
    m_simulator->setLatencyMs(800);
    QSignalSpy handled(m_simulator.get(), &ScmSimulator::requestHandled);
    Reply leaving(m_mrao->listOrganizations());
    QTimer::singleShot(200, leaving.get(), &ScmReply::abort);
    QSignalSpy finished(leaving.get(), &ScmReply::finished);
    QVERIFY(finished.wait(5000));
    VERIFY_KIND(leaving, ScmError::Kind::Cancelled);
    QVERIFY(handled.wait(5000)); // the simulator answered into a closed socket
    QVERIFY(handled.last().first().toJsonObject().value("clientGone").toBool());

    // And a client that disappears entirely (reply deleted) while the answer is delayed.
    ScmReply *dropped = m_mrao->passwordState();
    QTimer::singleShot(100, this, [dropped] { delete dropped; });
    QVERIFY(handled.wait(5000));

    m_simulator->setLatencyMs(0);
    VERIFY_OK(run(m_mrao->listOrganizations()));
}

void TestScmClient::twoAdminsShareOneTransport()
{
    ScmSimulatorOptions options;
    options.tempPassword = ScmSimulatorOptions::TempPassword::ApiChange;
    start(options);
    const qint64 orgId = createOrganization(QStringLiteral("Shared AG"));
    QVERIFY(createOperator(orgId, QStringLiteral("shared-operator")) > 0);
    auto operatorClient = clientAs(QStringLiteral("shared-operator"), OperatorPassword);
    VERIFY_OK(run(operatorClient->changeOwnPassword(OperatorNewPassword)));
    operatorClient->setPassword(OperatorNewPassword);

    m_handled.clear();
    std::vector<Reply> replies;
    for (int i = 0; i < 5; ++i) {
        replies.emplace_back(m_mrao->listCaBackends()); // MRAO only: fails if sent as the operator
        replies.emplace_back(operatorClient->passwordState());
    }
    for (Reply &reply : replies) {
        if (!reply->isFinished()) {
            QSignalSpy spy(reply.get(), &ScmReply::finished);
            QVERIFY(spy.wait(10000));
        }
        VERIFY_OK(reply);
    }
    for (const QJsonObject &line : m_handled) {
        const QString expected = line.value("path").toString().contains(QStringLiteral("ca-backend"))
                                     ? m_simulator->adminLogin()
                                     : QStringLiteral("shared-operator");
        QCOMPARE(line.value("login").toString(), expected);
    }
}

void TestScmClient::tlsWithTheSimulatorsCa()
{
    ScmSimulatorOptions options;
    options.tls = true;
    start(options);
    QVERIFY(!m_simulator->caCertificate().isNull());
    QCOMPARE(m_simulator->baseUrl().scheme(), QStringLiteral("https"));
    QCOMPARE(m_transport->extraCaCertificates().size(), 1);

    // With the simulator's CA added: accepted.
    Reply trusted = run(m_mrao->listOrganizations());
    VERIFY_OK(trusted);

    // Without it: refused, and the message says what to do.
    ScmTransport plain;
    plain.setMaxAttempts(3);
    ScmClient untrusted(&plain, m_mrao->credentials());
    Reply refused = run(untrusted.listOrganizations());
    VERIFY_KIND(refused, ScmError::Kind::Tls);
    QVERIFY(refused->error().message().contains(QStringLiteral("CA certificate")));
}

QTEST_GUILESS_MAIN(TestScmClient)
#include "tst_scm_client.moc"
