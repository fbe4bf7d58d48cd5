// The transport against small local HTTP fixtures: headers, empty bodies, protocol errors, the
// no-resend guarantee for POSTs, retries, deadlines, the bound on calls in flight, cancelling,
// paging and the log that never shows a password.
#include "Clock.h"
#include "HttpFixture.h"
#include "ScmClient.h"
#include "ScmReply.h"
#include "ScmTransport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

#include <memory>

namespace {

const QString Password = QStringLiteral("S3cret-Pass+word!");

ScmCredentials credentialsFor(const QUrl &baseUrl)
{
    return {baseUrl, QStringLiteral("acme"), QStringLiteral("mrao+admin@example"), Password};
}

bool waitFor(ScmReply *reply, int timeoutMs = 15000)
{
    if (reply->isFinished())
        return true;
    QSignalSpy spy(reply, &ScmReply::finished);
    return spy.wait(timeoutMs);
}

QStringList capturedLog;
void captureMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    capturedLog.append(message);
}

} // namespace

class TestScmTransport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void sendsHeaderAuthAcceptAndRequestId();
    void sendsJsonBodyWithContentType();
    void encodesQueryValues();
    void neverSendsCookiesBack();
    void emptyBodiesAreNeverParsed();
    void protocolErrors_data();
    void protocolErrors();
    void errorObjectInA200IsAnError();
    void credentialsNeverFollowARedirect();
    void httpErrorsAreClassified_data();
    void httpErrorsAreClassified();
    void postIsNotResentWhenTheServerDropsAFreshConnection();
    void postIsNotResentWhenTheServerDropsAReusedConnection();
    void getIsRetriedAfterADroppedConnection();
    void createIsNeverRetried();
    void serverErrorsAreRetriedForGetsUpToMaxAttempts();
    void truncatedAnswerIsRetriedForGets();
    void rateLimitHonoursRetryAfterAndLowersTheBound();
    void deadlineAbortsASlowAnswer();
    void deadlineAppliesToEachAttempt();
    void runDeadlineBoundsAttemptsAndRetries();
    void hugeRetryAfterOnA503IsNotWaitedFor();
    void concurrencyBoundIsNeverExceeded();
    void abortOfQueuedAndRunningRequests();
    void deletingAReplyAbortsItsCall();
    void connectionRefusedIsNetwork();
    void tlsToAPlainServerIsTls();
    void pagingJoinsAllPages();
    void pagingStopsAtAShortPage();
    void findAdminByLoginPicksTheExactLogin_data();
    void findAdminByLoginPicksTheExactLogin();
    void changingRequestSignals();
    void backoffIsMeasuredInTheTransportsClock();
    void destroyingTheTransportCancelsPendingReplies();
    void passwordNeverAppearsInTheLog();

private:
    std::unique_ptr<HttpFixture> m_fixture;
    std::unique_ptr<ScmTransport> m_transport;
};

void TestScmTransport::init()
{
    m_fixture = std::make_unique<HttpFixture>();
    QVERIFY(m_fixture->listen());
    m_transport = std::make_unique<ScmTransport>();
    m_transport->setBackoff(20, 100);
}

void TestScmTransport::cleanup()
{
    m_transport.reset();
    m_fixture.reset();
}

void TestScmTransport::sendsHeaderAuthAcceptAndRequestId()
{
    m_fixture->setHandler([](const FixtureRequest &) { return HttpFixture::json(200, "[]"); });
    ScmClient client(m_transport.get(), credentialsFor(m_fixture->baseUrl()));
    std::unique_ptr<ScmReply> reply(client.listOrganizations());
    QVERIFY(waitFor(reply.get()));
    QVERIFY2(reply->ok(), qPrintable(reply->error().message()));
    QCOMPARE(m_fixture->requestCount(), 1);
    const FixtureRequest request = m_fixture->requests().first();
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.target, QByteArray("/api/organization/v1"));
    QCOMPARE(request.headers.value("login"), QByteArray("mrao+admin@example"));
    QCOMPARE(request.headers.value("password"), Password.toUtf8());
    QCOMPARE(request.headers.value("customeruri"), QByteArray("acme"));
    QCOMPARE(request.headers.value("accept"), QByteArray("application/json"));
    QVERIFY(!request.headers.contains("content-type"));
    QVERIFY(!reply->requestId().isEmpty());
    QCOMPARE(request.headers.value("x-request-id"), reply->requestId());
    QVERIFY(reply->json().isArray());
}

