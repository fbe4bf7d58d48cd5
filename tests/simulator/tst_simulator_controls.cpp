// The simulator's own controls (/simulator/v1/...) and the SCM calls a test uses to break what
// `mpki-setup health` checks: each control moves its date where SCM's answers show it, refuses what
// it cannot do (unknown login 404, bad body 400, nothing to move 409), and the real API calls (type
// STANDARD, privileges, REST access off, delegation removed) work as the MRAO admin.
#include "ScmSimulator.h"
#include "SimulatorTestClient.h"

#include <QtTest>

#include <memory>

namespace {
const QString operatorLogin = QStringLiteral("operator");
const QString operatorPassword = QStringLiteral("Final-Passw0rd-1");
const QString passwordExpiry = QStringLiteral("/simulator/v1/admins/password-expiry");
const QString validationExpiry = QStringLiteral("/simulator/v1/organizations/validation-expiry");
const QString dcvExpiry = QStringLiteral("/simulator/v1/domains/dcv-expiry");
const QString revokeDelegation = QStringLiteral("/simulator/v1/domains/revoke-delegation");

// The simulator's Clock is the wall clock in these tests; its dates are UTC.
QString inDays(int days)
{
    return QDateTime::currentDateTimeUtc().date().addDays(days).toString(Qt::ISODate);
}

QJsonArray smimeDelegation(qint64 orgId, const QStringList &certTypes = {QStringLiteral("SMIME")})
{
    return QJsonArray{QJsonObject{{QStringLiteral("orgId"), orgId},
                                  {QStringLiteral("certTypes"), QJsonArray::fromStringList(certTypes)}}};
}
} // namespace

class SimulatorControlsTest : public QObject
{
    Q_OBJECT

    struct Account
    {
        std::unique_ptr<ScmSimulator> simulator;
        std::unique_ptr<SimulatorTestClient> client;
        qint64 orgId = 0;
        qint64 operatorId = 0;
        qint64 domainId = 0;     // mail.example.ch, S/MIME and SSL to the organisation
        qint64 validationId = 0; // OV_SMIME, VALIDATED
    };

    // What a finished onboarding leaves: an organisation with a VALIDATED OV S/MIME validation and
    // REST access, mail.example.ch delegated with example.ch's DCV VALIDATED, an API-only operator.
    static Account onboarded(ScmSimulatorOptions options = {})
    {
        options.validationDelaySeconds = 0;
        options.dcvDelaySeconds = 0;
        Account account;
        account.simulator = std::make_unique<ScmSimulator>(options);
        QString error;
        if (!account.simulator->listen(QHostAddress::LocalHost, 0, &error))
            qFatal("simulator did not start: %s", qPrintable(error));
        account.client = std::make_unique<SimulatorTestClient>(*account.simulator);
        SimulatorTestClient &client = *account.client;
        account.orgId = client.createOrganization(QStringLiteral("Example AG"));
        const qint64 backendId =
            client.get(QStringLiteral("/api/ca-backend/v1")).array().at(0)[QStringLiteral("id")].toInteger();
        account.validationId =
            client
                .post(
                    QStringLiteral("/api/organization/v2/%1/validations/submit").arg(account.orgId),
                    QJsonObject{
                        {QStringLiteral("validationLevel"), QStringLiteral("OV_SMIME")},
                        {QStringLiteral("backendId"), backendId},
                        {QStringLiteral("organizationDetails"),
                         QJsonObject{{QStringLiteral("generalDetails"),
                                      QJsonObject{{QStringLiteral("legalName"), QStringLiteral("Example AG")},
                                                  {QStringLiteral("country"), QStringLiteral("CH")}}},
                                     {QStringLiteral("organizationIdentifier"),
                                      QStringLiteral("NTRCH-CHE-123.456.789")}}}})
                .locationId();
        account.domainId =
            client
                .post(QStringLiteral("/api/domain/v1"),
                      QJsonObject{
                          {QStringLiteral("name"), QStringLiteral("mail.example.ch")},
                          {QStringLiteral("delegations"),
                           smimeDelegation(account.orgId, {QStringLiteral("SMIME"), QStringLiteral("SSL")})}})
                .locationId();
        const QJsonObject example{{QStringLiteral("domain"), QStringLiteral("example.ch")}};
        client.post(QStringLiteral("/api/dcv/v1/validation/start/domain/cname"), example);
        client.post(QStringLiteral("/api/dcv/v1/validation/submit/domain/cname"), example);
        account.operatorId =
            client.createReadyAdmin(operatorLogin, operatorPassword, QStringLiteral("RAO_SMIME"),
                                    account.orgId, {QStringLiteral("clientCertRequest")});
        const bool legacy = options.dialect == ScmSimulatorOptions::Dialect::Legacy;
        client.put(QStringLiteral("/api/admin/v1/%1").arg(account.operatorId),
                   legacy ? QJsonObject{{QStringLiteral("privileges"),
                                         QJsonArray{QStringLiteral("clientCertRequest"),
                                                    QStringLiteral("wsApiUseOnly")}}}
                          : QJsonObject{{QStringLiteral("type"), QStringLiteral("API")}});
        return account;
    }

