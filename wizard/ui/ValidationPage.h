#pragma once

#include "StepPage.h"

// The organisation's OV S/MIME validation: requested together with the organisation (its legal name
// and identifier are typed on the organisation's page), then the wait for Sectigo's vetting, during
// which the person may go on or close the wizard.
class ValidationPage : public StepPage
{
    Q_OBJECT
public:
    explicit ValidationPage(WizardController *controller, QWidget *parent = nullptr);

protected:
    QStringList plannedLines() const override;
    QString actionText() const override;
    bool mayGoOnWhileWaiting() const override { return true; }
};
