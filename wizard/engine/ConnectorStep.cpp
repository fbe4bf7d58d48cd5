#include "ConnectorStep.h"

#include "Clock.h"
#include "ConnectorConfig.h"
#include "ConnectorExporter.h"
#include "EngineExit.h"
#include "GatewayConnectorTarget.h"
#include "Plan.h"
#include "ScmTransport.h"
#include "State.h"
#include "StepContext.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {
int exitCodeOf(const SeppmailError &error)
{
    switch (error.kind) {
    case SeppmailError::Kind::BadInput:
        return EngineExit::BadInput;
    case SeppmailError::Kind::Unauthorized:
    case SeppmailError::Kind::Api:
        return EngineExit::Refused;
    case SeppmailError::Kind::Network:
    case SeppmailError::Kind::Tls:
    case SeppmailError::Kind::Timeout:
        return EngineExit::Network;
    default:
        return EngineExit::Other;
    }
}
} // namespace

ConnectorStep::ConnectorStep(StepContext *context, QObject *parent)
    : Step(StepId::Connector, context, parent)
{}

ConnectorStep::~ConnectorStep() = default;

void ConnectorStep::reset()
{
    // A result of an earlier attempt is not this attempt's.
    m_exporter.reset();
}

void ConnectorStep::inspect()
{
    resolveOrganization([this](qint64 orgId, qint64 departmentId) { assemble(orgId, departmentId); });
}

void ConnectorStep::assemble(qint64 orgId, qint64 departmentId)
{
    const Plan &plan = *context().plan;
    const State &state = *context().state;
    ConnectorConfig config;
    config.scmBaseUrl = ScmTransport::normaliseBaseUrl(plan.scm.baseUrl).toString();
    config.customerUri = plan.scm.customerUri;
    config.login = plan.operatorAdmin.login;
    config.organizationId = targetOrgId(orgId, departmentId);
    config.organizationName = departmentId > 0 && config.organizationId == departmentId
                                  ? plan.organization.department
                                  : plan.organization.name;
    const StepState &verify = state.step(StepId::Verify);
    config.profileId = qint64(verify.ids.value(QStringLiteral("profile")).toDouble());
    config.profileName =
        verify.details.value(QStringLiteral("profileName")).toString(plan.certificate.profile);
    config.term = plan.certificate.term;
    config.fullNameRegex = plan.gateway.fullNameRegex;
    config.renewalDays = plan.gateway.renewalDays;
    for (const Plan::Domain &domain : plan.domains)
        config.managedDomains << domain.asciiName();
    if (const auto expiry = state.passwordExpiry(PasswordHolder::Operator))
        config.passwordExpires = expiry->expires;
    config.createdAt = context().clock->now().toUTC();
    config.plan = context().planPath;

    const QStringList problems = config.problems();
    if (!problems.isEmpty()) {
        fail(EngineExit::BadInput,
             tr("The connector values are not usable: %1").arg(problems.join(QStringLiteral("; "))));
        return;
    }
    StepState &step = stepState();
    step.details.insert(QStringLiteral("connector"), config.plainJson());
    step.ids.insert(QStringLiteral("organization"), double(config.organizationId));
    if (config.profileId > 0)
        step.ids.insert(QStringLiteral("profile"), double(config.profileId));
    saveProgress();
    for (const QString &warning : config.warnings())
        say(warning);
    checkGateway(config);
}

void ConnectorStep::checkGateway(const ConnectorConfig &config)
{
    const Plan &plan = *context().plan;
    if (!plan.gateway.api) {
        const QString note =
            tr("The plan has no gateway.api: no gateway was contacted. Enter the values on the gateway's "
               "MPKI → Sectigo page (mpki-setup export writes them).");
        say(note);
        writeFile(config, {note});
        return;
    }
    GatewayConnectorTarget *target = context().gateway;
    if (!target) {
        const QString note =
            tr("The plan names a gateway API (%1), but no gateway token and secret were given: the "
               "gateway was not contacted. Set MPKI_GATEWAY_TOKEN and MPKI_GATEWAY_SECRET to check its "
               "managed domains.")
                .arg(plan.gateway.api->url);
        say(note);
        writeFile(config, {note});
        return;
    }
    say(tr("Checking the managed domains on the gateway: %1").arg(target->description()));
    target->setProgress([this](const QString &text) { say(text); });
    target->apply(config, this, [this, config](const GatewayApplyResult &result) {
        if (hasEnded())
            return;
        QJsonObject gateway;
        gateway.insert(QStringLiteral("status"), int(result.status));
        gateway.insert(QStringLiteral("summary"), result.summary);
        gateway.insert(QStringLiteral("domainsPresent"), QJsonArray::fromStringList(result.domainsPresent));
        gateway.insert(QStringLiteral("domainsMissing"), QJsonArray::fromStringList(result.domainsMissing));
        gateway.insert(QStringLiteral("domainsCreated"), QJsonArray::fromStringList(result.domainsCreated));
        stepState().details.insert(QStringLiteral("gateway"), gateway);
        saveProgress();
        switch (result.status) {
        case GatewayApplyResult::Status::Failed:
            fail(exitCodeOf(result.error),
                 tr("The gateway could not be asked: %1").arg(result.error.message));
            return;
        case GatewayApplyResult::Status::Declined:
            fail(EngineExit::Other, tr("The changes on the gateway were declined."));
            return;
        case GatewayApplyResult::Status::Incomplete:
            waitFor(
                tr("The gateway lacks the managed domains %1: add them on the gateway (Mail System → Managed "
                   "Domains), then run again.")
                    .arg(result.domainsMissing.join(QStringLiteral(", "))));
            return;
        case GatewayApplyResult::Status::Done:
            break;
        }
        QStringList checked = result.domainsPresent + result.domainsCreated;
        const QString line =
            tr("Managed domains checked on the gateway: %1.").arg(checked.join(QStringLiteral(", ")));
        say(line);
        writeFile(config, {line});
    });
}

void ConnectorStep::writeFile(const ConnectorConfig &config, const QStringList &notes)
{
    const ConnectorExport exportOptions = context().connectorExport;
    const QString summary = notes.join(QLatin1Char(' '));
    if (exportOptions.path.isEmpty()) {
        succeed(tr("Connector values assembled (organisation %1, profile '%2', %3 days). %4")
                    .arg(QString::number(config.organizationId), config.profileName,
                         QString::number(config.term), summary));
        return;
    }
    m_exporter = std::make_unique<ConnectorExporter>(context().secrets);
    connect(m_exporter.get(), &ConnectorExporter::finished, this,
            [this, summary](const ConnectorExportResult &result) {
                if (hasEnded())
                    return;
                switch (result.failure) {
                case ConnectorExportResult::Failure::None:
                    succeed(tr("Connector values assembled. %1 %2").arg(result.message, summary));
                    return;
                case ConnectorExportResult::Failure::NotAssembled:
                case ConnectorExportResult::Failure::NoPassword:
                case ConnectorExportResult::Failure::SecretStore:
                    // A missing or unreachable secret store is the person's to fix (as Step::readSecret).
                    fail(EngineExit::BadInput, result.message);
                    return;
                case ConnectorExportResult::Failure::Write:
                    fail(EngineExit::Other, result.message);
                    return;
                }
            });
    m_exporter->start(config, {exportOptions.path, exportOptions.passphrase, exportOptions.plain});
}
