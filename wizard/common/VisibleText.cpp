#include "VisibleText.h"

namespace {
QString escape(const QString &text, bool keepLayout)
{
    if (VisibleText::firstHidden(text) < 0)
        return text;
    QString out;
    out.reserve(text.size() + 16);
    for (const QChar c : text) {
        const char32_t u = c.unicode();
        const bool layout = u == U'\n' || u == U'\t';
        if ((keepLayout && layout) || (!VisibleText::isControl(u) && !VisibleText::isBidiControl(u)))
            out += c;
        else
            out += QLatin1Char('<') + VisibleText::codePoint(u) + QLatin1Char('>');
    }
    return out;
}
} // namespace

bool VisibleText::isControl(char32_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029;
}

bool VisibleText::isBidiControl(char32_t c)
{
    return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f ||
           c == 0x061c;
}

qsizetype VisibleText::firstHidden(const QString &text)
{
    // Every character looked for is in the Basic Multilingual Plane, so QChar units suffice.
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char32_t u = text.at(i).unicode();
        if (isControl(u) || isBidiControl(u))
            return i;
    }
    return -1;
}

QString VisibleText::codePoint(char32_t c)
{
    return QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
}

QString VisibleText::escaped(const QString &text)
{
    return escape(text, false);
}

QString VisibleText::forTerminal(const QString &text)
{
    return escape(text, true);
}
