#include "WizardController.h"

#include "ConnectorConfig.h"
#include "ConnectorFile.h"
#include "DemoEnvironment.h"
#include "KeychainSecretStore.h"
#include "MemorySecretStore.h"
#include "PlanValidator.h"
#include "PollPolicy.h"
#include "Runner.h"
#include "ScmClient.h"
#include "ScmReply.h"
#include "ScmTransport.h"
#include "ScmTypes.h"
#include "SecretSources.h"
#include "SeppmailClient.h"
#include "SeppmailManagedDomainsTarget.h"
#include "StateStore.h"
#include "UiIcons.h"
#include "UrlOpener.h"
#include "ValuesSheet.h"

#include "Clock.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLocale>
#include <QLoggingCategory>
#include <QPointer>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

Q_LOGGING_CATEGORY(lcUi, "mpki.ui")

namespace {
QString settingsKeyForCaFiles()
{
    return QStringLiteral("scm/trustedCaFiles");
}

QString planFileName()
{
    return QStringLiteral("wizard-plan.json");
}

// The example plan shipped in resources/examples (embedded): what the demo fills in.
Plan examplePlan()
{
    Plan plan;
    QString error;
    if (!Plan::load(QStringLiteral(":/mpki-ui/examples/demo-plan.json"), &plan, &error))
        qCWarning(lcUi) << "the embedded example plan cannot be read:" << error;
    return plan;
}

Clock *clockOf(const WizardController::Options &options)
{
    return options.clock ? options.clock : Clock::system();
}
} // namespace

