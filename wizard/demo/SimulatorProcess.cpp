#include "SimulatorProcess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QTimer>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

Q_LOGGING_CATEGORY(lcSimulatorProcess, "mpki.demo.process", QtWarningMsg)

namespace {
// A cold start loads Qt and OpenSSL and may create a CA: seconds on a slow disk, never more.
constexpr int startTimeoutMs = 20000;
// After SIGTERM the simulator saves nothing and quits at once; then it is killed.
constexpr int stopTimeoutMs = 3000;
} // namespace

SimulatorProcess::SimulatorProcess(QObject *parent)
    : QObject(parent)
    , m_startTimer(new QTimer(this))
{
    m_startTimer->setSingleShot(true);
    m_startTimer->setInterval(startTimeoutMs);
    connect(m_startTimer, &QTimer::timeout, this, [this] {
        fail(tr("The simulators did not say where they listen within %1 s.")
                 .arg(QString::number(startTimeoutMs / 1000)));
    });
}

SimulatorProcess::~SimulatorProcess()
{
    stop();
}

void SimulatorProcess::start(const QString &program, const QStringList &simulateArguments)
{
    stop();
    m_started = false;
    m_program = program;
    m_process = std::make_unique<QProcess>();
    // Its warnings are the demo's warnings; its standard output carries the secrets of the simulated
    // account and is read here only.
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
#ifdef Q_OS_LINUX
    // If the wizard is killed, the simulators go too, instead of listening on for nobody.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    connect(m_process.get(), &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(tr("The simulators could not be started (%1): %2").arg(m_program, m_process->errorString()));
    });
    connect(m_process.get(), &QProcess::readyReadStandardOutput, this, &SimulatorProcess::readFirstLine);
    connect(m_process.get(), &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        if (m_stopping)
            return;
        if (!m_started) {
            fail(tr("The simulators ended at their start (exit code %1).").arg(QString::number(exitCode)));
            return;
        }
        const QString message =
            status == QProcess::CrashExit
                ? tr("The simulators' process crashed.")
                : tr("The simulators' process ended (exit code %1).").arg(QString::number(exitCode));
        qCWarning(lcSimulatorProcess).noquote() << message;
        emit ended(message);
    });
    m_startTimer->start();
    m_process->start(program,
                     QStringList{QStringLiteral("simulate"), QStringLiteral("--json")} + simulateArguments);
}

void SimulatorProcess::readFirstLine()
{
    if (m_started || !m_process || !m_process->canReadLine())
        return;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(m_process->readLine().trimmed(), &parseError);
    if (!document.isObject()) {
        // A list or a single value parses without error: there is no parse error to show then.
        fail(parseError.error != QJsonParseError::NoError
                 ? tr("The simulators' first line is not the expected JSON object: %1")
                       .arg(parseError.errorString())
                 : tr("The simulators' first line is JSON, but not the expected object {...}."));
        return;
    }
    m_started = true;
    m_startTimer->stop();
    emit started(document.object());
}

void SimulatorProcess::fail(const QString &message)
{
    if (m_started || !m_process)
        return;
    m_startTimer->stop();
    // Queued: the process may be the sender of the signal that brought us here.
    QMetaObject::invokeMethod(
        this, [this] { stop(); }, Qt::QueuedConnection);
    m_started = true; // one answer per start
    emit failed(message);
}

void SimulatorProcess::stop()
{
    if (!m_process)
        return;
    m_stopping = true;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(stopTimeoutMs)) {
            m_process->kill();
            m_process->waitForFinished(stopTimeoutMs);
        }
    }
    m_process.reset();
    m_stopping = false;
}
