#include "OperatorPage.h"

#include "PlanFieldEdit.h"
#include "PlanForm.h"
#include "WizardController.h"

#include <QLineEdit>

#include <QComboBox>

OperatorPage::OperatorPage(WizardController *controller, QWidget *parent)
    : StepPage(controller, StepId::Operator, parent)
    , m_form(new PlanForm(this))
    , m_role(new QComboBox(this))
{
    setSubTitle(tr("The “Operator” user of the SEPPmail MPKI interface."));
    m_login = m_form->addField(QStringLiteral("operator.login"), QStringLiteral("operatorLogin"),
                               tr("&Login *:"), tr("Operator login"));
    m_email = m_form->addField(QStringLiteral("operator.email"), QStringLiteral("operatorEmail"),
                               tr("&E-mail *:"), tr("Operator e-mail address"));
    m_forename = m_form->addField(QStringLiteral("operator.forename"), QStringLiteral("operatorForename"),
                                  tr("&First name *:"), tr("Operator first name"));
    m_surname = m_form->addField(QStringLiteral("operator.surname"), QStringLiteral("operatorSurname"),
                                 tr("&Surname *:"), tr("Operator surname"));
    m_role->setObjectName(QStringLiteral("operatorRole"));
    m_role->setAccessibleName(tr("Operator role"));
    m_role->addItem(tr("RAO admin of the organisation (S/MIME)"), QStringLiteral("RAO_SMIME"));
    m_role->addItem(tr("DRAO admin of the department (S/MIME)"), QStringLiteral("DRAO_SMIME"));
    m_role->setToolTip(tr("RAO: an administrator of one organisation; DRAO: of one department of it. The "
                          "gateway's operator needs only the right to request S/MIME certificates there."));
    m_form->addRow(tr("&Role:"), m_role, m_role);
    for (PlanFieldEdit *field : {m_login, m_email, m_forename, m_surname}) {
        field->setExtraCheck(
            [](const QString &value) { return value.isEmpty() ? tr("This field is required.") : QString(); });
    }
    addFields(m_form);
    registerField(QStringLiteral("operatorLogin*"), m_login->lineEdit());
    registerField(QStringLiteral("operatorEmail*"), m_email->lineEdit());
    registerField(QStringLiteral("operatorForename*"), m_forename->lineEdit());
    registerField(QStringLiteral("operatorSurname*"), m_surname->lineEdit());
    connect(m_form, &PlanForm::changed, this, &OperatorPage::fieldsChanged);
    connect(m_role, &QComboBox::currentIndexChanged, this, &OperatorPage::fieldsChanged);
}

void OperatorPage::loadFromPlan(const Plan &plan)
{
    const Plan::Operator &o = plan.operatorAdmin;
    m_login->setText(o.login);
    m_email->setText(o.email);
    m_forename->setText(o.forename);
    m_surname->setText(o.surname);
    const int role = m_role->findData(o.role);
    m_role->setCurrentIndex(role >= 0 ? role : 0);
}

void OperatorPage::saveToPlan(Plan *plan) const
{
    Plan::Operator &o = plan->operatorAdmin;
    o.login = m_login->text();
    o.email = m_email->text();
    o.forename = m_forename->text();
    o.surname = m_surname->text();
    o.role = m_role->currentData().toString();
}

bool OperatorPage::fieldsValid() const
{
    // A DRAO works on a department, which the organisation page names.
    if (m_role->currentData().toString() == QLatin1String("DRAO_SMIME") &&
        controller()->plan().organization.department.isEmpty())
        return false;
    return m_form->isValid();
}

QStringList OperatorPage::plannedLines() const
{
    QStringList lines;
    const QString login = m_login->text();
    lines << tr("Look for the admin “%1”; create it only when it does not exist, with a generated start "
                "password kept in the keychain.")
                 .arg(login);
    if (m_role->currentData().toString() == QLatin1String("DRAO_SMIME")) {
        if (controller()->plan().organization.department.isEmpty())
            lines << tr("A DRAO admin needs a department: go back to the organisation page and name one.");
        else
            lines << tr("Role DRAO on the department “%1”, certificate type Client Certificates.")
                         .arg(controller()->plan().organization.department);
    } else {
        lines << tr("Role RAO on the organisation, certificate type Client Certificates.");
    }
    lines << tr("“WS API use only” is NOT set yet: the operator must log in once first.");
    return lines;
}

QString OperatorPage::actionText() const
{
    return tr("Create the &operator");
}

QList<StepId> OperatorPage::stepsToRequest() const
{
    // The password change and API-only need nothing more from the person (the password step shows
    // what to do when SCM wants a web login).
    return {StepId::Operator, StepId::Password, StepId::ApiOnly};
}
