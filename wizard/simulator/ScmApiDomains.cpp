// Domains, their delegations and domain control validation: domain/v1 and dcv/v1|v2.
#include "ScmApi.h"

#include "DomainNames.h"
#include "JsonInput.h"
#include "ScmSimulator.h"
#include "SimulatorState.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRandomGenerator>

namespace {
const QStringList certTypeNames = {QStringLiteral("SSL"), QStringLiteral("SMIME"), QStringLiteral("CodeSign"),
                                   QStringLiteral("Device")};
const QStringList requestPrivilegeNames = {QStringLiteral("DOMAIN"), QStringLiteral("SUBDOMAIN"),
                                           QStringLiteral("WILDCARD_1ST_LEVEL"),
                                           QStringLiteral("WILDCARD_2ND_LEVEL")};

QString validationMethodOf(const QString &orderMode)
{
    if (orderMode == QLatin1String("CNAME"))
        return QStringLiteral("CNAME_CSR_HASH");
    if (orderMode == QLatin1String("HTTP"))
        return QStringLiteral("HTTP_CSR_HASH");
    if (orderMode == QLatin1String("HTTPS"))
        return QStringLiteral("HTTPS_CSR_HASH");
    if (orderMode == QLatin1String("TXT"))
        return QStringLiteral("DNSTXT_RANDOM_VALUE");
    if (orderMode == QLatin1String("EMAIL"))
        return QStringLiteral("EMAIL");
    return QString();
}

QString hexOf(const QByteArray &data, QCryptographicHash::Algorithm algorithm)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, algorithm).toHex());
}

QString randomHex(int bytes)
{
    QByteArray data(bytes, Qt::Uninitialized);
    for (char &c : data)
        c = char(QRandomGenerator::global()->bounded(256));
    return QString::fromLatin1(data.toHex());
}

// What SCM offers for e-mail DCV, as real accounts show it: the five constructed addresses of the
// registered domain (webmaster@ first), then the WHOIS contacts and the DNS TXT contacts. When the
// registry hides the WHOIS contact or the domain has no TXT contact record, Sectigo lists the
// pseudo-addresses domain.admin@sectigo.com and dns.txt@sectigo.com (an assumption from real lists;
// the OpenAPI only names the arrays). None of them may be chosen for a person silently.
QStringList constructedEmails(const QString &domain)
{
    QStringList emails;
    for (const char *local : {"webmaster", "admin", "administrator", "hostmaster", "postmaster"})
        emails << QString::fromLatin1(local) + QLatin1Char('@') + domain;
    return emails;
}

const QStringList whoisEmails = {QStringLiteral("domain.admin@sectigo.com")};
const QStringList dnsTxtEmails = {QStringLiteral("dns.txt@sectigo.com")};

QStringList candidateEmails(const QString &domain)
{
    return constructedEmails(domain) + whoisEmails + dnsTxtEmails;
}
} // namespace

bool ScmApi::domainVisible(const Caller &caller, const QJsonObject &domain) const
{
    if (caller.mrao)
        return true;
    for (const QJsonValue &value : domain.value(QStringLiteral("delegations")).toArray()) {
        if (caller.scope.contains(value.toObject().value(QStringLiteral("orgId")).toInteger()))
            return true;
    }
    return false;
}

QJsonObject &ScmApi::visibleDomain(const Caller &caller, qint64 id)
{
    auto it = m_state.domains.find(id);
    if (it == m_state.domains.end() || !domainVisible(caller, *it))
        failWith(404, -727, QStringLiteral("The domain '%1' does not exist.").arg(id));
    return *it;
}

QString ScmApi::dcvStatusOf(const QString &registeredDomain)
{
    auto it = m_state.dcv.find(registeredDomain);
    if (it == m_state.dcv.end())
        return QStringLiteral("NOT_VALIDATED");
    evaluateDcv(*it);
    return it->value(QStringLiteral("status")).toString();
}

