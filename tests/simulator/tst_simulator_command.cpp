// `mpki-setup simulate`: the JSON line of DESIGN.md's contract, the readable output, bad options,
// and a clean end on SIGTERM.
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

class SimulatorCommandTest : public QObject
{
    Q_OBJECT

    static QJsonObject firstLine(QProcess &process)
    {
        if (!QTest::qWaitFor([&] { return process.canReadLine() || process.state() == QProcess::NotRunning; },
                             15000))
            return QJsonObject();
        return QJsonDocument::fromJson(process.readLine()).object();
    }

    static void stop(QProcess &process)
    {
        ::kill(pid_t(process.processId()), SIGTERM);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
    }

private slots:
    void jsonLineAndCredentialsThatWork()
    {
        QTemporaryDir dir;
        QProcess process;
        process.start(QStringLiteral(MPKI_BINARY),
                      {QStringLiteral("simulate"), QStringLiteral("--port"), QStringLiteral("0"),
                       QStringLiteral("--json"), QStringLiteral("--customer-uri"), QStringLiteral("acme"),
                       QStringLiteral("--login"), QStringLiteral("boss"), QStringLiteral("--request-log"),
                       dir.filePath(QStringLiteral("log.jsonl"))});
        QVERIFY(process.waitForStarted());
        const QJsonObject info = firstLine(process);
        QCOMPARE(info[QStringLiteral("customerUri")].toString(), QStringLiteral("acme"));
        QCOMPARE(info[QStringLiteral("login")].toString(), QStringLiteral("boss"));
        QVERIFY(info[QStringLiteral("password")].toString().size() >= 12);
        QVERIFY(info[QStringLiteral("baseUrl")].toString().startsWith(QStringLiteral("http://127.0.0.1:")));
        QVERIFY(!info.contains(QStringLiteral("caCertificate")));

        QNetworkAccessManager network;
        QNetworkRequest request(
            QUrl(info[QStringLiteral("baseUrl")].toString() + QStringLiteral("/api/organization/v1")));
        request.setRawHeader("login", "boss");
        request.setRawHeader("password", info[QStringLiteral("password")].toString().toUtf8());
        request.setRawHeader("customerUri", "acme");
        QNetworkReply *reply = network.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(reply->readAll(), QByteArray("[]"));
        delete reply;
        stop(process);
        QFile log(dir.filePath(QStringLiteral("log.jsonl")));
        QVERIFY(log.open(QIODevice::ReadOnly));
        QCOMPARE(log.readAll().count('\n'), 1);
    }

    void tlsLineCarriesTheCa()
    {
        QProcess process;
        process.start(QStringLiteral(MPKI_BINARY),
                      {QStringLiteral("simulate"), QStringLiteral("--tls"), QStringLiteral("--json")});
        QVERIFY(process.waitForStarted());
        const QJsonObject info = firstLine(process);
        QVERIFY(info[QStringLiteral("baseUrl")].toString().startsWith(QStringLiteral("https://127.0.0.1:")));
        const QList<QSslCertificate> ca =
            QSslCertificate::fromData(info[QStringLiteral("caCertificate")].toString().toLatin1());
        QCOMPARE(ca.size(), 1);

        QNetworkAccessManager network;
        QNetworkRequest request(
            QUrl(info[QStringLiteral("baseUrl")].toString() + QStringLiteral("/api/admin/v1/password")));
        request.setRawHeader("login", info[QStringLiteral("login")].toString().toUtf8());
        request.setRawHeader("password", info[QStringLiteral("password")].toString().toUtf8());
        request.setRawHeader("customerUri", info[QStringLiteral("customerUri")].toString().toUtf8());
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setCaCertificates(ca);
        request.setSslConfiguration(configuration);
        QNetworkReply *reply = network.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        delete reply;
        stop(process);
    }

    void readableOutputWithoutJson()
    {
        QProcess process;
        process.start(QStringLiteral(MPKI_BINARY), {QStringLiteral("simulate")});
        QVERIFY(process.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(process.bytesAvailable() > 0 && process.peek(4096).contains("password"),
                                 15000);
        QTest::qWait(100);
        const QString text = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY(text.contains(QStringLiteral("http://127.0.0.1:")));
        QVERIFY(text.contains(QStringLiteral("mrao-admin")));
        QVERIFY(text.contains(QStringLiteral("/customer/demo/")));
        stop(process);
    }

    void badOptionsExitWithCode2()
    {
        const QList<QStringList> bad = {
            {QStringLiteral("--port"), QStringLiteral("http")},
            {QStringLiteral("--temp-password=sometimes")},
            {QStringLiteral("--dialect=ancient")},
            {QStringLiteral("--fault-rate"), QStringLiteral("2")},
            {QStringLiteral("--validation-outcome"), QStringLiteral("MAYBE")},
            {QStringLiteral("--dcv-outcome"), QStringLiteral("LATER")},
            {QStringLiteral("--schema-version"), QStringLiteral("24.1")},
            {QStringLiteral("--gateway-customer"), QStringLiteral("tenant-a")},
            {QStringLiteral("--gateway-port=0"), QStringLiteral("--gateway-customer=")},
            {QStringLiteral("--no-such-option")}};
        for (const QStringList &arguments : bad) {
            QProcess process;
            process.start(QStringLiteral(MPKI_BINARY), QStringList{QStringLiteral("simulate")} + arguments);
            QVERIFY(process.waitForFinished(10000));
            QCOMPARE(process.exitCode(), 2);
            QVERIFY(!process.readAllStandardError().isEmpty());
        }
        QProcess help;
        help.start(QStringLiteral(MPKI_BINARY), {QStringLiteral("simulate"), QStringLiteral("--help")});
        QVERIFY(help.waitForFinished(10000));
        QCOMPARE(help.exitCode(), 0);
        const QByteArray text = help.readAllStandardOutput();
        for (const char *option : {"--temp-password", "--dialect", "--validation-delay", "--dcv-delay",
                                   "--fault-rate", "--latency-ms", "--request-log", "--state", "--tls"})
            QVERIFY2(text.contains(option), option);
        for (const char *option : {"--dcv-outcome", "--schema-version"})
            QVERIFY2(text.contains(option), option);
    }
};

QTEST_GUILESS_MAIN(SimulatorCommandTest)
#include "tst_simulator_command.moc"
