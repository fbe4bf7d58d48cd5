// The state and its directory: round trip, atomic write, the lock against a live and a SIGKILLed
// process (a real child: this binary in its --hold-lock mode), 0700, and no secret in what is written.
#include "FileSizeLimit.h"
#include "Journal.h"
#include "MemorySecretStore.h"
#include "PasswordGenerator.h"
#include "State.h"
#include "StateStore.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstdio>
#include <cstring>

#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {
QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

State sampleState()
{
    State state;
    state.planPath = QStringLiteral("/home/person/plan.json");
    state.planFingerprint = QStringLiteral("ab12");
    state.created = at("2025-06-01T10:00:00Z");
    StepState &connect = state.step(StepId::Connect);
    connect.setStatus(StepStatus::Running, QString(), at("2025-06-01T10:00:01Z"));
    connect.setStatus(StepStatus::Done, QStringLiteral("mrao-admin is MRAO"), at("2025-06-01T10:00:02Z"));
    StepState &org = state.step(StepId::Organization);
    org.setStatus(StepStatus::Done, QStringLiteral("created"), at("2025-06-01T10:00:03Z"));
    org.ids.insert(QStringLiteral("organization"), 1697);
    org.ids.insert(QStringLiteral("department"), 1698);
    StepState &domains = state.step(StepId::Domains);
    domains.setStatus(StepStatus::Waiting, QStringLiteral("publish the CNAME records"),
                      at("2025-06-01T10:00:04Z"));
    domains.ids.insert(QStringLiteral("domains"), QJsonObject{{QStringLiteral("example.ch"), 400},
                                                              {QStringLiteral("xn--bcher-kva.ch"), 401}});
    domains.details.insert(
        QStringLiteral("dcv"),
        QJsonArray{QJsonObject{{QStringLiteral("domain"), QStringLiteral("example.ch")},
                               {QStringLiteral("host"), QStringLiteral("_abc.example.ch.")},
                               {QStringLiteral("point"), QStringLiteral("x.y.sectigo.com.")}}});
    state.step(StepId::Validation)
        .setStatus(StepStatus::Failed, QStringLiteral("FAILED: no such company"), at("2025-06-01T10:00:05Z"));
    state.recordPasswordExpiry(StepId::Connect, PasswordHolder::Admin,
                               {QStringLiteral("mrao-admin"), QDate(2025, 8, 21), QStringLiteral("ALIVE"),
                                at("2025-06-01T10:00:02Z")});
    return state;
}

