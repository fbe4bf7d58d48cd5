#pragma once

#include <QCommandLineParser>
#include <QStringList>

#include <cstdio>
#include <optional>

// What the commands' command lines do alike: --help, --version and the --lang that main() has
// already applied, parsing with a message that names the command, and no stray arguments.
class CommandLine
{
public:
    // `command`: "run", "status", ...; empty for the wizard (plain `mpki-setup`). `languageHelp`: shown
    // for --lang when the command uses the language itself (e.g. for a document it writes); empty
    // keeps --lang out of the help.
    CommandLine(const QString &command, const QString &description, const QString &languageHelp = QString());

    QCommandLineParser &parser() { return m_parser; }

    // The exit code when the command is finished already (--help, --version, or a bad command line,
    // whose message is printed), std::nullopt when it goes on.
    std::optional<int> parse(const QStringList &arguments);

private:
    QString m_name; // "mpki-setup run": what people type, in messages and the usage line
    QCommandLineParser m_parser;
    QCommandLineOption m_help;
    QCommandLineOption m_version;
};

// `helpText` of a QCommandLineParser with its usage line naming `command` ("mpki-setup run") instead of
// the executable's path.
QString usageNamingCommand(const QString &helpText, const QString &command);

// Writes `text` to `stream` at once (a terminal, a pipe or a log reads it as it comes).
void printText(FILE *stream, const QString &text);
