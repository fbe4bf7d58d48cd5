// Every answer the simulator gives to a request the engine, the wizard or `health` makes, held
// against Sectigo's own OpenAPI (resources/scm/sectigo-schemas.json) by a real JSON-schema validator:
// the test drives the simulator in both dialects and both --temp-password modes, collects
// {method, path, status, body} of each answer and runs check-schema-conformance.py (Python's
// jsonschema, Draft 2020-12, formats checked) over them. The only excuses are the rows of the
// README's table "Where the simulator departs from Sectigo's OpenAPI".
#include "Clock.h"
#include "ScmSimulator.h"
#include "SimulatorTestClient.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace {
const QString checker = QStringLiteral(MPKI_SOURCE_DIR "/tests/simulator/check-schema-conformance.py");
const QString schemas = QStringLiteral(MPKI_SOURCE_DIR "/resources/scm/sectigo-schemas.json");
const QString readme = QStringLiteral(MPKI_SOURCE_DIR "/wizard/simulator/README.md");
const int pythonWaitMs = 60000;
} // namespace

class SimulatorSchemaConformanceTest : public QObject
{
    Q_OBJECT

    QString m_python;
    QJsonArray m_answers;

    // The first interpreter that can import jsonschema (Debian's python3-jsonschema on CI).
    static QString pythonWithJsonSchema()
    {
        for (const QString &candidate : {QStringLiteral("python3"), QStringLiteral("/usr/bin/python3")}) {
            QProcess probe;
            probe.start(candidate, {QStringLiteral("-c"), QStringLiteral("import jsonschema")});
            if (probe.waitForFinished(20000) && probe.exitStatus() == QProcess::NormalExit &&
                probe.exitCode() == 0)
                return candidate;
            probe.kill();
            probe.waitForFinished(2000);
        }
        return QString();
    }

    // Runs the checker over `answers`; its exit code and output (one line per violation).
    std::pair<int, QString> validate(const QJsonArray &answers)
    {
        QTemporaryDir dir;
        if (!dir.isValid())
            return {-1, QStringLiteral("no temporary directory")};
        QFile file(dir.filePath(QStringLiteral("answers.json")));
        if (!file.open(QIODevice::WriteOnly) ||
            file.write(QJsonDocument(answers).toJson(QJsonDocument::Compact)) < 0 || !file.flush())
            return {-1, QStringLiteral("cannot write %1").arg(file.fileName())};
        file.close();
        QProcess python;
        python.setProcessChannelMode(QProcess::MergedChannels);
        python.start(m_python, {checker, schemas, readme, file.fileName()});
        if (!python.waitForFinished(pythonWaitMs)) {
            python.kill();
            python.waitForFinished(2000);
            return {-1, QStringLiteral("the checker did not finish within %1 ms").arg(pythonWaitMs)};
        }
        return {python.exitStatus() == QProcess::NormalExit ? python.exitCode() : -1,
                QString::fromUtf8(python.readAll())};
    }

    // Keeps an answer for the checker and returns it.
    Answer keep(const QString &label, const QByteArray &method, const QString &path, const Answer &answer)
    {
        QJsonValue body = QJsonValue::Null;
        if (!answer.body.isEmpty()) {
            QJsonParseError error{};
            const QJsonDocument document = QJsonDocument::fromJson(answer.body, &error);
            // A body that is not JSON is kept as a string, which no schema of Sectigo's allows.
            body = error.error != QJsonParseError::NoError ? QJsonValue(QString::fromUtf8(answer.body))
                   : document.isArray()                    ? QJsonValue(document.array())
                                                           : QJsonValue(document.object());
        }
        m_answers.append(QJsonObject{{QStringLiteral("label"), label},
                                     {QStringLiteral("method"), QString::fromLatin1(method)},
                                     {QStringLiteral("path"), path},
                                     {QStringLiteral("status"), answer.status},
                                     {QStringLiteral("body"), body}});
        return answer;
    }