// The child side of the lock tests: takes the lock, says so, and waits to be killed.
int holdLock(const char *directory)
{
    StateStore store(QString::fromLocal8Bit(directory));
    QString error;
    if (!store.open(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("locked %lld\n", qint64(::getpid()));
    std::fflush(stdout);
    for (;;)
        ::pause();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestEngineState : public QObject
{
    Q_OBJECT

    QProcess *startLockHolder(const QString &directory)
    {
        auto *child = new QProcess(this);
        child->setProgram(QCoreApplication::applicationFilePath());
        child->setArguments({QStringLiteral("--hold-lock"), directory});
        child->setProcessChannelMode(QProcess::SeparateChannels);
        child->start();
        if (!child->waitForStarted(10000))
            return nullptr;
        QDeadlineTimer deadline(15000);
        while (!child->canReadLine() && child->state() == QProcess::Running && !deadline.hasExpired())
            child->waitForReadyRead(100);
        const QByteArray line = child->readLine();
        if (!line.startsWith("locked"))
            qWarning() << "child:" << line << child->readAllStandardError();
        return line.startsWith("locked") ? child : nullptr;
    }

private slots:
    void stepStatusNames()
    {
        for (StepStatus status : {StepStatus::Pending, StepStatus::Running, StepStatus::Waiting,
                                  StepStatus::Done, StepStatus::Failed}) {
            StepStatus back = StepStatus::Pending;
            QVERIFY(StepStatuses::fromName(StepStatuses::name(status), &back));
            QCOMPARE(back, status);
        }
        QCOMPARE(StepStatuses::name(StepStatus::Done), QStringLiteral("done"));
        QVERIFY(!StepStatuses::fromName(QStringLiteral("finished"), nullptr));
    }

    void stepIdsAndGraph()
    {
        QCOMPARE(Steps::all().size(), 9);
        QStringList names;
        for (StepId id : Steps::all())
            names << Steps::name(id);
        QCOMPARE(names, QStringList({"connect", "organization", "validation", "domains", "operator",
                                     "password", "api-only", "verify", "connector"}));
        StepId id = StepId::Connect;
        QVERIFY(Steps::fromName(QStringLiteral("api-only"), &id));
        QCOMPARE(id, StepId::ApiOnly);
        QVERIFY(!Steps::fromName(QStringLiteral("apionly"), &id));
        QVERIFY(Steps::needs(StepId::Connect).isEmpty());
        QCOMPARE(Steps::needs(StepId::ApiOnly), QList<StepId>{StepId::Password});
        QCOMPARE(Steps::needs(StepId::Verify),
                 (QList<StepId>{StepId::Validation, StepId::Domains, StepId::ApiOnly}));
        for (StepId step : Steps::all())
            QVERIFY(!Steps::displayName(step).isEmpty());

        State state;
        QVERIFY(state.needsDone(StepId::Connect));
        QVERIFY(!state.needsDone(StepId::Organization));
        state.step(StepId::Connect).status = StepStatus::Done;
        state.step(StepId::Organization).status = StepStatus::Done;
        // A pending validation does not hold up the operator.
        QVERIFY(state.needsDone(StepId::Operator));
        QVERIFY(state.needsDone(StepId::Domains));
        QVERIFY(!state.needsDone(StepId::Verify));
    }

    void setStatusKeepsTimes()
    {
        StepState step;
        step.setStatus(StepStatus::Running, QString(), at("2025-01-01T00:00:00Z"));
        step.setStatus(StepStatus::Waiting, QStringLiteral("waiting"), at("2025-01-01T00:01:00Z"));
        step.setStatus(StepStatus::Done, QStringLiteral("ok"), at("2025-01-01T00:02:00Z"));
        QCOMPARE(step.started, at("2025-01-01T00:00:00Z"));
        QCOMPARE(step.updated, at("2025-01-01T00:02:00Z"));
        QCOMPARE(step.finished, at("2025-01-01T00:02:00Z"));
        QCOMPARE(step.message, QStringLiteral("ok"));
    }

    void roundTrip()
    {
        QTemporaryDir dir;
        const QString stateDir = dir.filePath(QStringLiteral("state"));
        const State original = sampleState();
        {
            StateStore store(stateDir);
            QString error;
            QVERIFY2(store.open(&error), qPrintable(error));
            QVERIFY(store.state().step(StepId::Connect).status == StepStatus::Pending); // fresh
            store.state() = original;
            QVERIFY2(store.save(&error), qPrintable(error));
        }
        StateStore again(stateDir);
        QString error;
        QVERIFY2(again.open(&error), qPrintable(error));
        State loaded = again.state();
        QVERIFY(loaded.updated.isValid());
        loaded.updated = original.updated; // save() stamps it
        QVERIFY(loaded == original);
        QCOMPARE(loaded.step(StepId::Organization).ids.value("organization").toInt(), 1697);
        QCOMPARE(
            loaded.step(StepId::Domains).ids.value("domains").toObject().value("xn--bcher-kva.ch").toInt(),
            401);
        QCOMPARE(loaded.step(StepId::Validation).status, StepStatus::Failed);
        const auto expiry = loaded.passwordExpiry(PasswordHolder::Admin);
        QVERIFY(expiry.has_value());
        QCOMPARE(expiry->expires, QDate(2025, 8, 21));
        QCOMPARE(expiry->login, QStringLiteral("mrao-admin"));
        QVERIFY(!loaded.passwordExpiry(PasswordHolder::Operator).has_value());

        // Readers without the lock see the same.
        State read;
        QVERIFY2(StateStore::read(stateDir, &read, &error), qPrintable(error));
        read.updated = original.updated;
        QVERIFY(read == original);
    }

    void latestPasswordExpiryWins()
    {
        State state;
        state.recordPasswordExpiry(
            StepId::Password, PasswordHolder::Operator,
            {QStringLiteral("op"), QDate(2025, 3, 1), QStringLiteral("ALIVE"), at("2025-01-01T00:00:00Z")});
        state.recordPasswordExpiry(
            StepId::Verify, PasswordHolder::Operator,
            {QStringLiteral("op"), QDate(2025, 6, 1), QStringLiteral("ALIVE"), at("2025-03-01T00:00:00Z")});
        QCOMPARE(state.passwordExpiry(PasswordHolder::Operator)->expires, QDate(2025, 6, 1));
        QVERIFY(state.step(StepId::Verify).details.contains(QStringLiteral("operatorPassword")));
    }

    void readRejectsMissingAndDamagedState()
    {
        QTemporaryDir dir;
        State state;
        QString error;
        QVERIFY(!StateStore::hasState(dir.path()));
        QVERIFY(!StateStore::read(dir.path(), &state, &error));
        QVERIFY2(error.contains(dir.path()), qPrintable(error));
        QFile file(dir.filePath(QStringLiteral("state.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": \"mpki-setup-state\", \"version\": 1, \"steps\": {");
        file.close();
        QVERIFY(!StateStore::read(dir.path(), &state, &error));
        QVERIFY2(error.contains(QLatin1String("damaged")), qPrintable(error));
        StateStore store(dir.path());
        QVERIFY(!store.open(&error)); // a damaged state is not silently replaced
        QVERIFY(!store.isOpen());
    }

    void directoryIsPrivate()
    {
        QTemporaryDir dir;
        const mode_t previous = ::umask(022);
        const QString stateDir = dir.filePath(QStringLiteral("deeper/state"));
        StateStore store(stateDir);
        QString error;
        const bool opened = store.open(&error);
        ::umask(previous);
        QVERIFY2(opened, qPrintable(error));
        QVERIFY(store.save(&error));
        struct stat info
        {};
        QCOMPARE(::stat(QFile::encodeName(stateDir).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, mode_t(0700));
        QCOMPARE(::stat(QFile::encodeName(store.statePath()).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0077, mode_t(0));
    }

    void failedWriteLeavesTheOldState()
    {
        QTemporaryDir dir;
        StateStore store(dir.path());
        QString error;
        QVERIFY(store.open(&error));
        store.state() = sampleState();
        QVERIFY(store.save(&error));
        const QByteArray before = readAll(store.statePath());
        QVERIFY(!before.isEmpty());

        // Make the write itself fail (the test may run as root, so permissions would not): a file
        // size limit below what the new state needs. SIGXFSZ is ignored so write() returns EFBIG.
        store.state()
            .step(StepId::Connector)
            .details.insert(QStringLiteral("big"), QString(200000, QLatin1Char('x')));
        struct rlimit saved
        {};
        QCOMPARE(::getrlimit(RLIMIT_FSIZE, &saved), 0);
        const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        struct rlimit small = saved;
        small.rlim_cur = 4096;
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &small), 0);
        const bool saved2 = store.save(&error);
        ::setrlimit(RLIMIT_FSIZE, &saved);
        std::signal(SIGXFSZ, previousHandler);

        QVERIFY(!saved2);
        QVERIFY2(error.contains(store.statePath()), qPrintable(error));
        QCOMPARE(readAll(store.statePath()), before);
        // No temporary file left behind.
        const QStringList files = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
        QCOMPARE(files, QStringList({"lock", "state.json"}));
        // And it works again once there is room.
        QVERIFY2(store.save(&error), qPrintable(error));
        QVERIFY(readAll(store.statePath()).size() > 200000);
    }

    // A state smaller than Qt's write buffer on a disk with less room than it needs: the failure shows
    // only when the buffer is flushed, and must still keep the old state whole (it used to rename a
    // state cut at the limit into place and report success).
    void fullDiskOnASmallStateKeepsTheOldOne()
    {
        QTemporaryDir dir;
        StateStore store(dir.path());
        QString error;
        QVERIFY(store.open(&error));
        store.state() = sampleState();
        QVERIFY(store.save(&error));
        const QByteArray before = readAll(store.statePath());
        store.state()
            .step(StepId::Connector)
            .details.insert(QStringLiteral("more"), QString(4000, QLatin1Char('y')));
        bool saved = true;
        {
            FileSizeLimit full(before.size() + 100);
            QVERIFY(full.isActive());
            saved = store.save(&error);
        }
        QVERIFY(!saved);
        QVERIFY2(error.contains(store.statePath()), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("no space left")), qPrintable(error));
        QCOMPARE(readAll(store.statePath()), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList({"lock", "state.json"}));
    }

    // A lock file whose content is not a pid (garbage, or cut short by a full disk) can never be
    // released by anybody: it is stale, not "another mpki-setup".
    void garbageLockIsStale()
    {
        QTemporaryDir dir;
        QFile lock(dir.filePath(QStringLiteral("lock")));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write("not a pid at all\n\x01\x02");
        lock.close();
        StateStore store(dir.path());
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QVERIFY(store.isOpen());
    }

    // A full disk when the lock is taken says so, instead of blaming permissions.
    void lockOnAFullDiskSaysNoSpace()
    {
        QTemporaryDir dir;
        StateStore store(dir.path());
        QString error;
        bool opened = true;
        {
            FileSizeLimit full(4);
            QVERIFY(full.isActive());
            opened = store.open(&error);
        }
        QVERIFY(!opened);
        QVERIFY2(error.contains(QLatin1String("no space left")), qPrintable(error));
        QVERIFY2(!error.contains(QLatin1String("permissions")), qPrintable(error));
    }

    void secondStoreInSameProcessIsRefused()
    {
        QTemporaryDir dir;
        StateStore first(dir.path());
        QString error;
        QVERIFY(first.open(&error));
        StateStore second(dir.path());
        QVERIFY(!second.open(&error));
        QVERIFY2(error.contains(dir.path()), qPrintable(error));
        first.close();
        QVERIFY2(second.open(&error), qPrintable(error));
    }

    void lockHeldByLiveProcess()
    {
        QTemporaryDir dir;
        QProcess *child = startLockHolder(dir.path());
        QVERIFY(child);
        StateStore store(dir.path());
        QString error;
        QVERIFY(!store.open(&error));
        QVERIFY2(error.contains(QStringLiteral("Another mpki-setup is using %1").arg(dir.path())),
                 qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("pid %1").arg(child->processId())), qPrintable(error));
        child->terminate();
        child->waitForFinished(10000);
    }

    void lockLeftBySigkilledProcess()
    {
        QTemporaryDir dir;
        QProcess *child = startLockHolder(dir.path());
        QVERIFY(child);
        const qint64 pid = child->processId();
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("lock"))));
        QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
        QVERIFY(child->waitForFinished(10000));                       // reaped: the pid is gone
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("lock")))); // the kill left the lock behind
        StateStore store(dir.path());
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QVERIFY(store.isOpen());
    }

    void statusReadsWhileLocked()
    {
        QTemporaryDir dir;
        StateStore store(dir.path());
        QString error;
        QVERIFY(store.open(&error));
        store.state() = sampleState();
        QVERIFY(store.save(&error));
        State state;
        QVERIFY2(StateStore::read(dir.path(), &state, &error), qPrintable(error));
        QCOMPARE(state.step(StepId::Organization).ids.value("organization").toInt(), 1697);
    }

    void noSecretInStateOrJournal()
    {
        QTemporaryDir dir;
        MemorySecretStore secrets;
        const QString host = QStringLiteral("cert-manager.com");
        const QString temporary = PasswordGenerator::generate(QStringLiteral("seppmail-mpki"));
        const QString current = PasswordGenerator::generate(QStringLiteral("seppmail-mpki"));
        secrets.insert(SecretStore::key(host, QStringLiteral("example"), QStringLiteral("seppmail-mpki"),
                                        SecretStore::operatorTemporarySlot()),
                       temporary);
        secrets.insert(SecretStore::key(host, QStringLiteral("example"), QStringLiteral("seppmail-mpki"),
                                        SecretStore::operatorCurrentSlot()),
                       current);
        secrets.insert(SecretStore::key(host, QStringLiteral("example"), QStringLiteral("mrao-admin"),
                                        SecretStore::adminPasswordSlot()),
                       QStringLiteral("Admin-Secret-7"));

        StateStore store(dir.path());
        QString error;
        QVERIFY(store.open(&error));
        store.state() = sampleState();
        StepState &op = store.state().step(StepId::Operator);
        op.ids.insert(QStringLiteral("operator"), 1564);
        op.details.insert(QStringLiteral("passwordSlots"),
                          QJsonArray::fromStringList(secrets.keys())); // where, never what
        QVERIFY(store.save(&error));
        Journal journal(store.journalPath());
        JournalEntry entry;
        entry.time = QDateTime::currentDateTimeUtc();
        entry.requestId = "r-1";
        entry.step = QStringLiteral("password");
        entry.method = "POST";
        entry.path = QStringLiteral("admin/v1/changepassword");
        entry.outcome = QStringLiteral("ok");
        entry.httpStatus = 204;
        QVERIFY(journal.append(entry));

        QDirIterator it(dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int scanned = 0;
        while (it.hasNext()) {
            const QByteArray content = readAll(it.next());
            ++scanned;
            for (const QString &secret : secrets.values())
                QVERIFY2(!content.contains(secret.toUtf8()), qPrintable(it.filePath()));
        }
        QVERIFY(scanned >= 2);
    }
};

int main(int argc, char *argv[])
{
    if (argc == 3 && std::strcmp(argv[1], "--hold-lock") == 0) {
        QCoreApplication app(argc, argv);
        return holdLock(argv[2]);
    }
    QCoreApplication app(argc, argv);
    TestEngineState test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_engine_state.moc"
