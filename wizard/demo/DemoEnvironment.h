#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

class Clock;
class GatewayConnectorTarget;
class GatewaySimulator;
class Plan;
class Runner;
class ScmSimulator;
class SecretStore;
struct ManualPasswordChange;

// What the demo's simulated world looks like (the defaults are what `run --demo` and the wizard's
// demo mode use: SCM refuses the temporary password over the API, validation and DCV take seconds).
struct DemoOptions
{
    int validationDelaySeconds = 3;
    int dcvDelaySeconds = 2;
    Clock *clock = nullptr; // nullptr: the wall clock (shared with the Runner for a scaled demo)
    QString requestLogPath; // the SCM simulator's request log; empty: none
    // When set (and no clock is given): the simulators run in a child process, this program's
    // `simulate` command (mpki-setup itself), so that the process of the demo holds no HTTP server,
    // as in a real onboarding. Empty: they run in this process (tests, `run --demo`, a scaled clock).
    QString simulatorProgram;
};

// Everything `--demo` needs so that a newcomer sees the whole procedure with no account: the
// embedded SCM simulator (with its defaults) and a SEPPmail gateway simulator that already has the
// plan's domains as managed domains, both on free loopback ports; the plan pointed at them; an
// in-memory secret store (the demo's secrets are throw-away); and the person, played through the
// simulator's web page when SCM asks for the manual password change — announced, never hidden.
class DemoEnvironment : public QObject
{
    Q_OBJECT
public:
    explicit DemoEnvironment(QObject *parent = nullptr);
    ~DemoEnvironment() override;

    void setOptions(const DemoOptions &options); // before start()
    const DemoOptions &options() const;

    // Starts both simulators for `plan` (its customer URI and admin login, its domains as the
    // gateway's managed domains of the plan's gateway customer) and returns at once: startFinished()
    // follows, never from inside this call.
    void startInBackground(const Plan &plan);
    // The same, waiting for the answer in a local event loop (the command line, tests). False with a
    // translated *error.
    bool start(const Plan &plan, QString *error);
    // Whether the simulators run in a child process (DemoOptions::simulatorProgram, no clock).
    bool runsInChildProcess() const;
    bool isStarted() const;

    // The plan pointed at the simulators: scm.baseUrl, and gateway.api.url (a gateway.api section is
    // added when the plan has none, so the demo shows the managed-domain check).
    Plan rewritePlan(const Plan &plan) const;

    QString adminPassword() const; // the simulated MRAO admin's
    SecretStore *secretStore() const;
    GatewayConnectorTarget *gatewayTarget() const;
    // The simulators when they run in this process; null when they run in a child process.
    ScmSimulator *scmSimulator() const;
    GatewaySimulator *gatewaySimulator() const;
    QUrl scmBaseUrl() const;
    QUrl gatewayUrl() const;

    // Gives the runner the admin password, the secret store and the gateway target, and plays the
    // person whenever the runner asks for the manual password change.
    void attach(Runner *runner);
    // Logs in at the simulator's web page with the temporary password and sets the new one.
    void playPerson(const ManualPasswordChange &change);

signals:
    // The simulators listen (ok), or why they do not (a translated message).
    void startFinished(bool ok, const QString &error);
    // The simulators' child process ended while the demo still needed it (a translated message).
    void simulatorsLost(const QString &message);
    // What the demo did in the person's place, for the terminal or the wizard's page.
    void personActed(const QString &text);
    void personFinished(bool ok, const QString &text);

private:
    class Private;
    std::unique_ptr<Private> d;
};
