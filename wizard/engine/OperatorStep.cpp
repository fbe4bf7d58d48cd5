#include "OperatorStep.h"

#include "Clock.h"
#include "EngineExit.h"
#include "PasswordGenerator.h"
#include "Plan.h"
#include "ScmClient.h"
#include "ScmReply.h"
#include "ScmTypes.h"
#include "SecretStore.h"
#include "State.h"
#include "StepContext.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {
bool hasCredential(const ScmAdmin &admin, const QString &role, qint64 orgId)
{
    for (const ScmCredential &credential : admin.credentials) {
        if (credential.role == role && (credential.orgId == orgId || credential.orgId == 0))
            return true;
    }
    return false;
}
} // namespace

OperatorStep::OperatorStep(StepContext *context, QObject *parent)
    : Step(StepId::Operator, context, parent)
{}

void OperatorStep::reset()
{
    m_orgId = 0;
    m_created = false;
    m_lookUpsOpen = 0;
    m_foundId = 0;
    m_assignable.clear();
    m_privilegesError.reset();
}

QString OperatorStep::role() const
{
    return context().plan->operatorAdmin.role;
}

void OperatorStep::inspect()
{
    resolveOrganization([this](qint64 orgId, qint64 departmentId) {
        m_orgId = targetOrgId(orgId, departmentId);
        const QString login = context().plan->operatorAdmin.login;
        const QString operatorRole = role();
        m_lookUpsOpen = 2;
        m_foundId = 0;
        m_assignable.clear();
        m_privilegesError.reset();
        call(context().admin->findAdminByLogin(login), tr("Looking up the operator %1").arg(login),
             [this](ScmReply *reply) {
                 m_foundId = ScmAdmin::fromJson(reply->object()).id;
                 lookedUp();
             });
        // Needed only for a create, but independent of the look-up: asked together with it, so that
        // a create waits for no extra round trip. Its error matters only when a create follows.
        call(
            context().admin->listPrivileges({operatorRole}),
            tr("Reading the privileges of %1").arg(operatorRole),
            [this](ScmReply *reply) {
                for (const QJsonValue &value : reply->array())
                    m_assignable << value.toObject().value(QStringLiteral("name")).toString();
                lookedUp();
            },
            [this](ScmReply *reply) {
                m_privilegesError = reply->error();
                lookedUp();
                return true;
            });
    });
}

void OperatorStep::lookedUp()
{
    if (--m_lookUpsOpen > 0)
        return;
    if (m_foundId > 0) {
        call(context().admin->getAdmin(m_foundId),
             tr("Reading the operator %1").arg(context().plan->operatorAdmin.login),
             [this](ScmReply *r) { adopt(ScmAdmin::fromJson(r->object())); });
        return;
    }
    if (m_privilegesError) {
        failScm(*m_privilegesError, tr("Reading the privileges of %1").arg(role()));
        return;
    }
    create();
}

void OperatorStep::adopt(const ScmAdmin &admin)
{
    StepState &state = stepState();
    state.ids.insert(QStringLiteral("operator"), double(admin.id));
    if (!hasCredential(admin, role(), m_orgId)) {
        QStringList held;
        for (const ScmCredential &credential : admin.credentials)
            held << QStringLiteral("%1@%2").arg(credential.role, QString::number(credential.orgId));
        fail(EngineExit::Refused, tr("The admin %1 exists already but is not %2 of the organisation (id %3); "
                                     "it has: %4. Give it that role in "
                                     "SCM, or choose another operator login in the plan.")
                                      .arg(admin.login, role(), QString::number(m_orgId),
                                           held.isEmpty() ? tr("no role") : held.join(QStringLiteral(", "))));
        return;
    }
    QStringList missing;
    for (const QString &privilege : context().plan->operatorAdmin.privileges) {
        if (!admin.privileges.contains(privilege))
            missing << privilege;
    }
    if (missing.isEmpty()) {
        // Just read: it holds the role and every privilege the plan asks for.
        remember(admin);
        succeed(tr("Adopted the operator %1 (id %2, %3 on organisation %4).")
                    .arg(admin.login, QString::number(admin.id), role(), QString::number(m_orgId)));
        return;
    }
    say(tr("Adding the privileges %1 to the existing operator %2")
            .arg(missing.join(QStringLiteral(", ")), admin.login));
    ScmAdminUpdate update;
    // The array is the admin's new set: send what it has plus what is missing.
    update.privileges = admin.privileges + missing;
    update.privilegesSet = true;
    const qint64 id = admin.id;
    call(context().admin->updateAdmin(id, update), tr("Adding the operator's privileges"),
         [this, id](ScmReply *) { verify(id); });
}