    static QJsonObject asOperator(SimulatorTestClient &client, const QString &path)
    {
        const Answer answer = client.get(path, operatorLogin, operatorPassword);
        if (answer.status != 200)
            qWarning("GET %s as the operator answered %d: %s", qPrintable(path), answer.status,
                     answer.body.constData());
        return answer.object();
    }

    static QJsonObject dcvStatus(SimulatorTestClient &client)
    {
        return client
            .post(QStringLiteral("/api/dcv/v2/validation/status"),
                  QJsonObject{{QStringLiteral("domain"), QStringLiteral("example.ch")}})
            .object();
    }

    static void expectRefusal(const Answer &answer, int status, int code, const char *inDescription)
    {
        QCOMPARE(answer.status, status);
        QCOMPARE(answer.code(), code);
        QVERIFY2(answer.description().contains(QLatin1String(inDescription)),
                 qPrintable(answer.description()));
    }

private slots:
    void passwordExpiryMovesWhatTheOperatorSees()
    {
        Account account = onboarded();
        SimulatorTestClient &client = *account.client;
        // GET admin/v1/password as the API-only operator: ClientAdminStatusResponse, 90 days after its
        // own change.
        QJsonObject state = asOperator(client, QStringLiteral("/api/admin/v1/password"));
        QCOMPARE(state, (QJsonObject{{QStringLiteral("expirationDate"), inDays(90)},
                                     {QStringLiteral("state"), QStringLiteral("ALIVE")}}));

        Answer answer = client.control(passwordExpiry, QJsonObject{{QStringLiteral("login"), operatorLogin},
                                                                   {QStringLiteral("inDays"), 5}});
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.object()[QStringLiteral("passwordExpiryDate")].toString(), inDays(5));
        QCOMPARE(answer.object()[QStringLiteral("passwordState")].toString(), QStringLiteral("ALIVE"));
        QCOMPARE(answer.object()[QStringLiteral("id")].toInteger(), account.operatorId);
        state = asOperator(client, QStringLiteral("/api/admin/v1/password"));
        QCOMPARE(state[QStringLiteral("expirationDate")].toString(), inDays(5));
        QCOMPARE(state[QStringLiteral("state")].toString(), QStringLiteral("ALIVE"));
        const QString operatorPath = QStringLiteral("/api/admin/v1/%1").arg(account.operatorId);
        QCOMPARE(client.get(operatorPath).object()[QStringLiteral("passwordExpiryDate")].toString(),
                 inDays(5));
        QCOMPARE(client.get(QStringLiteral("/api/organization/v1"), operatorLogin, operatorPassword).status,
                 200);

