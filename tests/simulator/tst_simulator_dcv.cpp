// The simulator's DCV and validation list as a real SCM answers them: the e-mail addresses offered
// (webmaster@ first, WHOIS and DNS TXT contacts, Sectigo's pseudo-addresses), --dcv-outcome REJECTED
// with a new record on the next start, and --schema-version 25.9's validation list items.
#include "Clock.h"
#include "ScmSimulator.h"
#include "SimulatorTestClient.h"

#include <QtTest>

#include <memory>

namespace {
std::unique_ptr<ScmSimulator> start(const ScmSimulatorOptions &options)
{
    auto simulator = std::make_unique<ScmSimulator>(options);
    QString error;
    if (!simulator->listen(QHostAddress::LocalHost, 0, &error))
        qFatal("simulator did not start: %s", qPrintable(error));
    return simulator;
}

void addDomain(SimulatorTestClient &client, qint64 orgId, const QString &name)
{
    const QJsonArray smime{QJsonObject{{QStringLiteral("orgId"), orgId},
                                       {QStringLiteral("certTypes"), QJsonArray{QStringLiteral("SMIME")}}}};
    QCOMPARE(client
                 .post(QStringLiteral("/api/domain/v1"),
                       QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("delegations"), smime}})
                 .status,
             201);
}

QStringList strings(const QJsonValue &value)
{
    return value.toVariant().toStringList();
}
} // namespace

class SimulatorDcvTest : public QObject
{
    Q_OBJECT

private slots:
    void emailAddressesOffered()
    {
        auto simulator = start(ScmSimulatorOptions());
        SimulatorTestClient client(*simulator);
        addDomain(client, client.createOrganization(QStringLiteral("Example AG")),
                  QStringLiteral("example.ch"));
        const QJsonObject offer =
            client
                .post(QStringLiteral("/api/dcv/v2/validation/start/domain/email"),
                      QJsonObject{{QStringLiteral("domain"), QStringLiteral("example.ch")}})
                .object();
        const QStringList emails = strings(offer.value(QStringLiteral("emails")));
        QCOMPARE(emails.value(0), QStringLiteral("webmaster@example.ch"));
        for (const char *local : {"admin", "administrator", "hostmaster", "postmaster"})
            QVERIFY(emails.contains(QString::fromLatin1(local) + QStringLiteral("@example.ch")));
        const QJsonObject sources = offer.value(QStringLiteral("dcvEmails")).toArray().at(0).toObject();
        QCOMPARE(sources.value(QStringLiteral("domainName")).toString(), QStringLiteral("example.ch"));
        QCOMPARE(strings(sources.value(QStringLiteral("whoisEmails"))),
                 QStringList{QStringLiteral("domain.admin@sectigo.com")});
        QCOMPARE(strings(sources.value(QStringLiteral("dnsTxtEmails"))),
                 QStringList{QStringLiteral("dns.txt@sectigo.com")});
        QVERIFY(emails.contains(QStringLiteral("dns.txt@sectigo.com")));
        // Every offered address may be submitted; others are refused.
        const Answer submitted =
            client.post(QStringLiteral("/api/dcv/v2/validation/submit/domain/email"),
                        QJsonObject{{QStringLiteral("domain"), QStringLiteral("example.ch")},
                                    {QStringLiteral("email"), QStringLiteral("postmaster@example.ch")}});
        QCOMPARE(submitted.status, 200);
    }

