#pragma once

#include "Confirmer.h"
#include "ManualPasswordChange.h"
#include "Plan.h"
#include "State.h"
#include "StepId.h"

#include <QDateTime>
#include <QList>
#include <QLoggingCategory>
#include <QObject>
#include <QSslCertificate>
#include <QSslError>

#include <functional>
#include <memory>
#include <optional>

class Clock;
class DemoEnvironment;
class ConnectorExporter;
class GatewayConnection;
class Onboarding;
struct PlanPreviewReport;
class ScmTransport;
class SecretStore;
class UrlOpener;
struct ConnectorConfig;
struct ScmCredentials;

Q_DECLARE_LOGGING_CATEGORY(lcUi)

// What the connection page asked for and what came back.
struct ConnectionInput
{
    QString baseUrl;
    QString customerUri;
    QString login;
    QString password;
    bool remember = false; // keep the password in the keychain
};

struct ConnectionResult
{
    enum class Outcome
    {
        Connected,
        Unauthorized,
        Tls,
        Network,
        Other,
        Cancelled,
        BadInput
    };
    Outcome outcome = Outcome::Other;
    QString message;              // what went wrong and what to do (translated)
    QList<QSslCertificate> chain; // the server's chain when TLS failed
    QList<QSslError> tlsErrors;   // why it was not trusted
    QString role;                 // the admin's role when connected (MRAO, RAO_SMIME, ...)
    QString roleWarning;          // what this role cannot do, when it is not MRAO
};

// The result of saving something on the connector page.
struct SaveResult
{
    bool ok = false;
    QString path;
    QString message;
};

