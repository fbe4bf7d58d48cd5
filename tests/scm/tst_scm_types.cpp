// The SCM objects read from and written to JSON with the field names of Sectigo's REST API.
#include "ScmClient.h"
#include "ScmTypes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {
QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}
} // namespace

class TestScmTypes : public QObject
{
    Q_OBJECT

private slots:
    void organizationFromAnswer();
    void newOrganizationAndDepartment();
    void validation();
    void validationRequest();
    void domainAndDelegation();
    void newDomain();
    void dcvStatus();
    void adminFromAnswer();
    void newAdminAndUpdate();
    void passwordStateProfilesFieldsBackends();
    void dcvMethodPaths();
};

void TestScmTypes::organizationFromAnswer()
{
    const ScmOrganization org = ScmOrganization::fromJson(parse(R"({
        "id":1697,"name":"org4Test","address1":"Street 1","city":"Bern","stateOrProvince":"BE",
        "postalCode":"3000","country":"CH","clientCertsApiEnabled":true,"sslCertsApiEnabled":false,
        "certTypes":["SMIME","SSL"],
        "departments":[{"id":1698,"parentName":"org4Test","name":"department4Test"}]})"));
    QCOMPARE(org.id, 1697);
    QCOMPARE(org.name, QStringLiteral("org4Test"));
    QCOMPARE(org.stateOrProvince, QStringLiteral("BE"));
    QVERIFY(org.clientCertsApiEnabled);
    QVERIFY(!org.sslCertsApiEnabled);
    QCOMPARE(org.certTypes, QStringList({"SMIME", "SSL"}));
    QCOMPARE(org.departments.size(), 1);
    QCOMPARE(org.departments.first().id, 1698);
    QCOMPARE(org.departments.first().parentName, QStringLiteral("org4Test"));
    QCOMPARE(ScmOrganization::fromJson({}).id, 0); // tolerant of missing fields
}

void TestScmTypes::newOrganizationAndDepartment()
{
    ScmNewOrganization org;
    org.name = QStringLiteral("Example AG");
    org.address1 = QStringLiteral("Bahnhofstrasse 1");
    org.city = QStringLiteral("Zürich");
    org.stateProvince = QStringLiteral("ZH");
    org.postalCode = QStringLiteral("8001");
    org.country = QStringLiteral("CH");
    QJsonObject json = org.toJson();
    QCOMPARE(json.value("stateProvince").toString(), QStringLiteral("ZH"));
    QVERIFY(!json.contains("stateOrProvince"));
    QVERIFY(!json.contains("parentOrgName"));
    QVERIFY(!json.contains("address2"));
    QCOMPARE(json.value("clientCertsApiEnabled"), QJsonValue(true));
    QCOMPARE(json.value("clientCertificate").toObject(),
             QJsonObject({{"allowKeyRecoveryByMasterAdmins", false},
                          {"allowKeyRecoveryByOrgAdmins", false},
                          {"allowKeyRecoveryByDepartmentAdmins", false}}));
    org.parentOrgName = QStringLiteral("Example AG");
    org.name = QStringLiteral("IT");
    json = org.toJson();
    QCOMPARE(json.value("parentOrgName").toString(), QStringLiteral("Example AG"));
}

void TestScmTypes::validation()
{
    const ScmValidation validation = ScmValidation::fromJson(parse(R"({
        "id":239,"validationLevel":"OV_SMIME","status":"FAILED","backgroundStatus":"FAILED",
        "backendId":288,"backendType":"SASP","submitted":"2025-05-21","expires":"2026-05-21",
        "settings":{"TRACKING_ID":"x","LAST_ERR_MSG_FROM_CA":"Registry mismatch"}})"));
    QCOMPARE(validation.id, 239);
    QCOMPARE(validation.status, QStringLiteral("FAILED"));
    QCOMPARE(validation.backendId, 288);
    QCOMPARE(validation.lastErrorFromCa, QStringLiteral("Registry mismatch"));
}

