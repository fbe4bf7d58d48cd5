#include "WelcomePage.h"

#include "PageIds.h"
#include "UiIcons.h"
#include "WizardController.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHash>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace {
// A word-wrapped rich-text label that remembers the height of each width it was asked for. Qt asks
// a word-wrapped QLabel for its height at the same width many times while the wizard lays out its
// first page (the page's layout, the wizard's page area, the window), and QLabel lays the whole
// document out again for each question: the long introduction made that a good part of start-up.
class WrappedTextLabel : public QLabel
{
public:
    using QLabel::QLabel;

    int heightForWidth(int width) const override
    {
        const auto cached = m_heights.constFind(width);
        if (cached != m_heights.constEnd())
            return *cached;
        const int height = QLabel::heightForWidth(width);
        m_heights.insert(width, height);
        return height;
    }

protected:
    void changeEvent(QEvent *event) override
    {
        // A new font or style changes every height (the text is set once, before any layout).
        if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
            m_heights.clear();
        QLabel::changeEvent(event);
    }

private:
    mutable QHash<int, int> m_heights;
};
} // namespace

WelcomePage::WelcomePage(WizardController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_progress(new QLabel(this))
    , m_new(new QRadioButton(tr("Start a &new onboarding"), this))
    , m_resume(new QRadioButton(tr("&Resume the onboarding in progress"), this))
    , m_overview(new QRadioButton(tr("Show the step &overview (re-run a single step)"), this))
{
    setObjectName(QStringLiteral("welcomePage"));
    setTitle(tr("Connect your SEPPmail gateway to Sectigo Certificate Manager"));

    auto *intro = new WrappedTextLabel(this);
    intro->setObjectName(QStringLiteral("welcomeIntro"));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);
    intro->setText(
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

    auto *demo = new QPushButton(UiIcons::icon(QStringLiteral("simulator")),
                                 tr("&Try it with the built-in simulator"), this);
    demo->setObjectName(QStringLiteral("welcomeDemo"));
    demo->setAccessibleName(tr("Try it with the built-in simulator"));
    auto *demoNote = new QLabel(this);
    demoNote->setObjectName(QStringLiteral("welcomeDemoNote"));
    demoNote->setWordWrap(true);
    if (controller->isDemo()) {
        demo->setVisible(false);
        demoNote->setText(tr("<b>Demo mode:</b> everything runs against the built-in simulator of the "
                             "Certificate Manager and of the gateway. Nothing leaves this computer; the "
                             "values are filled in for you."));
    } else {
        demoNote->setText(
            tr("No account at hand? The simulator plays the Certificate Manager and the gateway "
               "so you can see every step."));
    }
    connect(demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_progress);
    layout->addWidget(m_new);
    layout->addWidget(m_resume);
    layout->addWidget(m_overview);
    layout->addSpacing(8);
    layout->addWidget(demoNote);
    layout->addWidget(demo, 0, Qt::AlignLeft);
    layout->addStretch(1);
}

void WelcomePage::initializePage()
{
    const bool progress = m_controller->isOpen() && m_controller->hasProgress();
    m_resume->setEnabled(progress);
    m_overview->setEnabled(progress);
    if (progress) {
        m_progress->setText(tr("An onboarding is in progress: %1 of %2 steps done; next: %3.")
                                .arg(m_controller->stepsDone())
                                .arg(Steps::count)
                                .arg(Steps::displayName(m_controller->firstOpenStep())));
        m_resume->setChecked(true);
    } else {
        m_progress->setText(tr("No onboarding in progress."));
        m_new->setChecked(true);
    }
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
