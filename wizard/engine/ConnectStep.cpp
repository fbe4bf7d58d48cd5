#include "ConnectStep.h"

#include "Clock.h"
#include "EngineExit.h"
#include "Plan.h"
#include "ScmClient.h"
#include "ScmError.h"
#include "ScmReply.h"
#include "ScmTypes.h"
#include "State.h"
#include "StepContext.h"

#include <QCoreApplication>
#include <QJsonArray>

ConnectStep::ConnectStep(StepContext *context, QObject *parent)
    : Step(StepId::Connect, context, parent)
{}

void ConnectStep::inspect()
{
    const QString login = context().plan->scm.login;
    say(tr("Checking the admin %1 at %2").arg(login, context().portalUrl().toString()));
    ScmClient *client = context().admin;
    // The first call goes out alone: with a wrong password, each call sent in parallel would be one
    // more refused login on the admin's record (SCM locks an admin after several). The other reads
    // follow once it signed in.
    call(
        client->passwordState(), tr("Checking the admin's credentials"),
        [this, login, client](ScmReply *reply) {
            const ScmPasswordState password = ScmPasswordState::fromJson(reply->object());
            PasswordExpiry expiry;
            expiry.login = login;
            expiry.expires = password.expirationDate;
            expiry.state = password.state;
            expiry.checked = context().clock->now();
            context().state->recordPasswordExpiry(StepId::Connect, PasswordHolder::Admin, expiry);
            if (password.state == QLatin1String("EXPIRED")) {
                fail(EngineExit::Refused,
                     tr("The password of the admin %1 has expired. Log in at %2, change it, "
                        "and run again with the new one.")
                         .arg(login, context().portalUrl().toString()));
                return;
            }
            // These two do not depend on each other: they go out together.
            callAll(
                {client->listOrganizations(), client->findAdminByLogin(login)}, tr("Reading the account"),
                [this, login](const QList<ScmReply *> &replies) {
                    const qint64 adminId = ScmAdmin::fromJson(replies.at(1)->object()).id;
                    if (adminId == 0) {
                        fail(EngineExit::Refused,
                             tr("SCM does not list the admin %1 to itself, so its role cannot be checked.")
                                 .arg(login));
                        return;
                    }
                    const QJsonArray organizations = replies.at(0)->array();
                    call(context().admin->getAdmin(adminId), tr("Reading the admin's role"),
                         [this, organizations](ScmReply *adminReply) {
                             context().adminFacts =
                                 StepContext::AdminFacts::fromAdmin(ScmAdmin::fromJson(adminReply->object()));
                             checkRights(organizations);
                         });
                });
        },
        [this](ScmReply *reply) {
            // Every SCM answers this call for any admin; a host that does not know it (404 without
            // SCM's {code, description}) or answers in another shape is something else.
            const ScmError &error = reply->error();
            const bool notScm = (error.kind() == ScmError::Kind::NotFound && error.scmCode() == 0) ||
                                error.kind() == ScmError::Kind::Protocol;
            if (!notScm)
                return false;
            fail(EngineExit::BadInput,
                 tr("The base URL %1 is not an SCM (%2). Check scm.baseUrl: it is the address of the "
                    "Certificate Manager, e.g. https://cert-manager.com.")
                     .arg(context().plan->scm.baseUrl, error.message()));
            return true;
        });
}

void ConnectStep::checkRights(const QJsonArray &organizations)
{
    const Plan &plan = *context().plan;
    const StepContext::AdminFacts &facts = *context().adminFacts;

    bool orgExists = false, departmentExists = false;
    for (const QJsonValue &value : organizations) {
        const ScmOrganization org = ScmOrganization::fromJson(value.toObject());
        if (org.name.compare(plan.organization.name, Qt::CaseInsensitive) != 0)
            continue;
        orgExists = true;
        for (const ScmDepartment &department : org.departments)
            departmentExists |=
                department.name.compare(plan.organization.department, Qt::CaseInsensitive) == 0;
    }
    const bool mayAddOrganizations =
        facts.mrao || facts.privileges.contains(QStringLiteral("addOrganizationAndDepartments"));
    // The wizard signs in before the person names the organisation: what this admin may do is then
    // recorded for the organisation step to check.
    const bool organizationNamed = !plan.organization.name.trimmed().isEmpty();
    if (organizationNamed && !orgExists && !mayAddOrganizations) {
        fail(
            EngineExit::Refused,
            tr("The admin %1 may not create the organisation '%2': that needs the MRAO role or the privilege "
               "addOrganizationAndDepartments. Run with an MRAO admin, or have the organisation created "
               "first.")
                .arg(plan.scm.login, plan.organization.name));
        return;
    }
    if (organizationNamed && !plan.organization.department.isEmpty() && !departmentExists &&
        !mayAddOrganizations && !facts.privileges.contains(QStringLiteral("addDepartments"))) {
        fail(EngineExit::Refused,
             tr("The admin %1 may not create the department '%2': that needs the MRAO role or the "
                "privilege addDepartments.")
                 .arg(plan.scm.login, plan.organization.department));
        return;
    }

    // organization decides adopt or create from this answer instead of listing again.
    context().organizationList = organizations;
    StepState &state = stepState();
    state.ids.insert(QStringLiteral("admin"), double(facts.id));
    state.details.insert(QStringLiteral("roles"), QJsonArray::fromStringList(facts.roles));
    state.details.insert(QStringLiteral("mrao"), facts.mrao);
    state.details.insert(QStringLiteral("mayAddOrganizations"), mayAddOrganizations);
    const auto expiry = context().state->passwordExpiry(PasswordHolder::Admin);
    QString when = expiry && expiry->expires.isValid() ? expiry->expires.toString(Qt::ISODate) : tr("never");
    succeed(tr("Signed in as %1 (%2); its password expires: %3.")
                .arg(plan.scm.login, facts.roles.join(QStringLiteral(", ")), when));
}
