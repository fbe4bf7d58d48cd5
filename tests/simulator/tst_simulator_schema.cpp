// The simulator's answers carry the field names and JSON types of Sectigo's OpenAPI description
// (the compact subset in scm-openapi-subset.json, written by make-openapi-subset.py).
#include "Clock.h"
#include "ScmSimulator.h"
#include "SimulatorTestClient.h"

#include <QFile>
#include <QtTest>

#include <cmath>
#include <memory>

class SimulatorSchemaTest : public QObject
{
    Q_OBJECT

    QJsonObject m_schemas;
    QJsonObject m_deviations;
    QStringList m_checked;

    QString jsonType(const QJsonValue &value) const
    {
        switch (value.type()) {
        case QJsonValue::Bool:
            return QStringLiteral("boolean");
        case QJsonValue::Double:
            return std::floor(value.toDouble()) == value.toDouble() ? QStringLiteral("integer")
                                                                    : QStringLiteral("number");
        case QJsonValue::String:
            return QStringLiteral("string");
        case QJsonValue::Array:
            return QStringLiteral("array");
        case QJsonValue::Object:
            return QStringLiteral("object");
        default:
            return QStringLiteral("null");
        }
    }

    // Every field of `object` is in `schema` with the same JSON type (recursively); returns the
    // problems found.
    QStringList conforms(const QJsonObject &object, const QString &schema, const QString &where) const
    {
        QStringList problems;
        if (!m_schemas.contains(schema))
            return {QStringLiteral("%1: no schema %2 in the subset").arg(where, schema)};
        const QJsonObject properties = m_schemas.value(schema)[QStringLiteral("properties")].toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QString field = where + QLatin1Char('.') + it.key();
            QJsonObject property = properties.value(it.key()).toObject();
            const QJsonObject deviation = m_deviations.value(schema + QLatin1Char('.') + it.key()).toObject();
            if (!deviation.isEmpty())
                property = deviation;
            if (property.isEmpty()) {
                problems << QStringLiteral("%1: not a field of %2").arg(field, schema);
                continue;
            }
            const QString expected = property[QStringLiteral("type")].toString();
            const QString actual = jsonType(it.value());
            if (expected == QLatin1String("any") || actual == QLatin1String("null"))
                continue;
            if (expected != actual &&
                !(expected == QLatin1String("number") && actual == QLatin1String("integer"))) {
                problems << QStringLiteral("%1: %2 where %3 expects %4").arg(field, actual, schema, expected);
                continue;
            }
            if (property.contains(QStringLiteral("ref")))
                problems +=
                    conforms(it.value().toObject(), property[QStringLiteral("ref")].toString(), field);
            const QString items = property[QStringLiteral("items")].toString();
            if (actual == QLatin1String("array") && !items.isEmpty()) {
                const QJsonArray array = it.value().toArray();
                for (int i = 0; i < array.size(); ++i) {
                    const QString itemWhere = QStringLiteral("%1[%2]").arg(field).arg(i);
                    if (m_schemas.contains(items))
                        problems += conforms(array.at(i).toObject(), items, itemWhere);
                    else if (jsonType(array.at(i)) != items &&
                             !(items == QLatin1String("number") &&
                               jsonType(array.at(i)) == QLatin1String("integer")))
                        problems << QStringLiteral("%1: %2 where %3 expected")
                                        .arg(itemWhere, jsonType(array.at(i)), items);
                }
            }
        }
        return problems;
    }

    void check(const QJsonValue &answer, const QString &schema, const QString &call,
               const QStringList &mustHave = {})
    {
        QVERIFY2(answer.isObject() || answer.isArray(), qPrintable(call + QStringLiteral(": no JSON")));
        const QJsonArray items = answer.isArray() ? answer.toArray() : QJsonArray{answer};
        QVERIFY2(!items.isEmpty(), qPrintable(call + QStringLiteral(": empty list, nothing to check")));
        for (const QJsonValue &item : items) {
            const QStringList problems = conforms(item.toObject(), schema, call);
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
            for (const QString &field : mustHave)
                QVERIFY2(item.toObject().contains(field),
                         qPrintable(QStringLiteral("%1: lacks %2").arg(call, field)));
        }
        m_checked << schema;
    }

