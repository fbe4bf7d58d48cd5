// mpki-reliability: the fault campaign and the bad-input table (docs/reliability.md). `./dev reliability`
// runs it (with the fuzz targets and the sanitizer tests) and prints the table; ctest runs it with the
// label "reliability", outside `./dev test`.
//
//   mpki-reliability [--out FILE] [--kinds a,b] [--scale F] [--parallel N] [--no-bad-inputs]
//
// Exit 0 when every run finished (after resumes) with no duplicate, orphan, lost or leaked secret and
// every bad input was refused; 1 otherwise. The figures are in --out either way.
#include "BadInputs.h"
#include "CampaignRun.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QSaveFile>
#include <QTimer>

#include <cstdio>

namespace {
// Everything logged in this process (the engine's categories at every level), to look for secrets in.
QByteArray capturedLog;
QMutex capturedLogMutex;

void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    QMutexLocker lock(&capturedLogMutex);
    if (capturedLog.size() < 256 * 1024 * 1024)
        capturedLog += QByteArray(context.category ? context.category : "") + ": " + message.toUtf8() + '\n';
}

QList<FaultKind> faultKinds(double scale)
{
    auto runs = [scale](int n) { return qMax(1, int(n * scale + 0.5)); };
    auto injected = [](const QString &kind, double rate) {
        return [kind, rate](ScmSimulatorOptions &o, int) {
            o.faultKinds = {kind};
            o.faultRate = rate;
        };
    };
    using Mode = FaultKind::Mode;
    return {
        {QStringLiteral("latency"), Mode::InProcess, runs(10),
         [](ScmSimulatorOptions &o, int i) { o.latencyMs = 200 * (i % 10 + 1); }}, // 0.2 .. 2 s
        {QStringLiteral("503"), Mode::InProcess, runs(20), injected(QStringLiteral("503"), 0.12)},
        {QStringLiteral("5xx-burst"), Mode::InProcess, runs(20), injected(QStringLiteral("5xx-burst"), 0.05)},
        {QStringLiteral("429"), Mode::InProcess, runs(22), injected(QStringLiteral("429"), 0.12)},
        {QStringLiteral("reset"), Mode::InProcess, runs(22), injected(QStringLiteral("reset"), 0.12)},
        // a read cut in half; a change made and its answer lost
        {QStringLiteral("truncated"), Mode::InProcess, runs(20), injected(QStringLiteral("truncated"), 0.12)},
        {QStringLiteral("malformed"), Mode::InProcess, runs(20), injected(QStringLiteral("malformed"), 0.12)},
        {QStringLiteral("no-location"), Mode::InProcess, runs(15),
         injected(QStringLiteral("no-location"), 0.6)},
        {QStringLiteral("slow-drip"), Mode::InProcess, runs(10), injected(QStringLiteral("slow-drip"), 0.15)},
        {QStringLiteral("tls-changed"), Mode::TlsChange, runs(12), {}},
        {QStringLiteral("restart"), Mode::Restart, runs(18), {}},
        {QStringLiteral("sigkill"), Mode::KillProcess, runs(15), {}},
    };
}

