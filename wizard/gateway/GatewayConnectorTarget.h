#pragma once

#include "ConnectorConfig.h"
#include "SeppmailClient.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

// What one gateway target did with a ConnectorConfig: what it set or checked, and what is left for
// the person (the values sheet). A target that cannot set MPKI settings leaves all of those.
struct GatewayApplyResult
{
    enum class Status
    {
        Done,       // everything the target can do is done (the rest is in `remaining`)
        Incomplete, // the gateway answered, but something the plan needs is missing (e.g. a domain)
        Declined,   // the person declined the announced changes
        Failed,     // the gateway could not be asked (see error)
    };
    Status status = Status::Failed;
    SeppmailError error;   // when Failed
    QString summary;       // one translated line for a log or a status column
    QStringList done;      // translated lines: what was set or checked
    QStringList remaining; // translated lines: what the person still does on the gateway
    QStringList domainsPresent;
    QStringList domainsMissing;
    QStringList domainsCreated;
};

// One way of bringing connector values to a gateway. Today: SEPPmail's REST API can check (and,
// when allowed, create) managed domains; the MPKI → Sectigo settings themselves go on the values
// sheet. A future gateway API with MPKI settings is one more implementation of this interface.
class GatewayConnectorTarget
{
public:
    virtual ~GatewayConnectorTarget();

    // One line saying where this target writes, e.g. "SEPPmail REST API at https://gw:8445/v1".
    virtual QString description() const = 0;

    // Changes to production configuration are announced before they are made; `proceed(false)`
    // declines them. Without a confirmation function the changes go ahead after `progress` says so.
    using Confirm = std::function<void(const QStringList &changes, std::function<void(bool proceed)> answer)>;
    using Progress = std::function<void(const QString &message)>;
    void setConfirmation(Confirm confirm) { m_confirm = std::move(confirm); }
    void setProgress(Progress progress) { m_progress = std::move(progress); }

    // Asynchronous; `done` runs exactly once on the thread of `context`, not at all once it is gone.
    using Done = std::function<void(const GatewayApplyResult &)>;
    virtual void apply(const ConnectorConfig &config, QObject *context, Done done) = 0;

protected:
    Confirm m_confirm;
    Progress m_progress;
};
