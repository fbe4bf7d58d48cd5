#include "Commands.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

// The wizard's command line; the top-level --help also lists the other commands.
int wizardCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Commands",
        "Connects a SEPPmail Secure E-Mail Gateway to a Sectigo Certificate Manager account.\n\n"
        "Commands:\n"
        "  run       run the onboarding procedure headless (mpki-setup run --help)\n"
        "  status    show the progress of an onboarding (mpki-setup status --help)\n"
        "  simulate  start the SCM and gateway simulators (mpki-setup simulate --help)\n"
        "  export    write the connector file (mpki-setup export --help)\n"
        "  import    read a connector file (mpki-setup import --help)\n\n"
        "Without a command, the wizard opens."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("demo"), QCoreApplication::translate("Commands", "Run against the built-in simulator.")});
    parser.addOption({QStringLiteral("lang"), QCoreApplication::translate("Commands", "Language of the interface (de, en, fr, it)."),
                      QCoreApplication::translate("Commands", "language")});
    parser.addOption({QStringLiteral("screenshots"),
                      QCoreApplication::translate("Commands", "Walk the demo through every page and save a PNG of each into DIR."),
                      QCoreApplication::translate("Commands", "DIR")});
    parser.process(QStringList{QCoreApplication::applicationFilePath()} + arguments);
    std::fputs(qPrintable(QCoreApplication::translate("Commands", "mpki-setup: the wizard is not part of this build yet.\n")), stderr);
    return ExitCode::Other;
}
