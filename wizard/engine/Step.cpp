#include "Step.h"

#include "EngineExit.h"
#include "Journal.h"
#include "Plan.h"
#include "RunnerLogging.h"
#include "ScmClient.h"
#include "ScmReply.h"
#include "ScmTypes.h"
#include "SecretStore.h"
#include "State.h"
#include "StepContext.h"

#include <QCoreApplication>

#include <memory>

Step::Step(StepId id, StepContext *context, QObject *parent)
    : QObject(parent)
    , m_id(id)
    , m_context(context)
{}

Step::~Step()
{
    for (const QPointer<ScmReply> &reply : std::as_const(m_inFlight)) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
}

QString Step::name() const
{
    return Steps::name(m_id);
}

StepState &Step::stepState() const
{
    return m_context->state->step(m_id);
}

void Step::start()
{
    ++m_generation;
    m_finishQueued = false;
    m_running = true;
    m_outcome = Outcome::None;
    m_resultMessage.clear();
    m_exitCode = 0;
    m_retryAfterSeconds = -1;
    m_adoptingAfterConflict = false;
    stepState().details.remove(QStringLiteral("errorKind"));
    qCDebug(lcRunner) << "step" << name() << "starts";
    reset();
    const Journal::StepScope scope(m_context->journal, name());
    inspect();
}

Step::ErrorHandler Step::adoptOnConflict()
{
    return [this](ScmReply *reply) {
        if (reply->error().kind() != ScmError::Kind::Conflict || m_adoptingAfterConflict)
            return false;
        m_adoptingAfterConflict = true;
        inspect();
        return true;
    };
}

void Step::cancel()
{
    if (!m_running)
        return;
    const QList<QPointer<ScmReply>> inFlight = m_inFlight;
    m_inFlight.clear();
    ++m_generation;
    for (const QPointer<ScmReply> &reply : inFlight) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
    end(Outcome::Cancelled, QCoreApplication::translate("Step", "Cancelled."));
}

void Step::say(const QString &text)
{
    if (m_context->message)
        m_context->message(m_id, text);
}

void Step::saveProgress()
{
    if (m_context->stateChanged)
        m_context->stateChanged(m_id);
}

void Step::track(ScmReply *reply)
{
    m_inFlight.removeAll(QPointer<ScmReply>());
    m_inFlight.append(reply);
    if (m_context->requestMade)
        m_context->requestMade(reply->requestId(), m_id);
}

void Step::call(ScmReply *reply, const QString &what, ReplyHandler onOk, ErrorHandler onError)
{
    track(reply);
    const int generation = m_generation;
    connect(reply, &ScmReply::finished, this, [this, reply, what, onOk, onError, generation] {
        m_inFlight.removeAll(reply);
        reply->deleteLater();
        if (generation != m_generation || !m_running)
            return;
        // Whatever the handlers send is this step's (the journal's "sent" line is written inside
        // the send, before the caller holds the reply).
        const Journal::StepScope scope(m_context->journal, name());
        if (reply->ok()) {
            onOk(reply);
            return;
        }
        if (onError && onError(reply))
            return;
        failScm(reply->error(), what);
    });
}

void Step::callAll(const QList<ScmReply *> &replies, const QString &what,
                   std::function<void(const QList<ScmReply *> &)> onOk)
{
    auto remaining = std::make_shared<int>(int(replies.size()));
    auto failed = std::make_shared<bool>(false);
    const int generation = m_generation;
    for (ScmReply *reply : replies) {
        track(reply);
        connect(reply, &ScmReply::finished, this,
                [this, reply, replies, remaining, failed, what, onOk, generation] {
                    m_inFlight.removeAll(reply);
                    if (generation != m_generation || !m_running) {
                        reply->deleteLater();
                        return;
                    }
                    if (!reply->ok() && !*failed) {
                        *failed = true;
                        failScm(reply->error(), what);
                    }
                    if (--*remaining > 0)
                        return;
                    for (ScmReply *r : replies)
                        r->deleteLater();
                    const Journal::StepScope scope(m_context->journal, name());
                    if (!*failed && m_running)
                        onOk(replies);
                });
    }
}