// The one model between the wizard's pages and the engine. Pages show what it says and emit what
// the person asks for; it holds the plan being edited and the Onboarding (state, runner, secrets)
// that `mpki-setup run` drives too, and maps pages' wishes to steps and the engine's results back.
// A step a page asks for joins the run in progress (Runner::add), so that everything that can run
// while validation is pending does; the runner's schedule is the only one.
class WizardController : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString stateDirectory; // empty: Onboarding::defaultStateDirectory("wizard") (a temp dir in demo)
        bool demo = false;
        DemoEnvironment *demoEnvironment = nullptr; // not owned; null in demo mode: made and owned here
        SecretStore *secrets = nullptr;             // not owned; null: keychain (memory in demo)
        Clock *clock = nullptr;                     // null: the wall clock
        UrlOpener *urlOpener = nullptr;             // not owned; null: the desktop's browser
        Confirmer confirmer;                        // empty: a window-modal question box
        int demoValidationDelaySeconds = -1;        // demo: -1 keeps the demo's default
        int demoDcvDelaySeconds = -1;
        // demo: the program whose `simulate` command runs the simulators in a child process
        // (mpki-setup itself); empty: they run in this process
        QString demoSimulatorProgram;
        int pollDeadlineSeconds = 7 * 24 * 3600; // the wizard keeps polling while it is open
    };

    explicit WizardController(const Options &options, QObject *parent = nullptr);
    ~WizardController() override;

    // Starts the demo's simulators (demo mode), opens the state directory and loads the plan the
    // wizard saved there. False with a translated *error.
    bool open(QString *error);
    bool isOpen() const;
    // Demo mode: starts the demo's simulators unless they run already (in the background: demoReady()
    // or demoLost() follows), and points the plan at them. When the controller owns the demo (no
    // Options::demoEnvironment), open() leaves this to the wizard, which calls it once its first page is
    // painted (the welcome page needs no simulator). False with a translated *error only when an
    // embedded demo cannot start.
    bool startDemo(QString *error);
    bool isDemo() const { return m_options.demo; }
    // Outside the demo always; in the demo once its simulators listen and the plan points at them.
    bool isDemoReady() const { return !m_options.demo || m_demoAttached; }
    QString stateDirectory() const;
    DemoEnvironment *demoEnvironment() const { return m_demo; }
    UrlOpener *urlOpener() const { return m_urlOpener; }
    const Confirmer &confirmer() const { return m_confirmer; }

    // --- the plan being edited ------------------------------------------------------------------
    const Plan &plan() const { return m_plan; }
    void setPlan(const Plan &plan); // saved beside the state
    // Issues of the parts of the plan a step needs (the page's fields), empty when it may run.
    QList<PlanIssue> planIssues(StepId step) const;
    // The saved plan could not be read when the wizard opened (a translated message; empty when fine).
    QString planLoadProblem() const { return m_planLoadProblem; }

    // --- progress ------------------------------------------------------------------------------
    const State &state() const;
    bool hasProgress() const; // something was done already (offer "resume")
    // Forgets the onboarding in progress (its state and the plan typed so far; what exists in SCM
    // stays) and starts with empty fields. False with a translated *error when it cannot be saved.
    bool startNewOnboarding(QString *error);
    int stepsDone() const;
    // The first step that is not done yet (the page to resume at); Connector when all are done.
    StepId firstOpenStep() const;
    bool isRunning() const;
    bool isStepActive(StepId step) const; // asked for and not finished in this session
    QDateTime lastCheck(StepId step) const;
    QDateTime nextCheck(StepId step) const;
    // A waiting step looks again now.
    void checkNow(StepId step);
    QString lastSummary() const { return m_lastSummary; }
    int lastExitCode() const { return m_lastExitCode; }
    // What the last run that ended with a problem (bad input, refused, network, a failed save) said,
    // with what to do; empty after a run that ended well or only waits.
    QString runProblem() const;
    // The plan problems that stopped the last request (the page that owns the field shows them).
    QList<PlanIssue> refusedPlanIssues() const { return m_refusedIssues; }
    std::optional<PasswordExpiry> operatorPasswordExpiry() const;

    // --- connection -----------------------------------------------------------------------------
    void checkConnection(const ConnectionInput &input);
    bool isCheckingConnection() const { return m_checkingConnection; }
    bool isConnected() const { return m_connected; }
    // Trusts the CA certificates in a PEM or DER file for SCM from now on (remembered).
    bool trustCaCertificateFile(const QString &path, QString *error);
    // The remembered admin password, when the person asked to keep it (async; empty when none).
    void readRememberedPassword(const QString &baseUrl, const QString &customerUri, const QString &login,
                                std::function<void(const QString &password)> done);
    // The demo's admin password (empty outside the demo).
    QString demoAdminPassword() const;

    // --- steps ----------------------------------------------------------------------------------
    // Asks for a step (it runs as soon as its needs are done; a done step is left alone).
    void runStep(StepId step);
    // Runs one step again, also when done; asks for confirmation first when it changes something
    // remote. `parent` is the window the question belongs to.
    void rerunStep(StepId step, QWidget *parent);
    static bool changesRemote(StepId step);
    // Stops every call and poll; the state keeps what was done.
    void cancel();

    // --- the operator's manual password change --------------------------------------------------
    std::optional<ManualPasswordChange> manualPasswordChange() const { return m_manualChange; }
    // Demo only: plays the person who logs in at SCM's page and sets the new password.
    void playPersonsPart();

    // None of the operator's stored passwords works (operatorPasswordResetNeeded()): asks the person,
    // saying that the gateway's configured password stops working, and on "yes" lets the MRAO admin
    // set a new one (the password step runs again). `parent` is the window the question belongs to.
    void confirmOperatorPasswordReset(QWidget *parent);

    // --- connector -----------------------------------------------------------------------------
    // The values assembled by the connector step (no password), empty before.
    std::optional<ConnectorConfig> connectorConfig() const;
    // The gateway REST API's token and secret (not in demo mode: the demo's gateway is set up already).
    // With both, the connector step checks the managed domains on the gateway of the plan's
    // gateway.api; they are kept in the secret store when `remember` is set.
    void setGatewayCredentials(const QString &token, const QString &secret, bool remember);
    void readGatewayCredentials(std::function<void(const QString &token, const QString &secret)> done);
    bool hasGatewayCredentials() const { return m_gateway != nullptr; }

    // What a run of `plan` would do, read (and only read) from SCM as the signed-in admin, off the GUI
    // thread's critical path: the calls are asynchronous and `done` runs on the GUI thread once they
    // are answered, not at all once `context` is gone.
    void previewPlan(const Plan &plan, QObject *context, std::function<void(const PlanPreviewReport &)> done);
    // The operator's current password from the secret store (async; empty when it is not there).
    void readOperatorPassword(std::function<void(const QString &password)> done);
    // Writes the connector file, encrypted with `passphrase`, off the GUI thread (ConnectorExporter).
    void exportConnectorFile(const QString &path, const QString &passphrase);
    // Writes the values sheet (.pdf or .html).
    void saveValuesSheet(const QString &path);
    // Writes the onboarding report (.pdf or .html) for the change record: the state as it is now,
    // the journal and the plan (OnboardingReport).
    void saveOnboardingReport(const QString &path);

    // --- after the onboarding (HealthController) ------------------------------------------------
    // The runner's transport (with the CA certificates the person trusts), the secret store that holds
    // the operator's passwords, the clock, and the admin the wizard signed in as (an empty password
    // when it has not signed in this session).
    ScmTransport *scmTransport() const;
    SecretStore *secretStore() const { return m_secrets; }
    Clock *clock() const;
    ScmCredentials adminCredentials() const;
    // Records the operator password's new expiry after a rotation, as `mpki-setup rotate` does: the
    // password step's record and the connector values' passwordExpires; saved at once. False with a
    // translated *error when there are no connector values or the state cannot be saved.
    bool recordOperatorPasswordExpiry(const PasswordExpiry &expiry, QString *error);

