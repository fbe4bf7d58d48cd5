// ExchangeRedactor: what a probe file may keep (shape, ids, enums, dates, the plan's names when asked)
// and what it never keeps (names, logins, e-mail addresses, passwords, free text).
#include "ExchangeRedactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

class TestExchangeRedactor : public QObject
{
    Q_OBJECT

private slots:
    void body();
    void keptNamesButNeverEmail();
    void query();
    void placeholder();
};

void TestExchangeRedactor::body()
{
    const QJsonObject admin = QJsonDocument::fromJson(
                                  R"({"id":12,"login":"jane.doe","email":"jane@example.ch","forename":"Jane",
            "type":"API","status":"ACTIVE","reseted":"2025-02-01","active":true,"failedAttempts":0,
            "privileges":["clientCertRequest"],"credentials":[{"role":"RAO_SMIME","orgId":5}],
            "password":"S3cret!x","description":"Jane's account, call 044 123"})")
                                  .object();
    const QJsonObject out = ExchangeRedactor().body(admin).toObject();
    QCOMPARE(out.value(QLatin1String("id")).toInt(), 12);
    QCOMPARE(out.value(QLatin1String("login")).toString(), QStringLiteral("<string:8>"));
    QCOMPARE(out.value(QLatin1String("email")).toString(), QStringLiteral("<string:15>"));
    QCOMPARE(out.value(QLatin1String("forename")).toString(), QStringLiteral("<string:4>"));
    QCOMPARE(out.value(QLatin1String("password")).toString(), QStringLiteral("<string:8>"));
    QCOMPARE(out.value(QLatin1String("description")).toString(), QStringLiteral("<string:28>"));
    QCOMPARE(out.value(QLatin1String("type")).toString(), QStringLiteral("API"));
    QCOMPARE(out.value(QLatin1String("status")).toString(), QStringLiteral("ACTIVE"));
    QCOMPARE(out.value(QLatin1String("reseted")).toString(), QStringLiteral("2025-02-01"));
    QCOMPARE(out.value(QLatin1String("active")).toBool(), true);
    QCOMPARE(out.value(QLatin1String("privileges")).toArray().first().toString(),
             QStringLiteral("clientCertRequest"));
    QCOMPARE(
        out.value(QLatin1String("credentials")).toArray().first().toObject().value(QLatin1String("role")),
        QJsonValue(QStringLiteral("RAO_SMIME")));
    const QByteArray text = QJsonDocument(out).toJson();
    for (const char *secret : {"jane", "Jane", "S3cret", "044 123", "example.ch"})
        QVERIFY2(!text.contains(secret), secret);
}

void TestExchangeRedactor::keptNamesButNeverEmail()
{
    const ExchangeRedactor redactor(
        {QStringLiteral("Acme AG"), QStringLiteral("acme.ch"), QStringLiteral("op1")});
    const QJsonObject in{{QStringLiteral("name"), QStringLiteral("ACME AG")},
                         {QStringLiteral("domain"), QStringLiteral("acme.ch")},
                         {QStringLiteral("login"), QStringLiteral("op1")},
                         {QStringLiteral("email"), QStringLiteral("op1@acme.ch")},
                         {QStringLiteral("other"), QStringLiteral("Beta GmbH")}};
    const QJsonObject out = redactor.body(in).toObject();
    QCOMPARE(out.value(QLatin1String("name")).toString(), QStringLiteral("ACME AG"));
    QCOMPARE(out.value(QLatin1String("domain")).toString(), QStringLiteral("acme.ch"));
    QCOMPARE(out.value(QLatin1String("login")).toString(), QStringLiteral("op1"));
    QCOMPARE(out.value(QLatin1String("email")).toString(), QStringLiteral("<string:11>"));
    QCOMPARE(out.value(QLatin1String("other")).toString(), QStringLiteral("<string:9>"));
}

void TestExchangeRedactor::query()
{
    const auto out = ExchangeRedactor().query({{QStringLiteral("login"), QStringLiteral("jane.doe")},
                                               {QStringLiteral("size"), QStringLiteral("200")},
                                               {QStringLiteral("position"), QStringLiteral("0")},
                                               {QStringLiteral("organizationId"), QStringLiteral("5")}});
    QCOMPARE(out.at(0).second, QStringLiteral("<string:8>"));
    QCOMPARE(out.at(1).second, QStringLiteral("200"));
    QCOMPARE(out.at(2).second, QStringLiteral("0"));
    QCOMPARE(out.at(3).second, QStringLiteral("5"));
}

void TestExchangeRedactor::placeholder()
{
    qsizetype length = 0;
    QVERIFY(ExchangeRedactor::isPlaceholder(ExchangeRedactor::placeholder(17), &length));
    QCOMPARE(length, 17);
    QVERIFY(!ExchangeRedactor::isPlaceholder(QStringLiteral("<string:x>")));
    QVERIFY(!ExchangeRedactor::isPlaceholder(QStringLiteral("plain")));
}

QTEST_GUILESS_MAIN(TestExchangeRedactor)
#include "tst_exchange_redactor.moc"
