// Closing the wizard while the organisation's validation is pending, and resuming in a new wizard
// over the same state directory: it offers "resume" with the progress, goes to the first open step,
// polls again, and the steps that do not need the validation go on meanwhile.

#include "GuiTestSupport.h"

#include "StateStore.h"

#include <QLabel>
#include <QRadioButton>

class TestGuiWizardResume : public QObject
{
    Q_OBJECT
private slots:
    void closeWhileValidationPendingAndResume();
};

void TestGuiWizardResume::closeWhileValidationPendingAndResume()
{
    auto demo = startDemo(3600, 1); // Sectigo's vetting takes an hour here
    QVERIFY(demo);
    QTemporaryDir state;
    {
        auto first = WizardUnderTest::open(demo.get(), state.path());
        QVERIFY(first);
        passWelcomeAndConnection(*first, *demo);
        first->clickNext(); // the organisation, and its validation with it
        QTRY_COMPARE_WITH_TIMEOUT(first->wizard->currentId(), int(PageId::of(StepId::Validation)), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(first->controller->state().step(StepId::Validation).status,
                                  StepStatus::Waiting, 30000);
        auto *checks = first->find<QLabel>(QStringLiteral("validationChecks"));
        QVERIFY(checks->isVisible());
        QVERIFY2(checks->text().contains(QStringLiteral("next check")), qPrintable(checks->text()));
        QVERIFY(first->next()->isEnabled()); // the admin may go on or close

        // Close: the calls stop, the state stays.
        QTest::mouseClick(first->wizard->button(QWizard::CancelButton), Qt::LeftButton);
        QVERIFY(!first->wizard->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!first->controller->isRunning(), 10000);
    }

    State saved;
    QString error;
    QVERIFY2(StateStore::read(state.path(), &saved, &error), qPrintable(error));
    QCOMPARE(saved.step(StepId::Organization).status, StepStatus::Done);
    QCOMPARE(saved.step(StepId::Validation).status, StepStatus::Waiting);

    // A new wizard over the same state directory.
    auto second = WizardUnderTest::open(demo.get(), state.path());
    QVERIFY(second);
    auto *resume = second->find<QRadioButton>(QStringLiteral("welcomeResume"));
    QVERIFY(resume->isEnabled());
    QVERIFY(resume->isChecked());
    const QString progress = second->find<QLabel>(QStringLiteral("welcomeProgress"))->text();
    QVERIFY2(progress.contains(QStringLiteral("2 of 9")), qPrintable(progress));
    second->clickNext();
    typeInto(second->find<QLineEdit>(QStringLiteral("password")), demo->adminPassword());
    second->clickNext();
    QTRY_COMPARE_WITH_TIMEOUT(second->wizard->currentId(), int(PageId::of(StepId::Validation)), 20000);
    // Polling again, without asking.
    QTRY_VERIFY_WITH_TIMEOUT(second->controller->isStepActive(StepId::Validation), 5000);
    QVERIFY(second->controller->isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(second->controller->state().step(StepId::Validation).status,
                              StepStatus::Waiting, 10000);
    QTRY_VERIFY(second->find<QLabel>(QStringLiteral("validationChecks"))
                    ->text()
                    .contains(QStringLiteral("next check")));
    // A return visit reaches what is pending in at most three presses: welcome, connection, here.

    // Domains and the operator go on while the validation is pending.
    second->clickNext();
    QCOMPARE(second->wizard->currentId(), int(PageId::of(StepId::Domains)));
    passStepPage(*second);
    QCOMPARE(second->wizard->currentId(), int(PageId::of(StepId::Operator)));
    commitPage(*second);
    QTRY_COMPARE_WITH_TIMEOUT(second->controller->state().step(StepId::Operator).status, StepStatus::Done,
                              30000);
    QCOMPARE(second->controller->state().step(StepId::Validation).status, StepStatus::Waiting);
    QVERIFY(second->controller->isStepActive(StepId::Validation));
}

QTEST_MAIN(TestGuiWizardResume)
#include "tst_gui_wizard_resume.moc"
