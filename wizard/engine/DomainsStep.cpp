#include "DomainsStep.h"

#include "Clock.h"
#include "EngineExit.h"
#include "Plan.h"
#include "ScmClient.h"
#include "ScmReply.h"
#include "ScmTypes.h"
#include "State.h"
#include "StepContext.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace {
const QString smime = QStringLiteral("SMIME");
constexpr int notRegisteredDomain = -723;

ScmClient::DcvMethod dcvMethodOf(const QString &name)
{
    const QString upper = name.toUpper();
    if (upper == QLatin1String("TXT"))
        return ScmClient::DcvMethod::Txt;
    if (upper == QLatin1String("HTTP"))
        return ScmClient::DcvMethod::Http;
    if (upper == QLatin1String("HTTPS"))
        return ScmClient::DcvMethod::Https;
    if (upper == QLatin1String("EMAIL"))
        return ScmClient::DcvMethod::Email;
    return ScmClient::DcvMethod::Cname;
}

bool isValidated(const QString &status)
{
    return status.compare(QLatin1String("VALIDATED"), Qt::CaseInsensitive) == 0;
}

QString parentDomain(const QString &name)
{
    const int dot = name.indexOf(QLatin1Char('.'));
    return dot < 0 ? QString() : name.mid(dot + 1);
}
} // namespace

DomainsStep::DomainsStep(StepContext *context, QObject *parent)
    : Step(StepId::Domains, context, parent)
{}

void DomainsStep::reset()
{
    m_orgId = 0;
    m_domains.clear();
    m_dcv.clear();
    m_domainsOpen = m_dcvOpen = 0;
}

void DomainsStep::inspect()
{
    resolveOrganization([this](qint64 orgId, qint64 departmentId) {
        m_orgId = targetOrgId(orgId, departmentId);
        for (const Plan::Domain &domain : context().plan->domains) {
            DomainWork work;
            work.name = domain.asciiName();
            work.dcvMethod = domain.dcv.toUpper();
            work.dcvEmail = domain.dcvEmail.trimmed();
            m_domains << work;
        }
        if (m_domains.isEmpty()) {
            succeed(tr("The plan has no domains."));
            return;
        }
        m_domainsOpen = int(m_domains.size());
        // Every domain at once: the transport bounds the calls in flight.
        for (int i = 0; i < m_domains.size(); ++i)
            processDomain(i);
    });
}

void DomainsStep::processDomain(int index)
{
    const QString name = m_domains.at(index).name;
    call(context().admin->listDomains(name), tr("Looking up the domain %1").arg(name),
         [this, index, name](ScmReply *reply) {
             qint64 id = 0;
             for (const QJsonValue &value : reply->array()) {
                 const ScmDomain domain = ScmDomain::fromJson(value.toObject());
                 if (domain.name.compare(name, Qt::CaseInsensitive) == 0)
                     id = domain.id;
             }
             if (id == 0) {
                 createDomain(index);
                 return;
             }
             m_domains[index].id = id;
             call(
                 context().admin->getDomain(id), tr("Reading the domain %1").arg(name),
                 [this, index](ScmReply *r) { checkDelegation(index, ScmDomain::fromJson(r->object()), 0); });
         });
}

void DomainsStep::createDomain(int index)
{
    const QString name = m_domains.at(index).name;
    ScmNewDomain domain;
    domain.name = name;
    ScmDelegation delegation;
    delegation.orgId = m_orgId;
    delegation.certTypes = QStringList{smime};
    domain.delegations << delegation;
    say(tr("Creating the domain %1, delegated for S/MIME").arg(name));
    call(
        context().admin->createDomain(domain), tr("Creating the domain %1").arg(name),
        [this, index, name](ScmReply *reply) {
            m_domains[index].id = reply->createdId();
            m_domains[index].created = true;
            QJsonObject ids = stepState().ids.value(QStringLiteral("domains")).toObject();
            ids.insert(name, double(reply->createdId()));
            stepState().ids.insert(QStringLiteral("domains"), ids);
            saveProgress();
            call(context().admin->getDomain(reply->createdId()), tr("Reading the domain %1").arg(name),
                 [this, index](ScmReply *r) { checkDelegation(index, ScmDomain::fromJson(r->object()), 0); });
        },
        [this, index](ScmReply *reply) {
            // -700 "Such domain already exists": made meanwhile (or by a run that was killed) — adopt it.
            if (reply->error().kind() != ScmError::Kind::Conflict || m_domains.at(index).created)
                return false;
            m_domains[index].created = true; // only one more look
            processDomain(index);
            return true;
        });
}

