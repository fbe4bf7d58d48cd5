#pragma once

#include <QObject>
#include <QStringList>

#include <memory>

class QJsonObject;
class QProcess;
class QTimer;

// The demo's SCM and gateway simulators in a child process: `<program> simulate --json ...` (the
// program is mpki-setup itself). The wizard's own process then holds no HTTP server, TLS backend
// or simulated account — as in a real onboarding, where the SCM is elsewhere. The child ends with
// this object, and on Linux also when the process that started it dies.
class SimulatorProcess : public QObject
{
    Q_OBJECT
public:
    explicit SimulatorProcess(QObject *parent = nullptr);
    ~SimulatorProcess() override;

    // Starts the child and returns at once: started() follows with the first line it prints, the JSON
    // object of `simulate --json` (DESIGN.md), or failed() when it does not start, ends early, prints
    // something else or says nothing within 20 s. Never blocks the caller's thread.
    void start(const QString &program, const QStringList &simulateArguments);

signals:
    void started(const QJsonObject &info);
    // A translated message.
    void failed(const QString &message);
    // The child ended while it was still needed (a translated message).
    void ended(const QString &message);

private:
    void stop();
    void readFirstLine();
    void fail(const QString &message);

    std::unique_ptr<QProcess> m_process;
    QTimer *m_startTimer;
    bool m_stopping = false;
    bool m_started = false;
    QString m_program;
};
