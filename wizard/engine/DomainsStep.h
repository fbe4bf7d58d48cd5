#pragma once

#include "Step.h"

#include <QJsonObject>
#include <QStringList>

struct ScmDcvStatus;
struct ScmDomain;

// `domains`: every e-mail domain of the plan (punycode) adopted by name or created, delegated to
// the organisation (the department for a DRAO operator) for SMIME, the delegation approved, and
// the registered domain (example.ch for mail.example.ch: SCM answers -723 for anything else)
// validated by the plan's DCV method. All domains go at once; the transport bounds the calls in
// flight. DCV waits for DNS or a web file the person publishes: the records are in the step's
// details and messages.
class DomainsStep : public Step
{
    Q_OBJECT
public:
    explicit DomainsStep(StepContext *context, QObject *parent = nullptr);

protected:
    void reset() override;
    void inspect() override;

private:
    struct DomainWork
    {
        QString name; // ASCII
        QString dcvMethod;
        QString dcvEmail; // the plan's address for e-mail DCV
        qint64 id = 0;
        bool created = false;
        bool delegationChanged = false;
        bool ready = false;
    };
    struct DcvWork
    {
        QString domain; // registered domain being validated
        QString method;
        QString email; // the plan's address for e-mail DCV
        QString status;
        bool rejected = false; // Sectigo rejected the order found at the start of this look
        QJsonObject record;    // what to publish
    };

    void processDomain(int index);
    void createDomain(int index);
    void checkDelegation(int index, const ScmDomain &domain, int round);
    void domainReady(int index);
    void startDcv();
    // E-mail DCV: the plan's address if SCM offers it; otherwise the step fails listing the offers.
    bool chooseEmail(int index, const ScmDcvStatus &started);
    void saveDcvDetails();
    void checkDcv(int index, int depth);
    void beginDcv(int index, const ScmDcvStatus &status);
    void submitDcv(int index);
    void lookAfterSubmit(int index);
    void dcvSettled();
    // -723: not a registered domain. True when the step moved on to the parent domain.
    bool retryWithParent(int index, ScmReply *reply, int depth);
    void recordDcv(int index, const ScmDcvStatus &status);

    qint64 m_orgId = 0; // the org (or department) the domains are delegated to
    QList<DomainWork> m_domains;
    QList<DcvWork> m_dcv;
    int m_domainsOpen = 0;
    int m_dcvOpen = 0;
};
