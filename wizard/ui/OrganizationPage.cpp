#include "OrganizationPage.h"

#include "PlanFieldEdit.h"
#include "PlanForm.h"
#include "PlanPreviewDialog.h"
#include "PlanPreviewReport.h"
#include "WizardController.h"

#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

OrganizationPage::OrganizationPage(WizardController *controller, QWidget *parent)
    : StepPage(controller, StepId::Organization, parent)
    , m_form(new PlanForm(this))
{
    setSubTitle(tr("The organisation that will own the domains and the operator."));
    m_name = m_form->addField(QStringLiteral("organization.name"), QStringLiteral("organizationName"),
                              tr("Na&me *:"), tr("Organisation name"));
    m_address = m_form->addField(QStringLiteral("organization.address1"),
                                 QStringLiteral("organizationAddress"), tr("&Address *:"), tr("Address"));
    m_postalCode =
        m_form->addField(QStringLiteral("organization.postalCode"), QStringLiteral("organizationPostalCode"),
                         tr("&Postal code:"), tr("Postal code"));
    m_city = m_form->addField(QStringLiteral("organization.city"), QStringLiteral("organizationCity"),
                              tr("C&ity:"), tr("City"));
    m_state = m_form->addField(QStringLiteral("organization.stateProvince"),
                               QStringLiteral("organizationStateProvince"), tr("&State or province:"),
                               tr("State or province"));
    m_country =
        m_form->addField(QStringLiteral("organization.country"), QStringLiteral("organizationCountry"),
                         tr("Co&untry (two letters) *:"), tr("Country code"));
    m_department =
        m_form->addField(QStringLiteral("organization.department"), QStringLiteral("organizationDepartment"),
                         tr("&Department:"), tr("Department"));
    m_department->lineEdit()->setPlaceholderText(tr("Only when the operator is a DRAO admin"));
    m_legalName =
        m_form->addField(QStringLiteral("organization.validation.legalName"),
                         QStringLiteral("organizationLegalName"), tr("&Legal name:"), tr("Legal name"));
    m_legalName->lineEdit()->setPlaceholderText(tr("As in the trade register; empty: the name above"));
    m_identifier = m_form->addField(QStringLiteral("organization.validation.organizationIdentifier"),
                                    QStringLiteral("organizationIdentifier"),
                                    tr("Organisation identi&fier *:"), tr("Organisation identifier"));
    m_identifier->lineEdit()->setPlaceholderText(
        tr("e.g. NTRCH-CHE-123.456.789 (register, country, number)"));
    m_identifier->lineEdit()->setToolTip(
        tr("Sectigo checks the organisation against this register entry for the OV (organisation-validated) "
           "S/MIME certificates: NTR (trade register), VAT, LEI, GOV or INT, the country and the number."));
    m_name->setExtraCheck([](const QString &value) {
        return value.isEmpty() ? tr("The organisation's name is required.") : QString();
    });
    m_address->setExtraCheck(
        [](const QString &value) { return value.isEmpty() ? tr("The address is required.") : QString(); });
    m_country->setExtraCheck([](const QString &value) {
        return value.isEmpty() ? tr("The country is required (ISO code, e.g. CH).") : QString();
    });
    // Next stays disabled without one of them: the field says why instead of a silent grey button.
    m_city->setExtraCheck([this](const QString &value) {
        return value.isEmpty() && m_state->text().isEmpty() ? tr("Enter the city, or the state or province: "
                                                                 "the Certificate Manager needs one of them.")
                                                            : QString();
    });
    connect(m_state->lineEdit(), &QLineEdit::textChanged, m_city, &PlanFieldEdit::revalidate);
    // The last page before the first change: a look at what the run would do, before Next does it.
    auto *preview = new QPushButton(tr("Pre&view the changes…"), m_form);
    preview->setObjectName(QStringLiteral("previewButton"));
    preview->setToolTip(
        tr("Reads what exists in the Certificate Manager and lists what the run would create, "
           "adopt or update, without changing anything."));
    connect(preview, &QPushButton::clicked, this, &OrganizationPage::showPreview);
    auto *fields = new QWidget(this);
    auto *fieldsLayout = new QVBoxLayout(fields);
    fieldsLayout->setContentsMargins(0, 0, 0, 0);
    fieldsLayout->addWidget(m_form);
    fieldsLayout->addWidget(preview, 0, Qt::AlignLeft);
    addFields(fields);
    registerField(QStringLiteral("organizationName*"), m_name->lineEdit());
    registerField(QStringLiteral("organizationAddress*"), m_address->lineEdit());
    registerField(QStringLiteral("organizationCountry*"), m_country->lineEdit());
    registerField(QStringLiteral("organizationIdentifier*"), m_identifier->lineEdit());
    connect(m_form, &PlanForm::changed, this, &OrganizationPage::fieldsChanged);
    setTabOrder(m_name->lineEdit(), m_address->lineEdit());
}

void OrganizationPage::showPreview()
{
    Plan plan = controller()->plan();
    saveToPlan(&plan);
    auto *dialog = new PlanPreviewDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<PlanPreviewDialog> shown(dialog);
    controller()->previewPlan(plan, dialog, [shown](const PlanPreviewReport &report) {
        if (shown)
            shown->showReport(report);
    });
    dialog->open();
}

void OrganizationPage::loadFromPlan(const Plan &plan)
{
    const Plan::Organization &o = plan.organization;
    m_name->setText(o.name);
    m_address->setText(o.address1);
    m_postalCode->setText(o.postalCode);
    m_city->setText(o.city);
    m_state->setText(o.stateProvince);
    m_country->setText(o.country);
    m_department->setText(o.department);
    m_legalName->setText(o.validation.legalName == o.name ? QString() : o.validation.legalName);
    m_identifier->setText(o.validation.organizationIdentifier);
}

void OrganizationPage::saveToPlan(Plan *plan) const
{
    Plan::Organization &o = plan->organization;
    o.name = m_name->text();
    o.address1 = m_address->text();
    o.postalCode = m_postalCode->text();
    o.city = m_city->text();
    o.stateProvince = m_state->text();
    o.country = m_country->text().toUpper();
    o.department = m_department->text();
    o.validation.legalName = m_legalName->text().isEmpty() ? o.name : m_legalName->text();
    o.validation.organizationIdentifier = m_identifier->text();
}

bool OrganizationPage::fieldsValid() const
{
    return m_form->isValid() && (!m_city->text().isEmpty() || !m_state->text().isEmpty());
}

QStringList OrganizationPage::plannedLines() const
{
    const Plan &plan = controller()->plan();
    QStringList lines;
    const QString name = m_name->text().isEmpty() ? plan.organization.name : m_name->text();
    lines << tr("Look for the organisation “%1” in the Certificate Manager; create it only when it does not "
                "exist (an existing one is adopted, its details are left as they are).")
                 .arg(name);
    lines << tr("Switch on REST enrolment for client certificates (the procedure's “Web API”).");
    if (!m_department->text().isEmpty())
        lines << tr("Create or adopt the department “%1” below it.").arg(m_department->text());
    lines << tr("Not possible over the API: the organisation's “Default profile” and the legacy “Secret "
                "Key” — see the values sheet at the end.");
    return lines;
}

QString OrganizationPage::actionText() const
{
    return tr("&Create the organisation");
}

QList<StepId> OrganizationPage::stepsToRequest() const
{
    // The validation needs nothing more from the person: its days of vetting start at once.
    return {StepId::Organization, StepId::Validation};
}
