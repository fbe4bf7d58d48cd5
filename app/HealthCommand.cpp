// mpki-setup health (--state DIR | --connector FILE [--passphrase-file F]) [--json] [--warn-days N]
// [--critical-days N] [--timeout SECONDS] [--ca-file FILE] [--password-file F]: is the gateway's
// connection to SCM still good, and for how long? Reads only. Exit codes follow the monitoring-plugin
// convention (Nagios, Icinga, Zabbix, a systemd timer): 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN —
// also for a bad command line or a missing secret, as those plugins do.
#include "CommandLine.h"
#include "Commands.h"

#include "ConnectorExporter.h"
#include "ConnectorFile.h"
#include "HealthCheck.h"
#include "KeychainSecretStore.h"
#include "Plan.h"
#include "SecretSources.h"
#include "State.h"
#include "StateStore.h"
#include "TrustedCertificates.h"

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTimer>

#include <cstdio>
#include <optional>

namespace {
struct HealthCommandText
{
    Q_DECLARE_TR_FUNCTIONS(HealthCommand)
};

constexpr int unknownExit = 3;

int unknownBecause(const QString &message, bool json)
{
    if (json) {
        const QJsonObject object{{QStringLiteral("status"), QStringLiteral("UNKNOWN")},
                                 {QStringLiteral("exitCode"), unknownExit},
                                 {QStringLiteral("message"), message}};
        printText(stdout, QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) +
                              QLatin1Char('\n'));
    } else {
        printText(stdout, HealthCommandText::tr("UNKNOWN: %1\n").arg(message));
    }
    return unknownExit;
}

// A non-negative whole number of days from an option; nullopt when it is not one.
std::optional<int> days(const QCommandLineParser &parser, const QCommandLineOption &option, int fallback)
{
    if (!parser.isSet(option))
        return fallback;
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value < 0 || value > 3650)
        return std::nullopt;
    return value;
}

// The target from a state directory: the connector step's values, the operator's current password
// from the keychain, and the admin (from the plan the state names) when a secret is at hand without
// asking.
std::optional<HealthTarget> targetFromState(const QString &directory, const QString &passwordFile,
                                            SecretStore &keychain, QString *error)
{
    State state;
    if (!StateStore::read(directory, &state, error))
        return std::nullopt;
    std::optional<ConnectorConfig> config = ConnectorExporter::assembledConfig(state, error);
    if (!config) {
        *error = HealthCommandText::tr("%1 Finish the onboarding first (mpki-setup run).").arg(*error);
        return std::nullopt;
    }
    HealthTarget target;
    const QString host = config->scmHost();
    SecretSpec operatorSecret;
    operatorSecret.description = HealthCommandText::tr("the password of the operator %1").arg(config->login);
    operatorSecret.keychainKey =
        SecretStore::key(host, config->customerUri, config->login, SecretStore::operatorCurrentSlot());
    operatorSecret.mayPrompt = false; // a monitoring check never waits for a person
    const ResolvedSecret operatorPassword = SecretSources::resolveNow(operatorSecret, &keychain);
    if (!operatorPassword.ok()) {
        *error = operatorPassword.message;
        return std::nullopt;
    }
    config->password = operatorPassword.value;
    target.connector = *config;

    const QString stateArgument = QDir::toNativeSeparators(directory);
    target.rotateCommand = QStringLiteral("mpki-setup rotate --state %1").arg(stateArgument);
    Plan plan;
    QString planError;
    if (!state.planPath.isEmpty() && Plan::load(state.planPath, &plan, &planError)) {
        target.runCommand =
            QStringLiteral("mpki-setup run --plan %1 --state %2 --only %3")
                .arg(QDir::toNativeSeparators(state.planPath), stateArgument, QStringLiteral("%1"));
        SecretSpec admin =
            SecretSources::adminPassword(host, plan.scm.customerUri, plan.scm.login, passwordFile);
        admin.mayPrompt = false; // optional: a timer has no terminal, and health never waits
        const ResolvedSecret adminPassword = SecretSources::resolveNow(admin, &keychain);
        if (adminPassword.ok())
            target.admin = {ScmTransport::normaliseBaseUrl(plan.scm.baseUrl), plan.scm.customerUri,
                            plan.scm.login, adminPassword.value};
    }
    return target;
}

std::optional<HealthTarget> targetFromConnector(const QString &path, const QString &passphraseFile,
                                                QString *error)
{
    const auto document = ConnectorFile::readDocument(path, error);
    if (!document)
        return std::nullopt;
    QString passphrase;
    if (ConnectorFile::isEncrypted(*document)) {
        SecretSpec spec;
        spec.description = HealthCommandText::tr("the passphrase of the connector file %1")
                               .arg(QDir::toNativeSeparators(path));
        spec.file = passphraseFile;
        spec.fileOption = QStringLiteral("--passphrase-file");
        const ResolvedSecret resolved = SecretSources::resolveNow(spec, nullptr);
        if (!resolved.ok()) {
            *error = resolved.message;
            return std::nullopt;
        }
        passphrase = resolved.value;
    }
    const auto config = ConnectorFile::decode(*document, passphrase, error);
    if (!config)
        return std::nullopt;
    HealthTarget target;
    target.connector = *config;
    return target;
}
} // namespace

