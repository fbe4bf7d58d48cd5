// DemoEnvironment: the wizard's demo runs the simulators as `mpki-setup simulate` in a child process
// — the same simulated world as in-process (customer, login, dialect, the gateway customer and its
// managed domains), a clear error when the child cannot give it, and no child left behind, not even
// when the wizard is killed.
#include "Clock.h"
#include "ConnectorConfig.h"
#include "DemoEnvironment.h"
#include "GatewayConnectorTarget.h"
#include "Plan.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QtTest>

#include <csignal>

namespace {
Plan planFor(const QString &customerUri, const QString &login, const QString &gatewayCustomer)
{
    Plan plan;
    plan.scm.customerUri = customerUri;
    plan.scm.login = login;
    plan.scm.dialect = QStringLiteral("legacy");
    plan.domains = {Plan::Domain{QStringLiteral("example.ch"), QStringLiteral("CNAME"), QString()},
                    Plan::Domain{QStringLiteral("mail.example.ch"), QStringLiteral("CNAME"), QString()}};
    Plan::GatewayApi api;
    api.customer = gatewayCustomer;
    plan.gateway.api = api;
    return plan;
}

struct ScmAnswer
{
    int status = 0; // 0: nothing answered
    QByteArray body;
};

// GET path on the simulated SCM as its MRAO admin.
ScmAnswer scmGet(const DemoEnvironment &demo, const QString &path)
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(demo.scmBaseUrl().toString() + path));
    const Plan plan = demo.rewritePlan(Plan());
    request.setRawHeader("login", plan.scm.login.toUtf8());
    request.setRawHeader("password", demo.adminPassword().toUtf8());
    request.setRawHeader("customerUri", plan.scm.customerUri.toUtf8());
    QNetworkReply *reply = network.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(10000);
    const ScmAnswer answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                           reply->readAll()};
    delete reply;
    return answer;
}

GatewayApplyResult applyToGateway(const DemoEnvironment &demo, const QStringList &domains)
{
    ConnectorConfig config;
    config.managedDomains = domains;
    GatewayApplyResult result;
    bool answered = false;
    QObject context;
    demo.gatewayTarget()->apply(config, &context, [&](const GatewayApplyResult &r) {
        result = r;
        answered = true;
    });
    if (!QTest::qWaitFor([&] { return answered; }, 10000))
        result.summary = QStringLiteral("no answer from the gateway simulator");
    return result;
}

// The processes `pid` started (Linux: /proc/<pid>/task/<tid>/children).
QList<qint64> childProcesses(qint64 pid = QCoreApplication::applicationPid())
{
    QList<qint64> children;
    const QDir tasks(QStringLiteral("/proc/%1/task").arg(pid));
    for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile file(tasks.filePath(task + QStringLiteral("/children")));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &child : file.readAll().split(' ')) {
            if (!child.trimmed().isEmpty())
                children << child.trimmed().toLongLong();
        }
    }
    return children;
}

// Whether `pid` still runs (a zombie nobody reaped yet does not).
bool isRunning(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    const int afterName = line.lastIndexOf(')');
    return afterName > 0 && line.mid(afterName + 2, 1) != "Z" && line.mid(afterName + 2, 1) != "X";
}

DemoOptions childOptions(const QString &program = QStringLiteral(MPKI_BINARY))
{
    DemoOptions options;
    options.simulatorProgram = program;
    return options;
}
} // namespace

class DemoEnvironmentTest : public QObject
{
    Q_OBJECT

private slots:
    void childProcessHasThePlansWorld()
    {
        auto demo = std::make_unique<DemoEnvironment>();
        demo->setOptions(childOptions());
        QString error;
        QVERIFY2(
            demo->start(planFor(QStringLiteral("acme"), QStringLiteral("boss"), QStringLiteral("tenant-a")),
                        &error),
            qPrintable(error));
        QVERIFY(demo->isStarted());
        QCOMPARE(demo->scmSimulator(), nullptr); // not in this process
        QCOMPARE(demo->gatewaySimulator(), nullptr);
        QCOMPARE(childProcesses().size(), 1);

        const Plan rewritten = demo->rewritePlan(
            planFor(QStringLiteral("acme"), QStringLiteral("boss"), QStringLiteral("tenant-a")));
        QVERIFY(rewritten.scm.baseUrl.startsWith(QStringLiteral("http://127.0.0.1:")));
        QCOMPARE(rewritten.scm.customerUri, QStringLiteral("acme"));
        QCOMPARE(rewritten.scm.login, QStringLiteral("boss"));
        QVERIFY(rewritten.gateway.api);
        QCOMPARE(rewritten.gateway.api->customer, QStringLiteral("tenant-a"));
        QCOMPARE(rewritten.gateway.api->url, demo->gatewayUrl().toString());

        // The admin's password works; a wrong one does not.
        QVERIFY(demo->adminPassword().size() >= 12);
        QCOMPARE(scmGet(*demo, QStringLiteral("/api/organization/v1")).status, 200);
        // The legacy dialect went to the child: its privilege list names wsApiUseOnly.
        const ScmAnswer privileges = scmGet(*demo, QStringLiteral("/api/admin/v1/privileges?role=RAO_SMIME"));
        QCOMPARE(privileges.status, 200);
        QVERIFY2(privileges.body.contains("wsApiUseOnly"), privileges.body.constData());

        // The gateway customer has the plan's domains, and only those.
        GatewayApplyResult result =
            applyToGateway(*demo, {QStringLiteral("example.ch"), QStringLiteral("mail.example.ch")});
        QCOMPARE(result.status, GatewayApplyResult::Status::Done);
        QCOMPARE(result.domainsPresent.size(), 2);
        result = applyToGateway(*demo, {QStringLiteral("example.ch"), QStringLiteral("other.ch")});
        QCOMPARE(result.status, GatewayApplyResult::Status::Incomplete);
        QCOMPARE(result.domainsMissing, QStringList{QStringLiteral("other.ch")});

        // Gone with the environment: the port refuses, no child is left.
        const QUrl scm = demo->scmBaseUrl();
        demo.reset();
        QVERIFY(childProcesses().isEmpty());
        QNetworkAccessManager network;
        QNetworkReply *reply = network.get(QNetworkRequest(QUrl(scm.toString() + QStringLiteral("/api/"))));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(reply->error(), QNetworkReply::ConnectionRefusedError);
        delete reply;
    }

