// What a person pastes into the "SCM address" field becomes a base URL and, for a portal URL, the
// customer URI.
#include "ScmTransport.h"

#include <QTest>

class TestScmBaseUrl : public QObject
{
    Q_OBJECT

private slots:
    void normalise_data();
    void normalise();
    void defaultsAndKnownInstances();
    void keepsAGivenCustomerUriWhenTheInputHasNone();
};

void TestScmBaseUrl::normalise_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QString>("customerUri");

    QTest::newRow("portal") << "https://cert-manager.com/customer/acme/"
                            << "https://cert-manager.com"
                            << "acme";
    QTest::newRow("portal page") << "https://cert-manager.com/customer/acme/some/page"
                                 << "https://cert-manager.com"
                                 << "acme";
    QTest::newRow("portal without slash") << "https://cert-manager.com/customer/InCommon"
                                          << "https://cert-manager.com"
                                          << "InCommon";
    QTest::newRow("portal idp page") << "https://cert-manager.com/customer/DFN/idp/clientgeant"
                                     << "https://cert-manager.com"
                                     << "DFN";
    QTest::newRow("api url") << "https://cert-manager.com/api/organization/v1"
                             << "https://cert-manager.com"
                             << "";
    QTest::newRow("api root") << "https://cert-manager.com/api/"
                              << "https://cert-manager.com"
                              << "";
    QTest::newRow("bare host") << "cert-manager.com"
                               << "https://cert-manager.com"
                               << "";
    QTest::newRow("bare host and portal path") << "cert-manager.com/customer/acme"
                                               << "https://cert-manager.com"
                                               << "acme";
    QTest::newRow("hard instance") << "https://hard.cert-manager.com/"
                                   << "https://hard.cert-manager.com"
                                   << "";
    QTest::newRow("hard portal") << "https://hard.cert-manager.com/customer/acme"
                                 << "https://hard.cert-manager.com"
                                 << "acme";
    QTest::newRow("upper case, default port") << "  HTTPS://Cert-Manager.COM:443/  "
                                              << "https://cert-manager.com"
                                              << "";
    QTest::newRow("query and fragment") << "https://cert-manager.com/customer/acme/?locale=de#top"
                                        << "https://cert-manager.com"
                                        << "acme";
    QTest::newRow("plain http upgraded") << "http://cert-manager.com/customer/acme/"
                                         << "https://cert-manager.com"
                                         << "acme";
    QTest::newRow("simulator") << "http://127.0.0.1:18443"
                               << "http://127.0.0.1:18443"
                               << "";
    QTest::newRow("simulator api") << "http://127.0.0.1:40123/api/"
                                   << "http://127.0.0.1:40123"
                                   << "";
    QTest::newRow("simulator portal") << "http://127.0.0.1:40123/customer/demo/"
                                      << "http://127.0.0.1:40123"
                                      << "demo";
    QTest::newRow("localhost") << "http://localhost:8080"
                               << "http://localhost:8080"
                               << "";
    QTest::newRow("tls simulator") << "https://127.0.0.1:18443"
                                   << "https://127.0.0.1:18443"
                                   << "";
    QTest::newRow("other port") << "https://scm.example.ch:8443/customer/x"
                                << "https://scm.example.ch:8443"
                                << "x";
    QTest::newRow("empty") << ""
                           << "https://cert-manager.com"
                           << "";
    QTest::newRow("not http") << "ftp://cert-manager.com/"
                              << ""
                              << "";
}

void TestScmBaseUrl::normalise()
{
    QFETCH(QString, input);
    QFETCH(QString, baseUrl);
    QFETCH(QString, customerUri);
    QString uri;
    const QUrl url = ScmTransport::normaliseBaseUrl(input, &uri);
    QCOMPARE(url.isValid() ? url.toString() : QString(), baseUrl);
    QCOMPARE(uri, customerUri);
    QVERIFY(url.path().isEmpty());
    QVERIFY(url.userInfo().isEmpty());
}

void TestScmBaseUrl::defaultsAndKnownInstances()
{
    QCOMPARE(ScmTransport::defaultBaseUrl(), QUrl("https://cert-manager.com"));
    const QList<QUrl> known = ScmTransport::knownInstances();
    QCOMPARE(known.size(), 2);
    QVERIFY(known.contains(QUrl("https://cert-manager.com")));
    QVERIFY(known.contains(QUrl("https://hard.cert-manager.com")));
    QCOMPARE(ScmTransport::normaliseBaseUrl(QStringLiteral("https://cert-manager.com/customer/a/")),
             QUrl("https://cert-manager.com"));
}

void TestScmBaseUrl::keepsAGivenCustomerUriWhenTheInputHasNone()
{
    QString uri = QStringLiteral("acme");
    ScmTransport::normaliseBaseUrl(QStringLiteral("https://cert-manager.com/api"), &uri);
    QCOMPARE(uri, QStringLiteral("acme"));
}

QTEST_GUILESS_MAIN(TestScmBaseUrl)
#include "tst_scm_base_url.moc"