struct KindTotals
{
    int runs = 0, finished = 0, faults = 0, resumes = 0, duplicates = 0, orphans = 0, secretsLost = 0,
        secretsLeaked = 0, maxRefused = 0, certificateAccepted = 0;
    QStringList failures;
};
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Write the figures to FILE."),
                                 QStringLiteral("FILE"), QStringLiteral("build/reliability/campaign.json"));
    const QCommandLineOption kindsOption(
        QStringLiteral("kinds"), QStringLiteral("Only these kinds of fault."), QStringLiteral("K,..."));
    const QCommandLineOption scaleOption(QStringLiteral("scale"),
                                         QStringLiteral("Runs per kind times F (default 1)."),
                                         QStringLiteral("F"), QStringLiteral("1"));
    const QCommandLineOption parallelOption(QStringLiteral("parallel"),
                                            QStringLiteral("In-process runs at a time."), QStringLiteral("N"),
                                            QStringLiteral("4"));
    const QCommandLineOption noBadInputs(QStringLiteral("no-bad-inputs"),
                                         QStringLiteral("Skip the bad-input table."));
    parser.addOptions({out, kindsOption, scaleOption, parallelOption, noBadInputs});
    parser.process(app);

    QTemporaryDir root;
    QDir(root.path()).mkpath(QStringLiteral("tmp"));
    QDir(root.path()).mkpath(QStringLiteral("work"));
    QDir(root.path()).mkpath(QStringLiteral("sim"));
    // Temporary files of everything in this process and its children go where they are searched.
    qputenv("TMPDIR", root.filePath(QStringLiteral("tmp")).toLocal8Bit());
    qputenv("QT_LOGGING_RULES", "mpki.*=true");
    qInstallMessageHandler(captureMessage);

    QList<FaultKind> kinds = faultKinds(parser.value(scaleOption).toDouble());
    if (parser.isSet(kindsOption)) {
        const QStringList only = parser.value(kindsOption).split(QLatin1Char(','));
        kinds.erase(std::remove_if(kinds.begin(), kinds.end(),
                                   [&](const FaultKind &k) { return !only.contains(k.name); }),
                    kinds.end());
    }
    // In-process runs several at a time (they mostly wait); the child-process runs one at a time last,
    // as they read the keychain synchronously between attempts.
    QList<QPair<FaultKind, int>> queue, childQueue;
    for (const FaultKind &kind : kinds) {
        for (int i = 0; i < kind.runs; ++i)
            (kind.mode == FaultKind::Mode::KillProcess ? childQueue : queue) << qMakePair(kind, i);
    }
    queue += childQueue;
    const int parallel = qMax(1, parser.value(parallelOption).toInt());
    const int total = int(queue.size());

    QElapsedTimer clock;
    clock.start();
    QList<RunOutcome> outcomes;
    QList<QSet<QString>> passwords;
    int running = 0;
    std::function<void()> startMore = [&] {
        while (!queue.isEmpty() && running < parallel) {
            if (queue.first().first.mode == FaultKind::Mode::KillProcess && running > 0)
                return;
            const auto [kind, index] = queue.takeFirst();
            auto *run = new CampaignRun(kind, index, root.filePath(QStringLiteral("work")),
                                        root.filePath(QStringLiteral("sim")));
            ++running;
            QObject::connect(run, &CampaignRun::done, run, [&, run] {
                const RunOutcome &o = run->outcome();
                outcomes << o;
                passwords << run->passwords();
                std::fprintf(stderr, "[%3d/%d %5.0fs] %-11s #%-2d %s after %d attempt(s)%s%s\n",
                             int(outcomes.size()), total, clock.elapsed() / 1000.0, qPrintable(o.kind),
                             o.index, o.finished ? "finished" : "NOT finished", o.attempts,
                             o.finished ? ""
                                        : qPrintable(QStringLiteral(" (exit %1: %2)")
                                                         .arg(o.lastExitCode)
                                                         .arg(o.lastSummary.left(160))),
                             o.duplicates + o.orphans + o.secretsLeaked + (o.secretLost ? 1 : 0) ? " ← damage"
                                                                                                 : "");
                --running;
                run->deleteLater();
                if (queue.isEmpty() && running == 0)
                    QCoreApplication::quit();
                else
                    QTimer::singleShot(0, startMore);
            });
            run->start();
        }
    };
    if (total > 0) {
        QTimer::singleShot(0, startMore);
        app.exec();
    }

    // Secrets in anything this process logged, and in the temporary folder of it and its children.
    QByteArray temporaryFiles;
    QDirIterator files(root.filePath(QStringLiteral("tmp")), QDir::Files | QDir::Hidden,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        if (path.contains(QLatin1String("/keyrings/")))
            continue;
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            temporaryFiles += file.readAll();
    }
    for (int i = 0; i < outcomes.size(); ++i) {
        for (const QString &secret : std::as_const(passwords[i])) {
            if (secret.size() < 6)
                continue;
            for (const auto &[where, content] :
                 {qMakePair(QStringLiteral("log"), &capturedLog),
                  qMakePair(QStringLiteral("temporary files"), &temporaryFiles)}) {
                if (content->contains(secret.toUtf8()) && !outcomes[i].leakedWhere.contains(where)) {
                    outcomes[i].leakedWhere << where;
                    ++outcomes[i].secretsLeaked;
                }
            }
        }
    }

    QMap<QString, KindTotals> byKind;
    QJsonArray runLines;
    for (const RunOutcome &o : std::as_const(outcomes)) {
        KindTotals &k = byKind[o.kind];
        ++k.runs;
        k.finished += o.finished ? 1 : 0;
        k.faults += o.faultsInjected;
        k.resumes += qMax(0, o.attempts - 1);
        k.duplicates += o.duplicates;
        k.orphans += o.orphans;
        k.secretsLost += o.secretLost ? 1 : 0;
        k.secretsLeaked += o.secretsLeaked;
        k.maxRefused = qMax(k.maxRefused, o.maxRefusedLogins);
        k.certificateAccepted += o.changedCertificateAccepted ? 1 : 0;
        if (!o.finished && k.failures.size() < 3)
            k.failures << QStringLiteral("#%1 exit %2: %3")
                              .arg(o.index)
                              .arg(o.lastExitCode)
                              .arg(o.lastSummary.left(200));
        runLines.append(o.toJson());
    }
    KindTotals all;
    QJsonObject kindsJson;
    for (auto it = byKind.begin(); it != byKind.end(); ++it) {
        const KindTotals &k = it.value();
        all.runs += k.runs;
        all.finished += k.finished;
        all.faults += k.faults;
        all.resumes += k.resumes;
        all.duplicates += k.duplicates;
        all.orphans += k.orphans;
        all.secretsLost += k.secretsLost;
        all.secretsLeaked += k.secretsLeaked;
        all.maxRefused = qMax(all.maxRefused, k.maxRefused);
        all.certificateAccepted += k.certificateAccepted;
        kindsJson.insert(it.key(),
                         QJsonObject{{QStringLiteral("runs"), k.runs},
                                     {QStringLiteral("finished"), k.finished},
                                     {QStringLiteral("faults_injected"), k.faults},
                                     {QStringLiteral("resumes"), k.resumes},
                                     {QStringLiteral("duplicates"), k.duplicates},
                                     {QStringLiteral("orphans"), k.orphans},
                                     {QStringLiteral("secrets_lost"), k.secretsLost},
                                     {QStringLiteral("secrets_leaked"), k.secretsLeaked},
                                     {QStringLiteral("max_refused_logins"), k.maxRefused},
                                     {QStringLiteral("changed_certificate_accepted"), k.certificateAccepted},
                                     {QStringLiteral("failures"), QJsonArray::fromStringList(k.failures)}});
    }

    BadInputs::Result bad;
    if (!parser.isSet(noBadInputs)) {
        std::fprintf(stderr, "bad inputs ...\n");
        bad = BadInputs::run(root.filePath(QStringLiteral("work/bad-inputs")));
        for (const QJsonValue &c : std::as_const(bad.cases)) {
            const QJsonObject o = c.toObject();
            if (!o.value(QStringLiteral("refused")).toBool())
                std::fprintf(stderr, "  NOT refused: %s / %s: %s\n",
                             qPrintable(o.value(QStringLiteral("area")).toString()),
                             qPrintable(o.value(QStringLiteral("name")).toString()),
                             qPrintable(o.value(QStringLiteral("why")).toString()));
        }
    }

    const QJsonObject result{
        {QStringLiteral("measured"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("seconds"), clock.elapsed() / 1000.0},
        {QStringLiteral("runs"), all.runs},
        {QStringLiteral("finished"), all.finished},
        {QStringLiteral("kinds_of_fault"), int(byKind.size())},
        {QStringLiteral("faults_injected"), all.faults},
        {QStringLiteral("resumes"), all.resumes},
        {QStringLiteral("duplicates"), all.duplicates},
        {QStringLiteral("orphans"), all.orphans},
        {QStringLiteral("secrets_lost"), all.secretsLost},
        {QStringLiteral("secrets_leaked"), all.secretsLeaked},
        {QStringLiteral("changed_certificate_accepted"), all.certificateAccepted},
        {QStringLiteral("max_refused_logins_per_hour"), all.maxRefused},
        {QStringLiteral("bad_inputs_tried"), bad.tried},
        {QStringLiteral("bad_inputs_refused"), bad.refused},
        {QStringLiteral("bad_inputs"), bad.cases},
        {QStringLiteral("kinds"), kindsJson},
        {QStringLiteral("run_list"), runLines},
    };
    const QString outPath = parser.value(out);
    QDir().mkpath(QFileInfo(outPath).absolutePath());
    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(result).toJson()) < 0 ||
        !file.commit()) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(outPath));
        return 1;
    }
    const bool ok = all.finished == all.runs && all.duplicates == 0 && all.orphans == 0 &&
                    all.secretsLost == 0 && all.secretsLeaked == 0 && all.certificateAccepted == 0 &&
                    bad.refused == bad.tried;
    std::fprintf(stderr,
                 "%d runs, %d finished, %d duplicates, %d orphans, %d secrets lost, %d leaked; bad inputs "
                 "%d/%d refused -> %s\n",
                 all.runs, all.finished, all.duplicates, all.orphans, all.secretsLost, all.secretsLeaked,
                 bad.refused, bad.tried, qPrintable(outPath));
    return ok ? 0 : 1;
}
