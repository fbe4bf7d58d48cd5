#include "UiIcons.h"

#include <QHash>
#include <QImageReader>
#include <QPainter>
#include <QPixmap>

// A static library's resources must be registered by hand (Qt's rcc initialiser is not pulled in by
// the linker otherwise); this is outside any namespace, as Q_INIT_RESOURCE requires.
static void initUiResources()
{
    Q_INIT_RESOURCE(ui);
}

void UiIcons::initResources()
{
    static const bool done = [] {
        initUiResources();
        return true;
    }();
    Q_UNUSED(done)
}

namespace {
QColor fallbackColour(const QString &name)
{
    if (name == QLatin1String("step-done"))
        return QColor(0x2e, 0x7d, 0x32);
    if (name == QLatin1String("step-failed"))
        return QColor(0xc6, 0x28, 0x28);
    if (name == QLatin1String("step-waiting"))
        return QColor(0xef, 0x8f, 0x00);
    if (name == QLatin1String("step-running") || name == QLatin1String("info"))
        return QColor(0x15, 0x65, 0xc0);
    return QColor(0x75, 0x75, 0x75);
}

QIcon fallbackIcon(const QString &name)
{
    QPixmap pixmap(48, 48);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(fallbackColour(name));
    painter.drawEllipse(QRectF(6, 6, 36, 36));
    return QIcon(pixmap);
}
} // namespace

QIcon UiIcons::icon(const QString &name)
{
    static QHash<QString, QIcon> cache;
    static const bool svgAvailable = [] {
        initResources();
        // Asks for the SVG reader only: supportedImageFormats() would load every image plugin.
        return QImageReader(QStringLiteral(":/mpki-ui/icons/banner.svg")).canRead();
    }();
    auto found = cache.constFind(name);
    if (found != cache.constEnd())
        return *found;
    const QIcon loaded = svgAvailable ? QIcon(QStringLiteral(":/mpki-ui/icons/%1.svg").arg(name)) : QIcon();
    const QIcon result = loaded.isNull() ? fallbackIcon(name) : loaded;
    cache.insert(name, result);
    return result;
}
