#pragma once

#include "Step.h"

#include <memory>

class ConnectorExporter;
struct ConnectorConfig;

// `connector`: assembles what the gateway's MPKI → Sectigo page needs (customer URI, operator
// login, organisation id, S/MIME profile and term, renewal days, domains) into the state — never
// the password, which stays in the secret store —, checks the plan's domains as managed domains on
// the gateway when the plan has gateway.api, and writes the connector file when asked.
class ConnectorStep : public Step
{
    Q_OBJECT
public:
    explicit ConnectorStep(StepContext *context, QObject *parent = nullptr);
    ~ConnectorStep() override;

protected:
    void reset() override;
    void inspect() override;

private:
    void assemble(qint64 orgId, qint64 departmentId);
    void checkGateway(const ConnectorConfig &config);
    void writeFile(const ConnectorConfig &config, const QStringList &notes);

    std::unique_ptr<ConnectorExporter> m_exporter;
};
