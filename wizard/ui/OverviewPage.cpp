#include "OverviewPage.h"

#include "StepOverviewTable.h"
#include "UiIcons.h"
#include "WizardController.h"

#include <QDate>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

OverviewPage::OverviewPage(WizardController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_table(new StepOverviewTable(controller, this))
    , m_expiry(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_rerun(
          new QPushButton(UiIcons::icon(QStringLiteral("rerun")), tr("&Run the selected step again"), this))
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

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_rerun);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_expiry);
    layout->addWidget(m_summary);
    layout->addLayout(buttons);

    connect(m_rerun, &QPushButton::clicked, this,
            [this] { m_controller->rerunStep(m_table->selectedStep(), this); });
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

void OverviewPage::refresh()
{
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
