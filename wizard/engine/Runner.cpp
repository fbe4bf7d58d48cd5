#include "Runner.h"

#include "ApiOnlyStep.h"
#include "Clock.h"
#include "EngineExit.h"
#include "Journal.h"
#include "Plan.h"
#include "RunnerLogging.h"
#include "ScmClient.h"
#include "ScmTransport.h"
#include "SecretStore.h"
#include "State.h"
#include "StateStore.h"
#include "StepContext.h"
#include "TcsGuard.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <algorithm>
#include <array>
#include <functional>
#include <utility>

Q_LOGGING_CATEGORY(lcRunner, "mpki.engine.runner", QtWarningMsg)

namespace {
constexpr int defaultDeadlineSeconds = 600;

// Runs a function when the event loop has nothing more urgent: posted at low priority, it comes
// after the queued calls that put requests on the wire.
class LowPriorityCall : public QObject
{
public:
    explicit LowPriorityCall(std::function<void()> function, QObject *parent)
        : QObject(parent)
        , m_function(std::move(function))
    {}
    void post() { QCoreApplication::postEvent(this, new QEvent(QEvent::User), Qt::LowEventPriority); }

protected:
    bool event(QEvent *event) override
    {
        if (event->type() != QEvent::User)
            return QObject::event(event);
        m_function();
        return true;
    }

private:
    std::function<void()> m_function;
};
} // namespace

class Runner::Private
{
public:
    explicit Private(Runner *runner)
        : q(runner)
    {}

    Runner *q;
    Plan plan;
    QString planPath;
    StateStore *store = nullptr;
    State emptyState;
    SecretStore *secrets = nullptr;
    QString adminPassword;
    Clock *clock = Clock::system();
    int deadlineSeconds = defaultDeadlineSeconds;
    int concurrency = 6;
    bool allowLegacyTcs = false;
    GatewayConnectorTarget *gateway = nullptr;
    ConnectorExport connectorExport;
    bool resetOperatorPassword = false;
    QString resetNeededFor; // the operator whose password step stopped for want of consent

    ScmTransport *transport = nullptr;
    ScmClient *admin = nullptr;
    ScmClient *operatorClient = nullptr;
    Journal *journal = nullptr;
    StepContext context;
    std::array<Step *, Steps::count> steps{};
    std::array<QTimer *, Steps::count> pollTimers{};
    std::array<int, Steps::count> attempts{};
    std::array<bool, Steps::count> lastLookTaken{};
    // pollNow() came while the step was looking: its next wait is none.
    std::array<bool, Steps::count> lookAgainAtOnce{};
    QList<StepId> selected;
    QList<PlanIssue> planIssues;
    std::array<QDateTime, Steps::count> nextPolls{};
    bool saveFailed = false;
    QString saveError;
    // The secret store is checked (a write and a remove) before the first step that may change SCM in
    // a run that will keep operator passwords, so that an unreachable keychain stops the run before an
    // organisation exists, not at the operator's password after it.
    bool secretsChecked = false;
    bool checkingSecrets = false;
    int runNumber = 0; // an answer for an earlier run is not this one's
    QList<StepId> waitingForSecrets;
    void checkSecrets();
    QString saveFailureText() const;
    QSet<int> doneThisRun;
    QSet<int> startedThisRun;
    QHash<int, int> failures; // step index -> exit code
    QDateTime deadlineAt;
    bool running = false;
    bool cancelling = false;
    bool savePosted = false;
    LowPriorityCall *saveCall = nullptr;
    int exitCode = -1;
    QString summary;

    State &state() { return store && store->isOpen() ? store->state() : emptyState; }
    bool isSelected(StepId id) const { return selected.contains(id); }