SimResponse ScmApi::listDomains(const Caller &caller, const SimRequest &request)
{
    const QString name = request.query.queryItemValue(QStringLiteral("name"), QUrl::FullyDecoded);
    const QString state = request.query.queryItemValue(QStringLiteral("state")).toLower();
    const QString status = request.query.queryItemValue(QStringLiteral("status")).toLower();
    const QString orgIdText = request.query.queryItemValue(QStringLiteral("orgId"));
    const qint64 orgId = orgIdText.isEmpty() ? 0 : idFrom(orgIdText);
    QJsonArray items;
    for (const QJsonObject &domain : m_state.domains) {
        if (!domainVisible(caller, domain))
            continue;
        // Assumption (README): the name filter matches a part of the name, so a client must
        // compare names itself.
        if (!name.isEmpty() &&
            !domain.value(QStringLiteral("name")).toString().contains(name, Qt::CaseInsensitive))
            continue;
        if (!state.isEmpty() &&
            domain.value(QStringLiteral("state")).toString().toLower() !=
                (state == QLatin1String("active") ? QStringLiteral("active") : QStringLiteral("suspended")))
            continue;
        bool orgMatches = orgId == 0;
        bool anyRequested = false;
        for (const QJsonValue &value : domain.value(QStringLiteral("delegations")).toArray()) {
            const QJsonObject delegation = value.toObject();
            orgMatches = orgMatches || delegation.value(QStringLiteral("orgId")).toInteger() == orgId;
            anyRequested = anyRequested || delegation.value(QStringLiteral("status")).toString() ==
                                               QLatin1String("REQUESTED");
        }
        if (!orgMatches || (status == QLatin1String("requested") && !anyRequested) ||
            (status == QLatin1String("approved") && anyRequested))
            continue;
        items.append(QJsonObject{{QStringLiteral("id"), domain.value(QStringLiteral("id"))},
                                 {QStringLiteral("name"), domain.value(QStringLiteral("name"))}});
    }
    return page(items, request);
}

SimResponse ScmApi::getDomain(const Caller &caller, qint64 id)
{
    const QJsonObject domain = visibleDomain(caller, id);
    QJsonObject view = SimulatorState::publicView(domain);
    view.remove(QStringLiteral("description")); // kept, but DomainInfo does not answer it
    QJsonArray delegations;
    bool allActive = true;
    for (const QJsonValue &value : domain.value(QStringLiteral("delegations")).toArray()) {
        const QJsonObject delegation = value.toObject();
        if (!manages(caller, delegation.value(QStringLiteral("orgId")).toInteger()))
            continue;
        allActive =
            allActive && delegation.value(QStringLiteral("status")).toString() == QLatin1String("ACTIVE");
        delegations.append(delegation);
    }
    view.insert(QStringLiteral("delegations"), delegations);
    view.insert(QStringLiteral("delegationStatus"),
                allActive ? QStringLiteral("ACTIVE") : QStringLiteral("REQUESTED"));
    const QString registered = DomainNames::registeredDomain(domain.value(QStringLiteral("name")).toString());
    view.insert(QStringLiteral("validationStatus"), dcvStatusOf(registered));
    const QJsonObject dcv = m_state.dcv.value(registered);
    const QString method = validationMethodOf(dcv.value(QStringLiteral("orderMode")).toString());
    if (!method.isEmpty())
        view.insert(QStringLiteral("validationMethod"), method);
    // An expired DCV keeps its dates: when it expired is what a client needs to say.
    const QString dcvStatus = dcv.value(QStringLiteral("status")).toString();
    if (dcvStatus == QLatin1String("VALIDATED") || dcvStatus == QLatin1String("EXPIRED")) {
        view.insert(QStringLiteral("dcvValidation"),
                    dcv.value(QStringLiteral("validationDate")).toString().left(10));
        view.insert(QStringLiteral("dcvExpiration"),
                    dcv.value(QStringLiteral("expirationDate")).toString().left(10));
    }
    return SimResponse::json(200, view);
}