void Step::readSecret(const QString &key, std::function<void(const SecretResult &)> onResult)
{
    const int generation = m_generation;
    m_context->secrets->read(key, this, [this, onResult, generation](const SecretResult &result) {
        if (generation != m_generation || !m_running)
            return;
        const Journal::StepScope scope(m_context->journal, name());
        if (result.status == SecretResult::Status::Unavailable ||
            result.status == SecretResult::Status::Error) {
            fail(EngineExit::BadInput,
                 QCoreApplication::translate("Step", "The secret store cannot be read: %1")
                     .arg(result.message));
            return;
        }
        onResult(result);
    });
}

void Step::writeSecret(const QString &key, const QString &value, std::function<void()> onWritten)
{
    const int generation = m_generation;
    m_context->secrets->write(key, value, this, [this, onWritten, generation](const SecretResult &result) {
        if (generation != m_generation || !m_running)
            return;
        const Journal::StepScope scope(m_context->journal, name());
        if (!result.ok()) {
            fail(EngineExit::BadInput, QCoreApplication::translate(
                                           "Step", "The secret store cannot keep the operator's password, so "
                                                   "nothing was sent: %1")
                                           .arg(result.message));
            return;
        }
        onWritten();
    });
}

void Step::removeSecret(const QString &key, std::function<void()> onRemoved)
{
    const int generation = m_generation;
    m_context->secrets->remove(key, this, [this, onRemoved, generation](const SecretResult &result) {
        if (generation != m_generation || !m_running)
            return;
        const Journal::StepScope scope(m_context->journal, name());
        if (!result.ok() && result.status != SecretResult::Status::NotFound)
            qCWarning(lcRunner) << "step" << name() << "could not remove a secret:" << result.message;
        onRemoved();
    });
}

qint64 Step::targetOrgId(qint64 orgId, qint64 departmentId) const
{
    return m_context->plan->operatorAdmin.role == QLatin1String("DRAO_SMIME") && departmentId > 0
               ? departmentId
               : orgId;
}

void Step::resolveOrganization(std::function<void(qint64, qint64)> onResolved)
{
    const Plan &plan = *m_context->plan;
    const QJsonObject ids = m_context->state->step(StepId::Organization).ids;
    const qint64 orgId = qint64(ids.value(QStringLiteral("organization")).toDouble());
    const qint64 departmentId = qint64(ids.value(QStringLiteral("department")).toDouble());
    const bool wantsDepartment = !plan.organization.department.isEmpty();
    if (orgId > 0 && (!wantsDepartment || departmentId > 0)) {
        onResolved(orgId, departmentId);
        return;
    }
    call(m_context->admin->listOrganizations(),
         QCoreApplication::translate("Step", "Listing the organisations"),
         [this, onResolved, wantsDepartment](ScmReply *reply) {
             const Plan &p = *m_context->plan;
             qint64 foundOrg = 0, foundDepartment = 0;
             for (const QJsonValue &value : reply->array()) {
                 const ScmOrganization org = ScmOrganization::fromJson(value.toObject());
                 if (org.name.compare(p.organization.name, Qt::CaseInsensitive) != 0)
                     continue;
                 foundOrg = org.id;
                 for (const ScmDepartment &department : org.departments) {
                     if (department.name.compare(p.organization.department, Qt::CaseInsensitive) == 0)
                         foundDepartment = department.id;
                 }
             }
             if (foundOrg == 0 || (wantsDepartment && foundDepartment == 0)) {
                 fail(EngineExit::BadInput,
                      QCoreApplication::translate(
                          "Step", "The organisation '%1' (or its department) does not exist in "
                                  "SCM yet: run the organization step first.")
                          .arg(p.organization.name));
                 return;
             }
             onResolved(foundOrg, foundDepartment);
         });
}

