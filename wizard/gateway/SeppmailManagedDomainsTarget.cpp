#include "SeppmailManagedDomainsTarget.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QPointer>

#include <memory>

Q_LOGGING_CATEGORY(lcGatewayTarget, "mpki.gateway.target", QtInfoMsg)

namespace {
QString joined(const QStringList &names)
{
    return names.join(QStringLiteral(", "));
}

// The MPKI → Sectigo form has no API (OpenAPI 1.0.3): these always remain for the person.
QStringList formSteps(const ConnectorConfig &config)
{
    QStringList steps;
    steps << SeppmailManagedDomainsTarget::tr(
        "Enter the MPKI → Sectigo values on the gateway's admin page (the values sheet lists them).");
    steps << SeppmailManagedDomainsTarget::tr(
                 "Tick %1 under \"MPKI managed domains\" on the gateway's MPKI page.")
                 .arg(joined(config.managedDomains));
    steps << SeppmailManagedDomainsTarget::tr(
                 "Switch on automatic renewal with an overlap of %1 days under \"Settings\".")
                 .arg(config.renewalDays);
    return steps;
}

// Creates `specs` one after the other (a production change: never in parallel, stop at the first error).
struct CreationRun
{
    SeppmailClient *client;
    QString customer;
    bool applyMailconfig;
    QList<ManagedDomainSpec> specs;
    GatewayApplyResult result;
    GatewayConnectorTarget::Done done;
    QPointer<QObject> context;

    static void next(const std::shared_ptr<CreationRun> &run)
    {
        if (run->specs.isEmpty()) {
            run->result.status = GatewayApplyResult::Status::Done;
            run->result.summary = SeppmailManagedDomainsTarget::tr(
                                      "Managed domains on the gateway (customer %1): %2 present, %3 created.")
                                      .arg(run->customer, joined(run->result.domainsPresent),
                                           joined(run->result.domainsCreated));
            run->result.domainsMissing.clear();
            return run->done(run->result);
        }
        const ManagedDomainSpec spec = run->specs.takeFirst();
        run->client->createManagedDomain(
            run->customer, spec, run->applyMailconfig, run->context, [run, spec](const SeppmailError &error) {
                if (error.isError()) {
                    run->result.status = GatewayApplyResult::Status::Failed;
                    run->result.error = error;
                    run->result.summary = SeppmailManagedDomainsTarget::tr(
                                              "Creating the managed domain %1 on the gateway failed: %2")
                                              .arg(spec.domainName, error.message);
                    return run->done(run->result);
                }
                qCInfo(lcGatewayTarget)
                    << "created managed domain" << spec.domainName << "for" << run->customer;
                run->result.domainsCreated << spec.domainName;
                run->result.done << SeppmailManagedDomainsTarget::tr(
                                        "Created the managed domain %1 (customer %2, forwarding to %3:%4).")
                                        .arg(spec.domainName, run->customer, spec.forwardingHost,
                                             QString::number(spec.forwardingPort));
                next(run);
            });
    }
};
} // namespace

SeppmailManagedDomainsTarget::SeppmailManagedDomainsTarget(SeppmailClient *client,
                                                           const SeppmailManagedDomainsOptions &options)
    : m_client(client)
    , m_options(options)
{
    if (m_options.customer.isEmpty())
        m_options.customer = QStringLiteral("[default]");
}

QString SeppmailManagedDomainsTarget::description() const
{
    return tr("SEPPmail REST API at %1 (customer %2)")
        .arg(m_client->options().baseUrl.toString(), m_options.customer);
}

void SeppmailManagedDomainsTarget::apply(const ConnectorConfig &config, QObject *context, Done done)
{
    if (m_progress)
        m_progress(tr("Checking the managed domains of customer %1 on %2.")
                       .arg(m_options.customer, m_client->options().baseUrl.toString()));
    const SeppmailManagedDomainsOptions options = m_options;
    SeppmailClient *client = m_client;
    const Confirm confirm = m_confirm;
    const Progress progress = m_progress;
    QPointer<QObject> guard(context);
    m_client->checkManagedDomains(
        options.customer, config.managedDomains, context, [=](const ManagedDomainCheck &check) {
            GatewayApplyResult result;
            result.remaining = formSteps(config);
            if (check.error.isError()) {
                result.status = GatewayApplyResult::Status::Failed;
                result.error = check.error;
                result.summary =
                    tr("Could not check the managed domains on the gateway: %1").arg(check.error.message);
                return done(result);
            }
            result.domainsPresent = check.present;
            result.domainsMissing = check.missing;
            for (const QString &domain : check.present)
                result.done << tr("Checked: %1 is a managed domain of customer %2 on the gateway.")
                                   .arg(domain, options.customer);
            if (check.missing.isEmpty()) {
                result.status = GatewayApplyResult::Status::Done;
                result.summary = tr("Managed domains checked on the gateway (customer %1): %2 present.")
                                     .arg(options.customer, joined(check.present));
                return done(result);
            }
            if (!options.createMissing || options.forwardingHost.trimmed().isEmpty()) {
                result.status = GatewayApplyResult::Status::Incomplete;
                result.summary =
                    tr("Managed domains checked on the gateway (customer %1): %2 missing%3.")
                        .arg(options.customer, joined(check.missing),
                             check.present.isEmpty() ? QString()
                                                     : tr(", %1 present").arg(joined(check.present)));
                result.remaining.prepend(
                    options.createMissing
                        ? tr("Create the managed domains %1 on the gateway (Mail system → Managed domains): "
                             "creating them needs a forwarding host in the plan "
                             "(gateway.api.forwardingHost).")
                              .arg(joined(check.missing))
                        : tr("Create the managed domains %1 on the gateway (Mail system → Managed domains), "
                             "or "
                             "let mpki-setup create them with gateway.api.createMissingManagedDomains and a "
                             "forwarding host.")
                              .arg(joined(check.missing)));
                return done(result);
            }

            auto run = std::make_shared<CreationRun>();
            run->client = client;
            run->customer = options.customer;
            run->applyMailconfig = options.applyMailconfig;
            run->result = result;
            run->done = done;
            run->context = guard;
            QStringList changes;
            for (const QString &domain : check.missing) {
                ManagedDomainSpec spec;
                spec.domainName = domain;
                spec.forwardingHost = options.forwardingHost.trimmed();
                spec.forwardingPort = options.forwardingPort;
                run->specs << spec;
                changes << tr("Create the managed domain %1 for customer %2, forwarding mail to %3:%4%5.")
                               .arg(domain, options.customer, spec.forwardingHost,
                                    QString::number(spec.forwardingPort),
                                    options.applyMailconfig ? tr(", and apply the mail configuration")
                                                            : QString());
            }
            if (!confirm) {
                if (progress) {
                    for (const QString &change : changes)
                        progress(tr("Changing the gateway's mail routing: %1").arg(change));
                }
                return CreationRun::next(run);
            }
            confirm(changes, [run, changes](bool proceed) {
                if (!run->context)
                    return;
                if (proceed)
                    return CreationRun::next(run);
                run->result.status = GatewayApplyResult::Status::Declined;
                run->result.summary =
                    tr("Managed domains %1 are missing on the gateway; creating them was declined.")
                        .arg(joined(run->result.domainsMissing));
                run->result.remaining.prepend(tr("Create the managed domains %1 on the gateway.")
                                                  .arg(joined(run->result.domainsMissing)));
                run->done(run->result);
            });
        });
}
