// The SEPPmail REST client and the managed-domains target against the gateway simulator.
#include "SeppmailClient.h"
#include "GatewaySimulator.h"
#include "SeppmailManagedDomainsTarget.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

namespace {
ConnectorConfig configFor(const QStringList &domains)
{
    ConnectorConfig config;
    config.customerUri = QStringLiteral("example");
    config.login = QStringLiteral("seppmail-mpki");
    config.password = QStringLiteral("not-used-here");
    config.organizationId = 1;
    config.profileId = 2;
    config.term = 365;
    config.managedDomains = domains;
    return config;
}

QStringList domainNames(const QJsonObject &managedDomains, const QString &customer)
{
    QStringList names;
    for (const QJsonValue &domain : managedDomains.value(customer).toArray())
        names << domain.toObject().value(QLatin1String("domainName")).toString();
    return names;
}
} // namespace

class SeppmailClientTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<GatewaySimulator> m_simulator;
    QList<QJsonObject> m_requests;

    std::unique_ptr<SeppmailClient> client(const QString &secret = QString())
    {
        SeppmailClientOptions options;
        options.baseUrl = m_simulator->baseUrl();
        options.token = m_simulator->token();
        options.secret = secret.isEmpty() ? m_simulator->secret() : secret;
        options.requestDeadlineMs = 10000;
        return std::make_unique<SeppmailClient>(options);
    }

    ManagedDomainCheck check(SeppmailClient &seppmail, const QString &customer, const QStringList &domains)
    {
        std::optional<ManagedDomainCheck> result;
        seppmail.checkManagedDomains(customer, domains, this,
                                     [&](const ManagedDomainCheck &answer) { result = answer; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000); }();
        return result.value_or(ManagedDomainCheck());
    }

    GatewayApplyResult apply(GatewayConnectorTarget &target, const ConnectorConfig &config)
    {
        std::optional<GatewayApplyResult> result;
        int calls = 0;
        target.apply(config, this, [&](const GatewayApplyResult &answer) {
            result = answer;
            ++calls;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000); }();
        QTest::qWait(50);
        if (calls != 1)
            qWarning("done ran %d times", calls);
        return result.value_or(GatewayApplyResult());
    }

