#pragma once

#include "ConnectorConfig.h"
#include "HealthReport.h"
#include "ScmTransport.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class Clock;
class ScmClient;
class ScmReply;

// What `health` checks: the connection the gateway uses (the connector's values with the operator's
// password) and, when the admin's credentials are at hand, the admin's own password.
struct HealthTarget
{
    ConnectorConfig connector; // with `password`: the operator's, as the gateway has it
    ScmCredentials admin;      // optional: an empty password leaves the admin's expiry unchecked
    // How the person reaches the fixes, for the actions' text: e.g. "mpki-setup rotate --state DIR"
    // and "mpki-setup run --plan FILE --state DIR --only %1" (%1: the steps). Empty: said in words.
    QString rotateCommand;
    QString runCommand;
};

// When an expiry is a warning and when it is critical (days from today, inclusive).
struct HealthThresholds
{
    int warnDays = 21;
    int criticalDays = 7;
};

// `mpki-setup health` and the wizard's Health view: signs in as the operator, as the gateway does,
// and checks everything the gateway needs to keep issuing certificates — the operator signs in, its
// password and when it expires, API-only, its S/MIME role and privilege, the organisation with REST
// access and its OV S/MIME validation, each domain's delegation and DCV, the S/MIME profile. Reads
// only: the one POST it sends is DCV's status query, which changes nothing. finished() follows
// start() exactly once, within `timeoutMs` (what has not answered by then is "unknown").
class HealthCheck : public QObject
{
    Q_OBJECT
public:
    // `transport` must outlive this object; `clock` null: the system clock.
    HealthCheck(ScmTransport *transport, const HealthTarget &target, const HealthThresholds &thresholds,
                Clock *clock = nullptr, QObject *parent = nullptr);
    ~HealthCheck() override;

    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }
    void start();

signals:
    void finished(const HealthReport &report);

private:
    // Sections of the report, in the order a person reads them.
    enum Section
    {
        SignIn,
        OperatorRecord,
        Organization,
        Validation,
        Profile,
        Domains,
        Dcv,
        AdminPassword
    };
    using Handler = std::function<void(ScmReply *)>;

    void expect(ScmReply *reply, Handler handler);
    void add(int section, const HealthFinding &finding);
    HealthFinding expiryFinding(const QString &id, const QString &title, const QDate &expires,
                                const QString &expiredState, const QString &action) const;
    HealthFinding unknown(const QString &id, const QString &title, ScmReply *reply) const;
    QString runAction(const QString &steps) const;
    QString rotateAction() const;

    void signedIn(ScmReply *reply);
    void checkOperatorRecord();
    void checkOperator(ScmReply *reply);
    void checkOrganization();
    void checkValidation();
    void checkProfile();
    void checkDomains();
    void checkDelegation(const QString &id, const QString &title, ScmReply *reply);
    void checkDcv(int index, const QString &asked, int depth);
    void checkAdminPassword();
    void finish();

    ScmTransport *m_transport;
    HealthTarget m_target;
    HealthThresholds m_thresholds;
    Clock *m_clock;
    int m_timeoutMs = 120000;
    std::unique_ptr<ScmClient> m_operator;
    std::unique_ptr<ScmClient> m_admin;
    QList<QPointer<ScmReply>> m_open;
    QList<QPair<int, HealthFinding>> m_findings;
    QStringList m_dcvDomainsSeen; // registered domains already reported
    bool m_timedOut = false;
    bool m_finished = false;
};