WizardController::WizardController(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_runner(new Runner(this))
{
    qRegisterMetaType<ManualPasswordChange>();
    UiIcons::initResources();
    if (m_options.secrets) {
        m_secrets = m_options.secrets;
    } else if (m_options.demo) {
        m_ownedSecrets = std::make_unique<MemorySecretStore>();
        m_secrets = m_ownedSecrets.get();
    } else {
        m_ownedSecrets = std::make_unique<KeychainSecretStore>();
        m_secrets = m_ownedSecrets.get();
    }
    if (m_options.urlOpener) {
        m_urlOpener = m_options.urlOpener;
    } else {
        m_ownedUrlOpener = std::make_unique<DesktopUrlOpener>();
        m_urlOpener = m_ownedUrlOpener.get();
    }
    m_confirmer = m_options.confirmer ? m_options.confirmer : windowModalConfirmer();

    m_runner->setClock(clockOf(m_options));
    m_runner->setDeadline(m_options.pollDeadlineSeconds);
    m_runner->setSecretStore(m_secrets);
    connect(m_runner, &Runner::stepChanged, this, &WizardController::onRunnerStepChanged);
    connect(m_runner, &Runner::message, this, [this](const QString &name, const QString &text) {
        StepId step;
        if (!Steps::fromName(name, &step))
            return;
        m_lastCheck.insert(step, clockOf(m_options)->now());
        emit stepMessage(step, text);
    });
    connect(m_runner, &Runner::manualPasswordChangeRequired, this,
            [this](const ManualPasswordChange &change) {
                m_manualChange = change;
                emit manualPasswordChangeRequired(change);
            });
    connect(m_runner, &Runner::finished, this, &WizardController::onRunnerFinished);

    // Kept so the connection page can show the certificate that was refused and offer to trust a CA file.
    connect(m_runner->transport(), &ScmTransport::tlsRefused, this,
            [this](const QList<QSslError> &errors, const QList<QSslCertificate> &peerChain) {
                m_lastTlsErrors = errors;
                m_lastChain = peerChain;
            });
}

WizardController::~WizardController()
{
    if (m_connectionReply)
        m_connectionReply->abort();
    if (m_runner->isRunning()) {
        m_cancelling = true;
        m_runner->cancel();
    }
}

bool WizardController::open(QString *error)
{
    if (m_options.demo) {
        if (m_options.demoEnvironment) {
            m_demo = m_options.demoEnvironment;
        } else {
            m_ownedDemo = std::make_unique<DemoEnvironment>();
            m_demo = m_ownedDemo.get();
            DemoOptions demoOptions = m_demo->options();
            if (m_options.demoValidationDelaySeconds >= 0)
                demoOptions.validationDelaySeconds = m_options.demoValidationDelaySeconds;
            if (m_options.demoDcvDelaySeconds >= 0)
                demoOptions.dcvDelaySeconds = m_options.demoDcvDelaySeconds;
            demoOptions.clock = m_options.clock;
            demoOptions.simulatorProgram = m_options.demoSimulatorProgram;
            m_demo->setOptions(demoOptions);
        }
        if (!m_options.secrets)
            m_secrets = m_demo->secretStore();
        m_runner->setSecretStore(m_secrets);
        // A demo given from outside runs already (or is started now); an own one when the wizard asks.
        if (m_options.demoEnvironment && !startDemo(error))
            return false;
        connect(m_demo, &DemoEnvironment::personFinished, this,
                [this](bool ok, const QString &text) { emit personsPartPlayed(ok, text); });
        connect(m_demo, &DemoEnvironment::simulatorsLost, this, &WizardController::demoLost);
    }

    m_stateDirectory = m_options.stateDirectory;
    if (m_stateDirectory.isEmpty()) {
        const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        m_stateDirectory = base + (m_options.demo ? QStringLiteral("/demo") : QStringLiteral("/onboarding"));
    }
    m_store = std::make_unique<StateStore>(m_stateDirectory);
    if (!m_store->open(error))
        return false;
    m_runner->setStateStore(m_store.get());
    loadTrustedCertificates();
    loadPlan();
    return true;
}

bool WizardController::startDemo(QString *error)
{
    if (!m_demo || m_demoAttached)
        return true;
    if (!m_demo->isStarted() && !m_demo->start(examplePlan(), error))
        return false;
    m_demoAttached = true;
    m_runner->setGatewayTarget(m_demo->gatewayTarget());
    // The plan loaded before the simulators listened: point it at them now.
    if (isOpen()) {
        m_plan = m_demo->rewritePlan(m_plan);
        emit planChanged();
    }
    return true;
}

bool WizardController::isOpen() const
{
    return m_store && m_store->isOpen();
}

QString WizardController::stateDirectory() const
{
    return m_stateDirectory;
}

QString WizardController::planFilePath() const
{
    return QDir(m_stateDirectory).filePath(planFileName());
}

void WizardController::loadPlan()
{
    QFile file(planFilePath());
    Plan loaded;
    QString error;
    if (file.exists() && Plan::load(file.fileName(), &loaded, &error)) {
        m_plan = loaded;
    } else {
        if (file.exists())
            qCWarning(lcUi) << "ignoring the saved plan:" << error;
        if (m_demo) {
            m_plan = examplePlan();
        } else {
            m_plan = Plan();
            m_plan.scm.baseUrl = ScmTransport::defaultBaseUrl().toString();
        }
    }
    if (m_demo)
        m_plan = m_demo->rewritePlan(m_plan);
    emit planChanged();
}

void WizardController::setPlan(const Plan &plan)
{
    m_plan = m_demo ? m_demo->rewritePlan(plan) : plan;
    savePlan();
    emit planChanged();
}

void WizardController::savePlan()
{
    if (!isOpen())
        return;
    QSaveFile file(planFilePath());
    if (!file.open(QIODevice::WriteOnly)) {
        qCWarning(lcUi) << "cannot save the plan:" << file.errorString();
        return;
    }
    file.write(QJsonDocument(m_plan.toJson()).toJson());
    if (!file.commit())
        qCWarning(lcUi) << "cannot save the plan:" << file.errorString();
}

QList<PlanIssue> WizardController::planIssues(StepId step) const
{
    QStringList prefixes;
    switch (step) {
    case StepId::Connect:
        prefixes << QStringLiteral("scm.");
        break;
    case StepId::Organization:
    case StepId::Validation:
        prefixes << QStringLiteral("organization");
        break;
    case StepId::Domains:
        prefixes << QStringLiteral("domains");
        break;
    case StepId::Operator:
    case StepId::Password:
    case StepId::ApiOnly:
        prefixes << QStringLiteral("operator") << QStringLiteral("organization.department");
        break;
    case StepId::Verify:
        prefixes << QStringLiteral("certificate");
        break;
    case StepId::Connector:
        prefixes << QStringLiteral("gateway");
        break;
    }
    QList<PlanIssue> issues;
    const QList<PlanIssue> all = m_plan.validate();
    for (const PlanIssue &issue : all) {
        for (const QString &prefix : std::as_const(prefixes)) {
            if (issue.field.startsWith(prefix)) {
                issues << issue;
                break;
            }
        }
    }
    return issues;
}

// --- progress -------------------------------------------------------------------------------------

const State &WizardController::state() const
{
    return m_store->state();
}

bool WizardController::hasProgress() const
{
    if (!isOpen())
        return false;
    for (StepId step : Steps::all()) {
        if (state().step(step).status != StepStatus::Pending)
            return true;
    }
    return false;
}

int WizardController::stepsDone() const
{
    int done = 0;
    for (StepId step : Steps::all())
        done += state().step(step).status == StepStatus::Done ? 1 : 0;
    return done;
}

StepId WizardController::firstOpenStep() const
{
    for (StepId step : Steps::all()) {
        if (state().step(step).status != StepStatus::Done)
            return step;
    }
    return StepId::Connector;
}

bool WizardController::isRunning() const
{
    return m_runner->isRunning() || m_restartWanted;
}

bool WizardController::isStepActive(StepId step) const
{
    return m_wanted.contains(step) || m_forced.contains(step);
}

QDateTime WizardController::lastCheck(StepId step) const
{
    const QDateTime seen = m_lastCheck.value(step);
    const QDateTime updated = state().step(step).updated;
    if (!seen.isValid())
        return updated;
    return updated.isValid() && updated > seen ? updated : seen;
}

QDateTime WizardController::nextCheck(StepId step) const
{
    const StepState &s = state().step(step);
    const QString fromDetails = s.details.value(QStringLiteral("nextCheck")).toString();
    if (!fromDetails.isEmpty()) {
        const QDateTime parsed = QDateTime::fromString(fromDetails, Qt::ISODate);
        if (parsed.isValid())
            return parsed;
    }
    if (s.status != StepStatus::Waiting || !m_runner->isRunning())
        return {};
    const QDateTime last = lastCheck(step);
    if (!last.isValid())
        return {};
    const PollPolicy policy = step == StepId::Validation ? PollPolicy::validation() : PollPolicy::standard();
    return last.addMSecs(policy.delayMs(m_pollCount.value(step)));
}

std::optional<PasswordExpiry> WizardController::operatorPasswordExpiry() const
{
    return state().passwordExpiry(PasswordHolder::Operator);
}

// --- connection -----------------------------------------------------------------------------------

QString WizardController::secretKey(const QString &slot) const
{
    const QUrl base = ScmTransport::normaliseBaseUrl(m_plan.scm.baseUrl);
    return SecretStore::key(base.host(), m_plan.scm.customerUri, m_plan.scm.login, slot);
}

QString WizardController::demoAdminPassword() const
{
    return m_demo ? m_demo->adminPassword() : QString();
}

void WizardController::readRememberedPassword(const QString &baseUrl, const QString &customerUri,
                                              const QString &login, std::function<void(const QString &)> done)
{
    if (m_demo) {
        done(m_demo->adminPassword());
        return;
    }
    const QUrl base = ScmTransport::normaliseBaseUrl(baseUrl);
    if (!base.isValid() || customerUri.isEmpty() || login.isEmpty()) {
        done(QString());
        return;
    }
    m_secrets->read(SecretStore::key(base.host(), customerUri, login, QStringLiteral("password")), this,
                    [done](const SecretResult &result) { done(result.ok() ? result.value : QString()); });
}

void WizardController::checkConnection(const ConnectionInput &input)
{
    if (m_connectionReply)
        m_connectionReply->abort();
    m_connected = false;
    m_lastChain.clear();
    m_lastTlsErrors.clear();

    QString customerFromUrl;
    const QUrl base = ScmTransport::normaliseBaseUrl(input.baseUrl, &customerFromUrl);
    if (!base.isValid()) {
        ConnectionResult result;
        result.outcome = ConnectionResult::Outcome::BadInput;
        result.message = tr("“%1” is not an address of Sectigo Certificate Manager. Enter it as "
                            "https://cert-manager.com or paste the address of your SCM login page.")
                             .arg(input.baseUrl);
        emit connectionChecked(result);
        return;
    }
    m_pendingConnection = input;
    m_pendingConnection.baseUrl = base.toString();
    if (m_pendingConnection.customerUri.isEmpty())
        m_pendingConnection.customerUri = customerFromUrl;

    ScmCredentials credentials;
    credentials.baseUrl = base;
    credentials.customerUri = m_pendingConnection.customerUri;
    credentials.login = input.login;
    credentials.password = input.password;
    // GET admin/v1?login= as the admin itself: proves the credentials and tells the admin's role.
    auto *client = new ScmClient(m_runner->transport(), credentials, this);
    m_connectionReply = client->findAdmins(input.login);
    client->setParent(m_connectionReply);
    connect(m_connectionReply, &ScmReply::finished, this, &WizardController::onConnectionReplyFinished);
}

void WizardController::onConnectionReplyFinished()
{
    ScmReply *reply = m_connectionReply;
    m_connectionReply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();

    ConnectionResult result;
    const ScmError &error = reply->error();
    if (!error.isError()) {
        result.outcome = ConnectionResult::Outcome::Connected;
        for (const QJsonValue &value : reply->array()) {
            const ScmAdmin admin = ScmAdmin::fromJson(value.toObject());
            if (admin.login.compare(m_pendingConnection.login, Qt::CaseInsensitive) != 0)
                continue;
            if (admin.hasRole(QStringLiteral("MRAO")))
                result.role = QStringLiteral("MRAO");
            else if (!admin.credentials.isEmpty())
                result.role = admin.credentials.first().role;
        }
        if (!result.role.isEmpty() && result.role != QLatin1String("MRAO")) {
            result.roleWarning =
                tr("%1 is a %2 admin, not an MRAO: it can only create the organisation when it "
                   "holds the privilege to add organisations, and it cannot choose the "
                   "validation's CA backend. If a step is refused, ask your MRAO.")
                    .arg(m_pendingConnection.login, result.role);
        }
        result.message =
            tr("Connected to %1 as %2.").arg(m_pendingConnection.baseUrl, m_pendingConnection.login);
    } else {
        switch (error.kind()) {
        case ScmError::Kind::Unauthorized:
        case ScmError::Kind::PasswordExpired:
            result.outcome = ConnectionResult::Outcome::Unauthorized;
            break;
        case ScmError::Kind::Tls:
            result.outcome = ConnectionResult::Outcome::Tls;
            result.chain = m_lastChain;
            result.tlsErrors = m_lastTlsErrors;
            break;
        case ScmError::Kind::Network:
        case ScmError::Kind::Timeout:
            result.outcome = ConnectionResult::Outcome::Network;
            break;
        case ScmError::Kind::Cancelled:
            result.outcome = ConnectionResult::Outcome::Cancelled;
            break;
        default:
            result.outcome = ConnectionResult::Outcome::Other;
            break;
        }
        result.message = error.message();
        if (result.message.isEmpty())
            result.message = error.description();
    }
    finishConnectionCheck(result);
}

void WizardController::finishConnectionCheck(const ConnectionResult &result)
{
    if (result.outcome == ConnectionResult::Outcome::Connected) {
        m_connected = true;
        m_adminPassword = m_pendingConnection.password;
        Plan plan = m_plan;
        plan.scm.baseUrl = m_pendingConnection.baseUrl;
        plan.scm.customerUri = m_pendingConnection.customerUri;
        plan.scm.login = m_pendingConnection.login;
        setPlan(plan);
        m_runner->setAdminPassword(m_adminPassword);
        if (m_pendingConnection.remember && !m_demo) {
            m_secrets->write(secretKey(QStringLiteral("password")), m_pendingConnection.password, this,
                             [](const SecretResult &written) {
                                 if (!written.ok())
                                     qCWarning(lcUi) << "the password was not kept:" << written.message;
                             });
        }
        // The engine's own check of the account (role, privileges, password expiry), and whatever
        // an earlier session left waiting (validation, DCV, the password change) polls again.
        for (StepId step : Steps::all()) {
            const StepStatus status = state().step(step).status;
            if (step == StepId::Connect || status == StepStatus::Waiting || status == StepStatus::Running)
                m_wanted.insert(step);
        }
        scheduleRun();
    }
    m_pendingConnection.password.clear();
    emit connectionChecked(result);
}

bool WizardController::trustCaCertificateFile(const QString &path, QString *error)
{
    QList<QSslCertificate> certificates = QSslCertificate::fromPath(path, QSsl::Pem);
    if (certificates.isEmpty())
        certificates = QSslCertificate::fromPath(path, QSsl::Der);
    if (certificates.isEmpty()) {
        *error = tr("%1 holds no certificate (PEM or DER). Choose the CA certificate your SCM's certificate "
                    "was issued by.")
                     .arg(QDir::toNativeSeparators(path));
        return false;
    }
    m_runner->addCaCertificates(certificates);
    QSettings settings;
    QStringList files = settings.value(settingsKeyForCaFiles()).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!files.contains(absolute)) {
        files << absolute;
        settings.setValue(settingsKeyForCaFiles(), files);
    }
    return true;
}

