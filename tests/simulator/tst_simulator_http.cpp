// The simulator as an HTTP server: the temporary password and the web page (with SimulatedPerson),
// faults, latency that does not serialise, clients that disconnect early, the request log, the
// state file, TLS.
#include "ScmSimulator.h"
#include "SimulatedPerson.h"
#include "SimulatorTestClient.h"

#include <QFile>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace {
const QString temporary = QStringLiteral("Temporary-1234");
const QString final = QStringLiteral("Final-Passw0rd-1");

std::unique_ptr<ScmSimulator> startSimulator(const ScmSimulatorOptions &options)
{
    auto simulator = std::make_unique<ScmSimulator>(options);
    QString error;
    if (!simulator->listen(QHostAddress::LocalHost, 0, &error))
        qFatal("simulator did not start: %s", qPrintable(error));
    return simulator;
}

QUrl portalOf(const ScmSimulator &simulator)
{
    return SimulatedPerson::portalUrlFor(simulator.baseUrl(), simulator.customerUri());
}

// One request on its own connection, without Qt's HTTP stack (which resends a request once when a
// kept-alive connection drops): what the server itself did. Status 0: the connection was dropped.
struct RawAnswer
{
    int status = 0;
    QByteArray headers;
    QByteArray body;
};

RawAnswer rawRequest(const ScmSimulator &simulator, const QByteArray &method, const QByteArray &path,
                     const QByteArray &body = QByteArray())
{
    // The server runs on this thread: wait with the event loop, never with waitFor...().
    QTcpSocket socket;
    QByteArray received;
    QObject::connect(&socket, &QTcpSocket::readyRead, [&] { received += socket.readAll(); });
    QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
    socket.connectToHost(QHostAddress::LocalHost, quint16(simulator.baseUrl().port()));
    socket.write(method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nlogin: " +
                 simulator.adminLogin().toUtf8() + "\r\npassword: " + simulator.adminPassword().toUtf8() +
                 "\r\ncustomerUri: " + simulator.customerUri().toUtf8() +
                 "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
                 "\r\n\r\n" + body);
    if (!disconnected.wait(5000))
        qWarning("rawRequest: the server did not close the connection");
    received += socket.readAll();
    RawAnswer answer;
    const int end = received.indexOf("\r\n\r\n");
    if (!received.startsWith("HTTP/1.1 ") || end < 0)
        return answer;
    answer.status = received.mid(9, 3).toInt();
    answer.headers = received.left(end);
    answer.body = received.mid(end + 4);
    return answer;
}

// Runs a SimulatedPerson to the end: {ok, message}.
QPair<bool, QString> personChanges(const ScmSimulator &simulator, const QString &login, const QString &from,
                                   const QString &to)
{
    SimulatedPerson person;
    if (!simulator.caCertificate().isNull())
        person.setCaCertificates({simulator.caCertificate()});
    QSignalSpy finished(&person, &SimulatedPerson::finished);
    person.changePassword(portalOf(simulator), login, from, to);
    if (!finished.wait(15000))
        return {false, QStringLiteral("SimulatedPerson did not finish")};
    return {finished.at(0).at(0).toBool(), finished.at(0).at(1).toString()};
}
} // namespace

