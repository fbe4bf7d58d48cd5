// The benchmark's smoke run: one tiny iteration of every figure. Checks that each can be measured and
// that results.json has the shape ./dev bench and the acceptance check read — never how fast anything
// is (no timed tests).
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class BenchSmokeTest : public QObject
{
    Q_OBJECT
private slots:
    void everyFigureIsMeasuredAndWritten();
};

void BenchSmokeTest::everyFigureIsMeasuredAndWritten()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString out = dir.filePath(QStringLiteral("results.json"));
    QProcess bench;
    bench.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    bench.start(QStringLiteral(MPKI_BENCH_BINARY), {QStringLiteral("--smoke"), QStringLiteral("--out"), out});
    QVERIFY2(bench.waitForFinished(220000), "the smoke run did not finish");
    const QByteArray table = bench.readAllStandardOutput();
    QVERIFY2(bench.exitStatus() == QProcess::NormalExit && bench.exitCode() == 0, table.constData());

    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    const QJsonArray figures = document.object().value(QStringLiteral("figures")).toArray();
    QStringList names;
    for (const QJsonValue &value : figures) {
        const QJsonObject figure = value.toObject();
        names << figure.value(QStringLiteral("name")).toString();
        for (const char *key : {"value", "target", "met", "median", "min", "max", "runs", "unit"})
            QVERIFY2(figure.contains(QLatin1String(key)),
                     qPrintable(figure.value(QStringLiteral("name")).toString() + QStringLiteral(" lacks ") +
                                QLatin1String(key)));
        QVERIFY2(!figure.contains(QStringLiteral("error")),
                 qPrintable(figure.value(QStringLiteral("error")).toString()));
        QCOMPARE(figure.value(QStringLiteral("runs")).toInt(), 1);
        QVERIFY(figure.value(QStringLiteral("met")).isBool());
    }
    for (const char *name : {"critical_path_ratio", "bulk_speedup", "max_in_flight", "poll_requests_per_hour",
                             "detection_delay", "startup_ratio", "rss_ratio", "simulator_cpu_share"})
        QVERIFY2(names.contains(QLatin1String(name)), name);
}

QTEST_GUILESS_MAIN(BenchSmokeTest)
#include "tst_bench_smoke.moc"