void Step::resolveAdminFacts(std::function<void()> onResolved)
{
    if (m_context->adminFacts) {
        onResolved();
        return;
    }
    const QString login = m_context->plan->scm.login;
    call(m_context->admin->findAdminByLogin(login),
         QCoreApplication::translate("Step", "Looking up the admin %1").arg(login),
         [this, onResolved, login](ScmReply *reply) {
             const qint64 id = ScmAdmin::fromJson(reply->object()).id;
             if (id == 0) {
                 fail(EngineExit::Refused,
                      QCoreApplication::translate("Step", "SCM does not show the admin '%1' to itself.")
                          .arg(login));
                 return;
             }
             call(m_context->admin->getAdmin(id),
                  QCoreApplication::translate("Step", "Reading the admin %1").arg(login),
                  [this, onResolved](ScmReply *r) {
                      m_context->adminFacts =
                          StepContext::AdminFacts::fromAdmin(ScmAdmin::fromJson(r->object()));
                      onResolved();
                  });
         });
}

void Step::resolveOperator(OperatorRecord record, std::function<void(const ScmAdmin &)> onResolved)
{
    const QString login = m_context->plan->operatorAdmin.login;
    auto resolved = [this, onResolved](const ScmAdmin &admin) {
        stepState().ids.insert(QStringLiteral("operator"), double(admin.id));
        onResolved(admin);
    };
    auto read = [this, login, resolved](qint64 id) {
        call(m_context->admin->getAdmin(id),
             QCoreApplication::translate("Step", "Reading the operator %1").arg(login),
             [resolved](ScmReply *reply) { resolved(ScmAdmin::fromJson(reply->object())); });
    };
    const qint64 known =
        qint64(m_context->state->step(StepId::Operator).ids.value(QStringLiteral("operator")).toDouble());
    const auto &facts = m_context->operatorFacts;
    if (record == OperatorRecord::ThisRunIfKnown && known > 0 && facts && facts->id == known) {
        ScmAdmin admin;
        admin.id = known;
        admin.login = login;
        admin.reseted = facts->reseted;
        admin.type = facts->type;
        admin.privileges = facts->privileges;
        resolved(admin);
        return;
    }
    if (known > 0) {
        read(known);
        return;
    }
    call(m_context->admin->findAdminByLogin(login),
         QCoreApplication::translate("Step", "Looking up the operator %1").arg(login),
         [this, login, read](ScmReply *reply) {
             const qint64 id = ScmAdmin::fromJson(reply->object()).id;
             if (id == 0) {
                 fail(EngineExit::BadInput,
                      QCoreApplication::translate(
                          "Step", "The operator %1 does not exist yet: run the operator step first.")
                          .arg(login));
                 return;
             }
             read(id);
         });
}

void Step::succeed(const QString &message)
{
    end(Outcome::Done, message);
}

void Step::waitFor(const QString &message, int retryAfterSeconds)
{
    m_retryAfterSeconds = retryAfterSeconds;
    end(Outcome::Waiting, message);
}

void Step::fail(int exitCode, const QString &message)
{
    m_exitCode = exitCode;
    end(Outcome::Failed, message);
}

void Step::failScm(const ScmError &error, const QString &what)
{
    QString text = what.isEmpty()
                       ? error.message()
                       : QCoreApplication::translate("Step", "%1 failed: %2").arg(what, error.message());
    if (!error.description().isEmpty() && !error.message().contains(error.description()))
        text += QCoreApplication::translate("Step", " (SCM: %1)").arg(error.description());
    // What kind of failure it was, for whoever shows it (the wizard tells a refused login from an
    // untrusted certificate); replaced by the next failure, removed by success.
    stepState().details.insert(QStringLiteral("errorKind"), ScmError::kindName(error.kind()));
    fail(EngineExit::forScmError(error), text);
}

void Step::end(Outcome outcome, const QString &message)
{
    if (!m_running)
        return;
    m_running = false;
    m_outcome = outcome;
    m_resultMessage = message;
    qCDebug(lcRunner) << "step" << name() << "ends" << int(outcome);
    // Queued, so that a step ending inside start() never re-enters its caller.
    m_finishQueued = true;
    const int generation = m_generation;
    QMetaObject::invokeMethod(
        this,
        [this, generation] {
            if (generation != m_generation)
                return;
            m_finishQueued = false;
            emit finished();
        },
        Qt::QueuedConnection);
}
