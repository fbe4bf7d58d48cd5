#pragma once

// One run of the fault campaign (docs/reliability.md): the whole procedure against a simulator that
// injects one kind of fault, resumed until it finishes or runs out of attempts, and then judged by what
// is left in the simulator, the state and the secret store.

#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QSslCertificate>
#include <QString>
#include <QTemporaryDir>

#include <functional>
#include <memory>

#include "ScmSimulator.h"

class Clock;
class MemorySecretStore;
class QProcess;
class Runner;
class SecretStore;
class StateStore;

// How a kind of fault is put into a run.
struct FaultKind
{
    enum class Mode
    {
        InProcess,  // the engine in this process; the simulator injects the fault (FaultInjector)
        Restart,    // ... and the simulator is stopped and started again on its --state mid-run
        TlsChange,  // ... over TLS, restarted mid-run with a new certificate
        KillProcess // `mpki-setup run` as a child process, SIGKILLed at random requests
    };
    QString name;
    Mode mode = Mode::InProcess;
    int runs = 0;
    // Sets up the simulator of run number `index` (its seed is derived from it).
    std::function<void(ScmSimulatorOptions &, int index)> configure;
};

// What one run left behind (a row of build/reliability/runs.jsonl).
struct RunOutcome
{
    QString kind;
    int index = 0;
    quint32 seed = 0;
    bool finished = false; // exit 0 within the attempts allowed
    int attempts = 0;
    int lastExitCode = -1;
    QString lastSummary;
    int faultsInjected = 0;
    int duplicates = 0;
    int orphans = 0;
    bool secretLost = false;
    int secretsLeaked = 0; // distinct passwords found where none may be
    QStringList leakedWhere;
    int maxRefusedLogins = 0;                // the most 401s any one login got in this run (all attempts)
    bool changedCertificateAccepted = false; // TlsChange: the attempt went on over the new certificate
    QString note;

    QJsonObject toJson() const;
};

class CampaignRun : public QObject
{
    Q_OBJECT
public:
    // `workRoot`: where the run's state directory and temporary files go (scanned for leaks);
    // `simulatorRoot`: where the simulator keeps its --state (it holds the admin's password by design).
    CampaignRun(const FaultKind &kind, int index, const QString &workRoot, const QString &simulatorRoot,
                QObject *parent = nullptr);
    ~CampaignRun() override;

    void start();
    const RunOutcome &outcome() const { return m_outcome; }
    // Every password this run used: the admin's and whatever the secret store held at any time.
    const QSet<QString> &passwords() const { return m_passwords; }

    static constexpr int maxAttempts = 6;

signals:
    void done();

private:
    bool startSimulator(quint16 port, QString *error);
    void restartSimulator();
    void startAttempt();
    void startInProcessAttempt();
    void startChildAttempt();
    void attemptFinished(int exitCode, const QString &summary);
    void judge();
    void rememberSecrets();
    QString operatorSlotValue(const QString &slot) const;
    bool signsIn(const QString &login, const QString &password);

    FaultKind m_kind;
    RunOutcome m_outcome;
    ScmSimulatorOptions m_options;
    std::unique_ptr<ScmSimulator> m_simulator;
    quint16 m_port = 0;
    QString m_adminPassword;
    QList<QSslCertificate> m_trusted; // what the next attempt trusts
    std::unique_ptr<Clock> m_clock;
    QTemporaryDir m_work; // state/, tmp/, plan.json
    QString m_simulatorState;
    std::unique_ptr<MemorySecretStore> m_memorySecrets; // in-process runs
    std::unique_ptr<SecretStore> m_keychain;            // child-process runs (the real keychain)
    std::unique_ptr<StateStore> m_store;
    std::unique_ptr<Runner> m_runner;
    QProcess *m_process = nullptr;
    QSet<QString> m_passwords;
    QByteArray m_printed; // everything the engine said (messages, child output)
    QHash<QString, int> m_refusedLogins;
    QSet<qint64> m_initialIds;
    int m_requestsThisAttempt = 0;
    int m_requestsInRun = 0;
    int m_killAt = -1;    // KillProcess: the request count at which this attempt dies
    int m_restartAt = -1; // Restart / TlsChange: the request count of the run at which it happens
    bool m_restarted = false;
    bool m_restartedDuringAttempt = false;
    quint32 m_random = 0;
};