        // Today is still valid; yesterday is EXPIRED, and only the password calls work then.
        answer = client.control(passwordExpiry, QJsonObject{{QStringLiteral("login"), operatorLogin},
                                                            {QStringLiteral("inDays"), 0}});
        QCOMPARE(answer.object()[QStringLiteral("passwordState")].toString(), QStringLiteral("ALIVE"));
        answer = client.control(passwordExpiry, QJsonObject{{QStringLiteral("login"), operatorLogin},
                                                            {QStringLiteral("inDays"), -1}});
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.object()[QStringLiteral("passwordState")].toString(), QStringLiteral("EXPIRED"));
        state = asOperator(client, QStringLiteral("/api/admin/v1/password"));
        QCOMPARE(state[QStringLiteral("expirationDate")].toString(), inDays(-1));
        QCOMPARE(state[QStringLiteral("state")].toString(), QStringLiteral("EXPIRED"));
        QCOMPARE(client.get(operatorPath).object()[QStringLiteral("passwordState")].toString(),
                 QStringLiteral("EXPIRED"));
        QCOMPARE(client.get(QStringLiteral("/api/organization/v1"), operatorLogin, operatorPassword).code(),
                 -16);

        // The operator's own change gives SCM's 90 days again.
        const QString rotated = QStringLiteral("Rotated-Passw0rd-2");
        QCOMPARE(client
                     .post(QStringLiteral("/api/admin/v1/changepassword"),
                           QJsonObject{{QStringLiteral("newPassword"), rotated}}, operatorLogin,
                           operatorPassword)
                     .status,
                 204);
        state = client.get(QStringLiteral("/api/admin/v1/password"), operatorLogin, rotated).object();
        QCOMPARE(state[QStringLiteral("expirationDate")].toString(), inDays(90));
        QCOMPARE(state[QStringLiteral("state")].toString(), QStringLiteral("ALIVE"));

        // The simulator's own MRAO admin can be moved too; its password is the one `simulate` prints.
        answer = client.control(passwordExpiry, QJsonObject{{QStringLiteral("login"), client.login()},
                                                            {QStringLiteral("inDays"), 12}});
        QCOMPARE(answer.status, 200);
        QCOMPARE(client.get(QStringLiteral("/api/admin/v1/password"))
                     .object()[QStringLiteral("expirationDate")]
                     .toString(),
                 inDays(12));
    }

    void passwordExpiryRefusesWhatItCannotDo()
    {
        Account account = onboarded();
        SimulatorTestClient &client = *account.client;
        expectRefusal(
            client.control(passwordExpiry, QJsonObject{{QStringLiteral("login"), QStringLiteral("nobody")},
                                                       {QStringLiteral("inDays"), 5}}),
            404, -251, "Admin with login 'nobody' not found.");
        expectRefusal(client.control(passwordExpiry, QByteArray("{\"login\": \"operator\", ")), 400, -39,
                      "Malformed JSON");
        expectRefusal(client.control(passwordExpiry, QByteArray()), 400, -7, "Request body is required");
        expectRefusal(client.control(passwordExpiry, QJsonObject{{QStringLiteral("login"), operatorLogin}}),
                      400, -7, "inDays is required but missing.");
        expectRefusal(client.control(passwordExpiry, QJsonObject{{QStringLiteral("inDays"), 5}}), 400, -7,
                      "login is required but missing.");
        expectRefusal(
            client.control(passwordExpiry, QJsonObject{{QStringLiteral("login"), operatorLogin},
                                                       {QStringLiteral("inDays"), QStringLiteral("soon")}}),
            400, -1601, "inDays");
        expectRefusal(client.control(passwordExpiry, QJsonObject{{QStringLiteral("login"), operatorLogin},
                                                                 {QStringLiteral("inDays"), 99999}}),
                      400, -1601, "from -3650 to 3650");
        expectRefusal(client.control(passwordExpiry, QByteArray(), "GET"), 405, -1, "take POST");
        expectRefusal(client.control(QStringLiteral("/simulator/v1/admins/lock"), QByteArray("{}")), 404, -1,
                      "/simulator/v1/admins/password-expiry");
        // Nothing changed.
        QCOMPARE(
            asOperator(client, QStringLiteral("/api/admin/v1/password"))[QStringLiteral("expirationDate")]
                .toString(),
            inDays(90));
        // The controls are not the API: SCM's paths do not know them, and theirs take no SCM login.
        QCOMPARE(
            client
                .post(QStringLiteral("/api/simulator/v1/admins/password-expiry"),
                      QJsonObject{{QStringLiteral("login"), operatorLogin}, {QStringLiteral("inDays"), 5}})
                .status,
            404);
    }

    void operatorPasswordLifetimeOption()
    {
        ScmSimulatorOptions options;
        options.operatorPasswordExpiresInDays = 7;
        options.tempPassword = ScmSimulatorOptions::TempPassword::ApiChange;
        Account account = onboarded(options);
        SimulatorTestClient &client = *account.client;
        // Changed on the web page: 7 days; the simulator's own MRAO admin keeps SCM's 90.
        QCOMPARE(
            asOperator(client, QStringLiteral("/api/admin/v1/password"))[QStringLiteral("expirationDate")]
                .toString(),
            inDays(7));
        QCOMPARE(client.get(QStringLiteral("/api/admin/v1/password"))
                     .object()[QStringLiteral("expirationDate")]
                     .toString(),
                 inDays(90));
        // Reset by the MRAO (temporary) and changed over the API: 7 days each time.
        const QString operatorPath = QStringLiteral("/api/admin/v1/%1").arg(account.operatorId);
        QCOMPARE(client
                     .put(operatorPath,
                          QJsonObject{{QStringLiteral("password"), QStringLiteral("Reset-Passw0rd-3")}})
                     .status,
                 200);
        QCOMPARE(client.get(operatorPath).object()[QStringLiteral("passwordExpiryDate")].toString(),
                 inDays(7));
        QCOMPARE(client
                     .post(QStringLiteral("/api/admin/v1/changepassword"),
                           QJsonObject{{QStringLiteral("newPassword"), operatorPassword}}, operatorLogin,
                           QStringLiteral("Reset-Passw0rd-3"))
                     .status,
                 204);
        QCOMPARE(
            asOperator(client, QStringLiteral("/api/admin/v1/password"))[QStringLiteral("expirationDate")]
                .toString(),
            inDays(7));
        // The control still moves it.
        QCOMPARE(client
                     .control(passwordExpiry, QJsonObject{{QStringLiteral("login"), operatorLogin},
                                                          {QStringLiteral("inDays"), 2}})
                     .status,
                 200);
        QCOMPARE(
            asOperator(client, QStringLiteral("/api/admin/v1/password"))[QStringLiteral("expirationDate")]
                .toString(),
            inDays(2));
    }

    void validationExpiryMovesTheOrganisationsValidation()
    {
        Account account = onboarded();
        SimulatorTestClient &client = *account.client;
        const QString list = QStringLiteral("/api/organization/v2/%1/validations").arg(account.orgId);
        const QString one = list + QStringLiteral("/%1").arg(account.validationId);
        // VALIDATED with its expiry (ValidationResponseItem.expires, ValidationDetailsResponseV2.expires).
        QJsonObject item = client.get(list).array().at(0).toObject();
        QCOMPARE(item[QStringLiteral("status")].toString(), QStringLiteral("VALIDATED"));
        QCOMPARE(item[QStringLiteral("expires")].toString().left(10), inDays(395));

        Answer answer =
            client.control(validationExpiry, QJsonObject{{QStringLiteral("organizationId"), account.orgId},
                                                         {QStringLiteral("inDays"), 10}});
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.object()[QStringLiteral("organizationId")].toInteger(), account.orgId);
        const QJsonObject moved = answer.object()[QStringLiteral("validations")].toArray().at(0).toObject();
        QCOMPARE(moved[QStringLiteral("id")].toInteger(), account.validationId);
        QCOMPARE(moved[QStringLiteral("status")].toString(), QStringLiteral("VALIDATED"));
        QCOMPARE(moved[QStringLiteral("expires")].toString(), inDays(10) + QStringLiteral("T23:59:59.999Z"));
        QCOMPARE(client.get(list).array().at(0)[QStringLiteral("expires")].toString(),
                 moved[QStringLiteral("expires")].toString());
        QCOMPARE(client.get(one).object()[QStringLiteral("expires")].toString(),
                 moved[QStringLiteral("expires")].toString());
        QCOMPARE(client.get(one).object()[QStringLiteral("status")].toString(), QStringLiteral("VALIDATED"));

        // In the past: EXPIRED, and the organisation's deprecated validationStatus no longer VALIDATED.
        answer = client.control(validationExpiry,
                                QJsonObject{{QStringLiteral("name"), QStringLiteral("example ag")},
                                            {QStringLiteral("inDays"), -1}});
        QCOMPARE(answer.status, 200);
        item = client.get(list).array().at(0).toObject();
        QCOMPARE(item[QStringLiteral("status")].toString(), QStringLiteral("EXPIRED"));
        QCOMPARE(item[QStringLiteral("expires")].toString().left(10), inDays(-1));
        QCOMPARE(client.get(QStringLiteral("/api/organization/v1/%1").arg(account.orgId))
                     .object()[QStringLiteral("validationStatus")]
                     .toString(),
                 QStringLiteral("NOT_VALIDATED"));
        // Moved forward again: VALIDATED.
        answer = client.control(validationExpiry,
                                QJsonObject{{QStringLiteral("organizationId"), account.orgId},
                                            {QStringLiteral("validationId"), account.validationId},
                                            {QStringLiteral("inDays"), 30}});
        QCOMPARE(answer.status, 200);
        QCOMPARE(client.get(one).object()[QStringLiteral("status")].toString(), QStringLiteral("VALIDATED"));
        QCOMPARE(client.get(one).object()[QStringLiteral("expires")].toString().left(10), inDays(30));

        // Refusals: unknown organisation or validation, no organisation named, a bad body, nothing to move.
        expectRefusal(client.control(validationExpiry, QJsonObject{{QStringLiteral("organizationId"), 999999},
                                                                   {QStringLiteral("inDays"), 1}}),
                      404, -1023, "Organization '999999' not found.");
        expectRefusal(client.control(validationExpiry,
                                     QJsonObject{{QStringLiteral("name"), QStringLiteral("Nobody AG")},
                                                 {QStringLiteral("inDays"), 1}}),
                      404, -1023, "Organization 'Nobody AG' not found.");
        expectRefusal(
            client.control(validationExpiry, QJsonObject{{QStringLiteral("organizationId"), account.orgId},
                                                         {QStringLiteral("validationId"), 999999},
                                                         {QStringLiteral("inDays"), 1}}),
            404, -1025, "Validation 999999");
        expectRefusal(client.control(validationExpiry, QJsonObject{{QStringLiteral("inDays"), 1}}), 400, -7,
                      "organizationId or name is required but missing.");
        expectRefusal(client.control(validationExpiry, QByteArray("[1, 2]")), 400, -39, "JSON object");
        const qint64 other = client.createOrganization(QStringLiteral("Other AG"));
        expectRefusal(client.control(validationExpiry, QJsonObject{{QStringLiteral("organizationId"), other},
                                                                   {QStringLiteral("inDays"), 1}}),
                      409, -1, "has no VALIDATED or EXPIRED validation");
        QCOMPARE(client.get(one).object()[QStringLiteral("expires")].toString().left(10), inDays(30));
    }

    void dcvExpiryMovesTheRegisteredDomainsDcv()
    {
        Account account = onboarded();
        SimulatorTestClient &client = *account.client;
        const QString domainPath = QStringLiteral("/api/domain/v1/%1").arg(account.domainId);
        // VALIDATED with its expiry: DcvStatusResponseV2.expirationDate, DomainInfo.dcvExpiration,
        // DcvSearchResult.expirationDate.
        QJsonObject status = dcvStatus(client);
        QCOMPARE(status[QStringLiteral("status")].toString(), QStringLiteral("VALIDATED"));
        QCOMPARE(status[QStringLiteral("expirationDate")].toString().left(10), inDays(397));
        QCOMPARE(client.get(domainPath).object()[QStringLiteral("dcvExpiration")].toString(), inDays(397));

        // Named by a domain below it: the registered domain's DCV moves.
        Answer answer = client.control(
            dcvExpiry, QJsonObject{{QStringLiteral("domain"), QStringLiteral("mail.example.ch")},
                                   {QStringLiteral("inDays"), 3}});
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.object()[QStringLiteral("domain")].toString(), QStringLiteral("example.ch"));
        QCOMPARE(answer.object()[QStringLiteral("status")].toString(), QStringLiteral("VALIDATED"));
        QCOMPARE(answer.object()[QStringLiteral("expirationDate")].toString(),
                 inDays(3) + QStringLiteral("T23:59:59.999Z"));
        QCOMPARE(answer.object()[QStringLiteral("dcvExpiration")].toString(), inDays(3));
        status = dcvStatus(client);
        QCOMPARE(status[QStringLiteral("expirationDate")].toString(),
                 inDays(3) + QStringLiteral("T23:59:59.999Z"));
        QCOMPARE(status[QStringLiteral("status")].toString(), QStringLiteral("VALIDATED"));
        QJsonObject domain = asOperator(client, domainPath);
        QCOMPARE(domain[QStringLiteral("dcvExpiration")].toString(), inDays(3));
        QCOMPARE(domain[QStringLiteral("validationStatus")].toString(), QStringLiteral("VALIDATED"));
        const QJsonObject row =
            client.get(QStringLiteral("/api/dcv/v2/validation?domain=example.ch")).array().at(0).toObject();
        QCOMPARE(row[QStringLiteral("expirationDate")].toString().left(10), inDays(3));
        QCOMPARE(row[QStringLiteral("dcvStatus")].toString(), QStringLiteral("VALIDATED"));

        // In the past: EXPIRED everywhere, with the date kept.
        answer =
            client.control(dcvExpiry, QJsonObject{{QStringLiteral("domain"), QStringLiteral("example.ch")},
                                                  {QStringLiteral("inDays"), -2}});
        QCOMPARE(answer.object()[QStringLiteral("status")].toString(), QStringLiteral("EXPIRED"));
        QCOMPARE(dcvStatus(client)[QStringLiteral("status")].toString(), QStringLiteral("EXPIRED"));
        domain = asOperator(client, domainPath);
        QCOMPARE(domain[QStringLiteral("validationStatus")].toString(), QStringLiteral("EXPIRED"));
        QCOMPARE(domain[QStringLiteral("dcvExpiration")].toString(), inDays(-2));
        QCOMPARE(client.get(QStringLiteral("/api/dcv/v2/validation?domain=example.ch"))
                     .array()
                     .at(0)[QStringLiteral("dcvStatus")]
                     .toString(),
                 QStringLiteral("EXPIRED"));
        // Forward again: VALIDATED.
        QCOMPARE(client
                     .control(dcvExpiry, QJsonObject{{QStringLiteral("domain"), QStringLiteral("example.ch")},
                                                     {QStringLiteral("inDays"), 40}})
                     .status,
                 200);
        QCOMPARE(dcvStatus(client)[QStringLiteral("status")].toString(), QStringLiteral("VALIDATED"));

        // Refusals.
        expectRefusal(
            client.control(dcvExpiry, QJsonObject{{QStringLiteral("domain"), QStringLiteral("unknown.org")},
                                                  {QStringLiteral("inDays"), 1}}),
            404, -727, "The domain 'unknown.org' does not exist.");
        client.post(QStringLiteral("/api/domain/v1"),
                    QJsonObject{{QStringLiteral("name"), QStringLiteral("example.org")},
                                {QStringLiteral("delegations"), smimeDelegation(account.orgId)}});
        expectRefusal(
            client.control(dcvExpiry, QJsonObject{{QStringLiteral("domain"), QStringLiteral("example.org")},
                                                  {QStringLiteral("inDays"), 1}}),
            409, -1, "The DCV of 'example.org' is NOT_VALIDATED");
        expectRefusal(client.control(dcvExpiry, QJsonObject{{QStringLiteral("inDays"), 1}}), 400, -7,
                      "domain is required but missing.");
        expectRefusal(client.control(dcvExpiry, QByteArray("not json")), 400, -39, "Malformed JSON");
        QCOMPARE(dcvStatus(client)[QStringLiteral("expirationDate")].toString().left(10), inDays(40));
    }

    void revokeDelegationTakesSmimeAway()
    {
        Account account = onboarded();
        SimulatorTestClient &client = *account.client;
        const QString domainPath = QStringLiteral("/api/domain/v1/%1").arg(account.domainId);
        Answer answer = client.control(
            revokeDelegation, QJsonObject{{QStringLiteral("domain"), QStringLiteral("MAIL.example.ch")},
                                          {QStringLiteral("organizationId"), account.orgId}});
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.object()[QStringLiteral("id")].toInteger(), account.domainId);
        QCOMPARE(answer.object()[QStringLiteral("delegations")]
                     .toArray()
                     .at(0)[QStringLiteral("certTypes")]
                     .toArray(),
                 (QJsonArray{QStringLiteral("SSL")}));
        // The operator still sees the domain (its SSL delegation), without S/MIME.
        const QJsonArray delegations =
            asOperator(client, domainPath)[QStringLiteral("delegations")].toArray();
        QCOMPARE(delegations.size(), 1);
        QCOMPARE(delegations.at(0)[QStringLiteral("certTypes")].toArray(),
                 (QJsonArray{QStringLiteral("SSL")}));
        expectRefusal(
            client.control(revokeDelegation,
                           QJsonObject{{QStringLiteral("domain"), QStringLiteral("mail.example.ch")},
                                       {QStringLiteral("organizationId"), account.orgId}}),
            404, -707, "has no SMIME delegation to organization");

        // A domain delegated only for S/MIME loses the delegation, and the operator no longer sees it.
        const qint64 onlySmime =
            client
                .post(QStringLiteral("/api/domain/v1"),
                      QJsonObject{{QStringLiteral("name"), QStringLiteral("example.org")},
                                  {QStringLiteral("delegations"), smimeDelegation(account.orgId)}})
                .locationId();
        answer = client.control(revokeDelegation,
                                QJsonObject{{QStringLiteral("domain"), QStringLiteral("example.org")},
                                            {QStringLiteral("organizationId"), account.orgId}});
        QCOMPARE(answer.status, 200);
        QVERIFY(answer.object()[QStringLiteral("delegations")].toArray().isEmpty());
        QCOMPARE(
            client.get(QStringLiteral("/api/domain/v1/%1").arg(onlySmime), operatorLogin, operatorPassword)
                .status,
            404);

        expectRefusal(client.control(revokeDelegation,
                                     QJsonObject{{QStringLiteral("domain"), QStringLiteral("nowhere.ch")},
                                                 {QStringLiteral("organizationId"), account.orgId}}),
                      404, -727, "The domain 'nowhere.ch' does not exist.");
        expectRefusal(client.control(revokeDelegation,
                                     QJsonObject{{QStringLiteral("domain"), QStringLiteral("example.ch")}}),
                      400, -7, "organizationId is required but missing.");
        expectRefusal(client.control(revokeDelegation, QByteArray("{")), 400, -39, "Malformed JSON");
    }

    void scmCallsThatBreakTheOperatorAndTheOrganisation_data()
    {
        QTest::addColumn<bool>("legacy");
        QTest::newRow("current") << false;
        QTest::newRow("legacy") << true;
    }

    void scmCallsThatBreakTheOperatorAndTheOrganisation()
    {
        QFETCH(bool, legacy);
        ScmSimulatorOptions options;
        if (legacy)
            options.dialect = ScmSimulatorOptions::Dialect::Legacy;
        Account account = onboarded(options);
        SimulatorTestClient &client = *account.client;
        const QString operatorPath = QStringLiteral("/api/admin/v1/%1").arg(account.operatorId);
        QJsonObject details = client.get(operatorPath).object();
        QCOMPARE(details[QStringLiteral("type")].toString(),
                 legacy ? QStringLiteral("STANDARD") : QStringLiteral("API"));
        QCOMPARE(details[QStringLiteral("privileges")].toArray().contains(QStringLiteral("wsApiUseOnly")),
                 legacy);

        // API-only taken away: type STANDARD (current), the privilege wsApiUseOnly removed (legacy).
        const QJsonObject standard =
            legacy
                ? QJsonObject{{QStringLiteral("privileges"), QJsonArray{QStringLiteral("clientCertRequest")}}}
                : QJsonObject{{QStringLiteral("type"), QStringLiteral("STANDARD")}};
        QCOMPARE(client.put(operatorPath, standard).status, 200);
        details = client.get(operatorPath).object();
        QCOMPARE(details[QStringLiteral("type")].toString(), QStringLiteral("STANDARD"));
        QCOMPARE(details[QStringLiteral("privileges")].toArray(),
                 (QJsonArray{QStringLiteral("clientCertRequest")}));
        // Its password state still answers.
        QCOMPARE(
            asOperator(client, QStringLiteral("/api/admin/v1/password"))[QStringLiteral("state")].toString(),
            QStringLiteral("ALIVE"));

        // The privilege to request client certificates removed, then the S/MIME role replaced.
        QCOMPARE(client.put(operatorPath, QJsonObject{{QStringLiteral("privileges"), QJsonArray{}}}).status,
                 200);
        QVERIFY(client.get(operatorPath).object()[QStringLiteral("privileges")].toArray().isEmpty());
        QCOMPARE(
            client
                .put(operatorPath,
                     QJsonObject{{QStringLiteral("credentials"),
                                  QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("RAO_SSL")},
                                                         {QStringLiteral("orgId"), account.orgId}}}}})
                .status,
            200);
        QCOMPARE(client.get(operatorPath)
                     .object()[QStringLiteral("credentials")]
                     .toArray()
                     .at(0)[QStringLiteral("role")]
                     .toString(),
                 QStringLiteral("RAO_SSL"));

        // REST access for client certificates switched off (UpdateOrganizationRequest, OrganizationResp).
        const QString orgPath = QStringLiteral("/api/organization/v1/%1").arg(account.orgId);
        const Answer off = client.put(orgPath, QJsonObject{{QStringLiteral("clientCertsApiEnabled"), false}});
        QCOMPARE(off.status, 200);
        QCOMPARE(off.object()[QStringLiteral("clientCertsApiEnabled")].toBool(true), false);
        QCOMPARE(client.get(orgPath).object()[QStringLiteral("clientCertsApiEnabled")].toBool(true), false);
        // ... which is no vetted detail: the validation stays VALIDATED.
        QCOMPARE(client.get(QStringLiteral("/api/organization/v2/%1/validations").arg(account.orgId))
                     .array()
                     .at(0)[QStringLiteral("status")]
                     .toString(),
                 QStringLiteral("VALIDATED"));
    }

    void removeDomainDelegationOverTheApi()
    {
        Account account = onboarded();
        SimulatorTestClient &client = *account.client;
        const QString path = QStringLiteral("/api/domain/v1/%1/delegation").arg(account.domainId);
        const QByteArray smime = SimulatorTestClient::toBytes(QJsonObject{
            {QStringLiteral("orgId"), account.orgId},
            {QStringLiteral("certTypes"), QJsonArray{QStringLiteral("SMIME")}},
            {QStringLiteral("domainCertificateRequestPrivileges"), QJsonArray{QStringLiteral("DOMAIN")}}});
        // The operator has no allowManageDomains.
        QCOMPARE(client.send("DELETE", path, smime, operatorLogin, operatorPassword).code(), -3);
        Answer answer = client.send("DELETE", path, smime, client.login(), client.password());
        QCOMPARE(answer.status, 200);
        QVERIFY(answer.body.isEmpty());
        const QJsonArray delegations = client.get(QStringLiteral("/api/domain/v1/%1").arg(account.domainId))
                                           .object()[QStringLiteral("delegations")]
                                           .toArray();
        QCOMPARE(delegations.at(0)[QStringLiteral("certTypes")].toArray(),
                 (QJsonArray{QStringLiteral("SSL")}));
        answer = client.send("DELETE", path, smime, client.login(), client.password());
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.code(), -707);
        answer = client.send("DELETE", path, QByteArray("{\"orgId\": 1}"), client.login(), client.password());
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.code(), -7); // certTypes
    }
};

QTEST_GUILESS_MAIN(SimulatorControlsTest)
#include "tst_simulator_controls.moc"