    // Drives one simulator through the calls mpki-setup makes and keeps every answer.
    void drive(ScmSimulatorOptions::Dialect dialect, ScmSimulatorOptions::TempPassword tempPassword)
    {
        const bool legacy = dialect == ScmSimulatorOptions::Dialect::Legacy;
        const bool apiChange = tempPassword == ScmSimulatorOptions::TempPassword::ApiChange;
        const QString label =
            QStringLiteral("%1/%2").arg(legacy ? QStringLiteral("legacy") : QStringLiteral("current"),
                                        apiChange ? QStringLiteral("api-change") : QStringLiteral("ui-only"));
        ScaledClock clock(1000.0);
        ScmSimulatorOptions options;
        options.clock = &clock;
        options.dialect = dialect;
        options.tempPassword = tempPassword;
        ScmSimulator simulator(options);
        QString error;
        QVERIFY2(simulator.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        SimulatorTestClient client(simulator);
        const QString mrao = client.login(), mraoPassword = client.password();

        auto call = [&](const QByteArray &method, const QString &path, const QJsonValue &body = QJsonValue(),
                        const QString &login = QString(), const QString &password = QString()) {
            const QByteArray bytes = body.isUndefined() ? QByteArray() : SimulatorTestClient::toBytes(body);
            return keep(label, method, path,
                        client.send(method, path, bytes, login.isEmpty() ? mrao : login,
                                    login.isEmpty() ? mraoPassword : password));
        };

        // health and the engine's first look: who am I, what may I grant.
        QCOMPARE(call("GET", QStringLiteral("/api/admin/v1/password")).status, 200);
        const Answer me = call("GET", QStringLiteral("/api/admin/v1?login=%1").arg(mrao));
        QCOMPARE(me.status, 200);
        QCOMPARE(
            call("GET",
                 QStringLiteral("/api/admin/v1/%1").arg(me.array().at(0)[QStringLiteral("id")].toInteger()))
                .status,
            200);
        QCOMPARE(call("GET", QStringLiteral("/api/admin/v1/roles")).status, 200);
        QCOMPARE(call("GET", QStringLiteral("/api/admin/v1/privileges?role=RAO_SMIME")).status, 200);
        const Answer backends = call("GET", QStringLiteral("/api/ca-backend/v1"));
        QCOMPARE(backends.status, 200);
        call("GET", QStringLiteral("/api/organization/v1"), QJsonValue(), QStringLiteral("nobody"),
             QStringLiteral("Wrong-Passw0rd"));

        // The organisation, its department, its validation.
        QCOMPARE(call("GET", QStringLiteral("/api/organization/v1")).status, 200);
        const Answer org = call("POST", QStringLiteral("/api/organization/v1"),
                                SimulatorTestClient::organizationBody(QStringLiteral("Example AG")));
        QCOMPARE(org.status, 201);
        const qint64 orgId = org.locationId();
        QCOMPARE(
            call("POST", QStringLiteral("/api/organization/v1"),
                 SimulatorTestClient::organizationBody(QStringLiteral("IT"), QStringLiteral("Example AG")))
                .status,
            201);
        QCOMPARE(call("POST", QStringLiteral("/api/organization/v1"),
                      SimulatorTestClient::organizationBody(QStringLiteral("Example AG")))
                     .status,
                 400);
        QCOMPARE(call("GET", QStringLiteral("/api/organization/v1")).status, 200);
        QCOMPARE(call("GET", QStringLiteral("/api/organization/v1/%1").arg(orgId)).status, 200);
        QCOMPARE(call("GET", QStringLiteral("/api/organization/v1/999999")).status, 404);
        QCOMPARE(call("PUT", QStringLiteral("/api/organization/v1/%1").arg(orgId),
                      QJsonObject{{QStringLiteral("clientCertsApiEnabled"), true}})
                     .status,
                 200);
        const QString validations = QStringLiteral("/api/organization/v2/%1/validations").arg(orgId);
        QCOMPARE(call("GET", validations).status, 200);
        const Answer submitted = call(
            "POST", validations + QStringLiteral("/submit"),
            QJsonObject{{QStringLiteral("validationLevel"), QStringLiteral("OV_SMIME")},
                        {QStringLiteral("backendId"), backends.array().at(0)[QStringLiteral("id")]},
                        {QStringLiteral("organizationDetails"),
                         QJsonObject{{QStringLiteral("generalDetails"),
                                      QJsonObject{{QStringLiteral("legalName"), QStringLiteral("Example AG")},
                                                  {QStringLiteral("country"), QStringLiteral("CH")},
                                                  {QStringLiteral("city"), QStringLiteral("Zurich")}}},
                                     {QStringLiteral("organizationIdentifier"),
                                      QStringLiteral("NTRCH-CHE-123.456.789")}}}});
        QCOMPARE(submitted.status, 201);
        const QString validation = validations + QStringLiteral("/%1").arg(submitted.locationId());
        QCOMPARE(call("GET", validations).status, 200);
        QCOMPARE(call("GET", validation).status, 200);
        QCOMPARE(call("GET", validations + QStringLiteral("/999999")).status, 404);
        QTRY_COMPARE_WITH_TIMEOUT(client.get(validation).object()[QStringLiteral("status")].toString(),
                                  QStringLiteral("VALIDATED"), 15000);
        QCOMPARE(call("POST", validation + QStringLiteral("/sync"), QJsonObject{}).status, 200);
        QCOMPARE(call("GET", validations).status, 200);
        QCOMPARE(call("PUT", validation + QStringLiteral("/revalidate"), QJsonObject{}).status, 200);
        QCOMPARE(call("GET", validation).status, 200);

        // Domains, delegation (with and without request privileges), DCV in v1 and v2.
        const Answer domain =
            call("POST", QStringLiteral("/api/domain/v1"),
                 QJsonObject{{QStringLiteral("name"), QStringLiteral("example.ch")},
                             {QStringLiteral("delegations"),
                              QJsonArray{QJsonObject{
                                  {QStringLiteral("orgId"), orgId},
                                  {QStringLiteral("certTypes"), QJsonArray{QStringLiteral("SMIME")}}}}}});
        QCOMPARE(domain.status, 201);
        QCOMPARE(call("POST", QStringLiteral("/api/domain/v1"),
                      QJsonObject{{QStringLiteral("name"), QStringLiteral("example.ch")},
                                  {QStringLiteral("delegations"),
                                   QJsonArray{QJsonObject{
                                       {QStringLiteral("orgId"), orgId},
                                       {QStringLiteral("certTypes"), QJsonArray{QStringLiteral("SMIME")}}}}}})
                     .status,
                 400);
        const QString domainPath = QStringLiteral("/api/domain/v1/%1").arg(domain.locationId());
        QCOMPARE(call("POST", domainPath + QStringLiteral("/delegation"),
                      QJsonObject{{QStringLiteral("orgId"), orgId},
                                  {QStringLiteral("certTypes"), QJsonArray{QStringLiteral("SSL")}},
                                  {QStringLiteral("domainCertificateRequestPrivileges"),
                                   QJsonArray{QStringLiteral("DOMAIN")}}})
                     .status,
                 200);
        QCOMPARE(call("POST", domainPath + QStringLiteral("/delegation/approve"),
                      QJsonObject{{QStringLiteral("orgId"), orgId}})
                     .status,
                 400);
        QCOMPARE(call("GET", QStringLiteral("/api/domain/v1?name=example.ch&size=25&position=0")).status,
                 200);
        const Answer domainInfo = call("GET", domainPath);
        QCOMPARE(domainInfo.status, 200);
        for (const QJsonValue &delegation : domainInfo.object()[QStringLiteral("delegations")].toArray())
            QVERIFY2(!delegation[QStringLiteral("domainCertificateRequestPrivileges")].toArray().isEmpty(),
                     "a stored delegation has at least one request privilege");
        QCOMPARE(call("GET", QStringLiteral("/api/domain/v1/999999")).status, 404);

        const QJsonObject dcvDomain{{QStringLiteral("domain"), QStringLiteral("example.ch")}};
        QCOMPARE(call("POST", QStringLiteral("/api/dcv/v2/validation/status"), dcvDomain).status, 200);
        QCOMPARE(call("POST", QStringLiteral("/api/dcv/v1/validation/start/domain/cname"), dcvDomain).status,
                 200);
        QCOMPARE(call("POST", QStringLiteral("/api/dcv/v2/validation/status"), dcvDomain).status, 200);
        QCOMPARE(call("POST", QStringLiteral("/api/dcv/v1/validation/submit/domain/cname"), dcvDomain).status,
                 200);
        QCOMPARE(call("POST", QStringLiteral("/api/dcv/v2/validation/status"), dcvDomain).status, 200);
        const QJsonObject otherDomain{{QStringLiteral("domain"), QStringLiteral("example.org")}};
        QCOMPARE(call("POST", QStringLiteral("/api/domain/v1"),
                      QJsonObject{{QStringLiteral("name"), QStringLiteral("example.org")},
                                  {QStringLiteral("delegations"),
                                   QJsonArray{QJsonObject{
                                       {QStringLiteral("orgId"), orgId},
                                       {QStringLiteral("certTypes"), QJsonArray{QStringLiteral("SMIME")}}}}}})
                     .status,
                 201);
        const Answer emails =
            call("POST", QStringLiteral("/api/dcv/v1/validation/start/domain/email"), otherDomain);
        QCOMPARE(emails.status, 200);
        const QJsonArray offered = emails.object()[QStringLiteral("emails")].toArray();
        QVERIFY(!offered.isEmpty());
        QCOMPARE(call("POST", QStringLiteral("/api/dcv/v1/validation/submit/domain/email"),
                      QJsonObject{{QStringLiteral("domain"), QStringLiteral("example.org")},
                                  {QStringLiteral("email"), offered.at(0)}})
                     .status,
                 200);
        QCOMPARE(call("POST", QStringLiteral("/api/dcv/v1/validation/start/domain/http"),
                      QJsonObject{{QStringLiteral("domain"), QStringLiteral("example.net")}})
                     .status,
                 400);
        QTRY_COMPARE_WITH_TIMEOUT(client.post(QStringLiteral("/api/dcv/v2/validation/status"), dcvDomain)
                                      .object()[QStringLiteral("status")]
                                      .toString(),
                                  QStringLiteral("VALIDATED"), 15000);
        QCOMPARE(call("POST", QStringLiteral("/api/dcv/v2/validation/status"), dcvDomain).status, 200);
        QCOMPARE(call("GET", domainPath).status, 200);

        // The operator: created, looked up, its temporary password tried, reset, changed.
        QCOMPARE(call("GET", QStringLiteral("/api/admin/v1?login=operator")).status, 200);
        QJsonObject operatorBody = SimulatorTestClient::adminBody(
            QStringLiteral("operator"), QStringLiteral("Temporary-1234"), QStringLiteral("RAO_SMIME"), orgId,
            {QStringLiteral("clientCertRequest")});
        if (!legacy)
            operatorBody.insert(QStringLiteral("type"), QStringLiteral("STANDARD"));
        const Answer created = call("POST", QStringLiteral("/api/admin/v1"), operatorBody);
        QCOMPARE(created.status, 201);
        QCOMPARE(call("POST", QStringLiteral("/api/admin/v1"), operatorBody).status, 400);
        const QString operatorPath = QStringLiteral("/api/admin/v1/%1").arg(created.locationId());
        QCOMPARE(call("GET", QStringLiteral("/api/admin/v1?login=operator")).status, 200);
        QCOMPARE(call("GET", operatorPath).status, 200);
        QCOMPARE(call("GET", QStringLiteral("/api/admin/v1/999999")).status, 404);
        const QString temporary = QStringLiteral("Temporary-1234");
        const QString final = QStringLiteral("Final-Passw0rd-1");
        QCOMPARE(call("GET", QStringLiteral("/api/organization/v1"), QJsonValue(), QStringLiteral("operator"),
                      temporary)
                     .status,
                 401);
        QCOMPARE(call("GET", QStringLiteral("/api/admin/v1/password"), QJsonValue(),
                      QStringLiteral("operator"), temporary)
                     .status,
                 apiChange ? 200 : 401);
        QCOMPARE(call("PUT", operatorPath,
                      QJsonObject{{QStringLiteral("password"), QStringLiteral("Reset-Passw0rd")}})
                     .status,
                 200);
        QCOMPARE(call("GET", operatorPath).status, 200);
        if (apiChange) {
            QCOMPARE(call("POST", QStringLiteral("/api/admin/v1/changepassword"),
                          QJsonObject{{QStringLiteral("newPassword"), QStringLiteral("weak")}},
                          QStringLiteral("operator"), QStringLiteral("Reset-Passw0rd"))
                         .status,
                     400);
            QCOMPARE(call("POST", QStringLiteral("/api/admin/v1/changepassword"),
                          QJsonObject{{QStringLiteral("newPassword"), final}}, QStringLiteral("operator"),
                          QStringLiteral("Reset-Passw0rd"))
                         .status,
                     204);
        } else {
            client.form(QStringLiteral("/customer/%1/changepassword").arg(simulator.customerUri()),
                        {{QStringLiteral("login"), QStringLiteral("operator")},
                         {QStringLiteral("password"), QStringLiteral("Reset-Passw0rd")},
                         {QStringLiteral("newPassword"), final},
                         {QStringLiteral("confirmPassword"), final}});
        }
        QCOMPARE(call("GET", QStringLiteral("/api/admin/v1/password"), QJsonValue(),
                      QStringLiteral("operator"), final)
                     .status,
                 200);
        QCOMPARE(call("GET", operatorPath).status, 200);
        // API-only: type API (current) or the privilege wsApiUseOnly (legacy).
        const QJsonObject apiOnly =
            legacy
                ? QJsonObject{{QStringLiteral("privileges"), QJsonArray{QStringLiteral("clientCertRequest"),
                                                                        QStringLiteral("wsApiUseOnly")}}}
                : QJsonObject{{QStringLiteral("type"), QStringLiteral("API")}};
        QCOMPARE(call("PUT", operatorPath, apiOnly).status, 200);
        QCOMPARE(call("GET", operatorPath).status, 200);
        QCOMPARE(call("GET", QStringLiteral("/api/admin/v1?login=operator")).status, 200);
        QCOMPARE(call("GET", QStringLiteral("/api/organization/v1"), QJsonValue(), QStringLiteral("operator"),
                      final)
                     .status,
                 200);
        QCOMPARE(call("GET", QStringLiteral("/api/admin/v1/privileges?role=RAO_SMIME"), QJsonValue(),
                      QStringLiteral("operator"), final)
                     .status,
                 200);

        // S/MIME profiles and custom fields the gateway set-up needs.
        QCOMPARE(call("GET", QStringLiteral("/api/smime/v1/types?organizationId=%1").arg(orgId)).status, 200);
        QCOMPARE(call("GET", QStringLiteral("/api/customField/v2?certType=SMIME")).status, 200);
        QCOMPARE(call("GET", QStringLiteral("/api/smime/v1/customFields")).status, 200);

        // What `health` reads once the simulator's controls moved each expiry (near, then past) and
        // SCM calls took API-only, the privilege, REST access and the S/MIME delegation away.
        auto control = [&](const QString &path, const QJsonObject &body) {
            const Answer answer = client.control(QStringLiteral("/simulator/v1/") + path, body);
            if (answer.status != 200)
                qWarning("control %s answered %d: %s", qPrintable(path), answer.status,
                         answer.body.constData());
            return answer.status;
        };
        const QJsonObject dcvStatusV1{{QStringLiteral("domain"), QStringLiteral("example.ch")}};
        for (const int inDays : {5, -1}) {
            QCOMPARE(control(QStringLiteral("admins/password-expiry"),
                             QJsonObject{{QStringLiteral("login"), QStringLiteral("operator")},
                                         {QStringLiteral("inDays"), inDays}}),
                     200);
            QCOMPARE(call("GET", QStringLiteral("/api/admin/v1/password"), QJsonValue(),
                          QStringLiteral("operator"), final)
                         .status,
                     200);
            QCOMPARE(call("GET", operatorPath).status, 200);
            QCOMPARE(control(QStringLiteral("organizations/validation-expiry"),
                             QJsonObject{{QStringLiteral("organizationId"), orgId},
                                         {QStringLiteral("inDays"), inDays}}),
                     200);
            QCOMPARE(call("GET", validations).status, 200);
            QCOMPARE(call("GET", validation).status, 200);
            QCOMPARE(call("GET", QStringLiteral("/api/organization/v1/%1").arg(orgId)).status, 200);
            QCOMPARE(control(QStringLiteral("domains/dcv-expiry"),
                             QJsonObject{{QStringLiteral("domain"), QStringLiteral("example.ch")},
                                         {QStringLiteral("inDays"), inDays}}),
                     200);
            QCOMPARE(call("POST", QStringLiteral("/api/dcv/v2/validation/status"), dcvDomain).status, 200);
            QCOMPARE(call("POST", QStringLiteral("/api/dcv/v1/validation/status"), dcvStatusV1).status, 200);
            QCOMPARE(call("GET", QStringLiteral("/api/dcv/v2/validation?domain=example.ch")).status, 200);
            QCOMPARE(call("GET", domainPath).status, 200);
        }
        const QString rotated = QStringLiteral("Rotated-Passw0rd-2");
        QCOMPARE(call("POST", QStringLiteral("/api/admin/v1/changepassword"),
                      QJsonObject{{QStringLiteral("newPassword"), rotated}}, QStringLiteral("operator"),
                      final)
                     .status,
                 204);
        QCOMPARE(call("GET", QStringLiteral("/api/admin/v1/password"), QJsonValue(),
                      QStringLiteral("operator"), rotated)
                     .status,
                 200);
        QCOMPARE(call("PUT", operatorPath,
                      legacy ? QJsonObject{{QStringLiteral("privileges"),
                                            QJsonArray{QStringLiteral("clientCertRequest")}}}
                             : QJsonObject{{QStringLiteral("type"), QStringLiteral("STANDARD")}})
                     .status,
                 200);
        QCOMPARE(call("PUT", operatorPath, QJsonObject{{QStringLiteral("privileges"), QJsonArray{}}}).status,
                 200);
        QCOMPARE(call("GET", operatorPath).status, 200);
        QCOMPARE(call("PUT", QStringLiteral("/api/organization/v1/%1").arg(orgId),
                      QJsonObject{{QStringLiteral("clientCertsApiEnabled"), false}})
                     .status,
                 200);
        QCOMPARE(call("GET", QStringLiteral("/api/organization/v1/%1").arg(orgId)).status, 200);
        QCOMPARE(control(QStringLiteral("domains/revoke-delegation"),
                         QJsonObject{{QStringLiteral("domain"), QStringLiteral("example.ch")},
                                     {QStringLiteral("organizationId"), orgId}}),
                 200);
        QCOMPARE(call("GET", domainPath).status, 200);
        QCOMPARE(call("GET", QStringLiteral("/api/organization/v1"), QJsonValue(), QStringLiteral("operator"),
                      rotated)
                     .status,
                 200);
    }

private slots:
    void initTestCase()
    {
        m_python = pythonWithJsonSchema();
        QVERIFY2(!m_python.isEmpty(),
                 "no Python interpreter with the jsonschema package (python3, /usr/bin/python3): install "
                 "python3-jsonschema");
        QVERIFY(QFile::exists(checker));
        QVERIFY(QFile::exists(schemas));
    }

    void theCheckerFindsViolations()
    {
        // A wrong type, a missing required field, an empty minItems list and a bad date.
        const QJsonArray wrong{
            QJsonObject{
                {QStringLiteral("label"), QStringLiteral("self-test")},
                {QStringLiteral("method"), QStringLiteral("GET")},
                {QStringLiteral("path"), QStringLiteral("/api/domain/v1/7")},
                {QStringLiteral("status"), 200},
                {QStringLiteral("body"),
                 QJsonObject{{QStringLiteral("id"), QStringLiteral("7")},
                             {QStringLiteral("name"), QStringLiteral("example.ch")},
                             {QStringLiteral("dcvExpiration"), QStringLiteral("05/12/2026")},
                             {QStringLiteral("delegations"),
                              QJsonArray{QJsonObject{{QStringLiteral("orgId"), 7},
                                                     {QStringLiteral("certTypes"), QJsonArray{}}}}}}}},
            QJsonObject{{QStringLiteral("label"), QStringLiteral("self-test")},
                        {QStringLiteral("method"), QStringLiteral("GET")},
                        {QStringLiteral("path"), QStringLiteral("/api/admin/v1/8")},
                        {QStringLiteral("status"), 200},
                        {QStringLiteral("body"), QJsonObject{{QStringLiteral("reseted"), true}}}},
            QJsonObject{{QStringLiteral("label"), QStringLiteral("self-test")},
                        {QStringLiteral("method"), QStringLiteral("GET")},
                        {QStringLiteral("path"), QStringLiteral("/api/admin/v1/8")},
                        {QStringLiteral("status"), 404},
                        {QStringLiteral("body"), QJsonObject{{QStringLiteral("code"), -251}}}},
        };
        const auto [exitCode, output] = validate(wrong);
        QVERIFY2(exitCode == 1, qPrintable(output));
        for (const char *expected : {"id: '7' is not of type 'integer'", "dcvExpiration", "certTypes",
                                     "reseted: True is not of type 'string'", "description"})
            QVERIFY2(output.contains(QLatin1String(expected)), qPrintable(output));
    }

    void everyAnswerConformsToSectigosSchemas()
    {
        using D = ScmSimulatorOptions::Dialect;
        using T = ScmSimulatorOptions::TempPassword;
        for (const D dialect : {D::Current, D::Legacy}) {
            for (const T mode : {T::UiOnly, T::ApiChange}) {
                drive(dialect, mode);
                if (QTest::currentTestFailed())
                    return;
            }
        }
        QVERIFY(m_answers.size() > 200);
        const auto [exitCode, output] = validate(m_answers);
        QVERIFY2(exitCode == 0, qPrintable(output));
    }

    void refusalsOfEveryShapeConform()
    {
        using R = ScmSimulatorOptions::TempPasswordRefusal;
        m_answers = QJsonArray();
        for (const R shape : {R::Unauthorized401, R::Forbidden403, R::BadRequest400}) {
            ScmSimulatorOptions options;
            options.tempPasswordRefusal = shape;
            options.lockoutAfter = 2;
            ScmSimulator simulator(options);
            QString error;
            QVERIFY2(simulator.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
            SimulatorTestClient client(simulator);
            const qint64 orgId = client.createOrganization(QStringLiteral("Example AG"));
            QCOMPARE(client
                         .post(QStringLiteral("/api/admin/v1"),
                               SimulatorTestClient::adminBody(QStringLiteral("operator"),
                                                              QStringLiteral("Temporary-1234"),
                                                              QStringLiteral("RAO_SMIME"), orgId))
                         .status,
                     201);
            const QString path = QStringLiteral("/api/admin/v1/password");
            const Answer refused =
                keep(QStringLiteral("refusal"), "GET", path,
                     client.get(path, QStringLiteral("operator"), QStringLiteral("Temporary-1234")));
            QCOMPARE(refused.status, shape == R::Unauthorized401 ? 401
                                     : shape == R::Forbidden403  ? 403
                                                                 : 400);
            for (int i = 0; i < 2; ++i)
                keep(QStringLiteral("lockout"), "GET", path,
                     client.get(path, QStringLiteral("operator"), QStringLiteral("Wrong-Passw0rd")));
            const Answer locked =
                keep(QStringLiteral("locked"), "GET", path,
                     client.get(path, QStringLiteral("operator"), QStringLiteral("Temporary-1234")));
            QCOMPARE(locked.status, 401);
            QCOMPARE(locked.code(), -970);
            keep(QStringLiteral("locked"), "GET", QStringLiteral("/api/admin/v1?login=operator"),
                 client.get(QStringLiteral("/api/admin/v1?login=operator")));
        }
        const auto [exitCode, output] = validate(m_answers);
        QVERIFY2(exitCode == 0, qPrintable(output));
    }
};

QTEST_GUILESS_MAIN(SimulatorSchemaConformanceTest)
#include "tst_simulator_schema_conformance.moc"
