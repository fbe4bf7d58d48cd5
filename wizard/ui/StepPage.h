#pragma once

#include "StepId.h"

#include <QWizardPage>

class Plan;
class QLabel;
class QVBoxLayout;
class StepStatusPanel;
class WizardController;

// The page of one step: the procedure's help text, the plan fields the step needs (when it has
// any), what exists already and what will be created, the step's status, and the result with the
// SCM ids. The page asks the controller for its step and shows what comes back; it owns no logic.
//
// Next takes the page's fields into the plan and asks for the page's steps (its button says what
// they do, e.g. "Create the organisation"); the page then goes on by itself once its step is done (or
// waits in a way that lets the person go on), as a Kleopatra page does after its job. Pages without
// fields start their step as soon as they are shown and go on by themselves once it is done; a step
// that waits for something outside (validation) keeps its page until the person has read it.
class StepPage : public QWizardPage
{
    Q_OBJECT
public:
    StepPage(WizardController *controller, StepId step, QWidget *parent = nullptr);

    StepId step() const { return m_step; }
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    void cleanupPage() override;

    // Ready for a screenshot or for the next click: not waiting for the step to answer.
    bool isBusy() const;
    // The step is done (or waiting in a way that lets the person go on).
    bool mayGoOn() const;
    // The page has decided to go on by itself and does so as soon as the event loop gets to it.
    bool isGoingOn() const { return m_goingOn; }

protected:
    // For pages with plan fields: show them from the plan / write them into it.
    virtual void loadFromPlan(const Plan &plan);
    virtual void saveToPlan(Plan *plan) const;
    // Whether the fields hold a value the plan accepts.
    virtual bool fieldsValid() const { return true; }
    // Lines for "What exists" and "What will be done".
    virtual QStringList existingLines() const;
    virtual QStringList plannedLines() const = 0;
    // The label of Next before the step ran, e.g. tr("&Create the organisation").
    virtual QString actionText() const = 0;
    // Whether a waiting step lets the person go on (validation and DCV: yes, the engine keeps polling).
    virtual bool mayGoOnWhileWaiting() const { return false; }
    // The steps Next asks for: the page's own, and those that need nothing more from the person.
    virtual QList<StepId> stepsToRequest() const { return {m_step}; }
    // Whether the page goes on by itself once its step is done (the hand-over page stays to be read).
    virtual bool advancesByItself() const { return true; }
    // Called whenever the step's state changed (after the common parts are refreshed).
    virtual void refreshDetails() {}

    // Adds the page's own widgets: fields above the status, details below the result.
    void addFields(QWidget *fields);
    void addDetails(QWidget *details);
    WizardController *controller() const { return m_controller; }
    void refresh();
    void fieldsChanged(); // subclasses call this when a field changed

private:
    void updateButtonText();
    void advanceWhenReady();
    void showRunProblem();

    WizardController *m_controller;
    StepId m_step;
    QVBoxLayout *m_layout;
    QLabel *m_help;
    QLabel *m_existing;
    QLabel *m_planned;
    StepStatusPanel *m_status;
    QLabel *m_result;
    int m_fieldsIndex;
    int m_detailsIndex;
    bool m_hasFields = false;
    QLabel *m_runProblem;
    // Asked for in this visit of the page: go on once the step allows it.
    bool m_advanceWhenReady = false;
    bool m_goingOn = false;
};