void DomainsStep::checkDelegation(int index, const ScmDomain &domain, int round)
{
    DomainWork &work = m_domains[index];
    QJsonObject ids = stepState().ids.value(QStringLiteral("domains")).toObject();
    ids.insert(work.name, double(domain.id));
    stepState().ids.insert(QStringLiteral("domains"), ids);

    const ScmDelegation *ours = nullptr;
    for (const ScmDelegation &delegation : domain.delegations) {
        if (delegation.orgId == m_orgId)
            ours = &delegation;
    }
    if (round > 2) {
        fail(EngineExit::Refused,
             tr("SCM does not keep an active S/MIME delegation of %1 to the organisation.").arg(work.name));
        return;
    }
    const QString name = work.name;
    auto reread = [this, index, name, round] {
        call(context().admin->getDomain(m_domains.at(index).id), tr("Reading the domain %1").arg(name),
             [this, index, round](ScmReply *r) {
                 checkDelegation(index, ScmDomain::fromJson(r->object()), round + 1);
             });
    };
    if (!ours || !ours->certTypes.contains(smime)) {
        ScmDelegation delegation;
        delegation.orgId = m_orgId;
        delegation.certTypes = ours ? ours->certTypes : QStringList();
        delegation.certTypes << smime;
        say(tr("Delegating the existing domain %1 to the organisation for S/MIME").arg(name));
        work.delegationChanged = true;
        call(context().admin->delegateDomain(domain.id, delegation), tr("Delegating %1").arg(name),
             [reread](ScmReply *) { reread(); });
        return;
    }
    if (ours->status.compare(QLatin1String("ACTIVE"), Qt::CaseInsensitive) != 0 && !ours->status.isEmpty()) {
        say(tr("Approving the delegation of %1 (%2)").arg(name, ours->status));
        work.delegationChanged = true;
        call(context().admin->approveDelegation(domain.id, m_orgId),
             tr("Approving the delegation of %1").arg(name), [reread](ScmReply *) { reread(); });
        return;
    }
    domainReady(index);
}

void DomainsStep::domainReady(int index)
{
    m_domains[index].ready = true;
    if (--m_domainsOpen > 0)
        return;
    saveProgress();
    startDcv();
}

void DomainsStep::startDcv()
{
    // Only the registered domain can be validated. When the plan also names a shorter domain that
    // ends this one (example.ch for mail.example.ch) that is the one; SCM's -723 covers the rest.
    QStringList names;
    for (const DomainWork &work : std::as_const(m_domains)) {
        const DomainWork *target = &work;
        for (const DomainWork &other : std::as_const(m_domains)) {
            if (work.name.endsWith(QLatin1Char('.') + other.name) && other.name.size() < target->name.size())
                target = &other;
        }
        if (!names.contains(target->name)) {
            names << target->name;
            DcvWork dcv;
            dcv.domain = target->name;
            dcv.method = target->dcvMethod;
            dcv.email = target->dcvEmail;
            m_dcv << dcv;
        }
    }
    m_dcvOpen = int(m_dcv.size());
    for (int i = 0; i < m_dcv.size(); ++i)
        checkDcv(i, 0);
}

bool DomainsStep::retryWithParent(int index, ScmReply *reply, int depth)
{
    if (reply->error().scmCode() != notRegisteredDomain)
        return false;
    const QString parent = parentDomain(m_dcv.at(index).domain);
    if (parent.count(QLatin1Char('.')) < 1 || depth > 4)
        return false;
    // Two plan domains may share the parent: validate it once.
    for (int i = 0; i < m_dcv.size(); ++i) {
        if (i != index && m_dcv.at(i).domain == parent) {
            m_dcv[index].status = QStringLiteral("SHARED");
            dcvSettled();
            return true;
        }
    }
    m_dcv[index].domain = parent;
    checkDcv(index, depth + 1);
    return true;
}

