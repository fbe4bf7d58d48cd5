// What a real SCM may answer where the simulator answers one way (issue 12 §2): every parser of
// wizard/scm is fed numbers as strings and strings as numbers, null or absent fields, extra
// fields, enums in other letter case, booleans as strings and dates with and without a time; the
// transport is fed Location headers of every shape, lists without X-Total-Count, and answers that
// lack a value the engine cannot do without (the call must fail naming the operation and field).
#include "HttpFixture.h"
#include "ScmClient.h"
#include "ScmReply.h"
#include "ScmTransport.h"
#include "ScmTypes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <memory>

namespace {

ScmCredentials credentialsFor(const QUrl &baseUrl)
{
    return {baseUrl, QStringLiteral("acme"), QStringLiteral("mrao"), QStringLiteral("Pass-w0rd-Tolerance")};
}

bool waitFor(ScmReply *reply, int timeoutMs = 15000)
{
    if (reply->isFinished())
        return true;
    QSignalSpy spy(reply, &ScmReply::finished);
    return spy.wait(timeoutMs);
}

using Fields = QMap<QString, QString>;

QString yesNo(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

QString day(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString list(const QStringList &values)
{
    return values.join(QLatin1Char('|'));
}

// Every field a parser fills, as text, so that one table can hold the expectations of all parsers.
Fields parse(const QString &parser, const QJsonObject &json)
{
    Fields f;
    if (parser == QLatin1String("organization")) {
        const ScmOrganization o = ScmOrganization::fromJson(json);
        f = {{"id", QString::number(o.id)},
             {"name", o.name},
             {"city", o.city},
             {"postalCode", o.postalCode},
             {"stateOrProvince", o.stateOrProvince},
             {"clientCertsApiEnabled", yesNo(o.clientCertsApiEnabled)},
             {"sslCertsApiEnabled", yesNo(o.sslCertsApiEnabled)},
             {"certTypes", list(o.certTypes)},
             {"departments", QString::number(o.departments.size())}};
        if (!o.departments.isEmpty())
            f.insert("department0", QString::number(o.departments.first().id) + QLatin1Char(' ') +
                                        o.departments.first().name);
    } else if (parser == QLatin1String("validation")) {
        const ScmValidation v = ScmValidation::fromJson(json);
        f = {{"id", QString::number(v.id)},
             {"validationLevel", v.validationLevel},
             {"status", v.status},
             {"backgroundStatus", v.backgroundStatus},
             {"backendId", QString::number(v.backendId)},
             {"backendType", v.backendType},
             {"submitted", v.submitted},
             {"expires", v.expires},
             {"lastErrorFromCa", v.lastErrorFromCa}};
    } else if (parser == QLatin1String("caBackend")) {
        const ScmCaBackend b = ScmCaBackend::fromJson(json);
        f = {
            {"id", QString::number(b.id)}, {"name", b.name}, {"type", b.type}, {"public", yesNo(b.isPublic)}};
    } else if (parser == QLatin1String("domain")) {
        const ScmDomain d = ScmDomain::fromJson(json);
        f = {{"id", QString::number(d.id)},
             {"name", d.name},
             {"delegationStatus", d.delegationStatus},
             {"state", d.state},
             {"validationStatus", d.validationStatus},
             {"validationMethod", d.validationMethod},
             {"delegations", QString::number(d.delegations.size())}};
        if (!d.delegations.isEmpty()) {
            const ScmDelegation &first = d.delegations.first();
            f.insert("delegation0", QString::number(first.orgId) + QLatin1Char(' ') + list(first.certTypes) +
                                        QLatin1Char(' ') + first.status);
        }
    } else if (parser == QLatin1String("dcv")) {
        const ScmDcvStatus s = ScmDcvStatus::fromJson(json);
        f = {{"status", s.status},       {"orderStatus", s.orderStatus},
             {"orderMode", s.orderMode}, {"expirationDate", s.expirationDate},
             {"host", s.host},           {"point", s.point},
             {"emails", list(s.emails)}, {"message", s.message}};
    } else if (parser == QLatin1String("admin")) {
        const ScmAdmin a = ScmAdmin::fromJson(json);
        QStringList roles;
        for (const ScmCredential &credential : a.credentials)
            roles.append(credential.role + QLatin1Char('@') + QString::number(credential.orgId));
        f = {{"id", QString::number(a.id)},
             {"login", a.login},
             {"email", a.email},
             {"type", a.type},
             {"reseted", yesNo(a.reseted)},
             {"resetDate", day(a.resetDate)},
             {"passwordState", a.passwordState},
             {"passwordExpiryDate", day(a.passwordExpiryDate)},
             {"credentials", list(roles)},
             {"privileges", list(a.privileges)}};
    } else if (parser == QLatin1String("passwordState")) {
        const ScmPasswordState p = ScmPasswordState::fromJson(json);
        f = {{"state", p.state}, {"expirationDate", day(p.expirationDate)}};
    } else if (parser == QLatin1String("smimeProfile")) {
        const ScmSmimeProfile p = ScmSmimeProfile::fromJson(json);
        QStringList terms;
        for (int term : p.terms)
            terms.append(QString::number(term));
        f = {{"id", QString::number(p.id)}, {"name", p.name}, {"terms", list(terms)}};
    } else if (parser == QLatin1String("customField")) {
        const ScmCustomField c = ScmCustomField::fromJson(json);
        f = {{"id", QString::number(c.id)},
             {"name", c.name},
             {"certType", c.certType},
             {"state", c.state},
             {"mandatories", list(c.mandatories)},
             {"mandatoryForRestApi", yesNo(c.mandatoryForRestApi())}};
    } else {
        qFatal("unknown parser %s", qPrintable(parser));
    }
    return f;
}

QJsonObject object(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        qFatal("bad test JSON: %s", json.constData());
    return document.object();
}

QByteArray compact(const QJsonArray &array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

} // namespace

Q_DECLARE_METATYPE(Fields)

class TestScmTolerance : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void parsersTakeWhatRealServersSend_data();
    void parsersTakeWhatRealServersSend();
    void dates_data();
    void dates();
    void createdIdFromEveryLocationShape_data();
    void createdIdFromEveryLocationShape();
    void pagingWithoutTotalCount_data();
    void pagingWithoutTotalCount();
    void missingNeededValuesFailNamingOperationAndField_data();
    void missingNeededValuesFailNamingOperationAndField();
    void absentOptionalValuesDoNotFail();

private:
    std::unique_ptr<HttpFixture> m_fixture;
    std::unique_ptr<ScmTransport> m_transport;
};

void TestScmTolerance::init()
{
    m_fixture = std::make_unique<HttpFixture>();
    QVERIFY(m_fixture->listen());
    m_transport = std::make_unique<ScmTransport>();
    m_transport->setBackoff(20, 100);
    m_transport->setMaxAttempts(1);
}

void TestScmTolerance::cleanup()
{
    m_transport.reset();
    m_fixture.reset();
}

void TestScmTolerance::parsersTakeWhatRealServersSend_data()
{
    QTest::addColumn<QString>("parser");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<Fields>("expected");

    // Organisations
    QTest::newRow("organization as the simulator sends it")
        << "organization"
        << QByteArray(
               R"({"id":12,"name":"Example AG","city":"Bern","postalCode":"3000","stateOrProvince":"BE",)"
               R"("clientCertsApiEnabled":true,"certTypes":["SMIME"],)"
               R"("departments":[{"id":13,"name":"Mail","parentName":"Example AG"}]})")
        << Fields{{"id", "12"},
                  {"name", "Example AG"},
                  {"city", "Bern"},
                  {"postalCode", "3000"},
                  {"clientCertsApiEnabled", "true"},
                  {"certTypes", "SMIME"},
                  {"departments", "1"},
                  {"department0", "13 Mail"}};
    QTest::newRow("organization: numbers as strings, strings as numbers, booleans as strings")
        << "organization"
        << QByteArray(R"({"id":"12","name":"Example AG","postalCode":3000,"clientCertsApiEnabled":"true",)"
                      R"("sslCertsApiEnabled":"FALSE","departments":[{"id":"13","name":"Mail"}]})")
        << Fields{{"id", "12"},
                  {"postalCode", "3000"},
                  {"clientCertsApiEnabled", "true"},
                  {"sslCertsApiEnabled", "false"},
                  {"department0", "13 Mail"}};
    QTest::newRow("organization: nulls, absent lists, extra fields")
        << "organization"
        << QByteArray(R"({"id":12.0,"name":"Example AG","city":null,"certTypes":null,"departments":null,)"
                      R"("clientCertsApiEnabled":1,"newField":{"x":[1,2]},"stateProvince":"ZH"})")
        << Fields{{"id", "12"},
                  {"city", ""},
                  {"certTypes", ""},
                  {"departments", "0"},
                  {"clientCertsApiEnabled", "true"},
                  {"stateOrProvince", "ZH"}};
    QTest::newRow("organization: cert types in other case, one alone")
        << "organization" << QByteArray(R"({"id":1,"name":"A","certTypes":["smime","codesign","Other"]})")
        << Fields{{"certTypes", "SMIME|CodeSign|Other"}};
    QTest::newRow("organization: a single cert type instead of a list")
        << "organization" << QByteArray(R"({"id":1,"name":"A","certTypes":"Smime"})")
        << Fields{{"certTypes", "SMIME"}};

    // Validations
    QTest::newRow("validation: enums in lower and mixed case, ids as strings")
        << "validation"
        << QByteArray(
               R"({"id":"4","validationLevel":"ov_smime","status":"Validated","backgroundStatus":"pending",)"
               R"("backendId":"9","backendType":"sasp","submitted":"2025-01-02 10:11:12",)"
               R"("settings":{"LAST_ERR_MSG_FROM_CA":null}})")
        << Fields{{"id", "4"},
                  {"validationLevel", "OV_SMIME"},
                  {"status", "VALIDATED"},
                  {"backgroundStatus", "PENDING"},
                  {"backendId", "9"},
                  {"backendType", "SASP"},
                  {"submitted", "2025-01-02 10:11:12"},
                  {"lastErrorFromCa", ""}};
    QTest::newRow("validation: words with spaces and hyphens")
        << "validation" << QByteArray(R"({"id":4,"status":"not validated","validationLevel":"OV-SMIME"})")
        << Fields{{"status", "NOT_VALIDATED"}, {"validationLevel", "OV_SMIME"}};
    QTest::newRow("validation: all optional fields absent")
        << "validation" << QByteArray(R"({"id":4})")
        << Fields{{"id", "4"}, {"validationLevel", ""}, {"status", ""}, {"backendId", "0"}, {"expires", ""}};
    QTest::newRow("validation: settings not an object")
        << "validation" << QByteArray(R"({"id":4,"settings":"n/a","expires":null})")
        << Fields{{"lastErrorFromCa", ""}, {"expires", ""}};

    // CA back-ends
    QTest::newRow("ca backend: public as a string")
        << "caBackend" << QByteArray(R"({"id":"7","name":"Sectigo","type":"sasp","public":"true"})")
        << Fields{{"id", "7"}, {"type", "SASP"}, {"public", "true"}};

    // Domains
    QTest::newRow("domain: enums in other case, delegation ids as strings")
        << "domain"
        << QByteArray(R"({"id":"5","name":"example.org","delegationStatus":"active","state":"Active",)"
                      R"("validationStatus":"validated","validationMethod":"cname_csr_hash",)"
                      R"("delegations":[{"orgId":"12","certTypes":["smime"],"status":"requested"}]})")
        << Fields{{"id", "5"},
                  {"delegationStatus", "ACTIVE"},
                  {"state", "ACTIVE"},
                  {"validationStatus", "VALIDATED"},
                  {"validationMethod", "CNAME_CSR_HASH"},
                  {"delegation0", "12 SMIME REQUESTED"}};
    QTest::newRow("domain: delegations null, unknown fields")
        << "domain" << QByteArray(R"({"id":5,"name":"example.org","delegations":null,"dcvExpiration":"x"})")
        << Fields{{"delegations", "0"}, {"state", ""}};
    QTest::newRow("domain: a delegation that is not an object is skipped")
        << "domain" << QByteArray(R"({"id":5,"name":"example.org","delegations":[7,{"orgId":3}]})")
        << Fields{{"delegations", "1"}, {"delegation0", "3  "}};

    // DCV
    QTest::newRow("dcv: enums in other case, emails with nulls")
        << "dcv"
        << QByteArray(R"({"status":"not_validated","orderStatus":"submitted","orderMode":"cname",)"
                      R"("host":"_abc.example.org.","point":"xyz.sectigo.com.",)"
                      R"("emails":["webmaster@example.org",null,"dns.txt@sectigo.com"],"message":null})")
        << Fields{{"status", "NOT_VALIDATED"},
                  {"orderStatus", "SUBMITTED"},
                  {"orderMode", "CNAME"},
                  {"host", "_abc.example.org."},
                  {"emails", "webmaster@example.org|dns.txt@sectigo.com"},
                  {"message", ""}};
    QTest::newRow("dcv: nothing but the status")
        << "dcv" << QByteArray(R"({"status":"Validated"})")
        << Fields{{"status", "VALIDATED"}, {"orderStatus", ""}, {"emails", ""}};
    QTest::newRow("dcv: one e-mail as a string")
        << "dcv" << QByteArray(R"({"status":"NOT_VALIDATED","emails":"admin@example.org"})")
        << Fields{{"emails", "admin@example.org"}};

    // Admins
    QTest::newRow("admin: reseted as a date (OpenAPI 25.9)")
        << "admin"
        << QByteArray(
               R"({"id":3,"login":"op","type":"standard","reseted":"2025-03-04","passwordState":"alive",)"
               R"("passwordExpiryDate":"2026-01-31","credentials":[{"role":"drao_smime","orgId":"12"}],)"
               R"("privileges":["allowCreate","allowDCV"]})")
        << Fields{{"id", "3"},
                  {"type", "STANDARD"},
                  {"reseted", "true"},
                  {"resetDate", "2025-03-04"},
                  {"passwordState", "ALIVE"},
                  {"passwordExpiryDate", "2026-01-31"},
                  {"credentials", "DRAO_SMIME@12"},
                  {"privileges", "allowCreate|allowDCV"}};
    QTest::newRow("admin: reseted as a date with time")
        << "admin" << QByteArray(R"({"id":3,"login":"op","reseted":"2025-03-04T10:00:00Z"})")
        << Fields{{"reseted", "true"}, {"resetDate", "2025-03-04"}};
    QTest::newRow("admin: reseted null") << "admin" << QByteArray(R"({"id":3,"login":"op","reseted":null})")
                                         << Fields{{"reseted", "false"}, {"resetDate", ""}};
    QTest::newRow("admin: reseted absent") << "admin" << QByteArray(R"({"id":3,"login":"op"})")
                                           << Fields{{"reseted", "false"}, {"resetDate", ""}};
    QTest::newRow("admin: reseted true") << "admin" << QByteArray(R"({"id":3,"login":"op","reseted":true})")
                                         << Fields{{"reseted", "true"}, {"resetDate", ""}};
    QTest::newRow("admin: reseted \"true\"")
        << "admin" << QByteArray(R"({"id":3,"login":"op","reseted":"true"})")
        << Fields{{"reseted", "true"}, {"resetDate", ""}};
    QTest::newRow("admin: reseted \"false\"")
        << "admin" << QByteArray(R"({"id":3,"login":"op","reseted":"false"})")
        << Fields{{"reseted", "false"}};
    QTest::newRow("admin: reseted empty string")
        << "admin" << QByteArray(R"({"id":3,"login":"op","reseted":""})") << Fields{{"reseted", "false"}};
    QTest::newRow("admin: reseted 0")
        << "admin" << QByteArray(R"({"id":3,"login":"op","reseted":0})") << Fields{{"reseted", "false"}};
    QTest::newRow("admin: id as string, credentials and privileges null, login as a number")
        << "admin" << QByteArray(R"({"id":"3","login":12345,"credentials":null,"privileges":null,"extra":1})")
        << Fields{{"id", "3"}, {"login", "12345"}, {"credentials", ""}, {"privileges", ""}};
    QTest::newRow("admin: expiry date in the old 'yyyy-MM-dd HH:mm:ss' form")
        << "admin" << QByteArray(R"({"id":3,"login":"op","passwordExpiryDate":"2026-01-31 23:59:59"})")
        << Fields{{"passwordExpiryDate", "2026-01-31"}};

    // Password state
    QTest::newRow("password state: lower case, date with time and zone")
        << "passwordState"
        << QByteArray(R"({"state":"expired","expirationDate":"2025-02-03T04:05:06.789+01:00"})")
        << Fields{{"state", "EXPIRED"}, {"expirationDate", "2025-02-03"}};
    QTest::newRow("password state: never expires, date null")
        << "passwordState" << QByteArray(R"({"state":"Never_Expire","expirationDate":null})")
        << Fields{{"state", "NEVER_EXPIRE"}, {"expirationDate", ""}};

    // S/MIME profiles and custom fields
    QTest::newRow("smime profile: terms as strings")
        << "smimeProfile" << QByteArray(R"({"id":"21","name":"Persona","terms":["365","730"]})")
        << Fields{{"id", "21"}, {"terms", "365|730"}};
    QTest::newRow("smime profile: one term alone, terms null")
        << "smimeProfile" << QByteArray(R"({"id":21,"name":"Persona","terms":365})")
        << Fields{{"terms", "365"}};
    QTest::newRow("smime profile: terms null")
        << "smimeProfile" << QByteArray(R"({"id":21,"terms":null})") << Fields{{"terms", ""}};
    QTest::newRow("custom field: enums in other case")
        << "customField"
        << QByteArray(R"({"id":"8","name":"Cost centre","certType":"smime","state":"active",)"
                      R"("mandatories":["rest_api","Web_Form"]})")
        << Fields{{"id", "8"},
                  {"certType", "SMIME"},
                  {"state", "ACTIVE"},
                  {"mandatories", "REST_API|WEB_FORM"},
                  {"mandatoryForRestApi", "true"}};
    QTest::newRow("custom field: mandatories null")
        << "customField" << QByteArray(R"({"id":8,"name":"Cost centre","mandatories":null})")
        << Fields{{"mandatories", ""}, {"mandatoryForRestApi", "false"}};
}

void TestScmTolerance::parsersTakeWhatRealServersSend()
{
    QFETCH(QString, parser);
    QFETCH(QByteArray, json);
    QFETCH(Fields, expected);
    const Fields actual = parse(parser, object(json));
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        QVERIFY2(actual.contains(it.key()), qPrintable(QStringLiteral("no field %1").arg(it.key())));
        QCOMPARE(actual.value(it.key()), it.value());
    }
}

void TestScmTolerance::dates_data()
{
    QTest::addColumn<QJsonValue>("written");
    QTest::addColumn<QDate>("date");
    const QDate day(2025, 2, 3);
    QTest::newRow("date") << QJsonValue("2025-02-03") << day;
    QTest::newRow("T time") << QJsonValue("2025-02-03T04:05:06") << day;
    QTest::newRow("T time millis Z") << QJsonValue("2025-02-03T04:05:06.789Z") << day;
    QTest::newRow("T time offset") << QJsonValue("2025-02-03T23:05:06-05:00") << day;
    QTest::newRow("space time") << QJsonValue("2025-02-03 04:05:06") << day;
    QTest::newRow("padded") << QJsonValue(" 2025-02-03 ") << day;
    QTest::newRow("epoch millis") << QJsonValue(
                                         double(QDateTime(day, QTime(12, 0), Qt::UTC).toMSecsSinceEpoch()))
                                  << day;
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << QDate();
    QTest::newRow("absent") << QJsonValue(QJsonValue::Undefined) << QDate();
    QTest::newRow("empty") << QJsonValue("") << QDate();
    QTest::newRow("boolean") << QJsonValue(true) << QDate();
    QTest::newRow("not a date") << QJsonValue("tomorrow!!") << QDate();
    QTest::newRow("digits run on") << QJsonValue("2025-02-0312") << QDate();
    QTest::newRow("impossible day") << QJsonValue("2025-02-30") << QDate();
}

void TestScmTolerance::dates()
{
    QFETCH(QJsonValue, written);
    QFETCH(QDate, date);
    QCOMPARE(ScmTypes::dateOf(written), date);
}

void TestScmTolerance::createdIdFromEveryLocationShape_data()
{
    QTest::addColumn<QByteArray>("location");
    QTest::addColumn<qint64>("id");
    QTest::newRow("absolute") << QByteArray("BASE/api/admin/v1/1682") << qint64(1682);
    QTest::newRow("absolute, trailing slash") << QByteArray("BASE/api/admin/v1/1682/") << qint64(1682);
    QTest::newRow("absolute, query") << QByteArray("BASE/api/admin/v1/1682?x=1") << qint64(1682);
    QTest::newRow("relative") << QByteArray("/api/admin/v1/77") << qint64(77);
    QTest::newRow("relative, trailing slash") << QByteArray("/api/admin/v1/77/") << qint64(77);
    QTest::newRow("relative without leading slash") << QByteArray("admin/v1/77") << qint64(77);
    QTest::newRow("id alone") << QByteArray("77") << qint64(77);
    QTest::newRow("padded") << QByteArray("  /api/admin/v1/9  ") << qint64(9);
}

void TestScmTolerance::createdIdFromEveryLocationShape()
{
    QFETCH(QByteArray, location);
    QFETCH(qint64, id);
    // An absolute Location names the server asked (one naming another host is refused).
    const QByteArray answered = QByteArray(location).replace(
        "BASE", m_fixture->baseUrl().toString(QUrl::StripTrailingSlash).toLatin1());
    m_fixture->setHandler([answered](const FixtureRequest &) {
        return HttpFixture::json(201, QByteArray(), {{"Location", answered}});
    });
    ScmClient client(m_transport.get(), credentialsFor(m_fixture->baseUrl()));
    ScmNewAdmin admin;
    admin.login = QStringLiteral("op");
    std::unique_ptr<ScmReply> reply(client.createAdmin(admin));
    QVERIFY(waitFor(reply.get()));
    QVERIFY2(reply->ok(), qPrintable(reply->error().message()));
    QCOMPARE(reply->createdId(), id);
}

void TestScmTolerance::pagingWithoutTotalCount_data()
{
    QTest::addColumn<int>("total");
    QTest::addColumn<int>("requests");
    QTest::newRow("one short page") << 5 << 1;
    QTest::newRow("empty list") << 0 << 1;
    QTest::newRow("two full pages, then an empty one") << 400 << 3;
    QTest::newRow("two full pages and a short one") << 405 << 3;
}

void TestScmTolerance::pagingWithoutTotalCount()
{
    QFETCH(int, total);
    QFETCH(int, requests);
    m_fixture->setHandler([total](const FixtureRequest &request) {
        const QUrlQuery query(QUrl(QString::fromLatin1(request.target)));
        const int size = query.queryItemValue("size").toInt();
        const int position = query.queryItemValue("position").toInt();
        QJsonArray page;
        for (int i = position; i < qMin(total, position + size); ++i)
            page.append(
                QJsonObject{{"id", QString::number(i + 1)}, {"name", QStringLiteral("d%1.example").arg(i)}});
        return HttpFixture::json(200, compact(page)); // no X-Total-Count
    });
    ScmClient client(m_transport.get(), credentialsFor(m_fixture->baseUrl()));
    std::unique_ptr<ScmReply> reply(client.listDomains());
    QVERIFY(waitFor(reply.get()));
    QVERIFY2(reply->ok(), qPrintable(reply->error().message()));
    QCOMPARE(reply->array().size(), total);
    QCOMPARE(reply->totalCount(), qint64(-1));
    QCOMPARE(m_fixture->requestCount(), requests);
    if (total > 0)
        QCOMPARE(ScmDomain::fromJson(reply->array().last().toObject()).id, qint64(total));
}

void TestScmTolerance::missingNeededValuesFailNamingOperationAndField_data()
{
    // call: which client call; answer: the body SCM gives; location: for a create;
    // operation and field: what the message must name.
    QTest::addColumn<QString>("call");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<QByteArray>("location");
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("field");
    QTest::newRow("organisation listed without id")
        << "listOrganizations" << 200 << QByteArray(R"([{"id":1,"name":"A"},{"name":"B"}])") << QByteArray()
        << "GET organization/v1"
        << "[1].id";
    QTest::newRow("organisation listed with id null")
        << "listOrganizations" << 200 << QByteArray(R"([{"id":null,"name":"A"}])") << QByteArray()
        << "GET organization/v1"
        << "[0].id";
    QTest::newRow("organisation listed without name")
        << "listOrganizations" << 200 << QByteArray(R"([{"id":4,"name":""}])") << QByteArray()
        << "GET organization/v1"
        << "[0].name";
    QTest::newRow("domain listed with id 0")
        << "listDomains" << 200 << QByteArray(R"([{"id":"0","name":"example.org"}])") << QByteArray()
        << "GET domain/v1"
        << "[0].id";
    QTest::newRow("admin listed without login")
        << "findAdminByLogin" << 200 << QByteArray(R"([{"id":3}])") << QByteArray() << "GET admin/v1"
        << "[0].login";
    QTest::newRow("validation listed without id")
        << "listValidations" << 200 << QByteArray(R"([{"status":"VALIDATED"}])") << QByteArray()
        << "GET organization/v2/12/validations"
        << "[0].id";
    QTest::newRow("S/MIME profile listed with id \"\"")
        << "smimeProfiles" << 200 << QByteArray(R"([{"id":"","name":"Persona"}])") << QByteArray()
        << "GET smime/v1/types"
        << "[0].id";
    QTest::newRow("created without Location")
        << "createOrganization" << 201 << QByteArray() << QByteArray() << "POST organization/v1"
        << "Location";
    QTest::newRow("created with a Location without id")
        << "createDomain" << 201 << QByteArray() << QByteArray("https://cert-manager.com/api/domain/v1/")
        << "POST domain/v1"
        << "Location";
}

void TestScmTolerance::missingNeededValuesFailNamingOperationAndField()
{
    QFETCH(QString, call);
    QFETCH(int, status);
    QFETCH(QByteArray, answer);
    QFETCH(QByteArray, location);
    QFETCH(QString, operation);
    QFETCH(QString, field);
    m_fixture->setHandler([=](const FixtureRequest &) {
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!location.isEmpty())
            headers.append({"Location", location});
        return HttpFixture::json(status, answer, headers);
    });
    ScmClient client(m_transport.get(), credentialsFor(m_fixture->baseUrl()));
    std::unique_ptr<ScmReply> reply;
    if (call == QLatin1String("listOrganizations"))
        reply.reset(client.listOrganizations());
    else if (call == QLatin1String("listDomains"))
        reply.reset(client.listDomains());
    else if (call == QLatin1String("findAdminByLogin"))
        reply.reset(client.findAdminByLogin(QStringLiteral("op")));
    else if (call == QLatin1String("listValidations"))
        reply.reset(client.listValidations(12));
    else if (call == QLatin1String("smimeProfiles"))
        reply.reset(client.smimeProfiles(0));
    else if (call == QLatin1String("createOrganization")) {
        ScmNewOrganization organization;
        organization.name = QStringLiteral("A");
        reply.reset(client.createOrganization(organization));
    } else if (call == QLatin1String("createDomain")) {
        ScmNewDomain domain;
        domain.name = QStringLiteral("example.org");
        reply.reset(client.createDomain(domain));
    }
    QVERIFY(reply);
    QVERIFY(waitFor(reply.get()));
    QVERIFY(!reply->ok());
    QCOMPARE(reply->error().kind(), ScmError::Kind::Protocol);
    const QString message = reply->error().message();
    QVERIFY2(message.contains(operation), qPrintable(message));
    QVERIFY2(message.contains(field), qPrintable(message));
}

