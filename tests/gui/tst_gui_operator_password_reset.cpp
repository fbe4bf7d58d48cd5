// An operator whose password the secret store no longer holds (another computer, a new keychain):
// the wizard asks before the MRAO admin resets it (the gateway's password stops working then). "No"
// (the default) changes nothing in SCM; "Reset the password" resets it and the step goes on.

#include "GuiTestSupport.h"

#include "ScmSimulator.h"
#include "SecretStore.h"

#include <QJsonObject>
#include <QPushButton>
#include <QTableWidget>

class TestGuiOperatorPasswordReset : public QObject
{
    Q_OBJECT
private slots:
    void resetOnlyAfterTheConfirmation();
};

void TestGuiOperatorPasswordReset::resetOnlyAfterTheConfirmation()
{
    auto demo = startDemo(1, 1);
    QVERIFY(demo);
    QTemporaryDir state;
    QStringList asked; // the question boxes' object names, in order
    bool acceptReset = false;
    Confirmer confirmer = [&asked, &acceptReset](QWidget *, const ConfirmationRequest &request,
                                                 std::function<void(bool)> answer) {
        asked << request.objectName;
        answer(request.objectName == QLatin1String("resetOperatorPasswordConfirm") ? acceptReset : true);
    };
    auto w = WizardUnderTest::open(demo.get(), state.path(), nullptr, confirmer);
    QVERIFY(w);
    passWelcomeAndConnection(*w, *demo);
    completeRemainingSteps(*w);
    QTRY_VERIFY(!w->controller->isRunning());
    QCOMPARE(w->controller->stepsDone(), 9);

    // This computer forgets the operator's password.
    const Plan &plan = w->controller->plan();
    const QString key = SecretStore::key(QUrl(plan.scm.baseUrl).host(), plan.scm.customerUri,
                                         plan.operatorAdmin.login, SecretStore::operatorCurrentSlot());
    bool removed = false;
    demo->secretStore()->remove(key, this, [&removed](const SecretResult &) { removed = true; });
    QTRY_VERIFY(removed);
    int operatorResets = 0;
    connect(demo->scmSimulator(), &ScmSimulator::requestHandled, this,
            [&operatorResets](const QJsonObject &line) {
                const QString path = line.value(QStringLiteral("path")).toString();
                operatorResets += line.value(QStringLiteral("method")).toString() == QLatin1String("PUT") &&
                                  path.startsWith(QLatin1String("/api/admin/v1/"));
            });

    auto *table = w->find<QTableWidget>(QStringLiteral("stepTable"));
    auto *rerun = w->find<QPushButton>(QStringLiteral("rerunStep"));
    table->selectRow(Steps::index(StepId::Password));

    // "No": the step stops, says what the reset would do, and SCM is not touched.
    QTest::mouseClick(rerun, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(asked.contains(QStringLiteral("resetOperatorPasswordConfirm")), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(w->controller->state().step(StepId::Password).status, StepStatus::Failed,
                              30000);
    QVERIFY(w->controller->state().step(StepId::Password).message.contains(QLatin1String("gateway")));
    QCOMPARE(operatorResets, 0);
    QTRY_VERIFY(!w->controller->isRunning());

    // "Reset the password": the MRAO admin sets a new one and the step goes on with it (to the
    // operator's change of that temporary password).
    acceptReset = true;
    asked.clear();
    QTest::mouseClick(rerun, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(asked.contains(QStringLiteral("resetOperatorPasswordConfirm")), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(operatorResets >= 1, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(w->controller->manualPasswordChange() ||
                                 w->controller->state().step(StepId::Password).status == StepStatus::Done,
                             30000);
}

QTEST_MAIN(TestGuiOperatorPasswordReset)
#include "tst_gui_operator_password_reset.moc"
