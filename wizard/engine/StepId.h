#pragma once

#include "PlanSection.h"

#include <QList>
#include <QString>

class QObject;
class Step;
class StepContext;

// The nine steps of the procedure (DESIGN.md, "The steps"), in the order they are shown and, where
// the graph leaves a choice, started. Everything else about a step (its name, label, needs, the plan
// sections it reads and how it is made) is in the one table in StepId.cpp: adding a step means a
// line here, a row there and the step's own files.
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
    Connector // the last: Steps::count follows from it
};

namespace Steps {
constexpr int count = static_cast<int>(StepId::Connector) + 1;

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
// `steps` and everything they need, directly or not, in DESIGN.md's order.
QList<StepId> withNeeds(const QList<StepId> &steps);

// The plan sections the step reads: a run checks only these for the steps it runs.
const QList<PlanSection> &planSections(StepId step);
// Makes the step (the Runner does, once per run).
Step *create(StepId step, StepContext *context, QObject *parent);

// Position in all(): 0..count-1, for arrays indexed by step.
constexpr int index(StepId step)
{
    return static_cast<int>(step);
}
} // namespace Steps
