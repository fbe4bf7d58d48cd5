// Re-running a single step from the overview: a step that changes something remote asks first
// (through the injected confirmer, no modal dialog), runs again without making a duplicate; a
// declined confirmation runs nothing; a read-only step does not ask.

#include "GuiTestSupport.h"

#include "ScmSimulator.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QPushButton>
#include <QTableWidget>

class TestGuiWizardRerun : public QObject
{
    Q_OBJECT
private slots:
    void rerunFromTheOverview();
};

void TestGuiWizardRerun::rerunFromTheOverview()
{
    auto demo = startDemo(1, 1);
    QVERIFY(demo);
    QTemporaryDir state;
    QList<ConfirmationRequest> asked;
    bool accept = true;
    Confirmer confirmer = [&asked, &accept](QWidget *, const ConfirmationRequest &request,
                                            std::function<void(bool)> answer) {
        asked << request;
        answer(accept);
    };
    auto w = WizardUnderTest::open(demo.get(), state.path(), nullptr, confirmer);
    QVERIFY(w);
    passWelcomeAndConnection(*w, *demo);
    completeRemainingSteps(*w);
    QCOMPARE(w->wizard->currentId(), int(PageId::Overview));
    QCOMPARE(w->controller->stepsDone(), 9);
    QTRY_VERIFY(!w->controller->isRunning());

    auto *table = w->find<QTableWidget>(QStringLiteral("stepTable"));
    auto *rerun = w->find<QPushButton>(QStringLiteral("rerunStep"));
    QVERIFY(rerun->isEnabled());
    const QDateTime before = w->controller->state().step(StepId::Organization).finished;

    // Declined: nothing runs.
    accept = false;
    table->selectRow(Steps::index(StepId::Organization));
    QTest::mouseClick(rerun, Qt::LeftButton);
    QCOMPARE(asked.size(), 1);
    QVERIFY(asked.first().question.contains(Steps::displayName(StepId::Organization)));
    QVERIFY(!w->controller->isRunning());

    // Accepted: the step runs again and adopts the organisation it made.
    accept = true;
    QTest::mouseClick(rerun, Qt::LeftButton);
    QCOMPARE(asked.size(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(w->controller->state().step(StepId::Organization).finished > before, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(!w->controller->isRunning(), 30000);
    QCOMPARE(w->controller->state().step(StepId::Organization).status, StepStatus::Done);
    QCOMPARE(table->item(Steps::index(StepId::Organization), 1)->text(),
             StepStatuses::displayName(StepStatus::Done));
    int organisations = 0;
    for (const QJsonValue &value :
         demo->scmSimulator()->snapshot().value(QStringLiteral("organizations")).toArray())
        organisations +=
            value.toObject().value(QStringLiteral("name")).toString() == QLatin1String("Example AG");
    QCOMPARE(organisations, 1);

    // Verify changes nothing remote: no question.
    const QDateTime verified = w->controller->state().step(StepId::Verify).finished;
    table->selectRow(Steps::index(StepId::Verify));
    QTest::mouseClick(rerun, Qt::LeftButton);
    QCOMPARE(asked.size(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(w->controller->state().step(StepId::Verify).finished > verified, 30000);
    QCOMPARE(w->controller->stepsDone(), 9);
}

QTEST_MAIN(TestGuiWizardRerun)
#include "tst_gui_wizard_rerun.moc"
