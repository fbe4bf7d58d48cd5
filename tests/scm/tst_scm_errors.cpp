// ScmError and the classification of everything SCM (or the network) can answer.
#include "ScmConcurrencyLimit.h"
#include "ScmError.h"
#include "ScmErrorClassifier.h"
#include "ScmRetryPolicy.h"

#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTest>

namespace {

ScmCallContext context()
{
    ScmCallContext c;
    c.method = "GET";
    c.path = QStringLiteral("admin/v1/password");
    c.host = QStringLiteral("cert-manager.com");
    c.baseUrl = QStringLiteral("https://cert-manager.com");
    c.login = QStringLiteral("mrao-admin");
    c.customerUri = QStringLiteral("acme");
    return c;
}

QByteArray body(int code, const char *description)
{
    return "{\"code\":" + QByteArray::number(code) + ",\"description\":\"" + description + "\"}";
}

} // namespace

class TestScmErrors : public QObject
{
    Q_OBJECT

private slots:
    void httpAnswers_data();
    void httpAnswers();
    void unauthorizedMessageListsWhatMinus16CanMean();
    void networkErrors_data();
    void networkErrors();
    void tlsMessageNamesTheProblemAndTheCaFile();
    void retryAfter();
    void everyWaitIsCapped();
    void transientKinds();
    void refusesCredentials_data();
    void refusesCredentials();
    void refusesNothingBelowHttp();
    void kindNamesAreDistinct();
    void retryPolicy();
    void backoffIsCappedAndJittered();
    void concurrencyLimit();
};

