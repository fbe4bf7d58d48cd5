#pragma once

#include "State.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class Clock;
class QLockFile;

// The state directory of one procedure: <dir>/state.json (written atomically: temp file + rename),
// <dir>/journal.jsonl (see Journal), <dir>/lock. The directory is created 0700. open() takes the
// lock for as long as the store lives; a lock left by a process that is gone (SIGKILL, power loss)
// is taken over, a lock of a live process is an error naming the directory and its pid.
class StateStore
{
    Q_DECLARE_TR_FUNCTIONS(StateStore)
public:
    explicit StateStore(const QString &directory, Clock *clock = nullptr); // nullptr: Clock::system()
    ~StateStore();                                                         // releases the lock
    StateStore(const StateStore &) = delete;
    StateStore &operator=(const StateStore &) = delete;

    // Creates the directory (0700) if needed, takes the lock and loads state.json when there is one
    // (a fresh State otherwise). False with a translated *error.
    bool open(QString *error);
    bool isOpen() const;
    void close(); // saves nothing; releases the lock

    QString directory() const { return m_directory; }
    QString statePath() const;
    QString journalPath() const;
    QString lockPath() const;

    State &state() { return m_state; }
    const State &state() const { return m_state; }

    // Writes state() (updated = now) to state.json atomically: after a failure the previous file is
    // still there, whole. Needs open().
    bool save(QString *error);

    // For readers that must not disturb a running process (status, export): reads the last complete
    // state.json without the lock. False with a translated *error when there is none / it is bad.
    static bool read(const QString &directory, State *state, QString *error);
    // False with a translated *error when `directory` exists and others may write into it (group or
    // world writable, and not ours): they could plant a symbolic link where the journal or the state
    // goes. A directory that does not exist yet is safe (open() makes it 0700).
    static bool isSafeDirectory(const QString &directory, QString *error);
    static bool hasState(const QString &directory);

    static QString stateFileName();   // "state.json"
    static QString journalFileName(); // "journal.jsonl"
    static QString lockFileName();    // "lock"

private:
    QString m_directory;
    Clock *m_clock;
    std::unique_ptr<QLockFile> m_lock;
    State m_state;
};
