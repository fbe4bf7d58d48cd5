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
    m_adoptAfterConflict = false;
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
        call(context().admin->findAdmins(login), tr("Looking up the operator %1").arg(login),
             [this, login](ScmReply *reply) {
                 qint64 id = 0;
                 for (const QJsonValue &value : reply->array()) {
                     const ScmAdmin admin = ScmAdmin::fromJson(value.toObject());
                     if (admin.login.compare(login, Qt::CaseInsensitive) == 0)
                         id = admin.id;
                 }
                 if (id == 0) {
                     create();
                     return;
                 }
                 call(context().admin->getAdmin(id), tr("Reading the operator %1").arg(login),
                      [this](ScmReply *r) { adopt(ScmAdmin::fromJson(r->object())); });
             });
    });
}

void OperatorStep::adopt(const ScmAdmin &admin)
{
    StepState &state = stepState();
    state.ids.insert(QStringLiteral("operator"), double(admin.id));
    if (!hasCredential(admin, role(), m_orgId)) {
        QStringList held;
        for (const ScmCredential &credential : admin.credentials)
            held << QStringLiteral("%1@%2").arg(credential.role).arg(credential.orgId);
        fail(EngineExit::Refused, tr("The admin %1 exists already but is not %2 of the organisation (id %3); "
                                     "it has: %4. Give it that role in "
                                     "SCM, or choose another operator login in the plan.")
                                      .arg(admin.login, role())
                                      .arg(m_orgId)
                                      .arg(held.isEmpty() ? tr("no role") : held.join(QStringLiteral(", "))));
        return;
    }
    QStringList missing;
    for (const QString &privilege : context().plan->operatorAdmin.privileges) {
        if (!admin.privileges.contains(privilege))
            missing << privilege;
    }
    if (missing.isEmpty()) {
        verify(admin.id);
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
    call(context().admin->listPrivileges({operatorRole}),
         tr("Reading the privileges of %1").arg(operatorRole), [this, operatorRole](ScmReply *reply) {
             QStringList allowed;
             for (const QJsonValue &value : reply->array())
                 allowed << value.toObject().value(QStringLiteral("name")).toString();
             QStringList refused;
             for (const QString &privilege : context().plan->operatorAdmin.privileges) {
                 if (!allowed.contains(privilege))
                     refused << privilege;
             }
             if (!refused.isEmpty()) {
                 fail(EngineExit::BadInput,
                      tr("operator.privileges: SCM does not let this admin give %1 the privileges "
                         "%2 (possible: %3).")
                          .arg(operatorRole, refused.join(QStringLiteral(", ")),
                               allowed.join(QStringLiteral(", "))));
                 return;
             }
             const QString login = context().plan->operatorAdmin.login;
             const QString temporary = PasswordGenerator::generate(login);
             if (temporary.isEmpty()) {
                 fail(EngineExit::Other,
                      tr("The system's random source failed: no password could be generated."));
                 return;
             }
             // Old passwords of an admin of the same name that no longer exists are worthless now.
             removeSecret(context().operatorSecretKey(SecretStore::operatorCurrentSlot()), [this, temporary] {
                 removeSecret(
                     context().operatorSecretKey(SecretStore::operatorPendingSlot()), [this, temporary] {
                         // Kept before it is sent: if SCM takes it and this process dies, the next run has
                         // it.
                         writeSecret(context().operatorSecretKey(SecretStore::operatorTemporarySlot()),
                                     temporary, [this, temporary] { sendCreate(temporary); });
                     });
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
            saveProgress();
            verify(reply->createdId());
        },
        [this](ScmReply *reply) {
            if (reply->error().kind() != ScmError::Kind::Conflict || m_adoptAfterConflict)
                return false;
            m_adoptAfterConflict = true;
            inspect();
            return true;
        });
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
        succeed((m_created ? tr("Created the operator %1 (id %2, %3 on organisation %4).")
                           : tr("Adopted the operator %1 (id %2, %3 on organisation %4)."))
                    .arg(admin.login)
                    .arg(admin.id)
                    .arg(role())
                    .arg(m_orgId));
    });
}
