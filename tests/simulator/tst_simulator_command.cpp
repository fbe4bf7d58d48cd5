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
            {QStringLiteral("--operator-password-expires-in-days"), QStringLiteral("-1")},
            {QStringLiteral("--operator-password-expires-in-days=soon")},
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
        for (const char *option :
             {"--dcv-outcome", "--schema-version", "--operator-password-expires-in-days"})
            QVERIFY2(text.contains(option), option);
    }

    // The lifecycle acceptance check's contract: an operator's password lifetime at start, and
    // POST /simulator/v1/admins/password-expiry {"login", "inDays"} without SCM headers.
    void operatorPasswordExpiryOptionAndControl()
    {
        QProcess process;
        process.start(QStringLiteral(MPKI_BINARY),
                      {QStringLiteral("simulate"), QStringLiteral("--json"),
                       QStringLiteral("--operator-password-expires-in-days"), QStringLiteral("3")});
        QVERIFY(process.waitForStarted());
        const QJsonObject info = firstLine(process);
        const QString baseUrl = info[QStringLiteral("baseUrl")].toString();
        QVERIFY(!baseUrl.isEmpty());
        QNetworkAccessManager network;
        network.setCookieJar(nullptr);
        struct Reply
        {
            int status = 0;
            QJsonObject json;
            QByteArray location;
        };
        auto send = [&](const QByteArray &method, const QString &path, const QByteArray &body,
                        bool scmHeaders) {
            QNetworkRequest request(QUrl(baseUrl + path));
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            if (scmHeaders) {
                request.setRawHeader("login", info[QStringLiteral("login")].toString().toUtf8());
                request.setRawHeader("password", info[QStringLiteral("password")].toString().toUtf8());
                request.setRawHeader("customerUri", info[QStringLiteral("customerUri")].toString().toUtf8());
            }
            QNetworkReply *reply = network.sendCustomRequest(request, method, body);
            QSignalSpy finished(reply, &QNetworkReply::finished);
            if (!reply->isFinished())
                finished.wait(10000);
            Reply answer;
            answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            answer.json = QJsonDocument::fromJson(reply->readAll()).object();
            answer.location = reply->rawHeader("Location");
            reply->deleteLater();
            return answer;
        };
        auto idOf = [](const Reply &reply) {
            return reply.location.mid(reply.location.lastIndexOf('/') + 1);
        };
        const QDate today = QDateTime::currentDateTimeUtc().date();

        // An admin created on an organisation: its (temporary) password lives 3 days, the MRAO's 90.
        const Reply organization =
            send("POST", QStringLiteral("/api/organization/v1"),
                 R"({"name":"Example AG","address1":"Bahnhofstrasse 1","city":"Zurich",)"
                 R"("country":"CH","clientCertificate":{}})",
                 true);
        QCOMPARE(organization.status, 201);
        const Reply admin =
            send("POST", QStringLiteral("/api/admin/v1"),
                 QStringLiteral(R"({"login":"operator","email":"operator@example.ch",)"
                                R"("forename":"Mail","surname":"Gateway","password":"Temporary-1234",)"
                                R"("credentials":[{"role":"RAO_SMIME","orgId":%1}]})")
                     .arg(QString::fromLatin1(idOf(organization)))
                     .toUtf8(),
                 true);
        QCOMPARE(admin.status, 201);
        const QString adminPath = QStringLiteral("/api/admin/v1/") + QString::fromLatin1(idOf(admin));
        QCOMPARE(
            send("GET", adminPath, QByteArray(), true).json[QStringLiteral("passwordExpiryDate")].toString(),
            today.addDays(3).toString(Qt::ISODate));
        QCOMPARE(send("GET", QStringLiteral("/api/admin/v1/password"), QByteArray(), true)
                     .json[QStringLiteral("expirationDate")]
                     .toString(),
                 today.addDays(90).toString(Qt::ISODate));

        // The control, as the acceptance check sends it.
        Reply moved = send("POST", QStringLiteral("/simulator/v1/admins/password-expiry"),
                           R"({"login":"operator","inDays":5})", false);
        QCOMPARE(moved.status, 200);
        QCOMPARE(moved.json[QStringLiteral("passwordExpiryDate")].toString(),
                 today.addDays(5).toString(Qt::ISODate));
        QCOMPARE(
            send("GET", adminPath, QByteArray(), true).json[QStringLiteral("passwordExpiryDate")].toString(),
            today.addDays(5).toString(Qt::ISODate));
        moved = send("POST", QStringLiteral("/simulator/v1/admins/password-expiry"),
                     R"({"login":"nobody","inDays":5})", false);
        QCOMPARE(moved.status, 404);
        QCOMPARE(moved.json[QStringLiteral("code")].toInt(), -251);
        QCOMPARE(send("POST", QStringLiteral("/simulator/v1/admins/password-expiry"), "{", false).status,
                 400);
        stop(process);
    }
};

QTEST_GUILESS_MAIN(SimulatorCommandTest)
#include "tst_simulator_command.moc"
