#pragma once

#include "StepId.h"

#include <QPointer>
#include <QWizard>

class ConnectionPage;
class HealthController;
class HealthDialog;
class OverviewPage;
class StepPage;
class WelcomePage;
class WizardController;

// The wizard: welcome, connection, one page per step, connector, overview — all over one
// WizardController; and the Health view, opened from the welcome page and the overview. The pages' order
// follows the procedure; the welcome page's choice decides where the connection page leads (a new onboarding,
// the first open step, or the overview).
//
// Only the welcome page is built before the window is first painted; the other pages are built
// right after that paint (a zero-timer), or earlier when something needs them (Next, the
// accessors below), so that a person sees the window without waiting for pages not shown yet.
class MpkiWizard : public QWizard
{
    Q_OBJECT
public:
    explicit MpkiWizard(WizardController *controller, QWidget *parent = nullptr);
    ~MpkiWizard() override;

    WizardController *controller() const { return m_controller; }
    // These build the pages after the welcome page when they are not built yet.
    StepPage *stepPage(StepId step);
    WelcomePage *welcomePage() const { return m_welcome; }
    ConnectionPage *connectionPage();
    OverviewPage *overviewPage();
    // Builds the pages after the welcome page now, when they are not built yet (idempotent).
    void ensureAllPages();
    bool hasAllPages() const { return m_connection != nullptr; }
    bool validateCurrentPage() override;

    // Whether the current page waits for an answer (the connection check, its step).
    bool isCurrentPageBusy() const;
    // A short, file-name-safe name of a page ("welcome", "connection", "api-only", ...).
    static QString pageName(int pageId);

    // Opens the Health view (or raises it when it is open already); it checks the connection at once.
    HealthDialog *showHealth();
    HealthController *healthController() const { return m_health; }

signals:
    // The person asked for the built-in simulator on the welcome page.
    void demoRequested();
    // Demo mode: the simulators could not be started when the pages after the welcome page were
    // built, or their process ended later (a translated message).
    void demoUnavailable(const QString &message);

protected:
    void done(int result) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void onCurrentIdChanged(int id);
    // The window icon, the header logo and the welcome page's icons (after the first paint).
    void showIcons();

    WizardController *m_controller;
    WelcomePage *m_welcome;
    HealthController *m_health;
    ConnectionPage *m_connection = nullptr;
    OverviewPage *m_overview = nullptr;
    QList<StepPage *> m_stepPages;
    bool m_painted = false;
    QPointer<HealthDialog> m_healthDialog;
};
