#include "MpkiWizard.h"

#include "AutomaticStepPage.h"
#include "ConnectionPage.h"
#include "ConnectorPage.h"
#include "DomainsPage.h"
#include "HealthController.h"
#include "HealthDialog.h"
#include "OperatorPage.h"
#include "OrganizationPage.h"
#include "OverviewPage.h"
#include "PageIds.h"
#include "PasswordPage.h"
#include "UiIcons.h"
#include "ValidationPage.h"
#include "VerifyPage.h"
#include "WelcomePage.h"
#include "WizardController.h"

#include <QAbstractButton>
#include <QStyle>
#include <QTimer>

MpkiWizard::MpkiWizard(WizardController *controller, QWidget *parent)
    : QWizard(parent)
    , m_controller(controller)
    , m_welcome(new WelcomePage(controller, this))
    , m_health(new HealthController(controller, this))
{
    setObjectName(QStringLiteral("mpkiWizard"));
    setWindowTitle(controller->isDemo() ? tr("MPKI setup for SEPPmail — demo with the built-in simulator")
                                        : tr("MPKI setup for SEPPmail"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::HaveHelpButton, false);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    setButtonText(QWizard::CancelButton, tr("&Close"));

    setPage(PageId::Welcome, m_welcome);
    setStartId(PageId::Welcome);

    const auto name = [this](QWizard::WizardButton which, const char *objectName) {
        if (QAbstractButton *b = button(which))
            b->setObjectName(QLatin1String(objectName));
    };
    name(QWizard::NextButton, "nextButton");
    name(QWizard::BackButton, "backButton");
    name(QWizard::FinishButton, "finishButton");
    name(QWizard::CancelButton, "closeButton");

    connect(this, &QWizard::currentIdChanged, this, &MpkiWizard::onCurrentIdChanged);
    connect(m_welcome, &WelcomePage::demoRequested, this, &MpkiWizard::demoRequested);
    connect(m_welcome, &WelcomePage::healthRequested, this, &MpkiWizard::showHealth);
    connect(controller, &WizardController::demoLost, this, &MpkiWizard::demoUnavailable);
}

MpkiWizard::~MpkiWizard() = default;

void MpkiWizard::ensureAllPages()
{
    if (m_connection)
        return;
    // The demo's simulators are needed from the connection page on, not by the welcome page.
    QString demoError;
    if (!m_controller->startDemo(&demoError))
        emit demoUnavailable(demoError);
    // In the order they were always made in (the focus chain follows it).
    m_connection = new ConnectionPage(m_controller, this);
    m_overview = new OverviewPage(m_controller, this);
    setPage(PageId::Connection, m_connection);
    m_stepPages << new OrganizationPage(m_controller, this) << new ValidationPage(m_controller, this)
                << new DomainsPage(m_controller, this) << new OperatorPage(m_controller, this)
                << new PasswordPage(m_controller, this)
                << new AutomaticStepPage(m_controller, StepId::ApiOnly, this)
                << new VerifyPage(m_controller, this) << new ConnectorPage(m_controller, this);
    for (StepPage *page : std::as_const(m_stepPages))
        setPage(PageId::of(page->step()), page);
    setPage(PageId::Overview, m_overview);
    connect(m_overview, &OverviewPage::healthRequested, this, &MpkiWizard::showHealth);
}

HealthDialog *MpkiWizard::showHealth()
{
    if (!m_healthDialog) {
        m_healthDialog = new HealthDialog(m_health, this);
        m_healthDialog->open();
    } else {
        m_healthDialog->raise();
        m_healthDialog->activateWindow();
    }
    return m_healthDialog;
}

ConnectionPage *MpkiWizard::connectionPage()
{
    ensureAllPages();
    return m_connection;
}

OverviewPage *MpkiWizard::overviewPage()
{
    ensureAllPages();
    return m_overview;
}

bool MpkiWizard::validateCurrentPage()
{
    // Next (or Finish) leads to a page that must exist by then.
    ensureAllPages();
    return QWizard::validateCurrentPage();
}

void MpkiWizard::paintEvent(QPaintEvent *event)
{
    QWizard::paintEvent(event);
    if (m_painted)
        return;
    m_painted = true;
    // Once the first page is on the screen, the icons and the other pages are made while the person
    // reads it.
    QTimer::singleShot(0, this, [this] {
        showIcons();
        ensureAllPages();
    });
}

void MpkiWizard::showIcons()
{
    // The icons are SVG: the first one loads Qt's SVG module and plugins, a good part of a
    // millisecond-counted start. The welcome page has no header, so its logo is not shown there; its
    // demo button (hidden in the demo) gets its icon one frame after its text.
    const QIcon banner = UiIcons::icon(QStringLiteral("banner"));
    setWindowIcon(banner);
    const int logoSize = style()->pixelMetric(QStyle::PM_LargeIconSize) * 2;
    setPixmap(QWizard::LogoPixmap, banner.pixmap(logoSize, logoSize));
    m_welcome->showIcons();
}

StepPage *MpkiWizard::stepPage(StepId step)
{
    ensureAllPages();
    for (StepPage *page : m_stepPages) {
        if (page->step() == step)
            return page;
    }
    return nullptr;
}

void MpkiWizard::onCurrentIdChanged(int id)
{
    if (id != PageId::Connection)
        return;
    switch (m_welcome->choice()) {
    case WelcomePage::Choice::New:
        m_connection->setNextPage(PageId::of(StepId::Organization));
        break;
    case WelcomePage::Choice::Resume: {
        const StepId open = m_controller->firstOpenStep();
        m_connection->setNextPage(PageId::of(open == StepId::Connect ? StepId::Organization : open));
        break;
    }
    case WelcomePage::Choice::Overview:
        m_connection->setNextPage(PageId::Overview);
        break;
    }
}

bool MpkiWizard::isCurrentPageBusy() const
{
    if (currentId() == PageId::Connection)
        return m_connection->isChecking();
    if (auto *page = qobject_cast<StepPage *>(currentPage()))
        return page->isBusy();
    return false;
}

QString MpkiWizard::pageName(int pageId)
{
    switch (pageId) {
    case PageId::Welcome:
        return QStringLiteral("welcome");
    case PageId::Connection:
        return QStringLiteral("connection");
    case PageId::Overview:
        return QStringLiteral("overview");
    default: {
        StepId step;
        if (PageId::stepOf(pageId, &step))
            return Steps::name(step);
    }
    }
    return QStringLiteral("page%1").arg(pageId);
}

void MpkiWizard::done(int result)
{
    // Closing stops the calls; what was done stays in the state for the next start.
    m_controller->cancel();
    QWizard::done(result);
}
