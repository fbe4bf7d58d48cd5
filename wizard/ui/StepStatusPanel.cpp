#include "StepStatusPanel.h"

#include "StepPresenter.h"
#include "WizardController.h"

#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTimer>

StepStatusPanel::StepStatusPanel(WizardController *controller, StepId step, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_step(step)
    , m_icon(new QLabel(this))
    , m_status(new QLabel(this))
    , m_message(new QLabel(this))
    , m_checks(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Ca&ncel"), this))
    , m_checkNow(new QPushButton(tr("Check no&w"), this))
    , m_mayClose(new QLabel(tr("You can close the wizard now: it checks again when you open it."), this))
{
    const QString base = Steps::name(step).remove(QLatin1Char('-'));
    setObjectName(base + QStringLiteral("StatusPanel"));
    m_status->setObjectName(base + QStringLiteral("Status"));
    m_message->setObjectName(base + QStringLiteral("Message"));
    m_checks->setObjectName(base + QStringLiteral("Checks"));
    m_busy->setObjectName(base + QStringLiteral("Progress"));
    m_cancel->setObjectName(base + QStringLiteral("Cancel"));
    m_checkNow->setObjectName(base + QStringLiteral("CheckNow"));
    m_mayClose->setObjectName(base + QStringLiteral("MayClose"));
    m_mayClose->setWordWrap(true);
    m_checkNow->setVisible(false);
    m_mayClose->setVisible(false);
    m_cancel->setAccessibleName(tr("Cancel %1").arg(Steps::displayName(step)));
    m_busy->setAccessibleName(tr("Progress of %1").arg(Steps::displayName(step)));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_checks->setWordWrap(true);
    QFont bold = m_status->font();
    bold.setBold(true);
    m_status->setFont(bold);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_icon, 0, 0, Qt::AlignTop);
    layout->addWidget(m_status, 0, 1);
    layout->addWidget(m_busy, 0, 2);
    layout->addWidget(m_cancel, 0, 3);
    layout->addWidget(m_message, 1, 1, 1, 3);
    layout->addWidget(m_checks, 2, 1, 1, 3);
    layout->addWidget(m_checkNow, 0, 3);
    layout->addWidget(m_mayClose, 3, 1, 1, 3);
    layout->setColumnStretch(1, 1);
    layout->setColumnStretch(2, 1);

    connect(m_cancel, &QPushButton::clicked, m_controller, &WizardController::cancel);
    connect(m_checkNow, &QPushButton::clicked, this, [this] { m_controller->checkNow(m_step); });
    connect(m_controller, &WizardController::stepChanged, this, [this](StepId changed) {
        if (changed == m_step)
            refresh();
    });
    connect(m_controller, &WizardController::stepMessage, this, [this](StepId changed, const QString &text) {
        if (changed == m_step && !text.isEmpty())
            m_message->setText(text);
        refresh();
    });
    connect(m_controller, &WizardController::runningChanged, this, &StepStatusPanel::refresh);
    // "Last check" and "next check" age while nothing else happens.
    auto *ticker = new QTimer(this);
    ticker->setInterval(1000);
    connect(ticker, &QTimer::timeout, this, &StepStatusPanel::refresh);
    ticker->start();
    refresh();
}

void StepStatusPanel::refresh()
{
    if (!m_controller->isOpen())
        return;
    const StepState &state = m_controller->state().step(m_step);
    const int iconSize = style()->pixelMetric(QStyle::PM_LargeIconSize);
    m_icon->setPixmap(StepPresenter::statusIcon(state.status).pixmap(iconSize, iconSize));
    m_status->setText(StepPresenter::statusText(state.status));
    if (!state.message.isEmpty())
        m_message->setText(state.message);
    else if (state.status == StepStatus::Pending)
        m_message->setText(m_controller->isStepActive(m_step) ? tr("Waiting for the steps it needs.")
                                                              : tr("Not started yet."));
    const bool active = m_controller->isStepActive(m_step) && m_controller->isRunning() &&
                        state.status != StepStatus::Done && state.status != StepStatus::Failed;
    // A busy bar and Cancel while the step works; a wait of days gets "Check now" and the word that
    // the wizard may be closed.
    const bool waitingOutside = active && state.status == StepStatus::Waiting;
    m_busy->setVisible(active && !waitingOutside);
    m_cancel->setVisible(active && !waitingOutside);
    m_checkNow->setVisible(waitingOutside);
    m_mayClose->setVisible(waitingOutside);
    if (state.status == StepStatus::Waiting) {
        const QDateTime next = m_controller->nextCheck(m_step);
        m_checks->setText(
            tr("Last checked: %1 · next check: %2")
                .arg(StepPresenter::when(m_controller->lastCheck(m_step)),
                     next.isValid() ? StepPresenter::when(next) : tr("when the wizard runs again")));
        m_checks->setVisible(true);
    } else if (state.updated.isValid()) {
        m_checks->setText(tr("Last change: %1").arg(StepPresenter::when(state.updated)));
        m_checks->setVisible(true);
    } else {
        m_checks->setVisible(false);
    }
}
