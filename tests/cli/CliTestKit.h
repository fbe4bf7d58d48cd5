#pragma once

// Helpers for the command-line tests: the real mpki-setup binary as a child process, against an
// SCM simulator in this process (whose requestHandled signal says what reached it, in order).

#include "FaultInjector.h"
#include "Plan.h"
#include "ScmSimulator.h"
#include "SecretStore.h"

#include <QEventLoop>
#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>

namespace CliTestKit {

// A logged request that changed something, as the simulator judges it.
inline bool isChanging(const QJsonObject &line)
{
    return FaultInjector::isChanging(line.value(QStringLiteral("method")).toString().toLatin1(),
                                     line.value(QStringLiteral("path")).toString());
}

// Writes the demo plan pointed at `simulator` (without a gateway) to `path`.
inline void writePlan(const ScmSimulator &simulator, const QString &path, const QString &orgName = QString())
{
    QFile in(QStringLiteral(MPKI_SOURCE_DIR "/resources/examples/demo-plan.json"));
    in.open(QIODevice::ReadOnly);
    QJsonObject plan = QJsonDocument::fromJson(in.readAll()).object();
    QJsonObject scm = plan.value(QStringLiteral("scm")).toObject();
    scm.insert(QStringLiteral("baseUrl"), simulator.baseUrl().toString());
    scm.insert(QStringLiteral("customerUri"), simulator.customerUri());
    scm.insert(QStringLiteral("login"), simulator.adminLogin());
    plan.insert(QStringLiteral("scm"), scm);
    if (!orgName.isEmpty()) {
        QJsonObject org = plan.value(QStringLiteral("organization")).toObject();
        org.insert(QStringLiteral("name"), orgName);
        plan.insert(QStringLiteral("organization"), org);
    }
    QJsonObject gateway = plan.value(QStringLiteral("gateway")).toObject();
    gateway.remove(QStringLiteral("api"));
    plan.insert(QStringLiteral("gateway"), gateway);
    QFile out(path);
    out.open(QIODevice::WriteOnly | QIODevice::Truncate);
    out.write(QJsonDocument(plan).toJson());
}

struct RunResult
{
    int exitCode = -1;
    bool crashed = false; // killed (or died)
    QByteArray output;    // stdout and stderr
    QByteArray standardOutput;
};

// Runs mpki-setup with `arguments`; `killWhen` (checked on every request the simulator answers)
// SIGKILLs it. Never waits on stdin (closed).
inline RunResult runBinary(const QStringList &arguments, const QProcessEnvironment &environment,
                           ScmSimulator *simulator = nullptr,
                           std::function<bool(const QJsonObject &)> killWhen = {}, int timeoutMs = 120000)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setStandardInputFile(QProcess::nullDevice());
    QMetaObject::Connection watch;
    if (simulator && killWhen) {
        watch = QObject::connect(simulator, &ScmSimulator::requestHandled,
                                 [&process, killWhen](const QJsonObject &line) {
                                     if (process.state() != QProcess::NotRunning && killWhen(line))
                                         process.kill(); // SIGKILL: no chance to tidy up
                                 });
    }
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    process.start(QStringLiteral(MPKI_BINARY), arguments);
    if (process.waitForStarted(10000))
        loop.exec();
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(5000);
    }
    QObject::disconnect(watch);
    RunResult result;
    result.standardOutput = process.readAllStandardOutput();
    result.output = result.standardOutput + process.readAllStandardError();
    result.crashed = process.exitStatus() == QProcess::CrashExit;
    result.exitCode = result.crashed ? -1 : process.exitCode();
    return result;
}

// Synchronous access to a secret store, for assertions.
inline QString readSecret(SecretStore *store, const QString &key)
{
    QEventLoop loop;
    QString value;
    bool done = false;
    QObject context;
    store->read(key, &context, [&](const SecretResult &result) {
        value = result.ok() ? result.value : QString();
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    return value;
}

} // namespace CliTestKit
