#include "HtmlDocumentFile.h"

#include "OwnerOnlyFile.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

HtmlDocumentFile::Format HtmlDocumentFile::formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return Format::Html;
    return Format::Unknown;
}

bool HtmlDocumentFile::writeHtml(const QString &path, const QString &html, QString *error)
{
    return OwnerOnlyFile::write(path, html.toUtf8(), error);
}

bool HtmlDocumentFile::writePdf(const QString &path, const QString &html, const QString &title,
                                QString *error)
{
    // Without one, QTextDocument has no fonts and the process aborts: say so instead.
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        if (error)
            *error = tr("Cannot write %1: a PDF needs a graphical application object (QGuiApplication).")
                         .arg(QDir::toNativeSeparators(path));
        return false;
    }
    const auto render = [&html, &title](QIODevice &device, QString *why) {
        {
            // QPdfWriter reports no error of its own: the device's state below tells.
            QPdfWriter writer(&device);
            writer.setTitle(title);
            writer.setCreator(QStringLiteral("mpki-setup"));
            writer.setPageSize(QPageSize(QPageSize::A4));
            writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
            QTextDocument document;
            document.setHtml(html);
            document.print(&writer);
        }
        if (device.pos() == 0) {
            *why = tr("the PDF could not be produced");
            return false;
        }
        return true;
    };
    return OwnerOnlyFile::write(path, render, error);
}

bool HtmlDocumentFile::write(const QString &path, const QString &html, const QString &title, QString *error)
{
    switch (formatOf(path)) {
    case Format::Pdf:
        return writePdf(path, html, title, error);
    case Format::Html:
        return writeHtml(path, html, error);
    case Format::Unknown:
        break;
    }
    if (error)
        *error =
            tr("Cannot write %1: the file must end in .pdf or .html.").arg(QDir::toNativeSeparators(path));
    return false;
}
