#pragma once

#include <QList>
#include <QString>

// The nine steps of the procedure (DESIGN.md, "The steps"), in the order they are shown and, where
// the graph leaves a choice, started.
enum class StepId
{
    Connect,
    Organization,
    Validation,
    Domains,
    Operator,
    Password,
    ApiOnly,
    Verify,
    Connector
};

namespace Steps {
constexpr int count = 9;

// Every step, in DESIGN.md's order.
const QList<StepId> &all();

// The id used in the plan, the state, --only and --json: "connect", ..., "api-only", ...
QString name(StepId step);
// The step of a name; false (and *step untouched) for anything else.
bool fromName(const QString &name, StepId *step);

// What a person reads in the wizard and on the terminal, translated ("Check the account", ...).
QString displayName(StepId step);

// The steps that must be done before this one may start (DESIGN.md's "needs" column).
const QList<StepId> &needs(StepId step);

// Position in all(): 0..count-1, for arrays indexed by step.
constexpr int index(StepId step)
{
    return static_cast<int>(step);
}
} // namespace Steps
