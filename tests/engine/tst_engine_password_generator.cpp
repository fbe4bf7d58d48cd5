// Generated passwords meet SCM's policy (classes, length <= 32) and never contain the login.
#include "PasswordGenerator.h"

#include <QSet>
#include <QTest>

class TestEnginePasswordGenerator : public QObject
{
    Q_OBJECT

private slots:
    void thousandPasswordsMeetThePolicy()
    {
        // A short login made of likely characters, so that "contains the login" is actually exercised.
        const QString login = QStringLiteral("aB1");
        QSet<QString> seen;
        for (int i = 0; i < 1000; ++i) {
            const QString password = PasswordGenerator::generate(login);
            QCOMPARE(password.size(), PasswordGenerator::defaultLength);
            QVERIFY(password.size() <= 32);
            QVERIFY2(!password.contains(login, Qt::CaseInsensitive), qPrintable(QString::number(i)));
            bool upper = false, lower = false, digit = false, symbol = false;
            for (const QChar c : password) {
                upper |= c >= QLatin1Char('A') && c <= QLatin1Char('Z');
                lower |= c >= QLatin1Char('a') && c <= QLatin1Char('z');
                digit |= c >= QLatin1Char('0') && c <= QLatin1Char('9');
                symbol |= PasswordGenerator::symbols().contains(c);
                QVERIFY(c.isLetterOrNumber() || PasswordGenerator::symbols().contains(c));
            }
            QVERIFY(upper && lower && digit && symbol);
            QVERIFY(PasswordGenerator::meetsPolicy(password, login));
            seen.insert(password);
        }
        QCOMPARE(seen.size(), 1000); // no repeats
    }

    void lengthIsClampedToScmLimits()
    {
        QCOMPARE(PasswordGenerator::generate(QString(), 64).size(), 32);
        QCOMPARE(PasswordGenerator::generate(QString(), 4).size(), PasswordGenerator::minimumLength);
        QCOMPARE(PasswordGenerator::generate(QString(), 32).size(), 32);
    }

    void everyCharacterIsUsedRoughlyEvenly()
    {
        // 24 * 3000 characters over 73 symbols: ~986 each. A modulo bias or a stuck position would
        // show as a character far off; the bounds are loose enough never to fail by chance.
        QHash<QChar, int> counts;
        for (int i = 0; i < 3000; ++i) {
            for (const QChar c : PasswordGenerator::generate())
                ++counts[c];
        }
        QCOMPARE(counts.size(), 26 + 26 + 10 + PasswordGenerator::symbols().size());
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            QVERIFY2(it.value() > 600 && it.value() < 1600,
                     qPrintable(QStringLiteral("%1: %2").arg(it.key()).arg(it.value())));
    }

    void meetsPolicyRejects()
    {
        QVERIFY(!PasswordGenerator::meetsPolicy(QStringLiteral("alllowercase1!aaaa")));
        QVERIFY(!PasswordGenerator::meetsPolicy(QStringLiteral("NoDigitsHere!!abc")));
        QVERIFY(!PasswordGenerator::meetsPolicy(QStringLiteral("NoSymbols123abcDEF")));
        QVERIFY(!PasswordGenerator::meetsPolicy(QStringLiteral("Sh0rt!")));
        QVERIFY(!PasswordGenerator::meetsPolicy(QStringLiteral("Has$Dollar123abcdef"))); // not in the set
        QVERIFY(!PasswordGenerator::meetsPolicy(QStringLiteral("xxSeppMail-MPKIxx1!A"),
                                                QStringLiteral("seppmail-mpki")));
        QVERIFY(PasswordGenerator::meetsPolicy(QStringLiteral("Abcdefgh1234!xyz"),
                                               QStringLiteral("seppmail-mpki")));
    }
};

QTEST_GUILESS_MAIN(TestEnginePasswordGenerator)
#include "tst_engine_password_generator.moc"
