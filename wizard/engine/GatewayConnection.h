#pragma once

#include "Plan.h"

#include <QList>
#include <QSslCertificate>
#include <QString>

#include <memory>

class GatewayConnectorTarget;
class SeppmailClient;

// The one set-up of the SEPPmail gateway for the command line and the wizard: the REST client for the
// plan's gateway.api (with the extra CA certificates, so a self-signed appliance is reachable) and the
// managed-domains target the connector step uses (Runner::setGatewayTarget). Owns both; the target
// is valid while this object lives. Token and secret come from the caller (keychain, environment,
// files, the person), never from the plan.
class GatewayConnection
{
public:
    GatewayConnection(const Plan::GatewayApi &api, const QString &token, const QString &secret,
                      const QList<QSslCertificate> &extraCaCertificates = {});
    ~GatewayConnection();
    GatewayConnection(const GatewayConnection &) = delete;
    GatewayConnection &operator=(const GatewayConnection &) = delete;

    GatewayConnectorTarget *target() const;
    SeppmailClient *client() const;
    // The gateway's host, for the keychain keys of its token and secret (SecretStore::gatewayKey).
    QString host() const;

private:
    // In this order: the target points at the client, so it is destroyed first.
    std::unique_ptr<SeppmailClient> m_client;
    std::unique_ptr<GatewayConnectorTarget> m_target;
};
