// mpki-setup run --plan FILE [...]: the whole procedure headless, driving the engine's Runner and
// printing its progress (one line per step change, or one JSON object per line with --json).
//
// The state directory defaults to Onboarding::defaultStateDirectory(<plan file name without .json>);
// with --demo and no --state, a new directory under the system's temporary directory (the demo's
// simulated world is new every time).
#include "CommandLine.h"
#include "Commands.h"

#include "ConnectorConfig.h"
#include "DemoEnvironment.h"
#include "EngineExit.h"
#include "GatewayConnection.h"
#include "KeychainSecretStore.h"
#include "ManualPasswordChange.h"
#include "Onboarding.h"
#include "Plan.h"
#include "Runner.h"
#include "ScmTransport.h"
#include "SecretSources.h"
#include "State.h"
#include "StateStore.h"
#include "StepId.h"
#include "TerminationSignals.h"
#include "TrustedCertificates.h"
#include "VisibleText.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTime>

#include <cstdio>
#include <memory>
#include <unistd.h>

namespace {
// Gives the free functions of this file a translation context that lupdate sees.
struct RunCommandText
{
    Q_DECLARE_TR_FUNCTIONS(RunCommand)
};

void print(FILE *stream, const QString &text)
{
    // A control character from a server's answer or a plan must not cut the line off or redraw it.
    std::fputs(VisibleText::forTerminal(text).toLocal8Bit().constData(), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

void printJson(const QJsonObject &object)
{
    std::fputs(QJsonDocument(object).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

// A problem that does not stop the run (a plan key mpki-setup does not know): on stderr, and as a
// JSON line with --json so that a script reading stdout sees it too.
void warn(const QString &message, bool json)
{
    if (json)
        printJson(
            {{QStringLiteral("event"), QStringLiteral("warning")}, {QStringLiteral("message"), message}});
    print(stderr, RunCommandText::tr("mpki-setup run: warning: %1").arg(message));
}

// --only's steps: each name given, none empty ("--only ," or "--only a,,b" is a mistake, not "all").
bool parseStepList(const QString &value, QList<StepId> *steps, QStringList *names, QString *error)
{
    QStringList known;
    for (StepId id : Steps::all())
        known << Steps::name(id);
    const QStringList parts = value.split(QLatin1Char(','));
    for (const QString &part : parts) {
        const QString name = part.trimmed();
        StepId id;
        if (name.isEmpty()) {
            *error = RunCommandText::tr("--only \"%1\" has an empty step name; give step names separated by "
                                        "commas, e.g. --only organization,domains. The steps are: %2.")
                         .arg(VisibleText::escaped(value), known.join(QStringLiteral(", ")));
            return false;
        }
        if (!Steps::fromName(name, &id)) {
            *error =
                RunCommandText::tr("--only names the step \"%1\", which does not exist. The steps are: %2.")
                    .arg(VisibleText::escaped(name), known.join(QStringLiteral(", ")));
            return false;
        }
        if (!steps->contains(id)) {
            *steps << id;
            *names << name;
        }
    }
    return true;
}

int failWith(int code, const QString &message, bool json)
{
    if (json)
        printJson({{QStringLiteral("summary"), message}, {QStringLiteral("exitCode"), code}});
    print(stderr, QStringLiteral("mpki-setup run: %1").arg(message));
    return code;
}

// The manual password change on a terminal: printed once to the controlling terminal, never to
// stdout (which may be --json or a log) and never when there is no terminal. `enterChecks`: a key
// press on standard input makes the run look at once. Returns whether a terminal showed it.
bool showManualChange(const ManualPasswordChange &change, bool enterChecks)
{
    FILE *tty = std::fopen("/dev/tty", "w");
    if (!tty && isatty(fileno(stderr)))
        tty = stderr;
    if (!tty) {
        print(stderr,
              RunCommandText::tr(
                  "SCM wants the operator's temporary password changed at its web page, but there is no "
                  "terminal "
                  "to show the passwords on. Run the same command on a terminal (or use the wizard) to see "
                  "them."));
        return false;
    }
    QString text =
        RunCommandText::tr(
            "\n*** Action needed: SCM does not let the operator change its temporary password over the API.\n"
            "    1. Open %1\n"
            "    2. Log in as %2 with the temporary password: %3\n"
            "    3. Set this new password (exactly): %4\n"
            "    These passwords are shown only here, once; they are kept in your keychain, never logged.\n"
            "    This run checks until the new password works.\n")
            .arg(change.url.toString(), change.login, change.temporaryPassword, change.newPassword);
    // Each look before the change is a login SCM refuses (and SCM locks an admin after some): the
    // run looks only a few times an hour unless the person says it is done.
    if (enterChecks)
        text += RunCommandText::tr(
            "    Press Enter here once it is set: until then this run looks only a few times "
            "an hour.\n");
    std::fputs(text.toLocal8Bit().constData(), tty);
    std::fflush(tty);
    if (tty != stderr)
        std::fclose(tty);
    return true;
}

// Prints the runner's progress: one line (or JSON object) per change of a step.
class ProgressPrinter
{
public:
    explicit ProgressPrinter(bool json)
        : m_json(json)
    {}

    void stepChanged(const Runner &runner, const QString &name)
    {
        StepId id;
        if (!Steps::fromName(name, &id))
            return;
        const StepState &step = runner.state().step(id);
        const QString status = StepStatuses::name(step.status);
        QString key = status + QLatin1Char('\n') + step.message;
        if (m_json) // the ids are part of a JSON line, not of a terminal line
            key += QString::fromUtf8(QJsonDocument(step.ids).toJson(QJsonDocument::Compact));
        if (m_last.value(name) == key)
            return;
        m_last.insert(name, key);
        if (m_json) {
            QJsonObject line{{QStringLiteral("step"), name},
                             {QStringLiteral("status"), status},
                             {QStringLiteral("message"), step.message}};
            for (auto it = step.ids.begin(); it != step.ids.end(); ++it)
                line.insert(it.key(), it.value());
            printJson(line);
            return;
        }
        // A step that just started says no more than its name.
        const QString what = step.message == Steps::displayName(id)
                                 ? step.message
                                 : QStringLiteral("%1: %2").arg(Steps::displayName(id), step.message);
        print(stdout, QStringLiteral("%1  %2  %3")
                          .arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss")),
                               StepStatuses::displayName(step.status).leftJustified(8), what));
    }

    void message(const Runner &runner, const QString &name, const QString &text)
    {
        StepId id;
        if (!Steps::fromName(name, &id) || runner.state().step(id).message == text)
            return;
        if (m_json) {
            printJson({{QStringLiteral("step"), name},
                       {QStringLiteral("status"), StepStatuses::name(runner.state().step(id).status)},
                       {QStringLiteral("event"), QStringLiteral("progress")},
                       {QStringLiteral("message"), text}});
            return;
        }
        print(stdout, QStringLiteral("          %1: %2").arg(Steps::displayName(id), text));
    }

    void note(const QString &text)
    {
        if (m_json)
            printJson({{QStringLiteral("event"), QStringLiteral("demo")}, {QStringLiteral("message"), text}});
        else
            print(stdout, text);
    }

    void summary(const Runner &runner, int code, const QString &text)
    {
        if (m_json) {
            QJsonObject steps;
            for (StepId id : Steps::all())
                steps.insert(Steps::name(id), StepStatuses::name(runner.state().step(id).status));
            printJson({{QStringLiteral("summary"), text},
                       {QStringLiteral("exitCode"), code},
                       {QStringLiteral("steps"), steps}});
            return;
        }
        print(stdout, text);
    }

private:
    bool m_json;
    QHash<QString, QString> m_last;
};
} // namespace

int runCommand(const QStringList &arguments)
{
    CommandLine commandLine(
        QStringLiteral("run"),
        RunCommandText::tr(
            "Runs the onboarding procedure headless: every step whose needs are met, polling what it waits "
            "for "
            "until the deadline. Exit codes: 0 complete, 2 bad input, 3 waiting (run again later), 4 refused "
            "by SCM, "
            "5 network/TLS failure, 1 anything else.\nThe state directory defaults to "
            "$XDG_STATE_HOME/mpki-setup/<plan name> (~/.local/state/mpki-setup/<plan name>)."));
    QCommandLineParser &parser = commandLine.parser();
    const QCommandLineOption planOption(QStringLiteral("plan"), RunCommandText::tr("The plan file (JSON)."),
                                        RunCommandText::tr("FILE"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        RunCommandText::tr("Run against the embedded simulators (no account needed)."));
    const QCommandLineOption stateOption(QStringLiteral("state"), RunCommandText::tr("The state directory."),
                                         RunCommandText::tr("DIR"));
    const QCommandLineOption onlyOption(QStringLiteral("only"),
                                        RunCommandText::tr("Run only these steps (comma-separated)."),
                                        RunCommandText::tr("STEP,..."));
    const QCommandLineOption deadlineOption(
        QStringLiteral("deadline"),
        RunCommandText::tr("Seconds to keep polling what the run waits for (default 600)."),
        RunCommandText::tr("SECONDS"), QStringLiteral("600"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        RunCommandText::tr("One JSON object per line."));
    const QCommandLineOption exportOption(QStringLiteral("export"),
                                          RunCommandText::tr("Write the connector file."),
                                          RunCommandText::tr("FILE"));
    const QCommandLineOption passphraseOption(
        QStringLiteral("passphrase-file"),
        RunCommandText::tr("The connector file's passphrase (first line)."), RunCommandText::tr("FILE"));
    const QCommandLineOption plainOption(
        QStringLiteral("plain"),
        RunCommandText::tr("Write the connector file with the password in the clear."));
    const QCommandLineOption passwordOption(
        QStringLiteral("password-file"), RunCommandText::tr("The admin's password (first line of the file)."),
        RunCommandText::tr("FILE"));
    const QCommandLineOption caOption(QStringLiteral("ca-cert"),
                                      RunCommandText::tr("Also trust this CA certificate (PEM or DER)."),
                                      RunCommandText::tr("FILE"));
    const QCommandLineOption tcsOption(QStringLiteral("allow-legacy-tcs"),
                                       RunCommandText::tr("Go on with a GÉANT TCS customer URI."));
    const QCommandLineOption concurrencyOption(QStringLiteral("concurrency"),
                                               RunCommandText::tr("SCM calls in flight at once."),
                                               RunCommandText::tr("N"), QStringLiteral("6"));
    const QCommandLineOption tokenOption(QStringLiteral("gateway-token-file"),
                                         RunCommandText::tr("The gateway API token (first line)."),
                                         RunCommandText::tr("FILE"));
    const QCommandLineOption secretOption(QStringLiteral("gateway-secret-file"),
                                          RunCommandText::tr("The gateway API secret (first line)."),
                                          RunCommandText::tr("FILE"));
    const QCommandLineOption resetOption(
        QStringLiteral("reset-operator-password"),
        RunCommandText::tr(
            "When no stored password of the operator signs in: let the plan's MRAO admin set a "
            "new one (the gateway's configured password stops working)."));
    parser.addOptions({planOption, demoOption, stateOption, onlyOption, deadlineOption, jsonOption,
                       exportOption, passphraseOption, plainOption, passwordOption, caOption, tcsOption,
                       concurrencyOption, tokenOption, secretOption, resetOption});
    if (const std::optional<int> finished = commandLine.parse(arguments))
        return *finished;
    const bool json = parser.isSet(jsonOption);
    const bool demo = parser.isSet(demoOption);
    if (!parser.isSet(planOption))
        return failWith(ExitCode::BadInput, RunCommandText::tr("--plan FILE is required."), json);
    bool ok = false;
    const int deadline = parser.value(deadlineOption).toInt(&ok);
    if (!ok || deadline < 0)
        return failWith(ExitCode::BadInput, RunCommandText::tr("--deadline takes a number of seconds."),
                        json);
    const int concurrency = parser.value(concurrencyOption).toInt(&ok);
    if (!ok || concurrency < 1 || concurrency > 64)
        return failWith(ExitCode::BadInput, RunCommandText::tr("--concurrency takes a number from 1 to 64."),
                        json);

    QString error;
    QList<StepId> onlySteps = Steps::all();
    QStringList only;
    if (parser.isSet(onlyOption)) {
        onlySteps.clear();
        if (!parseStepList(parser.value(onlyOption), &onlySteps, &only, &error))
            return failWith(ExitCode::BadInput, error, json);
    }

    const QString planPath = QFileInfo(parser.value(planOption)).absoluteFilePath();
    Plan plan;
    QStringList planWarnings;
    if (!Plan::load(planPath, &plan, &error, &planWarnings))
        return failWith(ExitCode::BadInput, error, json);
    for (const QString &warning : std::as_const(planWarnings))
        warn(warning, json);
    // A plan that cannot run is refused before anything else happens: no state directory is made and no
    // password asked for (the runner checks again, with the demo's addresses, before its first request).
    if (!demo) {
        const QList<PlanIssue> issues = Runner::planIssues(plan, onlySteps);
        if (!issues.isEmpty())
            return failWith(ExitCode::BadInput, Runner::describePlanIssues(onlySteps, issues), json);
    }

    // The connector file.
    ConnectorExport exportOptions;
    if (parser.isSet(exportOption)) {
        exportOptions.path = parser.value(exportOption);
        exportOptions.plain = parser.isSet(plainOption);
        if (!exportOptions.plain) {
            if (!parser.isSet(passphraseOption))
                return failWith(
                    ExitCode::BadInput,
                    RunCommandText::tr(
                        "--export needs --passphrase-file FILE (or --plain for a file with the password "
                        "in the clear)."),
                    json);
            if (!SecretSources::readFirstLine(parser.value(passphraseOption), &exportOptions.passphrase,
                                              &error))
                return failWith(ExitCode::BadInput, error, json);
        }
    }

    QList<QSslCertificate> caCertificates;
    if (parser.isSet(caOption)) {
        caCertificates = TrustedCertificates::readFile(parser.value(caOption), &error);
        if (caCertificates.isEmpty())
            return failWith(ExitCode::BadInput, error, json);
    }

    // The state directory.
    std::unique_ptr<QTemporaryDir> demoDirectory;
    QString stateDirectory = parser.value(stateOption);
    if (stateDirectory.isEmpty()) {
        if (demo) {
            demoDirectory =
                std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/mpki-setup-demo-XXXXXX"));
            demoDirectory->setAutoRemove(false);
            stateDirectory = demoDirectory->path();
        } else {
            stateDirectory = Onboarding::defaultStateDirectory(QFileInfo(planPath).completeBaseName());
        }
    }
    if (!StateStore::isSafeDirectory(stateDirectory, &error))
        return failWith(ExitCode::BadInput, error, json);
    std::unique_ptr<DemoEnvironment> demoEnvironment;
    std::unique_ptr<KeychainSecretStore> keychain;
    std::unique_ptr<GatewayConnection> gateway;
    if (demo)
        demoEnvironment = std::make_unique<DemoEnvironment>();
    else
        keychain = std::make_unique<KeychainSecretStore>();
    Onboarding onboarding(stateDirectory, demo ? demoEnvironment->secretStore() : keychain.get());
    if (!onboarding.open(&error))
        return failWith(ExitCode::Other, error, json);
    Runner &runner = *onboarding.runner();
    std::unique_ptr<QSocketNotifier> enterPressed; // a line on the terminal: the person is done
    ProgressPrinter printer(json);

    if (demo) {
        // The simulators' own chatter is not the demo's story (QT_LOGGING_RULES still wins).
        QLoggingCategory::setFilterRules(QStringLiteral("mpki.sim*.info=false\nmpki.gateway*.info=false\n"
                                                        "mpki.gateway*.debug=false"));
        if (!demoEnvironment->start(plan, &error))
            return failWith(ExitCode::Other,
                            RunCommandText::tr("The demo's simulators did not start: %1").arg(error), json);
        plan = demoEnvironment->rewritePlan(plan);
        demoEnvironment->attach(&runner);
        QObject::connect(demoEnvironment.get(), &DemoEnvironment::personActed,
                         [&printer](const QString &text) { printer.note(text); });
        printer.note(
            RunCommandText::tr(
                "Demo: SCM simulator at %1 (customer %2, admin %3), gateway simulator at %4; secrets in "
                "memory; state in %5.")
                .arg(demoEnvironment->scmBaseUrl().toString(), plan.scm.customerUri, plan.scm.login,
                     demoEnvironment->gatewayUrl().toString(), QDir::toNativeSeparators(stateDirectory)));
    } else {
        const QString host = ScmTransport::normaliseBaseUrl(plan.scm.baseUrl).host();
        const ResolvedSecret admin =
            SecretSources::resolveNow(SecretSources::adminPassword(host, plan.scm.customerUri, plan.scm.login,
                                                                   parser.value(passwordOption)),
                                      keychain.get());
        if (!admin.ok())
            return failWith(ExitCode::BadInput, admin.message, json);
        onboarding.setAdminPassword(admin.value);
        if (plan.gateway.api) {
            const QString gatewayHost = QUrl(plan.gateway.api->url).host();
            SecretSpec tokenSpec = SecretSources::gatewayToken(gatewayHost, parser.value(tokenOption));
            SecretSpec secretSpec = SecretSources::gatewaySecret(gatewayHost, parser.value(secretOption));
            const ResolvedSecret token = SecretSources::resolveNow(tokenSpec, keychain.get());
            if (!token.ok())
                return failWith(ExitCode::BadInput, token.message, json);
            const ResolvedSecret secret = SecretSources::resolveNow(secretSpec, keychain.get());
            if (!secret.ok())
                return failWith(ExitCode::BadInput, secret.message, json);
            gateway = std::make_unique<GatewayConnection>(*plan.gateway.api, token.value, secret.value,
                                                          caCertificates);
            runner.setGatewayTarget(gateway->target());
        }
        const bool enterChecks = isatty(STDIN_FILENO);
        QObject::connect(&runner, &Runner::manualPasswordChangeRequired,
                         [&runner, &enterPressed, enterChecks](const ManualPasswordChange &change) {
                             if (!showManualChange(change, enterChecks) || !enterChecks || enterPressed)
                                 return;
                             // The person's "done": a line on the terminal looks at once.
                             enterPressed =
                                 std::make_unique<QSocketNotifier>(STDIN_FILENO, QSocketNotifier::Read);
                             QObject::connect(enterPressed.get(), &QSocketNotifier::activated, &runner,
                                              [&runner, &enterPressed] {
                                                  char line[256];
                                                  const ssize_t got = ::read(STDIN_FILENO, line, sizeof line);
                                                  if (got <= 0) { // end of input or an error: stop listening
                                                      enterPressed->setEnabled(false);
                                                      return;
                                                  }
                                                  runner.pollNow(StepId::Password);
                                              });
                         });
    }

    onboarding.setPlan(plan, planPath);
    runner.setDeadline(deadline);
    runner.setConcurrency(concurrency);
    runner.setAllowLegacyTcs(parser.isSet(tcsOption));
    runner.setResetOperatorPassword(parser.isSet(resetOption));
    runner.setConnectorExport(exportOptions);
    if (!caCertificates.isEmpty())
        runner.addCaCertificates(caCertificates);

    QObject::connect(&runner, &Runner::stepChanged,
                     [&printer, &runner](const QString &step) { printer.stepChanged(runner, step); });
    QObject::connect(&runner, &Runner::message,
                     [&printer, &runner](const QString &step, const QString &text) {
                         printer.message(runner, step, text);
                     });
    int exitCode = ExitCode::Other;
    // SIGINT, SIGTERM, SIGHUP: the request in flight is abandoned (the journal keeps it as sent), the
    // state saved, the summary printed, and the lock released when `onboarding` goes.
    int interruptedBy = 0;
    TerminationSignals termination;
    QObject::connect(&termination, &TerminationSignals::received, &runner, [&](int signal) {
        if (interruptedBy != 0)
            return;
        interruptedBy = signal;
        if (runner.isRunning())
            runner.cancel();
        else
            QCoreApplication::exit(0);
    });
    QObject::connect(&runner, &Runner::finished, [&](int code, const QString &summary) {
        exitCode = code;
        QString text = summary;
        if (interruptedBy != 0) {
            exitCode = TerminationSignals::exitCodeFor(interruptedBy);
            text = RunCommandText::tr("Stopped by %1: the progress is saved; run the same command again to "
                                      "continue where this run stopped.")
                       .arg(TerminationSignals::name(interruptedBy));
        }
        printer.summary(runner, exitCode, text);
        QCoreApplication::exit(0);
    });

    onboarding.run(only);
    QCoreApplication::exec();
    if (interruptedBy != 0)
        exitCode = TerminationSignals::exitCodeFor(interruptedBy);
    return exitCode;
}

bool runNeedsGui(const QStringList &)
{
    return false;
}
