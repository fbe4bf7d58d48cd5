#include "CommandLine.h"

#include "Commands.h"
#include "VisibleText.h"

#include <QCoreApplication>

CommandLine::CommandLine(const QString &command, const QString &description, const QString &languageHelp)
    : m_name(command.isEmpty() ? QStringLiteral("mpki-setup") : QStringLiteral("mpki-setup ") + command)
    , m_help(m_parser.addHelpOption())
    , m_version(m_parser.addVersionOption())
{
    m_parser.setApplicationDescription(description);
    QCommandLineOption language(QStringLiteral("lang"), languageHelp,
                                QCoreApplication::translate("CommandLine", "L"));
    if (languageHelp.isEmpty())
        language.setFlags(QCommandLineOption::HiddenFromHelp); // applied by main() before parsing
    m_parser.addOption(language);
}

std::optional<int> CommandLine::parse(const QStringList &arguments)
{
    if (!m_parser.parse(QStringList{m_name} + arguments)) {
        printText(stderr,
                  QCoreApplication::translate("CommandLine", "%1: %2\n").arg(m_name, m_parser.errorText()));
        return ExitCode::BadInput;
    }
    if (m_parser.isSet(m_help)) {
        printText(stdout, usageNamingCommand(m_parser.helpText(), m_name));
        return ExitCode::Complete;
    }
    if (m_parser.isSet(m_version)) {
        printText(stdout, QStringLiteral("mpki-setup %1\n").arg(QCoreApplication::applicationVersion()));
        return ExitCode::Complete;
    }
    if (!m_parser.positionalArguments().isEmpty()) {
        printText(stderr, QCoreApplication::translate("CommandLine", "%1: unexpected argument \"%2\".\n")
                              .arg(m_name, m_parser.positionalArguments().first()));
        return ExitCode::BadInput;
    }
    return std::nullopt;
}

ArgumentPreScan::ArgumentPreScan(const QStringList &arguments, const QList<EarlyOption> &options)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            break;
        for (const EarlyOption &option : options) {
            const QString spelled =
                (option.name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + option.name;
            if (argument == spelled) {
                // A value option takes the next argument whatever it looks like, as the parser does.
                const bool hasValue = option.takesValue && i + 1 < arguments.size();
                m_values.insert(option.name, hasValue ? arguments.at(i + 1) : QString());
                i += hasValue ? 1 : 0;
                break;
            }
            if (option.takesValue && option.name.size() > 1 &&
                argument.startsWith(spelled + QLatin1Char('='))) {
                m_values.insert(option.name, argument.mid(spelled.size() + 1));
                break;
            }
        }
    }
}

QList<EarlyOption> ArgumentPreScan::helpAndVersion()
{
    return {{QStringLiteral("h")},
            {QStringLiteral("help")},
            {QStringLiteral("help-all")},
            {QStringLiteral("v")},
            {QStringLiteral("version")}};
}

QString usageNamingCommand(const QString &helpText, const QString &command)
{
    // QCommandLineParser's usage line names the executable as it was started (a path, and without the
    // command); people type the command.
    const QString executable = QCoreApplication::arguments().value(0);
    const qsizetype lineEnd = helpText.indexOf(QLatin1Char('\n'));
    const qsizetype at = executable.isEmpty() ? -1 : helpText.indexOf(executable);
    if (at < 0 || (lineEnd >= 0 && at > lineEnd))
        return helpText;
    QString text = helpText;
    return text.replace(at, executable.size(), command);
}

void printText(FILE *stream, const QString &text)
{
    // Messages carry text from outside (a plan, a server's answer, a file): a NUL in it would end the
    // output there, a carriage return or a direction override would make it read as something else.
    std::fputs(VisibleText::forTerminal(text).toLocal8Bit().constData(), stream);
    std::fflush(stream);
}
