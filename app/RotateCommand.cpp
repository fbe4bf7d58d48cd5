// mpki-setup rotate --state DIR [--export FILE (--passphrase-file F | --plain)] [--sheet FILE.pdf|.html]
// [--reset-operator-password [--password-file F]] [--ca-file FILE] [--lang L]: gives the operator a
// new generated password over the API (as the operator itself), keeps it in the keychain with the
// onboarding's password slots, records its expiry in the state, and writes a new connector file and
// values sheet when asked. The gateway still needs the new password typed into its MPKI page.
//
// Exit codes (DESIGN.md): 0 rotated, 2 bad input (no state, no secret), 3 SCM did not answer the change
// (run again: both passwords are tried), 4 SCM refused, 5 SCM unreachable, 1 anything else.
#include "CommandLine.h"
#include "Commands.h"

#include "ConnectorExporter.h"
#include "ConnectorOutput.h"
#include "Journal.h"
#include "KeychainSecretStore.h"
#include "OperatorPasswordRotation.h"
#include "Plan.h"
#include "SecretSources.h"
#include "State.h"
#include "StateStore.h"
#include "StepId.h"
#include "Translations.h"
#include "TrustedCertificates.h"

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QLocale>
#include <QTimer>

#include <cstdio>
#include <optional>
#include <utility>

namespace {
struct RotateCommandText
{
    Q_DECLARE_TR_FUNCTIONS(RotateCommand)
};

// Every call is bounded by the transport's deadline and retries; this caps the whole rotation.
constexpr int rotationCapMs = 300000;

int failWith(int code, const QString &message)
{
    printText(stderr, RotateCommandText::tr("mpki-setup rotate: %1\n").arg(message));
    return code;
}

int exitCodeOf(RotationResult::Outcome outcome)
{
    switch (outcome) {
    case RotationResult::Outcome::Rotated:
    case RotationResult::Outcome::Recovered:
        return ExitCode::Complete;
    case RotationResult::Outcome::NoWorkingPassword:
        return ExitCode::BadInput;
    case RotationResult::Outcome::Refused:
        return ExitCode::Refused;
    case RotationResult::Outcome::Uncertain:
        return ExitCode::Waiting;
    case RotationResult::Outcome::Network:
        return ExitCode::Network;
    case RotationResult::Outcome::SecretStore:
        return ExitCode::Other;
    }
    return ExitCode::Other;
}

RotationResult rotateNow(OperatorPasswordRotation &rotation)
{
    RotationResult result;
    result.outcome = RotationResult::Outcome::Uncertain;
    result.message =
        RotateCommandText::tr("The rotation did not finish within %n second(s); run it again: it tries "
                              "the old and the new password.",
                              nullptr, rotationCapMs / 1000);
    QEventLoop loop;
    QObject::connect(&rotation, &OperatorPasswordRotation::finished, &loop,
                     [&](const RotationResult &answer) {
                         result = answer;
                         loop.quit();
                     });
    rotation.start();
    QTimer::singleShot(rotationCapMs, &loop, &QEventLoop::quit);
    loop.exec();
    return result;
}
} // namespace