void TestScmErrors::httpAnswers_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    using K = ScmError::Kind;
    QTest::newRow("401 -16") << 401 << body(-16, "Unknown user") << int(K::Unauthorized);
    QTest::newRow("400 -970") << 400 << body(-970, "Incorrect login credentials") << int(K::Unauthorized);
    QTest::newRow("401 empty") << 401 << QByteArray() << int(K::Unauthorized);
    QTest::newRow("401 expired") << 401 << body(-16, "Password expired") << int(K::PasswordExpired);
    QTest::newRow("400 expired") << 400 << body(-1, "Your password has expired") << int(K::PasswordExpired);
    for (int code : {-3, -25, -37, -226, -233, -234, -253, -256})
        QTest::addRow("400 %d", code) << 400 << body(code, "You are not authorized") << int(K::Forbidden);
    QTest::newRow("403") << 403 << QByteArray() << int(K::Forbidden);
    QTest::newRow("404") << 404 << QByteArray() << int(K::NotFound);
    QTest::newRow("400 -1023") << 400 << body(-1023, "Organization 'x' not found.") << int(K::NotFound);
    QTest::newRow("400 -727") << 400 << body(-727, "The domain 'x' does not exist.") << int(K::NotFound);
    QTest::newRow("400 -410") << 400 << body(-410, "Customer x cannot be found.") << int(K::NotFound);
    QTest::newRow("400 -700") << 400 << body(-700, "Such domain already exists") << int(K::Conflict);
    QTest::newRow("400 already exists")
        << 400 << body(-9999, "Organization 'x' already exists") << int(K::Conflict);
    QTest::newRow("409") << 409 << QByteArray() << int(K::Conflict);
    for (int code : {-7306, -976, -977, -982, -220})
        QTest::addRow("400 %d", code)
            << 400 << body(code, "Password policy violated") << int(K::PasswordPolicy);
    QTest::newRow("429") << 429 << QByteArray() << int(K::RateLimited);
    for (int code : {-109, -140, -195, -1400})
        QTest::addRow("400 %d", code) << 400 << body(code, "try again later") << int(K::RateLimited);
    QTest::newRow("500") << 500 << body(-2, "Internal error") << int(K::ServerError);
    QTest::newRow("503 html") << 503 << QByteArray("<html>maintenance</html>") << int(K::ServerError);
    QTest::newRow("400 -7") << 400 << body(-7, "name is required but missing.") << int(K::InvalidInput);
    QTest::newRow("400 -1601") << 400 << body(-1601, "Field 'country' has invalid value.")
                               << int(K::InvalidInput);
    QTest::newRow("400 bad json") << 400 << QByteArray("{oops") << int(K::InvalidInput);
    QTest::newRow("302") << 302 << QByteArray() << int(K::Protocol);

    // Undocumented codes carry no meaning of their own: the same code with another text is only
    // what its status and words say (sectigo-scm-api.md documents none of -238, -251, -1024, -1025).
    for (int code : {-238, -251, -1024, -1025})
        QTest::addRow("400 %d without telling words", code)
            << 400 << body(code, "Something else went wrong.") << int(K::InvalidInput);
    QTest::newRow("400 not found text")
        << 400 << body(-105, "Person with e-mail: x@example.org was not found") << int(K::NotFound);
    QTest::newRow("400 does not exist text")
        << 400 << body(-99999, "The admin 'x' does not exist.") << int(K::NotFound);
    QTest::newRow("code as a string")
        << 400 << QByteArray(R"({"code":"-700","description":"Such domain already exists"})")
        << int(K::Conflict);
    QTest::newRow("401 code as a string, description null")
        << 401 << QByteArray(R"({"code":"-16","description":null,"details":"x"})") << int(K::Unauthorized);
    QTest::newRow("500 not found text stays a server error")
        << 500 << body(-2, "Handler not found") << int(K::ServerError);

    // Every refusal the simulator (wizard/simulator) gives a request of the engine, with its code,
    // status and description: the engine's decisions on these must not change.
    QTest::newRow("sim 401 -16") << 401 << body(-16, "Unknown user") << int(K::Unauthorized);
    QTest::newRow("sim 400 -238 login exists")
        << 400 << body(-238, "An admin with the login 'op.gateway' already exists.") << int(K::Conflict);
    QTest::newRow("sim 400 -1024 organisation exists")
        << 400 << body(-1024, "An organization named 'Example AG' already exists.") << int(K::Conflict);
    QTest::newRow("sim 400 -1024 department exists")
        << 400 << body(-1024, "A department named 'Mail' already exists in organization 'Example AG'.")
        << int(K::Conflict);
    QTest::newRow("sim 400 -1024 renamed into an existing name")
        << 400 << body(-1024, "An organization or department named 'Mail' already exists.")
        << int(K::Conflict);
    QTest::newRow("sim 400 -700") << 400 << body(-700, "Such domain already exists") << int(K::Conflict);
    QTest::newRow("sim 404 -251") << 404 << body(-251, "Admin with id 12 not found.") << int(K::NotFound);
    QTest::newRow("sim 404 -1025") << 404 << body(-1025, "Validation 3 of organization 2 not found.")
                                   << int(K::NotFound);
    QTest::newRow("sim 404 -1023") << 404 << body(-1023, "Organization '7' not found.") << int(K::NotFound);
    QTest::newRow("sim 400 -1023 parent")
        << 400 << body(-1023, "Organization 'Example AG' not found.") << int(K::NotFound);
    QTest::newRow("sim 404 -727") << 404 << body(-727, "The domain '5' does not exist.") << int(K::NotFound);
    QTest::newRow("sim 400 -727 dcv")
        << 400 << body(-727, "The domain 'example.org' does not exist.") << int(K::NotFound);
    QTest::newRow("sim 400 -1026 validation exists")
        << 400
        << body(-1026, "Organization 'Example AG' already has a PENDING OV_SMIME validation (id 4); set "
                       "overwriteIfExists to replace it.")
        << int(K::InvalidInput);
    QTest::newRow("sim 400 -1021")
        << 400
        << body(-1021,
                "This operation cannot be performed for Organization 'Mail': departments are validated "
                "through their organization.")
        << int(K::InvalidInput);
    QTest::newRow("sim 400 -705") << 400 << body(-705, "The delegation status is other than 'Requested'.")
                                  << int(K::InvalidInput);
    QTest::newRow("sim 400 -707") << 400 << body(-707, "The delegation request has already been deleted.")
                                  << int(K::InvalidInput);
    QTest::newRow("sim 400 -723")
        << 400
        << body(-723,
                "mail.example.org is not a high-level domain. Only high-level domains can be validated.")
        << int(K::InvalidInput);
    QTest::newRow("sim 400 -732") << 400 << body(-732, "Invalid domain name.") << int(K::InvalidInput);
    QTest::newRow("sim 400 -1603")
        << 400
        << body(-1603, "Error while validating the domain example.org: start the CNAME validation first.")
        << int(K::InvalidInput);
    QTest::newRow("sim 400 -237") << 400 << body(-237, "Client Admin's Email is invalid")
                                  << int(K::InvalidInput);
    QTest::newRow("sim 400 -255") << 400
                                  << body(-255,
                                          "Privilege \\\"Allow DCV\\\" can't be added to non SSL admins.")
                                  << int(K::InvalidInput);
    QTest::newRow("sim 400 -220") << 400 << body(-220, "Password can't be the same.")
                                  << int(K::PasswordPolicy);
    QTest::newRow("sim 400 -976") << 400 << body(-976, "New password must be between 8 and 32 characters.")
                                  << int(K::PasswordPolicy);
    QTest::newRow("sim 400 -7306")
        << 400 << body(-7306, "Password policy violated: Password must contain 1 or more digit characters.")
        << int(K::PasswordPolicy);
    QTest::newRow("sim 400 -982") << 400 << body(-982, "New password must not contain Login.")
                                  << int(K::PasswordPolicy);
    QTest::newRow("sim 400 -3") << 400 << body(-3, "You are not authorized to perform admin deletion.")
                                << int(K::Forbidden);
    QTest::newRow("sim 400 -226")
        << 400
        << body(-226, "This Admin account does not have privileges required to manage 'Mail' department.")
        << int(K::Forbidden);
}