    void setUpClients();
    void tearDownSteps();
    // The state is written (atomically, with an fsync: 10-20 ms on a busy disk) once the requests
    // that the change led to are on their way, not between an answer and the next request; several
    // changes in one pass of the event loop are written once.
    void save();
    void saveNow();
    // The state or the journal could not be written: stop every step, end the run with Other.
    void stopUnrecorded(const QString &error);
    void schedule();
    void startStep(StepId id);
    void stepFinished(StepId id);
    void finish();
    void finishNow(int code, const QString &text);
    bool isWaiting(StepId id) const;
    bool anythingActive() const;
};

Runner::Runner(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this))
{
    qRegisterMetaType<ManualPasswordChange>();
    d->transport = new ScmTransport(this);
}

Runner::~Runner()
{
    d->saveNow();
    d->tearDownSteps();
}

void Runner::setPlan(const Plan &plan, const QString &path)
{
    d->plan = plan;
    d->planPath = path;
    // A run in progress takes what a person typed since it started (the wizard's later pages): the
    // steps read the plan through the context; the operator's client signs in with its login.
    if (d->operatorClient)
        d->operatorClient->setLogin(plan.operatorAdmin.login);
}

const Plan &Runner::plan() const
{
    return d->plan;
}

void Runner::setStateStore(StateStore *store)
{
    d->store = store;
}

void Runner::setSecretStore(SecretStore *secrets)
{
    d->secrets = secrets;
}

void Runner::setAdminPassword(const QString &password)
{
    d->adminPassword = password;
}

void Runner::setClock(Clock *clock)
{
    d->clock = clock ? clock : Clock::system();
}

void Runner::setDeadline(int seconds)
{
    d->deadlineSeconds = qMax(0, seconds);
}

int Runner::deadline() const
{
    return d->deadlineSeconds;
}

void Runner::setConcurrency(int maxInFlight)
{
    d->concurrency = qMax(1, maxInFlight);
}

void Runner::addCaCertificates(const QList<QSslCertificate> &certificates)
{
    d->transport->addCaCertificates(certificates);
}

void Runner::setAllowLegacyTcs(bool allow)
{
    d->allowLegacyTcs = allow;
}

void Runner::setGatewayTarget(GatewayConnectorTarget *target)
{
    d->gateway = target;
}

void Runner::setResetOperatorPassword(bool allowed)
{
    d->resetOperatorPassword = allowed;
    d->context.resetOperatorPassword = allowed;
}

bool Runner::resetOperatorPassword() const
{
    return d->resetOperatorPassword;
}

void Runner::setConnectorExport(const ConnectorExport &exportOptions)
{
    d->connectorExport = exportOptions;
}

ScmTransport *Runner::transport() const
{
    return d->transport;
}

bool Runner::isRunning() const
{
    return d->running;
}

const State &Runner::state() const
{
    return d->state();
}

int Runner::exitCode() const
{
    return d->exitCode;
}

QString Runner::summary() const
{
    return d->summary;
}

QList<PlanIssue> Runner::lastPlanIssues() const
{
    return d->planIssues;
}

QList<PlanIssue> Runner::planIssues(const Plan &plan, const QList<StepId> &steps)
{
    QList<PlanSection> sections;
    for (StepId step : Steps::withNeeds(steps)) {
        for (PlanSection section : Steps::planSections(step)) {
            if (!sections.contains(section))
                sections << section;
        }
    }
    return plan.validate(sections);
}

QString Runner::describePlanIssues(const QList<StepId> &steps, const QList<PlanIssue> &issues)
{
    // Each problem once, under the first step asked for that reads its section.
    QStringList paragraphs;
    QList<PlanIssue> told;
    for (StepId step : Steps::withNeeds(steps)) {
        QStringList lines;
        for (const PlanIssue &issue : issues) {
            if (!told.contains(issue) && PlanSections::contains(Steps::planSections(step), issue.field)) {
                lines << issue.message;
                told << issue;
            }
        }
        if (!lines.isEmpty())
            paragraphs
                << tr("“%1” cannot run: %2").arg(Steps::displayName(step), lines.join(QLatin1Char(' ')));
    }
    return tr("The plan cannot be run. %1").arg(paragraphs.join(QLatin1Char(' ')));
}

