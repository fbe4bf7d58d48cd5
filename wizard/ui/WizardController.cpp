#include "WizardController.h"

#include "ConnectorConfig.h"
#include "ConnectorExporter.h"
#include "DemoEnvironment.h"
#include "EngineExit.h"
#include "GatewayConnection.h"
#include "KeychainSecretStore.h"
#include "MemorySecretStore.h"
#include "Onboarding.h"
#include "OnboardingReport.h"
#include "OwnerOnlyFile.h"
#include "PlanPreview.h"
#include "Runner.h"
#include "ScmClient.h"
#include "ScmError.h"
#include "ScmTransport.h"
#include "SecretSources.h"
#include "StateStore.h"
#include "TrustedCertificates.h"
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
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

Q_LOGGING_CATEGORY(lcUi, "mpki.ui")

namespace {
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
}

WizardController::~WizardController()
{
    if (m_onboarding && m_onboarding->runner()->isRunning())
        m_onboarding->runner()->cancel();
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
        connect(m_demo, &DemoEnvironment::personFinished, this, [this](bool ok, const QString &text) {
            emit personsPartPlayed(ok, text);
            // The played person says "done", as a real one clicks Check now.
            if (ok && m_onboarding)
                checkNow(StepId::Password);
        });
        connect(m_demo, &DemoEnvironment::simulatorsLost, this, &WizardController::demoLost);
    }

    m_stateDirectory = m_options.stateDirectory;
    if (m_stateDirectory.isEmpty())
        m_stateDirectory = Onboarding::defaultStateDirectory(m_options.demo ? QStringLiteral("wizard-demo")
                                                                            : QStringLiteral("wizard"));
    m_onboarding = std::make_unique<Onboarding>(m_stateDirectory, m_secrets, clockOf(m_options));
    if (!m_onboarding->open(error))
        return false;
    Runner *runner = m_onboarding->runner();
    runner->setDeadline(m_options.pollDeadlineSeconds);
    connect(runner, &Runner::stepChanged, this, &WizardController::onRunnerStepChanged);
    connect(runner, &Runner::message, this, [this](const QString &name, const QString &text) {
        StepId step;
        if (Steps::fromName(name, &step))
            emit stepMessage(step, text);
    });
    connect(runner, &Runner::manualPasswordChangeRequired, this, [this](const ManualPasswordChange &change) {
        m_manualChange = change;
        emit manualPasswordChangeRequired(change);
    });
    connect(runner, &Runner::operatorPasswordResetNeeded, this,
            &WizardController::operatorPasswordResetNeeded);
    connect(runner, &Runner::finished, this, &WizardController::onRunnerFinished);
    // Kept so the connection page can show the certificate that was refused and offer to trust a CA file.
    connect(runner->transport(), &ScmTransport::tlsRefused, this,
            [this](const QList<QSslError> &errors, const QList<QSslCertificate> &peerChain) {
                m_lastTlsErrors = errors;
                m_lastChain = peerChain;
            });
    // A demo given from outside runs already (or is started now); an own one when the wizard asks.
    if (m_demo && m_options.demoEnvironment && !startDemo(error))
        return false;
    loadTrustedCertificates();
    loadPlan();
    return true;
}

bool WizardController::startDemo(QString *error)
{
    if (!m_demo || m_demoAttached)
        return true;
    if (!m_demo->isStarted()) {
        // The simulators' process starts in the background; the wizard never waits for it.
        if (!m_demoStarting) {
            m_demoStarting = true;
            connect(m_demo, &DemoEnvironment::startFinished, this, [this](bool ok, const QString &message) {
                m_demoStarting = false;
                QString unused;
                if (ok)
                    startDemo(&unused);
                else
                    emit demoLost(message);
            });
            m_demo->startInBackground(examplePlan());
        }
        Q_UNUSED(error)
        return true;
    }
    m_demoAttached = true;
    m_onboarding->runner()->setGatewayTarget(m_demo->gatewayTarget());
    // The plan loaded before the simulators listened: point it at them now.
    if (isOpen()) {
        m_plan = m_demo->rewritePlan(m_plan);
        emit planChanged();
    }
    emit demoReady();
    return true;
}

