// Figure 4: the wizard against the Qt baseline (a bare QApplication + QWizard with one page, built
// beside the benchmark): process start to the first page painted (offscreen, measured inside each
// process), and the peak resident set after a full demo run.
#include "Benches.h"

#include "ChildProcess.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace {
constexpr int timeoutMs = 120000;
// Start-ups last ~10-30 ms on a shared machine whose hiccups are of the same size: each run takes
// the median ratio of several alternating pairs (the demo walk, seconds long, needs no such help).
constexpr int startupPairsPerRun = 3;

// What every child gets: offscreen, C locale, a home of its own so that no setting of a person
// changes what is measured.
QHash<QString, QString> baseEnvironment(const QTemporaryDir &home)
{
    return {{QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen")},
            {QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8")},
            {QStringLiteral("LANG"), QStringLiteral("C.UTF-8")},
            {QStringLiteral("LANGUAGE"), QString()},
            {QStringLiteral("HOME"), home.path()},
            {QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config"))},
            {QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data"))},
            {QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache"))},
            {QStringLiteral("XDG_RUNTIME_DIR"), home.path()}};
}

struct FirstPaint
{
    bool ok = false;
    QString error;
    double markMs = 0; // as the process measured it
    ChildProcess process;
};

// Runs `program` until its first page is painted (MPKI_EXIT_AFTER_FIRST_PAINT) and reads the
// milliseconds it wrote to MPKI_STARTUP_MARK_FILE.
FirstPaint firstPaint(const QString &program, const QStringList &arguments, const QTemporaryDir &home,
                      const QString &outputPath)
{
    FirstPaint paint;
    const QString mark = home.filePath(QStringLiteral("startup-mark"));
    QFile::remove(mark);
    QHash<QString, QString> environment = baseEnvironment(home);
    environment.insert(QStringLiteral("MPKI_STARTUP_MARK_FILE"), mark);
    environment.insert(QStringLiteral("MPKI_EXIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
    paint.process = ChildProcess::run(program, arguments, environment, timeoutMs, outputPath);
    QFile file(mark);
    bool number = false;
    if (file.open(QIODevice::ReadOnly))
        paint.markMs =
            QString::fromUtf8(file.readAll()).trimmed().section(QLatin1Char(' '), 0, 0).toDouble(&number);
    if (!paint.process.error.isEmpty())
        paint.error = paint.process.error;
    else if (paint.process.timedOut)
        paint.error = QStringLiteral("%1 did not quit after its first paint within %2 s")
                          .arg(program)
                          .arg(timeoutMs / 1000);
    else if (!number)
        paint.error = QStringLiteral("%1 wrote no start-up mark to MPKI_STARTUP_MARK_FILE (exit %2)")
                          .arg(program)
                          .arg(paint.process.exitCode);
    else
        paint.ok = true;
    return paint;
}
} // namespace

QList<Figure> benchStartup(const BenchSettings &settings)
{
    Figure startup(QStringLiteral("startup_ratio"), QStringLiteral("wizard / Qt baseline"),
                   Figure::Direction::AtMost, 1.5);
    Figure rss(QStringLiteral("rss_ratio"), QStringLiteral("wizard / Qt baseline"), Figure::Direction::AtMost,
               1.5);
    const QString wizard = QStringLiteral(MPKI_BINARY);
    const QString baseline = QStringLiteral(MPKI_BASELINE_BINARY);

    QTemporaryDir home;
    // What the programs print goes here, not between the benchmark's lines.
    const QString output = QDir(settings.logDirectory).filePath(QStringLiteral("startup-output.log"));
    QFile::remove(output);
    // Not counted: the first start after a build reads both programs and their libraries from disk.
    firstPaint(wizard, {QStringLiteral("--demo")}, home, output);
    firstPaint(baseline, {}, home, output);
    for (int run = 0; run < settings.runs; ++run) {
        // Start-up: alternating pairs, each program to its first painted page.
        QList<double> ratios, wizardMs, baselineMs;
        FirstPaint ours, theirs;
        double wizardMedianMs = 0, baselineMedianMs = 0;
        for (int pair = 0; pair < startupPairsPerRun && startup.error().isEmpty(); ++pair) {
            ours = firstPaint(wizard, {QStringLiteral("--demo")}, home, output);
            theirs = firstPaint(baseline, {}, home, output);
            if (!ours.ok || !theirs.ok) {
                startup.setError(ours.ok ? theirs.error : ours.error);
                break;
            }
            ratios << ours.markMs / theirs.markMs;
            wizardMs << ours.markMs;
            baselineMs << theirs.markMs;
        }
        if (startup.error().isEmpty()) {
            wizardMedianMs = Summary::of(wizardMs).median;
            baselineMedianMs = Summary::of(baselineMs).median;
            startup.addRun(Summary::of(ratios).median);
            startup.addBeside(QStringLiteral("wizard_ms"), wizardMedianMs);
            startup.addBeside(QStringLiteral("baseline_ms"), baselineMedianMs);
            startup.addBeside(QStringLiteral("wizard_spawn_to_exit_ms"), ours.process.wallMs);
            startup.addBeside(QStringLiteral("baseline_spawn_to_exit_ms"), theirs.process.wallMs);
        }

        // Memory: the whole demo walked through every page as a person would (no screenshots:
        // grabbing and PNG-encoding each page is not part of a person's run), against the
        // baseline's whole life.
        const ChildProcess walk =
            ChildProcess::run(wizard, {QStringLiteral("--demo"), QStringLiteral("--walk")},
                              baseEnvironment(home), timeoutMs * 2, output);
        QString rssError;
        if (!walk.error.isEmpty())
            rssError = walk.error;
        else if (walk.timedOut || walk.exitCode != 0)
            rssError = QStringLiteral("the demo walk (--demo --walk) did not finish cleanly (exit %1%2)")
                           .arg(walk.exitCode)
                           .arg(walk.timedOut ? QStringLiteral(", timed out") : QString());
        else if (!theirs.ok || theirs.process.exitCode != 0)
            rssError = QStringLiteral("the Qt baseline did not run cleanly");
        if (!rssError.isEmpty()) {
            rss.setError(rssError);
        } else {
            rss.addRun(walk.peakRssKiB / theirs.process.peakRssKiB);
            rss.addBeside(QStringLiteral("wizard_peak_rss_kib"), walk.peakRssKiB);
            rss.addBeside(QStringLiteral("baseline_peak_rss_kib"), theirs.process.peakRssKiB);
            rss.addBeside(QStringLiteral("demo_walk_ms"), walk.wallMs);
            rss.addBeside(QStringLiteral("demo_walk_cpu_ms"), walk.cpuMs);
        }
        benchLog(QStringLiteral(
                     "start-up run %1/%2: wizard %3 ms, baseline %4 ms (medians of %5 pairs); peak RSS: "
                     "demo walk %6 KiB, baseline %7 KiB%8")
                     .arg(run + 1)
                     .arg(settings.runs)
                     .arg(wizardMedianMs, 0, 'f', 1)
                     .arg(baselineMedianMs, 0, 'f', 1)
                     .arg(startupPairsPerRun)
                     .arg(walk.peakRssKiB, 0, 'f', 0)
                     .arg(theirs.process.peakRssKiB, 0, 'f', 0)
                     .arg(rssError.isEmpty() && startup.error().isEmpty()
                              ? QString()
                              : QStringLiteral(" (%1)").arg(startup.error().isEmpty() ? rssError
                                                                                      : startup.error())));
        if (!startup.error().isEmpty() && !rss.error().isEmpty())
            break;
    }
    startup.setDetail(QStringLiteral("measured"),
                      QStringLiteral("in each process: process start to the first paint "
                                     "of the first wizard page, offscreen"));
    rss.setDetail(QStringLiteral("measured"),
                  QStringLiteral("peak RSS (wait4 ru_maxrss = VmHWM): mpki-setup --demo "
                                 "--walk (every page, no screenshots) vs the Qt baseline"));
    return {startup, rss};
}
