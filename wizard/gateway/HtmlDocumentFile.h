#pragma once

#include <QCoreApplication>
#include <QString>

// Writes an HTML document mpki-setup made (the values sheet, the onboarding report) as a file:
// .html as UTF-8, .pdf rendered by QTextDocument onto a QPdfWriter (needs a QGuiApplication). Every
// write goes through OwnerOnlyFile: atomic, 0600, every result checked, the old file left whole on
// failure, and the error names the file.
class HtmlDocumentFile
{
    Q_DECLARE_TR_FUNCTIONS(HtmlDocumentFile)

public:
    enum class Format
    {
        Html,
        Pdf,
        Unknown
    };

    // By the file's suffix: .pdf, .html or .htm (any case); Unknown for anything else.
    static Format formatOf(const QString &path);

    static bool writeHtml(const QString &path, const QString &html, QString *error);
    // `title` becomes the PDF's document title.
    static bool writePdf(const QString &path, const QString &html, const QString &title, QString *error);
    // Chooses by formatOf(); a path of no known format is an error naming it.
    static bool write(const QString &path, const QString &html, const QString &title, QString *error);
};