    void aChildThatEndsIsReported()
    {
        DemoEnvironment demo;
        demo.setOptions(childOptions());
        QSignalSpy lost(&demo, &DemoEnvironment::simulatorsLost);
        QString error;
        QVERIFY2(demo.start(planFor(QStringLiteral("demo"), QStringLiteral("mrao-admin"),
                                    QStringLiteral("[default]")),
                            &error),
                 qPrintable(error));
        const QList<qint64> children = childProcesses();
        QCOMPARE(children.size(), 1);
        QCOMPARE(::kill(pid_t(children.first()), SIGKILL), 0);
        QVERIFY(lost.wait(10000));
        QVERIFY(lost.first().first().toString().contains(QStringLiteral("crashed")));
    }

    void theSimulatorsGoWhenTheWizardIsKilled()
    {
        // The wizard's demo (offscreen) starts the simulators once its first page is painted, and
        // says so once it has read their first line: only then is the child past everything that
        // would end it anyway (its first line into a pipe nobody reads any more).
        QProcess wizard;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("mpki.demo.info=true"));
        wizard.setProcessEnvironment(environment);
        wizard.start(QStringLiteral(MPKI_BINARY), {QStringLiteral("--demo")});
        QVERIFY(wizard.waitForStarted());
        QByteArray said;
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         said += wizard.readAllStandardError();
                         return said.contains("(child process)");
                     },
                     20000),
                 said.constData());
        const QList<qint64> simulators = childProcesses(wizard.processId());
        QCOMPARE(simulators.size(), 1);
        const auto noOrphan = qScopeGuard([&simulators] {
            if (isRunning(simulators.first()))
                ::kill(pid_t(simulators.first()), SIGKILL);
        });
        QFile commandLine(QStringLiteral("/proc/%1/cmdline").arg(simulators.first()));
        QVERIFY(commandLine.open(QIODevice::ReadOnly));
        QVERIFY(commandLine.readAll().contains(QByteArray("simulate\0--json", 15)));

        ::kill(pid_t(wizard.processId()), SIGKILL);
        QVERIFY(wizard.waitForFinished(10000));
        QVERIFY2(QTest::qWaitFor([&] { return !isRunning(simulators.first()); }, 10000),
                 "the simulators outlived the wizard");
    }

    void aProgramThatIsNoSimulatorIsRefused_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("says");
        QTest::newRow("missing") << QStringLiteral("/nonexistent/mpki-setup")
                                 << QStringLiteral("/nonexistent/mpki-setup");
        QTest::newRow("ends at once") << QStringLiteral("/bin/false") << QStringLiteral("exit code 1");
        // echo prints its arguments: a line, but not the JSON object.
        QTest::newRow("prints something else") << QStringLiteral("/bin/echo") << QStringLiteral("JSON");
    }

    void aProgramThatIsNoSimulatorIsRefused()
    {
        QFETCH(QString, program);
        QFETCH(QString, says);
        DemoEnvironment demo;
        demo.setOptions(childOptions(program));
        QString error;
        QVERIFY(!demo.start(
            planFor(QStringLiteral("demo"), QStringLiteral("mrao-admin"), QStringLiteral("[default]")),
            &error));
        QVERIFY2(error.contains(says), qPrintable(error));
        QVERIFY(!demo.isStarted());
        QVERIFY(childProcesses().isEmpty());
    }

    void aCallersClockKeepsTheSimulatorsInThisProcess()
    {
        // A scaled clock cannot cross into another process.
        ScaledClock clock(10);
        DemoOptions options = childOptions();
        options.clock = &clock;
        DemoEnvironment demo;
        demo.setOptions(options);
        QString error;
        QVERIFY2(demo.start(planFor(QStringLiteral("demo"), QStringLiteral("mrao-admin"),
                                    QStringLiteral("[default]")),
                            &error),
                 qPrintable(error));
        QVERIFY(demo.scmSimulator() != nullptr);
        QVERIFY(childProcesses().isEmpty());
        QCOMPARE(scmGet(demo, QStringLiteral("/api/organization/v1")).status, 200);
    }
};

QTEST_GUILESS_MAIN(DemoEnvironmentTest)
#include "tst_demo_environment.moc"