void TestScmTransport::sendsJsonBodyWithContentType()
{
    m_fixture->setHandler([](const FixtureRequest &) {
        return HttpFixture::json(201, QByteArray(), {{"Location", "/api/organization/v1/1682"}});
    });
    ScmClient client(m_transport.get(), credentialsFor(m_fixture->baseUrl()));
    ScmNewOrganization org;
    org.name = QStringLiteral("Example AG");
    org.address1 = QStringLiteral("Bahnhofstrasse 1");
    org.city = QStringLiteral("Zürich");
    org.stateProvince = QStringLiteral("ZH");
    org.country = QStringLiteral("CH");
    std::unique_ptr<ScmReply> reply(client.createOrganization(org));
    QVERIFY(waitFor(reply.get()));
    QVERIFY2(reply->ok(), qPrintable(reply->error().message()));
    QCOMPARE(reply->createdId(), 1682);
    QVERIFY(reply->json().isUndefined());
    const FixtureRequest request = m_fixture->requests().first();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.headers.value("content-type"), QByteArray("application/json;charset=utf-8"));
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    QCOMPARE(body.value("name").toString(), QStringLiteral("Example AG"));
    QCOMPARE(body.value("city").toString(), QStringLiteral("Zürich"));
    QCOMPARE(body.value("stateProvince").toString(), QStringLiteral("ZH"));
    QVERIFY(!body.contains("stateOrProvince"));
    const QJsonObject clientCertificate = body.value("clientCertificate").toObject();
    QCOMPARE(clientCertificate.size(), 3);
    QCOMPARE(clientCertificate.value("allowKeyRecoveryByMasterAdmins"), QJsonValue(false));
    QCOMPARE(clientCertificate.value("allowKeyRecoveryByOrgAdmins"), QJsonValue(false));
    QCOMPARE(clientCertificate.value("allowKeyRecoveryByDepartmentAdmins"), QJsonValue(false));
    QCOMPARE(body.value("clientCertsApiEnabled"), QJsonValue(true));
}

void TestScmTransport::encodesQueryValues()
{
    m_fixture->setHandler([](const FixtureRequest &) { return HttpFixture::json(200, "[]"); });
    ScmClient client(m_transport.get(), credentialsFor(m_fixture->baseUrl()));
    std::unique_ptr<ScmReply> admins(client.findAdmins(QStringLiteral("a+b@example.ch")));
    std::unique_ptr<ScmReply> privileges(
        client.listPrivileges({QStringLiteral("RAO_SMIME"), QStringLiteral("DRAO_SMIME")}));
    QVERIFY(waitFor(admins.get()));
    QVERIFY(waitFor(privileges.get()));
    QVERIFY(admins->ok());
    QVERIFY(privileges->ok());
    QStringList targets;
    for (const FixtureRequest &request : m_fixture->requests())
        targets.append(QString::fromLatin1(request.target));
    QVERIFY2(targets.contains("/api/admin/v1?login=a%2Bb%40example.ch&size=200&position=0"),
             qPrintable(targets.join(' ')));
    QVERIFY2(targets.contains("/api/admin/v1/privileges?role=RAO_SMIME&role=DRAO_SMIME"),
             qPrintable(targets.join(' ')));
}

void TestScmTransport::neverSendsCookiesBack()
{
    m_fixture->setHandler([](const FixtureRequest &) {
        return HttpFixture::json(200, "{}", {{"Set-Cookie", "JSESSIONID=abc123; Path=/"}});
    });
    ScmClient client(m_transport.get(), credentialsFor(m_fixture->baseUrl()));
    for (int i = 0; i < 2; ++i) {
        std::unique_ptr<ScmReply> reply(client.passwordState());
        QVERIFY(waitFor(reply.get()));
        QVERIFY(reply->ok());
    }
    QCOMPARE(m_fixture->requestCount(), 2);
    QVERIFY(!m_fixture->requests().at(1).headers.contains("cookie"));
}

void TestScmTransport::emptyBodiesAreNeverParsed()
{
    m_fixture->setHandler([](const FixtureRequest &request) {
        if (request.target.endsWith("changepassword"))
            return HttpFixture::json(204, QByteArray());
        return HttpFixture::json(200, QByteArray()); // a PUT answered with 200 and nothing
    });
    ScmClient client(m_transport.get(), credentialsFor(m_fixture->baseUrl()));
    std::unique_ptr<ScmReply> change(client.changeOwnPassword(QStringLiteral("N3w-Password-123")));
    ScmAdminUpdate update;
    update.type = QStringLiteral("API");
    std::unique_ptr<ScmReply> put(client.updateAdmin(7, update));
    QVERIFY(waitFor(change.get()));
    QVERIFY(waitFor(put.get()));
    QVERIFY2(change->ok(), qPrintable(change->error().message()));
    QCOMPARE(change->httpStatus(), 204);
    QVERIFY(change->json().isUndefined());
    QVERIFY2(put->ok(), qPrintable(put->error().message()));
    QVERIFY(put->json().isUndefined());
    const QJsonObject body = QJsonDocument::fromJson(m_fixture->requests().at(1).body).object();
    QCOMPARE(body, QJsonObject({{"type", "API"}}));
}

void TestScmTransport::protocolErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("location");
    QTest::addColumn<bool>("create");
    QTest::newRow("bad JSON") << 200 << QByteArray("{\"id\": 1,") << QByteArray() << false;
    QTest::newRow("201 without Location") << 201 << QByteArray() << QByteArray() << true;
    QTest::newRow("Location without id")
        << 201 << QByteArray() << QByteArray("http://x/api/admin/v1/") << true;
    QTest::newRow("object where an array is due") << 200 << QByteArray("{\"a\":1}") << QByteArray() << false;
    QTest::newRow("redirect") << 302 << QByteArray() << QByteArray("https://elsewhere.example/") << false;
    // Not this server's object: a false "Created … (id 999)" otherwise.
    QTest::newRow("Location on another host")
        << 201 << QByteArray() << QByteArray("https://elsewhere.example/api/admin/v1/999") << true;
}

