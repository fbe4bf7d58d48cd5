#include "CommandLine.h"
#include "Commands.h"

#include "DemoWalkthrough.h"
#include "MpkiWizard.h"
#include "Plan.h"
#include "ScriptedPerson.h"
#include "WizardController.h"

#include <QApplication>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QMessageBox>
#include <QPointer>
#include <QScreen>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <optional>

namespace {
// Started at the top of main() (prepareWizardProcess): the benchmark's "time to first paint".
QElapsedTimer &processClock()
{
    static QElapsedTimer clock;
    return clock;
}

// Writes the milliseconds from process start to the first paint of the first page into
// MPKI_STARTUP_MARK_FILE, once; with MPKI_EXIT_AFTER_FIRST_PAINT=1 the application quits then.
class FirstPaintMark : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_marked) {
            m_marked = true;
            watched->removeEventFilter(this);
            // After this paint event is handled: the page is on the screen.
            QTimer::singleShot(0, this, [] {
                // Fractions of a millisecond: whole ones are too coarse for a ratio of ~10 ms figures.
                const double elapsedMs =
                    processClock().isValid() ? double(processClock().nsecsElapsed()) / 1e6 : -1;
                QFile file(qEnvironmentVariable("MPKI_STARTUP_MARK_FILE"));
                if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
                    file.write(QByteArray::number(elapsedMs, 'f', 3) + '\n');
                if (qEnvironmentVariable("MPKI_EXIT_AFTER_FIRST_PAINT") == QLatin1String("1"))
                    QCoreApplication::exit(0);
            });
        }
        return false;
    }

private:
    bool m_marked = false;
};

// Gives the free functions of this file a translation context that lupdate sees.
struct CommandsText
{
    Q_DECLARE_TR_FUNCTIONS(Commands)
};

// One wizard window and what it runs on; the welcome page's "Try it with the built-in simulator"
// replaces it with a demo session.
struct WizardSession
{
    std::unique_ptr<QTemporaryDir> demoState;
    std::unique_ptr<WizardController> controller;
    std::unique_ptr<MpkiWizard> wizard;
};

std::unique_ptr<WizardSession> openSession(bool demo, bool screenshots, QString *error)
{
    auto session = std::make_unique<WizardSession>();
    WizardController::Options options;
    options.demo = demo;
    // The demo's simulators run in a child process of this program (`simulate`): the wizard's process
    // then is what it is in a real onboarding.
    options.demoSimulatorProgram = QCoreApplication::applicationFilePath();
    if (demo) {
        // The demo's simulators live as long as the process: so does its state.
        session->demoState = std::make_unique<QTemporaryDir>();
        options.stateDirectory = session->demoState->path();
    }
    if (screenshots) {
        options.demoValidationDelaySeconds = 2;
        options.demoDcvDelaySeconds = 1;
    }
    session->controller = std::make_unique<WizardController>(options);
    if (!session->controller->open(error))
        return nullptr;
    session->wizard = std::make_unique<MpkiWizard>(session->controller.get());
    return session;
}

QSize defaultWindowSize()
{
    QSize size(900, 720);
    if (const QScreen *screen = QGuiApplication::primaryScreen()) {
        const QSize available = screen->availableSize();
        size = size.boundedTo(available * 9 / 10);
    }
    return size;
}
} // namespace