bool WizardController::isOpen() const
{
    return m_onboarding && m_onboarding->isOpen();
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
        if (file.exists()) {
            // Kept beside, so that nothing the person typed is lost, and said on the welcome page.
            const QString kept = file.fileName() + QStringLiteral(".unreadable");
            QFile::remove(kept);
            const bool moved = QFile::rename(file.fileName(), kept);
            m_planLoadProblem =
                moved
                    ? tr("The plan saved by the last session could not be read (%1); it was kept as %2 and "
                         "the "
                         "wizard starts with empty fields.")
                          .arg(error, QDir::toNativeSeparators(kept))
                    : tr("The plan saved by the last session could not be read (%1); the wizard starts with "
                         "empty fields.")
                          .arg(error);
            qCWarning(lcUi) << "the saved plan cannot be read:" << error;
        }
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
    // Checked to the last byte (a full disk must not leave a plan cut short in place of the old one).
    QString error;
    if (!OwnerOnlyFile::write(planFilePath(), QJsonDocument(m_plan.toJson()).toJson(), &error))
        qCWarning(lcUi).noquote() << "cannot save the plan:" << error;
}

QList<PlanIssue> WizardController::planIssues(StepId step) const
{
    return Runner::planIssues(m_plan, {step});
}

// --- progress -------------------------------------------------------------------------------------

