#include "ScmTypes.h"

#include <QDateTime>
#include <QJsonArray>

// Field names: Sectigo's OpenAPI 25.9 (OrganizationResp, AddOrganizationRequest,
// ValidationDetailsResponseV2, DomainInfo, CreateDomainRequest, DcvStatusResponseV2,
// ClientAdminDetailsResponse, CreateAndUpdateClientAdminRequest, ...). Note that SCM writes
// `stateOrProvince` in answers but reads `stateProvince` in requests.

namespace {

// What a real SCM may send where the simulator sends one shape (issue 12 §2): numbers as strings
// and strings as numbers, null or nothing instead of an empty value, enums in another letter
// case, booleans as strings, dates with or without a time. Every reader below takes all of these;
// a value the engine cannot do without is checked by the transport (ScmRequest::requiredFields),
// not here, so that the failure names the operation.

QString textOf(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        // Ids and counts print without exponent or fraction: 1e+15 would be no use as a name.
        if (number == double(qint64(number)))
            return QString::number(qint64(number));
        return QString::number(number, 'g', 15);
    }
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return value.toString(); // null, undefined, object, array: empty
}

qint64 integerOf(const QJsonValue &value)
{
    if (value.isString()) {
        const QString trimmed = value.toString().trimmed();
        bool ok = false;
        const qint64 whole = trimmed.toLongLong(&ok);
        if (ok)
            return whole;
        const double number = trimmed.toDouble(&ok); // "12.0", "1e3"
        return ok && number == double(qint64(number)) ? qint64(number) : 0;
    }
    if (value.isDouble()) {
        const double number = value.toDouble();
        return number == double(qint64(number)) ? qint64(number) : 0;
    }
    return 0;
}

QString text(const QJsonObject &json, const char *key)
{
    return textOf(json.value(QLatin1String(key)));
}

qint64 integer(const QJsonObject &json, const char *key)
{
    return integerOf(json.value(QLatin1String(key)));
}

// An enum value in the canonical spelling the engine compares with: SCM's enums are upper case
// with underscores ("NOT_VALIDATED"); a server writing "not validated" or "Validated" means the same.
QString enumOf(const QJsonValue &value)
{
    QString name = textOf(value).trimmed().toUpper();
    name.replace(QLatin1Char(' '), QLatin1Char('_'));
    name.replace(QLatin1Char('-'), QLatin1Char('_'));
    return name;
}

QString enumText(const QJsonObject &json, const char *key)
{
    return enumOf(json.value(QLatin1String(key)));
}

// Certificate types are the one enum in mixed case (OpenAPI: SMIME, SSL, CodeSign, SMIMEAuth,
// Device): the known ones get their canonical spelling, unknown ones stay as sent.
QString certTypeOf(const QJsonValue &value)
{
    static const QStringList known{QStringLiteral("SMIME"), QStringLiteral("SSL"), QStringLiteral("CodeSign"),
                                   QStringLiteral("SMIMEAuth"), QStringLiteral("Device")};
    const QString sent = textOf(value).trimmed();
    for (const QString &name : known)
        if (name.compare(sent, Qt::CaseInsensitive) == 0)
            return name;
    return sent;
}

// Booleans as JSON booleans, as strings ("true", "False", "1", "yes") or as numbers (0 / 1).
bool booleanOf(const QJsonValue &value)
{
    if (value.isString()) {
        const QString word = value.toString().trimmed();
        return word.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0 ||
               word.compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0 || word == QLatin1String("1");
    }
    if (value.isDouble())
        return value.toDouble() != 0;
    return value.toBool();
}

bool boolean(const QJsonObject &json, const char *key)
{
    return booleanOf(json.value(QLatin1String(key)));
}

// A list as an array; a single value where a list belongs counts as a list of one, null or nothing
// as an empty list. `convert` gives each item its canonical spelling.
QStringList listOf(const QJsonValue &value, QString (*convert)(const QJsonValue &))
{
    QStringList list;
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array) {
            const QString converted = convert(item);
            if (!converted.isEmpty())
                list.append(converted);
        }
    } else if (!value.isNull() && !value.isUndefined()) {
        const QString converted = convert(value);
        if (!converted.isEmpty())
            list.append(converted);
    }
    return list;
}

QStringList strings(const QJsonObject &json, const char *key)
{
    return listOf(json.value(QLatin1String(key)), textOf);
}

QStringList enums(const QJsonObject &json, const char *key)
{
    return listOf(json.value(QLatin1String(key)), enumOf);
}

QStringList certTypeList(const QJsonObject &json, const char *key)
{
    return listOf(json.value(QLatin1String(key)), certTypeOf);
}

// The objects of an array; null, nothing or a non-array as none.
QList<QJsonObject> objects(const QJsonObject &json, const char *key)
{
    QList<QJsonObject> list;
    const QJsonArray array = json.value(QLatin1String(key)).toArray();
    for (const QJsonValue &item : array)
        if (item.isObject())
            list.append(item.toObject());
    return list;
}

} // namespace

