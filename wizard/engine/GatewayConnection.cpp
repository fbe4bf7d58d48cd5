#include "GatewayConnection.h"

#include "SeppmailClient.h"
#include "SeppmailManagedDomainsTarget.h"

#include <QUrl>

GatewayConnection::GatewayConnection(const Plan::GatewayApi &api, const QString &token, const QString &secret,
                                     const QList<QSslCertificate> &extraCaCertificates)
{
    SeppmailClientOptions clientOptions;
    clientOptions.baseUrl = QUrl(api.url);
    clientOptions.token = token;
    clientOptions.secret = secret;
    clientOptions.extraCaCertificates = extraCaCertificates;
    m_client = std::make_unique<SeppmailClient>(clientOptions);

    SeppmailManagedDomainsOptions domainOptions;
    domainOptions.customer = api.customer;
    domainOptions.createMissing = api.createMissingManagedDomains;
    domainOptions.forwardingHost = api.forwardingHost;
    // 0 in the plan: none given; the target keeps SMTP's port.
    if (api.forwardingPort > 0)
        domainOptions.forwardingPort = api.forwardingPort;
    m_target = std::make_unique<SeppmailManagedDomainsTarget>(m_client.get(), domainOptions);
}

GatewayConnection::~GatewayConnection() = default;

GatewayConnectorTarget *GatewayConnection::target() const
{
    return m_target.get();
}

SeppmailClient *GatewayConnection::client() const
{
    return m_client.get();
}

QString GatewayConnection::host() const
{
    return m_client->options().baseUrl.host();
}
