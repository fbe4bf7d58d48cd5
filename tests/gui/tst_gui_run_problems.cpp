// Every way a run ends badly shows its reason on the page, with what to do (issue 11): bad input on the
// page that owns the field, a refusal by SCM, a Certificate Manager that cannot be reached, and a
// refused login on the connection page. Each case reads the page's own message widget.

#include "RealScmSupport.h"

#include "EngineExit.h"
#include "PlanFieldEdit.h"
#include "Runner.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace {
// Types `value` into the page's widget of that objectName, as a person would.
void setField(QWidget *page, const QString &objectName, const QString &value)
{
    if (auto *line = page->findChild<QLineEdit *>(objectName)) {
        line->setFocus();
        line->selectAll();
        line->insert(value);
        return;
    }
    if (auto *combo = page->findChild<QComboBox *>(objectName)) {
        int index = combo->findData(value);
        if (index < 0)
            index = combo->findText(value);
        if (index >= 0)
            combo->setCurrentIndex(index);
        else
            combo->setEditText(value);
        return;
    }
    QFAIL(qPrintable(QStringLiteral("no field %1 on %2").arg(objectName, page->objectName())));
}

void fillOrganizationPage(RealWizard &w, const Plan &plan)
{
    QWidget *page = w.wizard->currentPage();
    QVERIFY(page);
    setField(page, QStringLiteral("organizationName"), plan.organization.name);
    setField(page, QStringLiteral("organizationAddress"), plan.organization.address1);
    setField(page, QStringLiteral("organizationPostalCode"), plan.organization.postalCode);
    setField(page, QStringLiteral("organizationCity"), plan.organization.city);
    setField(page, QStringLiteral("organizationStateProvince"), plan.organization.stateProvince);
    setField(page, QStringLiteral("organizationCountry"), plan.organization.country);
    setField(page, QStringLiteral("organizationLegalName"), plan.organization.validation.legalName);
    setField(page, QStringLiteral("organizationIdentifier"),
             plan.organization.validation.organizationIdentifier);
}

// Welcome → connection: types the account and presses Next; `password` empty: the simulator's.
void signIn(RealWizard &w, const StandaloneSimulator &simulator, const QString &password = QString())
{
    QTRY_COMPARE_WITH_TIMEOUT(w.wizard->currentId(), int(PageId::Welcome), 5000);
    w.clickNext();
    QCOMPARE(w.wizard->currentId(), int(PageId::Connection));
    QWidget *page = w.wizard->currentPage();
    setField(page, QStringLiteral("baseUrl"), simulator.baseUrl);
    setField(page, QStringLiteral("customerUri"), simulator.customerUri);
    setField(page, QStringLiteral("login"), simulator.login);
    setField(page, QStringLiteral("password"), password.isEmpty() ? simulator.password : password);
    QTRY_VERIFY_WITH_TIMEOUT(w.next()->isEnabled(), 5000);
    w.clickNext();
}

QStringList baseOptions()
{
    return {QStringLiteral("--validation-delay"), QStringLiteral("0"),
            QStringLiteral("--dcv-delay"),        QStringLiteral("0"),
            QStringLiteral("--temp-password"),    QStringLiteral("api-change")};
}
} // namespace

class TestGuiRunProblems : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void badInputShownOnThePageOwningTheField();
    void refusalNamedWithWhatToDo();
    void unreachableSaysSo();
    void wrongPasswordOnTheConnectionPage();
};

void TestGuiRunProblems::badInputShownOnThePageOwningTheField()
{
    StandaloneSimulator simulator(baseOptions());
    QVERIFY2(simulator.isRunning(), qPrintable(simulator.error()));
    QTemporaryDir state;
    MemorySecretStore secrets;
    auto w = RealWizard::open(state.path(), &secrets);
    QVERIFY(w);
    signIn(*w, simulator);
    QTRY_COMPARE_WITH_TIMEOUT(w->wizard->currentId(), int(PageId::of(StepId::Organization)), 30000);
    QCOMPARE(w->controller->state().step(StepId::Connect).status, StepStatus::Done);
    auto *problem = w->find<QLabel>(QStringLiteral("organizationRunProblem"));
    QVERIFY(problem);
    QVERIFY(!problem->isVisible());

    // The plan holds only what the connection page gave: the organisation's step cannot run.
    const QList<PlanIssue> expected = Runner::planIssues(w->controller->plan(), {StepId::Organization});
    QVERIFY(!expected.isEmpty());
    QSignalSpy refused(w->controller.get(), &WizardController::planRefused);
    w->controller->runStep(StepId::Organization);
    QTRY_VERIFY_WITH_TIMEOUT(problem->isVisible(), 5000);
    QCOMPARE(refused.count(), 1);
    QCOMPARE(w->controller->lastExitCode(), int(EngineExit::BadInput));
    QVERIFY(!w->controller->refusedPlanIssues().isEmpty());
    for (const PlanIssue &issue : expected)
        QVERIFY2(problem->text().contains(PlanFieldEdit::forPerson(issue.message)),
                 qPrintable(problem->text()));
    // As a person reads it: no plan-file field path.
    QVERIFY2(!problem->text().contains(QStringLiteral("(organization.")), qPrintable(problem->text()));
    // The field is named (the organisation's name, the first thing the step reads).
    QVERIFY2(problem->text().contains(QStringLiteral("name")), qPrintable(problem->text()));
    // The page stays, nothing went to SCM, and Next does not pretend to go on.
    QCOMPARE(w->wizard->currentId(), int(PageId::of(StepId::Organization)));
    QVERIFY(!w->controller->isRunning());
    QCOMPARE(w->controller->state().step(StepId::Organization).status, StepStatus::Pending);
}

