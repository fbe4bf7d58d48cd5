// The simulator's API against the references: authentication, roles and privileges, bad input,
// duplicates, paging, the password policy, both dialects, validation and DCV timing.
#include "Clock.h"
#include "ScmSimulator.h"
#include "SimulatorTestClient.h"

#include <QRegularExpression>
#include <QtTest>

#include <memory>

namespace {
const QString strongPassword = QStringLiteral("Final-Passw0rd-1");

QStringList namesOf(const QJsonArray &array, const QString &key = QStringLiteral("name"))
{
    QStringList names;
    for (const QJsonValue &value : array)
        names << value.toObject().value(key).toString();
    return names;
}
} // namespace

class SimulatorApiTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ScmSimulator> start(ScmSimulatorOptions options = {})
    {
        auto simulator = std::make_unique<ScmSimulator>(options);
        QString error;
        if (!simulator->listen(QHostAddress::LocalHost, 0, &error))
            qFatal("simulator did not start: %s", qPrintable(error));
        return simulator;
    }
    static int count(const ScmSimulator &simulator, const char *collection)
    {
        return simulator.snapshot().value(QLatin1String(collection)).toArray().size();
    }

private slots:
    void unknownUserIs401WithCode16()
    {
        auto simulator = start();
        SimulatorTestClient client(*simulator);
        const QList<QPair<QString, QString>> wrong = {{client.login(), QStringLiteral("wrong")},
                                                      {QStringLiteral("nobody"), client.password()},
                                                      {QString(), QString()}};
        for (const auto &[login, password] : wrong) {
            const Answer answer = client.get(QStringLiteral("/api/organization/v1"), login, password);
            QCOMPARE(answer.status, 401);
            QCOMPARE(answer.code(), -16);
            QCOMPARE(answer.description(), QStringLiteral("Unknown user"));
        }
        // The right admin at another customer URI is unknown too.
        QNetworkRequest request =
            client.request(QStringLiteral("/api/organization/v1"), client.login(), client.password());
        request.setRawHeader("customerUri", "other");
        const Answer other = SimulatorTestClient::wait(client.network().get(request));
        QCOMPARE(other.status, 401);
        QCOMPARE(other.code(), -16);
        QCOMPARE(client.get(QStringLiteral("/api/organization/v1")).status, 200);
    }

    void newAccountLooksLikeANewScmAccount()
    {
        auto simulator = start();
        SimulatorTestClient client(*simulator);
        QCOMPARE(client.get(QStringLiteral("/api/organization/v1")).array().size(), 0);
        const QJsonArray backends = client.get(QStringLiteral("/api/ca-backend/v1")).array();
        QCOMPARE(backends.size(), 1);
        QCOMPARE(backends.at(0)[QStringLiteral("name")].toString(), QStringLiteral("Sectigo Public CA"));
        QCOMPARE(backends.at(0)[QStringLiteral("type")].toString(), QStringLiteral("SASP"));
        QCOMPARE(backends.at(0)[QStringLiteral("public")].toBool(), true);

        const QJsonArray types = client.get(QStringLiteral("/api/smime/v1/types")).array();
        QVERIFY(types.size() >= 3);
        bool persona = false;
        for (const QJsonValue &type : types) {
            if (type[QStringLiteral("name")].toString() ==
                QLatin1String("Sectigo Persona Validated Certificate")) {
                persona = true;
                QCOMPARE(type[QStringLiteral("terms")].toArray(), (QJsonArray{365, 730, 1095}));
            }
        }
        QVERIFY(persona);

        const QJsonArray fields = client.get(QStringLiteral("/api/customField/v2?certType=SMIME")).array();
        QVERIFY(!fields.isEmpty());
        int webFormOnly = 0;
        for (const QJsonValue &field : fields) {
            QCOMPARE(field[QStringLiteral("certType")].toString(), QStringLiteral("SMIME"));
            const QJsonArray mandatories = field[QStringLiteral("mandatories")].toArray();
            QVERIFY(!mandatories.contains(QStringLiteral("REST_API")));
            webFormOnly += mandatories.contains(QStringLiteral("WEB_FORM"));
        }
        QCOMPARE(webFormOnly, 1);
        QCOMPARE(client.get(QStringLiteral("/api/customField/v2?certType=Nonsense")).status, 400);
        // The SSL field mandatory for REST is not among the S/MIME ones.
        QVERIFY(client.get(QStringLiteral("/api/customField/v2")).array().size() > fields.size());

        const QJsonObject password = client.get(QStringLiteral("/api/admin/v1/password")).object();
        QCOMPARE(password[QStringLiteral("state")].toString(), QStringLiteral("ALIVE"));
        const QJsonArray self = client.get(QStringLiteral("/api/admin/v1?login=") + client.login()).array();
        QCOMPARE(self.size(), 1);
        const QJsonObject details =
            client.get(QStringLiteral("/api/admin/v1/%1").arg(self.at(0)[QStringLiteral("id")].toInteger()))
                .object();
        QCOMPARE(details[QStringLiteral("credentials")].toArray().at(0)[QStringLiteral("role")].toString(),
                 QStringLiteral("MRAO"));
        QVERIFY(!details.contains(QStringLiteral("_passwordHash")));
        QVERIFY(!QJsonDocument(details).toJson().contains(client.password().toUtf8()));
    }

    void organizationsAndDepartments()
    {
        auto simulator = start();
        SimulatorTestClient client(*simulator);
        const Answer created =
            client.post(QStringLiteral("/api/organization/v1"),
                        SimulatorTestClient::organizationBody(QStringLiteral("Example AG")));
        QCOMPARE(created.status, 201);
        QVERIFY(created.body.isEmpty());
        QVERIFY(QRegularExpression(QStringLiteral("^http://127\\.0\\.0\\.1:\\d+/api/organization/v1/\\d+$"))
                    .match(QString::fromLatin1(created.header("location")))
                    .hasMatch());
        const qint64 orgId = created.locationId();
        const qint64 departmentId =
            client.createOrganization(QStringLiteral("IT"), QStringLiteral("Example AG"));
        QVERIFY(departmentId > 0);

        const QJsonArray list = client.get(QStringLiteral("/api/organization/v1")).array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0)[QStringLiteral("departments")].toArray().at(0)[QStringLiteral("id")].toInteger(),
                 departmentId);
        QCOMPARE(list.at(0)[QStringLiteral("departments")]
                     .toArray()
                     .at(0)[QStringLiteral("parentName")]
                     .toString(),
                 QStringLiteral("Example AG"));

        const QJsonObject org = client.get(QStringLiteral("/api/organization/v1/%1").arg(orgId)).object();
        QCOMPARE(org[QStringLiteral("stateOrProvince")].toString(),
                 QStringLiteral("ZH")); // the answer's spelling
        QCOMPARE(org[QStringLiteral("clientCertsApiEnabled")].toBool(), true);
        QCOMPARE(client.get(QStringLiteral("/api/organization/v1/999999")).code(), -1023);

        const Answer updated = client.put(QStringLiteral("/api/organization/v1/%1").arg(orgId),
                                          QJsonObject{{QStringLiteral("sslCertsApiEnabled"), true}});
        QCOMPARE(updated.status, 200);
        QCOMPARE(updated.object()[QStringLiteral("sslCertsApiEnabled")].toBool(), true);
        QCOMPARE(updated.object()[QStringLiteral("name")].toString(), QStringLiteral("Example AG"));
        QCOMPARE(updated.object()[QStringLiteral("city")].toString(), QStringLiteral("Zurich"));

        QCOMPARE(client.del(QStringLiteral("/api/organization/v1/%1").arg(orgId)).code(),
                 -1021); // has a department
        QCOMPARE(client.del(QStringLiteral("/api/organization/v1/%1").arg(departmentId)).status, 204);
        QCOMPARE(client.del(QStringLiteral("/api/organization/v1/%1").arg(orgId)).status, 204);
    }

    void badInputGetsAClearErrorAndChangesNothing_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("mentions");
        const QJsonObject org = SimulatorTestClient::organizationBody(QStringLiteral("Bad Input AG"));
        auto without = [](QJsonObject object, const char *key) {
            object.remove(QLatin1String(key));
            return SimulatorTestClient::toBytes(object);
        };
        auto with = [](QJsonObject object, const char *key, const QJsonValue &value) {
            object.insert(QLatin1String(key), value);
            return SimulatorTestClient::toBytes(object);
        };
        const QString orgs = QStringLiteral("/api/organization/v1");
        QTest::newRow("org malformed JSON") << orgs << QByteArray("{\"name\": \"x\",") << -39 << "JSON";
        QTest::newRow("org not an object") << orgs << QByteArray("[1,2]") << -39 << "object";
        QTest::newRow("org missing name") << orgs << without(org, "name") << -7 << "name";
        QTest::newRow("org missing address1") << orgs << without(org, "address1") << -7 << "address1";
        QTest::newRow("org missing clientCertificate")
            << orgs << without(org, "clientCertificate") << -7 << "clientCertificate";
        QTest::newRow("org name too long")
            << orgs << with(org, "name", QString(129, QLatin1Char('n'))) << -39 << "name";
        QTest::newRow("org postalCode too long")
            << orgs << with(org, "postalCode", QStringLiteral("12345678901")) << -39 << "postalCode";
        QTest::newRow("org city too long")
            << orgs << with(org, "city", QString(33, QLatin1Char('c'))) << -39 << "city";
        QTest::newRow("org bad country")
            << orgs << with(org, "country", QStringLiteral("XX")) << -1601 << "country";
        QTest::newRow("org three-letter country")
            << orgs << with(org, "country", QStringLiteral("CHE")) << -39 << "country";
        QTest::newRow("org wrong type") << orgs << with(org, "clientCertsApiEnabled", QStringLiteral("yes"))
                                        << -1601 << "clientCertsApiEnabled";
        QJsonObject noPlace = org;
        noPlace.remove(QStringLiteral("city"));
        noPlace.remove(QStringLiteral("stateProvince"));
        QTest::newRow("org neither city nor state")
            << orgs << SimulatorTestClient::toBytes(noPlace) << -951 << "city";
        QTest::newRow("department of unknown org")
            << orgs << with(org, "parentOrgName", QStringLiteral("Nope")) << -1023 << "Nope";

        const QString admins = QStringLiteral("/api/admin/v1");
        const QJsonObject admin = SimulatorTestClient::adminBody(QStringLiteral("new-admin"), strongPassword,
                                                                 QStringLiteral("MRAO"), 0);
        QTest::newRow("admin malformed JSON") << admins << QByteArray("{login") << -39 << "JSON";
        QTest::newRow("admin missing login") << admins << without(admin, "login") << -7 << "login";
        QTest::newRow("admin login too short")
            << admins << with(admin, "login", QStringLiteral("ab")) << -39 << "login";
        QTest::newRow("admin login too long")
            << admins << with(admin, "login", QString(129, QLatin1Char('l'))) << -39 << "login";
        QTest::newRow("admin login bad characters")
            << admins << with(admin, "login", QStringLiteral("no spaces")) << -1601 << "login";
        QTest::newRow("admin bad email")
            << admins << with(admin, "email", QStringLiteral("not-an-address")) << -237 << "Email";
        QTest::newRow("admin forename with digits ok, with @ not")
            << admins << with(admin, "forename", QStringLiteral("Mail@")) << -1601 << "forename";
        QTest::newRow("admin missing credentials")
            << admins << without(admin, "credentials") << -7 << "credentials";
        QTest::newRow("admin unknown role")
            << admins
            << with(admin, "credentials",
                    QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("BOSS")}}})
            << -1601 << "BOSS";
        QTest::newRow("admin unknown type")
            << admins << with(admin, "type", QStringLiteral("ROBOT")) << -1601 << "type";
        QTest::newRow("admin unknown privilege")
            << admins << with(admin, "privileges", QJsonArray{QStringLiteral("everything")}) << -1601
            << "everything";
        QTest::newRow("admin password too long")
            << admins << with(admin, "password", QString(65, QLatin1Char('P'))) << -39 << "password";
        QTest::newRow("admin bad country")
            << admins << with(admin, "country", QStringLiteral("ZZ")) << -1601 << "country";

        const QString domains = QStringLiteral("/api/domain/v1");
        QTest::newRow("domain invalid name")
            << domains
            << QByteArray(
                   "{\"name\":\"not a domain\",\"delegations\":[{\"orgId\":1,\"certTypes\":[\"SMIME\"]}]}")
            << -732 << "domain";
        QTest::newRow("domain too short")
            << domains << QByteArray("{\"name\":\"a.b\",\"delegations\":[]}") << -712 << "length";
        QTest::newRow("domain no delegations")
            << domains << QByteArray("{\"name\":\"example.ch\",\"delegations\":[]}") << -709 << "delegate";
        QTest::newRow("domain missing name") << domains << QByteArray("{\"delegations\":[]}") << -7 << "name";
    }
    void badInputGetsAClearErrorAndChangesNothing()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(int, code);
        QFETCH(QString, mentions);
        auto simulator = start();
        SimulatorTestClient client(*simulator);
        const QJsonObject before = simulator->snapshot();
        const Answer answer = client.send("POST", path, body, client.login(), client.password());
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.code(), code);
        QVERIFY2(answer.description().contains(mentions, Qt::CaseInsensitive),
                 qPrintable(answer.description()));
        QCOMPARE(simulator->snapshot(), before);
    }

    void duplicatesAreRefused()
    {
        auto simulator = start();
        SimulatorTestClient client(*simulator);
        const qint64 orgId = client.createOrganization(QStringLiteral("Example AG"));
        client.createOrganization(QStringLiteral("IT"), QStringLiteral("Example AG"));
        const QJsonObject before = simulator->snapshot();

        Answer answer = client.post(QStringLiteral("/api/organization/v1"),
                                    SimulatorTestClient::organizationBody(QStringLiteral("example ag")));
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.code(), -1024);
        QVERIFY(answer.description().contains(QStringLiteral("already exists")));
        answer = client.post(
            QStringLiteral("/api/organization/v1"),
            SimulatorTestClient::organizationBody(QStringLiteral("IT"), QStringLiteral("Example AG")));
        QCOMPARE(answer.code(), -1024);
        answer = client.post(QStringLiteral("/api/admin/v1"),
                             SimulatorTestClient::adminBody(client.login(), strongPassword,
                                                            QStringLiteral("RAO_SMIME"), orgId));
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.code(), -238);
        QCOMPARE(simulator->snapshot(), before);

        const QJsonObject domain{
            {QStringLiteral("name"), QStringLiteral("example.ch")},
            {QStringLiteral("delegations"),
             QJsonArray{QJsonObject{{QStringLiteral("orgId"), orgId},
                                    {QStringLiteral("certTypes"), QJsonArray{QStringLiteral("SMIME")}}}}}};
        QCOMPARE(client.post(QStringLiteral("/api/domain/v1"), domain).status, 201);
        answer = client.post(QStringLiteral("/api/domain/v1"), domain);
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.code(), -700);
        QCOMPARE(answer.description(), QStringLiteral("Such domain already exists"));
        QCOMPARE(count(*simulator, "domains"), 1);
    }

    void rolesAndPrivilegesAreEnforced()
    {
        auto simulator = start();
        SimulatorTestClient client(*simulator);
        const qint64 orgId = client.createOrganization(QStringLiteral("Example AG"));
        const qint64 otherId = client.createOrganization(QStringLiteral("Other AG"));
        const qint64 departmentId =
            client.createOrganization(QStringLiteral("IT"), QStringLiteral("Example AG"));
        client.createReadyAdmin(QStringLiteral("rao"), strongPassword, QStringLiteral("RAO_SMIME"), orgId,
                                {QStringLiteral("allowCreate"), QStringLiteral("clientCertRequest"),
                                 QStringLiteral("allowManageDomains")});
        auto asRao = [&](const QByteArray &method, const QString &path,
                         const QJsonValue &body = QJsonValue::Undefined) {
            return client.send(method, path, SimulatorTestClient::toBytes(body), QStringLiteral("rao"),
                               strongPassword);
        };
        QCOMPARE(asRao("GET", QStringLiteral("/api/admin/v1/password")).status, 200);

        // Organisation creation needs MRAO or addOrganizationAndDepartments.
        Answer answer = asRao("POST", QStringLiteral("/api/organization/v1"),
                              SimulatorTestClient::organizationBody(QStringLiteral("Rao AG")));
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.code(), -3);
        QVERIFY(answer.description().contains(QStringLiteral("addOrganizationAndDepartments")));
        // CA backends: MRAO only.
        QCOMPARE(asRao("GET", QStringLiteral("/api/ca-backend/v1")).code(), -3);
        // Only its own organisation.
        const QJsonArray visible = asRao("GET", QStringLiteral("/api/organization/v1")).array();
        QCOMPARE(namesOf(visible), QStringList{QStringLiteral("Example AG")});
        QCOMPARE(asRao("GET", QStringLiteral("/api/organization/v1/%1").arg(otherId)).code(), -226);
        QCOMPARE(asRao("GET", QStringLiteral("/api/organization/v1/%1").arg(departmentId)).status, 200);
        // Admins: within its organisation, its own kind of role, privileges it holds.
        answer = asRao("POST", QStringLiteral("/api/admin/v1"),
                       SimulatorTestClient::adminBody(QStringLiteral("peer1"), strongPassword,
                                                      QStringLiteral("RAO_SMIME"), otherId));
        QCOMPARE(answer.code(), -226);
        answer = asRao("POST", QStringLiteral("/api/admin/v1"),
                       SimulatorTestClient::adminBody(QStringLiteral("peer2"), strongPassword,
                                                      QStringLiteral("RAO_SSL"), orgId));
        QCOMPARE(answer.code(), -233);
        answer = asRao("POST", QStringLiteral("/api/admin/v1"),
                       SimulatorTestClient::adminBody(QStringLiteral("peer3"), strongPassword,
                                                      QStringLiteral("RAO_SMIME"), orgId,
                                                      {QStringLiteral("clientCertRevoke")}));
        QCOMPARE(answer.code(), -234);
        answer = asRao("POST", QStringLiteral("/api/admin/v1"),
                       SimulatorTestClient::adminBody(QStringLiteral("peer4"), strongPassword,
                                                      QStringLiteral("DRAO_SMIME"), departmentId,
                                                      {QStringLiteral("clientCertRequest")}));
        QCOMPARE(answer.status, 201);
        // A role on the wrong kind of unit, and privileges invalid for the role.
        answer = client.post(QStringLiteral("/api/admin/v1"),
                             SimulatorTestClient::adminBody(QStringLiteral("peer5"), strongPassword,
                                                            QStringLiteral("DRAO_SMIME"), orgId));
        QCOMPARE(answer.code(), -1601);
        answer = client.post(QStringLiteral("/api/admin/v1"),
                             SimulatorTestClient::adminBody(QStringLiteral("peer6"), strongPassword,
                                                            QStringLiteral("RAO_SMIME"), orgId,
                                                            {QStringLiteral("allowDCV")}));
        QCOMPARE(answer.code(), -255);
        answer = client.post(QStringLiteral("/api/admin/v1"),
                             SimulatorTestClient::adminBody(
                                 QStringLiteral("peer7"), strongPassword, QStringLiteral("DRAO_SMIME"),
                                 departmentId, {QStringLiteral("addOrganizationAndDepartments")}));
        QCOMPARE(answer.code(), -1601);

        // What admin/v1/privileges offers per role, and for the caller.
        const QStringList rao =
            namesOf(client.get(QStringLiteral("/api/admin/v1/privileges?role=RAO_SMIME")).array());
        QVERIFY(rao.contains(QStringLiteral("clientCertRequest")));
        QVERIFY(rao.contains(QStringLiteral("addOrganizationAndDepartments")));
        QVERIFY(!rao.contains(QStringLiteral("allowDCV")));
        QVERIFY(!rao.contains(QStringLiteral("wsApiUseOnly")));
        const QStringList both = namesOf(
            client.get(QStringLiteral("/api/admin/v1/privileges?role=RAO_SMIME&role=RAO_SSL")).array());
        QVERIFY(both.contains(QStringLiteral("allowDCV")) &&
                both.contains(QStringLiteral("clientCertRequest")));
        QCOMPARE(client.get(QStringLiteral("/api/admin/v1/privileges?role=BOSS")).status, 400);
        QCOMPARE(client.get(QStringLiteral("/api/admin/v1/privileges")).code(), -7);
        const QStringList forRao =
            namesOf(asRao("GET", QStringLiteral("/api/admin/v1/privileges?role=RAO_SMIME")).array());
        QCOMPARE(QSet<QString>(forRao.cbegin(), forRao.cend()),
                 (QSet<QString>{QStringLiteral("allowCreate"), QStringLiteral("clientCertRequest"),
                                QStringLiteral("allowManageDomains")}));
        QCOMPARE(client.get(QStringLiteral("/api/admin/v1/roles")).array().size(), 9);

        // A domain an RAO creates waits for approval; the MRAO approves.
        answer = asRao("POST", QStringLiteral("/api/domain/v1"),
                       QJsonObject{{QStringLiteral("name"), QStringLiteral("example.ch")},
                                   {QStringLiteral("delegations"),
                                    QJsonArray{QJsonObject{{QStringLiteral("orgId"), orgId},
                                                           {QStringLiteral("certTypes"),
                                                            QJsonArray{QStringLiteral("SMIME")}}}}}});
        QCOMPARE(answer.status, 201);
        const qint64 domainId = answer.locationId();
        QCOMPARE(client.get(QStringLiteral("/api/domain/v1/%1").arg(domainId))
                     .object()[QStringLiteral("delegationStatus")]
                     .toString(),
                 QStringLiteral("REQUESTED"));
        QCOMPARE(asRao("POST", QStringLiteral("/api/domain/v1/%1/delegation/approve").arg(domainId),
                       QJsonObject{{QStringLiteral("orgId"), orgId}})
                     .code(),
                 -3);
        QCOMPARE(client
                     .post(QStringLiteral("/api/domain/v1/%1/delegation/approve").arg(domainId),
                           QJsonObject{{QStringLiteral("orgId"), orgId}})
                     .status,
                 200);
        const QJsonObject domain = client.get(QStringLiteral("/api/domain/v1/%1").arg(domainId)).object();
        QCOMPARE(domain[QStringLiteral("delegationStatus")].toString(), QStringLiteral("ACTIVE"));
        QCOMPARE(domain[QStringLiteral("delegations")].toArray().at(0)[QStringLiteral("status")].toString(),
                 QStringLiteral("ACTIVE"));
        QCOMPARE(client
                     .post(QStringLiteral("/api/domain/v1/%1/delegation/approve").arg(domainId),
                           QJsonObject{{QStringLiteral("orgId"), orgId}})
                     .code(),
                 -705);
        // Adding SMIME to the department afterwards (MRAO: active at once).
        QCOMPARE(client
                     .post(QStringLiteral("/api/domain/v1/%1/delegation").arg(domainId),
                           QJsonObject{{QStringLiteral("orgId"), departmentId},
                                       {QStringLiteral("certTypes"), QJsonArray{QStringLiteral("SMIME")}}})
                     .status,
                 200);
        QCOMPARE(client.get(QStringLiteral("/api/domain/v1/%1").arg(domainId))
                     .object()[QStringLiteral("delegations")]
                     .toArray()
                     .size(),
                 2);

        // An RAO with addOrganizationAndDepartments may create organisations and manages them.
        client.createReadyAdmin(QStringLiteral("creator"), strongPassword, QStringLiteral("RAO_SMIME"), orgId,
                                {QStringLiteral("addOrganizationAndDepartments")});
        answer = client.send(
            "POST", QStringLiteral("/api/organization/v1"),
            SimulatorTestClient::toBytes(SimulatorTestClient::organizationBody(QStringLiteral("Creator AG"))),
            QStringLiteral("creator"), strongPassword);
        QCOMPARE(answer.status, 201);
        QCOMPARE(client
                     .get(QStringLiteral("/api/organization/v1/%1").arg(answer.locationId()),
                          QStringLiteral("creator"), strongPassword)
                     .status,
                 200);
    }

    void pagingOverMoreThan200()
    {
        auto simulator = start();
        SimulatorTestClient client(*simulator);
        const qint64 orgId = client.createOrganization(QStringLiteral("Example AG"));
        for (int i = 0; i < 205; ++i) {
            const Answer answer =
                client.post(QStringLiteral("/api/domain/v1"),
                            QJsonObject{{QStringLiteral("name"), QStringLiteral("d%1.example.ch").arg(i)},
                                        {QStringLiteral("delegations"),
                                         QJsonArray{QJsonObject{{QStringLiteral("orgId"), orgId},
                                                                {QStringLiteral("certTypes"),
                                                                 QJsonArray{QStringLiteral("SMIME")}}}}}});
            QCOMPARE(answer.status, 201);
        }
        Answer first = client.get(QStringLiteral("/api/domain/v1?size=200&position=0"));
        QCOMPARE(first.status, 200);
        QCOMPARE(first.header("x-total-count"), QByteArray("205"));
        QCOMPARE(first.array().size(), 200);
        Answer second = client.get(QStringLiteral("/api/domain/v1?size=200&position=200"));
        QCOMPARE(second.header("x-total-count"), QByteArray("205"));
        QCOMPARE(second.array().size(), 5);
        QStringList all = namesOf(first.array()) + namesOf(second.array());
        all.removeDuplicates();
        QCOMPARE(all.size(), 205);
        QCOMPARE(client.get(QStringLiteral("/api/domain/v1?size=201")).status, 400);
        QCOMPARE(client.get(QStringLiteral("/api/domain/v1?size=201")).code(), -1601);
        QCOMPARE(client.get(QStringLiteral("/api/admin/v1?size=201")).status, 400);
        QCOMPARE(client.get(QStringLiteral("/api/dcv/v1/validation?size=500")).status, 400);
        // The name filter matches part of the name: clients compare names themselves.
        const Answer filtered = client.get(QStringLiteral("/api/domain/v1?name=d20&size=200"));
        QVERIFY(namesOf(filtered.array()).contains(QStringLiteral("d20.example.ch")));
        QVERIFY(namesOf(filtered.array()).contains(QStringLiteral("d201.example.ch")));
        QCOMPARE(filtered.header("x-total-count"), QByteArray::number(filtered.array().size()));
        const Answer dcv = client.get(QStringLiteral("/api/dcv/v1/validation?size=10"));
        QCOMPARE(dcv.header("x-total-count"), QByteArray("1")); // one registered domain: example.ch
        QCOMPARE(dcv.array().at(0)[QStringLiteral("domain")].toString(), QStringLiteral("example.ch"));
    }

    void passwordPolicyAndState()
    {
        ScmSimulatorOptions options;
        options.tempPassword = ScmSimulatorOptions::TempPassword::ApiChange;
        auto simulator = start(options);
        SimulatorTestClient client(*simulator);
        const qint64 orgId = client.createOrganization(QStringLiteral("Example AG"));
        const QString login = QStringLiteral("operator");
        const QString temporary = QStringLiteral("Temporary-1234");
        const Answer created =
            client.post(QStringLiteral("/api/admin/v1"),
                        SimulatorTestClient::adminBody(login, temporary, QStringLiteral("RAO_SMIME"), orgId));
        QCOMPARE(created.status, 201);
        QCOMPARE(client.get(QStringLiteral("/api/admin/v1/%1").arg(created.locationId()))
                     .object()[QStringLiteral("reseted")]
                     .toString(),
                 QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate));

        auto change = [&](const QString &newPassword) {
            return client.post(QStringLiteral("/api/admin/v1/changepassword"),
                               QJsonObject{{QStringLiteral("newPassword"), newPassword}}, login, temporary);
        };
        struct Case
        {
            QString password;
            int code;
        };
        const QList<Case> refused = {{QStringLiteral("Sh0rt"), -976},
                                     {QStringLiteral("A1") + QString(31, QLatin1Char('a')), -976},
                                     {QStringLiteral("no-upper-case-1"), -7306},
                                     {QStringLiteral("No-Digits-Here"), -7306},
                                     {QStringLiteral("My-operator-1"), -982},
                                     {temporary, -220}};
        for (const Case &c : refused) {
            const Answer answer = change(c.password);
            QCOMPARE(answer.status, 400);
            QCOMPARE(answer.code(), c.code);
        }
        QCOMPARE(change(QStringLiteral("no-upper-case-1")).description(),
                 QStringLiteral(
                     "Password policy violated: Password must contain 1 or more uppercase characters."));
        QCOMPARE(change(QStringLiteral("Sh0rt")).description(),
                 QStringLiteral("New password must be between 8 and 32 characters."));
        QCOMPARE(client.post(QStringLiteral("/api/admin/v1/changepassword"), QJsonObject{}, login, temporary)
                     .code(),
                 -7);

        const Answer changed = change(strongPassword);
        QCOMPARE(changed.status, 204);
        QVERIFY(changed.body.isEmpty());
        QCOMPARE(client.get(QStringLiteral("/api/admin/v1/password"), login, temporary).status, 401);
        const QJsonObject state =
            client.get(QStringLiteral("/api/admin/v1/password"), login, strongPassword).object();
        const QDate today = QDateTime::currentDateTimeUtc().date();
        QCOMPARE(state[QStringLiteral("state")].toString(), QStringLiteral("ALIVE"));
        QCOMPARE(state[QStringLiteral("expirationDate")].toString(), today.addDays(90).toString(Qt::ISODate));
        const QJsonObject details =
            client.get(QStringLiteral("/api/admin/v1/%1").arg(created.locationId())).object();
        QVERIFY(!details.contains(QStringLiteral("reseted")));
        QCOMPARE(details[QStringLiteral("lastPasswordChange")].toString(), today.toString(Qt::ISODate));
        QCOMPARE(details[QStringLiteral("passwordExpiryDate")].toString(),
                 today.addDays(90).toString(Qt::ISODate));
        QCOMPARE(details[QStringLiteral("passwordState")].toString(), QStringLiteral("ALIVE"));
        // The same rules when an admin is created with a weak password.
        QCOMPARE(
            client
                .post(QStringLiteral("/api/admin/v1"),
                      SimulatorTestClient::adminBody(QStringLiteral("weak"), QStringLiteral("weakpassword"),
                                                     QStringLiteral("RAO_SMIME"), orgId))
                .code(),
            -7306);
        // An MRAO's reset gives a temporary password again.
        QCOMPARE(client
                     .put(QStringLiteral("/api/admin/v1/%1").arg(created.locationId()),
                          QJsonObject{{QStringLiteral("password"), QStringLiteral("Reset-Passw0rd")}})
                     .status,
                 200);
        QCOMPARE(client.get(QStringLiteral("/api/admin/v1/%1").arg(created.locationId()))
                     .object()[QStringLiteral("reseted")]
                     .toString(),
                 QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate));
        QCOMPARE(client.get(QStringLiteral("/api/organization/v1"), login, QStringLiteral("Reset-Passw0rd"))
                     .status,
                 401);
    }

    void lockoutAfterRefusedLogins()
    {
        ScmSimulatorOptions options;
        options.lockoutAfter = 3;
        auto simulator = start(options);
        SimulatorTestClient client(*simulator);
        const qint64 orgId = client.createOrganization(QStringLiteral("Example AG"));
        const QString login = QStringLiteral("operator");
        const qint64 id = client.createReadyAdmin(login, strongPassword, QStringLiteral("RAO_SMIME"), orgId);
        const QString details = QStringLiteral("/api/admin/v1/%1").arg(id);
        const QString wrong = QStringLiteral("Wrong-Passw0rd");
        auto failedAttempts = [&] {
            return client.get(details).object()[QStringLiteral("failedAttempts")].toInt(-1);
        };

        // Two refusals, then a success: the count starts again.
        QCOMPARE(client.get(QStringLiteral("/api/admin/v1/password"), login, wrong).status, 401);
        QCOMPARE(client.get(QStringLiteral("/api/admin/v1/password"), login, wrong).status, 401);
        QCOMPARE(failedAttempts(), 2);
        QCOMPARE(client.get(details).object()[QStringLiteral("failedDate")].toString(),
                 QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate));
        QCOMPARE(client.get(QStringLiteral("/api/admin/v1/password"), login, strongPassword).status, 200);
        QCOMPARE(failedAttempts(), 0);

        // Three in a row lock it: the right password is refused too, on the API and the web page.
        for (int i = 0; i < 3; ++i)
            QCOMPARE(client.get(QStringLiteral("/api/admin/v1/password"), login, wrong).code(), -16);
        const Answer locked = client.get(QStringLiteral("/api/admin/v1/password"), login, strongPassword);
        QCOMPARE(locked.status, 401);
        QCOMPARE(locked.code(), -970);
        QCOMPARE(client
                     .form(QStringLiteral("/customer/%1/login").arg(simulator->customerUri()),
                           {{QStringLiteral("login"), login}, {QStringLiteral("password"), strongPassword}})
                     .status,
                 401);
        QCOMPARE(failedAttempts(), 3);

        // An MRAO sets a password: unlocked, and that password is temporary.
        QCOMPARE(
            client.put(details, QJsonObject{{QStringLiteral("password"), QStringLiteral("Reset-Passw0rd")}})
                .status,
            200);
        QCOMPARE(failedAttempts(), 0);
        QCOMPARE(client.get(QStringLiteral("/api/admin/v1/password"), login, QStringLiteral("Reset-Passw0rd"))
                     .code(),
                 -16);
        QVERIFY(client.get(details).object()[QStringLiteral("reseted")].isString());

        // The test hook unlocks as well; without --lockout-after nothing ever locks.
        for (int i = 0; i < 3; ++i)
            client.get(QStringLiteral("/api/admin/v1/password"), login, wrong);
        QCOMPARE(client.get(QStringLiteral("/api/admin/v1/password"), login, QStringLiteral("Reset-Passw0rd"))
                     .code(),
                 -970);
        QVERIFY(simulator->unlockAdmin(login));
        QVERIFY(!simulator->unlockAdmin(QStringLiteral("nobody")));
        QCOMPARE(client.get(QStringLiteral("/api/admin/v1/password"), login, QStringLiteral("Reset-Passw0rd"))
                     .code(),
                 -16);

        auto unlimited = start();
        SimulatorTestClient other(*unlimited);
        for (int i = 0; i < 10; ++i)
            QCOMPARE(other.get(QStringLiteral("/api/admin/v1/password"), other.login(), wrong).code(), -16);
        QCOMPARE(other.get(QStringLiteral("/api/admin/v1/password")).status, 200);
    }

    void temporaryPasswordRefusalShapes_data()
    {
        QTest::addColumn<int>("shape");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("descriptionPart");
        QTest::newRow("401") << int(ScmSimulatorOptions::TempPasswordRefusal::Unauthorized401) << 401 << -16
                             << QStringLiteral("Unknown user");
        QTest::newRow("403") << int(ScmSimulatorOptions::TempPasswordRefusal::Forbidden403) << 403 << -37
                             << QStringLiteral("Password must be changed");
        QTest::newRow("400") << int(ScmSimulatorOptions::TempPasswordRefusal::BadRequest400) << 400 << -7307
                             << QStringLiteral("Password must be changed");
    }

    void temporaryPasswordRefusalShapes()
    {
        QFETCH(int, shape);
        QFETCH(int, status);
        QFETCH(int, code);
        QFETCH(QString, descriptionPart);
        for (const auto mode :
             {ScmSimulatorOptions::TempPassword::UiOnly, ScmSimulatorOptions::TempPassword::ApiChange}) {
            ScmSimulatorOptions options;
            options.tempPassword = mode;
            options.tempPasswordRefusal = ScmSimulatorOptions::TempPasswordRefusal(shape);
            auto simulator = start(options);
            SimulatorTestClient client(*simulator);
            const qint64 orgId = client.createOrganization(QStringLiteral("Example AG"));
            const QString temporary = QStringLiteral("Temporary-1234");
            QCOMPARE(client
                         .post(QStringLiteral("/api/admin/v1"),
                               SimulatorTestClient::adminBody(QStringLiteral("operator"), temporary,
                                                              QStringLiteral("RAO_SMIME"), orgId))
                         .status,
                     201);
            const Answer read =
                client.get(QStringLiteral("/api/organization/v1"), QStringLiteral("operator"), temporary);
            QCOMPARE(read.status, status);
            QCOMPARE(read.code(), code);
            QVERIFY2(read.description().contains(descriptionPart), qPrintable(read.description()));
            const Answer state =
                client.get(QStringLiteral("/api/admin/v1/password"), QStringLiteral("operator"), temporary);
            if (mode == ScmSimulatorOptions::TempPassword::ApiChange) {
                QCOMPARE(state.status, 200);
            } else {
                QCOMPARE(state.status, status);
                QCOMPARE(state.code(), code);
            }
            // A wrong password is still the documented 401 -16, whatever the shape.
            QCOMPARE(client
                         .get(QStringLiteral("/api/organization/v1"), QStringLiteral("operator"),
                              QStringLiteral("Wrong-Passw0rd"))
                         .code(),
                     -16);
        }
    }

    void passwordExpiresOnTheClock()
    {
        ScaledClock clock(3600.0 * 24 * 10); // ten days a second
        ScmSimulatorOptions options;
        options.clock = &clock;
        auto simulator = start(options);
        SimulatorTestClient client(*simulator);
        QCOMPARE(client.get(QStringLiteral("/api/organization/v1")).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(client.get(QStringLiteral("/api/organization/v1")).status, 401, 15000);
        const Answer state = client.get(QStringLiteral("/api/admin/v1/password"));
        QCOMPARE(state.status, 200);
        QCOMPARE(state.object()[QStringLiteral("state")].toString(), QStringLiteral("EXPIRED"));
    }

    void currentDialectUsesTypeApi()
    {
        auto simulator = start();
        SimulatorTestClient client(*simulator);
        const qint64 orgId = client.createOrganization(QStringLiteral("Example AG"));
        const qint64 id =
            client.createReadyAdmin(QStringLiteral("operator"), strongPassword, QStringLiteral("RAO_SMIME"),
                                    orgId, {QStringLiteral("clientCertRequest")});
        const QString path = QStringLiteral("/api/admin/v1/%1").arg(id);
        QCOMPARE(client.put(path, QJsonObject{{QStringLiteral("type"), QStringLiteral("API")}}).status, 200);
        QCOMPARE(client.get(path).object()[QStringLiteral("type")].toString(), QStringLiteral("API"));
        QCOMPARE(
            client.get(QStringLiteral("/api/organization/v1"), QStringLiteral("operator"), strongPassword)
                .status,
            200); // API-only works over the API
        QCOMPARE(client.put(path, QJsonObject{{QStringLiteral("type"), QStringLiteral("STANDARD")}}).status,
                 200); // API -> STANDARD: recovery
        QCOMPARE(client.get(path).object()[QStringLiteral("type")].toString(), QStringLiteral("STANDARD"));
        Answer answer = client.put(
            path, QJsonObject{{QStringLiteral("privileges"), QJsonArray{QStringLiteral("clientCertRequest"),
                                                                        QStringLiteral("wsApiUseOnly")}}});
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.code(), -1601);
        QVERIFY(!namesOf(client.get(QStringLiteral("/api/admin/v1/privileges?role=RAO_SMIME")).array())
                     .contains(QStringLiteral("wsApiUseOnly")));
        // The update replaces the set, and keeps what is not sent.
        QCOMPARE(client
                     .put(path, QJsonObject{{QStringLiteral("privileges"),
                                             QJsonArray{QStringLiteral("clientCertRequest"),
                                                        QStringLiteral("clientCertRevoke")}}})
                     .status,
                 200);
        const QJsonObject details = client.get(path).object();
        QCOMPARE(details[QStringLiteral("privileges")].toArray().size(), 2);
        QCOMPARE(details[QStringLiteral("credentials")].toArray().at(0)[QStringLiteral("role")].toString(),
                 QStringLiteral("RAO_SMIME"));
        // The operator itself may not make itself API-only.
        QCOMPARE(client
                     .put(path, QJsonObject{{QStringLiteral("type"), QStringLiteral("API")}},
                          QStringLiteral("operator"), strongPassword)
                     .code(),
                 -3);
    }

    void legacyDialectUsesWsApiUseOnly()
    {
        ScmSimulatorOptions options;
        options.dialect = ScmSimulatorOptions::Dialect::Legacy;
        auto simulator = start(options);
        SimulatorTestClient client(*simulator);
        const qint64 orgId = client.createOrganization(QStringLiteral("Example AG"));
        Answer answer = client.post(QStringLiteral("/api/admin/v1"), [&] {
            QJsonObject body = SimulatorTestClient::adminBody(QStringLiteral("api1"), strongPassword,
                                                              QStringLiteral("RAO_SMIME"), orgId);
            body.insert(QStringLiteral("type"), QStringLiteral("API"));
            return body;
        }());
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.code(), -1601);
        QVERIFY(answer.description().contains(QStringLiteral("wsApiUseOnly")));
        const qint64 id =
            client.createReadyAdmin(QStringLiteral("operator"), strongPassword, QStringLiteral("RAO_SMIME"),
                                    orgId, {QStringLiteral("clientCertRequest")});
        const QString path = QStringLiteral("/api/admin/v1/%1").arg(id);
        QCOMPARE(client.put(path, QJsonObject{{QStringLiteral("type"), QStringLiteral("API")}}).code(),
                 -1601);
        QVERIFY(namesOf(client.get(QStringLiteral("/api/admin/v1/privileges?role=RAO_SMIME")).array())
                    .contains(QStringLiteral("wsApiUseOnly")));
        QCOMPARE(client
                     .put(path, QJsonObject{{QStringLiteral("privileges"),
                                             QJsonArray{QStringLiteral("clientCertRequest"),
                                                        QStringLiteral("wsApiUseOnly")}}})
                     .status,
                 200);
        const QJsonObject details = client.get(path).object();
        QVERIFY(details[QStringLiteral("privileges")].toArray().contains(QStringLiteral("wsApiUseOnly")));
        QCOMPARE(details[QStringLiteral("type")].toString(), QStringLiteral("STANDARD"));
    }

    void validationBecomesValidatedOrFailedOnTheClock()
    {
        ScaledClock clock(100.0); // 20 s of validation delay pass in 0.2 s
        ScmSimulatorOptions options;
        options.clock = &clock;
        options.validationDelaySeconds = 20;
        auto simulator = start(options);
        SimulatorTestClient client(*simulator);
        const qint64 orgId = client.createOrganization(QStringLiteral("Example AG"));
        const qint64 backendId =
            client.get(QStringLiteral("/api/ca-backend/v1")).array().at(0)[QStringLiteral("id")].toInteger();
        QJsonObject submit{
            {QStringLiteral("validationLevel"), QStringLiteral("OV_SMIME")},
            {QStringLiteral("backendId"), backendId},
            {QStringLiteral("organizationDetails"),
             QJsonObject{
                 {QStringLiteral("generalDetails"),
                  QJsonObject{{QStringLiteral("legalName"), QStringLiteral("Example AG")},
                              {QStringLiteral("country"), QStringLiteral("CH")}}},
                 {QStringLiteral("organizationIdentifier"), QStringLiteral("NTRCH-CHE-123.456.789")}}}};
        const QString submitPath = QStringLiteral("/api/organization/v2/%1/validations/submit").arg(orgId);
        // Refusals first: nothing is created by them.
        QJsonObject bad = submit;
        bad.remove(QStringLiteral("backendId"));
        QCOMPARE(client.post(submitPath, bad).code(), -7);
        bad = submit;
        bad.insert(QStringLiteral("backendId"), 4242);
        QCOMPARE(client.post(submitPath, bad).code(), -1601);
        bad = submit;
        bad.insert(QStringLiteral("organizationDetails"),
                   QJsonObject{{QStringLiteral("generalDetails"),
                                QJsonObject{{QStringLiteral("legalName"), QStringLiteral("Example AG")},
                                            {QStringLiteral("country"), QStringLiteral("CH")}}}});
        QCOMPARE(client.post(submitPath, bad).code(), -7);
        bad = submit;
        bad.insert(QStringLiteral("validationLevel"), QStringLiteral("DV"));
        QCOMPARE(client.post(submitPath, bad).code(), -1601);
        QCOMPARE(count(*simulator, "validations"), 0);

        const Answer created = client.post(submitPath, submit);
        QCOMPARE(created.status, 201);
        QVERIFY(created.header("location")
                    .contains(QStringLiteral("/api/organization/v2/%1/validations/").arg(orgId).toLatin1()));
        const QString path =
            QStringLiteral("/api/organization/v2/%1/validations/%2").arg(orgId).arg(created.locationId());
        QCOMPARE(client.get(path).object()[QStringLiteral("status")].toString(), QStringLiteral("PENDING"));
        QCOMPARE(client.post(submitPath, submit).code(), -1026); // one pending already
        QTRY_COMPARE_WITH_TIMEOUT(client.post(path + QStringLiteral("/sync"), QJsonObject{})
                                      .object()[QStringLiteral("status")]
                                      .toString(),
                                  QStringLiteral("VALIDATED"), 5000);
        const QJsonArray list =
            client.get(QStringLiteral("/api/organization/v2/%1/validations").arg(orgId)).array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0)[QStringLiteral("validationLevel")].toString(), QStringLiteral("OV_SMIME"));
        QCOMPARE(list.at(0)[QStringLiteral("status")].toString(), QStringLiteral("VALIDATED"));
        QCOMPARE(
            client.get(path)
                .object()[QStringLiteral("organizationDetails")][QStringLiteral("organizationIdentifier")]
                .toString(),
            QStringLiteral("NTRCH-CHE-123.456.789"));

        // Editing vetted details starts a re-validation; switching on the API does not.
        QCOMPARE(client
                     .put(QStringLiteral("/api/organization/v1/%1").arg(orgId),
                          QJsonObject{{QStringLiteral("clientCertsApiEnabled"), true}})
                     .status,
                 200);
        QCOMPARE(client.get(path).object()[QStringLiteral("status")].toString(), QStringLiteral("VALIDATED"));
        QCOMPARE(client
                     .put(QStringLiteral("/api/organization/v1/%1").arg(orgId),
                          QJsonObject{{QStringLiteral("address1"), QStringLiteral("Neuer Weg 2")}})
                     .status,
                 200);
        QCOMPARE(client.get(path).object()[QStringLiteral("status")].toString(), QStringLiteral("PENDING"));

        // A failed validation carries SCM's message; revalidate submits again.
        simulator->setValidationOutcome(QStringLiteral("FAILED"), QStringLiteral("Register entry not found"));
        QTRY_COMPARE_WITH_TIMEOUT(client.get(path).object()[QStringLiteral("status")].toString(),
                                  QStringLiteral("FAILED"), 5000);
        QCOMPARE(client.get(path)
                     .object()[QStringLiteral("settings")][QStringLiteral("LAST_ERR_MSG_FROM_CA")]
                     .toString(),
                 QStringLiteral("Register entry not found"));
        simulator->setValidationOutcome(QStringLiteral("VALIDATED"));
        const Answer again = client.put(path + QStringLiteral("/revalidate"), QJsonObject{});
        QCOMPARE(again.status, 200);
        QCOMPARE(again.object()[QStringLiteral("status")].toString(), QStringLiteral("PENDING"));
        QTRY_COMPARE_WITH_TIMEOUT(client.get(path).object()[QStringLiteral("status")].toString(),
                                  QStringLiteral("VALIDATED"), 5000);
    }

    void dcvOfTheRegisteredDomainOnTheClock()
    {
        ScaledClock clock(100.0);
        ScmSimulatorOptions options;
        options.clock = &clock;
        options.dcvDelaySeconds = 30;
        auto simulator = start(options);
        SimulatorTestClient client(*simulator);
        const qint64 orgId = client.createOrganization(QStringLiteral("Example AG"));
        const QJsonArray smime{
            QJsonObject{{QStringLiteral("orgId"), orgId},
                        {QStringLiteral("certTypes"), QJsonArray{QStringLiteral("SMIME")}}}};
        const qint64 mailId =
            client
                .post(QStringLiteral("/api/domain/v1"),
                      QJsonObject{{QStringLiteral("name"), QStringLiteral("mail.example.ch")},
                                  {QStringLiteral("delegations"), smime}})
                .locationId();
        client.post(QStringLiteral("/api/domain/v1"),
                    QJsonObject{{QStringLiteral("name"), QStringLiteral("shop.example.co.uk")},
                                {QStringLiteral("delegations"), smime}});
        auto dcv = [&](const QString &path, const QString &domain) {
            return client.post(QStringLiteral("/api/dcv/") + path,
                               QJsonObject{{QStringLiteral("domain"), domain}});
        };

        Answer answer = dcv(QStringLiteral("v2/validation/status"), QStringLiteral("mail.example.ch"));
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.code(), -723);
        QCOMPARE(
            answer.description(),
            QStringLiteral(
                "mail.example.ch is not a high-level domain. Only high-level domains can be validated."));
        // Under a two-label public suffix the registered domain has three labels.
        QVERIFY(dcv(QStringLiteral("v1/validation/start/domain/cname"), QStringLiteral("example.co.uk"))
                    .object()[QStringLiteral("host")]
                    .toString()
                    .endsWith(QStringLiteral(".example.co.uk.")));
        QCOMPARE(dcv(QStringLiteral("v2/validation/status"), QStringLiteral("unknown.ch")).code(), -727);
        answer = dcv(QStringLiteral("v2/validation/status"), QStringLiteral("example.ch"));
        QCOMPARE(answer.object()[QStringLiteral("status")].toString(), QStringLiteral("NOT_VALIDATED"));
        QCOMPARE(answer.object()[QStringLiteral("orderStatus")].toString(), QStringLiteral("NOT_INITIATED"));
        QCOMPARE(
            dcv(QStringLiteral("v1/validation/submit/domain/cname"), QStringLiteral("example.ch")).code(),
            -1603); // start first

        answer = dcv(QStringLiteral("v1/validation/start/domain/cname"), QStringLiteral("example.ch"));
        QCOMPARE(answer.status, 200);
        QVERIFY(QRegularExpression(QStringLiteral("^_[0-9a-f]{32}\\.example\\.ch\\.$"))
                    .match(answer.object()[QStringLiteral("host")].toString())
                    .hasMatch());
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]+\\.[0-9a-f]+\\.sectigo\\.com\\.$"))
                    .match(answer.object()[QStringLiteral("point")].toString())
                    .hasMatch());
        answer = dcv(QStringLiteral("v1/validation/submit/domain/cname"), QStringLiteral("example.ch"));
        QCOMPARE(answer.object()[QStringLiteral("orderStatus")].toString(), QStringLiteral("SUBMITTED"));
        QCOMPARE(answer.object()[QStringLiteral("message")].toString(),
                 QStringLiteral("Submitted successfully"));
        QCOMPARE(dcv(QStringLiteral("v2/validation/status"), QStringLiteral("example.ch"))
                     .object()[QStringLiteral("orderStatus")]
                     .toString(),
                 QStringLiteral("SUBMITTED"));
        QTRY_COMPARE_WITH_TIMEOUT(dcv(QStringLiteral("v2/validation/status"), QStringLiteral("example.ch"))
                                      .object()[QStringLiteral("status")]
                                      .toString(),
                                  QStringLiteral("VALIDATED"), 5000);
        const QJsonObject v1 =
            dcv(QStringLiteral("v1/validation/status"), QStringLiteral("example.ch")).object();
        QCOMPARE(v1[QStringLiteral("status")].toString(), QStringLiteral("VALIDATED"));
        QVERIFY(!v1.contains(QStringLiteral("host"))); // the deprecated v1 shape
        // The sub-domain's own record reflects its registered domain's DCV.
        const QJsonObject mail = client.get(QStringLiteral("/api/domain/v1/%1").arg(mailId)).object();
        QCOMPARE(mail[QStringLiteral("validationStatus")].toString(), QStringLiteral("VALIDATED"));
        QCOMPARE(mail[QStringLiteral("validationMethod")].toString(), QStringLiteral("CNAME_CSR_HASH"));

        // Two-label public suffix; HTTP, TXT and e-mail methods.
        QCOMPARE(dcv(QStringLiteral("v1/validation/start/domain/https"), QStringLiteral("shop.example.co.uk"))
                     .code(),
                 -723);
        QCOMPARE(dcv(QStringLiteral("v2/validation/status"), QStringLiteral("co.uk")).status, 400);
        answer = dcv(QStringLiteral("v1/validation/start/domain/http"), QStringLiteral("example.ch"));
        QVERIFY(answer.object()[QStringLiteral("url")].toString().startsWith(
            QStringLiteral("http://example.ch/.well-known/pki-validation/")));
        QCOMPARE(answer.object()[QStringLiteral("secondLine")].toString(), QStringLiteral("sectigo.com"));
        QCOMPARE(dcv(QStringLiteral("v1/validation/start/domain/txt"), QStringLiteral("example.ch")).status,
                 400);
        answer = dcv(QStringLiteral("v1/validation/submit/domain/txt"), QStringLiteral("example.ch"));
        QCOMPARE(answer.object()[QStringLiteral("host")].toString(),
                 QStringLiteral("_pki-validation.example.ch."));
        answer = dcv(QStringLiteral("v1/validation/start/domain/email"), QStringLiteral("example.ch"));
        QVERIFY(
            answer.object()[QStringLiteral("emails")].toArray().contains(QStringLiteral("admin@example.ch")));
        answer = client.post(QStringLiteral("/api/dcv/v1/validation/submit/domain/email"),
                             QJsonObject{{QStringLiteral("domain"), QStringLiteral("example.ch")},
                                         {QStringLiteral("email"), QStringLiteral("someone@else.org")}});
        QCOMPARE(answer.code(), -518);
        answer = client.post(QStringLiteral("/api/dcv/v1/validation/submit/domain/email"),
                             QJsonObject{{QStringLiteral("domain"), QStringLiteral("example.ch")},
                                         {QStringLiteral("email"), QStringLiteral("admin@example.ch")}});
        QCOMPARE(answer.status, 200);
        QVERIFY(!answer.object()[QStringLiteral("emailValidationReferenceNumber")].toString().isEmpty());
        const Answer list = client.get(QStringLiteral("/api/dcv/v1/validation?size=10&position=0"));
        QCOMPARE(list.header("x-total-count"), QByteArray("2")); // example.ch, example.co.uk
    }
};

QTEST_GUILESS_MAIN(SimulatorApiTest)
#include "tst_simulator_api.moc"