// A redirect to another host is an error, and the other host never sees a request (the password
// header would go with it), for a read as for a change.
void TestScmTransport::credentialsNeverFollowARedirect()
{
    HttpFixture other;
    QVERIFY(other.listen());
    other.setHandler([](const FixtureRequest &) { return HttpFixture::json(200, "[]"); });
    const QUrl target = other.baseUrl();
    m_fixture->setHandler([target](const FixtureRequest &request) {
        return HttpFixture::json(302, QByteArray(),
                                 {{"Location", target.toString().toLatin1() + request.target}});
    });
    ScmClient client(m_transport.get(), credentialsFor(m_fixture->baseUrl()));
    std::unique_ptr<ScmReply> read(client.passwordState());
    QVERIFY(waitFor(read.get()));
    QVERIFY(!read->ok());
    ScmNewAdmin admin;
    admin.login = QStringLiteral("op");
    std::unique_ptr<ScmReply> change(client.createAdmin(admin));
    QVERIFY(waitFor(change.get()));
    QVERIFY(!change->ok());
    QCOMPARE(other.requestCount(), 0);
}

// A 200 whose body is SCM's error object is that error, not a success.
void TestScmTransport::errorObjectInA200IsAnError()
{
    m_fixture->setHandler([](const FixtureRequest &) {
        return HttpFixture::json(200, R"({"code":-16,"description":"Unknown user"})");
    });
    m_transport->setMaxAttempts(1);
    ScmClient client(m_transport.get(), credentialsFor(m_fixture->baseUrl()));
    std::unique_ptr<ScmReply> reply(client.passwordState());
    QVERIFY(waitFor(reply.get()));
    QVERIFY(!reply->ok());
    QCOMPARE(reply->error().kind(), ScmError::Kind::Unauthorized);
    QCOMPARE(reply->error().scmCode(), -16);
}

void TestScmTransport::protocolErrors()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, location);
    QFETCH(bool, create);
    m_fixture->setHandler([=](const FixtureRequest &) {
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!location.isEmpty())
            headers.append({"Location", location});
        return HttpFixture::json(status, body, headers);
    });
    m_transport->setMaxAttempts(1);
    ScmClient client(m_transport.get(), credentialsFor(m_fixture->baseUrl()));
    ScmNewAdmin admin;
    admin.login = QStringLiteral("op");
    std::unique_ptr<ScmReply> reply(create ? client.createAdmin(admin) : client.listRoles());
    QVERIFY(waitFor(reply.get()));
    QVERIFY(!reply->ok());
    QCOMPARE(reply->error().kind(), ScmError::Kind::Protocol);
    QVERIFY(!reply->error().message().isEmpty());
}

void TestScmTransport::httpErrorsAreClassified_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("code");
    using K = ScmError::Kind;
    QTest::newRow("401 -16") << 401 << QByteArray(R"({"code":-16,"description":"Unknown user"})")
                             << int(K::Unauthorized) << -16;
    QTest::newRow("400 -233") << 400 << QByteArray(R"({"code":-233,"description":"no privilege"})")
                              << int(K::Forbidden) << -233;
    QTest::newRow("404 html") << 404 << QByteArray("<html>not here</html>") << int(K::NotFound) << 0;
    QTest::newRow("400 -700") << 400
                              << QByteArray(R"({"code":-700,"description":"Such domain already exists"})")
                              << int(K::Conflict) << -700;
    QTest::newRow("400 -7306") << 400
                               << QByteArray(R"({"code":-7306,"description":"Password policy violated"})")
                               << int(K::PasswordPolicy) << -7306;
    QTest::newRow("400 -7") << 400
                            << QByteArray(R"({"code":-7,"description":"name is required but missing."})")
                            << int(K::InvalidInput) << -7;
    QTest::newRow("403 empty") << 403 << QByteArray() << int(K::Forbidden) << 0;
}

void TestScmTransport::httpErrorsAreClassified()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    QFETCH(int, code);
    m_fixture->setHandler([=](const FixtureRequest &) { return HttpFixture::json(status, body); });
    ScmClient client(m_transport.get(), credentialsFor(m_fixture->baseUrl()));
    std::unique_ptr<ScmReply> reply(client.getDomain(4));
    QVERIFY(waitFor(reply.get()));
    QCOMPARE(int(reply->error().kind()), kind);
    QCOMPARE(reply->error().httpStatus(), status);
    QCOMPARE(reply->httpStatus(), status);
    QCOMPARE(reply->error().scmCode(), code);
    QCOMPARE(m_fixture->requestCount(), 1); // none of these is worth repeating
    if (code != 0)
        QCOMPARE(reply->object().value("code").toInt(), code); // SCM's error body stays readable
}

void TestScmTransport::postIsNotResentWhenTheServerDropsAFreshConnection()
{
    m_fixture->setHandler([](const FixtureRequest &) {
        FixtureResponse response;
        response.dropConnection = true;
        return response;
    });
    ScmClient client(m_transport.get(), credentialsFor(m_fixture->baseUrl()));
    ScmNewDomain domain;
    domain.name = QStringLiteral("example.ch");
    std::unique_ptr<ScmReply> reply(client.createDomain(domain));
    QVERIFY(waitFor(reply.get()));
    QCOMPARE(reply->error().kind(), ScmError::Kind::Network);
    QTest::qWait(300); // a resend by Qt would come at once; give it the chance to show
    QCOMPARE(m_fixture->requestCount(), 1);
    QCOMPARE(m_fixture->requests().first().method, QByteArray("POST"));
}

