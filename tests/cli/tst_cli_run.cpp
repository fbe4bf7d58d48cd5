// `mpki-setup run` as a child process: the demo, and the runs that must fail at once or with the
// right exit code (no secret and no terminal, unreachable host, TLS without and with --ca-cert, the
// order rule).
#include "CliTestKit.h"

#include <QJsonArray>
#include <QtTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace CliTestKit;

class CliRunTest : public QObject
{
    Q_OBJECT

private slots:
    void demoCompletesAndStatusShowsNineSteps();
    void noSecretAndNoTerminalFailsAtOnce();
    void unreachableHostIsExitFive();
    void tlsNeedsTheCaCertificate();
    void apiOnlyAloneIsRefused();
    void onlyConnectNeedsOnlyTheScmSection();
    void badPlanAsksForNothingAndLeavesNoState();
    void stateDirectoryOthersCanWriteIsRefused();
    void unknownPlanKeyIsWarnedAboutByName();

private:
    QProcessEnvironment cleanEnvironment(const QTemporaryDir &home) const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("MPKI_SCM_PASSWORD"));
        environment.insert(QStringLiteral("HOME"), home.path());
        environment.insert(QStringLiteral("XDG_STATE_HOME"), home.path() + QStringLiteral("/state"));
        // No keychain: a D-Bus address that leads nowhere.
        environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                           QStringLiteral("unix:path=/nonexistent/bus"));
        return environment;
    }
};

void CliRunTest::demoCompletesAndStatusShowsNineSteps()
{
    QTemporaryDir home;
    const QString state = home.path() + QStringLiteral("/demo");
    const RunResult run =
        runBinary({QStringLiteral("run"), QStringLiteral("--demo"), QStringLiteral("--plan"),
                   QStringLiteral(MPKI_SOURCE_DIR "/resources/examples/demo-plan.json"),
                   QStringLiteral("--state"), state, QStringLiteral("--json")},
                  cleanEnvironment(home));
    QVERIFY2(run.exitCode == 0, run.output.constData());
    // One JSON object per line, the last one the summary.
    const QList<QByteArray> lines = run.standardOutput.trimmed().split('\n');
    QJsonObject last;
    for (const QByteArray &line : lines) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        QVERIFY2(error.error == QJsonParseError::NoError && document.isObject(), line.constData());
        last = document.object();
    }
    QCOMPARE(last.value(QStringLiteral("exitCode")).toInt(), 0);
    QVERIFY(run.output.contains("playing the person"));
    QVERIFY(run.output.contains("Managed domains checked on the gateway: example.ch"));
    const RunResult status =
        runBinary({QStringLiteral("status"), QStringLiteral("--state"), state, QStringLiteral("--json")},
                  cleanEnvironment(home));
    QCOMPARE(status.exitCode, 0);
    QCOMPARE(status.output.count("\"done\""), 9);
}

void CliRunTest::noSecretAndNoTerminalFailsAtOnce()
{
    ScmSimulator simulator{ScmSimulatorOptions()};
    QString error;
    QVERIFY(simulator.listen(QHostAddress::LocalHost, 0, &error));
    int requests = 0;
    connect(&simulator, &ScmSimulator::requestHandled, this, [&requests] { ++requests; });
    QTemporaryDir home;
    writePlan(simulator, home.filePath(QStringLiteral("plan.json")));
    QElapsedTimer timer;
    timer.start();
    const RunResult run = runBinary({QStringLiteral("run"), QStringLiteral("--plan"),
                                     home.filePath(QStringLiteral("plan.json")), QStringLiteral("--state"),
                                     home.filePath(QStringLiteral("st"))},
                                    cleanEnvironment(home), nullptr, {}, 30000);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(timer.elapsed() < 20000, "it waited");
    QVERIFY2(run.output.contains("MPKI_SCM_PASSWORD"), run.output.constData());
    QCOMPARE(requests, 0);
}

void CliRunTest::onlyConnectNeedsOnlyTheScmSection()
{
    // The plan a wizard holds after its connection page: `run --only connect` works with it (issue 11),
    // and a step whose section is empty is bad input naming the step.
    ScmSimulator simulator{ScmSimulatorOptions()};
    QString error;
    QVERIFY(simulator.listen(QHostAddress::LocalHost, 0, &error));
    int changing = 0;
    connect(&simulator, &ScmSimulator::requestHandled, this,
            [&changing](const QJsonObject &line) { changing += isChanging(line) ? 1 : 0; });
    QTemporaryDir home;
    const QString planPath = home.filePath(QStringLiteral("plan.json"));
    {
        const QJsonObject scm{{QStringLiteral("baseUrl"), simulator.baseUrl().toString()},
                              {QStringLiteral("customerUri"), simulator.customerUri()},
                              {QStringLiteral("login"), simulator.adminLogin()}};
        QFile file(planPath);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("scm"), scm}}).toJson());
    }
    QProcessEnvironment environment = cleanEnvironment(home);
    environment.insert(QStringLiteral("MPKI_SCM_PASSWORD"), simulator.adminPassword());
    const RunResult run = runBinary({QStringLiteral("run"), QStringLiteral("--only"),
                                     QStringLiteral("connect"), QStringLiteral("--plan"), planPath,
                                     QStringLiteral("--state"), home.filePath(QStringLiteral("st"))},
                                    environment);
    QVERIFY2(run.exitCode == 0, run.output.constData());
    QCOMPARE(changing, 0);

    const RunResult organization = runBinary(
        {QStringLiteral("run"), QStringLiteral("--only"), QStringLiteral("organization"),
         QStringLiteral("--plan"), planPath, QStringLiteral("--state"), home.filePath(QStringLiteral("st"))},
        environment);
    QVERIFY2(organization.exitCode == 2, organization.output.constData());
    QVERIFY2(organization.output.contains("organi"), organization.output.constData());
    QCOMPARE(changing, 0);
}