const State &WizardController::state() const
{
    return m_onboarding->state();
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

bool WizardController::startNewOnboarding(QString *error)
{
    cancel();
    StateStore *store = m_onboarding->store();
    store->state() = State();
    if (!store->save(error))
        return false;
    Plan blank;
    blank.scm = m_plan.scm; // the same account, most likely
    m_connected = false;
    m_manualChange.reset();
    m_lastExitCode = -1;
    m_lastSummary.clear();
    setPlan(blank);
    for (StepId step : Steps::all())
        emit stepChanged(step);
    return true;
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
    return m_onboarding && m_onboarding->runner()->isRunning();
}

bool WizardController::isStepActive(StepId step) const
{
    return m_onboarding && m_onboarding->runner()->isActive(step);
}

QDateTime WizardController::lastCheck(StepId step) const
{
    return state().step(step).updated;
}

QDateTime WizardController::nextCheck(StepId step) const
{
    return m_onboarding->runner()->nextCheck(step);
}

void WizardController::checkNow(StepId step)
{
    m_onboarding->runner()->pollNow(step);
}

QString WizardController::runProblem() const
{
    switch (m_lastExitCode) {
    case EngineExit::BadInput:
    case EngineExit::Refused:
    case EngineExit::Network:
    case EngineExit::Other:
        break;
    default:
        return QString();
    }
    QString todo;
    switch (m_lastExitCode) {
    case EngineExit::BadInput:
        todo = tr("Correct what is named, then press the page's button again.");
        break;
    case EngineExit::Refused:
        todo = tr(
            "The Certificate Manager refused it: ask your MRAO administrator about what is named, then try "
            "again.");
        break;
    case EngineExit::Network:
        todo =
            tr("The Certificate Manager could not be reached: check the network, the proxy and the address, "
               "then try again.");
        break;
    default:
        todo = tr("Try again; if it happens again, the message above says where to look.");
        break;
    }
    return m_lastSummary + QLatin1Char('\n') + todo;
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

    // The check is the engine's connect step, run with what the page holds. A run in progress was
    // signed in with the old values: it stops, and what it waited for is asked for again once signed in.
    Runner *runner = m_onboarding->runner();
    if (runner->isRunning())
        runner->cancel();
    Plan plan = m_plan;
    plan.scm.baseUrl = m_pendingConnection.baseUrl;
    plan.scm.customerUri = m_pendingConnection.customerUri;
    plan.scm.login = m_pendingConnection.login;
    setPlan(plan);
    m_adminPassword = input.password;
    m_onboarding->setAdminPassword(m_adminPassword);
    m_checkingConnection = true;
    request({StepId::Connect});
}

void WizardController::previewPlan(const Plan &plan, QObject *context,
                                   std::function<void(const PlanPreviewReport &)> done)
{
    // The runner's transport: the CAs the person trusts, the same bound on calls in flight.
    ScmCredentials credentials;
    credentials.baseUrl = ScmTransport::normaliseBaseUrl(plan.scm.baseUrl);
    credentials.customerUri = plan.scm.customerUri;
    credentials.login = plan.scm.login;
    credentials.password = m_adminPassword;
    auto *client = new ScmClient(m_onboarding->runner()->transport(), credentials, this);
    auto *preview = new PlanPreview(plan, client, client);
    QPointer<QObject> receiver(context);
    connect(preview, &PlanPreview::finished, this, [client, preview, receiver, done] {
        if (receiver)
            done(preview->report());
        client->deleteLater();
    });
    preview->start();
}

ConnectionResult WizardController::connectionResultOfConnectStep() const
{
    const StepState &connect = state().step(StepId::Connect);
    ConnectionResult result;
    result.message = connect.message;
    if (connect.status == StepStatus::Done) {
        result.outcome = ConnectionResult::Outcome::Connected;
        const QStringList roles = connect.details.value(QStringLiteral("roles")).toVariant().toStringList();
        const bool mrao = connect.details.value(QStringLiteral("mrao")).toBool();
        result.role = mrao ? QStringLiteral("MRAO") : roles.value(0);
        if (!mrao && !result.role.isEmpty()) {
            result.roleWarning =
                tr("%1 is a %2 admin, not an MRAO (the account's master administrator): it can only create "
                   "the "
                   "organisation when it holds the privilege to add organisations, and it cannot choose the "
                   "validation's CA backend. If a step is refused, ask your MRAO.")
                    .arg(m_pendingConnection.login, result.role);
        }
        result.message =
            tr("Connected to %1 as %2.").arg(m_pendingConnection.baseUrl, m_pendingConnection.login);
        return result;
    }
    const QString kind = connect.details.value(QStringLiteral("errorKind")).toString();
    if (!m_lastTlsErrors.isEmpty() || kind == ScmError::kindName(ScmError::Kind::Tls)) {
        result.outcome = ConnectionResult::Outcome::Tls;
        result.chain = m_lastChain;
        result.tlsErrors = m_lastTlsErrors;
    } else if (kind == ScmError::kindName(ScmError::Kind::Unauthorized) ||
               kind == ScmError::kindName(ScmError::Kind::PasswordExpired)) {
        result.outcome = ConnectionResult::Outcome::Unauthorized;
    } else if (kind == ScmError::kindName(ScmError::Kind::Network) ||
               kind == ScmError::kindName(ScmError::Kind::Timeout)) {
        result.outcome = ConnectionResult::Outcome::Network;
    } else {
        result.outcome = ConnectionResult::Outcome::Other;
    }
    return result;
}

void WizardController::finishConnectionCheck(const ConnectionResult &result)
{
    m_checkingConnection = false;
    if (result.outcome == ConnectionResult::Outcome::Connected) {
        m_connected = true;
        if (m_pendingConnection.remember && !m_demo) {
            m_secrets->write(secretKey(QStringLiteral("password")), m_pendingConnection.password, this,
                             [](const SecretResult &written) {
                                 if (!written.ok())
                                     qCWarning(lcUi) << "the password was not kept:" << written.message;
                             });
        }
        // Whatever an earlier session left waiting (validation, DCV, the password change) polls again.
        QList<StepId> resumed;
        for (StepId step : Steps::all()) {
            const StepStatus status = state().step(step).status;
            if (status == StepStatus::Waiting || status == StepStatus::Running)
                resumed << step;
        }
        if (!resumed.isEmpty())
            request(resumed);
    }
    m_pendingConnection.password.clear();
    emit connectionChecked(result);
}

bool WizardController::trustCaCertificateFile(const QString &path, QString *error)
{
    QList<QSslCertificate> read;
    const bool kept = TrustedCertificates().addFile(path, &read, error);
    // Trusted for this session even when the settings could not keep them (*error says so).
    if (!read.isEmpty()) {
        m_trustedCertificates << read;
        m_onboarding->runner()->addCaCertificates(read);
    }
    return kept;
}

void WizardController::loadTrustedCertificates()
{
    if (m_demo)
        return;
    QString error;
    m_trustedCertificates = TrustedCertificates().load(&error);
    if (!error.isEmpty())
        qCWarning(lcUi) << "trusted CA certificates:" << error;
    m_onboarding->runner()->addCaCertificates(m_trustedCertificates);
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

void WizardController::request(const QList<StepId> &steps)
{
    if (!isOpen())
        return;
    m_refusedIssues.clear();
    QList<PlanIssue> issues;
    const bool wasRunning = m_onboarding->runner()->isRunning();
    m_onboarding->setPlan(m_plan);
    if (!m_onboarding->request(steps, &issues)) {
        m_refusedIssues = issues;
        m_lastExitCode = EngineExit::BadInput;
        m_lastSummary = Runner::describePlanIssues(steps, issues);
        if (m_checkingConnection) {
            ConnectionResult result;
            result.outcome = ConnectionResult::Outcome::BadInput;
            result.message = m_lastSummary;
            finishConnectionCheck(result);
        }
        emit planRefused(issues);
        emit runFinished(m_lastExitCode, m_lastSummary);
        return;
    }
    if (!wasRunning)
        emit runningChanged(true);
    for (StepId step : steps)
        emit stepChanged(step);
}

void WizardController::runStep(StepId step)
{
    if (state().step(step).status == StepStatus::Done) {
        emit stepChanged(step);
        return;
    }
    request({step});
}

void WizardController::rerunStep(StepId step, QWidget *parent)
{
    auto go = [this, step] { request({step}); };
    if (!changesRemote(step)) {
        go();
        return;
    }
    ConfirmationRequest question;
    question.title = tr("Run “%1” again?").arg(Steps::displayName(step));
    question.question = tr("“%1” may create or change objects in Sectigo Certificate Manager. It looks for "
                           "what exists first and adopts it, so running it again does not make duplicates. "
                           "Run it again?")
                            .arg(Steps::displayName(step));
    question.acceptText = tr("&Run again");
    QPointer<WizardController> self(this);
    m_confirmer(parent, question, [self, go](bool accepted) {
        if (self && accepted)
            go();
    });
}

void WizardController::confirmOperatorPasswordReset(QWidget *parent)
{
    if (!isOpen())
        return;
    ConfirmationRequest question;
    question.objectName = QStringLiteral("resetOperatorPasswordConfirm");
    question.title = tr("Reset the operator's password?");
    question.question =
        tr("None of the passwords this computer keeps for the operator %1 works (another computer, or a new "
           "keychain?). The MRAO admin can set a new one, but then the password configured on the gateway "
           "stops working until you give the gateway the new connector values. Reset the operator's "
           "password?")
            .arg(m_plan.operatorAdmin.login);
    question.acceptText = tr("&Reset the password");
    QPointer<WizardController> self(this);
    m_confirmer(parent, question, [self](bool accepted) {
        if (!self || !accepted || !self->isOpen())
            return;
        self->m_onboarding->runner()->setResetOperatorPassword(true);
        // Queued: the run that asked may still be ending (its finished() is on its way).
        QMetaObject::invokeMethod(
            self,
            [self] {
                if (self && self->isOpen())
                    self->request({StepId::Password});
            },
            Qt::QueuedConnection);
    });
}

void WizardController::onRunnerStepChanged(const QString &name)
{
    StepId step;
    if (!Steps::fromName(name, &step))
        return;
    const StepState &s = state().step(step);
    if (step == StepId::Password && s.status == StepStatus::Done)
        m_manualChange.reset();
    emit stepChanged(step);
    if (step == StepId::Connect && m_checkingConnection &&
        (s.status == StepStatus::Done || s.status == StepStatus::Failed))
        finishConnectionCheck(connectionResultOfConnectStep());
}

void WizardController::onRunnerFinished(int exitCode, const QString &summary)
{
    // finished() is queued: when the next run started meanwhile (a new sign-in), this end is old news.
    if (m_onboarding->runner()->isRunning())
        return;
    m_lastExitCode = exitCode;
    m_lastSummary = summary;
    if (m_checkingConnection) {
        // Ended before the connect step did (cancelled, or refused before it started).
        ConnectionResult result;
        result.outcome = exitCode == EngineExit::BadInput ? ConnectionResult::Outcome::BadInput
                                                          : ConnectionResult::Outcome::Cancelled;
        result.message = summary;
        finishConnectionCheck(result);
    }
    emit runningChanged(false);
    emit runFinished(exitCode, summary);
    for (StepId step : Steps::all())
        emit stepChanged(step);
}

void WizardController::cancel()
{
    if (m_onboarding && m_onboarding->runner()->isRunning())
        m_onboarding->runner()->cancel();
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
    QString error;
    return ConnectorExporter::assembledConfig(state(), &error);
}

void WizardController::setGatewayCredentials(const QString &token, const QString &secret, bool remember)
{
    if (m_demo || !m_plan.gateway.api)
        return;
    Runner *runner = m_onboarding->runner();
    if (runner->isRunning() && m_gateway)
        return; // the run in progress uses the one it has
    runner->setGatewayTarget(nullptr);
    m_gateway.reset();
    if (token.isEmpty() || secret.isEmpty())
        return;
    // The CA certificates trusted for SCM are trusted for the gateway too (a self-signed appliance).
    m_gateway =
        std::make_unique<GatewayConnection>(*m_plan.gateway.api, token, secret, m_trustedCertificates);
    runner->setGatewayTarget(m_gateway->target());
    if (remember) {
        const QString host = m_gateway->host();
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
                                     SecretStore::operatorCurrentSlot()),
                    this,
                    [done](const SecretResult &result) { done(result.ok() ? result.value : QString()); });
}

void WizardController::exportConnectorFile(const QString &path, const QString &passphrase)
{
    if (!m_exporter) {
        m_exporter = new ConnectorExporter(m_secrets, this);
        connect(m_exporter, &ConnectorExporter::finished, this, [this](const ConnectorExportResult &result) {
            emit connectorFileExported({result.ok, result.path, result.message});
        });
    }
    if (!m_exporter->start(state(), {path, passphrase, false}))
        emit connectorFileExported(
            {false, path, tr("A connector file is being written already; wait for it.")});
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

void WizardController::saveOnboardingReport(const QString &path)
{
    if (!isOpen()) {
        emit onboardingReportSaved({false, path, tr("No onboarding is open: there is nothing to report.")});
        return;
    }
    // The state in memory: the file may not have caught up with the last change yet.
    const OnboardingReport report = OnboardingReport::fromState(state(), stateDirectory());
    QString error;
    SaveResult result{report.write(path, &error), path, error};
    if (result.ok)
        result.message = tr("Onboarding report written to %1.").arg(QDir::toNativeSeparators(path));
    emit onboardingReportSaved(result);
}

// --- after the onboarding ------------------------------------------------------------------------------

ScmTransport *WizardController::scmTransport() const
{
    return m_onboarding ? m_onboarding->runner()->transport() : nullptr;
}

Clock *WizardController::clock() const
{
    return clockOf(m_options);
}

ScmCredentials WizardController::adminCredentials() const
{
    return {ScmTransport::normaliseBaseUrl(m_plan.scm.baseUrl), m_plan.scm.customerUri, m_plan.scm.login,
            m_adminPassword};
}

bool WizardController::recordOperatorPasswordExpiry(const PasswordExpiry &expiry, QString *error)
{
    if (!isOpen()) {
        *error = tr("No onboarding is open.");
        return false;
    }
    StateStore *store = m_onboarding->store();
    std::optional<ConnectorConfig> config = ConnectorExporter::assembledConfig(store->state(), error);
    if (!config)
        return false;
    store->state().recordPasswordExpiry(StepId::Password, PasswordHolder::Operator, expiry);
    // The connector values carry the expiry too: the next connector file and values sheet show it.
    config->passwordExpires = expiry.expires;
    store->state().step(StepId::Connector).details.insert(QStringLiteral("connector"), config->plainJson());
    const bool saved = store->save(error);
    emit stepChanged(StepId::Password);
    emit stepChanged(StepId::Connector);
    return saved;
}
