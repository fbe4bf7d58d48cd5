#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;
class QRadioButton;
class WizardController;

// What will happen, what the admin needs, and the choice: a new onboarding, resuming the one in
// progress (with its progress), or the step overview; and the Health view of a finished onboarding's
// connection. In demo mode it says that everything runs against the built-in simulator.
class WelcomePage : public QWizardPage
{
    Q_OBJECT
public:
    enum class Choice
    {
        New,
        Resume,
        Overview
    };

    explicit WelcomePage(WizardController *controller, QWidget *parent = nullptr);
    void initializePage() override;
    int nextId() const override;
    bool validatePage() override;
    Choice choice() const;
    // Puts the icons on the buttons: called once the window is on the screen (MpkiWizard).
    void showIcons();

signals:
    // "Try it with the built-in simulator": the wizard restarts in demo mode.
    void demoRequested();
    // "Check the connection's health": the wizard opens its Health view.
    void healthRequested();

private:
    WizardController *m_controller;
    QLabel *m_progress;
    QRadioButton *m_new;
    QRadioButton *m_resume;
    QRadioButton *m_overview;
    QPushButton *m_demo;
    QPushButton *m_health;
    bool m_newConfirmed = false;
};
