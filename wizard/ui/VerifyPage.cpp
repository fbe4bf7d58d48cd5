#include "VerifyPage.h"

#include "PlanFieldEdit.h"
#include "PlanForm.h"
#include "WizardController.h"

#include <QLineEdit>

VerifyPage::VerifyPage(WizardController *controller, QWidget *parent)
    : StepPage(controller, StepId::Verify, parent)
    , m_form(new PlanForm(this))
{
    setSubTitle(tr("Check the gateway's credentials, as the gateway will use them."));
    m_profile = m_form->addField(QStringLiteral("certificate.profile"), QStringLiteral("certificateProfile"),
                                 tr("Certificate &type *:"), tr("S/MIME certificate type"));
    m_term = m_form->addField(QStringLiteral("certificate.term"), QStringLiteral("certificateTerm"),
                              tr("T&erm in days *:"), tr("Certificate term in days"));
    m_profile->setExtraCheck([](const QString &value) {
        return value.isEmpty() ? tr("Name the S/MIME certificate type the gateway should order.") : QString();
    });
    addFields(m_form);
    registerField(QStringLiteral("certificateProfile*"), m_profile->lineEdit());
    registerField(QStringLiteral("certificateTerm*"), m_term->lineEdit());
    connect(m_form, &PlanForm::changed, this, &VerifyPage::fieldsChanged);
}

void VerifyPage::loadFromPlan(const Plan &plan)
{
    m_profile->setText(plan.certificate.profile);
    m_term->setText(QString::number(plan.certificate.term));
}

void VerifyPage::saveToPlan(Plan *plan) const
{
    plan->certificate.profile = m_profile->text();
    plan->certificate.term = m_term->text().toInt();
}

bool VerifyPage::fieldsValid() const
{
    return m_form->isValid();
}

QStringList VerifyPage::plannedLines() const
{
    const Plan &plan = controller()->plan();
    return {tr("Log in as “%1” with its new password.").arg(plan.operatorAdmin.login),
            tr("Check that the S/MIME certificate type “%1” with a term of %2 days exists for the "
               "organisation.")
                .arg(m_profile->text(), m_term->text()),
            tr("Check that no custom field is mandatory for the REST API."),
            tr("Record when the operator's password expires."),
            tr("This waits until the organisation is validated and the domains are done.")};
}

QString VerifyPage::actionText() const
{
    return tr("&Verify");
}
