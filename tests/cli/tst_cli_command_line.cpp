// The command line of the wizard and the commands: the usage line names what people type, a bad
// option or argument is bad input (exit 2) that says what is wrong, and the wizard without a display
// says that it needs one instead of aborting.
#include <QProcess>
#include <QtTest>

namespace {
struct Outcome
{
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QString output;
};

// Runs mpki-setup in the C locale; `display` false: as over SSH, with no display and no Qt platform.
Outcome run(const QStringList &arguments, bool display)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("LANGUAGE"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), QStringLiteral("/nonexistent-mpki-cli-test"));
    if (!display) {
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
        environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    }
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(MPKI_BINARY), arguments);
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitCode(), process.exitStatus(), QString::fromUtf8(process.readAll())};
}
} // namespace

class CliCommandLineTest : public QObject
{
    Q_OBJECT

private slots:
    void usageLineNamesTheCommand_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("usage");
        QTest::newRow("wizard") << QStringList{QStringLiteral("--help")}
                                << QStringLiteral("Usage: mpki-setup [options]");
        for (const char *command : {"run", "status", "simulate", "export", "import"})
            QTest::newRow(command)
                << QStringList{QLatin1String(command), QStringLiteral("--help")}
                << QStringLiteral("Usage: mpki-setup %1 [options]").arg(QLatin1String(command));
    }

    void usageLineNamesTheCommand()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, usage);
        const Outcome help = run(arguments, false);
        QCOMPARE(help.exitCode, 0);
        QCOMPARE(help.output.section(QLatin1Char('\n'), 0, 0), usage);
    }

    void badInputSaysWhatIsWrong_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("wizard option") << QStringList{QStringLiteral("--bogus")}
                                       << QStringLiteral("mpki-setup: Unknown option 'bogus'.");
        QTest::newRow("wizard argument") << QStringList{QStringLiteral("extra")}
                                         << QStringLiteral("mpki-setup: unexpected argument \"extra\".");
        QTest::newRow("command option") << QStringList{QStringLiteral("status"), QStringLiteral("--bogus")}
                                        << QStringLiteral("mpki-setup status: Unknown option 'bogus'.");
        QTest::newRow("screenshots without demo")
            << QStringList{QStringLiteral("--screenshots"), QStringLiteral("/tmp/x")}
            << QStringLiteral("--screenshots walks the demo: use it with --demo.");
    }

    void badInputSaysWhatIsWrong()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Outcome outcome = run(arguments, false);
        QCOMPARE(outcome.status, QProcess::NormalExit);
        QCOMPARE(outcome.exitCode, 2);
        QVERIFY2(outcome.output.contains(message), qPrintable(outcome.output));
    }

    void wizardWithoutDisplaySaysSo()
    {
        const Outcome outcome = run({}, false);
        QCOMPARE(outcome.status, QProcess::NormalExit); // not aborted by QApplication
        QCOMPARE(outcome.exitCode, 1);
        QVERIFY2(outcome.output.contains(QLatin1String("needs a graphical session")),
                 qPrintable(outcome.output));
        QVERIFY2(outcome.output.contains(QLatin1String("mpki-setup run")), qPrintable(outcome.output));
    }
};

QTEST_GUILESS_MAIN(CliCommandLineTest)
#include "tst_cli_command_line.moc"
