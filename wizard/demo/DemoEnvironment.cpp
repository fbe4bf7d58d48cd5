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
#include "SimulatorProcess.h"

#include <QEventLoop>
#include <QJsonObject>

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSslCertificate>

Q_LOGGING_CATEGORY(lcDemo, "mpki.demo", QtWarningMsg)

namespace {
// Where the simulators listen and what the simulated account is: read from the simulators in this
// process, or from the first line their child process printed.
struct SimulatedWorld
{
    QUrl scmBaseUrl;
    QString customerUri;
    QString adminLogin;
    QString adminPassword;
    QByteArray caCertificatePem; // empty without TLS (the demo's case)
    QUrl gatewayUrl;
    QString gatewayToken;
    QString gatewaySecret;
};
} // namespace

class DemoEnvironment::Private
{
public:
    bool startInProcess(const ScmSimulatorOptions &scmOptions, const GatewaySimulatorOptions &gatewayOptions,
                        QString *error);
    QStringList childArguments(const ScmSimulatorOptions &scmOptions,
                               const QStringList &gatewayDomains) const;
    bool adoptChild(const QJsonObject &info, QString *error);
    // After either start: the gateway client the connector step talks to.
    void finishStart(bool child);
    // What start() needs for `plan`: the SCM simulator's options and the gateway's domains.
    ScmSimulatorOptions scmOptionsFor(const Plan &plan, QStringList *domains);

    DemoOptions options;
    SimulatedWorld world;
    bool started = false;
    std::unique_ptr<ScmSimulator> scm;
    std::unique_ptr<GatewaySimulator> gateway;
    std::unique_ptr<SimulatorProcess> process;
    std::unique_ptr<MemorySecretStore> secrets = std::make_unique<MemorySecretStore>();
    std::unique_ptr<SeppmailClient> seppmail;
    std::unique_ptr<SeppmailManagedDomainsTarget> target;
    QString gatewayCustomer = QStringLiteral("[default]");
};

bool DemoEnvironment::Private::startInProcess(const ScmSimulatorOptions &scmOptions,
                                              const GatewaySimulatorOptions &gatewayOptions, QString *error)
{
    scm = std::make_unique<ScmSimulator>(scmOptions);
    if (!scm->listen(QHostAddress::LocalHost, 0, error))
        return false;
    gateway = std::make_unique<GatewaySimulator>(gatewayOptions);
    if (!gateway->listen(QHostAddress::LocalHost, 0, error))
        return false;
    world.scmBaseUrl = scm->baseUrl();
    world.customerUri = scm->customerUri();
    world.adminLogin = scm->adminLogin();
    world.adminPassword = scm->adminPassword();
    if (scmOptions.tls)
        world.caCertificatePem = scm->caCertificate().toPem();
    world.gatewayUrl = gateway->baseUrl();
    world.gatewayToken = gateway->token();
    world.gatewaySecret = gateway->secret();
    return true;
}

QStringList DemoEnvironment::Private::childArguments(const ScmSimulatorOptions &scmOptions,
                                                     const QStringList &gatewayDomains) const
{
    QStringList arguments{
        QStringLiteral("--customer-uri"),
        scmOptions.customerUri,
        QStringLiteral("--login"),
        scmOptions.adminLogin,
        QStringLiteral("--dialect"),
        scmOptions.dialect == ScmSimulatorOptions::Dialect::Legacy ? QStringLiteral("legacy")
                                                                   : QStringLiteral("current"),
        QStringLiteral("--validation-delay"),
        QString::number(scmOptions.validationDelaySeconds),
        QStringLiteral("--dcv-delay"),
        QString::number(scmOptions.dcvDelaySeconds),
        QStringLiteral("--gateway-port"),
        QStringLiteral("0"),
        QStringLiteral("--gateway-customer"),
        gatewayCustomer,
        QStringLiteral("--gateway-domains"),
        gatewayDomains.join(QLatin1Char(',')),
    };
    if (!scmOptions.requestLogPath.isEmpty())
        arguments << QStringLiteral("--request-log") << scmOptions.requestLogPath;
    return arguments;
}

bool DemoEnvironment::Private::adoptChild(const QJsonObject &info, QString *error)
{
    const auto text = [&info](const char *key) { return info.value(QLatin1String(key)).toString(); };
    world.scmBaseUrl = QUrl(text("baseUrl"));
    world.customerUri = text("customerUri");
    world.adminLogin = text("login");
    world.adminPassword = text("password");
    world.caCertificatePem = text("caCertificate").toLatin1();
    world.gatewayUrl = QUrl(text("gatewayUrl"));
    world.gatewayToken = text("gatewayToken");
    world.gatewaySecret = text("gatewaySecret");
    if (!world.scmBaseUrl.isValid() || world.adminPassword.isEmpty() || !world.gatewayUrl.isValid()) {
        *error = DemoEnvironment::tr("The simulators' process did not give its addresses and the admin's "
                                     "password.");
        process.release()->deleteLater(); // ends it (not inside its own signal): nothing will talk to it
        return false;
    }
    return true;
}

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