void TestGuiRunProblems::refusalNamedWithWhatToDo()
{
    // Sectigo's vetting fails: SCM's verdict is a refusal (EngineExit::Refused) with its reason.
    QStringList options = baseOptions();
    options << QStringLiteral("--validation-outcome") << QStringLiteral("FAILED");
    StandaloneSimulator simulator(options);
    QVERIFY2(simulator.isRunning(), qPrintable(simulator.error()));
    const Plan plan = answersFor(simulator, QStringLiteral("Refused AG"));
    QTemporaryDir state;
    MemorySecretStore secrets;
    auto w = RealWizard::open(state.path(), &secrets);
    QVERIFY(w);
    signIn(*w, simulator);
    QTRY_COMPARE_WITH_TIMEOUT(w->wizard->currentId(), int(PageId::of(StepId::Organization)), 30000);
    fillOrganizationPage(*w, plan);
    QTRY_VERIFY_WITH_TIMEOUT(w->next()->isEnabled(), 5000);
    w->clickNext();
    // The organisation is made and its page goes on by itself to the validation's, where the verdict
    // arrives.
    QTRY_COMPARE_WITH_TIMEOUT(w->controller->state().step(StepId::Validation).status, StepStatus::Failed,
                              60000);
    // The runner's end arrives queued: the controller knows it a moment after the step failed.
    QTRY_COMPARE_WITH_TIMEOUT(w->controller->lastExitCode(), int(EngineExit::Refused), 30000);
    QVERIFY(!w->controller->isRunning());
    const StepId shown =
        w->wizard->currentId() == PageId::of(StepId::Validation) ? StepId::Validation : StepId::Organization;
    QCOMPARE(shown, StepId::Validation);
    auto *problem = w->find<QLabel>(QStringLiteral("validationRunProblem"));
    QVERIFY(problem);
    QTRY_VERIFY_WITH_TIMEOUT(problem->isVisible(), 5000);
    // What SCM said (LAST_ERR_MSG_FROM_CA of the simulator) …
    QVERIFY2(problem->text().contains(QStringLiteral("could not be verified")), qPrintable(problem->text()));
    // … and what to do.
    QVERIFY2(problem->text().contains(QStringLiteral("refused")), qPrintable(problem->text()));
    QVERIFY2(problem->text().contains(QStringLiteral("MRAO")), qPrintable(problem->text()));
}

void TestGuiRunProblems::unreachableSaysSo()
{
    StandaloneSimulator simulator(baseOptions());
    QVERIFY2(simulator.isRunning(), qPrintable(simulator.error()));
    const Plan plan = answersFor(simulator, QStringLiteral("Unreachable AG"));
    QTemporaryDir state;
    MemorySecretStore secrets;
    auto w = RealWizard::open(state.path(), &secrets);
    QVERIFY(w);
    signIn(*w, simulator);
    QTRY_COMPARE_WITH_TIMEOUT(w->wizard->currentId(), int(PageId::of(StepId::Organization)), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(w->controller->isRunning(), false, 10000);
    fillOrganizationPage(*w, plan);
    // The Certificate Manager goes away after the sign-in: its port is closed.
    simulator.stop();
    QTRY_VERIFY_WITH_TIMEOUT(w->next()->isEnabled(), 5000);
    w->clickNext();
    QTRY_COMPARE_WITH_TIMEOUT(w->controller->lastExitCode(), int(EngineExit::Network), 120000);
    QCOMPARE(w->wizard->currentId(), int(PageId::of(StepId::Organization)));
    auto *problem = w->find<QLabel>(QStringLiteral("organizationRunProblem"));
    QVERIFY(problem);
    QTRY_VERIFY_WITH_TIMEOUT(problem->isVisible(), 5000);
    QVERIFY2(problem->text().contains(QStringLiteral("could not be reached")), qPrintable(problem->text()));
    QVERIFY(w->controller->state().step(StepId::Organization).status != StepStatus::Done);
}

void TestGuiRunProblems::wrongPasswordOnTheConnectionPage()
{
    StandaloneSimulator simulator(baseOptions());
    QVERIFY2(simulator.isRunning(), qPrintable(simulator.error()));
    QTemporaryDir state;
    MemorySecretStore secrets;
    auto w = RealWizard::open(state.path(), &secrets);
    QVERIFY(w);
    auto *error = (w->wizard->ensureAllPages(), w->find<QLabel>(QStringLiteral("connectionError")));
    QVERIFY(error);
    signIn(*w, simulator, QStringLiteral("not-the-password"));
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 30000);
    QCOMPARE(w->wizard->currentId(), int(PageId::Connection));
    QVERIFY2(error->text().contains(QStringLiteral("refused the login")), qPrintable(error->text()));
    QVERIFY(!w->controller->isConnected());
    // The right password then goes on.
    QWidget *page = w->wizard->currentPage();
    setField(page, QStringLiteral("password"), simulator.password);
    w->clickNext();
    QTRY_COMPARE_WITH_TIMEOUT(w->wizard->currentId(), int(PageId::of(StepId::Organization)), 30000);
    QVERIFY(!error->isVisible());
}

QTEST_MAIN(TestGuiRunProblems)
#include "tst_gui_run_problems.moc"
