// The wizard for real (issue 11): blank, outside the demo, against a standalone simulator in both
// dialects and both temporary-password modes. A scripted person fills each page as it is shown and
// presses Next; in `ui-only` mode the test plays the person's one-time login on the simulator's web
// page. The walk reaches the overview with every step done in at most 12 presses, and SCM holds what
// the procedure should leave there.

#include "RealScmSupport.h"

#include "ScriptedPerson.h"
#include "SimulatedPerson.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

class TestGuiRealWalk : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void walk_data();
    void walk();
};

void TestGuiRealWalk::initTestCase()
{
    // Trusted CAs and settings go to a test location, not the user's.
    QStandardPaths::setTestModeEnabled(true);
}

void TestGuiRealWalk::walk_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QString>("tempPassword");
    QTest::newRow("current api-change") << QStringLiteral("current") << QStringLiteral("api-change");
    QTest::newRow("legacy api-change") << QStringLiteral("legacy") << QStringLiteral("api-change");
    QTest::newRow("current ui-only") << QStringLiteral("current") << QStringLiteral("ui-only");
    QTest::newRow("legacy ui-only") << QStringLiteral("legacy") << QStringLiteral("ui-only");
}

void TestGuiRealWalk::walk()
{
    QFETCH(QString, dialect);
    QFETCH(QString, tempPassword);
    StandaloneSimulator simulator({QStringLiteral("--validation-delay"), QStringLiteral("0"),
                                   QStringLiteral("--dcv-delay"), QStringLiteral("0"),
                                   QStringLiteral("--dialect"), dialect, QStringLiteral("--temp-password"),
                                   tempPassword});
    QVERIFY2(simulator.isRunning(), qPrintable(simulator.error()));
    const Plan answers =
        answersFor(simulator, QStringLiteral("Walk %1 %2").arg(dialect, tempPassword), dialect);

    QTemporaryDir state;
    MemorySecretStore secrets;
    auto w = RealWizard::open(state.path(), &secrets);
    QVERIFY(w);
    QVERIFY(!w->controller->isDemo());
    QVERIFY(!w->controller->hasProgress());

    // ui-only: SCM refuses the temporary password over the API; the person logs in at the web page the
    // wizard shows and sets the new password it shows.
    int manualChanges = 0;
    bool personDone = false;
    QString personMessage;
    SimulatedPerson person;
    connect(&person, &SimulatedPerson::finished, this, [&](bool ok, const QString &message) {
        personDone = ok;
        personMessage = message;
        if (!ok)
            return;
        // The person says "done" on the password page, as told (the wizard's own looks are minutes apart).
        auto *done = w->wizard->findChild<QPushButton *>(QStringLiteral("manualPasswordDone"));
        QVERIFY(done);
        QVERIFY(done->isVisible());
        done->click();
    });
    connect(w->controller.get(), &WizardController::manualPasswordChangeRequired, this,
            [&](const ManualPasswordChange &change) {
                ++manualChanges;
                QVERIFY(change.url.toString().contains(QStringLiteral("/customer/") + simulator.customerUri));
                QCOMPARE(change.login, answers.operatorAdmin.login);
                QVERIFY(!change.newPassword.isEmpty());
                person.changePassword(change.url, change.login, change.temporaryPassword, change.newPassword);
            });

    qputenv("MPKI_SCM_PASSWORD", simulator.password.toUtf8());
    ScriptedPerson::Options options;
    options.answers = answers;
    options.timeoutSeconds = 150;
    ScriptedPerson walker(w->wizard.get(), options);
    QSignalSpy finished(&walker, &ScriptedPerson::finished);
    walker.start();
    QVERIFY(finished.wait(170000) || finished.count() == 1);
    qunsetenv("MPKI_SCM_PASSWORD");
    QCOMPARE(finished.count(), 1);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));

    QCOMPARE(w->wizard->currentId(), int(PageId::Overview));
    for (StepId step : Steps::all()) {
        QVERIFY2(
            w->controller->state().step(step).status == StepStatus::Done,
            qPrintable(Steps::name(step) + QStringLiteral(": ") + w->controller->state().step(step).message));
    }
    QVERIFY2(walker.clicks() <= 12, qPrintable(QStringLiteral("%1 clicks").arg(walker.clicks())));
    QVERIFY(walker.clicks() >= 3); // welcome, connection, … — it did press

    if (tempPassword == u"ui-only") {
        QCOMPARE(manualChanges, 1);
        QVERIFY2(personDone, qPrintable(personMessage));
    } else {
        QCOMPARE(manualChanges, 0);
    }
    // Nothing was opened in a browser behind the person's back.
    QVERIFY(w->opener.opened.isEmpty());

    const QString problem = scmOutcomeProblem(simulator, answers);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // The dialect's own API-only flag, and no other.
    int status = 0;
    const QJsonArray admins =
        simulator.call(QStringLiteral("/api/admin/v1?login=%1").arg(answers.operatorAdmin.login), &status)
            .array();
    QCOMPARE(status, 200);
    QCOMPARE(admins.size(), 1);
    const QJsonObject admin =
        simulator
            .call(QStringLiteral("/api/admin/v1/%1")
                      .arg(admins.first().toObject().value(QStringLiteral("id")).toInteger()))
            .object();
    if (dialect == u"legacy")
        QVERIFY(admin.value(QStringLiteral("privileges")).toArray().contains(QStringLiteral("wsApiUseOnly")));
    else
        QCOMPARE(admin.value(QStringLiteral("type")).toString(), QStringLiteral("API"));
}

QTEST_MAIN(TestGuiRealWalk)
#include "tst_gui_real_walk.moc"