QJsonArray ScmApi::parseDelegations(const Caller &caller, const QJsonValue &value, const QString &name) const
{
    if (value.isUndefined() || value.isNull() || (value.isArray() && value.toArray().isEmpty()))
        failWith(400, -709,
                 QStringLiteral("Please delegate domain to at least one organization or department."));
    if (!value.isArray())
        JsonInput::invalidValue(name, QStringLiteral("an array of delegations is expected."));
    QJsonArray delegations;
    const QJsonArray sent = value.toArray();
    for (int i = 0; i < sent.size(); ++i) {
        const QString prefix = QStringLiteral("%1[%2].").arg(name, QString::number(i));
        if (!sent.at(i).isObject())
            JsonInput::invalidValue(prefix.chopped(1), QStringLiteral("an object is expected."));
        const QJsonObject delegation = sent.at(i).toObject();
        const qint64 orgId =
            JsonInput::requiredInteger(delegation, QStringLiteral("orgId"), prefix + QStringLiteral("orgId"));
        const QStringList certTypes = JsonInput::optionalStringList(delegation, QStringLiteral("certTypes"),
                                                                    prefix + QStringLiteral("certTypes"));
        if (certTypes.isEmpty())
            failWith(400, -7, QStringLiteral("%1certTypes is required but missing.").arg(prefix));
        for (const QString &type : certTypes) {
            if (!certTypeNames.contains(type))
                JsonInput::invalidValue(prefix + QStringLiteral("certTypes"),
                                        QStringLiteral("'%1' is not one of %2.")
                                            .arg(type, certTypeNames.join(QStringLiteral(", "))));
        }
        QStringList privileges =
            JsonInput::optionalStringList(delegation, QStringLiteral("domainCertificateRequestPrivileges"),
                                          prefix + QStringLiteral("domainCertificateRequestPrivileges"));
        // Sectigo's schema requires at least one privilege in a stored delegation. A client that
        // sends none (as older servers' clients did) gets what a delegation covered before the field
        // existed, the domain and its sub-domains: the reference's own example (README, "Delegation
        // privileges").
        if (privileges.isEmpty())
            privileges = {QStringLiteral("DOMAIN"), QStringLiteral("SUBDOMAIN")};
        for (const QString &privilege : privileges) {
            if (!requestPrivilegeNames.contains(privilege))
                JsonInput::invalidValue(
                    prefix + QStringLiteral("domainCertificateRequestPrivileges"),
                    QStringLiteral("'%1' is not one of %2.")
                        .arg(privilege, requestPrivilegeNames.join(QStringLiteral(", "))));
        }
        if (!m_state.organizations.contains(orgId))
            failWith(
                400, -711,
                QStringLiteral(
                    "Domain can't be delegated to deleted organization (no organization or department %1).")
                    .arg(orgId));
        requireManages(caller, orgId);
        delegations.append(QJsonObject{
            {QStringLiteral("orgId"), orgId},
            {QStringLiteral("certTypes"), QJsonArray::fromStringList(certTypes)},
            {QStringLiteral("domainCertificateRequestPrivileges"), QJsonArray::fromStringList(privileges)},
            {QStringLiteral("status"), caller.mrao ? QStringLiteral("ACTIVE") : QStringLiteral("REQUESTED")},
        });
    }
    return delegations;
}

SimResponse ScmApi::createDomain(const Caller &caller, const SimRequest &request)
{
    const QJsonObject body = JsonInput::parseObject(request.body);
    const QString name = JsonInput::requiredString(body, QStringLiteral("name"), 10000, 1).trimmed();
    if (name.size() < 4)
        failWith(400, -712, QStringLiteral("Domain name length must be at least 4 characters."));
    if (name.size() > 255)
        failWith(400, -713, QStringLiteral("Domain name length must be at most 255 characters."));
    if (!DomainNames::isValid(name))
        failWith(
            400, -732,
            QStringLiteral("Invalid domain name. '%1' is not a domain name (use the ASCII/punycode form).")
                .arg(name));
    const QString description = JsonInput::optionalString(body, QStringLiteral("description"), 255);
    const bool active = JsonInput::optionalBool(body, QStringLiteral("active")).value_or(true);
    if (!caller.has(QStringLiteral("allowManageDomains")))
        failWith(400, -3,
                 QStringLiteral("You are not authorized to perform domain creation (it needs the privilege "
                                "allowManageDomains)."));
    const QJsonArray delegations =
        parseDelegations(caller, body.value(QStringLiteral("delegations")), QStringLiteral("delegations"));
    for (const QJsonObject &domain : m_state.domains) {
        if (domain.value(QStringLiteral("name")).toString().compare(name, Qt::CaseInsensitive) == 0)
            failWith(400, -700, QStringLiteral("Such domain already exists"));
    }
    const qint64 id = m_state.allocateId();
    QJsonObject record{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name.toLower()},
        {QStringLiteral("state"), active ? QStringLiteral("ACTIVE") : QStringLiteral("SUSPENDED")},
        {QStringLiteral("delegations"), delegations},
    };
    if (!description.isEmpty())
        record.insert(QStringLiteral("description"), description);
    m_state.domains.insert(id, record);
    m_changed = true;
    return created(QStringLiteral("domain/v1/%1").arg(id));
}

