// mpki-setup import --in FILE [--passphrase-file F] [--json] [--show-password]: reads a connector
// file (docs/connector-file.md) and prints its values — readably, or as one JSON object with the
// file format's field names. The password only with --show-password; a wrong passphrase or a
// changed file is refused with a message and exit code 2, never with garbage.
#include "CommandLine.h"
#include "Commands.h"

#include "ConnectorFile.h"
#include "SecretSources.h"
#include "Translations.h"
#include "ValuesSheet.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cstdio>

namespace {
struct ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)
};

QString readableValues(const ConnectorConfig &config, bool showPassword, const QString &language)
{
    QString text;
    const ValuesSheet sheet(config, {language, showPassword});
    QString section;
    for (const ValuesSheet::Field &field : sheet.fields()) {
        if (field.section != section) {
            section = field.section;
            text += section + QLatin1Char('\n');
        }
        text += QStringLiteral("  %1: %2\n").arg(field.label, field.value);
    }
    text += ImportCommand::tr("SCM: %1 (customer URI %2)\n").arg(config.scmBaseUrl, config.customerUri);
    if (config.passwordExpires.isValid())
        text += ImportCommand::tr("The operator's password expires on %1.\n")
                    .arg(config.passwordExpires.toString(Qt::ISODate));
    if (config.createdAt.isValid())
        text += ImportCommand::tr("Made on %1%2.\n")
                    .arg(config.createdAt.toUTC().toString(Qt::ISODate),
                         config.plan.isEmpty() ? QString()
                                               : ImportCommand::tr(" from the plan %1").arg(config.plan));
    for (const QString &warning : config.warnings())
        text += ImportCommand::tr("Note: %1\n").arg(warning);
    return text;
}
} // namespace

int importCommand(const QStringList &arguments)
{
    const QString description = ImportCommand::tr(
        "Reads a connector file written by mpki-setup (run --export or export) and prints the "
        "values for the SEPPmail gateway's MPKI → Sectigo page. The password is masked unless "
        "--show-password is given.");
    CommandLine commandLine(QStringLiteral("import"), description);
    QCommandLineParser &parser = commandLine.parser();
    const QCommandLineOption inOption(QStringLiteral("in"), ImportCommand::tr("The connector file."),
                                      ImportCommand::tr("FILE"));
    const QCommandLineOption passphraseOption(
        QStringLiteral("passphrase-file"),
        ImportCommand::tr(
            "A file whose first line is the passphrase (without it, the passphrase is asked for "
            "on the terminal)."),
        ImportCommand::tr("F"));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"), ImportCommand::tr("Print one JSON object with the file's field names."));
    const QCommandLineOption showPasswordOption(QStringLiteral("show-password"),
                                                ImportCommand::tr("Show the operator's password."));
    parser.addOptions({inOption, passphraseOption, jsonOption, showPasswordOption});

    if (const std::optional<int> finished = commandLine.parse(arguments))
        return *finished;
    const QString path = parser.value(inOption);
    if (path.isEmpty()) {
        printText(stderr, ImportCommand::tr("mpki-setup import: give the connector file with --in FILE.\n"));
        return ExitCode::BadInput;
    }

    QString error;
    const auto document = ConnectorFile::readDocument(path, &error);
    if (!document) {
        printText(stderr, ImportCommand::tr("mpki-setup import: %1\n").arg(error));
        return ExitCode::BadInput;
    }
    QString passphrase;
    if (ConnectorFile::isEncrypted(*document)) {
        SecretSpec spec;
        spec.description =
            ImportCommand::tr("the passphrase of the connector file %1").arg(QDir::toNativeSeparators(path));
        spec.file = parser.value(passphraseOption);
        spec.fileOption = QStringLiteral("--passphrase-file");
        const ResolvedSecret resolved = SecretSources::resolveNow(spec, nullptr);
        if (!resolved.ok()) {
            printText(stderr, ImportCommand::tr("mpki-setup import: %1\n").arg(resolved.message));
            return ExitCode::BadInput;
        }
        passphrase = resolved.value;
    }
    ConnectorFile::Failure failure = ConnectorFile::Failure::None;
    const auto config = ConnectorFile::decode(*document, passphrase, &error, &failure);
    if (!config) {
        printText(
            stderr,
            ImportCommand::tr("mpki-setup import: %1: %2\n").arg(QDir::toNativeSeparators(path), error));
        return failure == ConnectorFile::Failure::Io ? ExitCode::Other : ExitCode::BadInput;
    }

    const bool showPassword = parser.isSet(showPasswordOption);
    if (parser.isSet(jsonOption)) {
        QJsonObject json = config->plainJson();
        json.insert(QStringLiteral("format"), ConnectorFile::format());
        if (showPassword)
            json.insert(QStringLiteral("password"), config->password);
        printText(stdout,
                  QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)) + QLatin1Char('\n'));
    } else {
        QString language = requestedLanguage(arguments);
        if (language.isEmpty())
            language = QLocale().name();
        printText(stdout, readableValues(*config, showPassword, language));
    }
    return ExitCode::Complete;
}