void CliRunTest::unreachableHostIsExitFive()
{
    QTemporaryDir home;
    ScmSimulator simulator{ScmSimulatorOptions()};
    QString error;
    QVERIFY(simulator.listen(QHostAddress::LocalHost, 0, &error));
    writePlan(simulator, home.filePath(QStringLiteral("plan.json")));
    // Point the plan at a port nobody listens on.
    QFile file(home.filePath(QStringLiteral("plan.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray text = file.readAll();
    file.close();
    text.replace(simulator.baseUrl().toString().toUtf8(), "http://127.0.0.1:1");
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text);
    file.close();
    QProcessEnvironment environment = cleanEnvironment(home);
    environment.insert(QStringLiteral("MPKI_SCM_PASSWORD"), simulator.adminPassword());
    const RunResult run = runBinary({QStringLiteral("run"), QStringLiteral("--plan"),
                                     home.filePath(QStringLiteral("plan.json")), QStringLiteral("--state"),
                                     home.filePath(QStringLiteral("st"))},
                                    environment);
    QVERIFY2(run.exitCode == 5, run.output.constData());
    QVERIFY(!run.output.contains(simulator.adminPassword().toUtf8()));
}

void CliRunTest::tlsNeedsTheCaCertificate()
{
    ScmSimulatorOptions options;
    options.tls = true;
    options.tempPassword = ScmSimulatorOptions::TempPassword::ApiChange;
    options.validationDelaySeconds = 0;
    options.dcvDelaySeconds = 0;
    ScmSimulator simulator(options);
    QString error;
    QVERIFY(simulator.listen(QHostAddress::LocalHost, 0, &error));
    QTemporaryDir home;
    writePlan(simulator, home.filePath(QStringLiteral("plan.json")));
    QFile ca(home.filePath(QStringLiteral("ca.pem")));
    QVERIFY(ca.open(QIODevice::WriteOnly));
    ca.write(simulator.caCertificate().toPem());
    ca.close();
    QProcessEnvironment environment = cleanEnvironment(home);
    environment.insert(QStringLiteral("MPKI_SCM_PASSWORD"), simulator.adminPassword());
    const QStringList base{QStringLiteral("run"), QStringLiteral("--plan"),
                           home.filePath(QStringLiteral("plan.json")), QStringLiteral("--state"),
                           home.filePath(QStringLiteral("st"))};
    const RunResult refused = runBinary(base, environment);
    QVERIFY2(refused.exitCode == 5, refused.output.constData());
    // With the CA: it gets as far as the keychain (none here), past TLS.
    const RunResult trusted =
        runBinary(base + QStringList{QStringLiteral("--ca-cert"), ca.fileName(), QStringLiteral("--only"),
                                     QStringLiteral("connect,organization")},
                  environment);
    QVERIFY2(trusted.exitCode == 0, trusted.output.constData());
}

void CliRunTest::apiOnlyAloneIsRefused()
{
    ScmSimulator simulator{ScmSimulatorOptions()};
    QString error;
    QVERIFY(simulator.listen(QHostAddress::LocalHost, 0, &error));
    int requests = 0;
    connect(&simulator, &ScmSimulator::requestHandled, this, [&requests] { ++requests; });
    QTemporaryDir home;
    writePlan(simulator, home.filePath(QStringLiteral("plan.json")));
    QProcessEnvironment environment = cleanEnvironment(home);
    environment.insert(QStringLiteral("MPKI_SCM_PASSWORD"), simulator.adminPassword());
    const RunResult run =
        runBinary({QStringLiteral("run"), QStringLiteral("--plan"),
                   home.filePath(QStringLiteral("plan.json")), QStringLiteral("--state"),
                   home.filePath(QStringLiteral("st")), QStringLiteral("--only"), QStringLiteral("api-only")},
                  environment);
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.output.contains("temporary password before it becomes API-only"), run.output.constData());
    QCOMPARE(requests, 0);
}

// A plan that fails validation is refused before any secret is asked for (the message is the plan's,
// not "no password") and before the state directory is made; "--only ," is no step at all.
void CliRunTest::badPlanAsksForNothingAndLeavesNoState()
{
    ScmSimulator simulator{ScmSimulatorOptions()};
    QString error;
    QVERIFY(simulator.listen(QHostAddress::LocalHost, 0, &error));
    QTemporaryDir home;
    const QString plan = home.filePath(QStringLiteral("plan.json"));
    writePlan(simulator, plan);
    QFile file(plan);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QJsonObject org = object.value(QStringLiteral("organization")).toObject();
    org.insert(QStringLiteral("country"), QStringLiteral("Switzerland"));
    object.insert(QStringLiteral("organization"), org);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(object).toJson());
    file.close();
    const QString state = home.filePath(QStringLiteral("st"));
    RunResult run =
        runBinary({QStringLiteral("run"), QStringLiteral("--plan"), plan, QStringLiteral("--state"), state},
                  cleanEnvironment(home), nullptr, {}, 30000);
    QVERIFY2(run.exitCode == 2, run.output.constData());
    QVERIFY2(!run.output.contains("MPKI_SCM_PASSWORD"), run.output.constData());
    QVERIFY2(run.output.contains("country"), run.output.constData());
    QVERIFY(!QFileInfo::exists(state));

    writePlan(simulator, plan);
    run = runBinary({QStringLiteral("run"), QStringLiteral("--plan"), plan, QStringLiteral("--state"), state,
                     QStringLiteral("--only"), QStringLiteral(",")},
                    cleanEnvironment(home), nullptr, {}, 30000);
    QVERIFY2(run.exitCode == 2, run.output.constData());
    QVERIFY(!QFileInfo::exists(state));
}

