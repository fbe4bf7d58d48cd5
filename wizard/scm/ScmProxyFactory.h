#pragma once

#include <QNetworkProxyFactory>

// The system's proxy settings (environment, desktop settings) for SCM, but never for a loopback
// host: the simulator on 127.0.0.1 must not be sent to a corporate proxy. Set on the transport's own
// QNetworkAccessManager, so the process-wide default stays as the application left it.
class ScmProxyFactory : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;
};
