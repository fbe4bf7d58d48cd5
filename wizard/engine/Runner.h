#pragma once

#include "ConnectorExporter.h"
#include "ManualPasswordChange.h"
#include "Plan.h"
#include "StepId.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

#include <memory>

class Clock;
class GatewayConnectorTarget;
class ScmTransport;
class SecretStore;
class State;
class StateStore;

// Where the connector step writes the connector file, if anywhere (run --export); an empty path:
// no file. The passphrase stays in memory.
using ConnectorExport = ConnectorFileTarget;

// Runs the procedure's steps as DESIGN.md's graph: every step whose needs are done starts at once,
// waiting steps are polled with capped backoff until the deadline, the state is saved after every
// change, and every changing SCM request is journalled. The command line and the wizard both drive
// it; the wizard's pages bind to its signals and accessors and hold no logic of their own.
//
// Typical use: construct, set the plan, state store, secret store and admin password, connect the
// signals, start(). finished() follows exactly once per start(), also after cancel().
class Runner : public QObject
{
    Q_OBJECT
public:
    explicit Runner(QObject *parent = nullptr);
    ~Runner() override;

    // --- inputs: set before start() -------------------------------------------------------------
    // `path`: where the plan file is (recorded in the state and the connector values); empty when
    // the wizard made the plan.
    void setPlan(const Plan &plan, const QString &path = QString());
    const Plan &plan() const;
    // Where the state lives (locked by the caller or by start(): see StateStore). Not owned.
    void setStateStore(StateStore *store);
    // The operator's passwords (and the admin's, when the caller keeps it there). Not owned.
    void setSecretStore(SecretStore *secrets);
    // The password of the admin in plan.scm.login (resolved by the caller: keychain, environment,
    // file, prompt or the wizard's field). Memory only.
    void setAdminPassword(const QString &password);
    // Every wait (polls, deadline) is measured on this clock; default Clock::system(). Not owned.
    void setClock(Clock *clock);
    // How long start() keeps polling what it waits for, in clock seconds (default 600). 0: look once.
    void setDeadline(int seconds);
    int deadline() const;
    // Calls in flight at once (the transport's bound; default 6).
    void setConcurrency(int maxInFlight);
    // CA certificates to trust besides the system store (a private SCM, the simulator's --tls).
    void addCaCertificates(const QList<QSslCertificate> &certificates);
    // Go on with a GÉANT TCS customer URI (see TcsGuard).
    void setAllowLegacyTcs(bool allow);
    // Where `connector` checks managed domains when the plan has gateway.api. Not owned; without
    // one, connector says the gateway was not contacted.
    void setGatewayTarget(GatewayConnectorTarget *target);
    // The person's consent to reset the password of an operator none of whose stored passwords
    // works (a second machine, a new keychain): the MRAO admin sets a new one and the gateway's
    // configured password stops working. Default false: the password step fails with
    // EngineExit::BadInput and operatorPasswordResetNeeded() instead. May be set during a run.
    void setResetOperatorPassword(bool allowed);
    bool resetOperatorPassword() const;
    // Writes the connector file at the end of `connector`.
    void setConnectorExport(const ConnectorExport &exportOptions);
    // The one network stack of every SCM call of this runner (for tests and bespoke settings).
    ScmTransport *transport() const;

    // --- driving --------------------------------------------------------------------------------
    // Runs the steps whose needs are met; `onlySteps` (step names, e.g. "domains") restricts the run
    // to those steps, which then use ids from the state or find their objects by name. Unknown names
    // end the run at once with EngineExit::BadInput.
    void start(const QStringList &onlySteps = {});
    // While a run goes on: these steps join it (a step this run finished already runs again); they
    // start as soon as their needs are done. False, with the problems in *issues, when the plan lacks
    // what they read; the run goes on without them. Not running: false.
    bool add(const QList<StepId> &steps, QList<PlanIssue> *issues = nullptr);
    // A step waiting for something outside looks again now instead of at its next poll.
    void pollNow(StepId step);
    // Stops every call and wait; finished() follows with EngineExit::Other and "cancelled".
    void cancel();
    bool isRunning() const;
    // The step is part of the run in progress and has not finished in it (running or waiting).
    bool isActive(StepId step) const;
    // When a waiting step of the run in progress looks again; invalid when it does not wait.
    QDateTime nextCheck(StepId step) const;

    // The problems of `plan` in what `steps`, and the steps they need, read; empty when they may run.
    static QList<PlanIssue> planIssues(const Plan &plan, const QList<StepId> &steps);
    // One paragraph naming each step that cannot run and what its plan lacks.
    static QString describePlanIssues(const QList<StepId> &steps, const QList<PlanIssue> &issues);

    // --- results ----------------------------------------------------------------------------------
    // The progress (persisted after every change). Valid after start() has loaded it.
    const State &state() const;
    int exitCode() const;    // of the last finished run; -1 before
    QString summary() const; // of the last finished run
    // Why the last start() refused the plan (EngineExit::BadInput); empty otherwise.
    QList<PlanIssue> lastPlanIssues() const;

signals:
    // A step's status, message or ids changed; state() already shows it (and it is saved).
    void stepChanged(const QString &stepId);
    // Something a person should read about a step (progress, what to publish, what to do).
    void message(const QString &stepId, const QString &text);
    // SCM refused to change the operator's temporary password over the API: the person logs in at
    // change.url and sets change.newPassword; the runner polls until that works. Secrets inside:
    // show them, never log or store them.
    void manualPasswordChangeRequired(const ManualPasswordChange &change);
    // No stored password of the operator `login` works and resetting it needs the person's consent
    // (setResetOperatorPassword): ask, then run the password step again. Emitted after the password
    // step has failed for it (its stepChanged() came first).
    void operatorPasswordResetNeeded(const QString &login);
    // The run ended: EngineExit code and one paragraph saying what happened and what to do next.
    void finished(int exitCode, const QString &summary);

private:
    class Private;
    std::unique_ptr<Private> d;
};