SimResponse ScmApi::deleteDomain(const Caller &caller, qint64 id)
{
    const QJsonObject domain = visibleDomain(caller, id);
    if (!caller.has(QStringLiteral("allowManageDomains")))
        failWith(400, -3, QStringLiteral("You are not authorized to perform domain deletion."));
    for (const QJsonValue &value : domain.value(QStringLiteral("delegations")).toArray())
        requireManages(caller, value.toObject().value(QStringLiteral("orgId")).toInteger());
    m_state.domains.remove(id);
    m_changed = true;
    return SimResponse::empty(204);
}

SimResponse ScmApi::delegateDomain(const Caller &caller, qint64 id, const SimRequest &request)
{
    QJsonObject &domain = visibleDomain(caller, id);
    const QJsonObject body = JsonInput::parseObject(request.body);
    if (!caller.has(QStringLiteral("allowManageDomains")))
        failWith(400, -3,
                 QStringLiteral("You are not authorized to perform domain delegation (it needs the privilege "
                                "allowManageDomains)."));
    const QJsonObject added =
        parseDelegations(caller, QJsonArray{body}, QStringLiteral("delegation")).at(0).toObject();
    QJsonArray delegations = domain.value(QStringLiteral("delegations")).toArray();
    bool merged = false;
    for (int i = 0; i < delegations.size(); ++i) {
        QJsonObject existing = delegations.at(i).toObject();
        if (existing.value(QStringLiteral("orgId")) != added.value(QStringLiteral("orgId")))
            continue;
        QStringList types = existing.value(QStringLiteral("certTypes")).toVariant().toStringList();
        QStringList privileges =
            existing.value(QStringLiteral("domainCertificateRequestPrivileges")).toVariant().toStringList();
        const int before = types.size();
        types += added.value(QStringLiteral("certTypes")).toVariant().toStringList();
        privileges +=
            added.value(QStringLiteral("domainCertificateRequestPrivileges")).toVariant().toStringList();
        types.removeDuplicates();
        privileges.removeDuplicates();
        existing.insert(QStringLiteral("certTypes"), QJsonArray::fromStringList(types));
        existing.insert(QStringLiteral("domainCertificateRequestPrivileges"),
                        QJsonArray::fromStringList(privileges));
        if (types.size() != before && !caller.mrao)
            existing.insert(QStringLiteral("status"), QStringLiteral("REQUESTED"));
        delegations.replace(i, existing);
        merged = true;
    }
    if (!merged)
        delegations.append(added);
    domain.insert(QStringLiteral("delegations"), delegations);
    m_changed = true;
    return SimResponse::empty(200);
}

SimResponse ScmApi::decideDelegation(const Caller &caller, qint64 id, const SimRequest &request, bool approve)
{
    QJsonObject &domain = visibleDomain(caller, id);
    const QJsonObject body = JsonInput::parseObject(request.body);
    const qint64 orgId = JsonInput::requiredInteger(body, QStringLiteral("orgId"));
    requireManages(caller, orgId);
    if (!caller.has(QStringLiteral("approveDomainDelegation")))
        failWith(400, -3,
                 QStringLiteral("You are not authorized to perform domain delegation approval (it needs the "
                                "privilege approveDomainDelegation)."));
    QJsonArray delegations = domain.value(QStringLiteral("delegations")).toArray();
    for (int i = 0; i < delegations.size(); ++i) {
        QJsonObject delegation = delegations.at(i).toObject();
        if (delegation.value(QStringLiteral("orgId")).toInteger() != orgId)
            continue;
        if (delegation.value(QStringLiteral("status")).toString() != QLatin1String("REQUESTED"))
            failWith(400, -705,
                     QStringLiteral("The delegation of domain '%1' to organization %2 cannot be %3 since its "
                                    "delegation status is other than 'Requested'.")
                         .arg(domain.value(QStringLiteral("name")).toString(), QString::number(orgId),
                              approve ? QStringLiteral("approved") : QStringLiteral("rejected")));
        if (approve) {
            delegation.insert(QStringLiteral("status"), QStringLiteral("ACTIVE"));
            delegations.replace(i, delegation);
        } else {
            delegations.removeAt(i);
        }
        domain.insert(QStringLiteral("delegations"), delegations);
        m_changed = true;
        return SimResponse::empty(200);
    }
    failWith(400, -707,
             QStringLiteral("The domain '%1' has no delegation request for organization %2.")
                 .arg(domain.value(QStringLiteral("name")).toString(), QString::number(orgId)));
}

