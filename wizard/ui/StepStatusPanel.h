#pragma once

#include "StepId.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class WizardController;

// Where a step is, for its page: status icon and words, the step's message, when it was last
// checked and when the next check is (for steps that wait), a busy bar while it runs, and a Cancel
// button that stops the calls (the state keeps what was done).
class StepStatusPanel : public QWidget
{
    Q_OBJECT
public:
    StepStatusPanel(WizardController *controller, StepId step, QWidget *parent = nullptr);

    void refresh();

private:
    WizardController *m_controller;
    StepId m_step;
    QLabel *m_icon;
    QLabel *m_status;
    QLabel *m_message;
    QLabel *m_checks;
    QProgressBar *m_busy;
    QPushButton *m_cancel;
    QPushButton *m_checkNow;
    QLabel *m_mayClose;
};