void WizardController::loadTrustedCertificates()
{
    if (m_demo)
        return;
    const QStringList files = QSettings().value(settingsKeyForCaFiles()).toStringList();
    for (const QString &file : files) {
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(file);
        if (!certificates.isEmpty())
            m_runner->addCaCertificates(certificates);
    }
}

// --- steps ------------------------------------------------------------------------------------------

bool WizardController::changesRemote(StepId step)
{
    switch (step) {
    case StepId::Connect:
    case StepId::Verify:
        return false;
    default:
        return true;
    }
}

void WizardController::runStep(StepId step)
{
    if (state().step(step).status == StepStatus::Done && !m_forced.contains(step)) {
        emit stepChanged(step);
        return;
    }
    m_wanted.insert(step);
    scheduleRun();
}

void WizardController::rerunStep(StepId step, QWidget *parent)
{
    auto go = [this, step] {
        m_forced.insert(step);
        m_wanted.insert(step);
        scheduleRun();
    };
    if (!changesRemote(step)) {
        go();
        return;
    }
    ConfirmationRequest request;
    request.title = tr("Run “%1” again?").arg(Steps::displayName(step));
    request.question = tr("“%1” may create or change objects in Sectigo Certificate Manager. It looks for "
                          "what exists first and adopts it, so running it again does not make duplicates. "
                          "Run it again?")
                           .arg(Steps::displayName(step));
    request.acceptText = tr("&Run again");
    QPointer<WizardController> self(this);
    m_confirmer(parent, request, [self, go](bool accepted) {
        if (self && accepted)
            go();
    });
}

