#pragma once

#include "StepId.h"

#include <QWizard>

class ConnectionPage;
class OverviewPage;
class StepPage;
class WelcomePage;
class WizardController;

// The wizard: welcome, connection, one page per step, connector, overview — all over one
// WizardController. The pages' order follows the procedure; the welcome page's choice decides where
// the connection page leads (a new onboarding, the first open step, or the overview).
class MpkiWizard : public QWizard
{
    Q_OBJECT
public:
    explicit MpkiWizard(WizardController *controller, QWidget *parent = nullptr);
    ~MpkiWizard() override;

    WizardController *controller() const { return m_controller; }
    StepPage *stepPage(StepId step) const;
    WelcomePage *welcomePage() const { return m_welcome; }
    ConnectionPage *connectionPage() const { return m_connection; }
    OverviewPage *overviewPage() const { return m_overview; }

    // Whether the current page waits for an answer (the connection check, its step).
    bool isCurrentPageBusy() const;
    // A short, file-name-safe name of a page ("welcome", "connection", "api-only", ...).
    static QString pageName(int pageId);

signals:
    // The person asked for the built-in simulator on the welcome page.
    void demoRequested();

protected:
    void done(int result) override;

private:
    void onCurrentIdChanged(int id);

    WizardController *m_controller;
    WelcomePage *m_welcome;
    ConnectionPage *m_connection;
    OverviewPage *m_overview;
    QList<StepPage *> m_stepPages;
};
