#pragma once

#include "PollPolicy.h"
#include "StepId.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class ScmError;
class ScmReply;
struct ScmAdmin;
class StepContext;
struct SecretResult;
struct StepState;

// One step of the procedure: inspect (what exists already? adopt it rather than make a duplicate)
// → apply (create or change what is missing) → verify (read back that it holds). Asynchronous:
// start() returns at once and finished() follows exactly once, with an outcome of done, waiting
// (something outside must happen; the Runner runs the step again later, so every step is a poll of
// itself), or failed (with the exit code that fits). Running a step again is always safe: a step
// that finds everything in place only reads.
class Step : public QObject
{
    Q_OBJECT
public:
    enum class Outcome
    {
        None,
        Done,
        Waiting,
        Failed,
        Cancelled
    };

    Step(StepId id, StepContext *context, QObject *parent = nullptr);
    ~Step() override;

    StepId id() const { return m_id; }
    QString name() const;

    void start();
    // Aborts every call in flight; finished() follows with Outcome::Cancelled.
    void cancel();
    // Until finished() has been delivered (a step can end inside start()).
    bool isRunning() const { return m_running || m_finishQueued; }

    Outcome outcome() const { return m_outcome; }
    QString resultMessage() const { return m_resultMessage; }
    int exitCode() const { return m_exitCode; }                   // EngineExit code when Failed
    int retryAfterSeconds() const { return m_retryAfterSeconds; } // when Waiting; -1: backoff decides
    // How long to wait between polls while this step is waiting.
    virtual PollPolicy pollPolicy() const { return PollPolicy::standard(); }

signals:
    void finished();

protected:
    // Forget what the previous run of this step learned (called by start() before inspect()).
    virtual void reset() {}
    virtual void inspect() = 0;

    StepContext &context() const { return *m_context; }
    StepState &stepState() const;

    // A line for the person (progress, what to publish); also the step's message in the state.
    void say(const QString &text);
    // Ids / details changed: the Runner saves the state now (so a crash right after a create
    // keeps the id).
    void saveProgress();

    // Runs `onOk` when the call succeeded; otherwise `onError` decides (return true when handled),
    // and an unhandled error fails the step with `what` and the error's message.
    using ReplyHandler = std::function<void(ScmReply *)>;
    using ErrorHandler = std::function<bool(ScmReply *)>;
    void call(ScmReply *reply, const QString &what, ReplyHandler onOk, ErrorHandler onError = {});
    // The error handler of a create: an answer "exists" (someone, or a run killed before it saw the
    // answer, made it meanwhile) starts inspect() again, once, to adopt what exists; a second one, and
    // any other error, is not handled.
    ErrorHandler adoptOnConflict();
    // Whether this run of the step met such a conflict already (inspect() then looks afresh).
    bool isAdoptingAfterConflict() const { return m_adoptingAfterConflict; }
    // Several calls sent together; `onOk` when all succeeded (in the given order), else the first
    // error fails the step.
    void callAll(const QList<ScmReply *> &replies, const QString &what,
                 std::function<void(const QList<ScmReply *> &)> onOk);

    // The keychain, with failures turned into a failed step (BadInput: a missing or unreachable
    // secret store). A missing secret on read is not a failure: result.ok() is false then.
    void readSecret(const QString &key, std::function<void(const SecretResult &)> onResult);
    void writeSecret(const QString &key, const QString &value, std::function<void()> onWritten);
    void removeSecret(const QString &key, std::function<void()> onRemoved);

    // The organisation (and the department, 0 when the plan has none) from the state, or found by
    // name when this step runs alone; fails the step when they do not exist yet.
    void resolveOrganization(std::function<void(qint64 orgId, qint64 departmentId)> onResolved);
    // The org id credentials, profiles and domains use: the department for a DRAO operator.
    qint64 targetOrgId(qint64 orgId, qint64 departmentId) const;
    // The admin the wizard runs as (role, privileges), learned by connect or looked up now.
    void resolveAdminFacts(std::function<void()> onResolved);
    // The plan's operator admin, for the steps after `operator` (password, api-only): its id from the
    // operator step's state, else found by login (the step fails when it does not exist yet); then
    // its record, read from SCM, or with OperatorRecord::ThisRunIfKnown what this process's operator
    // step saw of it (StepContext::operatorFacts: id, reseted, type, privileges), which spares the read.
    // The id goes into this step's ids as "operator".
    enum class OperatorRecord
    {
        Read,
        ThisRunIfKnown
    };
    void resolveOperator(OperatorRecord record, std::function<void(const ScmAdmin &)> onResolved);

    // Endings (each ends the step; later callbacks are ignored).
    void succeed(const QString &message);
    void waitFor(const QString &message, int retryAfterSeconds = -1);
    void fail(int exitCode, const QString &message);
    void failScm(const ScmError &error, const QString &what);

    bool hasEnded() const { return !m_running; }

private:
    void end(Outcome outcome, const QString &message);
    void track(ScmReply *reply);

    StepId m_id;
    StepContext *m_context;
    bool m_running = false;
    bool m_finishQueued = false;
    Outcome m_outcome = Outcome::None;
    QString m_resultMessage;
    int m_exitCode = 0;
    int m_retryAfterSeconds = -1;
    bool m_adoptingAfterConflict = false;
    QList<QPointer<ScmReply>> m_inFlight;
    // Bumped on every start and cancel, so that answers to an earlier attempt are dropped.
    int m_generation = 0;
};