void DomainsStep::checkDcv(int index, int depth)
{
    const QString domain = m_dcv.at(index).domain;
    call(
        context().admin->dcvStatus(domain), tr("Reading the DCV status of %1").arg(domain),
        [this, index](ScmReply *reply) {
            const ScmDcvStatus status = ScmDcvStatus::fromJson(reply->object());
            m_dcv[index].status = status.status.toUpper();
            if (isValidated(status.status)) {
                recordDcv(index, status);
                dcvSettled();
                return;
            }
            if (status.orderStatus.compare(QLatin1String("REJECTED"), Qt::CaseInsensitive) == 0) {
                // The record stored from before is void: the new start issues the one to publish now.
                m_dcv[index].rejected = true;
                say(tr("Sectigo rejected the earlier DCV order of %1: starting a new one")
                        .arg(m_dcv.at(index).domain));
            }
            if (status.orderStatus.compare(QLatin1String("SUBMITTED"), Qt::CaseInsensitive) == 0) {
                // Submitted before: Sectigo checks the record by itself; keep what to publish.
                recordDcv(index, status);
                // Still the order that replaced a rejected one: keep saying so.
                const QJsonObject before = stepState()
                                               .details.value(QStringLiteral("dcv"))
                                               .toObject()
                                               .value(m_dcv.at(index).domain)
                                               .toObject();
                m_dcv[index].rejected = before.value(QStringLiteral("earlierOrderRejected")).toBool() &&
                                        before.value(QStringLiteral("host")) ==
                                            m_dcv.at(index).record.value(QStringLiteral("host")) &&
                                        before.value(QStringLiteral("url")) ==
                                            m_dcv.at(index).record.value(QStringLiteral("url"));
                dcvSettled();
                return;
            }
            beginDcv(index, status);
        },
        [this, index, depth](ScmReply *reply) { return retryWithParent(index, reply, depth); });
}

void DomainsStep::beginDcv(int index, const ScmDcvStatus &)
{
    const DcvWork &work = m_dcv.at(index);
    const ScmClient::DcvMethod method = dcvMethodOf(work.method);
    if (method == ScmClient::DcvMethod::Txt) {
        // SCM has no start for TXT: the submit answers with the record.
        submitDcv(index);
        return;
    }
    const QString domain = work.domain;
    call(
        context().admin->dcvStart(method, domain), tr("Starting DCV of %1").arg(domain),
        [this, index](ScmReply *reply) {
            const ScmDcvStatus started = ScmDcvStatus::fromJson(reply->object());
            recordDcv(index, started);
            if (dcvMethodOf(m_dcv.at(index).method) == ScmClient::DcvMethod::Email &&
                !chooseEmail(index, started))
                return;
            submitDcv(index);
        },
        [this, index](ScmReply *reply) { return retryWithParent(index, reply, 0); });
}

bool DomainsStep::chooseEmail(int index, const ScmDcvStatus &started)
{
    DcvWork &work = m_dcv[index];
    QStringList offered = started.emails;
    for (const QString &email : started.adminEmails + started.whoisEmails + started.dnsTxtEmails) {
        if (!offered.contains(email, Qt::CaseInsensitive))
            offered << email;
    }
    // Kept so that the wizard can offer exactly these addresses.
    work.record.insert(QStringLiteral("offeredEmails"), QJsonArray::fromStringList(offered));
    // Only the address the plan names: the first one offered is often webmaster@ or a Sectigo
    // pseudo-address (dns.txt@sectigo.com), which nobody may have chosen.
    for (const QString &email : std::as_const(offered)) {
        if (!work.email.isEmpty() && email.compare(work.email, Qt::CaseInsensitive) == 0) {
            work.record.insert(QStringLiteral("email"), email);
            return true;
        }
    }
    const QString list = offered.isEmpty() ? tr("(none)") : offered.join(QStringLiteral(", "));
    saveDcvDetails();
    if (work.email.isEmpty())
        fail(EngineExit::BadInput,
             tr("The plan names no address for the e-mail validation of %1 (dcvEmail). SCM offers: %2.")
                 .arg(work.domain, list));
    else
        fail(EngineExit::BadInput,
             tr("SCM does not offer %1 for the e-mail validation of %2. Name one of the offered addresses in "
                "the plan (dcvEmail): %3.")
                 .arg(work.email, work.domain, list));
    return false;
}