bool Runner::isActive(StepId step) const
{
    const int index = Steps::index(step);
    return d->running && d->isSelected(step) && !d->doneThisRun.contains(index) &&
           !d->failures.contains(index);
}

QDateTime Runner::nextCheck(StepId step) const
{
    return d->isWaiting(step) ? d->nextPolls[size_t(Steps::index(step))] : QDateTime();
}

bool Runner::add(const QList<StepId> &steps, QList<PlanIssue> *issues)
{
    if (!d->running || d->cancelling)
        return false;
    const QList<PlanIssue> found = planIssues(d->plan, steps);
    if (issues)
        *issues = found;
    if (!found.isEmpty())
        return false;
    for (StepId id : steps) {
        const int index = Steps::index(id);
        if (!d->selected.contains(id)) {
            d->selected << id;
            continue;
        }
        // Asked for again: a step this run has finished runs once more; one in progress goes on.
        if (d->doneThisRun.contains(index) || d->failures.contains(index)) {
            d->doneThisRun.remove(index);
            d->failures.remove(index);
            d->startedThisRun.remove(index);
            d->attempts[size_t(index)] = 0;
            d->lastLookTaken[size_t(index)] = false;
        }
    }
    // In DESIGN.md's order, as start() keeps it.
    QList<StepId> ordered;
    for (StepId id : Steps::all()) {
        if (d->selected.contains(id))
            ordered << id;
    }
    d->selected = ordered;
    d->schedule();
    return true;
}

void Runner::pollNow(StepId step)
{
    const size_t index = size_t(Steps::index(step));
    QTimer *timer = d->pollTimers[index];
    if (!d->running || d->cancelling)
        return;
    if (!timer || !timer->isActive()) {
        // Asked while the step is looking (a person said "done" during a poll): look again after it.
        Step *running = d->steps[index];
        if (running && running->isRunning())
            d->lookAgainAtOnce[index] = true;
        return;
    }
    timer->stop();
    d->steps[size_t(Steps::index(step))]->start();
}