bool WizardController::runIsOnlyWaiting() const
{
    for (StepId step : m_inRun) {
        if (state().step(step).status == StepStatus::Running)
            return false;
    }
    return true;
}

void WizardController::scheduleRun()
{
    if (!isOpen() || !m_connected)
        return;
    if (!m_runner->isRunning()) {
        startRun();
        return;
    }
    bool newStep = false;
    for (StepId step : std::as_const(m_wanted))
        newStep = newStep || !m_inRun.contains(step);
    if (!newStep)
        return;
    m_restartWanted = true;
    // Nothing but polling in flight: restart at once with the new step; otherwise when the run is.
    if (runIsOnlyWaiting() && !m_cancelling) {
        m_cancelling = true;
        m_runner->cancel();
    }
}

void WizardController::startRun()
{
    m_restartWanted = false;
    QStringList names;
    m_inRun.clear();
    for (StepId step : Steps::all()) {
        if (!m_wanted.contains(step))
            continue;
        if (state().step(step).status == StepStatus::Done && !m_forced.contains(step)) {
            m_wanted.remove(step);
            continue;
        }
        m_inRun.insert(step);
        names << Steps::name(step);
    }
    if (names.isEmpty()) {
        emit runningChanged(false);
        return;
    }
    m_runner->setPlan(m_plan);
    m_runner->setAdminPassword(m_adminPassword);
    qCInfo(lcUi) << "running" << names;
    m_runner->start(names);
    emit runningChanged(true);
}

