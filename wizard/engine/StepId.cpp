#include "StepId.h"

#include "ApiOnlyStep.h"
#include "ConnectStep.h"
#include "ConnectorStep.h"
#include "DomainsStep.h"
#include "OperatorStep.h"
#include "OrganizationStep.h"
#include "PasswordStep.h"
#include "ValidationStep.h"
#include "VerifyStep.h"

#include <QCoreApplication>

#include <iterator>

namespace {
template<class StepClass> Step *make(StepContext *context, QObject *parent)
{
    return new StepClass(context, parent);
}

struct StepInfo
{
    StepId id;
    const char *name;
    const char *displayName;
    QList<StepId> needs;
    // What the step reads of the plan. The organisation's section is read by every step that works in
    // the organisation (they find it by name when they run alone); the operator's department rule
    // lives in the organisation's section.
    QList<PlanSection> sections;
    Step *(*create)(StepContext *, QObject *);
};

// The one table of the steps, in DESIGN.md's order; displayName is translated in the "Steps" context.
// "needs" is a graph, so that domains, the operator and its password go on while the organisation's
// validation waits for Sectigo's vetting.
const StepInfo stepInfos[] = {
    {StepId::Connect,
     "connect",
     QT_TRANSLATE_NOOP("Steps", "Check the account"),
     {},
     {PlanSection::Scm},
     &make<ConnectStep>},
    {StepId::Organization,
     "organization",
     QT_TRANSLATE_NOOP("Steps", "Create or adopt the organisation"),
     {StepId::Connect},
     {PlanSection::Scm, PlanSection::Organization},
     &make<OrganizationStep>},
    {StepId::Validation,
     "validation",
     QT_TRANSLATE_NOOP("Steps", "Validate the organisation (OV S/MIME)"),
     {StepId::Organization},
     {PlanSection::Scm, PlanSection::Organization},
     &make<ValidationStep>},
    {StepId::Domains,
     "domains",
     QT_TRANSLATE_NOOP("Steps", "Delegate and validate the e-mail domains"),
     {StepId::Organization},
     {PlanSection::Scm, PlanSection::Organization, PlanSection::Domains},
     &make<DomainsStep>},
    {StepId::Operator,
     "operator",
     QT_TRANSLATE_NOOP("Steps", "Create or adopt the gateway's operator"),
     {StepId::Organization},
     {PlanSection::Scm, PlanSection::Organization, PlanSection::Operator},
     &make<OperatorStep>},
    {StepId::Password,
     "password",
     QT_TRANSLATE_NOOP("Steps", "Change the operator's temporary password"),
     {StepId::Operator},
     {PlanSection::Scm, PlanSection::Operator},
     &make<PasswordStep>},
    {StepId::ApiOnly,
     "api-only",
     QT_TRANSLATE_NOOP("Steps", "Make the operator API-only"),
     {StepId::Password},
     {PlanSection::Scm, PlanSection::Operator},
     &make<ApiOnlyStep>},
    {StepId::Verify,
     "verify",
     QT_TRANSLATE_NOOP("Steps", "Verify the gateway's credentials"),
     {StepId::Validation, StepId::Domains, StepId::ApiOnly},
     {PlanSection::Scm, PlanSection::Organization, PlanSection::Operator, PlanSection::Certificate},
     &make<VerifyStep>},
    {StepId::Connector,
     "connector",
     QT_TRANSLATE_NOOP("Steps", "Hand the values to the gateway"),
     {StepId::Verify},
     {PlanSection::Scm, PlanSection::Organization, PlanSection::Domains, PlanSection::Operator,
      PlanSection::Certificate, PlanSection::Gateway},
     &make<ConnectorStep>},
};
static_assert(std::size(stepInfos) == size_t(Steps::count), "one row per StepId");

const StepInfo &info(StepId step)
{
    return stepInfos[Steps::index(step)];
}
} // namespace

namespace Steps {
const QList<StepId> &all()
{
    static const QList<StepId> steps = [] {
        QList<StepId> list;
        for (const StepInfo &step : stepInfos)
            list << step.id;
        return list;
    }();
    return steps;
}

QString name(StepId step)
{
    return QString::fromLatin1(info(step).name);
}

bool fromName(const QString &name, StepId *step)
{
    for (const StepInfo &candidate : stepInfos) {
        if (name == QLatin1String(candidate.name)) {
            if (step)
                *step = candidate.id;
            return true;
        }
    }
    return false;
}

QString displayName(StepId step)
{
    return QCoreApplication::translate("Steps", info(step).displayName);
}

const QList<StepId> &needs(StepId step)
{
    return info(step).needs;
}

QList<StepId> withNeeds(const QList<StepId> &steps)
{
    QList<StepId> wanted = steps;
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        for (StepId need : needs(wanted.at(i))) {
            if (!wanted.contains(need))
                wanted << need;
        }
    }
    QList<StepId> ordered;
    for (StepId step : all()) {
        if (wanted.contains(step))
            ordered << step;
    }
    return ordered;
}

const QList<PlanSection> &planSections(StepId step)
{
    return info(step).sections;
}

Step *create(StepId step, StepContext *context, QObject *parent)
{
    return info(step).create(context, parent);
}
} // namespace Steps
