#include "MpkiWizard.h"

#include "AutomaticStepPage.h"
#include "ConnectionPage.h"
#include "ConnectorPage.h"
#include "DomainsPage.h"
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

MpkiWizard::MpkiWizard(WizardController *controller, QWidget *parent)
    : QWizard(parent)
    , m_controller(controller)
    , m_welcome(new WelcomePage(controller, this))
    , m_connection(new ConnectionPage(controller, this))
    , m_overview(new OverviewPage(controller, this))
{
    setObjectName(QStringLiteral("mpkiWizard"));
    setWindowTitle(controller->isDemo() ? tr("MPKI setup for SEPPmail — demo with the built-in simulator")
                                        : tr("MPKI setup for SEPPmail"));
    setWindowIcon(UiIcons::icon(QStringLiteral("banner")));
    setWizardStyle(QWizard::ModernStyle);
    const int logoSize = style()->pixelMetric(QStyle::PM_LargeIconSize) * 2;
    setPixmap(QWizard::LogoPixmap, UiIcons::icon(QStringLiteral("banner")).pixmap(logoSize, logoSize));
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::HaveHelpButton, false);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    setButtonText(QWizard::CancelButton, tr("&Close"));

    setPage(PageId::Welcome, m_welcome);
    setPage(PageId::Connection, m_connection);
    m_stepPages << new OrganizationPage(controller, this) << new ValidationPage(controller, this)
                << new DomainsPage(controller, this) << new OperatorPage(controller, this)
                << new PasswordPage(controller, this)
                << new AutomaticStepPage(controller, StepId::ApiOnly, this)
                << new VerifyPage(controller, this) << new ConnectorPage(controller, this);
    for (StepPage *page : std::as_const(m_stepPages))
        setPage(Steps::index(page->step()) + 1, page);
    setPage(PageId::Overview, m_overview);
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
}

MpkiWizard::~MpkiWizard() = default;

StepPage *MpkiWizard::stepPage(StepId step) const
{
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
        m_connection->setNextPage(PageId::Organization);
        break;
    case WelcomePage::Choice::Resume: {
        const StepId open = m_controller->firstOpenStep();
        m_connection->setNextPage(open == StepId::Connect ? PageId::Organization : Steps::index(open) + 1);
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
    default:
        if (pageId > PageId::Connection && pageId < PageId::Overview)
            return Steps::name(Steps::all().at(pageId - 1));
    }
    return QStringLiteral("page%1").arg(pageId);
}

void MpkiWizard::done(int result)
{
    // Closing stops the calls; what was done stays in the state for the next start.
    m_controller->cancel();
    QWizard::done(result);
}