void TestScmErrors::httpAnswers()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    const ScmError error = ScmErrorClassifier::fromHttpAnswer(status, body, QByteArray(), context(),
                                                              QDateTime::currentDateTimeUtc());
    QCOMPARE(int(error.kind()), kind);
    QVERIFY(error.isError());
    QCOMPARE(error.httpStatus(), status);
    QVERIFY(!error.message().isEmpty());
    QVERIFY2(!error.message().contains('\n'), qPrintable(error.message()));
    if (body.startsWith("{\"code\"") && !body.contains("null")) {
        QVERIFY(error.scmCode() != 0);
        QVERIFY(!error.description().isEmpty());
    }
}

void TestScmErrors::unauthorizedMessageListsWhatMinus16CanMean()
{
    const ScmError error = ScmErrorClassifier::fromHttpAnswer(401, body(-16, "Unknown user"), QByteArray(),
                                                              context(), QDateTime::currentDateTimeUtc());
    QCOMPARE(error.kind(), ScmError::Kind::Unauthorized);
    QCOMPARE(error.scmCode(), -16);
    QCOMPARE(error.description(), QStringLiteral("Unknown user"));
    const QString message = error.message();
    for (const char *part : {"password", "customer URI", "instance", "IdP", "expired", "blocked", "temporary",
                             "mrao-admin", "acme", "cert-manager.com"})
        QVERIFY2(message.contains(QLatin1String(part)), part);
}

void TestScmErrors::networkErrors_data()
{
    QTest::addColumn<int>("error");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("mentions");
    using K = ScmError::Kind;
    QTest::newRow("host") << int(QNetworkReply::HostNotFoundError) << int(K::Network) << "Cannot find";
    QTest::newRow("refused") << int(QNetworkReply::ConnectionRefusedError) << int(K::Network) << "refused";
    QTest::newRow("closed") << int(QNetworkReply::RemoteHostClosedError) << int(K::Network) << "closed";
    QTest::newRow("proxy") << int(QNetworkReply::ProxyConnectionRefusedError) << int(K::Network) << "proxy";
    QTest::newRow("tls") << int(QNetworkReply::SslHandshakeFailedError) << int(K::Tls) << "CA certificate";
}

void TestScmErrors::networkErrors()
{
    QFETCH(int, error);
    QFETCH(int, kind);
    QFETCH(QString, mentions);
    const ScmError result =
        ScmErrorClassifier::fromNetworkError(error, QStringLiteral("detail"), {}, context());
    QCOMPARE(int(result.kind()), kind);
    QVERIFY2(result.message().contains(mentions), qPrintable(result.message()));
    QVERIFY(result.message().contains(QStringLiteral("cert-manager.com")));
}

void TestScmErrors::tlsMessageNamesTheProblemAndTheCaFile()
{
    const ScmError error = ScmErrorClassifier::fromNetworkError(
        int(QNetworkReply::SslHandshakeFailedError), QStringLiteral("SSL handshake failed"),
        {QStringLiteral("The issuer certificate of a locally looked up certificate could not be found")},
        context());
    QCOMPARE(error.kind(), ScmError::Kind::Tls);
    QVERIFY(error.message().contains(QStringLiteral("issuer certificate")));
    QVERIFY(error.message().contains(QStringLiteral("CA certificate file")));
    QVERIFY(!error.message().contains(QStringLiteral("ignore"), Qt::CaseInsensitive));
    QVERIFY(!error.isTransient());
}

