#include "ScmSimulator.h"

#include "AdminPassword.h"
#include "Clock.h"
#include "FaultInjector.h"
#include "ReplayApi.h"
#include "RequestLog.h"
#include "RequestSizeGuard.h"
#include "ScmApi.h"
#include "SelfSignedCertificate.h"
#include "SimulatorControl.h"
#include "SimulatorHttpServer.h"
#include "SimulatorState.h"
#include "WebPortal.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSslConfiguration>
#include <QSslKey>

Q_LOGGING_CATEGORY(lcSim, "mpki.sim")

int ScmSimulatorOptions::passwordLifetimeDays(bool simulatorsOwnAdmin) const
{
    if (simulatorsOwnAdmin || !operatorPasswordExpiresInDays)
        return AdminPassword::expiryDays;
    return *operatorPasswordExpiresInDays;
}

class ScmSimulator::Private
{
public:
    explicit Private(const ScmSimulatorOptions &o)
        : options(o)
        , clock(o.clock ? o.clock : Clock::system())
        , api(state, options, *clock)
        , portal(state, options, *clock)
        , control(state, api, options, *clock)
        , faults(o.seed)
    {}

    SimResponse dispatch(const SimRequest &request);
    bool saveState(QString *error = nullptr);

    ScmSimulatorOptions options;
    Clock *clock;
    SimulatorState state;
    ScmApi api;
    ReplayApi replay; // used when options.replayPath is set
    WebPortal portal;
    SimulatorControl control;
    FaultInjector faults;
    RequestLog requestLog;
    SimulatorHttpServer *server = nullptr;
    QSslCertificate caCertificate;
    QUrl baseUrl;
    QString startError;
};

SimResponse ScmSimulator::Private::dispatch(const SimRequest &request)
{
    bool changed = false;
    SimResponse response;
    if (request.path.startsWith(QLatin1String("/api/")) && !options.replayPath.isEmpty()) {
        response = replay.handle(request);
    } else if (request.path.startsWith(QLatin1String("/api/"))) {
        response = api.handle(request, &changed);
    } else if (request.path.startsWith(QLatin1String("/customer/"))) {
        response = portal.handle(request, &changed);
    } else if (request.path.startsWith(QLatin1String("/simulator/"))) {
        response = control.handle(request, &changed);
    } else {
        response = SimResponse::error(
            404, -1,
            QStringLiteral("Unknown path %1: the API is below /api/, the web page at /customer/%2/, the "
                           "simulator's controls below /simulator/v1/.")
                .arg(request.path, state.customerUri));
    }
    if (changed)
        saveState();
    return response;
}

bool ScmSimulator::Private::saveState(QString *error)
{
    if (options.statePath.isEmpty())
        return true;
    QString why;
    if (state.save(options.statePath, &why))
        return true;
    qCWarning(lcSim) << "cannot save the simulator state to" << options.statePath << ":" << why;
    if (error)
        *error = why;
    return false;
}

ScmSimulator::ScmSimulator(const ScmSimulatorOptions &options, QObject *parent)
    : QObject(parent)
    , d(new Private(options))
{
    d->faults.setRate(options.faultRate);
    QString kindsError;
    if (!d->faults.setKinds(options.faultKinds, &kindsError))
        d->startError = kindsError;
    bool loaded = false;
    if (!options.statePath.isEmpty() && QFileInfo::exists(options.statePath)) {
        QString error;
        loaded = SimulatorState::load(options.statePath, &d->state, &error);
        if (!loaded)
            d->startError = tr("Cannot read the simulator state %1: %2. Remove the file or name another one "
                               "with --state.")
                                .arg(options.statePath, error);
    }
    if (!loaded && d->startError.isEmpty()) {
        const QString password = options.adminPassword.isEmpty() ? AdminPassword::generate(options.adminLogin)
                                                                 : options.adminPassword;
        d->state = SimulatorState::newAccount(options.customerUri, options.adminLogin, password,
                                              d->clock->now().toUTC());
        // The first save is at start, so that a --state that cannot be written (a missing directory)
        // stops the simulator now instead of warning on every change while it answers as if it kept them.
        QString error;
        if (!d->saveState(&error))
            d->startError = tr("Cannot write the simulator state %1: %2. Name a file in a directory that "
                               "exists and can be written with --state.")
                                .arg(options.statePath, error);
    }
    d->options.customerUri = d->state.customerUri;
    d->options.adminLogin = d->state.demoLogin;
    if (!options.replayPath.isEmpty() && d->startError.isEmpty()) {
        QString error;
        if (!d->replay.load(options.replayPath, &error))
            d->startError = tr("Cannot replay %1: %2").arg(options.replayPath, error);
        d->replay.setCredentials(d->state.customerUri, d->state.demoLogin, adminPassword());
    }

    d->server = new SimulatorHttpServer([this](const SimRequest &request) { return d->dispatch(request); },
                                        &d->faults, &d->requestLog, this);
    d->server->setLatencyMs(options.latencyMs);
    connect(d->server, &SimulatorHttpServer::requestHandled, this, &ScmSimulator::requestHandled);
}

