// mpki-setup export --state DIR --out FILE (--passphrase-file F | --plain) [--sheet FILE.pdf|.html]
// [--lang L]: writes the connector file (docs/connector-file.md) from a state directory — the
// connector step's values (state.json, no secret) and the operator's current password from the
// keychain — and, when asked, the values sheet. Works from any later process on the same machine.
#include "CommandLine.h"
#include "Commands.h"

#include "ConnectorExporter.h"
#include "ConnectorOutput.h"
#include "KeychainSecretStore.h"
#include "SecretSources.h"
#include "State.h"
#include "StateStore.h"
#include "Translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

#include <cstdio>
#include <optional>
#include <utility>

namespace {
struct ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
};
} // namespace

bool exportNeedsGui(const QStringList &arguments)
{
    // Before main() picks the application object: the shared pre-scan, not the parser.
    return ArgumentPreScan(arguments, {{QStringLiteral("sheet"), true}})
        .value(QStringLiteral("sheet"))
        .endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
}

int exportCommand(const QStringList &arguments)
{
    const QString description = ExportCommand::tr(
        "Writes the connector file for the SEPPmail gateway from a state directory: the values the connector "
        "step assembled and the operator's password from the keychain, encrypted with a passphrase (or in "
        "the clear with --plain), and optionally the values sheet as PDF or HTML.");
    CommandLine commandLine(QStringLiteral("export"), description,
                            ExportCommand::tr("The language of the messages and the sheet's labels."));
    QCommandLineParser &parser = commandLine.parser();
    const QCommandLineOption stateOption(QStringLiteral("state"),
                                         ExportCommand::tr("The state directory of a run."),
                                         ExportCommand::tr("DIR"));
    const QCommandLineOption outOption(
        QStringLiteral("out"), ExportCommand::tr("The connector file to write."), ExportCommand::tr("FILE"));
    const QCommandLineOption passphraseOption(
        QStringLiteral("passphrase-file"),
        ExportCommand::tr(
            "A file whose first line is the passphrase (without it, the passphrase is asked for "
            "on the terminal)."),
        ExportCommand::tr("F"));
    const QCommandLineOption plainOption(
        QStringLiteral("plain"),
        ExportCommand::tr("Write the password in the clear (the file is still 0600)."));
    const QCommandLineOption sheetOption(QStringLiteral("sheet"),
                                         ExportCommand::tr("Also write the values sheet (.pdf or .html)."),
                                         ExportCommand::tr("FILE"));
    const QCommandLineOption forceOption(
        QStringLiteral("force"),
        ExportCommand::tr("Replace the file given with --out even when it is not a connector file."));
    parser.addOptions({stateOption, outOption, passphraseOption, plainOption, sheetOption, forceOption});

    if (const std::optional<int> finished = commandLine.parse(arguments))
        return *finished;
    const QString directory = parser.value(stateOption);
    const QString out = parser.value(outOption);
    if (directory.isEmpty() || out.isEmpty()) {
        printText(stderr,
                  ExportCommand::tr("mpki-setup export: give the state directory with --state DIR and the "
                                    "file to write with --out FILE.\n"));
        return ExitCode::BadInput;
    }
    const bool plain = parser.isSet(plainOption);
    if (plain && parser.isSet(passphraseOption)) {
        printText(stderr, ExportCommand::tr(
                              "mpki-setup export: --plain and --passphrase-file exclude each other.\n"));
        return ExitCode::BadInput;
    }
    const QString sheet = parser.value(sheetOption);
    if (!sheet.isEmpty() && !ConnectorOutput::isSheetPath(sheet)) {
        printText(stderr,
                  ExportCommand::tr("mpki-setup export: the values sheet must end in .pdf or .html.\n"));
        return ExitCode::BadInput;
    }

    // Before anything is asked or read: where the files go.
    for (const auto &[path, connectorFile] :
         {std::pair<QString, bool>{out, true}, std::pair<QString, bool>{sheet, false}}) {
        if (path.isEmpty())
            continue;
        const QString problem =
            ConnectorOutput::targetProblem(path, directory, connectorFile, parser.isSet(forceOption));
        if (!problem.isEmpty()) {
            printText(stderr, ExportCommand::tr("mpki-setup export: %1\n").arg(problem));
            return ExitCode::BadInput;
        }
    }

    // The connector step's values: plain, from state.json (read without the lock: a run may hold it).
    State state;
    QString error;
    if (!StateStore::read(directory, &state, &error)) {
        printText(stderr, ExportCommand::tr("mpki-setup export: %1\n").arg(error));
        return ExitCode::BadInput;
    }
    std::optional<ConnectorConfig> config = ConnectorExporter::assembledConfig(state, &error);
    if (!config) {
        printText(stderr, ExportCommand::tr("mpki-setup export: %1 (state directory %2)\n")
                              .arg(error, QDir::toNativeSeparators(directory)));
        return ExitCode::BadInput;
    }

    // Ask for the passphrase before the keychain, so a missing one fails at once.
    QString passphrase;
    if (!plain) {
        const auto given =
            ConnectorOutput::passphraseFor(QStringLiteral("export"), out, parser.value(passphraseOption));
        if (!given)
            return ExitCode::BadInput;
        passphrase = *given;
    }

    KeychainSecretStore keychain;
    const ConnectorExportResult written =
        ConnectorOutput::writeFileNow(keychain, *config, {out, passphrase, plain});
    if (!written.ok) {
        printText(stderr, ExportCommand::tr("mpki-setup export: %1\n").arg(written.message));
        return written.failure == ConnectorExportResult::Failure::NoPassword ? ExitCode::BadInput
                                                                             : ExitCode::Other;
    }
    printText(stdout, written.message + QLatin1Char('\n'));

    if (!sheet.isEmpty()) {
        QString language = requestedLanguage(arguments);
        if (language.isEmpty())
            language = QLocale().name();
        if (!ConnectorOutput::writeSheet(*config, state, sheet, language, &error)) {
            printText(stderr, ExportCommand::tr("mpki-setup export: %1\n").arg(error));
            return ExitCode::Other;
        }
        printText(stdout,
                  ExportCommand::tr("Wrote the values sheet %1.\n").arg(QDir::toNativeSeparators(sheet)));
    }
    for (const QString &warning : config->warnings())
        printText(stdout, ExportCommand::tr("Note: %1\n").arg(warning));
    return ExitCode::Complete;
}