void TestScmTypes::validationRequest()
{
    ScmValidationRequest request;
    request.backendId = 288;
    request.legalName = QStringLiteral("Example AG");
    request.country = QStringLiteral("CH");
    request.city = QStringLiteral("Zürich");
    request.organizationIdentifier = QStringLiteral("NTRCH-CHE-123.456.789");
    const QJsonObject json = request.toJson();
    QCOMPARE(json.value("validationLevel").toString(), QStringLiteral("OV_SMIME"));
    QCOMPARE(json.value("backendId").toInteger(), 288);
    const QJsonObject details = json.value("organizationDetails").toObject();
    QCOMPARE(details.value("organizationIdentifier").toString(), QStringLiteral("NTRCH-CHE-123.456.789"));
    const QJsonObject general = details.value("generalDetails").toObject();
    QCOMPARE(general.value("legalName").toString(), QStringLiteral("Example AG"));
    QCOMPARE(general.value("country").toString(), QStringLiteral("CH"));
    QVERIFY(!general.contains("address2"));
}

void TestScmTypes::domainAndDelegation()
{
    const ScmDomain domain = ScmDomain::fromJson(parse(R"({
        "id":409,"name":"ccmqa.com","delegationStatus":"ACTIVE","state":"ACTIVE",
        "validationStatus":"VALIDATED","validationMethod":"EMAIL",
        "delegations":[{"orgId":2645,"certTypes":["SMIME"],"domainCertificateRequestPrivileges":["DOMAIN"],
                        "status":"REQUESTED"}]})"));
    QCOMPARE(domain.id, 409);
    QCOMPARE(domain.validationStatus, QStringLiteral("VALIDATED"));
    QCOMPARE(domain.delegations.size(), 1);
    QCOMPARE(domain.delegations.first().orgId, 2645);
    QCOMPARE(domain.delegations.first().status, QStringLiteral("REQUESTED"));
    const QJsonObject json = domain.delegations.first().toJson();
    QCOMPARE(json.value("orgId").toInteger(), 2645);
    QCOMPARE(json.value("certTypes").toArray(), QJsonArray({"SMIME"}));
    QVERIFY(!json.contains("status")); // SCM decides the status
}

void TestScmTypes::newDomain()
{
    ScmNewDomain domain;
    domain.name = QStringLiteral("example.ch");
    ScmDelegation delegation;
    delegation.orgId = 12;
    delegation.certTypes = {QStringLiteral("SMIME")};
    domain.delegations.append(delegation);
    const QJsonObject json = domain.toJson();
    QCOMPARE(json.value("name").toString(), QStringLiteral("example.ch"));
    QVERIFY(!json.contains("description"));
    QCOMPARE(json.value("delegations").toArray().size(), 1);
    QVERIFY(!json.value("delegations")
                 .toArray()
                 .first()
                 .toObject()
                 .contains("domainCertificateRequestPrivileges"));
}

void TestScmTypes::dcvStatus()
{
    const ScmDcvStatus status = ScmDcvStatus::fromJson(parse(R"({
        "status":"NOT_VALIDATED","orderStatus":"SUBMITTED","orderMode":"CNAME",
        "host":"_abc.example.ch.","point":"x.y.sectigo.com.","emails":["admin@example.ch"],
        "nextCheck":"2025-05-21T10:00:00"})"));
    QCOMPARE(status.status, QStringLiteral("NOT_VALIDATED"));
    QCOMPARE(status.orderMode, QStringLiteral("CNAME"));
    QCOMPARE(status.host, QStringLiteral("_abc.example.ch."));
    QCOMPARE(status.emails, QStringList({"admin@example.ch"}));
    QCOMPARE(status.nextCheck, QStringLiteral("2025-05-21T10:00:00"));
}

