#pragma once

#include "StepPage.h"

class PlanFieldEdit;
class PlanForm;

// The certificate type ("Default profile") and term the gateway will order, then the check as the
// operator: does that type exist for the organisation, is no custom field mandatory for the REST
// API, when does the operator's password expire.
class VerifyPage : public StepPage
{
    Q_OBJECT
public:
    explicit VerifyPage(WizardController *controller, QWidget *parent = nullptr);

protected:
    void loadFromPlan(const Plan &plan) override;
    void saveToPlan(Plan *plan) const override;
    bool fieldsValid() const override;
    QStringList plannedLines() const override;
    QString actionText() const override;

private:
    PlanForm *m_form;
    PlanFieldEdit *m_profile;
    PlanFieldEdit *m_term;
};