void Runner::start(const QStringList &onlySteps)
{
    if (d->running)
        return;
    d->running = true;
    d->cancelling = false;
    d->tearDownSteps();
    d->selected.clear();
    d->doneThisRun.clear();
    d->startedThisRun.clear();
    d->failures.clear();
    d->planIssues.clear();
    d->saveFailed = false;
    d->secretsChecked = false;
    d->checkingSecrets = false;
    ++d->runNumber;
    d->waitingForSecrets.clear();
    d->attempts.fill(0);
    d->lastLookTaken.fill(false);
    d->lookAgainAtOnce.fill(false);

    // What to run.
    if (onlySteps.isEmpty()) {
        d->selected = Steps::all();
    } else {
        QStringList unknown;
        for (const QString &name : onlySteps) {
            StepId id;
            if (Steps::fromName(name.trimmed(), &id)) {
                if (!d->selected.contains(id))
                    d->selected << id;
            } else {
                unknown << name;
            }
        }
        if (!unknown.isEmpty() || d->selected.isEmpty()) {
            QStringList known;
            for (StepId id : Steps::all())
                known << Steps::name(id);
            d->finishNow(EngineExit::BadInput,
                         tr("Unknown step '%1' in --only. The steps are: %2.")
                             .arg(unknown.join(QStringLiteral(", ")), known.join(QStringLiteral(", "))));
            return;
        }
    }

    // Inputs: only what the steps of this run (and the steps they need) read.
    d->planIssues = planIssues(d->plan, d->selected);
    if (!d->planIssues.isEmpty()) {
        d->finishNow(EngineExit::BadInput, describePlanIssues(d->selected, d->planIssues));
        return;
    }
    if (!d->store) {
        d->finishNow(EngineExit::Other, tr("No state directory was given."));
        return;
    }
    if (!d->store->isOpen()) {
        QString error;
        if (!d->store->open(&error)) {
            d->finishNow(EngineExit::Other, error);
            return;
        }
    }
    if (!d->secrets) {
        d->finishNow(EngineExit::BadInput, tr("No secret store is available for the operator's passwords."));
        return;
    }
    if (d->adminPassword.isEmpty()) {
        d->finishNow(EngineExit::BadInput,
                     tr("No password was given for the admin %1.").arg(d->plan.scm.login));
        return;
    }
    // Before anything is sent, not even a read.
    if (TcsGuard::isTcsCustomer(d->plan.scm.customerUri) && !d->allowLegacyTcs) {
        d->finishNow(EngineExit::Refused, TcsGuard::explanation(d->plan.scm.customerUri));
        return;
    }
    // The procedure's one hard order, refused before anything is sent.
    if (d->isSelected(StepId::ApiOnly) && !d->isSelected(StepId::Password) &&
        d->state().step(StepId::Password).status != StepStatus::Done) {
        StepState &apiOnly = d->state().step(StepId::ApiOnly);
        apiOnly.setStatus(StepStatus::Failed, ApiOnlyStep::orderRuleMessage(), d->clock->now());
        d->save();
        emit stepChanged(Steps::name(StepId::ApiOnly));
        d->finishNow(EngineExit::Refused, ApiOnlyStep::orderRuleMessage());
        return;
    }

    State &state = d->state();
    if (!state.created.isValid())
        state.created = d->clock->now();
    if (!d->planPath.isEmpty())
        state.planPath = d->planPath;
    state.planFingerprint = d->plan.fingerprint();

    d->setUpClients();
    d->deadlineAt = d->clock->now().addSecs(d->deadlineSeconds);
    // The deadline bounds the whole run, not only its polling: a server that accepts and never
    // answers must not keep it alive through retries. The last look at the deadline gets half a
    // request's time to finish, and a short deadline ("look once") one request's time from now.
    const qint64 requestMs = d->transport->requestDeadlineMs();
    d->transport->setRunDeadline(
        std::max(d->deadlineAt.addMSecs(requestMs / 2), d->clock->now().addMSecs(requestMs)));
    qCInfo(lcRunner) << "run starts:" << d->selected.size() << "steps, deadline" << d->deadlineSeconds << "s";
    d->schedule();
}

void Runner::cancel()
{
    if (!d->running || d->cancelling)
        return;
    d->cancelling = true;
    for (QTimer *timer : d->pollTimers) {
        if (timer)
            timer->stop();
    }
    for (Step *step : d->steps) {
        if (step && step->isRunning())
            step->cancel();
    }
    d->finishNow(EngineExit::Other, tr("Cancelled. Run again to continue where this run stopped."));
}