signals:
    void connectionChecked(const ConnectionResult &result);
    void stepChanged(StepId step);
    void stepMessage(StepId step, const QString &text);
    void runningChanged(bool running);
    void manualPasswordChangeRequired(const ManualPasswordChange &change);
    // The password step stopped: resetting the operator's password needs the person's consent
    // (confirmOperatorPasswordReset).
    void operatorPasswordResetNeeded(const QString &login);
    void personsPartPlayed(bool ok, const QString &message);
    // A run ended (EngineExit code and its summary); pages show runProblem() when there is one.
    void runFinished(int exitCode, const QString &summary);
    // A request was refused because the plan lacks what the steps read.
    void planRefused(const QList<PlanIssue> &issues);
    // Demo mode: the simulators' process did not start or ended while the wizard was open (a
    // translated message).
    void demoLost(const QString &message);
    // Demo mode: the simulators listen and the plan points at them.
    void demoReady();
    void connectorFileExported(const SaveResult &result);
    void valuesSheetSaved(const SaveResult &result);
    void onboardingReportSaved(const SaveResult &result);
    void planChanged();

private:
    void request(const QList<StepId> &steps);
    void onRunnerStepChanged(const QString &name);
    void onRunnerFinished(int exitCode, const QString &summary);
    void finishConnectionCheck(const ConnectionResult &result);
    ConnectionResult connectionResultOfConnectStep() const;
    void savePlan();
    void loadPlan();
    void loadTrustedCertificates();
    QString planFilePath() const;
    QString secretKey(const QString &slot) const;

    Options m_options;
    Plan m_plan;
    QString m_planLoadProblem;
    std::unique_ptr<SecretStore> m_ownedSecrets;
    SecretStore *m_secrets = nullptr;
    std::unique_ptr<UrlOpener> m_ownedUrlOpener;
    UrlOpener *m_urlOpener = nullptr;
    Confirmer m_confirmer;
    std::unique_ptr<DemoEnvironment> m_ownedDemo;
    DemoEnvironment *m_demo = nullptr;
    bool m_demoAttached = false;
    bool m_demoStarting = false;
    QString m_stateDirectory;
    std::unique_ptr<Onboarding> m_onboarding;
    QString m_adminPassword;
    bool m_connected = false;
    bool m_checkingConnection = false;
    ConnectionInput m_pendingConnection;
    QList<QSslCertificate> m_lastChain;
    QList<QSslError> m_lastTlsErrors;
    QList<QSslCertificate> m_trustedCertificates;
    QString m_lastSummary;
    int m_lastExitCode = -1;
    QList<PlanIssue> m_refusedIssues;
    std::optional<ManualPasswordChange> m_manualChange;
    std::unique_ptr<GatewayConnection> m_gateway;
    ConnectorExporter *m_exporter = nullptr;
};

inline size_t qHash(StepId step, size_t seed = 0)
{
    return ::qHash(int(step), seed);
}