class SimulatorHttpTest : public QObject
{
    Q_OBJECT

private slots:
    void temporaryPasswordIsRefusedUntilChangedAtTheWebPage()
    {
        auto simulator = startSimulator({});
        SimulatorTestClient client(*simulator);
        const qint64 orgId = client.createOrganization(QStringLiteral("Example AG"));
        const qint64 id = client
                              .post(QStringLiteral("/api/admin/v1"),
                                    SimulatorTestClient::adminBody(QStringLiteral("operator"), temporary,
                                                                   QStringLiteral("RAO_SMIME"), orgId))
                              .locationId();
        QVERIFY(id > 0);
        QCOMPARE(client.get(QStringLiteral("/api/admin/v1/password"), QStringLiteral("operator"), temporary)
                     .status,
                 401);
        const Answer refused = client.post(QStringLiteral("/api/admin/v1/changepassword"),
                                           QJsonObject{{QStringLiteral("newPassword"), final}},
                                           QStringLiteral("operator"), temporary);
        QCOMPARE(refused.status, 401);
        QCOMPARE(refused.code(), -16);

        // The page: a login form; wrong password and mismatched new passwords are refused.
        const Answer page =
            SimulatorTestClient::wait(client.network().get(QNetworkRequest(portalOf(*simulator))));
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("id=\"login-form\""));
        QVERIFY(page.header("content-type").startsWith("text/html"));
        const QString base = QStringLiteral("/customer/%1/").arg(simulator->customerUri());
        Answer answer = client.form(base + QStringLiteral("login"),
                                    {{QStringLiteral("login"), QStringLiteral("operator")},
                                     {QStringLiteral("password"), QStringLiteral("wrong")}});
        QCOMPARE(answer.status, 401);
        QVERIFY(answer.body.contains("id=\"error\""));
        answer = client.form(
            base + QStringLiteral("login"),
            {{QStringLiteral("login"), QStringLiteral("operator")}, {QStringLiteral("password"), temporary}});
        QCOMPARE(answer.status, 200);
        QVERIFY(answer.body.contains("id=\"change-password-form\""));
        answer = client.form(base + QStringLiteral("changepassword"),
                             {{QStringLiteral("login"), QStringLiteral("operator")},
                              {QStringLiteral("password"), temporary},
                              {QStringLiteral("newPassword"), final},
                              {QStringLiteral("confirmPassword"), final + QLatin1Char('x')}});
        QCOMPARE(answer.status, 400);
        answer = client.form(base + QStringLiteral("changepassword"),
                             {{QStringLiteral("login"), QStringLiteral("operator")},
                              {QStringLiteral("password"), temporary},
                              {QStringLiteral("newPassword"), QStringLiteral("weak")},
                              {QStringLiteral("confirmPassword"), QStringLiteral("weak")}});
        QCOMPARE(answer.status, 400);
        QVERIFY(answer.body.contains("between 8 and 32"));
        QCOMPARE(client.get(QStringLiteral("/api/admin/v1/%1").arg(id))
                     .object()[QStringLiteral("reseted")]
                     .toString(),
                 QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate));

        // The person sets the new password; the API takes it, and only it.
        const auto [ok, message] = personChanges(*simulator, QStringLiteral("operator"), temporary, final);
        QVERIFY2(ok, qPrintable(message));
        QCOMPARE(
            client.get(QStringLiteral("/api/admin/v1/password"), QStringLiteral("operator"), final).status,
            200);
        QCOMPARE(client.get(QStringLiteral("/api/organization/v1"), QStringLiteral("operator"), final).status,
                 200);
        QCOMPARE(client.get(QStringLiteral("/api/admin/v1/password"), QStringLiteral("operator"), temporary)
                     .status,
                 401);
        QVERIFY(!client.get(QStringLiteral("/api/admin/v1/%1").arg(id))
                     .object()
                     .contains(QStringLiteral("reseted")));
        // A second run with the old password fails with the page's message.
        const auto [again, why] = personChanges(*simulator, QStringLiteral("operator"), temporary,
                                                QStringLiteral("Another-Passw0rd"));
        QVERIFY(!again);
        QVERIFY2(why.contains(QStringLiteral("Wrong login or password")), qPrintable(why));
    }

    void temporaryPasswordChangesOverTheApiWhenAllowed()
    {
        ScmSimulatorOptions options;
        options.tempPassword = ScmSimulatorOptions::TempPassword::ApiChange;
        auto simulator = startSimulator(options);
        SimulatorTestClient client(*simulator);
        const qint64 orgId = client.createOrganization(QStringLiteral("Example AG"));
        client.post(QStringLiteral("/api/admin/v1"),
                    SimulatorTestClient::adminBody(QStringLiteral("operator"), temporary,
                                                   QStringLiteral("RAO_SMIME"), orgId));
        QCOMPARE(client.get(QStringLiteral("/api/admin/v1/password"), QStringLiteral("operator"), temporary)
                     .status,
                 200);
        QCOMPARE(
            client.get(QStringLiteral("/api/organization/v1"), QStringLiteral("operator"), temporary).status,
            401);
        QCOMPARE(client
                     .post(QStringLiteral("/api/admin/v1/changepassword"),
                           QJsonObject{{QStringLiteral("newPassword"), final}}, QStringLiteral("operator"),
                           temporary)
                     .status,
                 204);
        QCOMPARE(client.get(QStringLiteral("/api/organization/v1"), QStringLiteral("operator"), final).status,
                 200);
    }

    void apiOnlyAdminCannotUseTheWebPage()
    {
        auto simulator = startSimulator({});
        SimulatorTestClient client(*simulator);
        const qint64 orgId = client.createOrganization(QStringLiteral("Example AG"));
        const qint64 id =
            client.createReadyAdmin(QStringLiteral("operator"), final, QStringLiteral("RAO_SMIME"), orgId);
        QCOMPARE(client
                     .put(QStringLiteral("/api/admin/v1/%1").arg(id),
                          QJsonObject{{QStringLiteral("type"), QStringLiteral("API")}})
                     .status,
                 200);
        const Answer answer = client.form(
            QStringLiteral("/customer/%1/login").arg(simulator->customerUri()),
            {{QStringLiteral("login"), QStringLiteral("operator")}, {QStringLiteral("password"), final}});
        QCOMPARE(answer.status, 403);
        QVERIFY(answer.body.contains("API only"));
        const auto [ok, message] =
            personChanges(*simulator, QStringLiteral("operator"), final, QStringLiteral("Another-Passw0rd"));
        QVERIFY(!ok);
        QVERIFY2(message.contains(QStringLiteral("API only")), qPrintable(message));
        QCOMPARE(client.get(QStringLiteral("/api/organization/v1"), QStringLiteral("operator"), final).status,
                 200);
    }

    void faultsFollowTheSeed()
    {
        auto run = [](quint32 seed) {
            ScmSimulatorOptions options;
            options.faultRate = 0.5;
            options.seed = seed;
            auto simulator = startSimulator(options);
            QStringList outcomes;
            for (int i = 0; i < 60; ++i) {
                const RawAnswer answer = rawRequest(*simulator, "GET", "/api/organization/v1");
                QString outcome = QString::number(answer.status);
                if (answer.status == 0)
                    outcome = QStringLiteral("reset");
                else if (answer.status == 200 && answer.body != "[]")
                    outcome = QStringLiteral("truncated:") + QString::fromLatin1(answer.body);
                else if (answer.status == 429)
                    outcome += answer.headers.contains("\r\nRetry-After: 1") ? QStringLiteral("/retry-after")
                                                                             : QString();
                else if (answer.status == 503)
                    outcome += QStringLiteral("/code=%1")
                                   .arg(QJsonDocument::fromJson(answer.body)
                                            .object()[QStringLiteral("code")]
                                            .toInt());
                outcomes << outcome;
            }
            return outcomes;
        };
        const QStringList first = run(7);
        QCOMPARE(run(7), first);
        QVERIFY(run(8) != first);
        QVERIFY(first.contains(QStringLiteral("200")));
        QVERIFY(first.contains(QStringLiteral("503/code=-2")));
        QVERIFY(first.contains(QStringLiteral("429/retry-after")));
        QVERIFY(first.contains(QStringLiteral("reset")));
        QVERIFY(first.contains(QStringLiteral("truncated:[")));
        // Without a fault rate nothing goes wrong.
        auto calm = startSimulator({});
        for (int i = 0; i < 20; ++i)
            QCOMPARE(rawRequest(*calm, "GET", "/api/organization/v1").status, 200);
    }

    void aChangeMayBeMadeAndItsAnswerLost()
    {
        ScmSimulatorOptions options;
        options.faultRate = 1.0;
        options.seed = 3;
        auto simulator = startSimulator(options);
        int lostAfterChange = 0, lostBeforeChange = 0, refusedWithoutChange = 0, refusedWithChange = 0;
        for (int i = 0; i < 40; ++i) {
            const QString name = QStringLiteral("Org %1").arg(i);
            const RawAnswer answer =
                rawRequest(*simulator, "POST", "/api/organization/v1",
                           SimulatorTestClient::toBytes(SimulatorTestClient::organizationBody(name)));
            bool exists = false;
            for (const QJsonValue &org : simulator->snapshot()[QStringLiteral("organizations")].toArray())
                exists = exists || org[QStringLiteral("name")].toString() == name;
            if (answer.status == 0)
                (exists ? lostAfterChange : lostBeforeChange)++;
            else
                (exists ? refusedWithChange : refusedWithoutChange)++;
        }
        QVERIFY(lostAfterChange > 0);  // processed, then the connection dropped: check before repeating
        QVERIFY(lostBeforeChange > 0); // dropped before anything happened
        QVERIFY(refusedWithoutChange > 0);
        QCOMPARE(refusedWithChange, 0); // a 503 or 429 changed nothing
    }

    void latencyDoesNotSerialiseRequests()
    {
        ScmSimulatorOptions options;
        options.latencyMs = 400; // generous: six connections must be set up within it on a busy machine
        auto simulator = startSimulator(options);
        SimulatorTestClient client(*simulator);
        QList<QJsonObject> lines;
        connect(simulator.get(), &ScmSimulator::requestHandled, this,
                [&lines](const QJsonObject &line) { lines << line; });
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 6; ++i) {
            QNetworkRequest request =
                client.request(QStringLiteral("/api/organization/v1"), client.login(), client.password());
            request.setRawHeader("X-Request-Id", QByteArray::number(i));
            replies << client.network().get(request);
        }
        QTRY_COMPARE_WITH_TIMEOUT(lines.size(), 6, 10000);
        for (QNetworkReply *reply : replies) {
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            reply->deleteLater();
        }
        qint64 lastArrival = 0, firstAnswer = std::numeric_limits<qint64>::max();
        int maxInFlight = 0;
        QSet<QString> ids;
        for (const QJsonObject &line : lines) {
            lastArrival = qMax(lastArrival, line[QStringLiteral("t0")].toInteger());
            firstAnswer = qMin(firstAnswer, line[QStringLiteral("t1")].toInteger());
            maxInFlight = qMax(maxInFlight, line[QStringLiteral("inFlight")].toInt());
            ids << line[QStringLiteral("requestId")].toString();
            QVERIFY(line[QStringLiteral("t1")].toInteger() - line[QStringLiteral("t0")].toInteger() >= 390);
        }
        QVERIFY2(lastArrival < firstAnswer,
                 "a request arrived only after another was answered: the latency serialised them");
        QCOMPARE(maxInFlight, 6);
        QCOMPARE(ids.size(), 6);
    }

    void clientThatDisconnectsEarlyDoesNotCrashTheServer()
    {
        ScmSimulatorOptions options;
        options.latencyMs = 300;
        auto simulator = startSimulator(options);
        SimulatorTestClient client(*simulator);
        QSignalSpy handled(simulator.get(), &ScmSimulator::requestHandled);

        // Through Qt: abort while the answer is pending.
        QNetworkReply *reply = client.network().get(
            client.request(QStringLiteral("/api/organization/v1"), client.login(), client.password()));
        QTimer::singleShot(50, reply, &QNetworkReply::abort);
        QVERIFY(handled.wait(5000));
        QCOMPARE(handled.last().at(0).toJsonObject()[QStringLiteral("clientGone")].toBool(), true);
        reply->deleteLater();

        // A raw socket that sends a request and closes at once, and one that is destroyed.
        for (int i = 0; i < 2; ++i) {
            auto *socket = new QTcpSocket;
            socket->connectToHost(QHostAddress::LocalHost, quint16(simulator->baseUrl().port()));
            QVERIFY(socket->waitForConnected(5000));
            socket->write("GET /api/organization/v1 HTTP/1.1\r\nHost: x\r\nlogin: a\r\npassword: "
                          "b\r\ncustomerUri: demo\r\n\r\n");
            QVERIFY(socket->waitForBytesWritten(5000));
            if (i == 0)
                socket->disconnectFromHost();
            delete socket;
        }
        QTRY_COMPARE_WITH_TIMEOUT(handled.size(), 3, 5000);
        QTest::qWait(400); // the delayed answers' timers fire
        QCOMPARE(client.get(QStringLiteral("/api/organization/v1")).status, 200);
    }

    void requestLogHasOneFlushedLinePerRequestAndNoPassword()
    {
        QTemporaryDir dir;
        ScmSimulatorOptions options;
        options.requestLogPath = dir.filePath(QStringLiteral("requests.jsonl"));
        auto simulator = startSimulator(options);
        SimulatorTestClient client(*simulator);
        QNetworkRequest request = client.request(QStringLiteral("/api/domain/v1?size=5&position=0"),
                                                 client.login(), client.password());
        request.setRawHeader("X-Request-Id", "req-42");
        QCOMPARE(SimulatorTestClient::wait(client.network().get(request)).status, 200);
        client.post(QStringLiteral("/api/organization/v1"),
                    SimulatorTestClient::organizationBody(QStringLiteral("Example AG")));
        client.get(QStringLiteral("/api/organization/v1"), QStringLiteral("nobody"),
                   QStringLiteral("Secret-Wrong-1"));
        client.form(
            QStringLiteral("/customer/%1/login").arg(simulator->customerUri()),
            {{QStringLiteral("login"), client.login()}, {QStringLiteral("password"), client.password()}});

        QFile file(options.requestLogPath); // read while the simulator runs: flushed per line
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(!text.contains(client.password().toUtf8()));
        QVERIFY(!text.contains("Secret-Wrong-1"));
        const QList<QByteArray> lines = text.trimmed().split('\n');
        QCOMPARE(lines.size(), 4);
        const QJsonObject first = QJsonDocument::fromJson(lines.at(0)).object();
        QCOMPARE(first[QStringLiteral("method")].toString(), QStringLiteral("GET"));
        QCOMPARE(first[QStringLiteral("path")].toString(),
                 QStringLiteral("/api/domain/v1?size=5&position=0"));
        QCOMPARE(first[QStringLiteral("status")].toInt(), 200);
        QCOMPARE(first[QStringLiteral("login")].toString(), client.login());
        QCOMPARE(first[QStringLiteral("requestId")].toString(), QStringLiteral("req-42"));
        QVERIFY(first[QStringLiteral("t0")].toInteger() > 0 &&
                first[QStringLiteral("t1")].toInteger() >= first[QStringLiteral("t0")].toInteger());
        QCOMPARE(first[QStringLiteral("inFlight")].toInt(), 1);
        QCOMPARE(QJsonDocument::fromJson(lines.at(1)).object()[QStringLiteral("status")].toInt(), 201);
        QCOMPARE(QJsonDocument::fromJson(lines.at(2)).object()[QStringLiteral("status")].toInt(), 401);
        QCOMPARE(QJsonDocument::fromJson(lines.at(3)).object()[QStringLiteral("path")].toString(),
                 QStringLiteral("/customer/demo/login"));
    }

    void stateSurvivesARestart()
    {
        QTemporaryDir dir;
        ScmSimulatorOptions options;
        options.statePath = dir.filePath(QStringLiteral("state.json"));
        QString login, password;
        {
            auto simulator = startSimulator(options);
            SimulatorTestClient client(*simulator);
            login = simulator->adminLogin();
            password = simulator->adminPassword();
            const qint64 orgId = client.createOrganization(QStringLiteral("Example AG"));
            client.createReadyAdmin(QStringLiteral("operator"), final, QStringLiteral("RAO_SMIME"), orgId);
        }
        QFile file(options.statePath);
        QVERIFY(file.exists());
        QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(final.toUtf8())); // admins' passwords are hashed
        file.close();

        options.adminLogin = QStringLiteral("ignored-on-restart");
        auto simulator = startSimulator(options);
        QCOMPARE(simulator->adminLogin(), login);
        QCOMPARE(simulator->adminPassword(), password);
        SimulatorTestClient client(*simulator);
        const QJsonArray orgs = client.get(QStringLiteral("/api/organization/v1")).array();
        QCOMPARE(orgs.size(), 1);
        QCOMPARE(orgs.at(0)[QStringLiteral("name")].toString(), QStringLiteral("Example AG"));
        QCOMPARE(
            client.get(QStringLiteral("/api/admin/v1/password"), QStringLiteral("operator"), final).status,
            200);
        // New ids do not collide with the restored ones.
        const qint64 second = client.createOrganization(QStringLiteral("Second AG"));
        QVERIFY(second > orgs.at(0)[QStringLiteral("id")].toInteger());

        // A damaged state file is reported, not overwritten.
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("{ not json");
        file.close();
        ScmSimulator broken(options);
        QString error;
        QVERIFY(!broken.listen(QHostAddress::LocalHost, 0, &error));
        QVERIFY(error.contains(options.statePath));
    }

    void stateInAMissingDirectoryFailsAtStart()
    {
        QTemporaryDir dir;
        ScmSimulatorOptions options;
        options.statePath = dir.filePath(QStringLiteral("missing/state.json"));
        ScmSimulator simulator(options);
        QString error;
        QVERIFY(!simulator.listen(QHostAddress::LocalHost, 0, &error));
        QVERIFY2(error.contains(options.statePath), qPrintable(error));
    }

    void oversizedBodyIsRefusedBeforeItIsBuffered()
    {
        auto simulator = startSimulator(ScmSimulatorOptions());
        int handled = 0;
        connect(simulator.get(), &ScmSimulator::requestHandled, this, [&handled] { ++handled; });
        // 200 MB announced, 1 MB sent: the answer comes from the header alone, and the connection closes
        // although the body never ends.
        QTcpSocket socket;
        QByteArray received;
        QObject::connect(&socket, &QTcpSocket::readyRead, [&] { received += socket.readAll(); });
        QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
        socket.connectToHost(QHostAddress::LocalHost, quint16(simulator->baseUrl().port()));
        socket.write("POST /api/organization/v1 HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                     "application/json\r\nContent-Length: 209715200\r\n\r\n" +
                     QByteArray(1024 * 1024, ' '));
        QVERIFY(disconnected.wait(10000));
        received += socket.readAll();
        QVERIFY2(received.startsWith("HTTP/1.1 413 "), received.left(200).constData());
        QVERIFY2(received.contains("at most"), received.constData());
        QCOMPARE(handled, 0);

        // A request of ordinary size on a new connection is still answered.
        const RawAnswer answer = rawRequest(*simulator, "GET", "/api/organization/v1");
        QCOMPARE(answer.status, 200);

        // Two requests on one connection: the guard follows them by their Content-Length.
        SimulatorTestClient client(*simulator);
        QVERIFY(client.createOrganization(QStringLiteral("After the guard AG")) > 0);
        QVERIFY(client.createOrganization(QStringLiteral("After the guard 2 AG")) > 0);
    }

    void chunkedBodyIsRefused()
    {
        auto simulator = startSimulator(ScmSimulatorOptions());
        QTcpSocket socket;
        QByteArray received;
        QObject::connect(&socket, &QTcpSocket::readyRead, [&] { received += socket.readAll(); });
        QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
        socket.connectToHost(QHostAddress::LocalHost, quint16(simulator->baseUrl().port()));
        socket.write("POST /api/organization/v1 HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: "
                     "chunked\r\n\r\n10\r\n0123456789abcdef\r\n");
        QVERIFY(disconnected.wait(10000));
        received += socket.readAll();
        QVERIFY2(received.startsWith("HTTP/1.1 411 "), received.left(200).constData());
    }

    void tlsWithTheSimulatorsOwnCa()
    {
        ScmSimulatorOptions options;
        options.tls = true;
        auto simulator = startSimulator(options);
        QCOMPARE(simulator->baseUrl().scheme(), QStringLiteral("https"));
        QVERIFY(!simulator->caCertificate().isNull());
        QVERIFY(simulator->caCertificate().isSelfSigned());

        SimulatorTestClient trusting(*simulator);
        const Answer answer = trusting.get(QStringLiteral("/api/organization/v1"));
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.error, QNetworkReply::NoError);

        SimulatorTestClient distrusting(*simulator);
        distrusting.setCaCertificates({});
        const Answer refused = distrusting.get(QStringLiteral("/api/organization/v1"));
        QCOMPARE(refused.status, 0);
        QCOMPARE(refused.error, QNetworkReply::SslHandshakeFailedError);

        // The web page over TLS too.
        const qint64 orgId = trusting.createOrganization(QStringLiteral("Example AG"));
        trusting.post(QStringLiteral("/api/admin/v1"),
                      SimulatorTestClient::adminBody(QStringLiteral("operator"), temporary,
                                                     QStringLiteral("RAO_SMIME"), orgId));
        const auto [ok, message] = personChanges(*simulator, QStringLiteral("operator"), temporary, final);
        QVERIFY2(ok, qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(SimulatorHttpTest)
#include "tst_simulator_http.moc"
