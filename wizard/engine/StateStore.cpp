#include "StateStore.h"

#include "Clock.h"
#include "OwnerOnlyFile.h"
#include "WriteErrors.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLockFile>
#include <QLoggingCategory>
#include <QSysInfo>

#include <cerrno>
#include <csignal>
#include <sys/stat.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcStateStore, "mpki.engine.state")

namespace {
constexpr QFile::Permissions ownerOnlyDirectory = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;

bool processIsGone(qint64 pid)
{
    return pid > 0 && ::kill(pid_t(pid), 0) == -1 && errno == ESRCH;
}
} // namespace

StateStore::StateStore(const QString &directory, Clock *clock)
    : m_directory(QDir(directory).absolutePath())
    , m_clock(clock ? clock : Clock::system())
{}

StateStore::~StateStore()
{
    close();
}

QString StateStore::stateFileName()
{
    return QStringLiteral("state.json");
}

QString StateStore::journalFileName()
{
    return QStringLiteral("journal.jsonl");
}

QString StateStore::lockFileName()
{
    return QStringLiteral("lock");
}

QString StateStore::statePath() const
{
    return m_directory + QLatin1Char('/') + stateFileName();
}

QString StateStore::journalPath() const
{
    return m_directory + QLatin1Char('/') + journalFileName();
}

QString StateStore::lockPath() const
{
    return m_directory + QLatin1Char('/') + lockFileName();
}

bool StateStore::isOpen() const
{
    return m_lock && m_lock->isLocked();
}

void StateStore::close()
{
    if (m_lock)
        m_lock->unlock();
    m_lock.reset();
}

bool StateStore::open(QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (isOpen())
        return true;
    if (!isSafeDirectory(m_directory, error))
        return false;

    const QFileInfo info(m_directory);
    if (info.exists() && !info.isDir())
        return fail(tr("The state directory %1 is a file; give a directory.").arg(m_directory));
    if (!info.exists()) {
        // Only a directory we create is made private: --state might name an existing shared one.
        if (!QDir().mkpath(info.absolutePath()) || !QDir().mkdir(m_directory, ownerOnlyDirectory))
            return fail(tr("Cannot create the state directory %1; check that its parent exists and is "
                           "writable.")
                            .arg(m_directory));
        QFile::setPermissions(m_directory, ownerOnlyDirectory); // whatever the umask took away
    }

    auto lock = std::make_unique<QLockFile>(lockPath());
    // No age limit: a run may poll for hours without touching the lock. A lock whose process is gone
    // is stale (QLockFile checks the pid on this host), which is what a SIGKILL leaves behind.
    lock->setStaleLockTime(0);
    bool locked = lock->tryLock(0);
    if (!locked && lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host, application;
        const bool haveInfo = lock->getLockInfo(&pid, &host, &application);
        const bool sameHost = host.isEmpty() || host == QSysInfo::machineHostName();
        // A lock whose content is no pid at all (garbage, cut short by a full disk) is as stale as
        // one of a process that is gone: nobody could ever release it. Only an empty file that is a
        // moment old may be another process between creating its lock and writing its pid.
        const QFileInfo lockInfo(lockPath());
        const bool garbage =
            !haveInfo && (lockInfo.size() > 0 ||
                          qAbs(lockInfo.lastModified().msecsTo(QDateTime::currentDateTime())) > 2000);
        if ((haveInfo && sameHost && processIsGone(pid)) || garbage) {
            qCInfo(lcStateStore) << "taking over the stale lock of" << m_directory << "pid" << pid;
            lock->removeStaleLockFile();
            if (garbage && QFileInfo::exists(lockPath()))
                QFile::remove(lockPath()); // removeStaleLockFile() trusts only what it can read
            locked = lock->tryLock(0);
        }
        if (!locked && lock->error() == QLockFile::LockFailedError) {
            if (haveInfo)
                return fail(
                    tr("Another mpki-setup is using %1 (pid %2%3). Wait for it to finish, or stop it, "
                       "then try again.")
                        .arg(m_directory, QString::number(pid),
                             sameHost ? QString() : tr(" on %1").arg(host)));
            return fail(
                tr("Another mpki-setup is using %1. Wait for it to finish, or stop it, then try again.")
                    .arg(m_directory));
        }
    }
    if (!locked) {
        // QLockFile says "unknown error" for a lock file it could not write: find out whether the disk
        // is full before blaming permissions.
        const int failure = WriteErrors::probeWrite(m_directory);
        if (WriteErrors::meansNoSpace(failure))
            return fail(tr("Cannot lock the state directory %1 (%2): %3.")
                            .arg(m_directory, lockPath(), WriteErrors::describe(failure)));
        return fail(tr("Cannot lock the state directory %1 (%2); check its permissions.")
                        .arg(m_directory, lockPath()));
    }
    m_lock = std::move(lock);

    if (QFileInfo::exists(statePath())) {
        QString readError;
        if (!read(m_directory, &m_state, &readError)) {
            close();
            return fail(readError);
        }
    } else {
        m_state = State();
        m_state.created = m_clock->now();
    }
    return true;
}

bool StateStore::save(QString *error)
{
    if (!isOpen()) {
        if (error)
            *error = tr("The state directory %1 is not open.").arg(m_directory);
        return false;
    }
    if (!m_state.created.isValid())
        m_state.created = m_clock->now();
    m_state.updated = m_clock->now();
    const QByteArray json = QJsonDocument(m_state.toJson()).toJson(QJsonDocument::Indented);

    // OwnerOnlyFile writes a temporary file beside state.json, checks every write and the fsync, and
    // renames it over the old one only then: a reader (status) or a crash sees the old state or the
    // new one, never half of one; a full disk is an error naming the file, not a cut state.
    QString why;
    if (!OwnerOnlyFile::write(statePath(), json, &why)) {
        if (error)
            *error = tr("%1. The previous state is unchanged.").arg(why);
        return false;
    }
    return true;
}

bool StateStore::isSafeDirectory(const QString &directory, QString *error)
{
    struct stat status = {};
    if (::stat(QFile::encodeName(QDir(directory).absolutePath()).constData(), &status) != 0 ||
        !S_ISDIR(status.st_mode))
        return true; // missing: made private by open(); not a directory: open() says so
    if ((status.st_mode & (S_IWGRP | S_IWOTH)) == 0 || status.st_uid == ::geteuid())
        return true;
    if (error)
        *error = tr("The state directory %1 belongs to someone else and others can write into it (mode %2): "
                    "they could replace the state or the journal. Give a directory of your own (e.g. a new "
                    "one; it is made private).")
                     .arg(QDir(directory).absolutePath(), QString::number(status.st_mode & 07777, 8));
    return false;
}

bool StateStore::hasState(const QString &directory)
{
    return QFileInfo::exists(QDir(directory).absoluteFilePath(stateFileName()));
}

bool StateStore::read(const QString &directory, State *state, QString *error)
{
    const QString path = QDir(directory).absoluteFilePath(stateFileName());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QFileInfo::exists(path)
                         ? tr("Cannot read the state %1: %2.").arg(path, file.errorString())
                         : tr("There is no mpki-setup state in %1 (no %2). Give the directory a run used "
                              "with --state.")
                               .arg(QDir(directory).absolutePath(), stateFileName());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (error)
            *error = tr("The state %1 is damaged (%2 at offset %3).")
                         .arg(path, parseError.errorString(), QString::number(parseError.offset));
        return false;
    }
    QString formatError;
    if (!State::fromJson(document.object(), state, &formatError)) {
        if (error)
            *error = tr("%1: %2").arg(path, formatError);
        return false;
    }
    return true;
}
