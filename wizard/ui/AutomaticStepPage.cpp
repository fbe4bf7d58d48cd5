#include "AutomaticStepPage.h"

#include "WizardController.h"

AutomaticStepPage::AutomaticStepPage(WizardController *controller, StepId step, QWidget *parent)
    : StepPage(controller, step, parent)
{
    if (step == StepId::ApiOnly)
        setSubTitle(tr("Assign the operator the right “WS API use only”."));
    else if (step == StepId::Verify)
        setSubTitle(tr("Check the gateway's credentials, as the gateway will use them."));
}

QStringList AutomaticStepPage::plannedLines() const
{
    const Plan &plan = controller()->plan();
    switch (step()) {
    case StepId::ApiOnly:
        return {tr("Make “%1” an API-only admin (“WS API use only”). Only after its password was changed: "
                   "an API-only admin cannot log in to the web interface.")
                    .arg(plan.operatorAdmin.login),
                tr("If the operator is ever locked out, an MRAO can turn it back into a standard admin.")};
    case StepId::Verify:
        return {tr("Log in as “%1” with its new password.").arg(plan.operatorAdmin.login),
                tr("Check that the S/MIME certificate type “%1” with a term of %2 days exists for the "
                   "organisation.")
                    .arg(plan.certificate.profile, QString::number(plan.certificate.term)),
                tr("Check that no custom field is mandatory for the REST API."),
                tr("Record when the operator's password expires."),
                tr("Waits until the organisation is validated and the domains are done.")};
    default:
        return {};
    }
}

QString AutomaticStepPage::actionText() const
{
    return step() == StepId::ApiOnly ? tr("&Make API-only") : tr("&Verify");
}