    void rejectedOrderAndNewRecord()
    {
        ScaledClock clock(100.0);
        ScmSimulatorOptions options;
        options.clock = &clock;
        options.dcvDelaySeconds = 30;
        options.dcvOutcome = QStringLiteral("REJECTED");
        auto simulator = start(options);
        SimulatorTestClient client(*simulator);
        addDomain(client, client.createOrganization(QStringLiteral("Example AG")),
                  QStringLiteral("example.ch"));
        auto dcv = [&](const QString &path) {
            return client.post(QStringLiteral("/api/dcv/") + path,
                               QJsonObject{{QStringLiteral("domain"), QStringLiteral("example.ch")}});
        };
        const QJsonObject first = dcv(QStringLiteral("v2/validation/start/domain/cname")).object();
        QCOMPARE(dcv(QStringLiteral("v2/validation/submit/domain/cname")).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(dcv(QStringLiteral("v2/validation/status"))
                                      .object()
                                      .value(QStringLiteral("orderStatus"))
                                      .toString(),
                                  QStringLiteral("REJECTED"), 5000);
        QCOMPARE(
            dcv(QStringLiteral("v2/validation/status")).object().value(QStringLiteral("status")).toString(),
            QStringLiteral("NOT_VALIDATED"));
        const QJsonObject second = dcv(QStringLiteral("v2/validation/start/domain/cname")).object();
        QVERIFY(!second.value(QStringLiteral("host")).toString().isEmpty());
        QVERIFY(second.value(QStringLiteral("host")) != first.value(QStringLiteral("host")));
        QVERIFY(second.value(QStringLiteral("point")) != first.value(QStringLiteral("point")));
        QCOMPARE(dcv(QStringLiteral("v2/validation/status")).object().value(QStringLiteral("host")),
                 second.value(QStringLiteral("host")));

        // Decided otherwise from now on: the next order is validated.
        simulator->setDcvOutcome(QStringLiteral("VALIDATED"));
        QCOMPARE(dcv(QStringLiteral("v2/validation/submit/domain/cname")).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(
            dcv(QStringLiteral("v2/validation/status")).object().value(QStringLiteral("status")).toString(),
            QStringLiteral("VALIDATED"), 5000);
    }

    void validationListShapes_data()
    {
        QTest::addColumn<QString>("schemaVersion");
        QTest::newRow("25.5") << QStringLiteral("25.5");
        QTest::newRow("25.9") << QStringLiteral("25.9");
    }

    void validationListShapes()
    {
        QFETCH(QString, schemaVersion);
        ScmSimulatorOptions options;
        options.schemaVersion = schemaVersion;
        auto simulator = start(options);
        SimulatorTestClient client(*simulator);
        const qint64 orgId = client.createOrganization(QStringLiteral("Example AG"));
        const qint64 backendId =
            client.get(QStringLiteral("/api/ca-backend/v1")).array().at(0)[QStringLiteral("id")].toInteger();
        const QJsonObject submit{
            {QStringLiteral("validationLevel"), QStringLiteral("OV_SMIME")},
            {QStringLiteral("backendId"), backendId},
            {QStringLiteral("organizationDetails"),
             QJsonObject{
                 {QStringLiteral("generalDetails"),
                  QJsonObject{{QStringLiteral("legalName"), QStringLiteral("Example AG")},
                              {QStringLiteral("country"), QStringLiteral("CH")}}},
                 {QStringLiteral("organizationIdentifier"), QStringLiteral("NTRCH-CHE-123.456.789")}}}};
        QCOMPARE(client.post(QStringLiteral("/api/organization/v2/%1/validations/submit").arg(orgId), submit)
                     .status,
                 201);
        const QJsonObject item = client.get(QStringLiteral("/api/organization/v2/%1/validations").arg(orgId))
                                     .array()
                                     .at(0)
                                     .toObject();
        QCOMPARE(item.value(QStringLiteral("type")).toString(), QStringLiteral("OV"));
        if (schemaVersion == QLatin1String("25.9")) {
            QVERIFY(!item.contains(QStringLiteral("validationLevel")));
            QCOMPARE(strings(item.value(QStringLiteral("permittedCertTypes"))),
                     QStringList{QStringLiteral("SMIME")});
        } else {
            QCOMPARE(item.value(QStringLiteral("validationLevel")).toString(), QStringLiteral("OV_SMIME"));
        }
    }
};

QTEST_GUILESS_MAIN(SimulatorDcvTest)
#include "tst_simulator_dcv.moc"
