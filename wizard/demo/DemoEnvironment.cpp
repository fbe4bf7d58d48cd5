#include "DemoEnvironment.h"

#include "Clock.h"
#include "GatewaySimulator.h"
#include "ManualPasswordChange.h"
#include "MemorySecretStore.h"
#include "Plan.h"
#include "Runner.h"
#include "ScmSimulator.h"
#include "SeppmailClient.h"
#include "SeppmailManagedDomainsTarget.h"
#include "SimulatedPerson.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDemo, "mpki.demo", QtWarningMsg)

class DemoEnvironment::Private
{
public:
    DemoOptions options;
    std::unique_ptr<ScmSimulator> scm;
    std::unique_ptr<GatewaySimulator> gateway;
    std::unique_ptr<MemorySecretStore> secrets = std::make_unique<MemorySecretStore>();
    std::unique_ptr<SeppmailClient> seppmail;
    std::unique_ptr<SeppmailManagedDomainsTarget> target;
    QString gatewayCustomer = QStringLiteral("[default]");
};

DemoEnvironment::DemoEnvironment(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{}

DemoEnvironment::~DemoEnvironment()
{
    // The target refers to the client: drop it first.
    d->target.reset();
    d->seppmail.reset();
}

void DemoEnvironment::setOptions(const DemoOptions &options)
{
    d->options = options;
}

const DemoOptions &DemoEnvironment::options() const
{
    return d->options;
}

bool DemoEnvironment::start(const Plan &plan, QString *error)
{
    ScmSimulatorOptions scmOptions; // the defaults: temporary password refused over the API, ...
    scmOptions.customerUri = plan.scm.customerUri.isEmpty() ? scmOptions.customerUri : plan.scm.customerUri;
    scmOptions.adminLogin = plan.scm.login.isEmpty() ? scmOptions.adminLogin : plan.scm.login;
    scmOptions.dialect = plan.scm.dialect.compare(QLatin1String("legacy"), Qt::CaseInsensitive) == 0
                             ? ScmSimulatorOptions::Dialect::Legacy
                             : ScmSimulatorOptions::Dialect::Current;
    scmOptions.validationDelaySeconds = d->options.validationDelaySeconds;
    scmOptions.dcvDelaySeconds = d->options.dcvDelaySeconds;
    scmOptions.requestLogPath = d->options.requestLogPath;
    scmOptions.clock = d->options.clock;
    d->scm = std::make_unique<ScmSimulator>(scmOptions);
    if (!d->scm->listen(QHostAddress::LocalHost, 0, error))
        return false;

    GatewaySimulatorOptions gatewayOptions;
    if (plan.gateway.api && !plan.gateway.api->customer.isEmpty())
        d->gatewayCustomer = plan.gateway.api->customer;
    QStringList domains;
    for (const Plan::Domain &domain : plan.domains)
        domains << domain.asciiName();
    gatewayOptions.managedDomains.insert(d->gatewayCustomer, domains);
    d->gateway = std::make_unique<GatewaySimulator>(gatewayOptions);
    if (!d->gateway->listen(QHostAddress::LocalHost, 0, error))
        return false;

    SeppmailClientOptions clientOptions;
    clientOptions.baseUrl = d->gateway->baseUrl();
    clientOptions.token = d->gateway->token();
    clientOptions.secret = d->gateway->secret();
    d->seppmail = std::make_unique<SeppmailClient>(clientOptions);
    SeppmailManagedDomainsOptions targetOptions;
    targetOptions.customer = d->gatewayCustomer;
    targetOptions.createMissing = false;
    d->target = std::make_unique<SeppmailManagedDomainsTarget>(d->seppmail.get(), targetOptions);
    qCInfo(lcDemo) << "demo SCM at" << d->scm->baseUrl() << "gateway at" << d->gateway->baseUrl();
    return true;
}

bool DemoEnvironment::isStarted() const
{
    return d->scm && d->gateway;
}

Plan DemoEnvironment::rewritePlan(const Plan &plan) const
{
    Plan rewritten = plan;
    if (!isStarted())
        return rewritten;
    rewritten.scm.baseUrl = d->scm->baseUrl().toString();
    rewritten.scm.customerUri = d->scm->customerUri();
    rewritten.scm.login = d->scm->adminLogin();
    Plan::GatewayApi api = plan.gateway.api.value_or(Plan::GatewayApi());
    api.url = d->gateway->baseUrl().toString();
    api.customer = d->gatewayCustomer;
    rewritten.gateway.api = api;
    return rewritten;
}

QString DemoEnvironment::adminPassword() const
{
    return d->scm ? d->scm->adminPassword() : QString();
}

SecretStore *DemoEnvironment::secretStore() const
{
    return d->secrets.get();
}

GatewayConnectorTarget *DemoEnvironment::gatewayTarget() const
{
    return d->target.get();
}

ScmSimulator *DemoEnvironment::scmSimulator() const
{
    return d->scm.get();
}

GatewaySimulator *DemoEnvironment::gatewaySimulator() const
{
    return d->gateway.get();
}

QUrl DemoEnvironment::scmBaseUrl() const
{
    return d->scm ? d->scm->baseUrl() : QUrl();
}

QUrl DemoEnvironment::gatewayUrl() const
{
    return d->gateway ? d->gateway->baseUrl() : QUrl();
}

void DemoEnvironment::attach(Runner *runner)
{
    runner->setAdminPassword(adminPassword());
    runner->setSecretStore(secretStore());
    runner->setGatewayTarget(gatewayTarget());
    if (d->options.clock)
        runner->setClock(d->options.clock);
    connect(runner, &Runner::manualPasswordChangeRequired, this, &DemoEnvironment::playPerson);
}

void DemoEnvironment::playPerson(const ManualPasswordChange &change)
{
    emit personActed(
        tr("Demo: playing the person — logging in at %1 as %2 with the temporary password and setting "
           "the new password the wizard generated.")
            .arg(change.url.toString(), change.login));
    auto *person = new SimulatedPerson(this);
    if (d->scm && !d->scm->caCertificate().isNull())
        person->setCaCertificates({d->scm->caCertificate()});
    connect(person, &SimulatedPerson::finished, this, [this, person](bool ok, const QString &message) {
        person->deleteLater();
        const QString text =
            ok ? tr("Demo: the person changed the operator's password at the web page.")
               : tr("Demo: the simulated person could not change the password: %1").arg(message);
        emit personActed(text);
        emit personFinished(ok, text);
    });
    person->changePassword(change.url, change.login, change.temporaryPassword, change.newPassword);
}
