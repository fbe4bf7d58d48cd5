#pragma once

#include "StepPage.h"

// A step page without fields (API-only, verification): it starts its step when shown and shows
// the result. What it will do is the only thing that differs between them.
class AutomaticStepPage : public StepPage
{
    Q_OBJECT
public:
    AutomaticStepPage(WizardController *controller, StepId step, QWidget *parent = nullptr);

protected:
    QStringList plannedLines() const override;
    QString actionText() const override;
};
