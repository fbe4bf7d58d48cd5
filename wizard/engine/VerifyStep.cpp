#include "VerifyStep.h"

#include "Clock.h"
#include "EngineExit.h"
#include "Plan.h"
#include "ScmClient.h"
#include "ScmReply.h"
#include "ScmTypes.h"
#include "SecretStore.h"
#include "State.h"
#include "StepContext.h"

#include <QCoreApplication>
#include <QJsonArray>

VerifyStep::VerifyStep(StepContext *context, QObject *parent)
    : Step(StepId::Verify, context, parent)
{}

void VerifyStep::inspect()
{
    resolveOrganization([this](qint64 orgId, qint64 departmentId) {
        const qint64 target = targetOrgId(orgId, departmentId);
        readSecret(context().operatorSecretKey(SecretStore::operatorCurrentSlot()),
                   [this, target](const SecretResult &current) {
                       if (!current.ok() || current.value.isEmpty()) {
                           fail(EngineExit::BadInput,
                                tr("The secret store holds no current password of the operator %1: run the "
                                   "password step first.")
                                    .arg(context().plan->operatorAdmin.login));
                           return;
                       }
                       ScmClient *op = context().operatorClient;
                       op->setPassword(current.value);
                       // The gateway's view, all at once.
                       callAll({op->listOrganizations(), op->smimeProfiles(target),
                                op->customFields(QStringLiteral("SMIME")), op->passwordState()},
                               tr("Checking the operator's access"),
                               [this, target](const QList<ScmReply *> &replies) { check(target, replies); });
                   });
    });
}

void VerifyStep::check(qint64 orgId, const QList<ScmReply *> &replies)
{
    const Plan &plan = *context().plan;
    StepState &state = stepState();

    bool visible = false;
    for (const QJsonValue &value : replies.at(0)->array()) {
        const ScmOrganization org = ScmOrganization::fromJson(value.toObject());
        visible |= org.id == orgId;
        for (const ScmDepartment &department : org.departments)
            visible |= department.id == orgId;
    }
    if (!visible) {
        fail(EngineExit::Refused, tr("The operator %1 does not see the organisation (id %2).")
                                      .arg(plan.operatorAdmin.login, QString::number(orgId)));
        return;
    }

    const ScmSmimeProfile *profile = nullptr;
    QList<ScmSmimeProfile> profiles;
    for (const QJsonValue &value : replies.at(1)->array())
        profiles << ScmSmimeProfile::fromJson(value.toObject());
    QStringList names;
    for (const ScmSmimeProfile &candidate : std::as_const(profiles)) {
        names << candidate.name;
        if (candidate.name.compare(plan.certificate.profile, Qt::CaseInsensitive) == 0)
            profile = &candidate;
    }
    if (!profile) {
        fail(EngineExit::Refused,
             tr("certificate.profile: SCM offers the organisation no S/MIME profile named '%1' "
                "(offered: %2).")
                 .arg(plan.certificate.profile, names.join(QStringLiteral(", "))));
        return;
    }
    if (!profile->terms.contains(plan.certificate.term)) {
        QStringList terms;
        for (int term : profile->terms)
            terms << QString::number(term);
        fail(EngineExit::Refused, tr("certificate.term: the profile '%1' has no term of %2 days (terms: %3).")
                                      .arg(profile->name, QString::number(plan.certificate.term),
                                           terms.join(QStringLiteral(", "))));
        return;
    }
    state.ids.insert(QStringLiteral("profile"), double(profile->id));
    state.details.insert(QStringLiteral("profileName"), profile->name);
    state.details.insert(QStringLiteral("term"), plan.certificate.term);

    QStringList unmet;
    for (const QJsonValue &value : replies.at(2)->array()) {
        const ScmCustomField field = ScmCustomField::fromJson(value.toObject());
        const bool active =
            field.state.isEmpty() || field.state.compare(QLatin1String("ACTIVE"), Qt::CaseInsensitive) == 0;
        if (active && field.mandatoryForRestApi())
            unmet << field.name;
    }
    if (!unmet.isEmpty()) {
        fail(
            EngineExit::Refused,
            tr("SCM requires the custom fields %1 on every S/MIME request over the REST API, which the "
               "gateway does not "
               "send. In SCM (Settings → Custom Fields) make them optional for the REST API, then run again.")
                .arg(unmet.join(QStringLiteral(", "))));
        return;
    }

    const ScmPasswordState password = ScmPasswordState::fromJson(replies.at(3)->object());
    PasswordExpiry expiry;
    expiry.login = plan.operatorAdmin.login;
    expiry.expires = password.expirationDate;
    expiry.state = password.state;
    expiry.checked = context().clock->now();
    context().state->recordPasswordExpiry(StepId::Verify, PasswordHolder::Operator, expiry);
    const QString when =
        password.expirationDate.isValid() ? password.expirationDate.toString(Qt::ISODate) : tr("never");
    succeed(tr("The operator %1 can enrol: profile '%2' (id %3) with %4 days; its password expires: %5.")
                .arg(plan.operatorAdmin.login, profile->name, QString::number(profile->id),
                     QString::number(plan.certificate.term), when));
}
