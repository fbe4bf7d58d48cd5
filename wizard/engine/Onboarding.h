#pragma once

#include "Plan.h"
#include "StepId.h"

#include <QObject>
#include <QString>

#include <memory>

class Clock;
class Runner;
class SecretStore;
class State;
class StateStore;

// One onboarding: its plan, its state directory (locked while open), the runner that does the
// steps and the secret store that holds the operator's passwords. `mpki-setup run` and the wizard
// both work through it, so that a step runs the same way whichever of them asked.
class Onboarding : public QObject
{
    Q_OBJECT
public:
    Onboarding(const QString &stateDirectory, SecretStore *secrets, Clock *clock = nullptr,
               QObject *parent = nullptr);
    ~Onboarding() override;

    // Where an onboarding keeps its state unless told otherwise: $XDG_STATE_HOME/mpki-setup/<name>
    // (~/.local/state/mpki-setup/<name>). The command line names it after the plan file, the wizard
    // uses "wizard".
    static QString defaultStateDirectory(const QString &name);

    // Creates and locks the state directory and loads its state. False with a translated *error.
    bool open(QString *error);
    bool isOpen() const;
    QString stateDirectory() const;
    StateStore *store() const;
    const State &state() const;

    // The plan the steps run with; `path` is where it came from (empty when the wizard made it).
    void setPlan(const Plan &plan, const QString &path = QString());
    const Plan &plan() const;
    void setAdminPassword(const QString &password);
    SecretStore *secrets() const;
    // The runner, for what is not the session's business (deadline, export, gateway, its signals).
    Runner *runner() const;

    // Runs the steps named (all when empty) as `mpki-setup run --only` does: a need outside the list
    // is taken as done.
    void run(const QStringList &onlySteps = {});
    // What a person asks for in the wizard: these steps, and those they need that are not done yet,
    // join the run in progress or start one. False, with the problems in *issues, when the plan lacks
    // what they read (nothing is started then).
    bool request(const QList<StepId> &steps, QList<PlanIssue> *issues = nullptr);
    // The problems of the plan in what the step (and those it needs) reads.
    QList<PlanIssue> planIssues(StepId step) const;

private:
    class Private;
    std::unique_ptr<Private> d;
};
