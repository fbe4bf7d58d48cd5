#include "ValidationPage.h"

#include "WizardController.h"

ValidationPage::ValidationPage(WizardController *controller, QWidget *parent)
    : StepPage(controller, StepId::Validation, parent)
{
    setSubTitle(tr("Organisation validation (OV S/MIME: Sectigo checks that the organisation exists) by "
                   "Sectigo."));
}

QStringList ValidationPage::plannedLines() const
{
    const Plan::Validation &validation = controller()->plan().organization.validation;
    return {tr("Look for a validation of the organisation; request OV S/MIME validation only when there is "
               "none (an expired one is renewed), for “%1” with the identifier %2.")
                .arg(validation.legalName, validation.organizationIdentifier),
            tr("Wait for Sectigo's vetting: it can take days. The next steps go on meanwhile."),
            tr("You can close the wizard while it waits: the next start checks again.")};
}

QString ValidationPage::actionText() const
{
    return tr("&Request validation");
}