void Runner::Private::setUpClients()
{
    transport->setMaxInFlight(concurrency);
    transport->setClock(clock);
    ScmCredentials adminCredentials;
    adminCredentials.baseUrl = ScmTransport::normaliseBaseUrl(plan.scm.baseUrl);
    adminCredentials.customerUri = plan.scm.customerUri;
    adminCredentials.login = plan.scm.login;
    adminCredentials.password = adminPassword;
    ScmCredentials operatorCredentials = adminCredentials;
    operatorCredentials.login = plan.operatorAdmin.login;
    operatorCredentials.password.clear();
    delete admin;
    delete operatorClient;
    admin = new ScmClient(transport, adminCredentials, q);
    operatorClient = new ScmClient(transport, operatorCredentials, q);

    if (!journal || journal->path() != store->journalPath()) {
        delete journal;
        journal = new Journal(store->journalPath(), q);
        journal->watch(transport);
        // Direct: inside the transport's "sent", so the request that could not be recorded is
        // cancelled before it leaves.
        QObject::connect(journal, &Journal::writeFailed, q,
                         [this](const QString &message) { stopUnrecorded(message); });
    }

    context = StepContext();
    context.plan = &plan;
    context.state = &state();
    context.secrets = secrets;
    context.transport = transport;
    context.admin = admin;
    context.operatorClient = operatorClient;
    context.clock = clock;
    context.gateway = gateway;
    context.connectorExport = connectorExport;
    context.resetOperatorPassword = resetOperatorPassword;
    context.planPath = planPath;
    context.journal = journal;
    context.stateChanged = [this](StepId id) {
        state().step(id).updated = clock->now();
        save();
        emit q->stepChanged(Steps::name(id));
    };
    context.message = [this](StepId id, const QString &text) { emit q->message(Steps::name(id), text); };
    context.manualPasswordChange = [this](const ManualPasswordChange &change) {
        emit q->manualPasswordChangeRequired(change);
    };
    // Told once the step has failed (stepFinished): whoever asks the person may then run it again.
    context.operatorPasswordResetNeeded = [this](const QString &login) { resetNeededFor = login; };
    context.requestMade = [this](const QByteArray &requestId, StepId id) {
        journal->setStep(requestId, Steps::name(id));
    };

    for (StepId id : Steps::all()) {
        Step *step = Steps::create(id, &context, q);
        steps[size_t(Steps::index(id))] = step;
        QObject::connect(step, &Step::finished, q, [this, id] { stepFinished(id); });
    }
}

void Runner::Private::tearDownSteps()
{
    for (QTimer *&timer : pollTimers) {
        delete timer;
        timer = nullptr;
    }
    for (Step *&step : steps) {
        delete step;
        step = nullptr;
    }
}

void Runner::Private::save()
{
    if (!store || !store->isOpen())
        return;
    if (!saveCall)
        saveCall = new LowPriorityCall([this] { saveNow(); }, q);
    if (!savePosted) {
        savePosted = true;
        saveCall->post();
    }
}

void Runner::Private::saveNow()
{
    if (!savePosted)
        return; // nothing changed since the last write
    savePosted = false;
    if (!store || !store->isOpen())
        return;
    QString error;
    if (store->save(&error) || saveFailed)
        return;
    stopUnrecorded(error);
}

void Runner::Private::stopUnrecorded(const QString &error)
{
    if (saveFailed)
        return;
    // Without a record of what was created, a resume would not know it: change nothing more.
    saveFailed = true;
    qCWarning(lcRunner) << "cannot record the progress:" << error;
    saveError = error;
    if (!running)
        return;
    cancelling = true;
    for (Step *step : steps) {
        if (step && step->isRunning())
            step->cancel();
    }
    finishNow(EngineExit::Other, QString());
}

QString Runner::Private::saveFailureText() const
{
    return Runner::tr(
               "The progress could not be saved (%1), so the run stopped before changing anything more "
               "in SCM. Free some space or fix the state directory's permissions, then run again: it "
               "resumes from the last saved progress.")
        .arg(saveError);
}

bool Runner::Private::isWaiting(StepId id) const
{
    const QTimer *timer = pollTimers[size_t(Steps::index(id))];
    return timer && timer->isActive();
}

bool Runner::Private::anythingActive() const
{
    if (checkingSecrets)
        return true;
    for (StepId id : Steps::all()) {
        const Step *step = steps[size_t(Steps::index(id))];
        if ((step && step->isRunning()) || isWaiting(id))
            return true;
    }
    return false;
}

void Runner::Private::schedule()
{
    if (!running || cancelling)
        return;
    for (StepId id : std::as_const(selected)) {
        const int index = Steps::index(id);
        if (startedThisRun.contains(index) || failures.contains(index))
            continue;
        bool ready = true;
        for (StepId need : Steps::needs(id)) {
            // A need outside --only is the person's choice; inside, it must be done in this run.
            if (isSelected(need) && !doneThisRun.contains(Steps::index(need)))
                ready = false;
        }
        if (ready) {
            startedThisRun.insert(index);
            startStep(id);
        }
    }
    if (!anythingActive())
        finish();
}

