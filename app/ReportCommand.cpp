// mpki-setup report --state DIR --out FILE.html|FILE.pdf [--lang L]: writes the onboarding report
// (OnboardingReport) for the change record from a state directory, read without its lock so that it
// works while a run waits. Reads no secret store: the report has nothing secret to show.
#include "CommandLine.h"
#include "Commands.h"

#include "OnboardingReport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

#include <cstdio>
#include <optional>

namespace {
// Gives the free functions of this file a translation context that lupdate sees.
struct ReportCommandText
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)
};
} // namespace

bool reportNeedsGui(const QStringList &arguments)
{
    // Before main() picks the application object: the shared pre-scan, not the parser.
    return ArgumentPreScan(arguments, {{QStringLiteral("out"), true}})
        .value(QStringLiteral("out"))
        .endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
}

int reportCommand(const QStringList &arguments)
{
    const QString description = ReportCommandText::tr(
        "Writes the onboarding report for the change record from a state directory: who ran the onboarding "
        "and when, against which SCM and customer URI, what was created or adopted there with its ids, what "
        "was done by hand, the expiry dates that matter and the gateway's values. It holds no secret.");
    CommandLine commandLine(QStringLiteral("report"), description,
                            ReportCommandText::tr("The language of the messages and of the report."));
    QCommandLineParser &parser = commandLine.parser();
    const QCommandLineOption stateOption(QStringLiteral("state"),
                                         ReportCommandText::tr("The state directory of a run."),
                                         ReportCommandText::tr("DIR"));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       ReportCommandText::tr("The report to write (.pdf or .html)."),
                                       ReportCommandText::tr("FILE"));
    parser.addOptions({stateOption, outOption});

    if (const std::optional<int> finished = commandLine.parse(arguments))
        return *finished;
    const QString directory = parser.value(stateOption);
    const QString out = parser.value(outOption);
    if (directory.isEmpty() || out.isEmpty()) {
        printText(stderr,
                  ReportCommandText::tr("mpki-setup report: give the state directory with --state DIR "
                                        "and the report to write with --out FILE.pdf or FILE.html.\n"));
        return ExitCode::BadInput;
    }
    if (!OnboardingReport::isSupportedPath(out)) {
        printText(stderr,
                  ReportCommandText::tr("mpki-setup report: the report %1 must end in .pdf or .html.\n")
                      .arg(QDir::toNativeSeparators(out)));
        return ExitCode::BadInput;
    }
    // No state, or one this build does not read, is bad input: the directory given is the wrong one.
    QString error;
    const std::optional<OnboardingReport> report = OnboardingReport::fromStateDirectory(directory, &error);
    if (!report) {
        printText(stderr, ReportCommandText::tr("mpki-setup report: %1\n").arg(error));
        return ExitCode::BadInput;
    }
    if (!report->write(out, &error)) {
        printText(stderr, ReportCommandText::tr("mpki-setup report: %1\n").arg(error));
        return ExitCode::Other;
    }
    printText(stdout,
              ReportCommandText::tr("Wrote the onboarding report %1.\n").arg(QDir::toNativeSeparators(out)));
    return ExitCode::Complete;
}
