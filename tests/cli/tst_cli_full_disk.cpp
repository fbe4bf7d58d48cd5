// `mpki-setup run` on a full disk (a file size limit the child inherits, as FileSizeLimit.h makes
// it): the run must end with exit 1 and a message naming the file and "no space left", never say it
// succeeded, and leave a state that `status` can still read.
#include "CliTestKit.h"
#include "FileSizeLimit.h"

#include <QtTest>

using namespace CliTestKit;

class CliFullDiskTest : public QObject
{
    Q_OBJECT

private slots:
    void runOnAFullDiskFailsAndKeepsTheState()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QString state = home.filePath(QStringLiteral("st"));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), home.path());
        environment.insert(QStringLiteral("XDG_STATE_HOME"), home.filePath(QStringLiteral("xdg")));
        RunResult run;
        {
            // Big enough for the first saves of the state, too small for a finished one. The write
            // that fails is smaller than Qt's write buffer: it shows only when the buffer is flushed.
            FileSizeLimit full(3000);
            QVERIFY(full.isActive());
            run = runBinary({QStringLiteral("run"), QStringLiteral("--demo"), QStringLiteral("--plan"),
                             QStringLiteral(MPKI_SOURCE_DIR "/resources/examples/demo-plan.json"),
                             QStringLiteral("--state"), state, QStringLiteral("--json")},
                            environment);
        }
        QVERIFY2(run.exitCode == 1, run.output.constData());
        QVERIFY2(run.output.contains("no space left"), run.output.constData());
        QVERIFY2(run.output.contains("state.json") || run.output.contains("journal.jsonl"),
                 run.output.constData());
        QVERIFY2(!run.output.contains("All 9 steps are done"), run.output.constData());
        // The state on disk is a whole one (the last that fitted): status reads it.
        QFile stateFile(state + QStringLiteral("/state.json"));
        QVERIFY(stateFile.open(QIODevice::ReadOnly));
        QJsonParseError parseError;
        QJsonDocument::fromJson(stateFile.readAll(), &parseError);
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        const RunResult status =
            runBinary({QStringLiteral("status"), QStringLiteral("--state"), state}, environment);
        QVERIFY2(status.exitCode == 0, status.output.constData());
        // No temporary file left behind; the lock is released.
        const QStringList left = QDir(state).entryList(QDir::Files | QDir::Hidden);
        for (const QString &name : left)
            QVERIFY2(name == QLatin1String("state.json") || name == QLatin1String("journal.jsonl"),
                     qPrintable(left.join(QLatin1Char(' '))));
    }

    void lockOnAFullDiskSaysSo()
    {
        QTemporaryDir home;
        const QString state = home.filePath(QStringLiteral("st"));
        QVERIFY(QDir().mkpath(state));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), home.path());
        RunResult run;
        {
            FileSizeLimit full(4); // not even a lock file's pid fits
            QVERIFY(full.isActive());
            run = runBinary({QStringLiteral("run"), QStringLiteral("--demo"), QStringLiteral("--plan"),
                             QStringLiteral(MPKI_SOURCE_DIR "/resources/examples/demo-plan.json"),
                             QStringLiteral("--state"), state},
                            environment);
        }
        QVERIFY2(run.exitCode == 1, run.output.constData());
        QVERIFY2(run.output.contains("no space left"), run.output.constData());
        QVERIFY2(!run.output.contains("permissions"), run.output.constData());
    }
};

QTEST_GUILESS_MAIN(CliFullDiskTest)
#include "tst_cli_full_disk.moc"