// A state directory someone else owns and others can write: they could plant a symbolic link where
// the journal goes. Refused before anything is written.
void CliRunTest::stateDirectoryOthersCanWriteIsRefused()
{
    if (::geteuid() != 0)
        QSKIP("needs root to make a directory that belongs to someone else");
    ScmSimulator simulator{ScmSimulatorOptions()};
    QString error;
    QVERIFY(simulator.listen(QHostAddress::LocalHost, 0, &error));
    QTemporaryDir home;
    const QString plan = home.filePath(QStringLiteral("plan.json"));
    writePlan(simulator, plan);
    const QString state = home.filePath(QStringLiteral("shared"));
    QVERIFY(QDir().mkdir(state));
    QCOMPARE(::chmod(QFile::encodeName(state).constData(), 0777), 0);
    QCOMPARE(::chown(QFile::encodeName(state).constData(), 65534, 65534), 0);
    QProcessEnvironment environment = cleanEnvironment(home);
    environment.insert(QStringLiteral("MPKI_SCM_PASSWORD"), simulator.adminPassword());
    const RunResult run =
        runBinary({QStringLiteral("run"), QStringLiteral("--plan"), plan, QStringLiteral("--state"), state},
                  environment, nullptr, {}, 30000);
    QVERIFY2(run.exitCode == 2, run.output.constData());
    QVERIFY2(run.output.contains(state.toUtf8()), run.output.constData());
    QVERIFY(QDir(state).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden).isEmpty());
}

void CliRunTest::unknownPlanKeyIsWarnedAboutByName()
{
    // A misspelled key is not silently ignored: a warning names it and its path, on stderr and as a
    // JSON line, and the run goes on (a plan written for a newer version still runs).
    ScmSimulator simulator{ScmSimulatorOptions()};
    QString error;
    QVERIFY(simulator.listen(QHostAddress::LocalHost, 0, &error));
    QTemporaryDir home;
    const QString planPath = home.filePath(QStringLiteral("plan.json"));
    writePlan(simulator, planPath);
    QFile file(planPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject plan = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QJsonObject scm = plan.value(QStringLiteral("scm")).toObject();
    scm.insert(QStringLiteral("Dialect"), QStringLiteral("legacy"));
    plan.insert(QStringLiteral("scm"), scm);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(plan).toJson());
    file.close();
    QProcessEnvironment environment = cleanEnvironment(home);
    environment.insert(QStringLiteral("MPKI_SCM_PASSWORD"), simulator.adminPassword());
    const RunResult run = runBinary(
        {QStringLiteral("run"), QStringLiteral("--only"), QStringLiteral("connect"), QStringLiteral("--plan"),
         planPath, QStringLiteral("--state"), home.filePath(QStringLiteral("st")), QStringLiteral("--json")},
        environment);
    QVERIFY2(run.exitCode == 0, run.output.constData());
    bool jsonWarning = false;
    for (const QByteArray &line : run.standardOutput.split('\n')) {
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        if (object.value(QStringLiteral("event")).toString() == QLatin1String("warning") &&
            object.value(QStringLiteral("message")).toString().contains(QLatin1String("scm.Dialect")))
            jsonWarning = true;
    }
    QVERIFY2(jsonWarning, run.standardOutput.constData());
    const QByteArray standardError = run.output.mid(run.standardOutput.size());
    QVERIFY2(standardError.contains("warning") && standardError.contains("\"Dialect\"") &&
                 standardError.contains("Did you mean \"dialect\"?"),
             standardError.constData());
}

QTEST_GUILESS_MAIN(CliRunTest)
#include "tst_cli_run.moc"