void WizardController::onRunnerStepChanged(const QString &name)
{
    StepId step;
    if (!Steps::fromName(name, &step))
        return;
    const StepState &s = state().step(step);
    m_lastCheck.insert(step, clockOf(m_options)->now());
    if (s.status == StepStatus::Waiting)
        m_pollCount[step] += 1;
    else
        m_pollCount.remove(step);
    if (s.status == StepStatus::Done || s.status == StepStatus::Failed) {
        m_forced.remove(step);
        if (s.status == StepStatus::Done)
            m_wanted.remove(step);
        if (step == StepId::Password && s.status == StepStatus::Done)
            m_manualChange.reset();
    }
    emit stepChanged(step);
    // A step that was waiting for the run to be quiet can go now.
    if (m_restartWanted && !m_cancelling && m_runner->isRunning() && runIsOnlyWaiting()) {
        m_cancelling = true;
        m_runner->cancel();
    }
}

void WizardController::onRunnerFinished(int exitCode, const QString &summary)
{
    const bool wasCancelling = m_cancelling;
    m_cancelling = false;
    if (m_restartWanted) {
        QTimer::singleShot(0, this, [this] {
            if (!m_runner->isRunning())
                startRun();
        });
        return;
    }
    m_lastExitCode = exitCode;
    m_lastSummary = summary;
    // Failed and re-run steps are not asked for again until a page asks.
    for (StepId step : Steps::all()) {
        if (state().step(step).status == StepStatus::Failed)
            m_wanted.remove(step);
    }
    m_forced.clear();
    m_inRun.clear();
    Q_UNUSED(wasCancelling)
    emit runningChanged(false);
    for (StepId step : Steps::all())
        emit stepChanged(step);
}

