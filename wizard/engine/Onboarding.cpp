#include "Onboarding.h"

#include "Clock.h"
#include "Runner.h"
#include "State.h"
#include "StateStore.h"

#include <QDir>

class Onboarding::Private
{
public:
    Private(const QString &directory, SecretStore *secretStore, Clock *clock)
        : store(directory, clock)
        , secrets(secretStore)
    {}

    StateStore store;
    SecretStore *secrets;
    Runner *runner = nullptr;
};

Onboarding::Onboarding(const QString &stateDirectory, SecretStore *secrets, Clock *clock, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(stateDirectory, secrets, clock))
{
    d->runner = new Runner(this);
    d->runner->setClock(clock);
    d->runner->setStateStore(&d->store);
    d->runner->setSecretStore(secrets);
}

Onboarding::~Onboarding()
{
    // The runner saves what it has before the store (a member of d) goes.
    delete d->runner;
}

QString Onboarding::defaultStateDirectory(const QString &name)
{
    QString base = qEnvironmentVariable("XDG_STATE_HOME");
    if (base.isEmpty())
        base = QDir::homePath() + QStringLiteral("/.local/state");
    return QDir(base).filePath(QStringLiteral("mpki-setup/") + name);
}

bool Onboarding::open(QString *error)
{
    return d->store.isOpen() || d->store.open(error);
}

bool Onboarding::isOpen() const
{
    return d->store.isOpen();
}

QString Onboarding::stateDirectory() const
{
    return d->store.directory();
}

StateStore *Onboarding::store() const
{
    return &d->store;
}

const State &Onboarding::state() const
{
    return d->runner->state();
}

void Onboarding::setPlan(const Plan &plan, const QString &path)
{
    d->runner->setPlan(plan, path);
}

const Plan &Onboarding::plan() const
{
    return d->runner->plan();
}

void Onboarding::setAdminPassword(const QString &password)
{
    d->runner->setAdminPassword(password);
}

SecretStore *Onboarding::secrets() const
{
    return d->secrets;
}

Runner *Onboarding::runner() const
{
    return d->runner;
}

void Onboarding::run(const QStringList &onlySteps)
{
    d->runner->start(onlySteps);
}

bool Onboarding::request(const QList<StepId> &steps, QList<PlanIssue> *issues)
{
    // The needs that are not done yet come along; done ones are not run again.
    QList<StepId> wanted;
    for (StepId step : Steps::withNeeds(steps)) {
        if (steps.contains(step) || state().step(step).status != StepStatus::Done)
            wanted << step;
    }
    const QList<PlanIssue> found = Runner::planIssues(plan(), wanted);
    if (issues)
        *issues = found;
    if (!found.isEmpty())
        return false;
    if (d->runner->isRunning())
        return d->runner->add(wanted, issues);
    QStringList names;
    for (StepId step : std::as_const(wanted))
        names << Steps::name(step);
    d->runner->start(names);
    return true;
}

QList<PlanIssue> Onboarding::planIssues(StepId step) const
{
    return Runner::planIssues(plan(), {step});
}