void prepareWizardProcess(const QStringList &arguments)
{
    processClock().start();
    // The wizard matches a handful of regular expressions a few times each (plan checks, paths in
    // messages): PCRE2's JIT would compile every one of them into executable memory and page in its
    // compiler, ≈ 0.2 MB of the wizard's peak for no time anyone could notice. Off unless the
    // person's environment says otherwise; the demo's simulator process inherits it.
    if (!qEnvironmentVariableIsSet("QT_ENABLE_REGEXP_JIT"))
        qputenv("QT_ENABLE_REGEXP_JIT", "0");
    // The options that need no display: without one (and without a platform chosen), the wizard
    // renders offscreen. One line each.
    const QList<EarlyOption> offscreenOptions = {
        {QStringLiteral("screenshots"), true},
        {QStringLiteral("walk"), false},
    };
    if (ArgumentPreScan(arguments, offscreenOptions).isAnySet() && !hasDisplay())
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

// The wizard's command line; the top-level --help also lists the other commands.
int wizardCommand(const QStringList &arguments)
{
    CommandLine commandLine(
        QString(),
        QCoreApplication::translate(
            "Commands",
            "Connects a SEPPmail Secure E-Mail Gateway to a Sectigo Certificate Manager account.\n\n"
            "Commands:\n"
            "  run       run the onboarding procedure headless (mpki-setup run --help)\n"
            "  status    show the progress of an onboarding (mpki-setup status --help)\n"
            "  simulate  start the SCM and gateway simulators (mpki-setup simulate --help)\n"
            "  export    write the connector file (mpki-setup export --help)\n"
            "  import    read a connector file (mpki-setup import --help)\n\n"
            "Without a command, the wizard opens."),
        QCoreApplication::translate("Commands", "Language of the interface (de, en, fr, it)."));
    QCommandLineParser &parser = commandLine.parser();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate("Commands", "Run against the built-in simulator."));
    const QCommandLineOption screenshotsOption(
        QStringLiteral("screenshots"),
        QCoreApplication::translate("Commands",
                                    "Walk the demo through every page and save a PNG of each into DIR."),
        QCoreApplication::translate("Commands", "DIR"));
    const QCommandLineOption walkOption(
        QStringLiteral("walk"),
        QCoreApplication::translate(
            "Commands", "Walk through every page to the end without a person, then quit: the demo "
                        "as it is, or with --answers a scripted person who types the answers."));
    const QCommandLineOption answersOption(
        QStringLiteral("answers"),
        QCoreApplication::translate("Commands",
                                    "Open the wizard prefilled from this plan file; with --walk, a scripted "
                                    "person types its values into each page (the admin's password from "
                                    "MPKI_SCM_PASSWORD)."),
        QCoreApplication::translate("Commands", "FILE"));
    parser.addOption(demoOption);
    parser.addOption(screenshotsOption);
    parser.addOption(walkOption);
    parser.addOption(answersOption);
    if (const std::optional<int> finished = commandLine.parse(arguments))
        return *finished;

    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    if (!app) {
        std::fputs(
            qPrintable(CommandsText::tr("mpki-setup: the wizard needs a graphical session (a display); "
                                        "without one, mpki-setup run does the same from a plan.\n")),
            stderr);
        return ExitCode::Other;
    }
    const QString screenshotDirectory = parser.value(screenshotsOption);
    // --screenshots and --walk both walk the demo unattended; only --screenshots saves pictures.
    const bool unattended = parser.isSet(screenshotsOption) || parser.isSet(walkOption);
    const bool scripted = parser.isSet(answersOption);
    if (scripted && parser.isSet(demoOption)) {
        std::fputs(
            qPrintable(CommandsText::tr("mpki-setup: --answers and --demo exclude each other: the demo "
                                        "has its own answers.\n")),
            stderr);
        return ExitCode::BadInput;
    }
    if (parser.isSet(screenshotsOption) && !parser.isSet(demoOption) && !scripted) {
        std::fputs(
            qPrintable(CommandsText::tr(
                "mpki-setup: --screenshots walks the wizard: use it with --demo or --answers FILE.\n")),
            stderr);
        return ExitCode::BadInput;
    }
    if (parser.isSet(walkOption) && !parser.isSet(demoOption) && !scripted) {
        std::fputs(qPrintable(CommandsText::tr(
                       "mpki-setup: --walk walks the wizard: use it with --demo or --answers FILE.\n")),
                   stderr);
        return ExitCode::BadInput;
    }
    Plan answers;
    if (scripted) {
        QString planError;
        QStringList warnings;
        if (!Plan::load(parser.value(answersOption), &answers, &planError, &warnings)) {
            printText(stderr, CommandsText::tr("mpki-setup: %1\n").arg(planError));
            return ExitCode::BadInput;
        }
        for (const QString &warning : std::as_const(warnings))
            printText(stderr, CommandsText::tr("mpki-setup: warning: %1\n").arg(warning));
    }

    QString error;
    std::unique_ptr<WizardSession> session =
        openSession(parser.isSet(demoOption), unattended && !scripted, &error);
    if (!session) {
        std::fputs(qPrintable(CommandsText::tr("mpki-setup: %1\n").arg(error)), stderr);
        if (!unattended)
            QMessageBox::critical(nullptr, CommandsText::tr("MPKI setup"), error);
        return ExitCode::Other;
    }
    // Prepared by a service provider, reviewed by the administrator. A scripted person types the
    // answers page by page instead: the wizard starts as a person finds it.
    if (scripted && !unattended)
        session->controller->setPlan(answers);

    std::unique_ptr<FirstPaintMark> mark;
    const auto show = [&mark, unattended](WizardSession &s) {
        // Screenshots have the same logical size whatever the (offscreen) screen is.
        s.wizard->resize(unattended ? QSize(900, 720) : defaultWindowSize());
        if (!qEnvironmentVariableIsEmpty("MPKI_STARTUP_MARK_FILE") && !mark) {
            mark = std::make_unique<FirstPaintMark>();
            s.wizard->installEventFilter(mark.get());
        }
        s.wizard->show();
    };

    if (unattended && scripted) {
        ScriptedPerson::Options options;
        options.answers = answers;
        options.screenshotDirectory = screenshotDirectory;
        auto *person = new ScriptedPerson(session->wizard.get(), options, session->wizard.get());
        int exitCode = ExitCode::Other;
        QObject::connect(
            person, &ScriptedPerson::finished, app, [&exitCode, person](bool ok, const QString &message) {
                std::fputs(qPrintable(message + QLatin1Char('\n')), ok ? stdout : stderr);
                // The last line: the presses a person would have made.
                std::fputs(qPrintable(QStringLiteral("clicks: %1\n").arg(person->clicks())), stdout);
                std::fflush(stdout);
                exitCode = ok ? ExitCode::Complete : ExitCode::Other;
                QCoreApplication::exit(exitCode);
            });
        show(*session);
        person->start();
        app->exec();
        session->wizard->hide();
        return exitCode;
    }

    if (unattended) {
        DemoWalkthrough::Options options;
        options.directory = screenshotDirectory; // empty with --walk: nothing is saved
        auto *walk = new DemoWalkthrough(session->wizard.get(), options, session->wizard.get());
        int exitCode = ExitCode::Other;
        QObject::connect(
            session->wizard.get(), &MpkiWizard::demoUnavailable, app, [&exitCode](const QString &message) {
                std::fputs(qPrintable(CommandsText::tr("mpki-setup: %1\n").arg(message)), stderr);
                exitCode = ExitCode::Other;
                QCoreApplication::exit(exitCode);
            });
        QObject::connect(walk, &DemoWalkthrough::finished, app, [&exitCode](bool ok, const QString &message) {
            std::fputs(qPrintable(message + QLatin1Char('\n')), ok ? stdout : stderr);
            exitCode = ok ? ExitCode::Complete : ExitCode::Other;
            QCoreApplication::exit(exitCode);
        });
        show(*session);
        walk->start();
        app->exec();
        session->wizard->hide();
        return exitCode;
    }

    // "Try it with the built-in simulator" replaces the window with a demo session once its simulators
    // listen; until then (they start in the background) this window stays, and keeps a failure.
    std::unique_ptr<WizardSession> replaced;
    std::unique_ptr<WizardSession> pending;
    const auto wire = [&](WizardSession &s) {
        QObject::connect(s.wizard.get(), &MpkiWizard::demoRequested, app, [&] {
            if (pending)
                return; // asked for already
            QString demoError;
            pending = openSession(true, false, &demoError);
            if (pending && !pending->controller->startDemo(&demoError))
                pending.reset();
            if (!pending) {
                QMessageBox::warning(session->wizard.get(), CommandsText::tr("MPKI setup"), demoError);
                return;
            }
            WizardController *controller = pending->controller.get();
            QObject::connect(controller, &WizardController::demoLost, app, [&](const QString &message) {
                if (!pending)
                    return;
                QMessageBox::warning(session->wizard.get(), CommandsText::tr("MPKI setup"), message);
                // Not inside the signal of the controller that goes.
                QTimer::singleShot(0, app, [&pending] { pending.reset(); });
            });
            QObject::connect(controller, &WizardController::demoReady, app, [&] {
                if (!pending)
                    return;
                QObject::disconnect(pending->controller.get(), nullptr, app, nullptr);
                pending->wizard->resize(session->wizard->size());
                pending->wizard->show();
                session->wizard->hide();
                QObject::disconnect(session->wizard.get(), nullptr, app, nullptr);
                replaced = std::move(session);
                session = std::move(pending);
                QObject::connect(session->wizard.get(), &QWizard::finished, app, &QApplication::quit);
                // The old window goes once the event that asked for it is done.
                QTimer::singleShot(0, app, [&replaced] { replaced.reset(); });
            });
        });
        QObject::connect(s.wizard.get(), &QWizard::finished, app, &QApplication::quit);
        QObject::connect(s.wizard.get(), &MpkiWizard::demoUnavailable, app, [&](const QString &message) {
            std::fputs(qPrintable(CommandsText::tr("mpki-setup: %1\n").arg(message)), stderr);
            QMessageBox::critical(session->wizard.get(), CommandsText::tr("MPKI setup"), message);
            QCoreApplication::exit(ExitCode::Other);
        });
    };
    wire(*session);
    app->setQuitOnLastWindowClosed(false);
    show(*session);
    const int result = app->exec();
    return result == 0 ? ExitCode::Complete : ExitCode::Other;
}