void OperatorStep::create()
{
    const QString operatorRole = role();
    QStringList refused;
    for (const QString &privilege : context().plan->operatorAdmin.privileges) {
        if (!m_assignable.contains(privilege))
            refused << privilege;
    }
    if (!refused.isEmpty()) {
        fail(EngineExit::BadInput,
             tr("operator.privileges: SCM does not let this admin give %1 the privileges "
                "%2 (possible: %3).")
                 .arg(operatorRole, refused.join(QStringLiteral(", ")),
                      m_assignable.join(QStringLiteral(", "))));
        return;
    }
    const QString login = context().plan->operatorAdmin.login;
    const QString temporary = PasswordGenerator::generate(login);
    if (temporary.isEmpty()) {
        fail(EngineExit::Other, tr("The system's random source failed: no password could be generated."));
        return;
    }
    // Old passwords of an admin of the same name that no longer exists are worthless now.
    removeSecret(context().operatorSecretKey(SecretStore::operatorCurrentSlot()), [this, temporary] {
        removeSecret(context().operatorSecretKey(SecretStore::operatorPendingSlot()), [this, temporary] {
            // Kept before it is sent: if SCM takes it and this process dies, the next run has
            // it.
            writeSecret(context().operatorSecretKey(SecretStore::operatorTemporarySlot()), temporary,
                        [this, temporary] { sendCreate(temporary); });
        });
    });
}

void OperatorStep::sendCreate(const QString &temporaryPassword)
{
    const Plan::Operator &op = context().plan->operatorAdmin;
    ScmNewAdmin admin;
    admin.login = op.login;
    admin.email = op.email;
    admin.forename = op.forename;
    admin.surname = op.surname;
    admin.password = temporaryPassword;
    admin.type = QStringLiteral("STANDARD"); // API-only only after the password change
    ScmCredential credential;
    credential.role = op.role;
    credential.orgId = m_orgId;
    admin.credentials << credential;
    admin.privileges = op.privileges;
    say(tr("Creating the operator %1 (%2) with a temporary password kept in the secret store")
            .arg(op.login, op.role));
    call(
        context().admin->createAdmin(admin), tr("Creating the operator"),
        [this](ScmReply *reply) {
            m_created = true;
            stepState().ids.insert(QStringLiteral("operator"), double(reply->createdId()));
            stepState().details.insert(QStringLiteral("created"), true);
            // SCM answered 201 to exactly the role, organisation and privileges sent (each checked
            // against what the role may have before): no read-back needed.
            const Plan::Operator &plan = context().plan->operatorAdmin;
            StepContext::OperatorFacts facts;
            facts.id = reply->createdId();
            facts.reseted = true; // created with a temporary password
            facts.type = QStringLiteral("STANDARD");
            facts.privileges = plan.privileges;
            context().operatorFacts = facts;
            succeed(
                tr("Created the operator %1 (id %2, %3 on organisation %4).")
                    .arg(plan.login, QString::number(reply->createdId()), role(), QString::number(m_orgId)));
        },
        adoptOnConflict());
}

void OperatorStep::verify(qint64 id)
{
    call(context().admin->getAdmin(id), tr("Reading the operator back"), [this](ScmReply *reply) {
        const ScmAdmin admin = ScmAdmin::fromJson(reply->object());
        if (!hasCredential(admin, role(), m_orgId)) {
            fail(EngineExit::Refused,
                 tr("SCM does not show the operator %1 as %2.").arg(admin.login, role()));
            return;
        }
        for (const QString &privilege : context().plan->operatorAdmin.privileges) {
            if (!admin.privileges.contains(privilege)) {
                fail(
                    EngineExit::Refused,
                    tr("SCM does not show the privilege %1 on the operator %2.").arg(privilege, admin.login));
                return;
            }
        }
        stepState().ids.insert(QStringLiteral("operator"), double(admin.id));
        remember(admin);
        succeed((m_created ? tr("Created the operator %1 (id %2, %3 on organisation %4).")
                           : tr("Adopted the operator %1 (id %2, %3 on organisation %4)."))
                    .arg(admin.login, QString::number(admin.id), role(), QString::number(m_orgId)));
    });
}

void OperatorStep::remember(const ScmAdmin &admin)
{
    StepContext::OperatorFacts facts;
    facts.id = admin.id;
    facts.reseted = admin.reseted;
    facts.type = admin.type;
    facts.privileges = admin.privileges;
    context().operatorFacts = facts;
}
