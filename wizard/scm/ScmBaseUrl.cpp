// ScmTransport's base-URL helpers: what a person pastes becomes scheme://host[:port].
#include "ScmTransport.h"

#include <QHostAddress>

namespace {

bool isLoopbackHost(const QString &host)
{
    if (host == QLatin1String("localhost"))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

QUrl ScmTransport::defaultBaseUrl()
{
    return QUrl(QStringLiteral("https://cert-manager.com"));
}

QList<QUrl> ScmTransport::knownInstances()
{
    return {defaultBaseUrl(), QUrl(QStringLiteral("https://hard.cert-manager.com"))};
}

QUrl ScmTransport::normaliseBaseUrl(const QString &input, QString *customerUri)
{
    QString text = input.trimmed();
    if (text.isEmpty())
        return defaultBaseUrl();
    if (!text.contains(QLatin1String("://")))
        text.prepend(QLatin1String("https://"));

    const QUrl url(text, QUrl::TolerantMode);
    const QString scheme = url.scheme().toLower();
    const QString host = url.host().toLower();
    if (!url.isValid() || host.isEmpty() ||
        (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        return QUrl();

    // A portal URL names the customer: https://host/customer/<uri>/... .
    const QStringList segments = url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const int customerAt = segments.indexOf(QStringLiteral("customer"));
    if (customerUri && customerAt >= 0 && customerAt + 1 < segments.size())
        *customerUri = segments.at(customerAt + 1);

    QUrl base;
    // Credentials travel in headers: plain http only to this machine (the simulator).
    base.setScheme(scheme == QLatin1String("http") && !isLoopbackHost(host) ? QStringLiteral("https")
                                                                            : scheme);
    base.setHost(host);
    const int defaultPort = base.scheme() == QLatin1String("https") ? 443 : 80;
    if (url.port() > 0 && url.port() != defaultPort)
        base.setPort(url.port());
    return base;
}
