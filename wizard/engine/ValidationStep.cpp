#include "ValidationStep.h"

#include "Clock.h"
#include "EngineExit.h"
#include "Plan.h"
#include "ScmClient.h"
#include "ScmReply.h"
#include "ScmTypes.h"
#include "State.h"
#include "StepContext.h"
#include "ValidationChoice.h"

#include <QCoreApplication>
#include <QJsonArray>

ValidationStep::ValidationStep(StepContext *context, QObject *parent)
    : Step(StepId::Validation, context, parent)
{}

void ValidationStep::inspect()
{
    resolveOrganization([this](qint64 orgId, qint64) {
        call(context().admin->listValidations(orgId), tr("Reading the organisation's validations"),
             [this, orgId](ScmReply *reply) {
                 QList<ScmValidation> validations;
                 for (const QJsonValue &value : reply->array())
                     validations << ScmValidation::fromJson(value.toObject());
                 examine(orgId, validations);
             });
    });
}

void ValidationStep::examine(qint64 orgId, const QList<ScmValidation> &validations)
{
    const QString level = context().plan->organization.validation.level;
    const ScmValidation *best = bestValidationOfLevel(validations, level);
    if (!best || best->status.compare(QLatin1String("NOT_VALIDATED"), Qt::CaseInsensitive) == 0) {
        findBackend(orgId, validations);
        return;
    }
    const ScmValidation validation = *best;
    stepState().ids.insert(QStringLiteral("validation"), double(validation.id));
    if (validation.status.compare(QLatin1String("PENDING"), Qt::CaseInsensitive) == 0) {
        // Ask SCM to fetch the CA's verdict before reading it.
        call(context().admin->syncValidation(orgId, validation.id), tr("Syncing the validation with the CA"),
             [this, orgId](ScmReply *reply) { judge(orgId, ScmValidation::fromJson(reply->object())); });
        return;
    }
    judge(orgId, validation);
}

void ValidationStep::judge(qint64 orgId, const ScmValidation &validation)
{
    const QString status = validation.status.toUpper();
    StepState &state = stepState();
    state.details.insert(QStringLiteral("status"), status);
    if (!validation.expires.isEmpty())
        state.details.insert(QStringLiteral("expires"), validation.expires);
    const QString level = context().plan->organization.validation.level;
    if (status == QLatin1String("VALIDATED")) {
        succeed(tr("The organisation's %1 validation is VALIDATED (id %2).")
                    .arg(level, QString::number(validation.id)));
        return;
    }
    if (status == QLatin1String("FAILED")) {
        const QString why =
            validation.lastErrorFromCa.isEmpty() ? tr("(the CA gave no reason)") : validation.lastErrorFromCa;
        fail(EngineExit::Refused,
             tr("Sectigo refused the organisation's %1 validation: %2. Correct the organisation's "
                "details with Sectigo, then run again.")
                 .arg(level, why));
        return;
    }
    if (status == QLatin1String("EXPIRED")) {
        say(tr("The organisation's validation has expired: asking Sectigo to validate it again"));
        call(context().admin->revalidate(orgId, validation.id), tr("Re-validating the organisation"),
             [this, level](ScmReply *) {
                 saveProgress();
                 waitFor(
                     tr("Sectigo is validating the organisation again (%1). This is human vetting and can "
                        "take hours to days; mpki-setup looks again from time to time, and at its next "
                        "start.")
                         .arg(level));
             });
        return;
    }
    saveProgress();
    waitFor(
        tr("Sectigo is vetting the organisation (%1 validation %2, status %3). This is human vetting and can "
           "take hours to days; the other steps go on meanwhile. Run again later to continue.")
            .arg(level, QString::number(validation.id), status));
}

void ValidationStep::findBackend(qint64 orgId, const QList<ScmValidation> &validations)
{
    // An existing validation of any level names the backend this account validates with.
    for (const ScmValidation &validation : validations) {
        if (validation.backendId > 0) {
            submit(orgId, validation.backendId);
            return;
        }
    }
    resolveAdminFacts([this, orgId] {
        if (!context().adminFacts->mrao) {
            fail(
                EngineExit::Refused,
                tr("Submitting the validation needs the CA backend's id, which only an MRAO admin can read. "
                   "Run "
                   "this step as an MRAO admin, or submit the organisation's validation in SCM's web page."));
            return;
        }
        call(context().admin->listCaBackends(), tr("Reading the CA backends"),
             [this, orgId](ScmReply *reply) {
                 qint64 chosen = 0;
                 for (const QJsonValue &value : reply->array()) {
                     const ScmCaBackend backend = ScmCaBackend::fromJson(value.toObject());
                     // Sectigo's own public CA validates organisations for publicly trusted S/MIME.
                     if (chosen == 0 || (backend.isPublic && backend.type.compare(QLatin1String("SASP"),
                                                                                  Qt::CaseInsensitive) == 0))
                         chosen = backend.id;
                     if (backend.isPublic &&
                         backend.type.compare(QLatin1String("SASP"), Qt::CaseInsensitive) == 0)
                         break;
                 }
                 if (chosen == 0) {
                     fail(EngineExit::Refused,
                          tr("SCM lists no CA backend to validate the organisation with."));
                     return;
                 }
                 submit(orgId, chosen);
             });
    });
}

void ValidationStep::submit(qint64 orgId, qint64 backendId)
{
    const Plan &plan = *context().plan;
    ScmValidationRequest request;
    request.validationLevel = plan.organization.validation.level;
    request.backendId = backendId;
    request.legalName = plan.organization.validation.legalName.isEmpty()
                            ? plan.organization.name
                            : plan.organization.validation.legalName;
    request.address1 = plan.organization.address1;
    request.city = plan.organization.city;
    request.stateProvince = plan.organization.stateProvince;
    request.postalCode = plan.organization.postalCode;
    request.country = plan.organization.country;
    request.organizationIdentifier = plan.organization.validation.organizationIdentifier;
    say(tr("Submitting the organisation for %1 validation").arg(request.validationLevel));
    call(context().admin->submitValidation(orgId, request), tr("Submitting the validation"),
         [this, orgId](ScmReply *reply) {
             const qint64 validationId = reply->createdId();
             stepState().ids.insert(QStringLiteral("validation"), double(validationId));
             stepState().details.insert(QStringLiteral("status"), QStringLiteral("PENDING"));
             saveProgress();
             lookAfterSubmit(orgId, validationId);
         });
}

void ValidationStep::lookAfterSubmit(qint64 orgId, qint64 validationId)
{
    // The first look right away, not after the first backoff delay: a CA that decides at once (or
    // an organisation validated before by another route) is seen without waiting. Only a look:
    // whatever it shows, nothing is submitted again from here.
    call(context().admin->listValidations(orgId), tr("Reading the validation's status"),
         [this, orgId, validationId](ScmReply *reply) {
             for (const QJsonValue &value : reply->array()) {
                 const ScmValidation validation = ScmValidation::fromJson(value.toObject());
                 if (validation.id != validationId ||
                     validation.status.compare(QLatin1String("PENDING"), Qt::CaseInsensitive) == 0)
                     continue;
                 judge(orgId, validation);
                 return;
             }
             waitFor(tr("Submitted the organisation for validation (id %1). Sectigo vets it by hand, which "
                        "can take hours to days; the other steps go on meanwhile. Run again later to "
                        "continue.")
                         .arg(validationId));
         });
}