ScmSimulator::~ScmSimulator()
{
    delete d;
}

bool ScmSimulator::listen(const QHostAddress &address, quint16 port, QString *error)
{
    if (!d->startError.isEmpty()) {
        *error = d->startError;
        return false;
    }
    if (!d->options.requestLogPath.isEmpty() && !d->requestLog.isOpen()) {
        QString logError;
        if (!d->requestLog.open(d->options.requestLogPath, &logError)) {
            *error = tr("Cannot open the request log %1: %2").arg(d->options.requestLogPath, logError);
            return false;
        }
    }
    std::optional<QSslConfiguration> tls;
    if (d->options.tls) {
        QString certificateError;
        const SelfSignedCertificate generated = SelfSignedCertificate::generate(&certificateError);
        if (generated.isNull()) {
            *error = tr("Cannot make the simulator's TLS certificate: %1").arg(certificateError);
            return false;
        }
        d->caCertificate = QSslCertificate(generated.caCertificatePem, QSsl::Pem);
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificateChain(
            {QSslCertificate(generated.certificatePem, QSsl::Pem), d->caCertificate});
        configuration.setPrivateKey(QSslKey(generated.privateKeyPem, QSsl::Ec, QSsl::Pem));
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        tls = configuration;
    }
    // Not QAbstractHttpServer::listen(): the guard refuses an oversized request before it is buffered.
    const quint16 bound = RequestSizeGuard::listen(d->server, address, port, tls, RequestSizeGuard::Limits());
    if (bound == 0) {
        *error = tr("Cannot listen on %1 port %2: the port is in use or not allowed. Choose another with "
                    "--port (0 picks a free one).")
                     .arg(address.toString(), QString::number(port));
        return false;
    }
    QUrl url;
    url.setScheme(d->options.tls ? QStringLiteral("https") : QStringLiteral("http"));
    const bool anyAddress =
        address == QHostAddress::Any || address == QHostAddress::AnyIPv4 || address == QHostAddress::AnyIPv6;
    url.setHost(anyAddress ? QStringLiteral("127.0.0.1") : address.toString());
    url.setPort(bound);
    d->baseUrl = url;
    d->api.setBaseUrl(url);
    d->replay.setBaseUrl(url);
    qCInfo(lcSim) << "SCM simulator listening on" << url.toString() << "customer" << d->state.customerUri;
    return true;
}

QUrl ScmSimulator::baseUrl() const
{
    return d->baseUrl;
}

QString ScmSimulator::customerUri() const
{
    return d->state.customerUri;
}

QString ScmSimulator::adminLogin() const
{
    return d->state.demoLogin;
}

QString ScmSimulator::adminPassword() const
{
    return d->state.demoPassword;
}

QSslCertificate ScmSimulator::caCertificate() const
{
    return d->caCertificate;
}

const ScmSimulatorOptions &ScmSimulator::options() const
{
    return d->options;
}

void ScmSimulator::setValidationOutcome(const QString &status, const QString &lastErrorFromCa)
{
    d->options.validationOutcome = status;
    if (!lastErrorFromCa.isEmpty())
        d->options.validationFailureMessage = lastErrorFromCa;
}

void ScmSimulator::setValidationDelaySeconds(int seconds)
{
    d->options.validationDelaySeconds = seconds;
}

void ScmSimulator::setDcvDelaySeconds(int seconds)
{
    d->options.dcvDelaySeconds = seconds;
}

void ScmSimulator::setDcvOutcome(const QString &outcome)
{
    d->options.dcvOutcome = outcome;
}

void ScmSimulator::setFaultRate(double rate)
{
    d->options.faultRate = rate;
    d->faults.setRate(rate);
}

bool ScmSimulator::setFaultKinds(const QStringList &kinds, QString *error)
{
    if (!d->faults.setKinds(kinds, error))
        return false;
    d->options.faultKinds = kinds;
    return true;
}

void ScmSimulator::setLatencyMs(int ms)
{
    d->options.latencyMs = ms;
    d->server->setLatencyMs(ms);
}

bool ScmSimulator::unlockAdmin(const QString &login)
{
    const qint64 id = d->state.adminIdByLogin(login);
    if (id == 0)
        return false;
    AdminPassword::unlock(d->state.admins[id]);
    d->saveState();
    return true;
}

QJsonObject ScmSimulator::snapshot() const
{
    return d->state.toJson();
}
