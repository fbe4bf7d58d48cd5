#include "ScriptedPerson.h"

#include "ConnectionPage.h"
#include "MpkiWizard.h"
#include "PageIds.h"
#include "StepPage.h"
#include "WizardController.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QTimer>

#include <functional>

namespace {
// What the person types where: a page's widget (its objectName) and the answer for it.
struct Answer
{
    const char *objectName;
    std::function<QString(const Plan &)> value;
};

QString domainNames(const Plan &plan)
{
    QStringList names;
    for (const Plan::Domain &domain : plan.domains)
        names << domain.name;
    return names.join(QLatin1Char('\n'));
}

const QList<Answer> &answers()
{
    static const QList<Answer> table{
        {"baseUrl", [](const Plan &p) { return p.scm.baseUrl; }},
        {"customerUri", [](const Plan &p) { return p.scm.customerUri; }},
        {"login", [](const Plan &p) { return p.scm.login; }},
        {"password", [](const Plan &) { return qEnvironmentVariable("MPKI_SCM_PASSWORD"); }},
        {"organizationName", [](const Plan &p) { return p.organization.name; }},
        {"organizationAddress", [](const Plan &p) { return p.organization.address1; }},
        {"organizationPostalCode", [](const Plan &p) { return p.organization.postalCode; }},
        {"organizationCity", [](const Plan &p) { return p.organization.city; }},
        {"organizationStateProvince", [](const Plan &p) { return p.organization.stateProvince; }},
        {"organizationCountry", [](const Plan &p) { return p.organization.country; }},
        {"organizationDepartment", [](const Plan &p) { return p.organization.department; }},
        {"organizationLegalName", [](const Plan &p) { return p.organization.validation.legalName; }},
        {"organizationIdentifier",
         [](const Plan &p) { return p.organization.validation.organizationIdentifier; }},
        {"domainsList", &domainNames},
        {"dcvMethod", [](const Plan &p) { return p.domains.isEmpty() ? QString() : p.domains.first().dcv; }},
        {"operatorLogin", [](const Plan &p) { return p.operatorAdmin.login; }},
        {"operatorEmail", [](const Plan &p) { return p.operatorAdmin.email; }},
        {"operatorForename", [](const Plan &p) { return p.operatorAdmin.forename; }},
        {"operatorSurname", [](const Plan &p) { return p.operatorAdmin.surname; }},
        {"operatorRole", [](const Plan &p) { return p.operatorAdmin.role; }},
        {"certificateProfile", [](const Plan &p) { return p.certificate.profile; }},
        {"certificateTerm", [](const Plan &p) { return QString::number(p.certificate.term); }},
        {"renewalDays", [](const Plan &p) { return QString::number(p.gateway.renewalDays); }},
        {"gatewayApiUrl", [](const Plan &p) { return p.gateway.api ? p.gateway.api->url : QString(); }},
        {"gatewayToken", [](const Plan &) { return qEnvironmentVariable("MPKI_GATEWAY_TOKEN"); }},
        {"gatewaySecret", [](const Plan &) { return qEnvironmentVariable("MPKI_GATEWAY_SECRET"); }},
    };
    return table;
}

bool allStepsDone(const WizardController *controller)
{
    for (StepId step : Steps::all()) {
        if (controller->state().step(step).status != StepStatus::Done)
            return false;
    }
    return true;
}
} // namespace

ScriptedPerson::ScriptedPerson(MpkiWizard *wizard, const Options &options, QObject *parent)
    : QObject(parent)
    , m_wizard(wizard)
    , m_options(options)
    , m_timer(new QTimer(this))
    , m_deadline(new QTimer(this))
{
    m_timer->setInterval(m_options.tickMs);
    connect(m_timer, &QTimer::timeout, this, &ScriptedPerson::tick);
    m_deadline->setSingleShot(true);
    m_deadline->setInterval(m_options.timeoutSeconds * 1000);
    connect(m_deadline, &QTimer::timeout, this, [this] {
        const QString problem = shownProblem();
        finish(false, tr("The walk did not reach the end within %1 s; it waits on the page “%2”%3")
                          .arg(QString::number(m_options.timeoutSeconds),
                               MpkiWizard::pageName(m_wizard->currentId()),
                               problem.isEmpty() ? QStringLiteral(".") : QStringLiteral(": ") + problem));
    });
    connect(m_wizard, &QWizard::currentIdChanged, this, &ScriptedPerson::onPageShown);
}

void ScriptedPerson::start()
{
    if (!m_options.screenshotDirectory.isEmpty() && !QDir().mkpath(m_options.screenshotDirectory)) {
        finish(false, tr("Cannot create %1.").arg(QDir::toNativeSeparators(m_options.screenshotDirectory)));
        return;
    }
    m_timer->start();
    m_deadline->start();
    onPageShown(m_wizard->currentId());
}

void ScriptedPerson::onPageShown(int)
{
    m_filled = false;
    m_visitPresses = 0;
    // Once the page is laid out: a page that goes on by itself is seen all the same.
    QTimer::singleShot(0, this, &ScriptedPerson::capture);
}

void ScriptedPerson::finish(bool ok, const QString &message)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer->stop();
    m_deadline->stop();
    emit finished(ok, message);
}

