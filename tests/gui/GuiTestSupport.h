#pragma once

// Shared by the GUI tests: a demo-mode wizard over an embedded DemoEnvironment, and small helpers
// that drive it the way a person does (find widgets by objectName, type, click Next).

#include "DemoEnvironment.h"
#include "MpkiWizard.h"
#include "PageIds.h"
#include "StepPage.h"
#include "UrlOpener.h"
#include "WizardController.h"

#include <QAbstractButton>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

// Remembers what would have been opened in a browser.
class RecordingUrlOpener final : public UrlOpener
{
public:
    bool open(const QUrl &url) override
    {
        opened << url;
        return true;
    }
    QList<QUrl> opened;
};

// One wizard window over a controller in demo mode; the DemoEnvironment and the state directory
// belong to the test so that a second window can resume over them.
struct WizardUnderTest
{
    std::unique_ptr<WizardController> controller;
    std::unique_ptr<MpkiWizard> wizard;

    static std::unique_ptr<WizardUnderTest> open(DemoEnvironment *demo, const QString &stateDirectory,
                                                 UrlOpener *opener = nullptr, Confirmer confirmer = {})
    {
        auto w = std::make_unique<WizardUnderTest>();
        WizardController::Options options;
        options.demo = true;
        options.demoEnvironment = demo;
        options.stateDirectory = stateDirectory;
        options.urlOpener = opener;
        options.confirmer = std::move(confirmer);
        w->controller = std::make_unique<WizardController>(options);
        QString error;
        if (!w->controller->open(&error)) {
            qWarning() << "cannot open the controller:" << error;
            return nullptr;
        }
        w->wizard = std::make_unique<MpkiWizard>(w->controller.get());
        w->wizard->resize(900, 760);
        w->wizard->show();
        return w;
    }

    template<typename T> T *find(const QString &objectName) const
    {
        return wizard->findChild<T *>(objectName);
    }

    QAbstractButton *next() const { return wizard->button(QWizard::NextButton); }

    void clickNext() const { QTest::mouseClick(next(), Qt::LeftButton); }

    StepPage *stepPage() const { return qobject_cast<StepPage *>(wizard->currentPage()); }
};

// Replaces a line edit's text the way a person does: select all, type.
inline void typeInto(QLineEdit *edit, const QString &text)
{
    QVERIFY2(edit, "line edit not found");
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

// A demo with short waits, started with the shipped example plan.
inline std::unique_ptr<DemoEnvironment> startDemo(int validationDelaySeconds = 2, int dcvDelaySeconds = 1)
{
    auto demo = std::make_unique<DemoEnvironment>();
    DemoOptions options = demo->options();
    options.validationDelaySeconds = validationDelaySeconds;
    options.dcvDelaySeconds = dcvDelaySeconds;
    demo->setOptions(options);
    Plan plan;
    QString error;
    if (!Plan::load(QStringLiteral(MPKI_SOURCE_DIR "/resources/examples/demo-plan.json"), &plan, &error) ||
        !demo->start(plan, &error)) {
        qWarning() << "cannot start the demo:" << error;
        return nullptr;
    }
    return demo;
}

// Welcome → Connection → the next page, typing the admin's login and password.
inline void passWelcomeAndConnection(WizardUnderTest &w, DemoEnvironment &demo)
{
    QTRY_COMPARE_WITH_TIMEOUT(w.wizard->currentId(), int(PageId::Welcome), 5000);
    w.clickNext();
    QCOMPARE(w.wizard->currentId(), int(PageId::Connection));
    typeInto(w.find<QLineEdit>(QStringLiteral("login")), QStringLiteral("mrao-admin"));
    typeInto(w.find<QLineEdit>(QStringLiteral("password")), demo.adminPassword());
    w.clickNext();
    QTRY_VERIFY_WITH_TIMEOUT(w.wizard->currentId() != int(PageId::Connection), 20000);
}

// On a step page: press Next (which takes the fields and asks for the page's steps) unless the step
// lets the person go on already, then wait until the page went on by itself or lets the person go on.
inline void commitPage(WizardUnderTest &w, int timeoutMs = 60000)
{
    StepPage *page = w.stepPage();
    QVERIFY(page);
    const int id = w.wizard->currentId();
    if (!page->mayGoOn()) {
        QTRY_VERIFY_WITH_TIMEOUT(w.next()->isEnabled() || page->isBusy() || page->mayGoOn(), 5000);
        if (!page->isBusy() && !page->mayGoOn())
            w.clickNext();
    }
    QTRY_VERIFY2_WITH_TIMEOUT(w.wizard->currentId() != id || (page->mayGoOn() && !page->isGoingOn()),
                              qPrintable(w.controller->state().step(page->step()).message), timeoutMs);
}

// Commits the current step page and goes on from it: by itself, or with Next when it stays to be read.
inline void passStepPage(WizardUnderTest &w, int timeoutMs = 60000)
{
    const int id = w.wizard->currentId();
    commitPage(w, timeoutMs);
    if (w.wizard->currentId() == id)
        w.clickNext();
    QTRY_VERIFY_WITH_TIMEOUT(w.wizard->currentId() != id, 5000);
}

// From the current step page to the overview: every page committed, the person's part played.
inline void completeRemainingSteps(WizardUnderTest &w)
{
    while (w.wizard->currentId() != int(PageId::Overview)) {
        StepPage *page = w.stepPage();
        QVERIFY2(page, qPrintable(MpkiWizard::pageName(w.wizard->currentId())));
        if (page->step() == StepId::Password && !page->mayGoOn()) {
            QTRY_VERIFY_WITH_TIMEOUT(w.controller->manualPasswordChange() || page->mayGoOn() ||
                                         w.wizard->currentPage() != page,
                                     30000);
            if (w.wizard->currentPage() == page && !page->mayGoOn())
                w.controller->playPersonsPart();
        }
        passStepPage(w, 90000);
    }
}