void TestScmTypes::adminFromAnswer()
{
    const ScmAdmin admin = ScmAdmin::fromJson(parse(R"({
        "id":1636,"type":"API","login":"op","email":"op@example.ch","forename":"Mail","surname":"Gateway",
        "reseted":"true","passwordState":"ALIVE","passwordExpiryDate":"2025-08-21",
        "credentials":[{"role":"DRAO_SMIME","orgId":1462}],"privileges":["clientCertRequest"]})"));
    QCOMPARE(admin.id, 1636);
    QCOMPARE(admin.type, QStringLiteral("API"));
    QVERIFY(admin.reseted);
    QCOMPARE(admin.passwordExpiryDate, QDate(2025, 8, 21));
    QVERIFY(admin.hasRole(QStringLiteral("DRAO_SMIME")));
    QVERIFY(!admin.hasRole(QStringLiteral("MRAO")));
    QCOMPARE(admin.credentials.first().orgId, 1462);
    QCOMPARE(admin.privileges, QStringList({"clientCertRequest"}));
    QVERIFY(ScmAdmin::fromJson(parse(R"({"reseted":true})")).reseted);
}

void TestScmTypes::newAdminAndUpdate()
{
    ScmNewAdmin admin;
    admin.login = QStringLiteral("seppmail-mpki");
    admin.email = QStringLiteral("pki@example.ch");
    admin.forename = QStringLiteral("Mail");
    admin.surname = QStringLiteral("Gateway");
    admin.password = QStringLiteral("Temp#1234567");
    admin.credentials.append({QStringLiteral("RAO_SMIME"), 12});
    admin.privileges = {QStringLiteral("clientCertRequest")};
    const QJsonObject json = admin.toJson();
    QCOMPARE(json.value("type").toString(), QStringLiteral("STANDARD"));
    QCOMPARE(json.value("credentials").toArray().first().toObject(),
             QJsonObject({{"role", "RAO_SMIME"}, {"orgId", 12}}));
    QCOMPARE(json.value("privileges").toArray(), QJsonArray({"clientCertRequest"}));
    QCOMPARE(json.value("password").toString(), QStringLiteral("Temp#1234567"));

    ScmAdminUpdate update;
    update.type = QStringLiteral("API");
    QCOMPARE(update.toJson(), QJsonObject({{"type", "API"}}));
    ScmAdminUpdate privileges;
    privileges.privilegesSet = true;
    QCOMPARE(privileges.toJson(), QJsonObject({{"privileges", QJsonArray()}}));
}

void TestScmTypes::passwordStateProfilesFieldsBackends()
{
    const ScmPasswordState state =
        ScmPasswordState::fromJson(parse(R"({"expirationDate":"2025-08-21","state":"ALIVE"})"));
    QCOMPARE(state.state, QStringLiteral("ALIVE"));
    QCOMPARE(state.expirationDate, QDate(2025, 8, 21));

    const ScmSmimeProfile profile = ScmSmimeProfile::fromJson(parse(
        R"({"id":1134,"name":"Sectigo Persona Validated Certificate","description":"d","terms":[365,730]})"));
    QCOMPARE(profile.id, 1134);
    QCOMPARE(profile.terms, QList<int>({365, 730}));

    const ScmCustomField field = ScmCustomField::fromJson(parse(
        R"({"id":5,"name":"Cost centre","certType":"SMIME","state":"ACTIVE","mandatories":["REST_API"]})"));
    QVERIFY(field.mandatoryForRestApi());
    QCOMPARE(field.certType, QStringLiteral("SMIME"));

    const ScmCaBackend backend =
        ScmCaBackend::fromJson(parse(R"({"id":288,"name":"Sectigo Public CA","type":"SASP","public":true})"));
    QCOMPARE(backend.id, 288);
    QVERIFY(backend.isPublic);
}

void TestScmTypes::dcvMethodPaths()
{
    QCOMPARE(ScmClient::dcvMethodPath(ScmClient::DcvMethod::Cname), QStringLiteral("cname"));
    QCOMPARE(ScmClient::dcvMethodPath(ScmClient::DcvMethod::Txt), QStringLiteral("txt"));
    QCOMPARE(ScmClient::dcvMethodPath(ScmClient::DcvMethod::Http), QStringLiteral("http"));
    QCOMPARE(ScmClient::dcvMethodPath(ScmClient::DcvMethod::Https), QStringLiteral("https"));
    QCOMPARE(ScmClient::dcvMethodPath(ScmClient::DcvMethod::Email), QStringLiteral("email"));
}

QTEST_GUILESS_MAIN(TestScmTypes)
#include "tst_scm_types.moc"
