#include "SimulatorProcess.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>

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
{}

SimulatorProcess::~SimulatorProcess()
{
    stop();
}

bool SimulatorProcess::start(const QString &program, const QStringList &simulateArguments, QJsonObject *info,
                             QString *error)
{
    stop();
    m_process = std::make_unique<QProcess>();
    // Its warnings are the demo's warnings; its standard output carries the secrets of the simulated
    // account and is read here only.
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
#ifdef Q_OS_LINUX
    // If the wizard is killed, the simulators go too, instead of listening on for nobody.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    m_process->start(program,
                     QStringList{QStringLiteral("simulate"), QStringLiteral("--json")} + simulateArguments);
    if (!m_process->waitForStarted(startTimeoutMs)) {
        *error = tr("The simulators could not be started (%1): %2").arg(program, m_process->errorString());
        m_process.reset();
        return false;
    }

    const QDeadlineTimer deadline(startTimeoutMs);
    while (!m_process->canReadLine() && m_process->state() == QProcess::Running && !deadline.hasExpired())
        m_process->waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
    if (!m_process->canReadLine()) {
        *error =
            m_process->state() == QProcess::Running
                ? tr("The simulators did not say where they listen within %1 s.").arg(startTimeoutMs / 1000)
                : tr("The simulators ended at their start (exit code %1).").arg(m_process->exitCode());
        stop();
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(m_process->readLine().trimmed(), &parseError);
    if (!document.isObject()) {
        *error = tr("The simulators' first line is not the expected JSON object: %1")
                     .arg(parseError.errorString());
        stop();
        return false;
    }
    *info = document.object();
    connect(m_process.get(), &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        if (m_stopping)
            return;
        const QString message = status == QProcess::CrashExit
                                    ? tr("The simulators' process crashed.")
                                    : tr("The simulators' process ended (exit code %1).").arg(exitCode);
        qCWarning(lcSimulatorProcess).noquote() << message;
        emit ended(message);
    });
    return true;
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
