#pragma once

#include <QByteArray>
#include <QString>

// The text drawn in a PDF written by QPdfWriter, in drawing order: just enough of PDF to read Qt's
// own output (FlateDecode content streams, Type0 fonts with ToUnicode CMaps, Tj/TJ operators), so
// the tests need no poppler. Qt places every glyph by itself and draws no spaces: compare texts
// with whitespace removed (see squeezed(), which also undoes ligatures).
QString pdfText(const QByteArray &pdf);

// `text` without any whitespace.
QString squeezed(const QString &text);