void TestScmErrors::retryAfter()
{
    const QDateTime now = QDateTime(QDate(2025, 5, 21), QTime(12, 0), Qt::UTC);
    QCOMPARE(ScmErrorClassifier::parseRetryAfter("7", now), 7);
    QCOMPARE(ScmErrorClassifier::parseRetryAfter(" 0 ", now), 0);
    QCOMPARE(ScmErrorClassifier::parseRetryAfter("", now), -1);
    QCOMPARE(ScmErrorClassifier::parseRetryAfter("soon", now), -1);
    QCOMPARE(ScmErrorClassifier::parseRetryAfter("Wed, 21 May 2025 12:00:30 GMT", now), 30);
    const ScmError error = ScmErrorClassifier::fromHttpAnswer(429, QByteArray(), "3", context(), now);
    QCOMPARE(error.kind(), ScmError::Kind::RateLimited);
    QCOMPARE(error.retryAfterSeconds(), 3);
    // Beyond an int's milliseconds, and beyond 64 bits: kept as a long wait, never negative.
    QCOMPARE(ScmErrorClassifier::parseRetryAfter("2147484", now), qint64(2147484));
    QCOMPARE(ScmErrorClassifier::parseRetryAfter("99999999999999999999999", now), qint64(366LL * 24 * 3600));
    QCOMPARE(ScmErrorClassifier::parseRetryAfter("-5", now), qint64(-1));
}

void TestScmErrors::everyWaitIsCapped()
{
    ScmRetryPolicy policy;
    QRandomGenerator random(7);
    for (ScmError::Kind kind : {ScmError::Kind::ServerError, ScmError::Kind::RateLimited}) {
        ScmError error(kind, kind == ScmError::Kind::RateLimited ? 429 : 503, 0, {}, {});
        error.setRetryAfterSeconds(2147484);
        QVERIFY(!policy.shouldRetry(error, true, 1, false)); // a 27.8 h wait is the caller's business
        const qint64 delay = policy.delayMs(error, 1, &random);
        QVERIFY2(delay >= 0 && delay <= policy.maxRetryAfterMs, qPrintable(QString::number(delay)));
    }
}

void TestScmErrors::transientKinds()
{
    using K = ScmError::Kind;
    for (K kind : {K::Network, K::Timeout, K::RateLimited, K::ServerError})
        QVERIFY(ScmError(kind, 0, 0, {}, {}).isTransient());
    for (K kind : {K::None, K::Tls, K::Unauthorized, K::Forbidden, K::NotFound, K::Conflict, K::InvalidInput,
                   K::PasswordPolicy, K::PasswordExpired, K::Protocol, K::Cancelled})
        QVERIFY(!ScmError(kind, 0, 0, {}, {}).isTransient());
    QVERIFY(!ScmError().isError());
    QCOMPARE(ScmError().retryAfterSeconds(), -1);
}

void TestScmErrors::refusesCredentials_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("refuses");
    QTest::newRow("401 -16") << 401 << body(-16, "Unknown user") << true;
    QTest::newRow("401 other code") << 401 << body(-4242, "Whatever") << true;
    QTest::newRow("401 empty") << 401 << QByteArray() << true;
    QTest::newRow("403 empty") << 403 << QByteArray() << true;
    QTest::newRow("403 -37") << 403 << body(-37, "Access denied.") << true;
    QTest::newRow("400 -16") << 400 << body(-16, "Unknown user") << true;
    QTest::newRow("400 -970") << 400 << body(-970, "Incorrect login credentials") << true;
    QTest::newRow("400 expired") << 400 << body(-1, "Your password has expired.") << true;
    QTest::newRow("400 must be changed") << 400 << body(-1, "The password must be changed.") << true;
    QTest::newRow("400 temporary") << 400 << body(-1, "Temporary password: log in to set yours") << true;
    QTest::newRow("400 reset") << 400 << body(-1, "Password was reset by an administrator") << true;
    QTest::newRow("400 policy")
        << 400 << body(-7306, "Password policy violated: Password must contain 1 or more digit characters.")
        << false;
    QTest::newRow("400 same") << 400 << body(-220, "Password can't be the same.") << false;
    QTest::newRow("400 -3") << 400 << body(-3, "You are not authorized to perform admin deletion.") << false;
    QTest::newRow("400 -1601") << 400 << body(-1601, "Field 'country' has invalid value.") << false;
    QTest::newRow("404") << 404 << body(-251, "Admin with id 3 not found.") << false;
    QTest::newRow("500") << 500 << body(-2, "Internal error") << false;
    QTest::newRow("429") << 429 << QByteArray() << false;
}

