// mpki-setup: chooses the application object and the command; everything else is in the libraries
// and in the command files beside this one.
#include "CommandLine.h"
#include "Commands.h"
#include "Translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>

#include <csignal>
#include <cstdio>
#include <memory>

namespace {
struct Command
{
    const char *name;
    int (*run)(const QStringList &);
    bool (*needsGui)(const QStringList &);
};

const Command commands[] = {
    {"run", runCommand, runNeedsGui},          {"status", statusCommand, nullptr},
    {"simulate", simulateCommand, nullptr},    {"export", exportCommand, exportNeedsGui},
    {"import", importCommand, nullptr},        {"preview", previewCommand, nullptr},
    {"probe", probeCommand, nullptr},          {"health", healthCommand, nullptr},
    {"report", reportCommand, reportNeedsGui}, {"rotate", rotateCommand, exportNeedsGui},
};

const Command *findCommand(const QString &name)
{
    for (const Command &command : commands) {
        if (name == QLatin1String(command.name))
            return &command;
    }
    return nullptr;
}
} // namespace

bool hasDisplay()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
           !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
#else
    return true;
#endif
}

int main(int argc, char *argv[])
{
    // A file size limit reached is a failed write (EFBIG) the writers report with the file's name,
    // not a process killed mid-write.
    std::signal(SIGXFSZ, SIG_IGN);
    QStringList raw;
    for (int i = 0; i < argc; ++i)
        raw << QString::fromLocal8Bit(argv[i]);
    const Command *command = raw.size() > 1 ? findCommand(raw.at(1)) : nullptr;
    const QStringList commandArguments = command ? raw.mid(2) : raw.mid(1);
    const bool helpOrVersion =
        ArgumentPreScan(commandArguments, ArgumentPreScan::helpAndVersion()).isAnySet();

    QCoreApplication::setApplicationName(QStringLiteral("mpki-setup"));
    QCoreApplication::setOrganizationName(QStringLiteral("mpki-setup"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MPKI_VERSION));

    // Commands and --help/--version never need a display; only the wizard and the PDF sheet do.
    std::unique_ptr<QCoreApplication> app;
    if (command) {
        if (command->needsGui && command->needsGui(commandArguments) && !helpOrVersion) {
            if (!hasDisplay())
                qputenv("QT_QPA_PLATFORM", "offscreen");
            app = std::make_unique<QGuiApplication>(argc, argv);
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
    } else if (helpOrVersion) {
        app = std::make_unique<QCoreApplication>(argc, argv);
    } else {
        prepareWizardProcess(commandArguments); // before QApplication: the startup clock, --screenshots
        // Without a display the wizard still reads its command line (a bad option is bad input) and
        // then says that it needs one.
        if (hasDisplay())
            app = std::make_unique<QApplication>(argc, argv);
        else
            app = std::make_unique<QCoreApplication>(argc, argv);
    }
    // Before any QCommandLineParser builds a help text.
    installTranslations(*app, requestedLanguage(commandArguments));

    return command ? command->run(commandArguments) : wizardCommand(commandArguments);
}
