#include "Translations.h"

#include "CommandLine.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QSettings>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcTranslations, "mpki.l10n", QtWarningMsg)

namespace {
const QString catalogueName = QStringLiteral("mpki-setup");

// Installs the first catalogue `name`_<lang>.qm found for `locale` in `directories` (QTranslator tries
// the locale's UI languages in order, e.g. de-CH, then de). Returns the translator, or nullptr.
QTranslator *installCatalogue(QCoreApplication &app, const QLocale &locale, const QString &name,
                              const QStringList &directories)
{
    for (const QString &directory : directories) {
        auto *translator = new QTranslator(&app);
        if (translator->load(locale, name, QStringLiteral("_"), directory)) {
            QCoreApplication::installTranslator(translator);
            qCDebug(lcTranslations) << "loaded" << translator->filePath();
            return translator;
        }
        delete translator;
    }
    qCDebug(lcTranslations) << "no" << name << "catalogue for" << locale.uiLanguages() << "in" << directories;
    return nullptr;
}
} // namespace

QString languageSettingKey()
{
    return QStringLiteral("language");
}

QString requestedLanguage(const QStringList &arguments)
{
    const QString lang = QStringLiteral("lang");
    const ArgumentPreScan preScan(arguments, {{lang, true}});
    if (preScan.isSet(lang))
        return preScan.value(lang);
    return QSettings().value(languageSettingKey()).toString();
}

void setLanguageSetting(const QString &language)
{
    QSettings settings;
    if (language.isEmpty())
        settings.remove(languageSettingKey());
    else
        settings.setValue(languageSettingKey(), language);
}

QStringList translationDirectories()
{
    const QString appDir = QCoreApplication::applicationDirPath();
    return {QDir::cleanPath(appDir + QStringLiteral("/../translations")),
            QDir::cleanPath(appDir + QStringLiteral("/../share/mpki-setup/translations")),
            QStringLiteral(MPKI_DATADIR "/translations")};
}

QStringList availableLanguages(const QStringList &directories)
{
    QStringList languages{QStringLiteral("en")};
    const QString prefix = catalogueName + QLatin1Char('_');
    for (const QString &directory : directories) {
        const QStringList files =
            QDir(directory).entryList({prefix + QStringLiteral("*.qm")}, QDir::Files, QDir::Name);
        for (const QString &file : files) {
            const QString language = file.mid(prefix.size()).chopped(3);
            if (!languages.contains(language))
                languages << language;
        }
    }
    return languages;
}

QString installTranslations(QCoreApplication &app, const QString &language)
{
    return installTranslations(app, language, translationDirectories());
}

QString installTranslations(QCoreApplication &app, const QString &language, const QStringList &directories)
{
    // QLocale::system() reads LANGUAGE/LC_ALL/LC_MESSAGES/LANG itself, so this works even where the
    // C library has no such locale generated (a bare Debian has only C.UTF-8).
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    installCatalogue(app, locale, QStringLiteral("qtbase"),
                     {QLibraryInfo::path(QLibraryInfo::TranslationsPath)});
    const QTranslator *own = installCatalogue(app, locale, catalogueName, directories);
    return own ? own->language().section(QLatin1Char('_'), 0, 0) : QStringLiteral("en");
}
