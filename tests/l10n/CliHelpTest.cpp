// The command line speaks the system locale's language — read from LANG/LC_ALL even where the C
// library has no such locale — and --lang overrides it; both for Qt's headings and for our strings.
#include <QProcess>
#include <QTest>

namespace {
struct Help
{
    int exitCode = -1;
    QString text;
};

Help help(const QStringList &arguments, const QString &lang)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("LANGUAGE"));
    environment.remove(QStringLiteral("LC_MESSAGES"));
    environment.insert(QStringLiteral("LANG"), lang);
    environment.insert(QStringLiteral("LC_ALL"), lang);
    // A settings directory of its own, so a "language" setting of the person running the tests
    // does not leak in.
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), QStringLiteral("/nonexistent-mpki-l10n-test"));
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(MPKI_BINARY), arguments);
    if (!process.waitForFinished(30000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAll())};
}

// The line after "Usage: ...": the application's description, one of mpki-setup's own strings.
QString description(const QString &help)
{
    return help.split(QLatin1Char('\n')).value(1);
}
} // namespace

class CliHelpTest : public QObject
{
    Q_OBJECT

private slots:
    void systemLocale_data();
    void systemLocale();
    void langOptionOverridesLocale();
};

void CliHelpTest::systemLocale_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("usage");
    QTest::addColumn<QString>("options");
    QTest::newRow("de") << QStringLiteral("de_DE.UTF-8") << QStringLiteral("Aufruf:")
                        << QStringLiteral("Optionen:");
    QTest::newRow("de_CH") << QStringLiteral("de_CH.UTF-8") << QStringLiteral("Aufruf:")
                           << QStringLiteral("Optionen:");
    QTest::newRow("fr") << QStringLiteral("fr_FR.UTF-8") << QStringLiteral("Utilisation :")
                        << QStringLiteral("Options :");
    QTest::newRow("fr_CH") << QStringLiteral("fr_CH.UTF-8") << QStringLiteral("Utilisation :")
                           << QStringLiteral("Options :");
    QTest::newRow("it") << QStringLiteral("it_IT.UTF-8") << QStringLiteral("Utilizzo:")
                        << QStringLiteral("Opzioni:");
}

void CliHelpTest::systemLocale()
{
    QFETCH(QString, lang);
    QFETCH(QString, usage);
    QFETCH(QString, options);
    const Help english = help({QStringLiteral("--help")}, QStringLiteral("C.UTF-8"));
    QCOMPARE(english.exitCode, 0);
    QVERIFY2(english.text.contains(QLatin1String("Usage:")), qPrintable(english.text));
    QVERIFY2(english.text.contains(QLatin1String("Options:")), qPrintable(english.text));

    const Help translated = help({QStringLiteral("--help")}, lang);
    QCOMPARE(translated.exitCode, 0);
    QVERIFY2(translated.text.contains(usage), qPrintable(translated.text));
    QVERIFY2(translated.text.contains(options), qPrintable(translated.text));
    QVERIFY(!description(english.text).isEmpty());
    QVERIFY2(description(translated.text) != description(english.text),
             qPrintable(QStringLiteral("only Qt's strings are translated, not mpki-setup's own: ") +
                        description(translated.text)));
}

void CliHelpTest::langOptionOverridesLocale()
{
    const Help german = help({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--help")},
                             QStringLiteral("C.UTF-8"));
    QCOMPARE(german.exitCode, 0);
    QVERIFY2(german.text.contains(QLatin1String("Aufruf:")), qPrintable(german.text));

    const Help english =
        help({QStringLiteral("--lang=en"), QStringLiteral("--help")}, QStringLiteral("de_DE.UTF-8"));
    QCOMPARE(english.exitCode, 0);
    QVERIFY2(english.text.contains(QLatin1String("Usage:")), qPrintable(english.text));
}

QTEST_GUILESS_MAIN(CliHelpTest)
#include "CliHelpTest.moc"