void Runner::Private::startStep(StepId id)
{
    StepState &stepState = state().step(id);
    if (stepState.status != StepStatus::Running) {
        stepState.setStatus(StepStatus::Running, Steps::displayName(id), clock->now());
        save();
        emit q->stepChanged(Steps::name(id));
    }
    // connect and verify only read; every other step may change SCM. Only a run that will keep an
    // operator password (operator, password) needs the store.
    const bool keepsPasswords = isSelected(StepId::Operator) || isSelected(StepId::Password);
    if (!secretsChecked && keepsPasswords && id != StepId::Connect && id != StepId::Verify) {
        waitingForSecrets << id;
        if (!checkingSecrets)
            checkSecrets();
        return;
    }
    steps[size_t(Steps::index(id))]->start();
}

void Runner::Private::checkSecrets()
{
    checkingSecrets = true;
    const QString key =
        SecretStore::key(ScmTransport::normaliseBaseUrl(plan.scm.baseUrl).host(), plan.scm.customerUri,
                         plan.operatorAdmin.login, QStringLiteral("write-check"));
    secrets->write(key, QStringLiteral("-"), q, [this, key, run = runNumber](const SecretResult &written) {
        if (!running || cancelling || run != runNumber)
            return;
        if (written.ok()) {
            secrets->remove(key, q, [](const SecretResult &) {});
            checkingSecrets = false;
            secretsChecked = true;
            const QList<StepId> waiting = std::exchange(waitingForSecrets, {});
            for (StepId id : waiting)
                steps[size_t(Steps::index(id))]->start();
            return;
        }
        checkingSecrets = false;
        const QString message =
            Runner::tr(
                "The secret store cannot keep the operator's passwords (%1), so nothing was changed in "
                "SCM. Make the keychain available (unlock it, or start a desktop session), then run "
                "again.")
                .arg(written.message);
        const QList<StepId> waiting = std::exchange(waitingForSecrets, {});
        for (StepId id : waiting) {
            state().step(id).setStatus(StepStatus::Failed, message, clock->now());
            failures.insert(Steps::index(id), EngineExit::BadInput);
            emit q->stepChanged(Steps::name(id));
        }
        save();
        schedule();
    });
}

void Runner::Private::stepFinished(StepId id)
{
    if (!running || cancelling)
        return;
    const int index = Steps::index(id);
    Step *step = steps[size_t(index)];
    StepState &stepState = state().step(id);
    const QDateTime now = clock->now();
    switch (step->outcome()) {
    case Step::Outcome::Done:
        stepState.setStatus(StepStatus::Done, step->resultMessage(), now);
        doneThisRun.insert(index);
        break;
    case Step::Outcome::Failed:
        stepState.setStatus(StepStatus::Failed, step->resultMessage(), now);
        failures.insert(index, step->exitCode());
        break;
    case Step::Outcome::Waiting: {
        stepState.setStatus(StepStatus::Waiting, step->resultMessage(), now);
        if (deadlineSeconds <= 0 || lastLookTaken[size_t(index)] || now >= deadlineAt)
            break;
        qint64 delay = step->pollPolicy().delayMs(attempts[size_t(index)]++, step->retryAfterSeconds());
        if (std::exchange(lookAgainAtOnce[size_t(index)], false))
            delay = 0;
        const qint64 untilDeadline = now.msecsTo(deadlineAt);
        if (delay >= untilDeadline) {
            delay = untilDeadline; // one last look at the deadline
            lastLookTaken[size_t(index)] = true;
        }
        QTimer *&timer = pollTimers[size_t(index)];
        if (!timer) {
            timer = new QTimer(q);
            timer->setSingleShot(true);
            QObject::connect(timer, &QTimer::timeout, q, [this, id] {
                if (running && !cancelling)
                    steps[size_t(Steps::index(id))]->start();
            });
        }
        nextPolls[size_t(index)] = now.addMSecs(delay);
        timer->start(int(qMin<qint64>(clock->realDelayMs(delay), std::numeric_limits<int>::max())));
        break;
    }
    case Step::Outcome::Cancelled:
    case Step::Outcome::None:
        return;
    }
    save();
    emit q->stepChanged(Steps::name(id));
    if (!step->resultMessage().isEmpty())
        emit q->message(Steps::name(id), step->resultMessage());
    if (const QString login = std::exchange(resetNeededFor, QString()); !login.isEmpty())
        emit q->operatorPasswordResetNeeded(login);
    schedule();
}