private slots:
    void initTestCase()
    {
        QFile file(QStringLiteral(MPKI_SOURCE_DIR "/tests/simulator/scm-openapi-subset.json"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QJsonObject subset = QJsonDocument::fromJson(file.readAll()).object();
        m_schemas = subset.value(QStringLiteral("schemas")).toObject();
        m_deviations = subset.value(QStringLiteral("x-deviations")).toObject();
        QVERIFY(m_schemas.size() > 20);
    }

    void everyCoveredObjectMatchesTheOpenApiSubset()
    {
        ScaledClock clock(1000.0);
        ScmSimulatorOptions options;
        options.clock = &clock;
        options.tempPassword = ScmSimulatorOptions::TempPassword::ApiChange;
        ScmSimulator simulator(options);
        QString error;
        QVERIFY2(simulator.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        SimulatorTestClient client(simulator);

        const qint64 orgId = client.createOrganization(QStringLiteral("Example AG"));
        client.createOrganization(QStringLiteral("IT"), QStringLiteral("Example AG"));
        check(client.get(QStringLiteral("/api/organization/v1")).json,
              QStringLiteral("OrganizationBasicResp"), QStringLiteral("GET organization/v1"),
              {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("departments")});
        check(client.get(QStringLiteral("/api/organization/v1/%1").arg(orgId)).json,
              QStringLiteral("OrganizationResp"), QStringLiteral("GET organization/v1/{id}"),
              {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("clientCertsApiEnabled"),
               QStringLiteral("departments")});
        check(client
                  .put(QStringLiteral("/api/organization/v1/%1").arg(orgId),
                       QJsonObject{{QStringLiteral("clientCertsApiEnabled"), true}})
                  .json,
              QStringLiteral("OrganizationResp"), QStringLiteral("PUT organization/v1/{id}"));

        const QJsonArray backends = client.get(QStringLiteral("/api/ca-backend/v1")).array();
        check(
            backends, QStringLiteral("CaBackend"), QStringLiteral("GET ca-backend/v1"),
            {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("type"), QStringLiteral("public")});

        const Answer submitted = client.post(
            QStringLiteral("/api/organization/v2/%1/validations/submit").arg(orgId),
            QJsonObject{{QStringLiteral("validationLevel"), QStringLiteral("OV_SMIME")},
                        {QStringLiteral("backendId"), backends.at(0)[QStringLiteral("id")]},
                        {QStringLiteral("organizationDetails"),
                         QJsonObject{{QStringLiteral("generalDetails"),
                                      QJsonObject{{QStringLiteral("legalName"), QStringLiteral("Example AG")},
                                                  {QStringLiteral("country"), QStringLiteral("CH")},
                                                  {QStringLiteral("city"), QStringLiteral("Zurich")}}},
                                     {QStringLiteral("organizationIdentifier"),
                                      QStringLiteral("NTRCH-CHE-123.456.789")}}}});
        QCOMPARE(submitted.status, 201);
        const QString validation =
            QStringLiteral("/api/organization/v2/%1/validations/%2").arg(orgId).arg(submitted.locationId());
        check(client.get(QStringLiteral("/api/organization/v2/%1/validations").arg(orgId)).json,
              QStringLiteral("ValidationResponseItem"), QStringLiteral("GET validations"),
              {QStringLiteral("id"), QStringLiteral("status")});
        check(client.get(validation).json, QStringLiteral("ValidationDetailsResponseV2"),
              QStringLiteral("GET validations/{id}"),
              {QStringLiteral("validationLevel"), QStringLiteral("status"), QStringLiteral("backendId")});
        QTRY_COMPARE(client.get(validation).object()[QStringLiteral("status")].toString(),
                     QStringLiteral("VALIDATED"));
        check(client.post(validation + QStringLiteral("/sync"), QJsonObject{}).json,
              QStringLiteral("ValidationDetailsResponseV2"), QStringLiteral("POST validations/{id}/sync"),
              {QStringLiteral("expires")});

        const QJsonArray smime{QJsonObject{
            {QStringLiteral("orgId"), orgId},
            {QStringLiteral("certTypes"), QJsonArray{QStringLiteral("SMIME")}},
            {QStringLiteral("domainCertificateRequestPrivileges"), QJsonArray{QStringLiteral("DOMAIN")}}}};
        const qint64 domainId =
            client
                .post(QStringLiteral("/api/domain/v1"),
                      QJsonObject{{QStringLiteral("name"), QStringLiteral("mail.example.ch")},
                                  {QStringLiteral("delegations"), smime}})
                .locationId();
        check(client.get(QStringLiteral("/api/domain/v1?size=10")).json, QStringLiteral("DomainIdentity"),
              QStringLiteral("GET domain/v1"), {QStringLiteral("id"), QStringLiteral("name")});
        auto dcv = [&](const QString &path, const QJsonObject &body) {
            return client.post(QStringLiteral("/api/dcv/") + path, body).json;
        };
        const QJsonObject domain{{QStringLiteral("domain"), QStringLiteral("example.ch")}};
        check(dcv(QStringLiteral("v2/validation/status"), domain), QStringLiteral("DcvStatusResponseV2"),
              QStringLiteral("POST dcv/v2/validation/status"),
              {QStringLiteral("status"), QStringLiteral("orderStatus")});
        check(dcv(QStringLiteral("v1/validation/start/domain/http"), domain),
              QStringLiteral("DomainHttpResponse"), QStringLiteral("start http"),
              {QStringLiteral("url"), QStringLiteral("firstLine"), QStringLiteral("secondLine")});
        check(dcv(QStringLiteral("v1/validation/start/domain/email"), domain),
              QStringLiteral("DomainEmailResponse"), QStringLiteral("start email"),
              {QStringLiteral("emails")});
        check(dcv(QStringLiteral("v1/validation/submit/domain/email"),
                  QJsonObject{{QStringLiteral("domain"), QStringLiteral("example.ch")},
                              {QStringLiteral("email"), QStringLiteral("admin@example.ch")}}),
              QStringLiteral("SubmitDomainResponse"), QStringLiteral("submit email"),
              {QStringLiteral("orderStatus")});
        check(dcv(QStringLiteral("v1/validation/submit/domain/txt"), domain),
              QStringLiteral("SubmitTxtDomainResponse"), QStringLiteral("submit txt"),
              {QStringLiteral("host"), QStringLiteral("point")});
        check(dcv(QStringLiteral("v1/validation/start/domain/cname"), domain),
              QStringLiteral("DomainCnameResponse"), QStringLiteral("start cname"),
              {QStringLiteral("host"), QStringLiteral("point")});
        check(dcv(QStringLiteral("v1/validation/submit/domain/cname"), domain),
              QStringLiteral("SubmitDomainResponse"), QStringLiteral("submit cname"),
              {QStringLiteral("status"), QStringLiteral("orderStatus"), QStringLiteral("message")});
        check(dcv(QStringLiteral("v2/validation/status"), domain), QStringLiteral("DcvStatusResponseV2"),
              QStringLiteral("POST dcv/v2/validation/status (submitted)"));
        QTRY_COMPARE(dcv(QStringLiteral("v2/validation/status"), domain)
                         .toObject()[QStringLiteral("status")]
                         .toString(),
                     QStringLiteral("VALIDATED"));
        check(dcv(QStringLiteral("v2/validation/status"), domain), QStringLiteral("DcvStatusResponseV2"),
              QStringLiteral("POST dcv/v2/validation/status (validated)"),
              {QStringLiteral("validationDate"), QStringLiteral("expirationDate")});
        check(dcv(QStringLiteral("v1/validation/status"), domain), QStringLiteral("DcvStatusResponse"),
              QStringLiteral("POST dcv/v1/validation/status"), {QStringLiteral("status")});
        check(client.get(QStringLiteral("/api/dcv/v1/validation?size=10")).json,
              QStringLiteral("DcvSearchResult"), QStringLiteral("GET dcv/v1/validation"),
              {QStringLiteral("domain"), QStringLiteral("dcvStatus")});
        check(client.get(QStringLiteral("/api/domain/v1/%1").arg(domainId)).json,
              QStringLiteral("DomainInfo"), QStringLiteral("GET domain/v1/{id}"),
              {QStringLiteral("delegationStatus"), QStringLiteral("validationStatus"),
               QStringLiteral("delegations"), QStringLiteral("dcvValidation")});

        const Answer admin =
            client.post(QStringLiteral("/api/admin/v1"),
                        SimulatorTestClient::adminBody(
                            QStringLiteral("operator"), QStringLiteral("Temporary-1234"),
                            QStringLiteral("RAO_SMIME"), orgId, {QStringLiteral("clientCertRequest")}));
        QCOMPARE(admin.status, 201);
        check(client.get(QStringLiteral("/api/admin/v1?login=operator")).json,
              QStringLiteral("ClientAdminIdentity"), QStringLiteral("GET admin/v1"),
              {QStringLiteral("id"), QStringLiteral("login"), QStringLiteral("type")});
        check(client.get(QStringLiteral("/api/admin/v1/%1").arg(admin.locationId())).json,
              QStringLiteral("ClientAdminDetailsResponse"), QStringLiteral("GET admin/v1/{id}"),
              {QStringLiteral("type"), QStringLiteral("reseted"), QStringLiteral("credentials"),
               QStringLiteral("privileges"), QStringLiteral("passwordState"),
               QStringLiteral("passwordExpiryDate"), QStringLiteral("lastPasswordChange")});
        check(client.get(QStringLiteral("/api/admin/v1/password")).json,
              QStringLiteral("ClientAdminStatusResponse"), QStringLiteral("GET admin/v1/password"),
              {QStringLiteral("expirationDate"), QStringLiteral("state")});
        check(client.get(QStringLiteral("/api/admin/v1/privileges?role=RAO_SMIME")).json,
              QStringLiteral("PrivilegeDescription"), QStringLiteral("GET admin/v1/privileges"),
              {QStringLiteral("name"), QStringLiteral("description")});
        const QJsonArray roles = client.get(QStringLiteral("/api/admin/v1/roles")).array();
        for (const QJsonValue &role : roles)
            QVERIFY(role.isString());

        check(client.get(QStringLiteral("/api/smime/v1/types?organizationId=%1").arg(orgId)).json,
              QStringLiteral("ApiCertType"), QStringLiteral("GET smime/v1/types"),
              {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("terms")});
        check(client.get(QStringLiteral("/api/customField/v2?certType=SMIME")).json,
              QStringLiteral("ApiCustomFieldV2"), QStringLiteral("GET customField/v2"),
              {QStringLiteral("name"), QStringLiteral("mandatories")});
        check(client.get(QStringLiteral("/api/smime/v1/customFields")).json, QStringLiteral("ApiCustomField"),
              QStringLiteral("GET smime/v1/customFields"),
              {QStringLiteral("name"), QStringLiteral("mandatory")});
        check(client.get(QStringLiteral("/api/organization/v1/1")).json, QStringLiteral("ErrorResponse"),
              QStringLiteral("404 error"), {QStringLiteral("code"), QStringLiteral("description")});
        check(
            client.get(QStringLiteral("/api/organization/v1"), QStringLiteral("x"), QStringLiteral("y")).json,
            QStringLiteral("ErrorResponse"), QStringLiteral("401 error"),
            {QStringLiteral("code"), QStringLiteral("description")});
    }

    void theCheckItselfCatchesWrongTypes()
    {
        QVERIFY(!conforms(QJsonObject{{QStringLiteral("id"), QStringLiteral("12")}},
                          QStringLiteral("DomainIdentity"), QStringLiteral("t"))
                     .isEmpty());
        QVERIFY(!conforms(QJsonObject{{QStringLiteral("unknownField"), 1}}, QStringLiteral("DomainIdentity"),
                          QStringLiteral("t"))
                     .isEmpty());
        QVERIFY(
            !conforms(QJsonObject{{QStringLiteral("delegations"),
                                   QJsonArray{QJsonObject{{QStringLiteral("orgId"), QStringLiteral("x")}}}}},
                      QStringLiteral("DomainInfo"), QStringLiteral("t"))
                 .isEmpty());
        QVERIFY(conforms(
                    QJsonObject{{QStringLiteral("id"), 12}, {QStringLiteral("name"), QStringLiteral("a.ch")}},
                    QStringLiteral("DomainIdentity"), QStringLiteral("t"))
                    .isEmpty());
    }
};

QTEST_GUILESS_MAIN(SimulatorSchemaTest)
#include "tst_simulator_schema.moc"
