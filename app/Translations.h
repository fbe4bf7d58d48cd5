#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

// The language asked for: --lang L (or --lang=L) on the command line, else the "language" setting,
// else empty (the system locale decides).
QString requestedLanguage(const QStringList &arguments);

// Loads Qt's own translations and mpki-setup's for `language` (or the system locale when empty)
// and installs them on `app`. Must run before any QCommandLineParser builds its help text.
void installTranslations(QCoreApplication &app, const QString &language);
