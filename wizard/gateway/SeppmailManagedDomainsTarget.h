#pragma once

#include "GatewayConnectorTarget.h"
#include "SeppmailClient.h"

#include <QCoreApplication>

// Managed-domain policy for the SEPPmail target (the plan's gateway.api section).
struct SeppmailManagedDomainsOptions
{
    QString customer = QStringLiteral("[default]");
    bool createMissing = false; // plan: gateway.api.createMissingManagedDomains
    QString forwardingHost;     // routing data needed to create a managed domain
    int forwardingPort = 25;
    bool applyMailconfig = true;
};

// The SEPPmail REST API as a target: checks that every ConnectorConfig::managedDomains entry is a
// managed domain of the customer; creates the missing ones only with createMissing and routing data,
// after announcing them. The MPKI → Sectigo form itself stays for the person (values sheet).
class SeppmailManagedDomainsTarget : public GatewayConnectorTarget
{
    Q_DECLARE_TR_FUNCTIONS(SeppmailManagedDomainsTarget)

public:
    // `client` must outlive this target.
    SeppmailManagedDomainsTarget(SeppmailClient *client, const SeppmailManagedDomainsOptions &options);
    QString description() const override;
    void apply(const ConnectorConfig &config, QObject *context, Done done) override;

private:
    SeppmailClient *m_client;
    SeppmailManagedDomainsOptions m_options;
};
