#include "ValidationPage.h"

#include "PlanFieldEdit.h"
#include "PlanForm.h"
#include "WizardController.h"

#include <QLineEdit>

ValidationPage::ValidationPage(WizardController *controller, QWidget *parent)
    : StepPage(controller, StepId::Validation, parent)
    , m_form(new PlanForm(this))
{
    setSubTitle(tr("Organisation validation (OV S/MIME) by Sectigo."));
    m_legalName =
        m_form->addField(QStringLiteral("organization.validation.legalName"),
                         QStringLiteral("validationLegalName"), tr("&Legal name *:"), tr("Legal name"));
    m_identifier = m_form->addField(QStringLiteral("organization.validation.organizationIdentifier"),
                                    QStringLiteral("validationIdentifier"), tr("&Registration number:"),
                                    tr("Organisation identifier (registration number)"));
    m_legalName->setExtraCheck([](const QString &value) {
        return value.isEmpty() ? tr("The legal name is required: Sectigo validates it.") : QString();
    });
    addFields(m_form);
    registerField(QStringLiteral("validationLegalName*"), m_legalName->lineEdit());
    connect(m_form, &PlanForm::changed, this, &ValidationPage::fieldsChanged);
}

void ValidationPage::loadFromPlan(const Plan &plan)
{
    const Plan::Validation &v = plan.organization.validation;
    m_legalName->setText(v.legalName.isEmpty() ? plan.organization.name : v.legalName);
    m_identifier->setText(v.organizationIdentifier);
}

void ValidationPage::saveToPlan(Plan *plan) const
{
    plan->organization.validation.legalName = m_legalName->text();
    plan->organization.validation.organizationIdentifier = m_identifier->text();
}

bool ValidationPage::fieldsValid() const
{
    return m_form->isValid();
}

QStringList ValidationPage::plannedLines() const
{
    return {tr("Look for a validation of the organisation; request OV S/MIME validation only when there is "
               "none (an expired one is renewed)."),
            tr("Wait for Sectigo's vetting: the status becomes “VALIDATED”. The next steps go on meanwhile."),
            tr("You may close the wizard: the next time it resumes checking.")};
}

QString ValidationPage::actionText() const
{
    return tr("&Request validation");
}