int healthCommand(const QStringList &arguments)
{
    const QString description = HealthCommandText::tr(
        "Checks that the gateway's connection to SCM still works and for how long: signs in as the operator "
        "with the gateway's password and checks its password expiry, API-only, role and privilege, the "
        "organisation's REST access and OV S/MIME validation, each domain's delegation and DCV, and the "
        "S/MIME profile. Changes nothing. Exit codes follow the monitoring-plugin convention (Nagios, "
        "Icinga, Zabbix): 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN (SCM unreachable, no secret, bad "
        "command line).");
    CommandLine commandLine(QStringLiteral("health"), description);
    QCommandLineParser &parser = commandLine.parser();
    const QCommandLineOption stateOption(QStringLiteral("state"),
                                         HealthCommandText::tr("The state directory of the onboarding (the "
                                                               "operator's password from the keychain)."),
                                         HealthCommandText::tr("DIR"));
    const QCommandLineOption connectorOption(
        QStringLiteral("connector"),
        HealthCommandText::tr("A connector file instead of a state directory (works on any machine)."),
        HealthCommandText::tr("FILE"));
    const QCommandLineOption passphraseOption(
        QStringLiteral("passphrase-file"),
        HealthCommandText::tr("A file whose first line is the connector file's passphrase."),
        HealthCommandText::tr("F"));
    const QCommandLineOption passwordOption(
        QStringLiteral("password-file"),
        HealthCommandText::tr("A file whose first line is the admin's password, to check its expiry too "
                              "(optional; also MPKI_SCM_PASSWORD or the keychain)."),
        HealthCommandText::tr("F"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        HealthCommandText::tr("Print one JSON object."));
    const QCommandLineOption warnOption(
        QStringLiteral("warn-days"),
        HealthCommandText::tr("WARNING when something expires within this many days (default 21)."),
        HealthCommandText::tr("N"));
    const QCommandLineOption criticalOption(
        QStringLiteral("critical-days"),
        HealthCommandText::tr("CRITICAL when something expires within this many days (default 7)."),
        HealthCommandText::tr("N"));
    const QCommandLineOption timeoutOption(
        QStringLiteral("timeout"), HealthCommandText::tr("Give up after this many seconds (default 60)."),
        HealthCommandText::tr("SECONDS"));
    const QCommandLineOption caOption(QStringLiteral("ca-file"),
                                      HealthCommandText::tr("Also trust the CA certificates in this file "
                                                            "(PEM or DER) for SCM."),
                                      HealthCommandText::tr("FILE"));
    parser.addOptions({stateOption, connectorOption, passphraseOption, passwordOption, jsonOption, warnOption,
                       criticalOption, timeoutOption, caOption});

    if (const std::optional<int> finished = commandLine.parse(arguments))
        return *finished == ExitCode::Complete ? ExitCode::Complete : unknownExit;
    const bool json = parser.isSet(jsonOption);
    // A monitoring plugin's output is its interface: the transport's progress notes stay out of it
    // (QT_LOGGING_RULES still wins for a person who wants them).
    QLoggingCategory::setFilterRules(QStringLiteral("mpki.*.debug=false\nmpki.*.info=false"));
    const QString directory = parser.value(stateOption);
    const QString connector = parser.value(connectorOption);
    if (directory.isEmpty() == connector.isEmpty())
        return unknownBecause(
            HealthCommandText::tr("give either the state directory (--state DIR) or a connector file "
                                  "(--connector FILE)."),
            json);
    HealthThresholds thresholds;
    const std::optional<int> warn = days(parser, warnOption, thresholds.warnDays);
    const std::optional<int> critical = days(parser, criticalOption, thresholds.criticalDays);
    if (!warn || !critical || *critical > *warn)
        return unknownBecause(HealthCommandText::tr("--warn-days and --critical-days take a number of days "
                                                    "from 0 to 3650, the critical one not above the warning "
                                                    "one."),
                              json);
    thresholds.warnDays = *warn;
    thresholds.criticalDays = *critical;
    bool timeoutOk = true;
    const int timeoutSeconds =
        parser.isSet(timeoutOption) ? parser.value(timeoutOption).toInt(&timeoutOk) : 60;
    if (!timeoutOk || timeoutSeconds < 1 || timeoutSeconds > 3600)
        return unknownBecause(HealthCommandText::tr("--timeout takes a number of seconds from 1 to 3600."),
                              json);
    QString error;
    QList<QSslCertificate> caCertificates;
    if (parser.isSet(caOption)) {
        caCertificates = TrustedCertificates::readFile(parser.value(caOption), &error);
        if (caCertificates.isEmpty())
            return unknownBecause(error, json);
    }

    KeychainSecretStore keychain;
    const std::optional<HealthTarget> target =
        directory.isEmpty() ? targetFromConnector(connector, parser.value(passphraseOption), &error)
                            : targetFromState(directory, parser.value(passwordOption), keychain, &error);
    if (!target)
        return unknownBecause(error, json);

    ScmTransport transport;
    transport.addCaCertificates(caCertificates);
    HealthCheck check(&transport, *target, thresholds);
    check.setTimeoutMs(timeoutSeconds * 1000);
    HealthReport report;
    QEventLoop loop;
    QObject::connect(&check, &HealthCheck::finished, &loop, [&](const HealthReport &answer) {
        report = answer;
        loop.quit();
    });
    check.start();
    // The check ends itself at its timeout; this is the cap on top of that.
    QTimer::singleShot((timeoutSeconds + 10) * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    if (report.isEmpty())
        return unknownBecause(
            HealthCommandText::tr("the check did not finish within %n second(s).", nullptr, timeoutSeconds),
            json);

    if (json) {
        printText(stdout, QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact)) +
                              QLatin1Char('\n'));
    } else {
        // The plugin convention's first line: the status and a summary, then one line per check.
        printText(stdout, HealthCommandText::tr("%1: the SCM connection of the operator %2 at %3 (%4)\n")
                              .arg(HealthReport::levelName(report.overall()), report.operatorLogin,
                                   report.scmBaseUrl, report.customerUri));
        for (const QString &line : report.lines())
            printText(stdout, line + QLatin1Char('\n'));
    }
    return report.exitCode();
}
