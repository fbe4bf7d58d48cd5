// The command line of the wizard and the commands: the usage line names what people type, a bad
// option or argument is bad input (exit 2) that says what is wrong, and the wizard without a display
// says that it needs one instead of aborting; and the look at the raw arguments that main() takes
// before the parser runs.
#include "CommandLine.h"

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
            << QStringLiteral("--screenshots walks the wizard: use it with --demo or --answers FILE.");
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

    void preScanReadsAsTheParserDoes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("walk");
        QTest::addColumn<QString>("lang");    // "-" when not set
        QTest::addColumn<QString>("answers"); // "-" when not set
        const QString unset = QStringLiteral("-");
        QTest::newRow("nothing") << QStringList{} << false << unset << unset;
        QTest::newRow("separate values")
            << QStringList{"--lang", "de", "--answers", "plan.json", "--walk"} << true << "de"
            << "plan.json";
        QTest::newRow("joined values") << QStringList{"--lang=fr", "--answers=a=b.json"} << false << "fr"
                                       << "a=b.json";
        QTest::newRow("last one counts")
            << QStringList{"--lang", "de", "--lang=it"} << false << "it" << unset;
        // A value is taken whatever it looks like: "--walk" here is the file's name.
        QTest::newRow("value that looks like an option")
            << QStringList{"--answers", "--walk"} << false << unset << "--walk";
        QTest::newRow("nothing after --")
            << QStringList{"--demo", "--", "--walk", "--lang", "de"} << false << unset << unset;
        QTest::newRow("a flag takes no joined value") << QStringList{"--walk=yes"} << false << unset << unset;
        QTest::newRow("value missing at the end") << QStringList{"--lang"} << false << "" << unset;
        QTest::newRow("other options are skipped")
            << QStringList{"--demo", "--screenshots", "dir", "--walk"} << true << unset << unset;
        QTest::newRow("only whole names")
            << QStringList{"--walker", "--language", "de"} << false << unset << unset;
    }

    void preScanReadsAsTheParserDoes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, walk);
        QFETCH(QString, lang);
        QFETCH(QString, answers);
        const ArgumentPreScan scan(arguments, {{QStringLiteral("walk"), false},
                                               {QStringLiteral("lang"), true},
                                               {QStringLiteral("answers"), true}});
        QCOMPARE(scan.isSet(QStringLiteral("walk")), walk);
        QCOMPARE(scan.isSet(QStringLiteral("lang")) ? scan.value(QStringLiteral("lang"))
                                                    : QStringLiteral("-"),
                 lang);
        QCOMPARE(scan.isSet(QStringLiteral("answers")) ? scan.value(QStringLiteral("answers"))
                                                       : QStringLiteral("-"),
                 answers);
        QCOMPARE(scan.isAnySet(), walk || lang != QLatin1String("-") || answers != QLatin1String("-"));
    }

    void preScanFindsHelpAndVersion_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("found");
        QTest::newRow("-h") << QStringList{"--demo", "-h"} << true;
        QTest::newRow("--help") << QStringList{"--help"} << true;
        QTest::newRow("--help-all") << QStringList{"--help-all"} << true;
        QTest::newRow("-v") << QStringList{"-v"} << true;
        QTest::newRow("--version") << QStringList{"--version"} << true;
        QTest::newRow("after --") << QStringList{"--", "--help"} << false;
        QTest::newRow("a value of --lang") << QStringList{"--plan", "x", "--lang=--help"} << false;
        QTest::newRow("none") << QStringList{"--demo"} << false;
    }

    void preScanFindsHelpAndVersion()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, found);
        QList<EarlyOption> options = ArgumentPreScan::helpAndVersion();
        options << EarlyOption{QStringLiteral("lang"), true};
        const ArgumentPreScan scan(arguments, options);
        const bool helpOrVersion = scan.isSet(QStringLiteral("h")) || scan.isSet(QStringLiteral("help")) ||
                                   scan.isSet(QStringLiteral("help-all")) ||
                                   scan.isSet(QStringLiteral("v")) || scan.isSet(QStringLiteral("version"));
        QCOMPARE(helpOrVersion, found);
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
