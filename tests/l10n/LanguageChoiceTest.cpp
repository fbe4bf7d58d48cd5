// How the language is chosen: --lang beats the "language" setting, which beats the system locale;
// the chosen catalogues really get installed.
#include "Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

class LanguageChoiceTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void commandLineBeatsSetting();
    void settingWhenNoOption();
    void optionAfterDoubleDashIsAnArgument();
    void availableLanguagesListsCatalogues();
    void installsGermanCatalogues();
    void englishInstallsNoCatalogueOfOurs();
    void unknownLanguageFallsBackToEnglish();

private:
    void removeTranslators();
};

void LanguageChoiceTest::initTestCase()
{
    // QSettings in a throw-away location, never the person's own configuration.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("mpki-setup-test"));
    QCoreApplication::setApplicationName(QStringLiteral("l10n_language_choice"));
}

void LanguageChoiceTest::init()
{
    setLanguageSetting(QString());
}

void LanguageChoiceTest::cleanup()
{
    setLanguageSetting(QString());
    removeTranslators();
    QLocale::setDefault(QLocale::c());
}

void LanguageChoiceTest::removeTranslators()
{
    const auto translators = qApp->findChildren<QTranslator *>();
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

void LanguageChoiceTest::commandLineBeatsSetting()
{
    setLanguageSetting(QStringLiteral("it"));
    QCOMPARE(requestedLanguage({QStringLiteral("--lang"), QStringLiteral("de")}), QStringLiteral("de"));
    QCOMPARE(requestedLanguage({QStringLiteral("run"), QStringLiteral("--lang=fr")}), QStringLiteral("fr"));
}

void LanguageChoiceTest::settingWhenNoOption()
{
    QCOMPARE(requestedLanguage({QStringLiteral("--demo")}), QString());
    setLanguageSetting(QStringLiteral("it"));
    QCOMPARE(QSettings().value(languageSettingKey()).toString(), QStringLiteral("it"));
    QCOMPARE(requestedLanguage({QStringLiteral("--demo")}), QStringLiteral("it"));
    setLanguageSetting(QString());
    QVERIFY(!QSettings().contains(languageSettingKey()));
}

void LanguageChoiceTest::optionAfterDoubleDashIsAnArgument()
{
    QCOMPARE(requestedLanguage({QStringLiteral("--"), QStringLiteral("--lang"), QStringLiteral("de")}),
             QString());
}

void LanguageChoiceTest::availableLanguagesListsCatalogues()
{
    // translationDirectories() is relative to the binary, and the test binary is not bin/: look in
    // the build tree's catalogues directly.
    QCOMPARE(availableLanguages({QStringLiteral(MPKI_QM_DIR), QStringLiteral(MPKI_QM_DIR)}),
             (QStringList{QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"),
                          QStringLiteral("it")}));
}

void LanguageChoiceTest::installsGermanCatalogues()
{
    QCOMPARE(installTranslations(*qApp, QStringLiteral("de"), {QStringLiteral(MPKI_QM_DIR)}),
             QStringLiteral("de"));
    QCOMPARE(QLocale().language(), QLocale::German);
    // Qt's own catalogue (qt6-translations-l10n) and mpki-setup's: two translators.
    QCOMPARE(qApp->findChildren<QTranslator *>().size(), 2);
    QCOMPARE(QCoreApplication::translate("QCommandLineParser", "Options:"), QStringLiteral("Optionen:"));
}

void LanguageChoiceTest::unknownLanguageFallsBackToEnglish()
{
    QCOMPARE(installTranslations(*qApp, QStringLiteral("xx"), {QStringLiteral(MPKI_QM_DIR)}),
             QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("QCommandLineParser", "Options:"), QStringLiteral("Options:"));
}

void LanguageChoiceTest::englishInstallsNoCatalogueOfOurs()
{
    QCOMPARE(installTranslations(*qApp, QStringLiteral("en"), {QStringLiteral(MPKI_QM_DIR)}),
             QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("QCommandLineParser", "Options:"), QStringLiteral("Options:"));
    QCOMPARE(QLocale().language(), QLocale::English);
}

QTEST_GUILESS_MAIN(LanguageChoiceTest)
#include "LanguageChoiceTest.moc"