void DomainsStep::submitDcv(int index)
{
    const DcvWork &work = m_dcv.at(index);
    const QString domain = work.domain;
    const QString email = work.record.value(QStringLiteral("email")).toString();
    call(
        context().admin->dcvSubmit(dcvMethodOf(work.method), domain, email),
        tr("Submitting DCV of %1").arg(domain),
        [this, index](ScmReply *reply) {
            const ScmDcvStatus submitted = ScmDcvStatus::fromJson(reply->object());
            recordDcv(index, submitted);
            m_dcv[index].status =
                submitted.status.isEmpty() ? QStringLiteral("NOT_VALIDATED") : submitted.status.toUpper();
            if (isValidated(m_dcv.at(index).status)) {
                dcvSettled();
                return;
            }
            lookAfterSubmit(index);
        },
        [this, index](ScmReply *reply) { return retryWithParent(index, reply, 0); });
}

void DomainsStep::lookAfterSubmit(int index)
{
    // The first look right away, not after the first backoff delay: a record published before the
    // run is seen at once. Only a look: nothing is started or submitted again from here.
    const QString domain = m_dcv.at(index).domain;
    call(context().admin->dcvStatus(domain), tr("Reading the DCV status of %1").arg(domain),
         [this, index](ScmReply *reply) {
             const ScmDcvStatus status = ScmDcvStatus::fromJson(reply->object());
             if (!status.status.isEmpty())
                 m_dcv[index].status = status.status.toUpper();
             if (isValidated(status.status))
                 recordDcv(index, status);
             dcvSettled();
         });
}

void DomainsStep::recordDcv(int index, const ScmDcvStatus &status)
{
    QJsonObject &record = m_dcv[index].record;
    record.insert(QStringLiteral("method"), m_dcv.at(index).method);
    auto put = [&record](const char *key, const QString &value) {
        if (!value.isEmpty())
            record.insert(QLatin1String(key), value);
    };
    put("status", status.status.toUpper());
    put("host", status.host);
    put("point", status.point);
    put("url", status.url);
    put("firstLine", status.firstLine);
    put("secondLine", status.secondLine);
    put("expires", status.expirationDate);
    put("email", status.validationEmail);
}

void DomainsStep::saveDcvDetails()
{
    QJsonObject dcv;
    QJsonArray registered;
    for (const DcvWork &work : std::as_const(m_dcv)) {
        if (work.status == QLatin1String("SHARED"))
            continue;
        QJsonObject record = work.record;
        record.insert(QStringLiteral("status"), work.status);
        if (work.rejected)
            record.insert(QStringLiteral("earlierOrderRejected"), true);
        dcv.insert(work.domain, record);
        registered << work.domain;
    }
    StepState &state = stepState();
    state.details.insert(QStringLiteral("dcv"), dcv);
    state.details.insert(QStringLiteral("registeredDomains"), registered);
    saveProgress();
}

void DomainsStep::dcvSettled()
{
    if (--m_dcvOpen > 0)
        return;
    QStringList publish;
    bool allValidated = true;
    for (const DcvWork &work : std::as_const(m_dcv)) {
        if (work.status == QLatin1String("SHARED"))
            continue;
        const QJsonObject &record = work.record;
        if (isValidated(work.status))
            continue;
        allValidated = false;
        if (work.rejected)
            publish << tr("%1: Sectigo rejected the earlier validation order; the record below is new and "
                          "replaces the one published before")
                           .arg(work.domain);
        const QString method = work.method.toUpper();
        if (method == QLatin1String("CNAME") || method == QLatin1String("TXT")) {
            publish << tr("%1: publish the DNS %2 record %3 → %4")
                           .arg(work.domain, method, record.value(QStringLiteral("host")).toString(),
                                record.value(QStringLiteral("point")).toString());
        } else if (method == QLatin1String("EMAIL")) {
            publish << tr("%1: answer the validation e-mail sent to %2")
                           .arg(work.domain, record.value(QStringLiteral("email")).toString());
        } else {
            publish << tr("%1: publish %2 with the lines %3 and %4")
                           .arg(work.domain, record.value(QStringLiteral("url")).toString(),
                                record.value(QStringLiteral("firstLine")).toString(),
                                record.value(QStringLiteral("secondLine")).toString());
        }
    }
    saveDcvDetails();

    QStringList names;
    for (const DomainWork &work : std::as_const(m_domains))
        names << work.name;
    if (!allValidated) {
        const QString text =
            tr("Domain control validation is waiting: %1. Sectigo checks by itself; mpki-setup looks again "
               "from time to time, and at its next start.")
                .arg(publish.join(QStringLiteral("; ")));
        waitFor(text);
        return;
    }
    succeed(tr("Domains delegated for S/MIME and validated: %1.").arg(names.join(QStringLiteral(", "))));
}
