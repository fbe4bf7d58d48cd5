#pragma once

#include "Plan.h"

#include <QHash>
#include <QObject>
#include <QString>

class MpkiWizard;
class QTimer;
class QWidget;

// A scripted administrator for `mpki-setup --answers FILE --walk`: for each page as it is shown, it
// types that page's values from the answers file (a plan file) into the page's widgets, found by
// objectName, takes the admin's password from MPKI_SCM_PASSWORD (the gateway's token and secret
// from MPKI_GATEWAY_TOKEN / MPKI_GATEWAY_SECRET) as a person would type them, presses the page's
// Next, and waits as a person would while a step works. The model gets a page's values only when the
// page is committed, exactly as with a person. It counts the presses a person would make, saves a
// PNG of each page when a directory is given, and ends on the last page with every step done — or
// with the page it stopped on and the message shown there. Driven by a timer: never blocks.
class ScriptedPerson : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        Plan answers;
        QString screenshotDirectory; // empty: none
        int timeoutSeconds = 280;    // the whole walk
        int tickMs = 100;
    };

    ScriptedPerson(MpkiWizard *wizard, const Options &options, QObject *parent = nullptr);

    void start();
    int clicks() const { return m_clicks; }

signals:
    // ok: the last page was reached with every step done; else `message` names the page and what it
    // showed.
    void finished(bool ok, const QString &message);

private:
    void tick();
    void onPageShown(int pageId);
    void fillCurrentPage();
    bool setWidget(QWidget *page, const QString &objectName, const QString &value);
    void press();
    // The message the current page shows about a failure, empty when it shows none.
    QString shownProblem() const;
    void capture();
    void finish(bool ok, const QString &message);

    MpkiWizard *m_wizard;
    Options m_options;
    QTimer *m_timer;
    QTimer *m_deadline;
    int m_clicks = 0;
    int m_visitPresses = 0; // presses on the current page in this visit
    bool m_filled = false;
    bool m_finished = false;
};