bool ScmApi::removeDelegatedTypes(QJsonObject &domain, qint64 orgId, const QStringList &certTypes)
{
    QJsonArray delegations = domain.value(QStringLiteral("delegations")).toArray();
    for (int i = 0; i < delegations.size(); ++i) {
        QJsonObject delegation = delegations.at(i).toObject();
        if (delegation.value(QStringLiteral("orgId")).toInteger() != orgId)
            continue;
        QStringList types = delegation.value(QStringLiteral("certTypes")).toVariant().toStringList();
        const qsizetype before = types.size();
        for (const QString &type : certTypes)
            types.removeAll(type);
        if (types.size() == before)
            return false;
        if (types.isEmpty()) {
            delegations.removeAt(i);
        } else {
            delegation.insert(QStringLiteral("certTypes"), QJsonArray::fromStringList(types));
            delegations.replace(i, delegation);
        }
        domain.insert(QStringLiteral("delegations"), delegations);
        return true;
    }
    return false;
}

SimResponse ScmApi::removeDelegation(const Caller &caller, qint64 id, const SimRequest &request)
{
    QJsonObject &domain = visibleDomain(caller, id);
    const QJsonObject body = JsonInput::parseObject(request.body);
    if (!caller.has(QStringLiteral("allowManageDomains")))
        failWith(400, -3,
                 QStringLiteral("You are not authorized to perform domain delegation removal (it needs the "
                                "privilege allowManageDomains)."));
    // The body is a DomainDelegation: the same checks as a delegation; which request privileges it
    // names does not matter, the certificate types go (an assumption, see the README).
    const QJsonObject removed =
        parseDelegations(caller, QJsonArray{body}, QStringLiteral("delegation")).at(0).toObject();
    const qint64 orgId = removed.value(QStringLiteral("orgId")).toInteger();
    const QStringList certTypes = removed.value(QStringLiteral("certTypes")).toVariant().toStringList();
    if (!removeDelegatedTypes(domain, orgId, certTypes))
        failWith(400, -707,
                 QStringLiteral("The domain '%1' has no %2 delegation to organization %3.")
                     .arg(domain.value(QStringLiteral("name")).toString(), certTypes.join(QLatin1Char('/')),
                          QString::number(orgId)));
    m_changed = true;
    return SimResponse::empty(200);
}

// --- DCV -------------------------------------------------------------------------------------

void ScmApi::evaluateDcv(QJsonObject &record)
{
    const QDateTime current = now();
    if (record.value(QStringLiteral("orderStatus")).toString() == QLatin1String("SUBMITTED")) {
        const QDateTime due = QDateTime::fromMSecsSinceEpoch(
                                  record.value(QStringLiteral("_submittedAtMs")).toInteger(), Qt::UTC)
                                  .addSecs(m_options.dcvDelaySeconds);
        if (current < due) {
            record.insert(QStringLiteral("lastCheck"), timestamp(current));
            record.insert(QStringLiteral("nextCheck"), timestamp(due));
            return;
        }
        if (m_options.dcvOutcome == QLatin1String("REJECTED")) {
            // Sectigo closes the order; the domain stays as it was and a new start issues a new record.
            record.insert(QStringLiteral("orderStatus"), QStringLiteral("REJECTED"));
            record.insert(QStringLiteral("lastCheck"), timestamp(due));
            record.remove(QStringLiteral("nextCheck"));
            m_changed = true;
            return;
        }
        record.insert(QStringLiteral("status"), QStringLiteral("VALIDATED"));
        record.insert(QStringLiteral("orderStatus"), QStringLiteral("NOT_INITIATED"));
        record.insert(QStringLiteral("validationDate"), timestamp(due));
        record.insert(QStringLiteral("expirationDate"), timestamp(due.addDays(397)));
        record.insert(QStringLiteral("lastCheck"), timestamp(due));
        record.remove(QStringLiteral("nextCheck"));
        m_changed = true;
    } else if (record.value(QStringLiteral("status")).toString() == QLatin1String("VALIDATED")) {
        const QDateTime expires = QDateTime::fromString(
            record.value(QStringLiteral("expirationDate")).toString(), Qt::ISODateWithMs);
        if (expires.isValid() && expires < current) {
            record.insert(QStringLiteral("status"), QStringLiteral("EXPIRED"));
            m_changed = true;
        }
    }
}