private slots:
    void init()
    {
        GatewaySimulatorOptions options;
        options.managedDomains.insert(QStringLiteral("[default]"), {QStringLiteral("example.ch")});
        options.managedDomains.insert(QStringLiteral("Contoso"), {QStringLiteral("contoso.com")});
        m_simulator = std::make_unique<GatewaySimulator>(options);
        QString error;
        QVERIFY2(m_simulator->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        QVERIFY(m_simulator->baseUrl().toString().endsWith(QLatin1String("/v1")));
        QVERIFY(m_simulator->token().size() >= 16);
        QVERIFY(m_simulator->secret().size() >= 16);
        m_requests.clear();
        connect(m_simulator.get(), &GatewaySimulator::requestHandled, this,
                [this](const QJsonObject &line) { m_requests << line; });
    }

    void cleanup() { m_simulator.reset(); }

    void presentAndMissingDomains()
    {
        auto seppmail = client();
        const ManagedDomainCheck result =
            check(*seppmail, QStringLiteral("[default]"),
                  {QStringLiteral("Example.CH"), QStringLiteral("mail.example.ch")});
        QVERIFY2(!result.error.isError(), qPrintable(result.error.message));
        QCOMPARE(result.present, QStringList{QStringLiteral("Example.CH")});
        QCOMPARE(result.missing, QStringList{QStringLiteral("mail.example.ch")});
        QCOMPARE(result.all, QStringList{QStringLiteral("example.ch")});
        // The other customer's domain does not count for this customer.
        const ManagedDomainCheck contoso =
            check(*seppmail, QStringLiteral("Contoso"), {QStringLiteral("example.ch")});
        QCOMPARE(contoso.missing, QStringList{QStringLiteral("example.ch")});
        QCOMPARE(m_requests.last().value(QLatin1String("method")).toString(), QStringLiteral("GET"));
        QVERIFY(m_requests.last()
                    .value(QLatin1String("path"))
                    .toString()
                    .contains(QLatin1String("customer=Contoso")));
    }

    void wrongSecretIsAClearError()
    {
        auto seppmail = client(QStringLiteral("wrong-secret"));
        const ManagedDomainCheck result =
            check(*seppmail, QStringLiteral("[default]"), {QStringLiteral("example.ch")});
        QCOMPARE(result.error.kind, SeppmailError::Kind::Unauthorized);
        QVERIFY2(result.error.message.contains(QLatin1String("token or secret")),
                 qPrintable(result.error.message));
        QVERIFY(!result.error.message.contains(QLatin1String("wrong-secret")));
    }

    void apiErrorShowsErrorMessage()
    {
        m_simulator->failNextRequests(1, 4711, QStringLiteral("Database is locked"));
        auto seppmail = client();
        const ManagedDomainCheck result =
            check(*seppmail, QStringLiteral("[default]"), {QStringLiteral("example.ch")});
        QCOMPARE(result.error.kind, SeppmailError::Kind::Api);
        QCOMPARE(result.error.httpStatus, 500);
        QCOMPARE(result.error.errorCode, 4711);
        QCOMPARE(result.error.errorMessage, QStringLiteral("Database is locked"));
        QVERIFY(result.error.message.contains(QLatin1String("Database is locked")));
    }

    void unknownCustomerIsAnApiError()
    {
        auto seppmail = client();
        const ManagedDomainCheck result =
            check(*seppmail, QStringLiteral("Nobody"), {QStringLiteral("example.ch")});
        QCOMPARE(result.error.kind, SeppmailError::Kind::Api);
        QVERIFY(result.error.message.contains(QLatin1String("Nobody")));
    }

    void unreachableGatewayIsANetworkError()
    {
        SeppmailClientOptions options;
        options.baseUrl = m_simulator->baseUrl();
        m_simulator.reset(); // nothing listens there any more
        options.token = QStringLiteral("t");
        options.secret = QStringLiteral("s");
        SeppmailClient seppmail(options);
        const ManagedDomainCheck result =
            check(seppmail, QStringLiteral("[default]"), {QStringLiteral("example.ch")});
        QCOMPARE(result.error.kind, SeppmailError::Kind::Network);
    }

    void targetReportsPresentDomains()
    {
        auto seppmail = client();
        SeppmailManagedDomainsTarget target(seppmail.get(), {});
        const GatewayApplyResult result = apply(target, configFor({QStringLiteral("example.ch")}));
        QCOMPARE(result.status, GatewayApplyResult::Status::Done);
        QCOMPARE(result.domainsPresent, QStringList{QStringLiteral("example.ch")});
        QVERIFY(result.summary.contains(QLatin1String("example.ch")));
        QVERIFY(result.summary.contains(QLatin1String("anaged domain")));
        QVERIFY(!result.remaining.filter(QLatin1String("MPKI managed domains")).isEmpty());
        QCOMPARE(m_simulator->mutatingRequestCount(), 0);
    }

    void targetReportsMissingWithoutCreating()
    {
        auto seppmail = client();
        SeppmailManagedDomainsTarget target(seppmail.get(), {});
        const GatewayApplyResult result =
            apply(target, configFor({QStringLiteral("example.ch"), QStringLiteral("mail.example.ch")}));
        QCOMPARE(result.status, GatewayApplyResult::Status::Incomplete);
        QCOMPARE(result.domainsMissing, QStringList{QStringLiteral("mail.example.ch")});
        QVERIFY(result.summary.contains(QLatin1String("mail.example.ch")));
        QVERIFY(result.domainsCreated.isEmpty());
        QCOMPARE(m_simulator->mutatingRequestCount(), 0);
    }

    void createAllowedButNoRoutingDataCreatesNothing()
    {
        auto seppmail = client();
        SeppmailManagedDomainsOptions options;
        options.createMissing = true; // but no forwarding host
        SeppmailManagedDomainsTarget target(seppmail.get(), options);
        const GatewayApplyResult result = apply(target, configFor({QStringLiteral("mail.example.ch")}));
        QCOMPARE(result.status, GatewayApplyResult::Status::Incomplete);
        QVERIFY(!result.remaining.filter(QLatin1String("forwarding host")).isEmpty());
        QCOMPARE(m_simulator->mutatingRequestCount(), 0);
    }

    void createsMissingWhenAllowedAfterAnnouncing()
    {
        auto seppmail = client();
        SeppmailManagedDomainsOptions options;
        options.customer = QStringLiteral("Contoso");
        options.createMissing = true;
        options.forwardingHost = QStringLiteral("exchange.contoso.internal");
        options.forwardingPort = 2525;
        SeppmailManagedDomainsTarget target(seppmail.get(), options);
        QStringList announced;
        target.setConfirmation([&](const QStringList &changes, std::function<void(bool)> answer) {
            announced = changes;
            QCOMPARE(m_simulator->mutatingRequestCount(), 0); // nothing changed before the answer
            answer(true);
        });
        const GatewayApplyResult result =
            apply(target, configFor({QStringLiteral("contoso.com"), QStringLiteral("mail.contoso.com")}));
        QCOMPARE(result.status, GatewayApplyResult::Status::Done);
        QCOMPARE(announced.size(), 1);
        QVERIFY(announced.first().contains(QLatin1String("mail.contoso.com")));
        QVERIFY(announced.first().contains(QLatin1String("exchange.contoso.internal")));
        QCOMPARE(result.domainsCreated, QStringList{QStringLiteral("mail.contoso.com")});
        QVERIFY(result.domainsMissing.isEmpty());
        const QJsonObject domains = m_simulator->managedDomains();
        QVERIFY(domainNames(domains, QStringLiteral("Contoso")).contains(QStringLiteral("mail.contoso.com")));
        QVERIFY(
            !domainNames(domains, QStringLiteral("[default]")).contains(QStringLiteral("mail.contoso.com")));
        for (const QJsonValue &domain : domains.value(QLatin1String("Contoso")).toArray()) {
            if (domain.toObject().value(QLatin1String("domainName")).toString() !=
                QLatin1String("mail.contoso.com"))
                continue;
            const QJsonObject forwarding = domain.toObject().value(QLatin1String("forwarding")).toObject();
            QCOMPARE(forwarding.value(QLatin1String("host")).toString(),
                     QStringLiteral("exchange.contoso.internal"));
            QCOMPARE(forwarding.value(QLatin1String("port")).toInt(), 2525);
        }
        // The create, then the mail route to the customer.
        QStringList paths;
        for (const QJsonObject &request : m_requests)
            if (request.value(QLatin1String("method")).toString() == QLatin1String("POST"))
                paths << request.value(QLatin1String("path")).toString();
        QCOMPARE(paths.size(), 2);
        QVERIFY(paths.at(0).startsWith(QLatin1String("/v1/mailsystem/manageddomain?applyMailconfig=true")));
        QCOMPARE(paths.at(1), QStringLiteral("/v1/customer/Contoso/mailroute"));
    }

    void declinedChangesCreateNothing()
    {
        auto seppmail = client();
        SeppmailManagedDomainsOptions options;
        options.createMissing = true;
        options.forwardingHost = QStringLiteral("mx.internal");
        SeppmailManagedDomainsTarget target(seppmail.get(), options);
        target.setConfirmation([](const QStringList &, std::function<void(bool)> answer) { answer(false); });
        const GatewayApplyResult result = apply(target, configFor({QStringLiteral("mail.example.ch")}));
        QCOMPARE(result.status, GatewayApplyResult::Status::Declined);
        QCOMPARE(m_simulator->mutatingRequestCount(), 0);
    }

    void creationErrorIsReported()
    {
        auto seppmail = client();
        // The simulator refuses a domain name that is not one.
        std::optional<SeppmailError> result;
        ManagedDomainSpec spec;
        spec.domainName = QStringLiteral("not a domain");
        spec.forwardingHost = QStringLiteral("mx.internal");
        seppmail->createManagedDomain(QStringLiteral("[default]"), spec, false, this,
                                      [&](const SeppmailError &error) { result = error; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        QCOMPARE(result->kind, SeppmailError::Kind::Api);
        QVERIFY(result->message.contains(QLatin1String("domainName")));

        // Without routing data nothing is sent at all.
        result.reset();
        spec.domainName = QStringLiteral("new.example.ch");
        spec.forwardingHost.clear();
        const int before = m_requests.size();
        seppmail->createManagedDomain(QStringLiteral("[default]"), spec, false, this,
                                      [&](const SeppmailError &error) { result = error; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        QCOMPARE(result->kind, SeppmailError::Kind::BadInput);
        QCOMPARE(m_requests.size(), before);
    }

    void targetFailsOnWrongToken()
    {
        auto seppmail = client(QStringLiteral("wrong"));
        SeppmailManagedDomainsTarget target(seppmail.get(), {});
        const GatewayApplyResult result = apply(target, configFor({QStringLiteral("example.ch")}));
        QCOMPARE(result.status, GatewayApplyResult::Status::Failed);
        QCOMPARE(result.error.kind, SeppmailError::Kind::Unauthorized);
    }

    void simulatorServesTheOpenApiShapes()
    {
        auto seppmail = client();
        std::optional<QStringList> customers;
        seppmail->listCustomers(this, [&](const SeppmailError &error, const QStringList &names) {
            QVERIFY(!error.isError());
            customers = names;
        });
        QTRY_VERIFY_WITH_TIMEOUT(customers.has_value(), 10000);
        QVERIFY(customers->contains(QStringLiteral("[default]")));
        QVERIFY(customers->contains(QStringLiteral("Contoso")));
    }

    void tlsWithTheAppliancesCa()
    {
        GatewaySimulatorOptions options;
        options.tls = true;
        options.managedDomains.insert(QStringLiteral("[default]"), {QStringLiteral("example.ch")});
        GatewaySimulator tlsSimulator(options);
        QString error;
        QVERIFY2(tlsSimulator.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        QCOMPARE(tlsSimulator.baseUrl().scheme(), QStringLiteral("https"));
        QVERIFY(!tlsSimulator.caCertificate().isNull());

        SeppmailClientOptions clientOptions;
        clientOptions.baseUrl = tlsSimulator.baseUrl();
        clientOptions.token = tlsSimulator.token();
        clientOptions.secret = tlsSimulator.secret();
        {
            SeppmailClient untrusting(clientOptions);
            const ManagedDomainCheck result =
                check(untrusting, QStringLiteral("[default]"), {QStringLiteral("example.ch")});
            QCOMPARE(result.error.kind, SeppmailError::Kind::Tls);
            QVERIFY(result.error.message.contains(QLatin1String("CA certificate")));
        }
        clientOptions.extraCaCertificates = {tlsSimulator.caCertificate()};
        SeppmailClient trusting(clientOptions);
        const ManagedDomainCheck result =
            check(trusting, QStringLiteral("[default]"), {QStringLiteral("example.ch")});
        QVERIFY2(!result.error.isError(), qPrintable(result.error.message));
        QCOMPARE(result.present, QStringList{QStringLiteral("example.ch")});
    }

    void callbackNotRunAfterContextIsGone()
    {
        auto seppmail = client();
        bool ran = false;
        auto context = std::make_unique<QObject>();
        seppmail->listManagedDomains(QStringLiteral("[default]"), context.get(),
                                     [&](const SeppmailError &, const QStringList &) { ran = true; });
        context.reset();
        QSignalSpy handled(m_simulator.get(), &GatewaySimulator::requestHandled);
        QVERIFY(handled.wait(10000));
        QTest::qWait(100);
        QVERIFY(!ran);
    }
};

QTEST_GUILESS_MAIN(SeppmailClientTest)
#include "SeppmailClientTest.moc"
