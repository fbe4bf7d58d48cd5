#pragma once

#include "StepId.h"

#include <QTableWidget>

class WizardController;

// All nine steps with status, time and message: the overview page's table, refreshed whenever a
// step changes.
class StepOverviewTable : public QTableWidget
{
    Q_OBJECT
public:
    explicit StepOverviewTable(WizardController *controller, QWidget *parent = nullptr);

    void refresh();
    // The step of the selected row; Connect when nothing is selected.
    StepId selectedStep() const;
    void selectStep(StepId step);

private:
    WizardController *m_controller;
};