void ScriptedPerson::capture()
{
    if (m_finished || m_options.screenshotDirectory.isEmpty() || !m_wizard->currentPage())
        return;
    const int id = m_wizard->currentId();
    const QString name =
        QStringLiteral("%1-%2.png").arg(id + 1, 2, 10, QLatin1Char('0')).arg(MpkiWizard::pageName(id));
    const QString path = QDir(m_options.screenshotDirectory).filePath(name);
    if (!m_wizard->grab().save(path, "PNG"))
        finish(false, tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)));
}

bool ScriptedPerson::setWidget(QWidget *page, const QString &objectName, const QString &value)
{
    if (auto *line = page->findChild<QLineEdit *>(objectName)) {
        if (line->text() != value) {
            // As typed: the page sees the edits a person makes.
            line->selectAll();
            line->insert(value);
        }
        return true;
    }
    if (auto *combo = page->findChild<QComboBox *>(objectName)) {
        int index = combo->findData(value);
        if (index < 0)
            index = combo->findText(value);
        if (index >= 0)
            combo->setCurrentIndex(index);
        else if (combo->isEditable())
            combo->setEditText(value);
        return true;
    }
    if (auto *text = page->findChild<QPlainTextEdit *>(objectName)) {
        if (text->toPlainText() != value)
            text->setPlainText(value);
        return true;
    }
    return false;
}

void ScriptedPerson::fillCurrentPage()
{
    m_filled = true;
    QWidget *page = m_wizard->currentPage();
    if (!page)
        return;
    // A page whose step is done shows its result; there is nothing left to type.
    if (auto *stepPage = qobject_cast<StepPage *>(page); stepPage && stepPage->mayGoOn())
        return;
    for (const Answer &answer : answers()) {
        const QString value = answer.value(m_options.answers);
        if (!value.isEmpty())
            setWidget(page, QLatin1String(answer.objectName), value);
    }
    // E-mail DCV: the domains page shows one address choice per validated domain, made by the
    // method chosen above.
    for (const Plan::Domain &domain : m_options.answers.domains) {
        if (!domain.dcvEmail.isEmpty())
            setWidget(page,
                      QStringLiteral("dcvEmail_") +
                          domain.name.toLower().replace(QLatin1Char('.'), QLatin1Char('_')),
                      domain.dcvEmail);
    }
}

QString ScriptedPerson::shownProblem() const
{
    QWidget *page = m_wizard->currentPage();
    if (!page)
        return QString();
    if (m_wizard->currentId() == PageId::Connection) {
        const auto *error = page->findChild<QLabel *>(QStringLiteral("connectionError"));
        return error && error->isVisible() && m_visitPresses > 0 && !m_wizard->isCurrentPageBusy()
                   ? error->text()
                   : QString();
    }
    auto *stepPage = qobject_cast<StepPage *>(page);
    if (!stepPage)
        return QString();
    const QString base = Steps::name(stepPage->step()).remove(QLatin1Char('-'));
    const auto *problem = page->findChild<QLabel *>(base + QStringLiteral("RunProblem"));
    if (problem && problem->isVisible())
        return problem->text();
    if (m_wizard->controller()->state().step(stepPage->step()).status == StepStatus::Failed &&
        m_visitPresses > 0) {
        const auto *message = page->findChild<QLabel *>(base + QStringLiteral("Message"));
        return message ? message->text() : m_wizard->controller()->state().step(stepPage->step()).message;
    }
    return QString();
}

void ScriptedPerson::press()
{
    QAbstractButton *button = m_wizard->button(
        m_wizard->currentId() == PageId::Overview ? QWizard::FinishButton : QWizard::NextButton);
    if (!button || !button->isVisible() || !button->isEnabled())
        return;
    capture(); // the page as the person leaves it, values typed in
    ++m_clicks;
    ++m_visitPresses;
    button->click();
}

void ScriptedPerson::tick()
{
    if (m_finished)
        return;
    const int id = m_wizard->currentId();
    QWizardPage *page = m_wizard->currentPage();
    if (!page)
        return;
    if (!m_filled)
        fillCurrentPage();

    const QString problem = shownProblem();
    if (!problem.isEmpty()) {
        finish(
            false,
            tr("The walk stopped on the page “%1”, which says: %2").arg(MpkiWizard::pageName(id), problem));
        return;
    }
    if (id == PageId::Overview) {
        if (!allStepsDone(m_wizard->controller()))
            return; // the last steps still work; the overview shows them
        press();    // Finish, as a person ends the wizard
        finish(true, tr("The walk reached the end with every step done."));
        return;
    }
    if (m_wizard->isCurrentPageBusy())
        return;
    if (auto *stepPage = qobject_cast<StepPage *>(page)) {
        // Pressed in this visit: the page goes on by itself once its step allows it.
        if (stepPage->isGoingOn() || (m_visitPresses > 0 && !stepPage->mayGoOn()))
            return;
    }
    if (m_visitPresses >= 3) {
        finish(false, tr("The page “%1” does not go on after %2 presses of Next.")
                          .arg(MpkiWizard::pageName(id), QString::number(m_visitPresses)));
        return;
    }
    if (page->isComplete())
        press();
}
