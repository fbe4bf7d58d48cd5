#include "OverviewPage.h"

#include "HealthController.h"
#include "StepOverviewTable.h"
#include "UiIcons.h"
#include "WizardController.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

OverviewPage::OverviewPage(WizardController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_table(new StepOverviewTable(controller, this))
    , m_expiry(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_rerun(
          new QPushButton(UiIcons::icon(QStringLiteral("rerun")), tr("&Run the selected step again"), this))
    , m_saveReport(new QPushButton(tr("&Save the onboarding report…"), this))
    , m_health(new QPushButton(tr("Check the connection's &health…"), this))
    , m_reportResult(new QLabel(this))
{
    setObjectName(QStringLiteral("overviewPage"));
    setTitle(tr("Step overview"));
    setSubTitle(tr("Where the onboarding stands. Select a step and run it again when something changed: "
                   "steps look for what exists first, so nothing is created twice."));
    m_expiry->setObjectName(QStringLiteral("operatorPasswordExpiry"));
    m_expiry->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("overviewSummary"));
    m_summary->setWordWrap(true);
    m_rerun->setObjectName(QStringLiteral("rerunStep"));
    m_rerun->setAccessibleName(tr("Run the selected step again"));
    m_saveReport->setObjectName(QStringLiteral("saveReportButton"));
    m_saveReport->setAccessibleName(tr("Save the onboarding report"));
    m_saveReport->setToolTip(tr("One document for the change record: what was created or adopted in SCM, "
                                "what was done by hand and the expiry dates. It holds no password."));
    m_health->setObjectName(QStringLiteral("overviewHealthButton"));
    m_health->setAccessibleName(tr("Check the connection's health"));
    m_reportResult->setObjectName(QStringLiteral("reportResult"));
    m_reportResult->setWordWrap(true);
    m_reportResult->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_rerun);
    buttons->addWidget(m_saveReport);
    buttons->addWidget(m_health);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_expiry);
    layout->addWidget(m_summary);
    layout->addLayout(buttons);
    layout->addWidget(m_reportResult);

    connect(m_rerun, &QPushButton::clicked, this,
            [this] { m_controller->rerunStep(m_table->selectedStep(), this); });
    connect(m_saveReport, &QPushButton::clicked, this, &OverviewPage::saveReport);
    connect(m_health, &QPushButton::clicked, this, &OverviewPage::healthRequested);
    connect(controller, &WizardController::onboardingReportSaved, this,
            [this](const SaveResult &result) { m_reportResult->setText(result.message); });
    connect(controller, &WizardController::stepChanged, this, &OverviewPage::refresh);
    connect(controller, &WizardController::runningChanged, this, &OverviewPage::refresh);
}

void OverviewPage::initializePage()
{
    m_table->refresh();
    refresh();
}

bool OverviewPage::isComplete() const
{
    return true;
}

void OverviewPage::saveReport()
{
    // Opened, not exec()'d: the page stays live, and a test finds the dialog by its objectName.
    auto *dialog = new QFileDialog(this, tr("Save the onboarding report"),
                                   QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                       .filePath(QStringLiteral("mpki-onboarding-report.pdf")),
                                   tr("PDF (*.pdf);;HTML (*.html)"));
    dialog->setObjectName(QStringLiteral("reportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &path) { m_controller->saveOnboardingReport(path); });
    dialog->open();
}

void OverviewPage::refresh()
{
    m_saveReport->setEnabled(m_controller->isOpen());
    // Disabled until there is a connection to check; the tooltip says why.
    const QString healthUnavailable = HealthController::unavailableReason(m_controller);
    m_health->setEnabled(healthUnavailable.isEmpty());
    m_health->setToolTip(healthUnavailable.isEmpty()
                             ? tr("Is the gateway's connection to SCM still good, and for how long?")
                             : healthUnavailable);
    if (!m_controller->isOpen())
        return;
    const std::optional<PasswordExpiry> expiry = m_controller->operatorPasswordExpiry();
    if (!expiry) {
        m_expiry->setText(
            tr("The operator password's expiry is not known yet (the verification records it)."));
    } else if (!expiry->expires.isValid()) {
        m_expiry->setText(
            tr("The password of the operator “%1” does not expire (%2).").arg(expiry->login, expiry->state));
    } else {
        const qint64 days = QDate::currentDate().daysTo(expiry->expires);
        QString text =
            tr("The password of the operator “%1” expires on %2 (in %n day(s)).", nullptr, int(days))
                .arg(expiry->login, QLocale().toString(expiry->expires, QLocale::LongFormat));
        if (days < 30)
            text += QLatin1Char(' ') + tr("Change it soon, and enter the new one on the gateway.");
        m_expiry->setText(text);
    }
    const int done = m_controller->stepsDone();
    if (done == 9)
        m_summary->setText(tr("All nine steps are done. The gateway's values are on the connector page."));
    else
        m_summary->setText(tr("%1 of 9 steps done.").arg(done) +
                           (m_controller->isRunning() ? QLatin1Char(' ') + tr("Working…") : QString()));
    m_rerun->setEnabled(m_controller->isConnected());
    m_rerun->setToolTip(
        m_controller->isConnected() ? QString() : tr("Connect first (the connection page) to run a step."));
}
