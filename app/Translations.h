#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

// The language asked for: --lang L (or --lang=L) on the command line, else the "language" setting
// (languageSettingKey()), else empty (the system locale decides: LANGUAGE, LC_ALL, LC_MESSAGES, LANG).
QString requestedLanguage(const QStringList &arguments);

// The QSettings key the wizard stores the person's choice of language under ("" = system locale).
QString languageSettingKey();
// Stores the choice for the next start; an empty `language` goes back to the system locale.
void setLanguageSetting(const QString &language);

// Where mpki-setup's .qm files are looked for, first match wins: <appdir>/../translations (the build
// tree), <appdir>/../share/mpki-setup/translations (a relocated install), MPKI_DATADIR/translations.
QStringList translationDirectories();

// The languages mpki-setup's interface exists in ("en" first, then every language with a .qm file
// in `directories`), for a language chooser.
QStringList availableLanguages(const QStringList &directories = translationDirectories());

// Loads Qt's own translations (qtbase_<lang>.qm: QWizard's buttons, QCommandLineParser's headings)
// and mpki-setup's for `language` (or the system locale when empty) and installs them on `app`.
// Must run before any QCommandLineParser builds its help text. A non-empty `language` also becomes
// QLocale's default, so numbers and dates follow it. Returns the language mpki-setup's own strings
// are shown in ("en" when no catalogue matched).
QString installTranslations(QCoreApplication &app, const QString &language);
// The same with mpki-setup's catalogues searched in `directories` (tests point it at the build tree).
QString installTranslations(QCoreApplication &app, const QString &language, const QStringList &directories);
