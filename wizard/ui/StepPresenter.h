#pragma once

#include "State.h"
#include "StepId.h"

#include <QCoreApplication>
#include <QIcon>
#include <QString>
#include <QStringList>

// Turns a step's state into what a person reads: the status in words and as an icon, the SCM ids
// it found or made, and what else it learned. Presentation only: no decisions about the procedure.
class StepPresenter
{
    Q_DECLARE_TR_FUNCTIONS(StepPresenter)
public:
    static QIcon statusIcon(StepStatus status);
    static QString statusText(StepStatus status);
    // "Organisation: 1234", "Domain example.ch: 17", ... (empty when the step has no ids yet).
    static QStringList idLines(StepId step, const StepState &state);
    // A short local date-time ("today 14:03") for "last check" / "next check".
    static QString when(const QDateTime &time);
    // The help text of the step's page, in the procedure's words.
    static QString helpText(StepId step);
};
