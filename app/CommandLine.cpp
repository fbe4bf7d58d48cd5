#include "CommandLine.h"

#include "Commands.h"

#include <QCoreApplication>

CommandLine::CommandLine(const QString &command, const QString &description, const QString &languageHelp)
    : m_command(command)
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
    if (!m_parser.parse(QStringList{QStringLiteral("mpki-setup ") + m_command} + arguments)) {
        printText(stderr, QCoreApplication::translate("CommandLine", "mpki-setup %1: %2\n")
                              .arg(m_command, m_parser.errorText()));
        return ExitCode::BadInput;
    }
    if (m_parser.isSet(m_help)) {
        printText(stdout, m_parser.helpText());
        return ExitCode::Complete;
    }
    if (m_parser.isSet(m_version)) {
        printText(stdout, QStringLiteral("mpki-setup %1\n").arg(QCoreApplication::applicationVersion()));
        return ExitCode::Complete;
    }
    if (!m_parser.positionalArguments().isEmpty()) {
        printText(stderr,
                  QCoreApplication::translate("CommandLine", "mpki-setup %1: unexpected argument \"%2\".\n")
                      .arg(m_command, m_parser.positionalArguments().first()));
        return ExitCode::BadInput;
    }
    return std::nullopt;
}

void printText(FILE *stream, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fflush(stream);
}