QJsonObject &ScmApi::dcvRecordFor(const Caller &caller, const QJsonObject &body, bool forChange)
{
    const QString domain =
        JsonInput::requiredString(body, QStringLiteral("domain"), 255, 3).trimmed().toLower();
    if (!DomainNames::isValid(domain))
        failWith(400, -732, QStringLiteral("Invalid domain name."));
    if (!DomainNames::isRegisteredDomain(domain))
        failWith(400, -723,
                 QStringLiteral("%1 is not a high-level domain. Only high-level domains can be validated.")
                     .arg(domain));
    // The domain, or a sub-domain of it, must be in SCM and visible to the caller.
    bool known = false;
    bool delegatedToCallersOrganization = false;
    for (const QJsonObject &candidate : m_state.domains) {
        if (DomainNames::registeredDomain(candidate.value(QStringLiteral("name")).toString()) != domain ||
            !domainVisible(caller, candidate))
            continue;
        known = true;
        for (const QJsonValue &value : candidate.value(QStringLiteral("delegations")).toArray()) {
            const qint64 orgId = value.toObject().value(QStringLiteral("orgId")).toInteger();
            delegatedToCallersOrganization = delegatedToCallersOrganization ||
                                             (caller.scope.contains(orgId) && caller.hasOrganizationRole());
        }
    }
    if (!known)
        failWith(400, -727, QStringLiteral("The domain '%1' does not exist.").arg(domain));
    if (forChange && !caller.has(QStringLiteral("allowDCV")) && !delegatedToCallersOrganization)
        failWith(400, -3,
                 QStringLiteral("You are not authorized to perform domain control validation of '%1'.")
                     .arg(domain));
    auto it = m_state.dcv.find(domain);
    if (it == m_state.dcv.end())
        it = m_state.dcv.insert(
            domain, QJsonObject{{QStringLiteral("domain"), domain},
                                {QStringLiteral("status"), QStringLiteral("NOT_VALIDATED")},
                                {QStringLiteral("orderStatus"), QStringLiteral("NOT_INITIATED")}});
    evaluateDcv(*it);
    return *it;
}

SimResponse ScmApi::dcvStatus(const Caller &caller, const SimRequest &request, bool version2)
{
    const QJsonObject record = dcvRecordFor(caller, JsonInput::parseObject(request.body), false);
    QJsonObject answer;
    const QStringList fields =
        version2
            ? QStringList{QStringLiteral("status"),          QStringLiteral("validationDate"),
                          QStringLiteral("expirationDate"),  QStringLiteral("orderStatus"),
                          QStringLiteral("orderMode"),       QStringLiteral("host"),
                          QStringLiteral("point"),           QStringLiteral("url"),
                          QStringLiteral("firstLine"),       QStringLiteral("secondLine"),
                          QStringLiteral("validationEmail"), QStringLiteral("emailValidationReferenceNumber"),
                          QStringLiteral("orderBackendId"),  QStringLiteral("submittedDate"),
                          QStringLiteral("lastCheck"),       QStringLiteral("nextCheck")}
            : QStringList{QStringLiteral("status"), QStringLiteral("validationDate"),
                          QStringLiteral("expirationDate"), QStringLiteral("orderStatus")};
    for (const QString &field : fields) {
        if (record.contains(field))
            answer.insert(field, record.value(field));
    }
    return SimResponse::json(200, answer);
}