void TestScmTransport::postIsNotResentWhenTheServerDropsAReusedConnection()
{
    // The first request (a GET) leaves a kept-alive connection; the POST goes over it and the server
    // drops it after reading: the case where Qt's HTTP channel retries requests on its own.
    m_fixture->setHandler([](const FixtureRequest &request) {
        if (request.method == "GET")
            return HttpFixture::json(200, "[]");
        FixtureResponse response;
        response.dropConnection = true;
        return response;
    });
    ScmClient client(m_transport.get(), credentialsFor(m_fixture->baseUrl()));
    std::unique_ptr<ScmReply> list(client.listRoles());
    QVERIFY(waitFor(list.get()));
    QVERIFY(list->ok());
    ScmNewDomain domain;
    domain.name = QStringLiteral("example.ch");
    std::unique_ptr<ScmReply> reply(client.createDomain(domain));
    QVERIFY(waitFor(reply.get()));
    QCOMPARE(reply->error().kind(), ScmError::Kind::Network);
    QTest::qWait(300);
    int posts = 0;
    for (const FixtureRequest &request : m_fixture->requests())
        posts += request.method == "POST" ? 1 : 0;
    QCOMPARE(posts, 1);
    QCOMPARE(m_fixture->requests().last().connection, m_fixture->requests().first().connection);
}

void TestScmTransport::getIsRetriedAfterADroppedConnection()
{
    m_fixture->setHandler([this](const FixtureRequest &) {
        if (m_fixture->requestCount() == 1) {
            FixtureResponse response;
            response.dropConnection = true;
            return response;
        }
        return HttpFixture::json(200, "[\"MRAO\"]");
    });
    ScmClient client(m_transport.get(), credentialsFor(m_fixture->baseUrl()));
    std::unique_ptr<ScmReply> reply(client.listRoles());
    QVERIFY(waitFor(reply.get()));
    QVERIFY2(reply->ok(), qPrintable(reply->error().message()));
    QCOMPARE(m_fixture->requestCount(), 2);
    QCOMPARE(m_fixture->requests().at(0).headers.value("x-request-id"),
             m_fixture->requests().at(1).headers.value("x-request-id"));
}

void TestScmTransport::createIsNeverRetried()
{
    m_fixture->setHandler([](const FixtureRequest &) {
        return HttpFixture::json(503, R"({"code":-2,"description":"Internal error"})");
    });
    ScmClient client(m_transport.get(), credentialsFor(m_fixture->baseUrl()));
    ScmNewAdmin admin;
    admin.login = QStringLiteral("operator");
    std::unique_ptr<ScmReply> reply(client.createAdmin(admin));
    QVERIFY(waitFor(reply.get()));
    QCOMPARE(reply->error().kind(), ScmError::Kind::ServerError);
    QVERIFY(reply->error().isTransient());
    QTest::qWait(200);
    QCOMPARE(m_fixture->requestCount(), 1);
}

void TestScmTransport::serverErrorsAreRetriedForGetsUpToMaxAttempts()
{
    m_fixture->setHandler([this](const FixtureRequest &) {
        if (m_fixture->requestCount() <= 2)
            return HttpFixture::json(500, R"({"code":-2,"description":"Internal error"})");
        return HttpFixture::json(200, R"({"state":"ALIVE","expirationDate":"2031-01-01"})");
    });
    ScmClient client(m_transport.get(), credentialsFor(m_fixture->baseUrl()));
    std::unique_ptr<ScmReply> reply(client.passwordState());
    QVERIFY(waitFor(reply.get()));
    QVERIFY2(reply->ok(), qPrintable(reply->error().message()));
    QCOMPARE(m_fixture->requestCount(), 3);
    QCOMPARE(ScmPasswordState::fromJson(reply->object()).expirationDate, QDate(2031, 1, 1));

    m_transport->setMaxAttempts(2);
    m_fixture->setHandler([](const FixtureRequest &) { return HttpFixture::json(502, QByteArray()); });
    std::unique_ptr<ScmReply> failing(client.passwordState());
    QVERIFY(waitFor(failing.get()));
    QCOMPARE(failing->error().kind(), ScmError::Kind::ServerError);
    QCOMPARE(failing->error().httpStatus(), 502);
    QCOMPARE(m_fixture->requestCount(), 5);
}

void TestScmTransport::truncatedAnswerIsRetriedForGets()
{
    m_fixture->setHandler([this](const FixtureRequest &) {
        if (m_fixture->requestCount() == 1) {
            // Announces more than it sends, then closes: an answer cut off mid-body.
            FixtureResponse response = HttpFixture::json(200, "[{\"id\":1,\"na", {{"Content-Length", "200"}});
            return response;
        }
        return HttpFixture::json(200, "[{\"id\":1,\"name\":\"Example AG\"}]");
    });
    ScmClient client(m_transport.get(), credentialsFor(m_fixture->baseUrl()));
    std::unique_ptr<ScmReply> reply(client.listOrganizations());
    QVERIFY(waitFor(reply.get()));
    QVERIFY2(reply->ok(), qPrintable(reply->error().message()));
    QCOMPARE(m_fixture->requestCount(), 2);
    QCOMPARE(ScmOrganization::fromJson(reply->array().first().toObject()).name, QStringLiteral("Example AG"));
}

