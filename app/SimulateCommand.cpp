// mpki-setup simulate: the SCM simulator on its own, until SIGINT/SIGTERM.
#include "CommandLine.h"
#include "Commands.h"

#include "FaultInjector.h"
#include "GatewaySimulator.h"
#include "ScmSimulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <memory>
#include <optional>
#include <sys/socket.h>
#include <unistd.h>

namespace {
// Gives the free functions of this file a translation context that lupdate sees.
struct SimulateCommandText
{
    Q_DECLARE_TR_FUNCTIONS(SimulateCommand)
};

struct SimulateSettings
{
    ScmSimulatorOptions scm;
    quint16 port = 0;
    bool json = false;
    std::optional<quint16> gatewayPort; // --gateway-port: also run the SEPPmail gateway simulator
    GatewaySimulatorOptions gateway;
};

// SIGINT/SIGTERM end the event loop through a socket pair, the only safe way out of a handler.
int signalSocket[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(signalSocket[0], &byte, 1);
}

void quitOnSignals(QObject *parent)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalSocket) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalSocket[1], QSocketNotifier::Read, parent);
    QObject::connect(notifier, &QSocketNotifier::activated, parent, [notifier] {
        char byte = 0;
        [[maybe_unused]] const ssize_t read = ::read(signalSocket[1], &byte, 1);
        notifier->setEnabled(false);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

// Reads the options; on bad input prints why and returns false with *exitCode set.
bool parse(const QStringList &arguments, SimulateSettings *settings, int *exitCode)
{
    CommandLine commandLine(
        QStringLiteral("simulate"),
        SimulateCommandText::tr(
            "Runs the Sectigo Certificate Manager simulator on 127.0.0.1 until interrupted (Ctrl+C).\n"
            "Every behaviour the real SCM leaves undocumented is an option below; the simulator's "
            "README says what each default assumes."));
    QCommandLineParser &parser = commandLine.parser();
    const QCommandLineOption port(
        QStringLiteral("port"),
        SimulateCommandText::tr("TCP port on 127.0.0.1; 0 picks a free one (default)."),
        SimulateCommandText::tr("N"), QStringLiteral("0"));
    const QCommandLineOption tls(
        QStringLiteral("tls"),
        SimulateCommandText::tr("HTTPS with a certificate from a CA generated at start."));
    const QCommandLineOption json(
        QStringLiteral("json"),
        SimulateCommandText::tr("First line of output: one JSON object with baseUrl, customerUri, "
                                "login, password (and caCertificate with --tls)."));
    const QCommandLineOption tempPassword(
        QStringLiteral("temp-password"),
        SimulateCommandText::tr(
            "ui-only (default): the API refuses a new admin's temporary password until it is changed at "
            "/customer/<uri>/; api-change: POST admin/v1/changepassword accepts it."),
        SimulateCommandText::tr("MODE"), QStringLiteral("ui-only"));
    const QCommandLineOption tempPasswordRefusal(
        QStringLiteral("temp-password-refusal"),
        SimulateCommandText::tr("How the API refuses a temporary password: 401 (default, code -16), 403 "
                                "(code -37) or 400 (a description saying the password must be changed)."),
        SimulateCommandText::tr("STATUS"), QStringLiteral("401"));
    const QCommandLineOption resetedShape(
        QStringLiteral("reseted-shape"),
        SimulateCommandText::tr("How GET admin/v1/{id} answers reseted: date (default, Sectigo's schema: "
                                "the reset date while the password is temporary), kept (that date stays "
                                "after the change), boolean (true while temporary) or absent (never)."),
        SimulateCommandText::tr("SHAPE"), QStringLiteral("date"));
    const QCommandLineOption lockoutAfter(
        QStringLiteral("lockout-after"),
        SimulateCommandText::tr("Lock an admin after N consecutive refused logins (default 0: never); an "
                                "MRAO unlocks it by setting its password."),
        SimulateCommandText::tr("N"), QStringLiteral("0"));
    const QCommandLineOption operatorPasswordExpiresInDays(
        QStringLiteral("operator-password-expires-in-days"),
        SimulateCommandText::tr("Every password set for an admin other than the simulator's own MRAO admin "
                                "expires N days after it is set (0 to 3650) instead of after 90 days."),
        SimulateCommandText::tr("N"));
    const QCommandLineOption dialect(
        QStringLiteral("dialect"),
        SimulateCommandText::tr(
            "current (default): API-only is type API; legacy: API-only is the privilege wsApiUseOnly."),
        SimulateCommandText::tr("D"), QStringLiteral("current"));
    const QCommandLineOption validationDelay(
        QStringLiteral("validation-delay"),
        SimulateCommandText::tr(
            "Seconds from submit until an organisation validation is decided (default 20)."),
        SimulateCommandText::tr("S"), QStringLiteral("20"));
    const QCommandLineOption validationOutcome(
        QStringLiteral("validation-outcome"), SimulateCommandText::tr("VALIDATED (default) or FAILED."),
        SimulateCommandText::tr("STATUS"), QStringLiteral("VALIDATED"));
    const QCommandLineOption dcvDelay(
        QStringLiteral("dcv-delay"),
        SimulateCommandText::tr("Seconds from DCV submit until the domain is VALIDATED (default 5)."),
        SimulateCommandText::tr("S"), QStringLiteral("5"));
    const QCommandLineOption dcvOutcome(
        QStringLiteral("dcv-outcome"),
        SimulateCommandText::tr("What Sectigo decides about a submitted DCV order: VALIDATED (default) or "
                                "REJECTED (a new start then issues a new record)."),
        SimulateCommandText::tr("STATUS"), QStringLiteral("VALIDATED"));
    const QCommandLineOption schemaVersion(
        QStringLiteral("schema-version"),
        SimulateCommandText::tr(
            "Answer shape of Sectigo's documents: 25.5 (default; validations carry "
            "validationLevel) or 25.9 (validations carry only type and permittedCertTypes)."),
        SimulateCommandText::tr("V"), QStringLiteral("25.5"));
    const QCommandLineOption latency(
        QStringLiteral("latency-ms"),
        SimulateCommandText::tr("Delay every answer by N ms (other requests are served meanwhile)."),
        SimulateCommandText::tr("N"), QStringLiteral("0"));
    const QCommandLineOption faultRate(
        QStringLiteral("fault-rate"),
        SimulateCommandText::tr(
            "Share of API requests (0..1) that fail: 503, 429 with Retry-After, reset connection, truncated "
            "JSON, or a change made and its answer lost."),
        SimulateCommandText::tr("F"), QStringLiteral("0"));
    const QCommandLineOption faultKinds(
        QStringLiteral("fault-kinds"),
        SimulateCommandText::tr("Comma-separated faults --fault-rate draws: 503, 429, reset, truncated (the "
                                "default four), malformed, no-location, slow-drip, 5xx-burst."),
        SimulateCommandText::tr("KINDS"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  SimulateCommandText::tr("Seed of the fault choice (default 1)."),
                                  SimulateCommandText::tr("N"), QStringLiteral("1"));
    const QCommandLineOption requestLog(
        QStringLiteral("request-log"),
        SimulateCommandText::tr("Append every request to FILE as one JSON line."),
        SimulateCommandText::tr("FILE"));
    const QCommandLineOption state(
        QStringLiteral("state"),
        SimulateCommandText::tr(
            "Keep the simulated account in FILE (JSON, 0600), loaded at start and saved after each change."),
        SimulateCommandText::tr("FILE"));
    const QCommandLineOption replay(
        QStringLiteral("replay"),
        SimulateCommandText::tr("Answer the SCM API's reads as recorded in FILE, a file written by "
                                "`mpki-setup probe`, with newly generated credentials; nothing changes."),
        SimulateCommandText::tr("FILE"));
    const QCommandLineOption customerUri(
        QStringLiteral("customer-uri"),
        SimulateCommandText::tr("Customer URI of a new account (default demo)."),
        SimulateCommandText::tr("U"), QStringLiteral("demo"));
    const QCommandLineOption login(
        QStringLiteral("login"),
        SimulateCommandText::tr("Login of a new account's MRAO admin (default mrao-admin)."),
        SimulateCommandText::tr("L"), QStringLiteral("mrao-admin"));
    const QCommandLineOption gatewayPort(
        QStringLiteral("gateway-port"),
        SimulateCommandText::tr(
            "Also run the SEPPmail gateway simulator (REST API below /v1) on this port; 0 picks a free one. "
            "It uses HTTPS with --tls; its token and secret are generated at start."),
        SimulateCommandText::tr("N"));
    const QCommandLineOption gatewayDomains(
        QStringLiteral("gateway-domains"),
        SimulateCommandText::tr(
            "Comma-separated managed domains the gateway simulator's customer [default] starts with."),
        SimulateCommandText::tr("LIST"));
    const QCommandLineOption gatewayCustomer(
        QStringLiteral("gateway-customer"),
        SimulateCommandText::tr("The gateway customer whose managed domains --gateway-domains gives "
                                "(default [default])."),
        SimulateCommandText::tr("NAME"), QStringLiteral("[default]"));
    parser.addOptions({port,
                       tls,
                       json,
                       tempPassword,
                       dialect,
                       validationDelay,
                       validationOutcome,
                       dcvDelay,
                       dcvOutcome,
                       schemaVersion,
                       latency,
                       faultRate,
                       faultKinds,
                       seed,
                       requestLog,
                       state,
                       replay,
                       customerUri,
                       login,
                       gatewayPort,
                       gatewayDomains,
                       gatewayCustomer});
    parser.addOptions({tempPasswordRefusal, resetedShape, lockoutAfter, operatorPasswordExpiresInDays});

    auto bad = [exitCode](const QString &message) {
        std::fprintf(stderr, "mpki-setup simulate: %s\n", qPrintable(message));
        *exitCode = ExitCode::BadInput;
        return false;
    };
    if (const std::optional<int> finished = commandLine.parse(arguments)) {
        *exitCode = *finished;
        return false;
    }

    bool ok = false;
    ScmSimulatorOptions &o = settings->scm;
    const uint portNumber = parser.value(port).toUInt(&ok);
    if (!ok || portNumber > 65535)
        return bad(SimulateCommandText::tr("--port needs a number from 0 to 65535, not '%1'")
                       .arg(parser.value(port)));
    settings->port = quint16(portNumber);
    settings->json = parser.isSet(json);
    o.tls = parser.isSet(tls);
    if (parser.value(tempPassword) == QLatin1String("ui-only"))
        o.tempPassword = ScmSimulatorOptions::TempPassword::UiOnly;
    else if (parser.value(tempPassword) == QLatin1String("api-change"))
        o.tempPassword = ScmSimulatorOptions::TempPassword::ApiChange;
    else
        return bad(SimulateCommandText::tr("--temp-password is ui-only or api-change, not '%1'")
                       .arg(parser.value(tempPassword)));
    if (parser.value(tempPasswordRefusal) == QLatin1String("401"))
        o.tempPasswordRefusal = ScmSimulatorOptions::TempPasswordRefusal::Unauthorized401;
    else if (parser.value(tempPasswordRefusal) == QLatin1String("403"))
        o.tempPasswordRefusal = ScmSimulatorOptions::TempPasswordRefusal::Forbidden403;
    else if (parser.value(tempPasswordRefusal) == QLatin1String("400"))
        o.tempPasswordRefusal = ScmSimulatorOptions::TempPasswordRefusal::BadRequest400;
    else
        return bad(SimulateCommandText::tr("--temp-password-refusal is 401, 403 or 400, not '%1'")
                       .arg(parser.value(tempPasswordRefusal)));
    if (parser.value(resetedShape) == QLatin1String("date"))
        o.resetedShape = ScmSimulatorOptions::ResetedShape::Date;
    else if (parser.value(resetedShape) == QLatin1String("kept"))
        o.resetedShape = ScmSimulatorOptions::ResetedShape::DateKept;
    else if (parser.value(resetedShape) == QLatin1String("boolean"))
        o.resetedShape = ScmSimulatorOptions::ResetedShape::Boolean;
    else if (parser.value(resetedShape) == QLatin1String("absent"))
        o.resetedShape = ScmSimulatorOptions::ResetedShape::Absent;
    else
        return bad(SimulateCommandText::tr("--reseted-shape is date, kept, boolean or absent, not '%1'")
                       .arg(parser.value(resetedShape)));
    o.lockoutAfter = parser.value(lockoutAfter).toInt(&ok);
    if (!ok || o.lockoutAfter < 0)
        return bad(SimulateCommandText::tr("--lockout-after needs a whole number (0 or more), not '%1'")
                       .arg(parser.value(lockoutAfter)));
    if (parser.isSet(operatorPasswordExpiresInDays)) {
        const int days = parser.value(operatorPasswordExpiresInDays).toInt(&ok);
        if (!ok || days < 0 || days > 3650)
            return bad(SimulateCommandText::tr(
                           "--operator-password-expires-in-days needs whole days from 0 to 3650, not '%1'")
                           .arg(parser.value(operatorPasswordExpiresInDays)));
        o.operatorPasswordExpiresInDays = days;
    }
    if (parser.value(dialect) == QLatin1String("current"))
        o.dialect = ScmSimulatorOptions::Dialect::Current;
    else if (parser.value(dialect) == QLatin1String("legacy"))
        o.dialect = ScmSimulatorOptions::Dialect::Legacy;
    else
        return bad(
            SimulateCommandText::tr("--dialect is current or legacy, not '%1'").arg(parser.value(dialect)));
    o.validationDelaySeconds = parser.value(validationDelay).toInt(&ok);
    if (!ok || o.validationDelaySeconds < 0)
        return bad(SimulateCommandText::tr("--validation-delay needs whole seconds (0 or more), not '%1'")
                       .arg(parser.value(validationDelay)));
    o.validationOutcome = parser.value(validationOutcome).toUpper();
    if (o.validationOutcome != QLatin1String("VALIDATED") && o.validationOutcome != QLatin1String("FAILED"))
        return bad(SimulateCommandText::tr("--validation-outcome is VALIDATED or FAILED, not '%1'")
                       .arg(parser.value(validationOutcome)));
    o.dcvDelaySeconds = parser.value(dcvDelay).toInt(&ok);
    if (!ok || o.dcvDelaySeconds < 0)
        return bad(SimulateCommandText::tr("--dcv-delay needs whole seconds (0 or more), not '%1'")
                       .arg(parser.value(dcvDelay)));
    o.dcvOutcome = parser.value(dcvOutcome).toUpper();
    if (o.dcvOutcome != QLatin1String("VALIDATED") && o.dcvOutcome != QLatin1String("REJECTED"))
        return bad(SimulateCommandText::tr("--dcv-outcome is VALIDATED or REJECTED, not '%1'")
                       .arg(parser.value(dcvOutcome)));
    o.schemaVersion = parser.value(schemaVersion);
    if (o.schemaVersion != QLatin1String("25.5") && o.schemaVersion != QLatin1String("25.9"))
        return bad(SimulateCommandText::tr("--schema-version is 25.5 or 25.9, not '%1'")
                       .arg(parser.value(schemaVersion)));
    o.latencyMs = parser.value(latency).toInt(&ok);
    if (!ok || o.latencyMs < 0)
        return bad(SimulateCommandText::tr("--latency-ms needs milliseconds (0 or more), not '%1'")
                       .arg(parser.value(latency)));
    o.faultRate = parser.value(faultRate).toDouble(&ok);
    if (!ok || o.faultRate < 0 || o.faultRate > 1)
        return bad(SimulateCommandText::tr("--fault-rate needs a share from 0 to 1, not '%1'")
                       .arg(parser.value(faultRate)));
    if (parser.isSet(faultKinds)) {
        o.faultKinds = parser.value(faultKinds).split(QLatin1Char(','), Qt::SkipEmptyParts);
        FaultInjector check(0);
        QString kindsError;
        if (!check.setKinds(o.faultKinds, &kindsError))
            return bad(SimulateCommandText::tr("--fault-kinds: %1").arg(kindsError));
    }
    o.seed = parser.value(seed).toUInt(&ok);
    if (!ok)
        return bad(SimulateCommandText::tr("--seed needs a whole number, not '%1'").arg(parser.value(seed)));
    o.requestLogPath = parser.value(requestLog);
    o.statePath = parser.value(state);
    if (parser.isSet(state)) {
        // Found wrong at start, not on every save while the simulator answers as if it kept its account.
        const QFileInfo stateFile(o.statePath);
        if (o.statePath.isEmpty())
            return bad(SimulateCommandText::tr("--state needs a file name"));
        if (stateFile.isDir())
            return bad(SimulateCommandText::tr("--state %1 is a directory; it takes a file, e.g. %2")
                           .arg(o.statePath, QDir(o.statePath).filePath(QStringLiteral("simulator.json"))));
        if (!stateFile.absoluteDir().exists())
            return bad(SimulateCommandText::tr("--state %1: the directory %2 does not exist; create it first")
                           .arg(o.statePath, stateFile.absolutePath()));
    }
    o.replayPath = parser.value(replay);
    if (!o.replayPath.isEmpty() && !o.statePath.isEmpty())
        return bad(SimulateCommandText::tr("--replay answers from its file: it takes no --state"));
    o.customerUri = parser.value(customerUri);
    if (o.customerUri.isEmpty() || o.customerUri.contains(QLatin1Char('/')))
        return bad(
            SimulateCommandText::tr("--customer-uri needs a name without '/', not '%1'").arg(o.customerUri));
    if (parser.isSet(gatewayPort)) {
        const uint gatewayPortNumber = parser.value(gatewayPort).toUInt(&ok);
        if (!ok || gatewayPortNumber > 65535)
            return bad(SimulateCommandText::tr("--gateway-port needs a number from 0 to 65535, not '%1'")
                           .arg(parser.value(gatewayPort)));
        settings->gatewayPort = quint16(gatewayPortNumber);
        settings->gateway.tls = o.tls;
        QStringList domains;
        if (parser.isSet(gatewayDomains)) {
            for (const QString &domain : parser.value(gatewayDomains).split(QLatin1Char(','))) {
                if (domain.trimmed().isEmpty())
                    return bad(
                        SimulateCommandText::tr("--gateway-domains '%1' has an empty domain name; give "
                                                "names separated by commas, e.g. example.ch,example.org")
                            .arg(parser.value(gatewayDomains)));
                domains << domain.trimmed();
            }
        }
        const QString customer = parser.value(gatewayCustomer).trimmed();
        if (customer.isEmpty())
            return bad(SimulateCommandText::tr("--gateway-customer needs a name"));
        settings->gateway.managedDomains.insert(customer, domains);
    } else if (parser.isSet(gatewayDomains) || parser.isSet(gatewayCustomer)) {
        return bad(SimulateCommandText::tr("--gateway-domains and --gateway-customer need --gateway-port"));
    }
    o.adminLogin = parser.value(login);
    if (o.adminLogin.size() < 3)
        return bad(SimulateCommandText::tr("--login needs at least 3 characters"));
    return true;
}

// What `simulate` tells its caller, in one place: the JSON line of DESIGN.md's contract, and the
// human-readable text is printed from it. (A gateway simulator adds its fields here.)
QJsonObject startupInfo(const ScmSimulator &simulator, const GatewaySimulator *gateway)
{
    QJsonObject info{
        {QStringLiteral("baseUrl"), simulator.baseUrl().toString()},
        {QStringLiteral("customerUri"), simulator.customerUri()},
        {QStringLiteral("login"), simulator.adminLogin()},
        {QStringLiteral("password"), simulator.adminPassword()},
    };
    if (!simulator.caCertificate().isNull())
        info.insert(QStringLiteral("caCertificate"), QString::fromLatin1(simulator.caCertificate().toPem()));
    if (gateway) {
        info.insert(QStringLiteral("gatewayUrl"), gateway->baseUrl().toString());
        info.insert(QStringLiteral("gatewayToken"), gateway->token());
        info.insert(QStringLiteral("gatewaySecret"), gateway->secret());
        if (!gateway->caCertificate().isNull())
            info.insert(QStringLiteral("gatewayCaCertificate"),
                        QString::fromLatin1(gateway->caCertificate().toPem()));
    }
    return info;
}

void printReadable(const QJsonObject &info)
{
    const QString text = SimulateCommandText::tr("SCM simulator running (Ctrl+C stops it)\n"
                                                 "  API base URL:  %1/api/\n"
                                                 "  Web page:      %1/customer/%2/\n"
                                                 "  Customer URI:  %2\n"
                                                 "  MRAO login:    %3\n"
                                                 "  MRAO password: %4\n")
                             .arg(info.value(QStringLiteral("baseUrl")).toString(),
                                  info.value(QStringLiteral("customerUri")).toString(),
                                  info.value(QStringLiteral("login")).toString(),
                                  info.value(QStringLiteral("password")).toString());
    std::fputs(qPrintable(text), stdout);
    if (info.contains(QStringLiteral("gatewayUrl")))
        std::fputs(qPrintable(SimulateCommandText::tr("SEPPmail gateway simulator running\n"
                                                      "  REST API URL:  %1\n"
                                                      "  API token:     %2\n"
                                                      "  API secret:    %3\n")
                                  .arg(info.value(QStringLiteral("gatewayUrl")).toString(),
                                       info.value(QStringLiteral("gatewayToken")).toString(),
                                       info.value(QStringLiteral("gatewaySecret")).toString())),
                   stdout);
    if (info.contains(QStringLiteral("caCertificate")))
        std::fprintf(stdout, "%s\n%s",
                     qPrintable(SimulateCommandText::tr("  CA certificate (trust it for HTTPS):")),
                     qPrintable(info.value(QStringLiteral("caCertificate")).toString()));
}
} // namespace

int simulateCommand(const QStringList &arguments)
{
    SimulateSettings settings;
    int exitCode = ExitCode::Complete;
    if (!parse(arguments, &settings, &exitCode))
        return exitCode;

    ScmSimulator simulator(settings.scm);
    QString error;
    if (!simulator.listen(QHostAddress::LocalHost, settings.port, &error)) {
        std::fprintf(stderr, "mpki-setup simulate: %s\n", qPrintable(error));
        return ExitCode::Other;
    }
    std::unique_ptr<GatewaySimulator> gateway;
    if (settings.gatewayPort) {
        gateway = std::make_unique<GatewaySimulator>(settings.gateway);
        if (!gateway->listen(QHostAddress::LocalHost, *settings.gatewayPort, &error)) {
            std::fprintf(stderr, "mpki-setup simulate: %s\n", qPrintable(error));
            return ExitCode::Other;
        }
    }
    quitOnSignals(&simulator);

    const QJsonObject info = startupInfo(simulator, gateway.get());
    if (settings.json)
        std::fprintf(stdout, "%s\n", QJsonDocument(info).toJson(QJsonDocument::Compact).constData());
    else
        printReadable(info);
    std::fflush(stdout);

    QCoreApplication::exec();
    std::fflush(stdout);
    return ExitCode::Complete;
}
