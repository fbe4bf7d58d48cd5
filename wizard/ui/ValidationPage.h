#pragma once

#include "StepPage.h"

class PlanFieldEdit;
class PlanForm;

// The organisation's OV S/MIME validation: the legal name and registration number it is validated
// with, the request, then waiting for Sectigo's vetting (the person may go on, or close the wizard).
class ValidationPage : public StepPage
{
    Q_OBJECT
public:
    explicit ValidationPage(WizardController *controller, QWidget *parent = nullptr);

protected:
    void loadFromPlan(const Plan &plan) override;
    void saveToPlan(Plan *plan) const override;
    bool fieldsValid() const override;
    QStringList plannedLines() const override;
    QString actionText() const override;
    bool mayGoOnWhileWaiting() const override { return true; }

private:
    PlanForm *m_form;
    PlanFieldEdit *m_legalName;
    PlanFieldEdit *m_identifier;
};