void WizardController::cancel()
{
    if (m_connectionReply)
        m_connectionReply->abort();
    m_wanted.clear();
    m_forced.clear();
    m_restartWanted = false;
    if (m_runner->isRunning() && !m_cancelling) {
        m_cancelling = true;
        m_runner->cancel();
    }
}

// --- manual password change -------------------------------------------------------------------------

void WizardController::playPersonsPart()
{
    if (!m_demo || !m_manualChange) {
        emit personsPartPlayed(false, tr("There is no password change to play."));
        return;
    }
    m_demo->playPerson(*m_manualChange);
}

// --- connector ----------------------------------------------------------------------------------------

std::optional<ConnectorConfig> WizardController::connectorConfig() const
{
    const StepState &s = state().step(StepId::Connector);
    const QJsonObject values = s.details.value(QStringLiteral("connector")).toObject();
    if (values.isEmpty())
        return std::nullopt;
    QString error;
    return ConnectorConfig::fromPlainJson(values, &error);
}

void WizardController::setGatewayCredentials(const QString &token, const QString &secret, bool remember)
{
    if (m_demo || !m_plan.gateway.api)
        return;
    if (m_runner->isRunning() && m_gatewayTarget)
        return; // the run in progress uses the one it has
    m_runner->setGatewayTarget(nullptr);
    m_gatewayTarget.reset();
    m_gatewayClient.reset();
    if (token.isEmpty() || secret.isEmpty())
        return;
    const Plan::GatewayApi &api = *m_plan.gateway.api;
    SeppmailClientOptions clientOptions;
    clientOptions.baseUrl = QUrl(api.url);
    clientOptions.token = token;
    clientOptions.secret = secret;
    m_gatewayClient = std::make_unique<SeppmailClient>(clientOptions);
    SeppmailManagedDomainsOptions domainOptions;
    domainOptions.customer = api.customer;
    domainOptions.createMissing = api.createMissingManagedDomains;
    domainOptions.forwardingHost = api.forwardingHost;
    if (api.forwardingPort > 0)
        domainOptions.forwardingPort = api.forwardingPort;
    m_gatewayTarget = std::make_unique<SeppmailManagedDomainsTarget>(m_gatewayClient.get(), domainOptions);
    m_runner->setGatewayTarget(m_gatewayTarget.get());
    if (remember) {
        const QString host = clientOptions.baseUrl.host();
        const auto warnIfNotKept = [](const SecretResult &written) {
            if (!written.ok())
                qCWarning(lcUi) << "the gateway credentials were not kept:" << written.message;
        };
        m_secrets->write(SecretSources::gatewayToken(host, QString()).keychainKey, token, this,
                         warnIfNotKept);
        m_secrets->write(SecretSources::gatewaySecret(host, QString()).keychainKey, secret, this,
                         warnIfNotKept);
    }
}