// Dates: yyyy-MM-dd, with a time after a 'T' or a space (with or without fraction and zone), or
// milliseconds since 1970 (UTC). The calendar day as written is the date: a zone after the time
// does not move it.
QDate ScmTypes::dateOf(const QJsonValue &value)
{
    if (value.isDouble()) {
        const qint64 millis = integerOf(value);
        return millis > 0 ? QDateTime::fromMSecsSinceEpoch(millis, Qt::UTC).date() : QDate();
    }
    const QString written = value.toString().trimmed();
    if (written.size() < 10)
        return QDate();
    const QDate day = QDate::fromString(written.left(10), QStringLiteral("yyyy-MM-dd"));
    if (!day.isValid())
        return QDate();
    if (written.size() > 10 && written.at(10) != QLatin1Char('T') && written.at(10) != QLatin1Char(' '))
        return QDate(); // "2025-01-0212": not a date
    return day;
}

namespace {

QDate date(const QJsonObject &json, const char *key)
{
    return ScmTypes::dateOf(json.value(QLatin1String(key)));
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
    org.certTypes = certTypeList(json, "certTypes");
    for (const QJsonObject &department : objects(json, "departments"))
        org.departments.append(
            {integer(department, "id"), text(department, "name"), text(department, "parentName")});
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
    validation.validationLevel = enumText(json, "validationLevel");
    validation.type = enumText(json, "type");
    validation.permittedCertTypes = certTypeList(json, "permittedCertTypes");
    validation.status = enumText(json, "status");
    validation.backgroundStatus = enumText(json, "backgroundStatus");
    validation.backendId = integer(json, "backendId");
    validation.backendType = enumText(json, "backendType");
    validation.submitted = text(json, "submitted");
    validation.expires = text(json, "expires");
    validation.lastErrorFromCa =
        text(json.value(QLatin1String("settings")).toObject(), "LAST_ERR_MSG_FROM_CA");
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
    backend.type = enumText(json, "type");
    backend.isPublic = boolean(json, "public");
    return backend;
}

ScmDelegation ScmDelegation::fromJson(const QJsonObject &json)
{
    ScmDelegation delegation;
    delegation.orgId = integer(json, "orgId");
    delegation.certTypes = certTypeList(json, "certTypes");
    delegation.domainCertificateRequestPrivileges = strings(json, "domainCertificateRequestPrivileges");
    delegation.status = enumText(json, "status");
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
    domain.delegationStatus = enumText(json, "delegationStatus");
    domain.state = enumText(json, "state");
    domain.validationStatus = enumText(json, "validationStatus");
    domain.validationMethod = enumText(json, "validationMethod");
    for (const QJsonObject &delegation : objects(json, "delegations"))
        domain.delegations.append(ScmDelegation::fromJson(delegation));
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
    status.status = enumText(json, "status");
    status.orderStatus = enumText(json, "orderStatus");
    status.orderMode = enumText(json, "orderMode");
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
    admin.type = enumText(json, "type");
    // A reset date (OpenAPI 25.9), a boolean (older servers), or either as a string; a date
    // means "reset", "false", "0" or an empty string means "not reset".
    const QJsonValue reseted = json.value(QLatin1String("reseted"));
    admin.resetDate = date(json, "reseted");
    if (reseted.isString()) {
        const QString word = reseted.toString().trimmed();
        admin.reseted = !word.isEmpty() && word.compare(QLatin1String("false"), Qt::CaseInsensitive) != 0 &&
                        word != QLatin1String("0") &&
                        word.compare(QLatin1String("no"), Qt::CaseInsensitive) != 0;
    } else {
        admin.reseted = booleanOf(reseted);
    }
    admin.passwordState = enumText(json, "passwordState");
    admin.passwordExpiryDate = date(json, "passwordExpiryDate");
    for (const QJsonObject &credential : objects(json, "credentials"))
        admin.credentials.append({enumText(credential, "role"), integer(credential, "orgId")});
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
    return {enumText(json, "state"), date(json, "expirationDate")};
}

ScmSmimeProfile ScmSmimeProfile::fromJson(const QJsonObject &json)
{
    ScmSmimeProfile profile;
    profile.id = integer(json, "id");
    profile.name = text(json, "name");
    profile.description = text(json, "description");
    // Terms in days; a server may send them as strings or one number alone.
    const QJsonValue terms = json.value(QLatin1String("terms"));
    const QJsonArray array = terms.isArray() ? terms.toArray() : QJsonArray{terms};
    for (const QJsonValue &term : array)
        if (const qint64 days = integerOf(term); days > 0)
            profile.terms.append(int(days));
    return profile;
}

ScmCustomField ScmCustomField::fromJson(const QJsonObject &json)
{
    ScmCustomField field;
    field.id = integer(json, "id");
    field.name = text(json, "name");
    field.certType = certTypeOf(json.value(QLatin1String("certType")));
    field.state = enumText(json, "state");
    field.mandatories = enums(json, "mandatories");
    return field;
}