int rotateCommand(const QStringList &arguments)
{
    const QString description = RotateCommandText::tr("Gives the operator a new generated password over the "
                                                      "API, keeps it in the keychain, and writes a new "
                                                      "connector file and values sheet when asked. The "
                                                      "gateway's MPKI page then needs the new password: the "
                                                      "old one stops working at once.");
    CommandLine commandLine(QStringLiteral("rotate"), description,
                            RotateCommandText::tr("The language of the messages and the sheet's labels."));
    QCommandLineParser &parser = commandLine.parser();
    const QCommandLineOption stateOption(QStringLiteral("state"),
                                         RotateCommandText::tr("The state directory of the onboarding."),
                                         RotateCommandText::tr("DIR"));
    const QCommandLineOption exportOption(QStringLiteral("export"),
                                          RotateCommandText::tr("Write a new connector file here."),
                                          RotateCommandText::tr("FILE"));
    const QCommandLineOption passphraseOption(
        QStringLiteral("passphrase-file"),
        RotateCommandText::tr("A file whose first line is the connector file's passphrase (without it, the "
                              "passphrase is asked for on the terminal)."),
        RotateCommandText::tr("F"));
    const QCommandLineOption plainOption(
        QStringLiteral("plain"),
        RotateCommandText::tr(
            "Write the password in the connector file in the clear (the file is still 0600)."));
    const QCommandLineOption sheetOption(
        QStringLiteral("sheet"), RotateCommandText::tr("Also write the values sheet (.pdf or .html)."),
        RotateCommandText::tr("FILE"));
    const QCommandLineOption resetOption(
        QStringLiteral("reset-operator-password"),
        RotateCommandText::tr(
            "When no stored password of the operator signs in: let the plan's MRAO admin set a "
            "new one (the gateway's configured password stops working)."));
    const QCommandLineOption passwordOption(
        QStringLiteral("password-file"),
        RotateCommandText::tr(
            "A file whose first line is the admin's password (with --reset-operator-password)."),
        RotateCommandText::tr("F"));
    const QCommandLineOption caOption(
        QStringLiteral("ca-file"),
        RotateCommandText::tr("Also trust the CA certificates in this file (PEM or DER) for SCM."),
        RotateCommandText::tr("FILE"));
    parser.addOptions({stateOption, exportOption, passphraseOption, plainOption, sheetOption, resetOption,
                       passwordOption, caOption});

    if (const std::optional<int> finished = commandLine.parse(arguments))
        return *finished;
    const QString directory = parser.value(stateOption);
    if (directory.isEmpty())
        return failWith(ExitCode::BadInput,
                        RotateCommandText::tr("give the state directory with --state DIR."));
    const QString exportPath = parser.value(exportOption);
    const bool plain = parser.isSet(plainOption);
    if (exportPath.isEmpty() && (plain || parser.isSet(passphraseOption)))
        return failWith(ExitCode::BadInput,
                        RotateCommandText::tr("--plain and --passphrase-file go with --export FILE."));
    if (plain && parser.isSet(passphraseOption))
        return failWith(ExitCode::BadInput,
                        RotateCommandText::tr("--plain and --passphrase-file exclude each other."));
    const QString sheet = parser.value(sheetOption);
    if (!sheet.isEmpty() && !ConnectorOutput::isSheetPath(sheet))
        return failWith(ExitCode::BadInput,
                        RotateCommandText::tr("the values sheet must end in .pdf or .html."));
    // Before SCM is asked for anything: never through a symbolic link, never over the state's own
    // files, never over a file that is not a connector file.
    for (const auto &[path, connectorFile] :
         {std::pair<QString, bool>{exportPath, true}, std::pair<QString, bool>{sheet, false}}) {
        if (path.isEmpty())
            continue;
        if (const QString problem = ConnectorOutput::targetProblem(path, directory, connectorFile, false);
            !problem.isEmpty())
            return failWith(ExitCode::BadInput, problem);
    }
    QString error;
    QList<QSslCertificate> caCertificates;
    if (parser.isSet(caOption)) {
        caCertificates = TrustedCertificates::readFile(parser.value(caOption), &error);
        if (caCertificates.isEmpty())
            return failWith(ExitCode::BadInput, error);
    }

    // Everything that can be wrong with the input is found before SCM is asked to change anything.
    StateStore store(directory);
    if (!StateStore::hasState(directory))
        return failWith(
            ExitCode::BadInput,
            RotateCommandText::tr("%1 holds no onboarding state.").arg(QDir::toNativeSeparators(directory)));
    if (!store.open(&error))
        return failWith(ExitCode::BadInput, error);
    std::optional<ConnectorConfig> config = ConnectorExporter::assembledConfig(store.state(), &error);
    if (!config)
        return failWith(ExitCode::BadInput, error);
    QString passphrase;
    if (!exportPath.isEmpty() && !plain) {
        const auto given = ConnectorOutput::passphraseFor(QStringLiteral("rotate"), exportPath,
                                                          parser.value(passphraseOption));
        if (!given)
            return ExitCode::BadInput;
        passphrase = *given;
    }

    KeychainSecretStore keychain;
    ScmTransport transport;
    transport.addCaCertificates(caCertificates);
    const QUrl baseUrl = ScmTransport::normaliseBaseUrl(config->scmBaseUrl);
    OperatorPasswordRotation rotation(&transport, &keychain, {baseUrl, config->customerUri, config->login});
    if (parser.isSet(resetOption)) {
        Plan plan;
        if (store.state().planPath.isEmpty() || !Plan::load(store.state().planPath, &plan, &error))
            return failWith(
                ExitCode::BadInput,
                RotateCommandText::tr("--reset-operator-password needs the plan the onboarding ran "
                                      "with, for the admin's login: %1")
                    .arg(error.isEmpty() ? RotateCommandText::tr("the state names none") : error));
        const ResolvedSecret admin = SecretSources::resolveNow(
            SecretSources::adminPassword(baseUrl.host(), plan.scm.customerUri, plan.scm.login,
                                         parser.value(passwordOption)),
            &keychain);
        if (!admin.ok())
            return failWith(ExitCode::BadInput, admin.message);
        rotation.resetWithAdmin({ScmTransport::normaliseBaseUrl(plan.scm.baseUrl), plan.scm.customerUri,
                                 plan.scm.login, admin.value});
    }
    // The change is a remote change like the onboarding's: the journal says it was sent.
    Journal journal(store.journalPath());
    journal.watch(&transport, [](const QByteArray &) { return QStringLiteral("rotate"); });

    const RotationResult result = rotateNow(rotation);
    if (!result.ok())
        return failWith(exitCodeOf(result.outcome),
                        result.adminResetWouldHelp
                            ? RotateCommandText::tr("%1 To let it, run the rotation again with "
                                                    "--reset-operator-password (the admin's password from "
                                                    "--password-file, MPKI_SCM_PASSWORD or the keychain).")
                                  .arg(result.message)
                            : result.message);

    // What the state knows about the password now: its expiry, for health, the report and the sheet.
    PasswordExpiry expiry;
    expiry.login = config->login;
    expiry.expires = result.expires;
    expiry.state = result.passwordState;
    expiry.checked = result.changedAt;
    store.state().recordPasswordExpiry(StepId::Password, PasswordHolder::Operator, expiry);
    config->passwordExpires = result.expires;
    QJsonObject &details = store.state().step(StepId::Connector).details;
    details.insert(QStringLiteral("connector"), config->plainJson());
    // Not saved: the password is in the keychain all the same; the files are still written, and the run
    // ends with an error naming the state file.
    const bool saved = store.save(&error);
    if (!saved)
        printText(stderr,
                  RotateCommandText::tr("mpki-setup rotate: the new password is in the keychain, but the "
                                        "state could not be saved: %1\n")
                      .arg(error));

    printText(stdout, result.message + QLatin1Char('\n'));
    const QString expires = result.expires.isValid() ? result.expires.toString(Qt::ISODate)
                                                     : RotateCommandText::tr("(SCM gives no date)");
    printText(stdout,
              RotateCommandText::tr("New password: %1 (kept in the keychain; expires %2). The old one "
                                    "stopped working at %3.\n")
                  .arg(QString(result.password.size(), QLatin1Char('*')), expires,
                       result.changedAt.toString(Qt::ISODate)));

    if (!exportPath.isEmpty()) {
        const ConnectorExportResult written =
            ConnectorOutput::writeFileNow(keychain, *config, {exportPath, passphrase, plain});
        if (!written.ok)
            return failWith(ExitCode::Other, written.message);
        printText(stdout, written.message + QLatin1Char('\n'));
    }
    if (!sheet.isEmpty()) {
        QString language = requestedLanguage(arguments);
        if (language.isEmpty())
            language = QLocale().name();
        if (!ConnectorOutput::writeSheet(*config, store.state(), sheet, language, &error))
            return failWith(ExitCode::Other, error);
        printText(stdout,
                  RotateCommandText::tr("Wrote the values sheet %1.\n").arg(QDir::toNativeSeparators(sheet)));
    }
    printText(stdout,
              RotateCommandText::tr("Type the new password into the gateway's MPKI page now: %1\n")
                  .arg(exportPath.isEmpty()
                           ? RotateCommandText::tr("mpki-setup export --state %1 --out FILE writes it into a "
                                                   "connector file.")
                                 .arg(QDir::toNativeSeparators(directory))
                           : RotateCommandText::tr("mpki-setup import --in %1 --show-password shows it.")
                                 .arg(QDir::toNativeSeparators(exportPath))));
    return ExitCode::Complete;
}