void WizardController::readGatewayCredentials(std::function<void(const QString &, const QString &)> done)
{
    if (m_demo || !m_plan.gateway.api) {
        done(QString(), QString());
        return;
    }
    const QString host = QUrl(m_plan.gateway.api->url).host();
    const QString secretKey = SecretSources::gatewaySecret(host, QString()).keychainKey;
    SecretStore *store = m_secrets;
    QPointer<WizardController> self(this);
    m_secrets->read(SecretSources::gatewayToken(host, QString()).keychainKey, this,
                    [self, store, secretKey, done](const SecretResult &token) {
                        if (!self)
                            return;
                        store->read(secretKey, self, [token, done](const SecretResult &secret) {
                            done(token.ok() ? token.value : QString(),
                                 secret.ok() ? secret.value : QString());
                        });
                    });
}

void WizardController::readOperatorPassword(std::function<void(const QString &)> done)
{
    const std::optional<ConnectorConfig> config = connectorConfig();
    if (!config) {
        done(QString());
        return;
    }
    m_secrets->read(SecretStore::key(config->scmHost(), config->customerUri, config->login,
                                     QStringLiteral("operator-current")),
                    this,
                    [done](const SecretResult &result) { done(result.ok() ? result.value : QString()); });
}

void WizardController::exportConnectorFile(const QString &path, const QString &passphrase)
{
    const std::optional<ConnectorConfig> config = connectorConfig();
    if (!config) {
        emit connectorFileExported({false, path,
                                    tr("The connector values are not assembled yet: run the "
                                       "Connector step first.")});
        return;
    }
    const QString key = SecretStore::key(config->scmHost(), config->customerUri, config->login,
                                         QStringLiteral("operator-current"));
    QPointer<WizardController> self(this);
    m_secrets->read(key, this, [self, path, passphrase, config](const SecretResult &secret) {
        if (!self)
            return;
        if (!secret.ok()) {
            emit self->connectorFileExported(
                {false, path, tr("The operator's password is not in the keychain: %1").arg(secret.message)});
            return;
        }
        ConnectorConfig withPassword = *config;
        withPassword.password = secret.value;
        // scrypt takes a noticeable moment: never on the GUI thread.
        auto *result = new SaveResult{false, path, QString()};
        QThread *worker = QThread::create([withPassword, passphrase, path, result] {
            QString error;
            result->ok = ConnectorFile::writeEncrypted(path, withPassword, passphrase, &error);
            result->message = error;
        });
        connect(worker, &QThread::finished, self, [self, worker, result] {
            SaveResult done = *result;
            delete result;
            worker->deleteLater();
            if (done.ok)
                done.message = tr("Connector file written to %1.").arg(QDir::toNativeSeparators(done.path));
            emit self->connectorFileExported(done);
        });
        worker->start();
    });
}

void WizardController::saveValuesSheet(const QString &path)
{
    const std::optional<ConnectorConfig> config = connectorConfig();
    if (!config) {
        emit valuesSheetSaved({false, path,
                               tr("The connector values are not assembled yet: run the "
                                  "Connector step first.")});
        return;
    }
    ValuesSheet::Options options;
    options.language = QLocale().name();
    ValuesSheet sheet(*config, options);
    QString error;
    SaveResult result{sheet.write(path, &error), path, error};
    if (result.ok)
        result.message = tr("Values sheet written to %1.").arg(QDir::toNativeSeparators(path));
    emit valuesSheetSaved(result);
}