void TestScmTolerance::absentOptionalValuesDoNotFail()
{
    // Lists whose items carry their ids and names but nothing else, ids as strings: all accepted.
    m_fixture->setHandler([](const FixtureRequest &request) {
        if (request.target.startsWith("/api/organization/v1"))
            return HttpFixture::json(200, R"([{"id":"12","name":"Example AG","departments":null}])");
        if (request.target.startsWith("/api/admin/v1"))
            return HttpFixture::json(200, R"([{"id":"3","login":"OP","email":null,"type":null}])");
        return HttpFixture::json(200, R"([{"id":5.0,"name":"example.org","delegations":null}])");
    });
    ScmClient client(m_transport.get(), credentialsFor(m_fixture->baseUrl()));
    std::unique_ptr<ScmReply> orgs(client.listOrganizations());
    std::unique_ptr<ScmReply> admin(client.findAdminByLogin(QStringLiteral("op")));
    std::unique_ptr<ScmReply> domains(client.listDomains());
    for (ScmReply *reply : {orgs.get(), admin.get(), domains.get()}) {
        QVERIFY(waitFor(reply));
        QVERIFY2(reply->ok(), qPrintable(reply->error().message()));
    }
    QCOMPARE(ScmOrganization::fromJson(orgs->array().first().toObject()).id, qint64(12));
    QCOMPARE(ScmAdmin::fromJson(admin->object()).id, qint64(3));
    QCOMPARE(ScmDomain::fromJson(domains->array().first().toObject()).id, qint64(5));
}

QTEST_GUILESS_MAIN(TestScmTolerance)
#include "tst_scm_tolerance.moc"