void TestScmTransport::rateLimitHonoursRetryAfterAndLowersTheBound()
{
    m_fixture->setHandler([this](const FixtureRequest &) {
        if (m_fixture->requestCount() == 1)
            return HttpFixture::json(429, R"({"code":0,"description":"Too many requests"})",
                                     {{"Retry-After", "1"}});
        return HttpFixture::json(200, "[]");
    });
    QCOMPARE(m_transport->effectiveMaxInFlight(), 6);
    ScmClient client(m_transport.get(), credentialsFor(m_fixture->baseUrl()));
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<ScmReply> reply(client.listCaBackends());
    QVERIFY(waitFor(reply.get()));
    QVERIFY2(reply->ok(), qPrintable(reply->error().message()));
    QVERIFY2(timer.elapsed() >= 950, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(m_fixture->requestCount(), 2);
    QCOMPARE(m_transport->effectiveMaxInFlight(), 3);
    QCOMPARE(m_transport->maxInFlight(), 6);

    // It climbs back after successes, one slot at a time.
    for (int i = 0; i < 10; ++i) {
        std::unique_ptr<ScmReply> ok(client.listCaBackends());
        QVERIFY(waitFor(ok.get()));
        QVERIFY(ok->ok());
    }
    QCOMPARE(m_transport->effectiveMaxInFlight(), 4);
}

void TestScmTransport::deadlineAbortsASlowAnswer()
{
    m_fixture->setHandler([](const FixtureRequest &) {
        FixtureResponse response = HttpFixture::json(200, "[]");
        response.delayMs = 3000;
        return response;
    });
    m_transport->setRequestDeadlineMs(300);
    m_transport->setMaxAttempts(1);
    ScmClient client(m_transport.get(), credentialsFor(m_fixture->baseUrl()));
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<ScmReply> reply(client.listRoles());
    QVERIFY(waitFor(reply.get()));
    QCOMPARE(reply->error().kind(), ScmError::Kind::Timeout);
    QVERIFY(timer.elapsed() >= 290);
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(m_transport->inFlight(), 0);
}

void TestScmTransport::deadlineAppliesToEachAttempt()
{
    m_fixture->setHandler([this](const FixtureRequest &) {
        FixtureResponse response = HttpFixture::json(200, "[]");
        if (m_fixture->requestCount() == 1)
            response.delayMs = 3000;
        return response;
    });
    m_transport->setRequestDeadlineMs(400);
    m_transport->setMaxAttempts(3);
    ScmClient client(m_transport.get(), credentialsFor(m_fixture->baseUrl()));
    std::unique_ptr<ScmReply> reply(client.listRoles());
    QVERIFY(waitFor(reply.get()));
    QVERIFY2(reply->ok(), qPrintable(reply->error().message()));
    QCOMPARE(m_fixture->requestCount(), 2);
}

// A server that accepts and never answers: with a run deadline, the call ends at it (not after
// five attempts of 30 s each), as a timeout that names the host and the request.
void TestScmTransport::runDeadlineBoundsAttemptsAndRetries()
{
    m_fixture->setHandler([](const FixtureRequest &) {
        FixtureResponse response = HttpFixture::json(200, "[]");
        response.delayMs = 20000;
        return response;
    });
    m_transport->setRequestDeadlineMs(30000);
    m_transport->setMaxAttempts(5);
    m_transport->setRunDeadline(QDateTime::currentDateTimeUtc().addMSecs(1000));
    ScmClient client(m_transport.get(), credentialsFor(m_fixture->baseUrl()));
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<ScmReply> reply(client.listRoles());
    QVERIFY(waitFor(reply.get()));
    QVERIFY(!reply->ok());
    QCOMPARE(reply->error().kind(), ScmError::Kind::Timeout);
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY2(reply->error().message().contains(m_fixture->baseUrl().host()),
             qPrintable(reply->error().message()));
    // Past the deadline nothing more is sent at all.
    const int sent = m_fixture->requestCount();
    std::unique_ptr<ScmReply> late(client.listRoles());
    QVERIFY(waitFor(late.get()));
    QCOMPARE(late->error().kind(), ScmError::Kind::Timeout);
    QCOMPARE(m_fixture->requestCount(), sent);
}

// Retry-After: 2147484 seconds overflowed an int into a negative timer (a hang); any Retry-After
// longer than the policy's cap is not waited for: the call fails at once.
void TestScmTransport::hugeRetryAfterOnA503IsNotWaitedFor()
{
    m_fixture->setHandler([](const FixtureRequest &) {
        return HttpFixture::json(503, R"({"code":0,"description":"Down for maintenance"})",
                                 {{"Retry-After", "2147484"}});
    });
    ScmClient client(m_transport.get(), credentialsFor(m_fixture->baseUrl()));
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<ScmReply> reply(client.listRoles());
    QVERIFY(waitFor(reply.get()));
    QVERIFY(!reply->ok());
    QCOMPARE(reply->error().kind(), ScmError::Kind::ServerError);
    QCOMPARE(reply->error().retryAfterSeconds(), qint64(2147484));
    QCOMPARE(m_fixture->requestCount(), 1);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
}

void TestScmTransport::concurrencyBoundIsNeverExceeded()
{
    m_fixture->setHandler([](const FixtureRequest &) {
        FixtureResponse response = HttpFixture::json(200, "[]");
        response.delayMs = 80;
        return response;
    });
    m_transport->setMaxInFlight(3);
    int highest = 0;
    connect(m_transport.get(), &ScmTransport::inFlightChanged, this,
            [&highest](int inFlight) { highest = qMax(highest, inFlight); });
    ScmClient client(m_transport.get(), credentialsFor(m_fixture->baseUrl()));
    std::vector<std::unique_ptr<ScmReply>> replies;
    for (int i = 0; i < 12; ++i)
        replies.emplace_back(client.listRoles());
    QCOMPARE(m_transport->inFlight(), 3);
    QCOMPARE(m_transport->queued(), 9);
    for (auto &reply : replies) {
        QVERIFY(waitFor(reply.get()));
        QVERIFY(reply->ok());
    }
    QCOMPARE(m_fixture->requestCount(), 12);
    QCOMPARE(m_fixture->maxInFlightSeen(), 3);
    QCOMPARE(highest, 3);
    QCOMPARE(m_transport->inFlight(), 0);
    QCOMPARE(m_transport->queued(), 0);
}

void TestScmTransport::abortOfQueuedAndRunningRequests()
{
    m_fixture->setHandler([](const FixtureRequest &) {
        FixtureResponse response = HttpFixture::json(200, "[]");
        response.delayMs = 2000;
        return response;
    });
    m_transport->setMaxInFlight(1);
    ScmClient client(m_transport.get(), credentialsFor(m_fixture->baseUrl()));
    std::unique_ptr<ScmReply> running(client.listRoles());
    std::unique_ptr<ScmReply> queued(client.listRoles());
    QCOMPARE(m_transport->queued(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_fixture->requestCount(), 1, 5000);

    QSignalSpy queuedFinished(queued.get(), &ScmReply::finished);
    queued->abort();
    QVERIFY(queued->isFinished());
    QCOMPARE(queued->error().kind(), ScmError::Kind::Cancelled);
    QVERIFY(queuedFinished.wait(1000));
    QCOMPARE(queuedFinished.count(), 1);
    QCOMPARE(m_transport->queued(), 0);

    QElapsedTimer timer;
    timer.start();
    running->abort();
    QVERIFY(waitFor(running.get()));
    QCOMPARE(running->error().kind(), ScmError::Kind::Cancelled);
    QVERIFY(timer.elapsed() < 1000);
    QCOMPARE(m_transport->inFlight(), 0);
    QTest::qWait(100);
    QCOMPARE(m_fixture->requestCount(), 1); // the queued one never went out

    // Aborting twice, or after the end, changes nothing.
    running->abort();
    QCOMPARE(running->error().kind(), ScmError::Kind::Cancelled);
}

void TestScmTransport::deletingAReplyAbortsItsCall()
{
    m_fixture->setHandler([](const FixtureRequest &) {
        FixtureResponse response = HttpFixture::json(200, "[]");
        response.delayMs = 1000;
        return response;
    });
    m_transport->setMaxInFlight(1);
    ScmClient client(m_transport.get(), credentialsFor(m_fixture->baseUrl()));
    ScmReply *abandoned = client.listRoles();
    std::unique_ptr<ScmReply> next(client.listRoles());
    QTRY_COMPARE_WITH_TIMEOUT(m_fixture->requestCount(), 1, 5000);
    delete abandoned;
    QCOMPARE(m_transport->inFlight(), 1); // the next one took the freed slot at once
    QVERIFY(waitFor(next.get()));
    QVERIFY(next->ok());
}

void TestScmTransport::connectionRefusedIsNetwork()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();
    m_transport->setMaxAttempts(2);
    ScmClient client(m_transport.get(),
                     credentialsFor(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port))));
    std::unique_ptr<ScmReply> reply(client.passwordState());
    QVERIFY(waitFor(reply.get()));
    QCOMPARE(reply->error().kind(), ScmError::Kind::Network);
    QVERIFY2(reply->error().message().contains(QStringLiteral("127.0.0.1:%1").arg(port)),
             qPrintable(reply->error().message()));
}