SimResponse ScmApi::dcvStart(const Caller &caller, const SimRequest &request, const QString &method)
{
    if (method == QLatin1String("txt"))
        failWith(400, -1603,
                 QStringLiteral(
                     "Start request is not supported by the API for TXT validation. Use submit directly."));
    QJsonObject &record = dcvRecordFor(caller, JsonInput::parseObject(request.body), true);
    const QString domain = record.value(QStringLiteral("domain")).toString();
    for (const char *key :
         {"host", "point", "url", "firstLine", "secondLine", "validationEmail", "candidateEmails"})
        record.remove(QString::fromLatin1(key));
    record.insert(QStringLiteral("orderMode"), method.toUpper());
    if (record.value(QStringLiteral("orderStatus")).toString() != QLatin1String("SUBMITTED"))
        record.insert(QStringLiteral("orderStatus"), QStringLiteral("AWAITING_SUBMISSION"));
    QJsonObject answer;
    if (method == QLatin1String("cname")) {
        const QString token = randomHex(16);
        record.insert(QStringLiteral("host"),
                      QStringLiteral("_%1.%2.").arg(
                          hexOf(domain.toUtf8() + token.toLatin1(), QCryptographicHash::Md5), domain));
        record.insert(QStringLiteral("point"),
                      QStringLiteral("%1.%2.sectigo.com.").arg(randomHex(16), randomHex(16)));
        answer = QJsonObject{{QStringLiteral("host"), record.value(QStringLiteral("host"))},
                             {QStringLiteral("point"), record.value(QStringLiteral("point"))}};
    } else if (method == QLatin1String("http") || method == QLatin1String("https")) {
        const QString token = randomHex(16);
        record.insert(QStringLiteral("url"),
                      QStringLiteral("%1://%2/.well-known/pki-validation/%3.txt")
                          .arg(method, domain, hexOf(token.toLatin1(), QCryptographicHash::Md5).toUpper()));
        record.insert(QStringLiteral("firstLine"), hexOf(token.toLatin1(), QCryptographicHash::Sha256));
        record.insert(QStringLiteral("secondLine"), QStringLiteral("sectigo.com"));
        answer = QJsonObject{{QStringLiteral("url"), record.value(QStringLiteral("url"))},
                             {QStringLiteral("firstLine"), record.value(QStringLiteral("firstLine"))},
                             {QStringLiteral("secondLine"), record.value(QStringLiteral("secondLine"))}};
    } else { // email
        const QStringList emails = candidateEmails(domain);
        record.insert(QStringLiteral("candidateEmails"), QJsonArray::fromStringList(emails));
        answer = QJsonObject{
            {QStringLiteral("emails"), QJsonArray::fromStringList(emails)},
            {QStringLiteral("dcvEmails"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("domainName"), domain},
                 {QStringLiteral("whoisEmails"), QJsonArray::fromStringList(whoisEmails)},
                 {QStringLiteral("adminEmails"), QJsonArray::fromStringList(constructedEmails(domain))},
                 {QStringLiteral("dnsTxtEmails"), QJsonArray::fromStringList(dnsTxtEmails)}}}},
        };
    }
    m_changed = true;
    return SimResponse::json(200, answer);
}

