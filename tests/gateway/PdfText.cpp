#include "PdfText.h"

#include <QHash>
#include <QRegularExpression>
#include <QtEndian>

#include <algorithm>

namespace {
struct PdfObject
{
    QByteArray dictionary;
    QByteArray stream; // decoded
};

QByteArray inflate(const QByteArray &deflated)
{
    // qUncompress wants the expected size first; it grows its buffer when the guess is short.
    QByteArray withSize(4, '\0');
    qToBigEndian<quint32>(quint32(deflated.size() * 8 + 1024), withSize.data());
    return qUncompress(withSize + deflated);
}

QHash<int, PdfObject> objects(const QByteArray &pdf)
{
    QHash<int, PdfObject> result;
    static const QRegularExpression header(QStringLiteral("(?:^|[\\r\\n])(\\d+) 0 obj"));
    const QString latin = QString::fromLatin1(pdf);
    auto it = header.globalMatch(latin);
    while (it.hasNext()) {
        const auto match = it.next();
        const int number = match.captured(1).toInt();
        const qsizetype start = match.capturedEnd();
        const qsizetype end = pdf.indexOf("endobj", start);
        if (end < 0)
            continue;
        const QByteArray body = pdf.mid(start, end - start);
        PdfObject object;
        const qsizetype streamAt = body.indexOf("stream");
        if (streamAt >= 0 && !body.mid(streamAt - 3, 3).contains("end")) {
            object.dictionary = body.left(streamAt);
            qsizetype dataStart = streamAt + 6;
            if (body.mid(dataStart, 2) == "\r\n")
                dataStart += 2;
            else if (body.at(dataStart) == '\n')
                dataStart += 1;
            const qsizetype dataEnd = body.lastIndexOf("endstream");
            QByteArray data = body.mid(dataStart, dataEnd - dataStart);
            object.stream = object.dictionary.contains("/FlateDecode") ? inflate(data) : data;
        } else {
            object.dictionary = body;
        }
        result.insert(number, object);
    }
    return result;
}

QString utf16Hex(const QByteArray &hex)
{
    const QByteArray raw = QByteArray::fromHex(hex);
    QString text;
    for (qsizetype i = 0; i + 1 < raw.size(); i += 2)
        text += QChar(char16_t((uchar(raw.at(i)) << 8) | uchar(raw.at(i + 1))));
    return text;
}

// glyph code → text, from a ToUnicode CMap (bfchar and bfrange sections).
QHash<uint, QString> toUnicode(const QByteArray &cmap)
{
    QHash<uint, QString> map;
    const QString text = QString::fromLatin1(cmap);
    static const QRegularExpression chars(QStringLiteral("beginbfchar(.*?)endbfchar"),
                                          QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression pair(QStringLiteral("<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>"));
    for (auto it = chars.globalMatch(text); it.hasNext();) {
        const QString section = it.next().captured(1);
        for (auto p = pair.globalMatch(section); p.hasNext();) {
            const auto match = p.next();
            map.insert(match.captured(1).toUInt(nullptr, 16), utf16Hex(match.captured(2).toLatin1()));
        }
    }
    static const QRegularExpression ranges(QStringLiteral("beginbfrange(.*?)endbfrange"),
                                           QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression range(
        QStringLiteral("<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>\\s*(?:<([0-9A-Fa-f]+)>|\\[([^\\]]*)\\])"));
    static const QRegularExpression hexItem(QStringLiteral("<([0-9A-Fa-f]+)>"));
    for (auto it = ranges.globalMatch(text); it.hasNext();) {
        const QString section = it.next().captured(1);
        for (auto r = range.globalMatch(section); r.hasNext();) {
            const auto match = r.next();
            const uint low = match.captured(1).toUInt(nullptr, 16);
            const uint high = match.captured(2).toUInt(nullptr, 16);
            if (!match.captured(3).isEmpty()) {
                QString first = utf16Hex(match.captured(3).toLatin1());
                for (uint code = low; code <= high && !first.isEmpty(); ++code) {
                    map.insert(code, first);
                    first[first.size() - 1] = QChar(char16_t(first.back().unicode() + 1));
                }
            } else {
                uint code = low;
                for (auto h = hexItem.globalMatch(match.captured(4)); h.hasNext() && code <= high; ++code)
                    map.insert(code, utf16Hex(h.next().captured(1).toLatin1()));
            }
        }
    }
    return map;
}
} // namespace

QString pdfText(const QByteArray &pdf)
{
    const QHash<int, PdfObject> all = objects(pdf);
    // Font resource name → ToUnicode map.
    QHash<QString, QHash<uint, QString>> fonts;
    static const QRegularExpression fontReference(QStringLiteral("/(F\\d+)\\s+(\\d+) 0 R"));
    static const QRegularExpression toUnicodeReference(QStringLiteral("/ToUnicode\\s+(\\d+) 0 R"));
    for (const PdfObject &object : all) {
        for (auto it = fontReference.globalMatch(QString::fromLatin1(object.dictionary)); it.hasNext();) {
            const auto match = it.next();
            const PdfObject font = all.value(match.captured(2).toInt());
            const auto unicode = toUnicodeReference.match(QString::fromLatin1(font.dictionary));
            if (unicode.hasMatch())
                fonts.insert(match.captured(1), toUnicode(all.value(unicode.captured(1).toInt()).stream));
        }
    }

    QString text;
    static const QRegularExpression operators(
        QStringLiteral("/(F\\d+)\\s+[\\d.]+\\s+Tf|<([0-9A-Fa-f]*)>\\s*Tj|\\[([^\\]]*)\\]\\s*TJ|(ET)"));
    static const QRegularExpression hexItem(QStringLiteral("<([0-9A-Fa-f]+)>"));
    QList<int> numbers = all.keys();
    std::sort(numbers.begin(), numbers.end()); // Qt writes pages in order
    for (const int number : numbers) {
        const PdfObject &object = all[number];
        if (!object.stream.contains("BT"))
            continue;
        QHash<uint, QString> font;
        const auto show = [&](const QString &hex) {
            for (qsizetype i = 0; i + 3 < hex.size(); i += 4)
                text += font.value(hex.mid(i, 4).toUInt(nullptr, 16));
        };
        for (auto it = operators.globalMatch(QString::fromLatin1(object.stream)); it.hasNext();) {
            const auto match = it.next();
            if (!match.captured(1).isEmpty())
                font = fonts.value(match.captured(1));
            else if (match.capturedLength(2) > 0)
                show(match.captured(2));
            else if (!match.captured(3).isEmpty())
                for (auto h = hexItem.globalMatch(match.captured(3)); h.hasNext();)
                    show(h.next().captured(1));
            else if (!match.captured(4).isEmpty())
                text += QLatin1Char('\n');
        }
    }
    return text;
}

QString squeezed(const QString &text)
{
    QString result;
    // NFKC undoes the ligatures Qt's text shaping puts in ("ﬁ" → "fi").
    for (const QChar c : text.normalized(QString::NormalizationForm_KC)) {
        if (!c.isSpace())
            result += c;
    }
    return result;
}
