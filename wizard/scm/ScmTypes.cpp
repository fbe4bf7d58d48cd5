#include "ScmTypes.h"

#include <QJsonArray>

// Field names: Sectigo's OpenAPI 25.9 (OrganizationResp, AddOrganizationRequest,
// ValidationDetailsResponseV2, DomainInfo, CreateDomainRequest, DcvStatusResponseV2,
// ClientAdminDetailsResponse, CreateAndUpdateClientAdminRequest, ...). Note that SCM writes
// `stateOrProvince` in answers but reads `stateProvince` in requests.

namespace {

QString text(const QJsonObject &json, const char *key)
{
    const QJsonValue value = json.value(QLatin1String(key));
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    return value.toString();
}

qint64 integer(const QJsonObject &json, const char *key)
{
    const QJsonValue value = json.value(QLatin1String(key));
    if (value.isString())
        return value.toString().toLongLong();
    return value.toInteger();
}

// SCM sends some booleans as strings ("reseted" is a string in the OpenAPI description).
bool boolean(const QJsonObject &json, const char *key)
{
    const QJsonValue value = json.value(QLatin1String(key));
    if (value.isString())
        return value.toString().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
    return value.toBool();
}

QStringList strings(const QJsonObject &json, const char *key)
{
    QStringList list;
    const QJsonArray array = json.value(QLatin1String(key)).toArray();
    for (const QJsonValue &value : array)
        list.append(value.toString());
    return list;
}

// Dates come as yyyy-MM-dd, sometimes with a time after them.
QDate date(const QJsonObject &json, const char *key)
{
    return QDate::fromString(json.value(QLatin1String(key)).toString().left(10), Qt::ISODate);
}

void putIfSet(QJsonObject &json, const char *key, const QString &value)
{
    if (!value.isEmpty())
        json.insert(QLatin1String(key), value);
}

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace

ScmOrganization ScmOrganization::fromJson(const QJsonObject &json)
{
    ScmOrganization org;
    org.id = integer(json, "id");
    org.name = text(json, "name");
    org.address1 = text(json, "address1");
    org.address2 = text(json, "address2");
    org.address3 = text(json, "address3");
    org.city = text(json, "city");
    org.stateOrProvince = text(json, "stateOrProvince");
    if (org.stateOrProvince.isEmpty())
        org.stateOrProvince = text(json, "stateProvince");
    org.postalCode = text(json, "postalCode");
    org.country = text(json, "country");
    org.clientCertsApiEnabled = boolean(json, "clientCertsApiEnabled");
    org.sslCertsApiEnabled = boolean(json, "sslCertsApiEnabled");
    org.certTypes = strings(json, "certTypes");
    const QJsonArray departments = json.value(QLatin1String("departments")).toArray();
    for (const QJsonValue &value : departments) {
        const QJsonObject department = value.toObject();
        org.departments.append(
            {integer(department, "id"), text(department, "name"), text(department, "parentName")});
    }
    return org;
}

QJsonObject ScmNewOrganization::toJson() const
{
    QJsonObject json;
    json.insert(QLatin1String("name"), name);
    putIfSet(json, "parentOrgName", parentOrgName);
    putIfSet(json, "address1", address1);
    putIfSet(json, "address2", address2);
    putIfSet(json, "address3", address3);
    putIfSet(json, "city", city);
    putIfSet(json, "stateProvince", stateProvince);
    putIfSet(json, "postalCode", postalCode);
    putIfSet(json, "country", country);
    // Required by SCM (must not be null); key recovery stays off: the gateway holds its keys.
    json.insert(QLatin1String("clientCertificate"),
                QJsonObject{{QLatin1String("allowKeyRecoveryByMasterAdmins"), false},
                            {QLatin1String("allowKeyRecoveryByOrgAdmins"), false},
                            {QLatin1String("allowKeyRecoveryByDepartmentAdmins"), false}});
    json.insert(QLatin1String("clientCertsApiEnabled"), clientCertsApiEnabled);
    json.insert(QLatin1String("sslCertsApiEnabled"), sslCertsApiEnabled);
    return json;
}

ScmValidation ScmValidation::fromJson(const QJsonObject &json)
{
    ScmValidation validation;
    validation.id = integer(json, "id");
    validation.validationLevel = text(json, "validationLevel");
    validation.type = text(json, "type");
    validation.permittedCertTypes = strings(json, "permittedCertTypes");
    validation.status = text(json, "status");
    validation.backgroundStatus = text(json, "backgroundStatus");
    validation.backendId = integer(json, "backendId");
    validation.backendType = text(json, "backendType");
    validation.submitted = text(json, "submitted");
    validation.expires = text(json, "expires");
    validation.lastErrorFromCa = json.value(QLatin1String("settings"))
                                     .toObject()
                                     .value(QLatin1String("LAST_ERR_MSG_FROM_CA"))
                                     .toString();
    return validation;
}

QJsonObject ScmValidationRequest::toJson() const
{
    QJsonObject general;
    putIfSet(general, "legalName", legalName);
    putIfSet(general, "address1", address1);
    putIfSet(general, "city", city);
    putIfSet(general, "stateProvince", stateProvince);
    putIfSet(general, "postalCode", postalCode);
    putIfSet(general, "country", country);
    QJsonObject details;
    details.insert(QLatin1String("generalDetails"), general);
    putIfSet(details, "organizationIdentifier", organizationIdentifier);

    QJsonObject json;
    json.insert(QLatin1String("validationLevel"), validationLevel);
    if (backendId != 0)
        json.insert(QLatin1String("backendId"), backendId);
    json.insert(QLatin1String("organizationDetails"), details);
    return json;
}

ScmCaBackend ScmCaBackend::fromJson(const QJsonObject &json)
{
    ScmCaBackend backend;
    backend.id = integer(json, "id");
    backend.name = text(json, "name");
    backend.type = text(json, "type");
    backend.isPublic = boolean(json, "public");
    return backend;
}

ScmDelegation ScmDelegation::fromJson(const QJsonObject &json)
{
    ScmDelegation delegation;
    delegation.orgId = integer(json, "orgId");
    delegation.certTypes = strings(json, "certTypes");
    delegation.domainCertificateRequestPrivileges = strings(json, "domainCertificateRequestPrivileges");
    delegation.status = text(json, "status");
    return delegation;
}

QJsonObject ScmDelegation::toJson() const
{
    QJsonObject json;
    json.insert(QLatin1String("orgId"), orgId);
    json.insert(QLatin1String("certTypes"), toArray(certTypes));
    if (!domainCertificateRequestPrivileges.isEmpty())
        json.insert(QLatin1String("domainCertificateRequestPrivileges"),
                    toArray(domainCertificateRequestPrivileges));
    return json;
}

ScmDomain ScmDomain::fromJson(const QJsonObject &json)
{
    ScmDomain domain;
    domain.id = integer(json, "id");
    domain.name = text(json, "name");
    domain.delegationStatus = text(json, "delegationStatus");
    domain.state = text(json, "state");
    domain.validationStatus = text(json, "validationStatus");
    domain.validationMethod = text(json, "validationMethod");
    const QJsonArray delegations = json.value(QLatin1String("delegations")).toArray();
    for (const QJsonValue &value : delegations)
        domain.delegations.append(ScmDelegation::fromJson(value.toObject()));
    return domain;
}

QJsonObject ScmNewDomain::toJson() const
{
    QJsonObject json;
    json.insert(QLatin1String("name"), name);
    putIfSet(json, "description", description);
    QJsonArray array;
    for (const ScmDelegation &delegation : delegations)
        array.append(delegation.toJson());
    json.insert(QLatin1String("delegations"), array);
    return json;
}

ScmDcvStatus ScmDcvStatus::fromJson(const QJsonObject &json)
{
    ScmDcvStatus status;
    status.status = text(json, "status");
    status.orderStatus = text(json, "orderStatus");
    status.orderMode = text(json, "orderMode");
    status.validationDate = text(json, "validationDate");
    status.expirationDate = text(json, "expirationDate");
    status.host = text(json, "host");
    status.point = text(json, "point");
    status.url = text(json, "url");
    status.firstLine = text(json, "firstLine");
    status.secondLine = text(json, "secondLine");
    status.emails = strings(json, "emails");
    status.validationEmail = text(json, "validationEmail");
    for (const QJsonValue &value : json.value(QLatin1String("dcvEmails")).toArray()) {
        const QJsonObject sources = value.toObject();
        status.whoisEmails << strings(sources, "whoisEmails");
        status.adminEmails << strings(sources, "adminEmails");
        status.dnsTxtEmails << strings(sources, "dnsTxtEmails");
    }
    status.lastCheck = text(json, "lastCheck");
    status.nextCheck = text(json, "nextCheck");
    status.message = text(json, "message");
    return status;
}

bool ScmAdmin::hasRole(const QString &role) const
{
    for (const ScmCredential &credential : credentials)
        if (credential.role == role)
            return true;
    return false;
}

ScmAdmin ScmAdmin::fromJson(const QJsonObject &json)
{
    ScmAdmin admin;
    admin.id = integer(json, "id");
    admin.login = text(json, "login");
    admin.email = text(json, "email");
    admin.forename = text(json, "forename");
    admin.surname = text(json, "surname");
    admin.type = text(json, "type");
    const QJsonValue reseted = json.value(QLatin1String("reseted"));
    admin.resetDate = date(json, "reseted");
    admin.reseted = reseted.isString()
                        ? !reseted.toString().isEmpty() &&
                              reseted.toString().compare(QLatin1String("false"), Qt::CaseInsensitive) != 0
                        : reseted.toBool();
    admin.passwordState = text(json, "passwordState");
    admin.passwordExpiryDate = date(json, "passwordExpiryDate");
    const QJsonArray credentials = json.value(QLatin1String("credentials")).toArray();
    for (const QJsonValue &value : credentials) {
        const QJsonObject credential = value.toObject();
        admin.credentials.append({text(credential, "role"), integer(credential, "orgId")});
    }
    admin.privileges = strings(json, "privileges");
    return admin;
}

QJsonObject ScmNewAdmin::toJson() const
{
    QJsonObject json;
    json.insert(QLatin1String("type"), type);
    json.insert(QLatin1String("login"), login);
    json.insert(QLatin1String("email"), email);
    json.insert(QLatin1String("forename"), forename);
    json.insert(QLatin1String("surname"), surname);
    json.insert(QLatin1String("password"), password);
    QJsonArray array;
    for (const ScmCredential &credential : credentials) {
        QJsonObject item{{QLatin1String("role"), credential.role}};
        if (credential.orgId != 0)
            item.insert(QLatin1String("orgId"), credential.orgId);
        array.append(item);
    }
    json.insert(QLatin1String("credentials"), array);
    if (!privileges.isEmpty())
        json.insert(QLatin1String("privileges"), toArray(privileges));
    return json;
}

QJsonObject ScmAdminUpdate::toJson() const
{
    QJsonObject json;
    putIfSet(json, "type", type);
    if (privilegesSet)
        json.insert(QLatin1String("privileges"), toArray(privileges));
    putIfSet(json, "password", password);
    return json;
}

ScmPasswordState ScmPasswordState::fromJson(const QJsonObject &json)
{
    return {text(json, "state"), date(json, "expirationDate")};
}

ScmSmimeProfile ScmSmimeProfile::fromJson(const QJsonObject &json)
{
    ScmSmimeProfile profile;
    profile.id = integer(json, "id");
    profile.name = text(json, "name");
    profile.description = text(json, "description");
    const QJsonArray terms = json.value(QLatin1String("terms")).toArray();
    for (const QJsonValue &term : terms)
        profile.terms.append(term.toInt());
    return profile;
}

ScmCustomField ScmCustomField::fromJson(const QJsonObject &json)
{
    ScmCustomField field;
    field.id = integer(json, "id");
    field.name = text(json, "name");
    field.certType = text(json, "certType");
    field.state = text(json, "state");
    field.mandatories = strings(json, "mandatories");
    return field;
}
