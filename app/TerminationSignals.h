#pragma once

#include <QObject>

class QSocketNotifier;

// SIGINT, SIGTERM and SIGHUP as a Qt signal, so that a command can end cleanly (save, release the
// lock, say what happened) instead of dying mid-write. The handler only writes the signal's number
// to a pipe (async-signal-safe); a QSocketNotifier on the pipe's other end emits received() from the
// event loop. One instance at a time; the previous handlers come back when it goes.
class TerminationSignals : public QObject
{
    Q_OBJECT
public:
    explicit TerminationSignals(QObject *parent = nullptr);
    ~TerminationSignals() override;

    // The shell's convention for a process ended by `signal`: 128 + its number (130, 143, 129).
    static int exitCodeFor(int signal);
    // "SIGINT", "SIGTERM", "SIGHUP".
    static QString name(int signal);

signals:
    void received(int signal);

private:
    QSocketNotifier *m_notifier = nullptr;
};
