// The one SEPPmail client set-up: the plan's gateway.api, token, secret and the extra CA
// certificates make the client and the managed-domains target; a self-signed appliance is reachable
// with its CA and refused without it.
#include "GatewayConnection.h"
#include "GatewayConnectorTarget.h"
#include "GatewaySimulator.h"
#include "SeppmailClient.h"

#include <QHostAddress>
#include <QTest>

#include <memory>
#include <optional>

namespace {
ConnectorConfig configFor(const QStringList &domains)
{
    ConnectorConfig config;
    config.customerUri = QStringLiteral("example");
    config.login = QStringLiteral("seppmail-mpki");
    config.organizationId = 1;
    config.profileId = 2;
    config.term = 365;
    config.managedDomains = domains;
    return config;
}
} // namespace

class TestGatewayConnection : public QObject
{
    Q_OBJECT

    std::unique_ptr<GatewaySimulator> m_simulator;

    Plan::GatewayApi api(const QString &customer = QStringLiteral("Contoso")) const
    {
        Plan::GatewayApi gatewayApi;
        gatewayApi.url = m_simulator->baseUrl().toString();
        gatewayApi.customer = customer;
        return gatewayApi;
    }

    GatewayApplyResult apply(GatewayConnection &connection, const QStringList &domains)
    {
        std::optional<GatewayApplyResult> result;
        connection.target()->apply(configFor(domains), this,
                                   [&](const GatewayApplyResult &answer) { result = answer; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000); }();
        return result.value_or(GatewayApplyResult());
    }

private slots:
    void initTestCase()
    {
        GatewaySimulatorOptions options;
        options.tls = true;
        options.managedDomains.insert(QStringLiteral("Contoso"), {QStringLiteral("contoso.com")});
        m_simulator = std::make_unique<GatewaySimulator>(options);
        QString error;
        QVERIFY2(m_simulator->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        QCOMPARE(m_simulator->baseUrl().scheme(), QStringLiteral("https"));
        QVERIFY(!m_simulator->caCertificate().isNull());
    }

    void cleanupTestCase() { m_simulator.reset(); }

    void selfSignedApplianceReachableWithItsCa()
    {
        GatewayConnection connection(api(), m_simulator->token(), m_simulator->secret(),
                                     {m_simulator->caCertificate()});
        QCOMPARE(connection.host(), m_simulator->baseUrl().host());
        QCOMPARE(connection.client()->options().extraCaCertificates,
                 QList<QSslCertificate>{m_simulator->caCertificate()});
        QVERIFY(connection.target()->description().contains(m_simulator->baseUrl().host()));
        const GatewayApplyResult result =
            apply(connection, {QStringLiteral("contoso.com"), QStringLiteral("mail.contoso.com")});
        QVERIFY2(result.status != GatewayApplyResult::Status::Failed, qPrintable(result.error.message));
        // The plan's customer is the one asked about.
        QCOMPARE(result.domainsPresent, QStringList{QStringLiteral("contoso.com")});
        QCOMPARE(result.domainsMissing, QStringList{QStringLiteral("mail.contoso.com")});
        QCOMPARE(result.status, GatewayApplyResult::Status::Incomplete);
    }

    void selfSignedApplianceRefusedWithoutItsCa()
    {
        GatewayConnection connection(api(), m_simulator->token(), m_simulator->secret());
        const GatewayApplyResult result = apply(connection, {QStringLiteral("contoso.com")});
        QCOMPARE(result.status, GatewayApplyResult::Status::Failed);
        QCOMPARE(result.error.kind, SeppmailError::Kind::Tls);
    }

    void tokenAndSecretAreUsed()
    {
        GatewayConnection connection(api(), m_simulator->token(), QStringLiteral("wrong-secret"),
                                     {m_simulator->caCertificate()});
        const GatewayApplyResult result = apply(connection, {QStringLiteral("contoso.com")});
        QCOMPARE(result.status, GatewayApplyResult::Status::Failed);
        QCOMPARE(result.error.kind, SeppmailError::Kind::Unauthorized);
    }
};

QTEST_GUILESS_MAIN(TestGatewayConnection)
#include "tst_engine_gateway_connection.moc"
