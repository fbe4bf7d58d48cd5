#include "SimulatorThread.h"

#include <QHostAddress>
#include <QMutexLocker>

SimulatorThread::SimulatorThread(const ScmSimulatorOptions &options, QObject *parent)
    : QThread(parent)
    , m_options(options)
{}

SimulatorThread::~SimulatorThread()
{
    stop();
}

bool SimulatorThread::startListening(QString *error)
{
    QMutexLocker locker(&m_mutex);
    start();
    while (!m_started)
        m_ready.wait(&m_mutex);
    if (!m_error.isEmpty()) {
        *error = m_error;
        return false;
    }
    return true;
}

void SimulatorThread::stop()
{
    if (!isRunning())
        return;
    quit();
    wait();
}

double SimulatorThread::cpuMs() const
{
    QMutexLocker locker(&m_mutex);
    if (!m_haveCpuClock)
        return 0;
    timespec spent{};
    if (clock_gettime(m_cpuClock, &spent) != 0)
        return 0;
    return double(spent.tv_sec) * 1000.0 + double(spent.tv_nsec) / 1.0e6;
}

void SimulatorThread::run()
{
    // Everything the simulator creates lives in this thread and is served by its event loop.
    ScmSimulator simulator(m_options);
    QString error;
    const bool listening = simulator.listen(QHostAddress::LocalHost, 0, &error);
    {
        QMutexLocker locker(&m_mutex);
        m_haveCpuClock = pthread_getcpuclockid(pthread_self(), &m_cpuClock) == 0;
        m_error = listening ? QString() : (error.isEmpty() ? QStringLiteral("cannot listen") : error);
        m_baseUrl = simulator.baseUrl();
        m_customerUri = simulator.customerUri();
        m_adminLogin = simulator.adminLogin();
        m_adminPassword = simulator.adminPassword();
        m_started = true;
        m_ready.wakeAll();
    }
    if (listening)
        exec();
    // The CPU clock of a finished thread cannot be read any more.
    QMutexLocker locker(&m_mutex);
    m_haveCpuClock = false;
}
