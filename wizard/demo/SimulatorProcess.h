#pragma once

#include <QObject>
#include <QStringList>

#include <memory>

class QJsonObject;
class QProcess;

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

    // Starts the child and waits for the first line it prints, the JSON object of `simulate --json`
    // (DESIGN.md). False with a translated *error when it does not start, ends early or prints
    // something else.
    bool start(const QString &program, const QStringList &simulateArguments, QJsonObject *info,
               QString *error);

signals:
    // The child ended while it was still needed (a translated message).
    void ended(const QString &message);

private:
    void stop();

    std::unique_ptr<QProcess> m_process;
    bool m_stopping = false;
};
