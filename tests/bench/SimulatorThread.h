#pragma once

#include "ScmSimulator.h"

#include <QMutex>
#include <QThread>
#include <QUrl>
#include <QWaitCondition>

#include <pthread.h>
#include <time.h>

// The SCM simulator on a thread of its own, so that it does not share the engine's event loop and
// its CPU time can be read apart from the engine's (the simulator must never be the bottleneck).
class SimulatorThread : public QThread
{
    Q_OBJECT
public:
    explicit SimulatorThread(const ScmSimulatorOptions &options, QObject *parent = nullptr);
    ~SimulatorThread() override; // stops the thread

    // Starts the thread and waits until the simulator listens on 127.0.0.1. False with *error.
    bool startListening(QString *error);
    void stop();

    QUrl baseUrl() const { return m_baseUrl; }
    QString customerUri() const { return m_customerUri; }
    QString adminLogin() const { return m_adminLogin; }
    QString adminPassword() const { return m_adminPassword; }

    // CPU time (user + system) the simulator's thread has used so far, in milliseconds.
    double cpuMs() const;

protected:
    void run() override;

private:
    ScmSimulatorOptions m_options;
    mutable QMutex m_mutex;
    QWaitCondition m_ready;
    bool m_started = false;
    QString m_error;
    QUrl m_baseUrl;
    QString m_customerUri;
    QString m_adminLogin;
    QString m_adminPassword;
    clockid_t m_cpuClock = 0;
    bool m_haveCpuClock = false;
};