ScmSimulatorOptions DemoEnvironment::Private::scmOptionsFor(const Plan &plan, QStringList *domains)
{
    ScmSimulatorOptions scmOptions; // the defaults: temporary password refused over the API, ...
    scmOptions.customerUri = plan.scm.customerUri.isEmpty() ? scmOptions.customerUri : plan.scm.customerUri;
    scmOptions.adminLogin = plan.scm.login.isEmpty() ? scmOptions.adminLogin : plan.scm.login;
    scmOptions.dialect = plan.scm.dialect.compare(QLatin1String("legacy"), Qt::CaseInsensitive) == 0
                             ? ScmSimulatorOptions::Dialect::Legacy
                             : ScmSimulatorOptions::Dialect::Current;
    scmOptions.validationDelaySeconds = options.validationDelaySeconds;
    scmOptions.dcvDelaySeconds = options.dcvDelaySeconds;
    scmOptions.requestLogPath = options.requestLogPath;
    scmOptions.clock = options.clock;
    if (plan.gateway.api && !plan.gateway.api->customer.isEmpty())
        gatewayCustomer = plan.gateway.api->customer;
    for (const Plan::Domain &domain : plan.domains)
        *domains << domain.asciiName();
    return scmOptions;
}

void DemoEnvironment::Private::finishStart(bool child)
{
    started = true;
    SeppmailClientOptions clientOptions;
    clientOptions.baseUrl = world.gatewayUrl;
    clientOptions.token = world.gatewayToken;
    clientOptions.secret = world.gatewaySecret;
    seppmail = std::make_unique<SeppmailClient>(clientOptions);
    SeppmailManagedDomainsOptions targetOptions;
    targetOptions.customer = gatewayCustomer;
    targetOptions.createMissing = false;
    target = std::make_unique<SeppmailManagedDomainsTarget>(seppmail.get(), targetOptions);
    qCInfo(lcDemo) << "demo SCM at" << world.scmBaseUrl << "gateway at" << world.gatewayUrl
                   << (child ? "(child process)" : "(in this process)");
}

bool DemoEnvironment::runsInChildProcess() const
{
    // A clock of the caller's (a scaled demo) can only drive simulators in this process.
    return !d->options.simulatorProgram.isEmpty() && !d->options.clock;
}

void DemoEnvironment::startInBackground(const Plan &plan)
{
    QStringList domains;
    const ScmSimulatorOptions scmOptions = d->scmOptionsFor(plan, &domains);
    if (!runsInChildProcess()) {
        GatewaySimulatorOptions gatewayOptions;
        gatewayOptions.managedDomains.insert(d->gatewayCustomer, domains);
        QString error;
        const bool ok = d->startInProcess(scmOptions, gatewayOptions, &error);
        if (ok)
            d->finishStart(false);
        QMetaObject::invokeMethod(
            this, [this, ok, error] { emit startFinished(ok, error); }, Qt::QueuedConnection);
        return;
    }
    d->process = std::make_unique<SimulatorProcess>();
    connect(d->process.get(), &SimulatorProcess::started, this, [this](const QJsonObject &info) {
        QString error;
        if (!d->adoptChild(info, &error)) {
            emit startFinished(false, error);
            return;
        }
        connect(d->process.get(), &SimulatorProcess::ended, this, &DemoEnvironment::simulatorsLost);
        d->finishStart(true);
        emit startFinished(true, QString());
    });
    connect(d->process.get(), &SimulatorProcess::failed, this,
            [this](const QString &message) { emit startFinished(false, message); });
    d->process->start(d->options.simulatorProgram, d->childArguments(scmOptions, domains));
}

bool DemoEnvironment::start(const Plan &plan, QString *error)
{
    // For the command line and tests, where waiting is what the caller wants; the wizard uses
    // startInBackground() and never waits on its GUI thread.
    bool ok = false;
    QEventLoop loop;
    connect(this, &DemoEnvironment::startFinished, &loop, [&](bool started, const QString &message) {
        ok = started;
        if (error)
            *error = message;
        loop.quit();
    });
    startInBackground(plan);
    loop.exec();
    // A child that failed is gone when this returns (outside its signals, so it can go now).
    if (!ok)
        d->process.reset();
    return ok;
}

bool DemoEnvironment::isStarted() const
{
    return d->started;
}

Plan DemoEnvironment::rewritePlan(const Plan &plan) const
{
    Plan rewritten = plan;
    if (!isStarted())
        return rewritten;
    rewritten.scm.baseUrl = d->world.scmBaseUrl.toString();
    rewritten.scm.customerUri = d->world.customerUri;
    rewritten.scm.login = d->world.adminLogin;
    Plan::GatewayApi api = plan.gateway.api.value_or(Plan::GatewayApi());
    api.url = d->world.gatewayUrl.toString();
    api.customer = d->gatewayCustomer;
    rewritten.gateway.api = api;
    return rewritten;
}

QString DemoEnvironment::adminPassword() const
{
    return d->world.adminPassword;
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
    return d->world.scmBaseUrl;
}

QUrl DemoEnvironment::gatewayUrl() const
{
    return d->world.gatewayUrl;
}

void DemoEnvironment::attach(Runner *runner)
{
    runner->setAdminPassword(adminPassword());
    runner->setSecretStore(secretStore());
    runner->setGatewayTarget(gatewayTarget());
    if (d->options.clock)
        runner->setClock(d->options.clock);
    connect(runner, &Runner::manualPasswordChangeRequired, this, &DemoEnvironment::playPerson);
    // The person's "done": the runner looks at once instead of at its next, distant, poll.
    connect(this, &DemoEnvironment::personFinished, runner, [runner](bool ok) {
        if (ok)
            runner->pollNow(StepId::Password);
    });
}

void DemoEnvironment::playPerson(const ManualPasswordChange &change)
{
    emit personActed(
        tr("Demo: playing the person — logging in at %1 as %2 with the temporary password and setting "
           "the new password the wizard generated.")
            .arg(change.url.toString(), change.login));
    auto *person = new SimulatedPerson(this);
    if (!d->world.caCertificatePem.isEmpty())
        person->setCaCertificates(QSslCertificate::fromData(d->world.caCertificatePem));
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
