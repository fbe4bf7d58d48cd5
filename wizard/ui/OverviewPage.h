#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;
class StepOverviewTable;
class WizardController;

// All nine steps with status, time and message, and the operator password's expiry. Any step can be
// run again from here (after a confirmation when it changes something remote), the onboarding
// report for the change record saved, and the Health view of the connection opened.
class OverviewPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit OverviewPage(WizardController *controller, QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;

    StepOverviewTable *table() const { return m_table; }

signals:
    // "Check the connection's health": the wizard opens its Health view.
    void healthRequested();

private:
    void refresh();
    void saveReport();

    WizardController *m_controller;
    StepOverviewTable *m_table;
    QLabel *m_expiry;
    QLabel *m_summary;
    QPushButton *m_rerun;
    QPushButton *m_saveReport;
    QPushButton *m_health;
    QLabel *m_reportResult;
};
