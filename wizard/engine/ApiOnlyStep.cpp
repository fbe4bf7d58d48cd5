#include "ApiOnlyStep.h"

#include "Clock.h"
#include "EngineExit.h"
#include "Plan.h"
#include "ScmClient.h"
#include "ScmReply.h"
#include "ScmTypes.h"
#include "State.h"
#include "StepContext.h"

#include <QCoreApplication>

namespace {
const QString wsApiUseOnly = QStringLiteral("wsApiUseOnly");
} // namespace

ApiOnlyStep::ApiOnlyStep(StepContext *context, QObject *parent)
    : Step(StepId::ApiOnly, context, parent)
{}

QString ApiOnlyStep::orderRuleMessage()
{
    return tr(
        "The operator must change its temporary password before it becomes API-only: an API-only admin "
        "cannot log in to SCM's web page, so the password could never be changed there. Run the password "
        "step first (nothing was sent).");
}

bool ApiOnlyStep::legacy() const
{
    return m_legacyByAnswer ||
           context().plan->scm.dialect.compare(QLatin1String("legacy"), Qt::CaseInsensitive) == 0;
}

void ApiOnlyStep::inspect()
{
    // The procedure's one hard order, enforced here so that no caller can get around it.
    if (context().state->step(StepId::Password).status != StepStatus::Done) {
        fail(EngineExit::Refused, orderRuleMessage());
        return;
    }
    // In the legacy dialect the change sends the whole privilege set: that is read fresh first.
    resolveOperator(legacy() ? OperatorRecord::Read : OperatorRecord::ThisRunIfKnown,
                    [this](const ScmAdmin &admin) { ensure(admin, false); });
}

void ApiOnlyStep::ensure(const ScmAdmin &admin, bool changed)
{
    stepState().ids.insert(QStringLiteral("operator"), double(admin.id));
    if (context().operatorFacts && context().operatorFacts->id == admin.id) {
        context().operatorFacts->type = admin.type;
        context().operatorFacts->privileges = admin.privileges;
    }
    const bool apiOnly = legacy() ? admin.privileges.contains(wsApiUseOnly)
                                  : admin.type.compare(QLatin1String("API"), Qt::CaseInsensitive) == 0;
    if (apiOnly) {
        stepState().details.insert(QStringLiteral("dialect"),
                                   legacy() ? QStringLiteral("legacy") : QStringLiteral("current"));
        succeed(legacy()
                    ? tr("The operator %1 has the privilege wsApiUseOnly (API use only).").arg(admin.login)
                    : tr("The operator %1 is an API admin (type API).").arg(admin.login));
        return;
    }
    if (changed) {
        fail(EngineExit::Refused, tr("SCM did not make the operator %1 API-only.").arg(admin.login));
        return;
    }
    ScmAdminUpdate update;
    if (legacy()) {
        update.privileges = admin.privileges;
        update.privileges << wsApiUseOnly; // the array is the new set
        update.privilegesSet = true;
    } else {
        update.type = QStringLiteral("API");
    }
    say(tr("Making the operator %1 API-only").arg(admin.login));
    const qint64 id = admin.id;
    call(
        context().admin->updateAdmin(id, update), tr("Making the operator API-only"),
        [this, id](ScmReply *) {
            call(context().admin->getAdmin(id), tr("Reading the operator back"),
                 [this](ScmReply *reply) { ensure(ScmAdmin::fromJson(reply->object()), true); });
        },
        [this](ScmReply *reply) {
            // A legacy SCM refuses the type as invalid: use its privilege instead, on a fresh read of
            // the privilege set (sent whole).
            if (legacy() || reply->error().kind() != ScmError::Kind::InvalidInput)
                return false;
            m_legacyByAnswer = true;
            resolveOperator(OperatorRecord::Read, [this](const ScmAdmin &fresh) { ensure(fresh, false); });
            return true;
        });
}