void TestScmTransport::tlsToAPlainServerIsTls()
{
    // A server that answers a TLS hello in plain HTTP: the handshake fails, and it is never a success.
    QTcpServer plain;
    QVERIFY(plain.listen(QHostAddress::LocalHost, 0));
    connect(&plain, &QTcpServer::newConnection, this, [&plain] {
        while (QTcpSocket *socket = plain.nextPendingConnection()) {
            socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
            socket->disconnectFromHost();
        }
    });
    m_transport->setMaxAttempts(1);
    ScmClient client(m_transport.get(),
                     credentialsFor(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(plain.serverPort()))));
    std::unique_ptr<ScmReply> reply(client.passwordState());
    QVERIFY(waitFor(reply.get()));
    QVERIFY(!reply->ok());
    QVERIFY2(reply->error().kind() == ScmError::Kind::Tls,
             qPrintable(ScmError::kindName(reply->error().kind()) + ": " + reply->error().message()));
}

void TestScmTransport::pagingJoinsAllPages()
{
    const int total = 450;
    m_fixture->setHandler([total](const FixtureRequest &request) {
        const QUrlQuery query(QUrl(QString::fromLatin1(request.target)));
        const int size = query.queryItemValue("size").toInt();
        const int position = query.queryItemValue("position").toInt();
        QJsonArray page;
        for (int i = position; i < qMin(total, position + size); ++i)
            page.append(QJsonObject{{"id", i + 1}, {"name", QStringLiteral("d%1.example").arg(i)}});
        return HttpFixture::json(200, QJsonDocument(page).toJson(QJsonDocument::Compact),
                                 {{"X-Total-Count", QByteArray::number(total)}});
    });
    ScmClient client(m_transport.get(), credentialsFor(m_fixture->baseUrl()));
    std::unique_ptr<ScmReply> reply(client.listDomains());
    QVERIFY(waitFor(reply.get()));
    QVERIFY2(reply->ok(), qPrintable(reply->error().message()));
    QCOMPARE(reply->array().size(), total);
    QCOMPARE(reply->totalCount(), total);
    QCOMPARE(reply->array().last().toObject().value("id").toInt(), total);
    QCOMPARE(m_fixture->requestCount(), 3);
    QCOMPARE(m_fixture->requests().at(0).target, QByteArray("/api/domain/v1?size=200&position=0"));
    QCOMPARE(m_fixture->requests().at(1).target, QByteArray("/api/domain/v1?size=200&position=200"));
    QCOMPARE(m_fixture->requests().at(2).target, QByteArray("/api/domain/v1?size=200&position=400"));
}

