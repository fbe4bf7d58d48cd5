#include "StepPage.h"

#include "PlanFieldEdit.h"
#include "StepPresenter.h"
#include "StepStatusPanel.h"
#include "WizardController.h"

#include <QAbstractButton>
#include <QLabel>
#include <QPointer>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace {
QString bulletList(const QStringList &lines)
{
    QString html = QStringLiteral("<ul style=\"margin-left:-20px\">");
    for (const QString &line : lines)
        html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
    return html + QStringLiteral("</ul>");
}

QLabel *sectionLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

StepPage::StepPage(WizardController *controller, StepId step, QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_step(step)
    , m_layout(nullptr)
{
    // Long pages (the connector's values, the DCV records) scroll instead of squeezing at small sizes
    // or at 200 % scaling.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(Steps::name(step).remove(QLatin1Char('-')) + QStringLiteral("Scroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    content->setObjectName(QStringLiteral("stepPageContent"));
    m_layout = new QVBoxLayout(content);
    m_layout->setContentsMargins(0, 0, 0, 0);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    const QString base = Steps::name(step).remove(QLatin1Char('-'));
    setObjectName(base + QStringLiteral("Page"));
    // Where the person is: the connection page is step 1 (the connect step's).
    setTitle(tr("Step %1 of %2: %3")
                 .arg(QString::number(Steps::index(step) + 1), QString::number(Steps::count),
                      Steps::displayName(step)));
    m_help = new QLabel(StepPresenter::helpText(step), content);
    m_help->setObjectName(base + QStringLiteral("Help"));
    m_help->setWordWrap(true);
    m_existing = sectionLabel(base + QStringLiteral("Existing"), content);
    m_planned = sectionLabel(base + QStringLiteral("Planned"), content);
    m_status = new StepStatusPanel(controller, step, content);
    m_result = sectionLabel(base + QStringLiteral("Result"), content);
    // Why the last run stopped, with what to do: never only in a summary nobody sees.
    m_runProblem = new QLabel(content);
    m_runProblem->setObjectName(base + QStringLiteral("RunProblem"));
    m_runProblem->setWordWrap(true);
    m_runProblem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_runProblem->setVisible(false);

    m_layout->addWidget(m_help);
    m_fieldsIndex = m_layout->count();
    m_layout->addWidget(m_existing);
    m_layout->addWidget(m_planned);
    m_layout->addWidget(m_status);
    m_layout->addWidget(m_runProblem);
    m_layout->addWidget(m_result);
    m_detailsIndex = m_layout->count();
    m_layout->addStretch(1);

    connect(controller, &WizardController::stepChanged, this, [this](StepId changed) {
        if (changed == m_step || !mayGoOn())
            refresh();
    });
    connect(controller, &WizardController::runningChanged, this, &StepPage::refresh);
    connect(controller, &WizardController::runFinished, this, &StepPage::showRunProblem);
    connect(controller, &WizardController::planRefused, this, &StepPage::showRunProblem);
}

void StepPage::addFields(QWidget *fields)
{
    m_hasFields = true;
    m_layout->insertWidget(m_fieldsIndex, fields);
    ++m_fieldsIndex;
    ++m_detailsIndex;
}

void StepPage::addDetails(QWidget *details)
{
    m_layout->insertWidget(m_detailsIndex, details);
    ++m_detailsIndex;
}

void StepPage::loadFromPlan(const Plan &) {}

void StepPage::saveToPlan(Plan *) const {}

QStringList StepPage::existingLines() const
{
    return StepPresenter::idLines(m_step, m_controller->state().step(m_step));
}

void StepPage::initializePage()
{
    loadFromPlan(m_controller->plan());
    m_runProblem->setVisible(false);
    m_advanceWhenReady = false;
    // A page without fields does its step as soon as it is shown (once per visit), and goes on by
    // itself when it is done.
    if (!m_hasFields) {
        m_advanceWhenReady = advancesByItself();
        if (!mayGoOn() && !isBusy())
            m_controller->runStep(m_step);
    }
    refresh();
}

void StepPage::cleanupPage()
{
    // Back: the fields keep what was typed; nothing is undone remotely.
    Plan plan = m_controller->plan();
    saveToPlan(&plan);
    m_controller->setPlan(plan);
}

bool StepPage::isBusy() const
{
    if (!m_controller->isOpen())
        return false;
    const StepStatus status = m_controller->state().step(m_step).status;
    if (status == StepStatus::Done || status == StepStatus::Failed)
        return false;
    if (status == StepStatus::Waiting && mayGoOnWhileWaiting())
        return false;
    return m_controller->isStepActive(m_step);
}

bool StepPage::mayGoOn() const
{
    if (!m_controller->isOpen())
        return false;
    const StepStatus status = m_controller->state().step(m_step).status;
    return status == StepStatus::Done || (status == StepStatus::Waiting && mayGoOnWhileWaiting());
}

bool StepPage::isComplete() const
{
    if (mayGoOn())
        return true;
    return !isBusy() && fieldsValid();
}

bool StepPage::validatePage()
{
    if (mayGoOn())
        return true;
    Plan plan = m_controller->plan();
    saveToPlan(&plan);
    m_controller->setPlan(plan);
    m_runProblem->setVisible(false);
    m_advanceWhenReady = advancesByItself();
    for (StepId step : stepsToRequest())
        m_controller->runStep(step);
    refresh();
    return false;
}

void StepPage::advanceWhenReady()
{
    if (!m_advanceWhenReady || !wizard() || wizard()->currentPage() != this)
        return;
    const StepStatus status = m_controller->state().step(m_step).status;
    // A page without fields stays while its step waits for something outside: the person reads why.
    const bool ready = m_hasFields ? mayGoOn() : status == StepStatus::Done;
    if (!ready)
        return;
    m_advanceWhenReady = false;
    m_goingOn = true;
    QPointer<QWizard> w(wizard());
    QTimer::singleShot(0, this, [this, w] {
        m_goingOn = false;
        if (w && w->currentPage() == this && mayGoOn())
            w->next();
    });
}

void StepPage::showRunProblem()
{
    if (!wizard() || wizard()->currentPage() != this)
        return;
    QStringList lines;
    // Problems in the fields of this page are named here; others name the page to go back to.
    const QList<PlanIssue> issues = m_controller->refusedPlanIssues();
    for (const PlanIssue &issue : issues)
        lines << PlanFieldEdit::forPerson(issue.message);
    const QString problem = issues.isEmpty() ? m_controller->runProblem() : QString();
    if (!problem.isEmpty() && m_controller->state().step(m_step).status != StepStatus::Done)
        lines << problem;
    m_runProblem->setText(lines.join(QLatin1Char('\n')));
    m_runProblem->setVisible(!lines.isEmpty());
    if (!lines.isEmpty())
        m_advanceWhenReady = false;
    emit completeChanged();
}

void StepPage::fieldsChanged()
{
    emit completeChanged();
}

void StepPage::refresh()
{
    if (!m_controller->isOpen())
        return;
    const StepState &state = m_controller->state().step(m_step);
    const QStringList existing = existingLines();
    m_existing->setVisible(state.status != StepStatus::Done && !existing.isEmpty());
    m_existing->setText(
        QStringLiteral("<b>%1</b>%2").arg(tr("What exists").toHtmlEscaped(), bulletList(existing)));
    const bool showPlan = state.status != StepStatus::Done;
    const QStringList planned = plannedLines();
    m_planned->setVisible(showPlan && !planned.isEmpty());
    m_planned->setText(
        QStringLiteral("<b>%1</b>%2").arg(tr("What will be done").toHtmlEscaped(), bulletList(planned)));
    const QStringList ids = StepPresenter::idLines(m_step, state);
    m_result->setVisible(state.status == StepStatus::Done && !ids.isEmpty());
    m_result->setText(QStringLiteral("<b>%1</b>%2").arg(tr("Result").toHtmlEscaped(), bulletList(ids)));
    m_status->refresh();
    refreshDetails();
    updateButtonText();
    emit completeChanged();
    advanceWhenReady();
}

void StepPage::updateButtonText()
{
    const StepStatus status = m_controller->state().step(m_step).status;
    QString text;
    if (mayGoOn())
        text = wizard() ? wizard()->buttonText(QWizard::NextButton) : tr("&Next >"); // Qt's own, translated
    else if (status == StepStatus::Failed)
        text = tr("&Try again");
    else
        text = actionText();
    setButtonText(QWizard::NextButton, text);
    if (wizard() && wizard()->currentPage() == this) {
        if (QAbstractButton *next = wizard()->button(QWizard::NextButton))
            next->setText(text);
    }
}
