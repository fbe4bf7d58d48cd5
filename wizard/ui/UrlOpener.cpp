#include "UrlOpener.h"

#include <QDesktopServices>

UrlOpener::~UrlOpener() = default;

bool DesktopUrlOpener::open(const QUrl &url)
{
    return QDesktopServices::openUrl(url);
}
