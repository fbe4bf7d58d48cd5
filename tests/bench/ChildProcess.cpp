#include "ChildProcess.h"

#include <QElapsedTimer>
#include <QProcessEnvironment>
#include <QThread>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <vector>

ChildProcess ChildProcess::run(const QString &program, const QStringList &arguments,
                               const QHash<QString, QString> &environment, int timeoutMs,
                               const QString &outputPath)
{
    ChildProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        env.insert(it.key(), it.value());

    std::vector<QByteArray> storage;
    storage.push_back(program.toLocal8Bit());
    for (const QString &argument : arguments)
        storage.push_back(argument.toLocal8Bit());
    const size_t argumentCount = storage.size();
    for (const QString &entry : env.toStringList())
        storage.push_back(entry.toLocal8Bit());
    std::vector<char *> argv, envp;
    for (size_t i = 0; i < storage.size(); ++i)
        (i < argumentCount ? argv : envp).push_back(storage[i].data());
    argv.push_back(nullptr);
    envp.push_back(nullptr);

    QElapsedTimer wall;
    wall.start();
    pid_t pid = 0;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    const QByteArray output = outputPath.toLocal8Bit();
    if (!output.isEmpty()) {
        posix_spawn_file_actions_addopen(&actions, 1, output.constData(), O_WRONLY | O_CREAT | O_APPEND,
                                         0600);
        posix_spawn_file_actions_adddup2(&actions, 1, 2);
    }
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
        child.error = QStringLiteral("cannot start %1: %2")
                          .arg(program, QString::fromLocal8Bit(std::strerror(spawned)));
        return child;
    }
    int status = 0;
    rusage usage{};
    for (;;) {
        const pid_t done = wait4(pid, &status, WNOHANG, &usage);
        if (done == pid)
            break;
        if (done < 0 && errno != EINTR) {
            child.error = QStringLiteral("wait4: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
            return child;
        }
        if (wall.elapsed() > timeoutMs && !child.timedOut) {
            child.timedOut = true;
            kill(pid, SIGKILL);
        }
        QThread::usleep(500);
    }
    child.wallMs = double(wall.nsecsElapsed()) / 1.0e6;
    child.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    child.peakRssKiB = double(usage.ru_maxrss); // KiB on Linux
    child.cpuMs = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0 +
                  double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
    return child;
}
