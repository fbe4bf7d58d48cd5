#pragma once

#include <QCommandLineParser>
#include <QHash>
#include <QList>
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

// An option read before QCommandLineParser runs: its name as the parser knows it ("lang"; one letter
// for a short option, "h" for -h) and whether a value follows it.
struct EarlyOption
{
    QString name;
    bool takesValue = false;
};

// The one look at the raw arguments before QCommandLineParser runs, for what must be known before it
// can: which application object main() makes (--help, --version), which translators it installs
// (--lang), whether the wizard renders offscreen (--walk, --screenshots). Read as the parser reads
// them: "--name value" and "--name=value" (a value option), "--name" or "-n" (a flag), the last one
// counts, nothing after "--" is an option. An argument that is none of `options` is skipped as a flag
// would be. It only peeks: the parser still judges the command line, and reports what is wrong.
class ArgumentPreScan
{
public:
    ArgumentPreScan(const QStringList &arguments, const QList<EarlyOption> &options);

    bool isSet(const QString &name) const { return m_values.contains(name); }
    // Whether any of the options it was given is on the command line.
    bool isAnySet() const { return !m_values.isEmpty(); }
    // The value of a value option (the last one given); empty when it is not set or has no value.
    QString value(const QString &name) const { return m_values.value(name); }

    // The options QCommandLineParser's addHelpOption() and addVersionOption() add.
    static QList<EarlyOption> helpAndVersion();

private:
    QHash<QString, QString> m_values; // set options; a flag's value is empty
};

// `helpText` of a QCommandLineParser with its usage line naming `command` ("mpki-setup run") instead of
// the executable's path.
QString usageNamingCommand(const QString &helpText, const QString &command);

// Writes `text` to `stream` at once (a terminal, a pipe or a log reads it as it comes).
void printText(FILE *stream, const QString &text);