void TestScmErrors::refusesCredentials()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, refuses);
    const ScmError error = ScmErrorClassifier::fromHttpAnswer(status, body, QByteArray(), context(),
                                                              QDateTime::currentDateTimeUtc());
    QCOMPARE(error.refusesCredentials(), refuses);
}

void TestScmErrors::refusesNothingBelowHttp()
{
    const ScmError network = ScmErrorClassifier::fromNetworkError(QNetworkReply::ConnectionRefusedError,
                                                                  QStringLiteral("refused"), {}, context());
    QVERIFY(!network.refusesCredentials());
    QVERIFY(!ScmErrorClassifier::timeout(1000, context()).refusesCredentials());
    QVERIFY(!ScmError().refusesCredentials());
}

void TestScmErrors::kindNamesAreDistinct()
{
    QSet<QString> names;
    for (int kind = int(ScmError::Kind::None); kind <= int(ScmError::Kind::Cancelled); ++kind)
        names.insert(ScmError::kindName(ScmError::Kind(kind)));
    QCOMPARE(names.size(), int(ScmError::Kind::Cancelled) + 1);
}

void TestScmErrors::retryPolicy()
{
    ScmRetryPolicy policy;
    const ScmError network(ScmError::Kind::Network, 0, 0, {}, {});
    const ScmError conflict(ScmError::Kind::Conflict, 400, -700, {}, {});
    const ScmError protocol(ScmError::Kind::Protocol, 200, 0, {}, {});
    QVERIFY(policy.shouldRetry(network, true, 1, false));
    QVERIFY(!policy.shouldRetry(network, false, 1, false)); // a create: never
    QVERIFY(!policy.shouldRetry(network, true, policy.maxAttempts, false));
    QVERIFY(!policy.shouldRetry(conflict, true, 1, false));
    QVERIFY(!policy.shouldRetry(protocol, true, 1, false));
    QVERIFY(policy.shouldRetry(protocol, true, 1, true)); // a truncated answer to a GET
    ScmError longWait(ScmError::Kind::RateLimited, 429, 0, {}, {});
    longWait.setRetryAfterSeconds(3600);
    QVERIFY(!policy.shouldRetry(longWait, true, 1, false));
}

void TestScmErrors::backoffIsCappedAndJittered()
{
    ScmRetryPolicy policy;
    policy.initialBackoffMs = 500;
    policy.backoffCapMs = 8000;
    QRandomGenerator random(42);
    const ScmError error(ScmError::Kind::ServerError, 500, 0, {}, {});
    QSet<int> seen;
    for (int attempt = 1; attempt <= 10; ++attempt) {
        const int expected = qMin(500 << (attempt - 1), 8000);
        const int delay = policy.delayMs(error, attempt, &random);
        QVERIFY2(delay >= expected / 2 && delay <= expected, qPrintable(QString::number(delay)));
        seen.insert(policy.delayMs(error, 10, &random));
    }
    QVERIFY(seen.size() > 1); // jitter
    ScmError limited(ScmError::Kind::RateLimited, 429, 0, {}, {});
    limited.setRetryAfterSeconds(2);
    QVERIFY(policy.delayMs(limited, 1, &random) >= 2000);
}

void TestScmErrors::concurrencyLimit()
{
    ScmConcurrencyLimit limit(6);
    QCOMPARE(limit.bound(), 6);
    limit.recordRateLimited();
    QCOMPARE(limit.bound(), 3);
    limit.recordRateLimited();
    limit.recordRateLimited();
    QCOMPARE(limit.bound(), 1);
    limit.recordRateLimited();
    QCOMPARE(limit.bound(), 1); // never below one
    for (int i = 0; i < limit.successesPerStep * 20; ++i)
        limit.recordSuccess();
    QCOMPARE(limit.bound(), 6); // back, but not beyond the maximum
    for (int i = 0; i < 6; ++i) {
        QVERIFY(limit.hasFreeSlot());
        limit.acquire();
    }
    QVERIFY(!limit.hasFreeSlot());
    limit.release();
    QVERIFY(limit.hasFreeSlot());
}

QTEST_GUILESS_MAIN(TestScmErrors)
#include "tst_scm_errors.moc"
