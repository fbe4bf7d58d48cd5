#include "WelcomePage.h"

#include "HealthController.h"
#include "PageIds.h"
#include "RichTextView.h"
#include "UiIcons.h"
#include "WizardController.h"

#include <QButtonGroup>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

WelcomePage::WelcomePage(WizardController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_progress(new QLabel(this))
    , m_new(new QRadioButton(tr("Start a ne&w onboarding"), this))
    , m_resume(new QRadioButton(tr("&Resume the onboarding in progress"), this))
    , m_overview(new QRadioButton(tr("Show the step &overview (re-run a single step)"), this))
    , m_demo(new QPushButton(tr("&Try it with the built-in simulator"), this))
    , m_health(new QPushButton(tr("Check the connection's &health…"), this))
{
    setObjectName(QStringLiteral("welcomePage"));
    setTitle(tr("Connect your SEPPmail gateway to Sectigo Certificate Manager"));

    auto *intro = new RichTextView(this);
    intro->setObjectName(QStringLiteral("welcomeIntro"));
    intro->setHtml(
        tr("<p>This wizard sets up MPKI access at Sectigo for your SEPPmail Secure E-Mail Gateway. It does "
           "through the Certificate Manager's REST API what the procedure does by hand: it creates the "
           "organisation and has it validated, creates the e-mail domains, creates the operator user the "
           "gateway logs in as, changes its start password, makes it “WS API use only”, checks that it "
           "works, and gives you the values for the gateway's MPKI → Sectigo page.</p>"
           "<p><b>What you need:</b></p><ul>"
           "<li>the Certificate Manager's address and your customer URI (as supplied by Sectigo)</li>"
           "<li>the admin user provided by Sectigo — an MRAO admin; an RAO admin can do less (it cannot "
           "create organisations without that privilege)</li>"
           "<li>the organisation's details as they will be validated (name, address, country, "
           "registration number)</li>"
           "<li>the e-mail domains, and access to their DNS for domain control validation</li>"
           "<li>the gateway's address (and its REST API token, if you want the managed domains checked)</li>"
           "</ul><p>You can close the wizard at any time: it remembers where it was.</p>"));

    m_progress->setObjectName(QStringLiteral("welcomeProgress"));
    m_progress->setWordWrap(true);
    m_new->setObjectName(QStringLiteral("welcomeNew"));
    m_resume->setObjectName(QStringLiteral("welcomeResume"));
    m_overview->setObjectName(QStringLiteral("welcomeOverview"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_new);
    group->addButton(m_resume);
    group->addButton(m_overview);
    m_new->setChecked(true);

    m_demo->setObjectName(QStringLiteral("welcomeDemo"));
    m_demo->setAccessibleName(tr("Try it with the built-in simulator"));
    auto *demoNote = new RichTextView(this);
    demoNote->setObjectName(QStringLiteral("welcomeDemoNote"));
    if (controller->isDemo()) {
        m_demo->setVisible(false);
        demoNote->setHtml(tr("<b>Demo mode:</b> everything runs against the built-in simulator of the "
                             "Certificate Manager and of the gateway. Nothing leaves this computer; the "
                             "values are filled in for you."));
    } else {
        demoNote->setHtml(
            tr("No account at hand? The simulator plays the Certificate Manager and the gateway "
               "so you can see every step."));
    }
    connect(m_demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    m_health->setObjectName(QStringLiteral("welcomeHealthButton"));
    m_health->setAccessibleName(tr("Check the connection's health"));
    connect(m_health, &QPushButton::clicked, this, &WelcomePage::healthRequested);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_progress);
    layout->addWidget(m_new);
    layout->addWidget(m_resume);
    layout->addWidget(m_overview);
    layout->addWidget(m_health, 0, Qt::AlignLeft);
    layout->addSpacing(8);
    layout->addWidget(demoNote);
    layout->addWidget(m_demo, 0, Qt::AlignLeft);
    layout->addStretch(1);
}

void WelcomePage::showIcons()
{
    // Hidden in demo mode: its icon is not needed.
    if (!m_demo->isHidden())
        m_demo->setIcon(UiIcons::icon(QStringLiteral("simulator")));
}

void WelcomePage::initializePage()
{
    const bool progress = m_controller->isOpen() && m_controller->hasProgress();
    m_resume->setEnabled(progress);
    m_overview->setEnabled(progress);
    if (progress) {
        m_progress->setText(tr("An onboarding is in progress: %1 of %2 steps done; next: %3.")
                                .arg(QString::number(m_controller->stepsDone()),
                                     QString::number(Steps::count),
                                     Steps::displayName(m_controller->firstOpenStep())));
        m_resume->setChecked(true);
    } else {
        m_progress->setText(tr("No onboarding in progress."));
        m_new->setChecked(true);
    }
    // Disabled until there is a connection to check; the tooltip says why.
    const QString healthUnavailable = HealthController::unavailableReason(m_controller);
    m_health->setEnabled(healthUnavailable.isEmpty());
    m_health->setToolTip(healthUnavailable.isEmpty()
                             ? tr("Is the gateway's connection to SCM still good, and for how long?")
                             : healthUnavailable);
    if (!m_controller->planLoadProblem().isEmpty())
        m_progress->setText(m_progress->text() + QLatin1Char('\n') + m_controller->planLoadProblem());
    m_newConfirmed = false;
}

bool WelcomePage::validatePage()
{
    if (choice() != Choice::New || !m_controller->hasProgress() || m_newConfirmed)
        return true;
    // A new onboarding forgets the one in progress (what exists in SCM stays there): ask first.
    ConfirmationRequest question;
    question.title = tr("Start a new onboarding?");
    question.question =
        tr("The wizard forgets the onboarding in progress (%1 of %2 steps done) and starts with "
           "empty fields. What it created in the Certificate Manager stays there, and the "
           "operator's passwords stay in the keychain. Start a new onboarding?")
            .arg(QString::number(m_controller->stepsDone()), QString::number(Steps::count));
    question.acceptText = tr("&Start anew");
    QPointer<WelcomePage> self(this);
    m_controller->confirmer()(this, question, [self](bool accepted) {
        if (!self || !accepted)
            return;
        QString error;
        if (!self->m_controller->startNewOnboarding(&error)) {
            self->m_progress->setText(error);
            return;
        }
        self->m_newConfirmed = true;
        if (self->wizard() && self->wizard()->currentPage() == self)
            self->wizard()->next();
    });
    return false;
}

WelcomePage::Choice WelcomePage::choice() const
{
    if (m_resume->isChecked())
        return Choice::Resume;
    if (m_overview->isChecked())
        return Choice::Overview;
    return Choice::New;
}

int WelcomePage::nextId() const
{
    return PageId::Connection;
}
