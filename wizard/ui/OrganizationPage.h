#pragma once

#include "StepPage.h"

class PlanFieldEdit;
class PlanForm;

// The organisation's details (the mandatory fields of SCM's form), then create or adopt it with
// REST enrolment ("Web API") switched on.
class OrganizationPage : public StepPage
{
    Q_OBJECT
public:
    explicit OrganizationPage(WizardController *controller, QWidget *parent = nullptr);

protected:
    void loadFromPlan(const Plan &plan) override;
    void saveToPlan(Plan *plan) const override;
    bool fieldsValid() const override;
    QStringList plannedLines() const override;
    QString actionText() const override;
    QList<StepId> stepsToRequest() const override;

private:
    // Shows what a run would do with the plan as the page holds it, reading SCM and changing nothing.
    void showPreview();

    PlanForm *m_form;
    PlanFieldEdit *m_name;
    PlanFieldEdit *m_address;
    PlanFieldEdit *m_postalCode;
    PlanFieldEdit *m_city;
    PlanFieldEdit *m_state;
    PlanFieldEdit *m_country;
    PlanFieldEdit *m_department;
    PlanFieldEdit *m_legalName;
    PlanFieldEdit *m_identifier;
};
