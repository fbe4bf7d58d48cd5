#include "OrganizationStep.h"

#include "Clock.h"
#include "EngineExit.h"
#include "Plan.h"
#include "ScmClient.h"
#include "ScmReply.h"
#include "ScmTypes.h"
#include "State.h"
#include "StepContext.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {
const QString organizationKey = QStringLiteral("organization");
const QString departmentKey = QStringLiteral("department");

// Finds the plan's organisation (and department) in a list answer.
void findInList(const QJsonArray &list, const Plan &plan, qint64 *orgId, qint64 *departmentId)
{
    *orgId = 0;
    *departmentId = 0;
    for (const QJsonValue &value : list) {
        const ScmOrganization org = ScmOrganization::fromJson(value.toObject());
        if (org.name.compare(plan.organization.name, Qt::CaseInsensitive) != 0)
            continue;
        *orgId = org.id;
        for (const ScmDepartment &department : org.departments) {
            if (!plan.organization.department.isEmpty() &&
                department.name.compare(plan.organization.department, Qt::CaseInsensitive) == 0)
                *departmentId = department.id;
        }
    }
}
// An organisation or department called `name`, at the plan organisation's address, enrolled for the
// client-certificate API.
ScmNewOrganization newOrganization(const Plan &plan, const QString &name)
{
    ScmNewOrganization org;
    org.name = name;
    org.address1 = plan.organization.address1;
    org.city = plan.organization.city;
    org.stateProvince = plan.organization.stateProvince;
    org.postalCode = plan.organization.postalCode;
    org.country = plan.organization.country;
    org.clientCertsApiEnabled = true;
    return org;
}
} // namespace

OrganizationStep::OrganizationStep(StepContext *context, QObject *parent)
    : Step(StepId::Organization, context, parent)
{}

void OrganizationStep::reset()
{
    m_orgCreated = m_departmentCreated = false;
    m_switchedOn.clear();
}

void OrganizationStep::inspect()
{
    // connect has just listed the organisations in this run: decide from its answer. A create that
    // meets "exists" looks again, fresh; so does this step when it runs alone.
    if (context().organizationList && !isAdoptingAfterConflict()) {
        const QJsonArray organizations = *context().organizationList;
        context().organizationList.reset();
        decide(organizations);
        return;
    }
    call(context().admin->listOrganizations(), tr("Listing the organisations"),
         [this](ScmReply *reply) { decide(reply->array()); });
}

void OrganizationStep::decide(const QJsonArray &organizations)
{
    qint64 orgId = 0, departmentId = 0;
    findInList(organizations, *context().plan, &orgId, &departmentId);
    if (orgId > 0) {
        stepState().ids.insert(organizationKey, double(orgId));
        ensureApiEnabled(orgId, context().plan->organization.name,
                         [this, orgId, departmentId] { ensureDepartment(orgId, departmentId); });
        return;
    }
    createOrganization();
}

void OrganizationStep::createOrganization()
{
    const Plan &plan = *context().plan;
    const ScmNewOrganization org = newOrganization(plan, plan.organization.name);
    say(tr("Creating the organisation '%1'").arg(org.name));
    call(
        context().admin->createOrganization(org), tr("Creating the organisation"),
        [this](ScmReply *reply) {
            m_orgCreated = true;
            stepState().ids.insert(organizationKey, double(reply->createdId()));
            stepState().details.insert(QStringLiteral("organizationCreated"), true);
            saveProgress();
            ensureDepartment(reply->createdId(), 0);
        },
        adoptOnConflict());
}

void OrganizationStep::ensureDepartment(qint64 orgId, qint64 departmentId)
{
    const Plan &plan = *context().plan;
    if (plan.organization.department.isEmpty()) {
        verify(orgId, 0);
        return;
    }
    if (departmentId > 0) {
        stepState().ids.insert(departmentKey, double(departmentId));
        ensureApiEnabled(departmentId, plan.organization.department,
                         [this, orgId, departmentId] { verify(orgId, departmentId); });
        return;
    }
    ScmNewOrganization department = newOrganization(plan, plan.organization.department);
    department.parentOrgName = plan.organization.name;
    say(tr("Creating the department '%1' of '%2'").arg(department.name, plan.organization.name));
    call(
        context().admin->createOrganization(department), tr("Creating the department"),
        [this, orgId](ScmReply *reply) {
            m_departmentCreated = true;
            stepState().ids.insert(departmentKey, double(reply->createdId()));
            stepState().details.insert(QStringLiteral("departmentCreated"), true);
            saveProgress();
            verify(orgId, reply->createdId());
        },
        adoptOnConflict());
}

void OrganizationStep::ensureApiEnabled(qint64 id, const QString &label, std::function<void()> onDone)
{
    call(context().admin->getOrganization(id), tr("Reading '%1'").arg(label),
         [this, id, label, onDone](ScmReply *reply) {
             const ScmOrganization org = ScmOrganization::fromJson(reply->object());
             if (org.clientCertsApiEnabled) {
                 onDone();
                 return;
             }
             say(tr("Switching on REST/API enrolment of client certificates for '%1' (nothing else is "
                    "changed)")
                     .arg(label));
             // Only this field: editing an organisation's details can send it back to validation.
             const QJsonObject fields{{QStringLiteral("clientCertsApiEnabled"), true}};
             call(context().admin->updateOrganization(id, fields),
                  tr("Enabling the REST API for '%1'").arg(label), [this, id, onDone](ScmReply *) {
                      m_switchedOn << id;
                      onDone();
                  });
         });
}

void OrganizationStep::verify(qint64 orgId, qint64 departmentId)
{
    const Plan &plan = *context().plan;
    QString text = m_orgCreated ? tr("Created the organisation '%1' (id %2).")
                                : tr("Adopted the existing organisation '%1' (id %2).");
    text = text.arg(plan.organization.name, QString::number(orgId));
    if (departmentId > 0) {
        text += QLatin1Char(' ') + (m_departmentCreated ? tr("Created the department '%1' (id %2).")
                                                        : tr("Adopted the department '%1' (id %2)."))
                                       .arg(plan.organization.department, QString::number(departmentId));
    }
    // What this run created carries clientCertsApiEnabled=true from the create (SCM answered 201 to
    // exactly those fields); what it adopted was read just now. Only a switch this run made is read
    // back, to prove that SCM took it.
    if (m_switchedOn.isEmpty()) {
        succeed(text);
        return;
    }
    saveProgress();
    QList<ScmReply *> reads;
    for (qint64 id : std::as_const(m_switchedOn))
        reads << context().admin->getOrganization(id);
    callAll(reads, tr("Reading the organisation back"), [this, text](const QList<ScmReply *> &replies) {
        for (ScmReply *reply : replies) {
            const ScmOrganization org = ScmOrganization::fromJson(reply->object());
            if (!org.clientCertsApiEnabled) {
                fail(EngineExit::Refused,
                     tr("SCM still shows REST/API enrolment off for '%1'.").arg(org.name));
                return;
            }
        }
        succeed(text);
    });
}
