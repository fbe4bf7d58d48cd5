#pragma once

#include "ManualPasswordChange.h"
#include "Runner.h"
#include "StepId.h"

#include <QHash>
#include <QJsonArray>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

class Clock;
class GatewayConnectorTarget;
class Journal;
class Plan;
class ScmClient;
class ScmTransport;
class SecretStore;
class State;
struct ScmAdmin;

// What every step works with, handed to it by the Runner (or a test): the plan, the state, the
// secrets, the two SCM clients (the admin the wizard runs as, the operator), the clock, and the ways
// back to whoever drives the run. A step owns no network stack of its own.
class StepContext
{
public:
    const Plan *plan = nullptr;
    State *state = nullptr;
    SecretStore *secrets = nullptr;
    ScmTransport *transport = nullptr;
    ScmClient *admin = nullptr;          // plan.scm.login with the admin's password
    ScmClient *operatorClient = nullptr; // plan.operator.login; steps set the password they try
    Clock *clock = nullptr;
    GatewayConnectorTarget *gateway = nullptr; // null: connector does not contact a gateway
    ConnectorExport connectorExport;
    QString planPath;           // for the connector values ("plan": where they came from)
    Journal *journal = nullptr; // names the step on every changing request's "sent" line; may be null
    // The person's consent (run --reset-operator-password, the wizard's confirmation) to let the MRAO
    // admin set a new password for an operator none of whose stored passwords works: the gateway's
    // configured password stops working then. Without it the password step stops and asks.
    bool resetOperatorPassword = false;

    // Set by the Runner.
    std::function<void(StepId)> stateChanged;             // save and tell the pages
    std::function<void(StepId, const QString &)> message; // a line for the person
    std::function<void(const ManualPasswordChange &)> manualPasswordChange;
    // The password step needs the consent above and does not have it (the login in the argument).
    std::function<void(const QString &login)> operatorPasswordResetNeeded;
    std::function<void(const QByteArray &requestId, StepId)> requestMade; // journal attribution

    // What one run learned that several steps need (not persisted: steps re-learn it when alone).
    struct AdminFacts
    {
        qint64 id = 0;
        bool mrao = false;
        QStringList roles;
        QStringList privileges;

        static AdminFacts fromAdmin(const ScmAdmin &admin);
    };
    std::optional<AdminFacts> adminFacts;
    // connect's answer to GET organization/v1, for organization to decide adopt or create without
    // listing again in the same run (taken once; a step run alone lists for itself).
    std::optional<QJsonArray> organizationList;
    // The operator as this run made or last read it, so that password and api-only need not read
    // it again before they act. Only what this process saw: a new run (or a resume after a crash)
    // starts without it and reads.
    struct OperatorFacts
    {
        qint64 id = 0;
        bool reseted = false; // must change its password (a temporary one is set)
        QString type;         // STANDARD or API
        QStringList privileges;
    };
    std::optional<OperatorFacts> operatorFacts;
    // The new passwords already shown to the person in this process (shown once per run).
    QHash<QString, bool> manualChangeAnnounced;

    // https://<host>/customer/<customerUri>/ — SCM's web page for this account.
    QUrl portalUrl() const;
    // The SCM host of the plan (the keychain keys are per host).
    QString scmHost() const;
    // The keychain key of one of the operator's password slots.
    QString operatorSecretKey(const QString &slot) const;
};
