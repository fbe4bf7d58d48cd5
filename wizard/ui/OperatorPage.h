#pragma once

#include "StepPage.h"

class PlanFieldEdit;
class PlanForm;
class QComboBox;

// The operator user the gateway will log in as: login, e-mail, name, role (RAO on the organisation
// or DRAO on the department), with the client-certificate privilege and — not yet — "WS API use only".
class OperatorPage : public StepPage
{
    Q_OBJECT
public:
    explicit OperatorPage(WizardController *controller, QWidget *parent = nullptr);

protected:
    void loadFromPlan(const Plan &plan) override;
    void saveToPlan(Plan *plan) const override;
    bool fieldsValid() const override;
    QStringList plannedLines() const override;
    QString actionText() const override;
    QList<StepId> stepsToRequest() const override;

private:
    PlanForm *m_form;
    PlanFieldEdit *m_login;
    PlanFieldEdit *m_email;
    PlanFieldEdit *m_forename;
    PlanFieldEdit *m_surname;
    QComboBox *m_role;
};