SimResponse ScmApi::dcvSubmit(const Caller &caller, const SimRequest &request, const QString &method)
{
    const QJsonObject body = JsonInput::parseObject(request.body);
    QJsonObject &record = dcvRecordFor(caller, body, true);
    const QString mode = method.toUpper();
    if (method != QLatin1String("txt") && record.value(QStringLiteral("orderMode")).toString() != mode)
        failWith(400, -1603,
                 QStringLiteral("Error while validating the domain %1: start the %2 validation first.")
                     .arg(record.value(QStringLiteral("domain")).toString(), mode));
    QString email;
    if (method == QLatin1String("email")) {
        email = JsonInput::requiredString(body, QStringLiteral("email"), 255);
        if (!record.value(QStringLiteral("candidateEmails"))
                 .toVariant()
                 .toStringList()
                 .contains(email, Qt::CaseInsensitive))
            failWith(400, -518,
                     QStringLiteral(
                         "Unknown email address: %1 is not one of the addresses the start call offered.")
                         .arg(email));
    }
    QJsonObject answer;
    if (method == QLatin1String("txt")) {
        record.insert(QStringLiteral("orderMode"), mode);
        record.insert(
            QStringLiteral("host"),
            QStringLiteral("_pki-validation.%1.").arg(record.value(QStringLiteral("domain")).toString()));
        record.insert(QStringLiteral("point"), randomHex(16));
        answer.insert(QStringLiteral("host"), record.value(QStringLiteral("host")));
        answer.insert(QStringLiteral("point"), record.value(QStringLiteral("point")));
    }
    if (method == QLatin1String("email")) {
        record.insert(QStringLiteral("validationEmail"), email);
        record.insert(QStringLiteral("emailValidationReferenceNumber"), randomHex(6).toUpper());
        answer.insert(QStringLiteral("emailValidationReferenceNumber"),
                      record.value(QStringLiteral("emailValidationReferenceNumber")));
    }
    if (record.value(QStringLiteral("orderStatus")).toString() != QLatin1String("SUBMITTED")) {
        record.insert(QStringLiteral("orderStatus"), QStringLiteral("SUBMITTED"));
        record.insert(QStringLiteral("submittedDate"), timestamp(now()));
        record.insert(QStringLiteral("_submittedAtMs"), now().toMSecsSinceEpoch());
        record.insert(QStringLiteral("orderBackendId"),
                      QString::number(QRandomGenerator::global()->bounded(100000000, 999999999)));
    }
    evaluateDcv(record);
    answer.insert(QStringLiteral("status"), record.value(QStringLiteral("status")));
    answer.insert(QStringLiteral("orderStatus"), QStringLiteral("SUBMITTED"));
    answer.insert(QStringLiteral("message"), QStringLiteral("Submitted successfully"));
    answer.insert(QStringLiteral("orderBackendId"), record.value(QStringLiteral("orderBackendId")));
    m_changed = true;
    return SimResponse::json(200, answer);
}

SimResponse ScmApi::dcvList(const Caller &caller, const SimRequest &request)
{
    const QString domainFilter =
        request.query.queryItemValue(QStringLiteral("domain"), QUrl::FullyDecoded).toLower();
    const QString statusFilter = request.query.queryItemValue(QStringLiteral("dcvStatus")).toUpper();
    const QString orderFilter = request.query.queryItemValue(QStringLiteral("orderStatus")).toUpper();
    QStringList registered;
    for (const QJsonObject &domain : m_state.domains) {
        if (domainVisible(caller, domain))
            registered << DomainNames::registeredDomain(domain.value(QStringLiteral("name")).toString());
    }
    registered.removeDuplicates();
    registered.sort();
    QJsonArray items;
    for (const QString &name : registered) {
        if (!domainFilter.isEmpty() && !name.contains(domainFilter))
            continue;
        QJsonObject record = m_state.dcv.value(
            name, QJsonObject{{QStringLiteral("domain"), name},
                              {QStringLiteral("status"), QStringLiteral("NOT_VALIDATED")},
                              {QStringLiteral("orderStatus"), QStringLiteral("NOT_INITIATED")}});
        if (m_state.dcv.contains(name)) {
            evaluateDcv(m_state.dcv[name]);
            record = m_state.dcv.value(name);
        }
        if ((!statusFilter.isEmpty() && record.value(QStringLiteral("status")).toString() != statusFilter) ||
            (!orderFilter.isEmpty() && record.value(QStringLiteral("orderStatus")).toString() != orderFilter))
            continue;
        QJsonObject item{{QStringLiteral("domain"), name},
                         {QStringLiteral("dcvStatus"), record.value(QStringLiteral("status"))},
                         {QStringLiteral("dcvOrderStatus"), record.value(QStringLiteral("orderStatus"))}};
        const QString orderMode = record.value(QStringLiteral("orderMode")).toString();
        if (!orderMode.isEmpty()) {
            item.insert(QStringLiteral("dcvOrderMethod"), orderMode);
            item.insert(QStringLiteral("dcvMethod"), validationMethodOf(orderMode));
        }
        if (record.contains(QStringLiteral("expirationDate")))
            item.insert(QStringLiteral("expirationDate"), record.value(QStringLiteral("expirationDate")));
        items.append(item);
    }
    return page(items, request);
}
