// mpki-bench: the performance benchmark of issue 7 (docs/performance.md). Measures the five figures
// side by side with their targets, prints a table and writes results.json; exits 1 when a target is
// missed. Not a test: nothing here runs under ctest except the smoke run (tests/bench/CMakeLists.txt).
#include "Benches.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSysInfo>
#include <QThread>

#include <algorithm>
#include <cstdio>

void benchLog(const QString &line)
{
    std::fprintf(stderr, "mpki-bench: %s\n", qPrintable(line));
    std::fflush(stderr);
}

namespace {
QString fixed(double value)
{
    if (value == 0)
        return QStringLiteral("0");
    return QString::number(value, 'f', value >= 100 ? 0 : (value >= 10 ? 1 : 2));
}

void printTable(const QList<Figure> &figures)
{
    std::printf("\n%-24s %9s %9s %9s %5s  %-8s %-4s  %s\n", "figure", "median", "min", "max", "runs",
                "target", "met", "beside (median)");
    for (const Figure &figure : figures) {
        const Summary s = figure.summary();
        QStringList beside;
        const QMap<QString, Summary> absolute = figure.beside();
        for (auto it = absolute.cbegin(); it != absolute.cend(); ++it)
            beside << QStringLiteral("%1=%2").arg(it.key(), fixed(it.value().median));
        if (!figure.error().isEmpty())
            beside.prepend(QStringLiteral("ERROR: ") + figure.error());
        std::printf("%-24s %9s %9s %9s %5d  %-8s %-4s  %s\n", qPrintable(figure.name()),
                    qPrintable(fixed(s.median)), qPrintable(fixed(s.min)), qPrintable(fixed(s.max)), s.runs,
                    qPrintable(figure.target()), figure.met() ? "yes" : "NO",
                    qPrintable(beside.join(QStringLiteral(", "))));
    }
    std::fflush(stdout);
}

// The same table in Markdown, for docs/performance.md's "Latest results".
QString markdownTable(const QList<Figure> &figures)
{
    QStringList lines{
        QStringLiteral("| figure | value | min | max | runs | target | met | beside (median) |"),
        QStringLiteral("|---|---|---|---|---|---|---|---|")};
    for (const Figure &figure : figures) {
        const Summary s = figure.summary();
        QStringList beside;
        const QMap<QString, Summary> absolute = figure.beside();
        for (auto it = absolute.cbegin(); it != absolute.cend(); ++it)
            beside << QStringLiteral("%1 %2").arg(it.key(), fixed(it.value().median));
        if (!figure.error().isEmpty())
            beside.prepend(QStringLiteral("error: ") + figure.error());
        lines << QStringLiteral("| `%1` | **%2** | %3 | %4 | %5 | %6 | %7 | %8 |")
                     .arg(figure.name(), fixed(figure.value()), fixed(s.min), fixed(s.max))
                     .arg(s.runs)
                     .arg(figure.target(), figure.met() ? QStringLiteral("yes") : QStringLiteral("**no**"),
                          beside.join(QStringLiteral(", ")));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

bool writeResults(const QString &path, const QList<Figure> &figures, const BenchSettings &settings,
                  double seconds, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QJsonArray list;
    for (const Figure &figure : figures)
        list << figure.toJson();
    const QJsonObject root{
        {QStringLiteral("date"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("machine"), QJsonObject{{QStringLiteral("cores"), QThread::idealThreadCount()},
                                                {QStringLiteral("kernel"), QSysInfo::kernelVersion()},
                                                {QStringLiteral("os"), QSysInfo::prettyProductName()},
                                                {QStringLiteral("qt"), QString::fromLatin1(qVersion())}}},
        {QStringLiteral("settings"), QJsonObject{{QStringLiteral("runs"), settings.runs},
                                                 {QStringLiteral("latency_ms"), settings.latencyMs},
                                                 {QStringLiteral("example_domains"), settings.exampleDomains},
                                                 {QStringLiteral("bulk_domains"), settings.bulkDomains},
                                                 {QStringLiteral("pending_hours"), settings.pendingHours},
                                                 {QStringLiteral("clock_factor"), settings.clockFactor},
                                                 {QStringLiteral("request_logs"), settings.logDirectory}}},
        {QStringLiteral("duration_seconds"), qRound(seconds)},
        {QStringLiteral("figures"), list}};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    const QString markdownPath =
        QFileInfo(path).absoluteDir().filePath(QFileInfo(path).completeBaseName() + QStringLiteral(".md"));
    QSaveFile markdown(markdownPath);
    if (!markdown.open(QIODevice::WriteOnly)) {
        *error = markdown.errorString();
        return false;
    }
    markdown.write(QStringLiteral("Measured %1 on %2, %3 cores, Qt %4, in %5 s.\n\n")
                       .arg(root.value(QStringLiteral("date")).toString(), QSysInfo::prettyProductName())
                       .arg(QThread::idealThreadCount())
                       .arg(QString::fromLatin1(qVersion()))
                       .arg(qRound(seconds))
                       .toUtf8());
    markdown.write(markdownTable(figures).toUtf8());
    if (!markdown.commit()) {
        *error = markdown.errorString();
        return false;
    }
    return true;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mpki-bench"));
    // The engine's and simulator's chatter would drown the progress lines (QT_LOGGING_RULES wins).
    QLoggingCategory::setFilterRules(QStringLiteral("mpki.*.debug=false\nmpki.*.info=false"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("The performance benchmark of mpki-setup (docs/performance.md)."));
    parser.addHelpOption();
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       QStringLiteral("Write the figures to FILE (JSON)."),
                                       QStringLiteral("FILE"), QStringLiteral("build/bench/results.json"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Runs per figure (at least 5)."), QStringLiteral("N"),
                                        QStringLiteral("5"));
    const QCommandLineOption onlyOption(
        QStringLiteral("only"), QStringLiteral("Measure only these groups: critical,bulk,polling,startup."),
        QStringLiteral("LIST"));
    const QCommandLineOption smokeOption(
        QStringLiteral("smoke"), QStringLiteral("One tiny run of everything, to check that the benchmark "
                                                "works (its figures mean nothing)."));
    const QCommandLineOption domainsOption(QStringLiteral("bulk-domains"),
                                           QStringLiteral("Domains of the bulk figure (default 300)."),
                                           QStringLiteral("N"), QStringLiteral("300"));
    parser.addOptions({outOption, runsOption, onlyOption, smokeOption, domainsOption});
    parser.process(app);

    BenchSettings settings;
    const bool smoke = parser.isSet(smokeOption);
    settings.runs = parser.value(runsOption).toInt();
    settings.bulkDomains = std::max(1, parser.value(domainsOption).toInt());
    if (smoke) {
        settings.runs = 1;
        settings.latencyMs = 5;
        settings.bulkDomains = 12;
        settings.pendingHours = 1;
        settings.clockFactor = 3600;
    } else if (settings.runs < 5) {
        benchLog(QStringLiteral("--runs must be at least 5: every figure is the median of 5 runs or more"));
        return 2;
    }
    const QString out = parser.value(outOption);
    settings.logDirectory = QFileInfo(out).absoluteDir().filePath(QStringLiteral("request-logs"));
    QDir().mkpath(settings.logDirectory);

    QStringList groups{QStringLiteral("critical"), QStringLiteral("bulk"), QStringLiteral("polling"),
                       QStringLiteral("startup")};
    if (parser.isSet(onlyOption)) {
        const QStringList wanted = parser.value(onlyOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &group : wanted) {
            if (!groups.contains(group)) {
                benchLog(QStringLiteral("unknown group '%1' (known: %2)")
                             .arg(group, groups.join(QLatin1Char(','))));
                return 2;
            }
        }
        groups = wanted;
    }

    QElapsedTimer total;
    total.start();
    QList<Figure> figures;
    if (groups.contains(QLatin1String("critical")))
        figures += benchCriticalPath(settings);
    if (groups.contains(QLatin1String("bulk")))
        figures += benchBulk(settings);
    if (groups.contains(QLatin1String("polling")))
        figures += benchPolling(settings);
    if (groups.contains(QLatin1String("startup")))
        figures += benchStartup(settings);
    const double seconds = double(total.elapsed()) / 1000.0;

    printTable(figures);
    QString error;
    if (!writeResults(out, figures, settings, seconds, &error)) {
        benchLog(QStringLiteral("cannot write %1: %2").arg(out, error));
        return 2;
    }
    bool allMet = true, allMeasured = true;
    for (const Figure &figure : figures) {
        allMet &= figure.met();
        allMeasured &= figure.error().isEmpty();
    }
    std::printf("\n%s after %.0f s; written to %s\n", allMet ? "every target met" : "a target was MISSED",
                seconds, qPrintable(out));
    // A smoke run proves only that every figure can be measured; its values mean nothing.
    if (smoke)
        return allMeasured ? 0 : 1;
    return allMet ? 0 : 1;
}