void Runner::Private::finish()
{
    if (!running)
        return;
    const QDateTime now = clock->now();
    QStringList waiting, failed;
    int code = EngineExit::Complete;
    for (StepId id : std::as_const(selected)) {
        const int index = Steps::index(id);
        StepState &stepState = state().step(id);
        if (failures.contains(index)) {
            code = EngineExit::worst(code, failures.value(index));
            failed << QStringLiteral("%1: %2").arg(Steps::name(id), stepState.message);
            continue;
        }
        if (doneThisRun.contains(index))
            continue;
        if (startedThisRun.contains(index)) {
            // Waiting for something outside.
            code = EngineExit::worst(code, EngineExit::Waiting);
            waiting << QStringLiteral("%1: %2").arg(Steps::name(id), stepState.message);
            continue;
        }
        // Never started: blocked by a step that failed or waits.
        QStringList blockers;
        bool blockedByFailure = false;
        for (StepId need : Steps::needs(id)) {
            if (isSelected(need) && !doneThisRun.contains(Steps::index(need))) {
                blockers << Steps::name(need);
                blockedByFailure |= failures.contains(Steps::index(need)) ||
                                    state().step(need).status == StepStatus::Pending ||
                                    state().step(need).status == StepStatus::Failed;
            }
        }
        if (blockedByFailure) {
            stepState.setStatus(StepStatus::Pending,
                                tr("Not run: it needs %1.").arg(blockers.join(QStringLiteral(", "))), now);
        } else {
            stepState.setStatus(StepStatus::Waiting,
                                tr("Waits for %1.").arg(blockers.join(QStringLiteral(", "))), now);
            code = EngineExit::worst(code, EngineExit::Waiting);
        }
        emit q->stepChanged(Steps::name(id));
    }
    QString text;
    if (code == EngineExit::Complete) {
        text = selected.size() == Steps::count ? tr("All %1 steps are done.").arg(Steps::count)
                                               : tr("The steps asked for are done.");
    } else if (failures.isEmpty()) {
        text = tr("Waiting for something outside: %1 Run the same command again later: it resumes where this "
                  "run "
                  "stopped.")
                   .arg(waiting.join(QStringLiteral(" ")));
    } else {
        text = tr("Stopped: %1").arg(failed.join(QStringLiteral(" ")));
        if (!waiting.isEmpty())
            text += QLatin1Char(' ') + tr("Also waiting: %1").arg(waiting.join(QStringLiteral(" ")));
    }
    finishNow(code, text);
}

void Runner::Private::finishNow(int finishCode, const QString &finishText)
{
    for (QTimer *timer : pollTimers) {
        if (timer)
            timer->stop();
    }
    save();
    running = false; // a save that fails now must not finish the run a second time
    saveNow();
    const int code = saveFailed ? EngineExit::Other : finishCode;
    const QString text = saveFailed ? saveFailureText() : finishText;
    exitCode = code;
    summary = text;
    qCInfo(lcRunner) << "run ends with" << code;
    // Queued: finished() always follows start() / cancel(), never inside them.
    QMetaObject::invokeMethod(
        q,
        [runner = QPointer<Runner>(q), code, text] {
            if (runner)
                emit runner->finished(code, text);
        },
        Qt::QueuedConnection);
}