void TestScmTransport::pagingStopsAtAShortPage()
{
    // No X-Total-Count: a page shorter than asked for is the last one.
    m_fixture->setHandler([](const FixtureRequest &request) {
        const bool first = request.target.contains("position=0");
        QJsonArray page;
        for (int i = 0; i < (first ? 200 : 5); ++i)
            page.append(QJsonObject{{"id", i + 1}, {"login", QStringLiteral("op%1").arg(i)}});
        return HttpFixture::json(200, QJsonDocument(page).toJson(QJsonDocument::Compact));
    });
    ScmClient client(m_transport.get(), credentialsFor(m_fixture->baseUrl()));
    std::unique_ptr<ScmReply> reply(client.findAdmins(QStringLiteral("x")));
    QVERIFY(waitFor(reply.get()));
    QVERIFY(reply->ok());
    QCOMPARE(reply->array().size(), 205);
    QCOMPARE(reply->totalCount(), -1);
    QCOMPARE(m_fixture->requestCount(), 2);
}

void TestScmTransport::findAdminByLoginPicksTheExactLogin_data()
{
    // What SCM's login= filter answered (it may match partially), and the id the look-up must give.
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<int>("id");
    QTest::newRow("longer logins before the exact one")
        << QByteArray(R"([{"id":1,"login":"seppmail-mpki-old"},{"id":2,"login":"x-seppmail-mpki"},)"
                      R"({"id":3,"login":"SEPPmail-MPKI"}])")
        << 3;
    QTest::newRow("only longer logins") << QByteArray(R"([{"id":1,"login":"seppmail-mpki2"}])") << 0;
    QTest::newRow("none") << QByteArray("[]") << 0;
}

void TestScmTransport::findAdminByLoginPicksTheExactLogin()
{
    QFETCH(QByteArray, answer);
    QFETCH(int, id);
    m_fixture->setHandler([answer](const FixtureRequest &) { return HttpFixture::json(200, answer); });
    ScmClient client(m_transport.get(), credentialsFor(m_fixture->baseUrl()));
    std::unique_ptr<ScmReply> reply(client.findAdminByLogin(QStringLiteral("seppmail-mpki")));
    QVERIFY(waitFor(reply.get()));
    QVERIFY2(reply->ok(), qPrintable(reply->error().message()));
    QVERIFY(reply->json().isObject());
    const ScmAdmin admin = ScmAdmin::fromJson(reply->object());
    QCOMPARE(admin.id, qint64(id));
    if (id != 0)
        QCOMPARE(admin.login, QStringLiteral("SEPPmail-MPKI"));
    QCOMPARE(m_fixture->requests().first().target,
             QByteArray("/api/admin/v1?login=seppmail-mpki&size=200&position=0"));
}

void TestScmTransport::changingRequestSignals()
{
    m_fixture->setHandler([](const FixtureRequest &request) {
        if (request.method == "POST")
            return HttpFixture::json(201, QByteArray(), {{"Location", "/api/domain/v1/396"}});
        return HttpFixture::json(200, "[]");
    });
    QSignalSpy sent(m_transport.get(), &ScmTransport::changingRequestSent);
    QSignalSpy finished(m_transport.get(), &ScmTransport::changingRequestFinished);
    ScmClient client(m_transport.get(), credentialsFor(m_fixture->baseUrl()));
    std::unique_ptr<ScmReply> list(client.listDomains(QStringLiteral("example.ch")));
    ScmNewDomain domain;
    domain.name = QStringLiteral("example.ch");
    domain.delegations.append({42, {QStringLiteral("SMIME")}, {}, {}});
    std::unique_ptr<ScmReply> created(client.createDomain(domain));
    QVERIFY(waitFor(list.get()));
    QVERIFY(waitFor(created.get()));
    QCOMPARE(sent.count(), 1);
    QCOMPARE(sent.first().at(0).toByteArray(), created->requestId());
    QCOMPARE(sent.first().at(1).toByteArray(), QByteArray("POST"));
    QCOMPARE(sent.first().at(2).toString(), QStringLiteral("domain/v1"));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(0).toByteArray(), created->requestId());
    QCOMPARE(finished.first().at(1).toInt(), 201);
    QCOMPARE(finished.first().at(2).toLongLong(), 396);
    const QJsonObject body = QJsonDocument::fromJson(m_fixture->requests().last().body).object();
    QCOMPARE(body.value("delegations").toArray().first().toObject().value("certTypes").toArray(),
             QJsonArray({"SMIME"}));
}

