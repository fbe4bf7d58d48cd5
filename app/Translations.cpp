#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

QString requestedLanguage(const QStringList &arguments)
{
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (argument.startsWith(QLatin1String("--lang=")))
            return argument.mid(7);
    }
    return QSettings().value(QStringLiteral("language")).toString();
}

namespace {
// Where mpki-setup's .qm files are: beside the binary in a build tree, else the installed data dir.
QStringList translationDirectories()
{
    const QString appDir = QCoreApplication::applicationDirPath();
    return {appDir + QStringLiteral("/../translations"), appDir + QStringLiteral("/../share/mpki-setup/translations"),
            QStringLiteral(MPKI_DATADIR "/translations")};
}

void loadInto(QCoreApplication &app, const QLocale &locale, const QString &name, const QStringList &directories)
{
    for (const QString &directory : directories) {
        auto *translator = new QTranslator(&app);
        if (translator->load(locale, name, QStringLiteral("_"), directory)) {
            QCoreApplication::installTranslator(translator);
            return;
        }
        delete translator;
    }
}
} // namespace

void installTranslations(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    const QString qtTranslations = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    loadInto(app, locale, QStringLiteral("qtbase"), {qtTranslations});
    loadInto(app, locale, QStringLiteral("mpki-setup"), translationDirectories());
}
