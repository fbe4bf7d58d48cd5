#include "StepId.h"

#include <QCoreApplication>

namespace {
struct StepInfo
{
    StepId id;
    const char *name;
    const char *displayName;
};

// The order of DESIGN.md's table; displayName is translated in the "Steps" context.
const StepInfo stepInfos[Steps::count] = {
    {StepId::Connect, "connect", QT_TRANSLATE_NOOP("Steps", "Check the account")},
    {StepId::Organization, "organization", QT_TRANSLATE_NOOP("Steps", "Create or adopt the organisation")},
    {StepId::Validation, "validation", QT_TRANSLATE_NOOP("Steps", "Validate the organisation (OV S/MIME)")},
    {StepId::Domains, "domains", QT_TRANSLATE_NOOP("Steps", "Delegate and validate the e-mail domains")},
    {StepId::Operator, "operator", QT_TRANSLATE_NOOP("Steps", "Create or adopt the gateway's operator")},
    {StepId::Password, "password", QT_TRANSLATE_NOOP("Steps", "Change the operator's temporary password")},
    {StepId::ApiOnly, "api-only", QT_TRANSLATE_NOOP("Steps", "Make the operator API-only")},
    {StepId::Verify, "verify", QT_TRANSLATE_NOOP("Steps", "Verify the gateway's credentials")},
    {StepId::Connector, "connector", QT_TRANSLATE_NOOP("Steps", "Hand the values to the gateway")},
};

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
    // DESIGN.md's "needs" column: a graph, so that domains, the operator and its password go on
    // while the organisation's validation waits for Sectigo's vetting.
    static const QList<StepId> none;
    static const QList<StepId> connect{StepId::Connect};
    static const QList<StepId> organization{StepId::Organization};
    static const QList<StepId> oper{StepId::Operator};
    static const QList<StepId> password{StepId::Password};
    static const QList<StepId> verify{StepId::Validation, StepId::Domains, StepId::ApiOnly};
    static const QList<StepId> connector{StepId::Verify};
    switch (step) {
    case StepId::Connect:
        return none;
    case StepId::Organization:
        return connect;
    case StepId::Validation:
    case StepId::Domains:
    case StepId::Operator:
        return organization;
    case StepId::Password:
        return oper;
    case StepId::ApiOnly:
        return password;
    case StepId::Verify:
        return verify;
    case StepId::Connector:
        return connector;
    }
    return none;
}
} // namespace Steps
