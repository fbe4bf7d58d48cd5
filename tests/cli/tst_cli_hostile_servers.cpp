// `mpki-setup run` against servers that are not a working SCM: one that accepts and never answers
// (the run's deadline bounds the whole run), one that answers 404 to everything (not an SCM), one
// that refuses every login (one refused login per run, not three), and a signal during a run.
#include "CliTestKit.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUuid>
#include <QtTest>

#include <csignal>
#include <sys/types.h>

using namespace CliTestKit;

namespace {
// A bare HTTP/1.1 server on 127.0.0.1: counts the requests and answers each with `answer` (empty:
// never answers, keeps the connection open).
class BareHttpServer : public QObject
{
public:
    explicit BareHttpServer(QByteArray answer)
        : m_answer(std::move(answer))
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_pending[socket] += socket->readAll();
                    while (m_pending[socket].contains("\r\n\r\n")) {
                        const int end = int(m_pending[socket].indexOf("\r\n\r\n")) + 4;
                        m_pending[socket].remove(0, end);
                        ++requests;
                        if (!m_answer.isEmpty()) {
                            socket->write(m_answer);
                            socket->disconnectFromHost();
                        }
                    }
                });
            }
        });
    }
    QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }
    int requests = 0;

private:
    QTcpServer m_server;
    QByteArray m_answer;
    QHash<QTcpSocket *, QByteArray> m_pending;
};

QByteArray answer(int status, const QByteArray &reason, const QByteArray &type, const QByteArray &body)
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\nContent-Type: " + type +
           "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}
} // namespace

class CliHostileServersTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    QString planFor(const QString &baseUrl)
    {
        ScmSimulator simulator{ScmSimulatorOptions()};
        const QString path =
            m_home.filePath(QStringLiteral("plan-%1.json").arg(QUuid::createUuid().toString(QUuid::Id128)));
        writePlan(simulator, path);
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        QJsonObject plan = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        QJsonObject scm = plan.value(QStringLiteral("scm")).toObject();
        scm.insert(QStringLiteral("baseUrl"), baseUrl);
        plan.insert(QStringLiteral("scm"), scm);
        file.open(QIODevice::WriteOnly | QIODevice::Truncate);
        file.write(QJsonDocument(plan).toJson());
        return path;
    }
    QProcessEnvironment environment() const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), m_home.path());
        environment.insert(QStringLiteral("XDG_STATE_HOME"), m_home.filePath(QStringLiteral("xdg")));
        environment.insert(QStringLiteral("MPKI_SCM_PASSWORD"), QStringLiteral("Hostile#Test-Secret1"));
        return environment;
    }
    QString stateDir() const
    {
        return m_home.filePath(QStringLiteral("st-%1").arg(QUuid::createUuid().toString(QUuid::Id128)));
    }

private slots:
    // It used to stay 156 s with --deadline 5 (5 attempts of 30 s each).
    void silentServerEndsWithinTheDeadline()
    {
        BareHttpServer silent{QByteArray()};
        QElapsedTimer timer;
        timer.start();
        const RunResult run = runBinary({QStringLiteral("run"), QStringLiteral("--plan"),
                                         planFor(silent.baseUrl()), QStringLiteral("--state"), stateDir(),
                                         QStringLiteral("--deadline"), QStringLiteral("3")},
                                        environment());
        QVERIFY2(run.exitCode == 5, run.output.constData());
        // The deadline plus one request's timeout (30 s), with room for a slow machine.
        QVERIFY2(timer.elapsed() < 40000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(run.output.contains("127.0.0.1") && run.output.contains("admin/v1/password"),
                 run.output.constData());
    }

    void notAnScmIsSaidSo()
    {
        BareHttpServer other{answer(404, "Not Found", "text/html", "<html>nothing here</html>")};
        const RunResult run = runBinary({QStringLiteral("run"), QStringLiteral("--plan"),
                                         planFor(other.baseUrl()), QStringLiteral("--state"), stateDir(),
                                         QStringLiteral("--deadline"), QStringLiteral("5")},
                                        environment());
        QVERIFY2(run.exitCode == 2, run.output.constData());
        QVERIFY2(run.output.contains("is not an SCM"), run.output.constData());
    }

    // A wrong password costs one refused login per run: the first call goes out alone.
    void wrongPasswordIsOneRefusedLogin()
    {
        BareHttpServer refusing{
            answer(401, "Unauthorized", "application/json", R"({"code":-16,"description":"Unknown user"})")};
        const RunResult run = runBinary({QStringLiteral("run"), QStringLiteral("--plan"),
                                         planFor(refusing.baseUrl()), QStringLiteral("--state"), stateDir(),
                                         QStringLiteral("--deadline"), QStringLiteral("5")},
                                        environment());
        QVERIFY2(run.exitCode == 4, run.output.constData());
        QCOMPARE(refusing.requests, 1);
    }

    // A signal while a request is in flight: the run ends at once and cleanly, with the shell's
    // exit code, the --json summary line and the lock released.
    void signalsEndTheRunCleanly_data()
    {
        QTest::addColumn<int>("signal");
        QTest::newRow("SIGINT") << int(SIGINT);
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGHUP") << int(SIGHUP);
    }
    void signalsEndTheRunCleanly()
    {
        QFETCH(int, signal);
        BareHttpServer silent{QByteArray()};
        const QString state = stateDir();
        QProcess process;
        process.setProcessEnvironment(environment());
        process.setStandardInputFile(QProcess::nullDevice());
        process.start(QStringLiteral(MPKI_BINARY),
                      {QStringLiteral("run"), QStringLiteral("--plan"), planFor(silent.baseUrl()),
                       QStringLiteral("--state"), state, QStringLiteral("--deadline"), QStringLiteral("60"),
                       QStringLiteral("--json")});
        QVERIFY(process.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(silent.requests >= 1, 30000);
        QVERIFY(QFile::exists(state + QStringLiteral("/lock")));
        QCOMPARE(::kill(pid_t(process.processId()), signal), 0);
        QVERIFY(process.waitForFinished(15000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 128 + signal);
        const QList<QByteArray> lines = process.readAllStandardOutput().trimmed().split('\n');
        const QJsonObject last = QJsonDocument::fromJson(lines.last()).object();
        QCOMPARE(last.value(QStringLiteral("exitCode")).toInt(), 128 + signal);
        QVERIFY2(last.contains(QStringLiteral("summary")), lines.last().constData());
        QVERIFY(!QFile::exists(state + QStringLiteral("/lock")));
        QVERIFY(QFile::exists(state + QStringLiteral("/state.json")));
    }
};

QTEST_GUILESS_MAIN(CliHostileServersTest)
#include "tst_cli_hostile_servers.moc"