void TestScmTransport::backoffIsMeasuredInTheTransportsClock()
{
    // The benchmark runs hours in seconds: a Retry-After of 2 s on a clock 20 times faster is 100 ms.
    m_fixture->setHandler([this](const FixtureRequest &) {
        if (m_fixture->requestCount() == 1)
            return HttpFixture::json(429, QByteArray(), {{"Retry-After", "2"}});
        return HttpFixture::json(200, "[]");
    });
    ScaledClock fast(20.0);
    m_transport->setClock(&fast);
    ScmClient client(m_transport.get(), credentialsFor(m_fixture->baseUrl()));
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<ScmReply> reply(client.listRoles());
    QVERIFY(waitFor(reply.get()));
    QVERIFY2(reply->ok(), qPrintable(reply->error().message()));
    QCOMPARE(m_fixture->requestCount(), 2);
    QVERIFY2(timer.elapsed() >= 90 && timer.elapsed() < 1500, qPrintable(QString::number(timer.elapsed())));
    m_transport->setClock(nullptr);
}

void TestScmTransport::destroyingTheTransportCancelsPendingReplies()
{
    m_fixture->setHandler([](const FixtureRequest &) {
        FixtureResponse response = HttpFixture::json(200, "[]");
        response.delayMs = 2000;
        return response;
    });
    m_transport->setMaxInFlight(1);
    std::unique_ptr<ScmReply> running;
    std::unique_ptr<ScmReply> queued;
    {
        ScmClient client(m_transport.get(), credentialsFor(m_fixture->baseUrl()));
        running.reset(client.listRoles());
        queued.reset(client.listRoles());
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_fixture->requestCount(), 1, 5000);
    QSignalSpy runningFinished(running.get(), &ScmReply::finished);
    QSignalSpy queuedFinished(queued.get(), &ScmReply::finished);
    m_transport.reset();
    QCOMPARE(running->error().kind(), ScmError::Kind::Cancelled);
    QCOMPARE(queued->error().kind(), ScmError::Kind::Cancelled);
    QVERIFY(runningFinished.wait(1000) || runningFinished.count() == 1);
    QTRY_COMPARE(queuedFinished.count(), 1);
    QCOMPARE(runningFinished.count(), 1);
    m_transport = std::make_unique<ScmTransport>(); // for cleanup()
}

void TestScmTransport::passwordNeverAppearsInTheLog()
{
    auto gets = std::make_shared<int>(0);
    m_fixture->setHandler([gets](const FixtureRequest &request) {
        if (request.method == "POST")
            return HttpFixture::json(400, R"({"code":-7306,"description":"Password policy violated"})");
        if (++*gets == 1)
            return HttpFixture::json(500, QByteArray()); // retried: the retry is logged too
        return HttpFixture::json(401, R"({"code":-16,"description":"Unknown user"})");
    });
    capturedLog.clear();
    QLoggingCategory::setFilterRules(QStringLiteral("mpki.scm.debug=true"));
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
    {
        ScmClient client(m_transport.get(), credentialsFor(m_fixture->baseUrl()));
        const QString newPassword = QStringLiteral("N3w-Secret-Value-77");
        std::unique_ptr<ScmReply> change(client.changeOwnPassword(newPassword));
        std::unique_ptr<ScmReply> state(client.passwordState());
        ScmNewAdmin admin;
        admin.login = QStringLiteral("operator");
        admin.password = QStringLiteral("Temp-Secret-Value-88");
        std::unique_ptr<ScmReply> create(client.createAdmin(admin));
        QVERIFY(waitFor(change.get()));
        QVERIFY(waitFor(state.get()));
        QVERIFY(waitFor(create.get()));
        QCOMPARE(change->error().kind(), ScmError::Kind::PasswordPolicy);
        QCOMPARE(state->error().kind(), ScmError::Kind::Unauthorized);
        for (const QString &message : {change->error().message(), state->error().message()}) {
            QVERIFY(!message.contains(Password));
            QVERIFY(!message.contains(newPassword));
        }
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        const QString log = capturedLog.join('\n');
        QVERIFY2(log.contains(QStringLiteral("admin/v1/password")), qPrintable(log)); // logging was on
        QVERIFY2(log.contains(QString::fromLatin1(state->requestId())), qPrintable(log));
        QVERIFY(!log.contains(Password));
        QVERIFY(!log.contains(newPassword));
        QVERIFY(!log.contains(QStringLiteral("Temp-Secret-Value-88")));
        QVERIFY(!log.contains(QStringLiteral("password:"), Qt::CaseInsensitive));
    }
    qInstallMessageHandler(previous);
}

QTEST_GUILESS_MAIN(TestScmTransport)
#include "tst_scm_transport.moc"
