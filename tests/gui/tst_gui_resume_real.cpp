// A return visit outside the demo: a blank wizard against a standalone simulator whose validation takes
// an hour is walked until the validation waits, then closed. A new wizard over the same state directory
// offers to resume, and after the password is typed on the connection page it lands on the pending
// validation in at most three presses of Next, polling again.

#include "RealScmSupport.h"

#include "ScriptedPerson.h"
#include "StateStore.h"

#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

class TestGuiResumeReal : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void closeWhileValidationWaitsAndResume();
};

void TestGuiResumeReal::closeWhileValidationWaitsAndResume()
{
    StandaloneSimulator simulator({QStringLiteral("--validation-delay"), QStringLiteral("3600"),
                                   QStringLiteral("--dcv-delay"), QStringLiteral("0"),
                                   QStringLiteral("--temp-password"), QStringLiteral("api-change")});
    QVERIFY2(simulator.isRunning(), qPrintable(simulator.error()));
    const Plan answers = answersFor(simulator, QStringLiteral("Resume Real AG"));
    QTemporaryDir state;
    MemorySecretStore secrets; // the keychain outlives the window

    {
        auto first = RealWizard::open(state.path(), &secrets);
        QVERIFY(first);
        qputenv("MPKI_SCM_PASSWORD", simulator.password.toUtf8());
        ScriptedPerson::Options options;
        options.answers = answers;
        QPointer<ScriptedPerson> person = new ScriptedPerson(first->wizard.get(), options);
        // The person stops as soon as the validation's page is shown (the organisation page was
        // committed and went on by itself).
        connect(first->wizard.get(), &QWizard::currentIdChanged, this, [&person](int id) {
            if (id == PageId::of(StepId::Validation) && person)
                delete person;
        });
        QSignalSpy ended(person.data(), &ScriptedPerson::finished);
        person->start();
        QTRY_VERIFY_WITH_TIMEOUT(!person || !ended.isEmpty(), 60000);
        qunsetenv("MPKI_SCM_PASSWORD");
        QVERIFY2(ended.isEmpty(), ended.isEmpty() ? "" : qPrintable(ended.at(0).at(1).toString()));
        QCOMPARE(first->wizard->currentId(), int(PageId::of(StepId::Validation)));
        QTRY_COMPARE_WITH_TIMEOUT(first->controller->state().step(StepId::Validation).status,
                                  StepStatus::Waiting, 30000);
        QCOMPARE(first->controller->state().step(StepId::Organization).status, StepStatus::Done);

        first->close();
        QVERIFY(!first->wizard->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!first->controller->isRunning(), 10000);
    }

    State saved;
    QString error;
    QVERIFY2(StateStore::read(state.path(), &saved, &error), qPrintable(error));
    QCOMPARE(saved.step(StepId::Validation).status, StepStatus::Waiting);

    auto second = RealWizard::open(state.path(), &secrets);
    QVERIFY(second);
    QTRY_COMPARE_WITH_TIMEOUT(second->wizard->currentId(), int(PageId::Welcome), 5000);
    auto *resume = second->find<QRadioButton>(QStringLiteral("welcomeResume"));
    QVERIFY(resume);
    QVERIFY(resume->isEnabled());
    QVERIFY(resume->isChecked());
    const QString progress = second->find<QLabel>(QStringLiteral("welcomeProgress"))->text();
    QVERIFY2(progress.contains(Steps::displayName(StepId::Validation)), qPrintable(progress));

    int presses = 0;
    while (second->wizard->currentId() != PageId::of(StepId::Validation) && presses < 3) {
        const int id = second->wizard->currentId();
        if (id == PageId::Connection) {
            // The address, customer and login are remembered; only the password is typed.
            QCOMPARE(second->find<QLineEdit>(QStringLiteral("login"))->text(), simulator.login);
            QCOMPARE(second->find<QLineEdit>(QStringLiteral("customerUri"))->text(), simulator.customerUri);
            auto *password = second->find<QLineEdit>(QStringLiteral("password"));
            password->setFocus();
            password->selectAll();
            QTest::keyClicks(password, simulator.password);
        }
        QTRY_VERIFY_WITH_TIMEOUT(second->next()->isEnabled(), 10000);
        second->clickNext();
        ++presses;
        QTRY_VERIFY_WITH_TIMEOUT(second->wizard->currentId() != id, 30000);
    }
    QVERIFY2(second->wizard->currentId() == PageId::of(StepId::Validation),
             qPrintable(QStringLiteral("after %1 presses on %2")
                            .arg(presses)
                            .arg(MpkiWizard::pageName(second->wizard->currentId()))));
    QVERIFY(presses <= 3);
    // Polling again without being asked.
    QTRY_VERIFY_WITH_TIMEOUT(second->controller->isStepActive(StepId::Validation), 10000);
    QVERIFY(second->controller->isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(second->controller->state().step(StepId::Validation).status,
                              StepStatus::Waiting, 10000);
    // Nothing was created twice.
    int organizations = 0;
    for (const QJsonValue &value : simulator.call(QStringLiteral("/api/organization/v1")).array())
        organizations +=
            value.toObject().value(QStringLiteral("name")).toString() == answers.organization.name;
    QCOMPARE(organizations, 1);
}

QTEST_MAIN(TestGuiResumeReal)
#include "tst_gui_resume_real.moc"
