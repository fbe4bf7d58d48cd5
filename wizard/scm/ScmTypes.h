#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// The SCM objects mpki-setup reads and writes, with the field names of Sectigo's REST API
// (reference: sectigo-scm-api.md, Sectigo's OpenAPI 25.9). fromJson() tolerates missing fields;
// toJson() writes only what was set, so an update sends exactly the fields the caller chose.
// fromJson() takes what a real SCM may send (numbers as strings and back, null or absent for empty,
// extra fields, enums in any letter case, booleans as strings, dates with or without a time) and
// gives enums in their canonical spelling. Values the engine cannot do without (the id of a listed
// or created object) are checked by the transport: ScmRequest::requiredFields.

namespace ScmTypes {
// A date SCM wrote as yyyy-MM-dd, with a time after it ('T' or ' ', any fraction or zone), or as
// milliseconds since 1970; invalid when it is none of these.
QDate dateOf(const QJsonValue &value);
} // namespace ScmTypes

struct ScmDepartment
{
    qint64 id = 0;
    QString name;
    QString parentName;
};

struct ScmOrganization
{
    qint64 id = 0;
    QString name;
    QString address1, address2, address3, city, stateOrProvince, postalCode, country;
    bool clientCertsApiEnabled = false;
    bool sslCertsApiEnabled = false;
    QStringList certTypes;
    QList<ScmDepartment> departments;

    static ScmOrganization fromJson(const QJsonObject &json);
};

// Body of POST organization/v1 (an organisation, or a department when parentOrgName is set).
struct ScmNewOrganization
{
    QString name;
    QString parentOrgName; // department: the parent organisation's name
    QString address1, address2, address3, city, stateProvince, postalCode, country;
    bool clientCertsApiEnabled = true;
    bool sslCertsApiEnabled = false;

    QJsonObject toJson() const;
};

struct ScmValidation
{
    qint64 id = 0;
    QString validationLevel; // OV_SSL | OV_SMIME | EV_SSL (Sectigo's 25.5 REST document)
    // What the 25.9 OpenAPI's ValidationResponseItem gives instead of validationLevel.
    QString type;                   // EMAIL | DV | OV | EV | PRIVATE
    QStringList permittedCertTypes; // e.g. SMIME
    QString status;                 // NOT_VALIDATED | PENDING | EXPIRED | FAILED | VALIDATED
    QString backgroundStatus;
    qint64 backendId = 0;
    QString backendType;
    QString submitted, expires;
    QString lastErrorFromCa; // settings.LAST_ERR_MSG_FROM_CA

    static ScmValidation fromJson(const QJsonObject &json);
};

// Body of POST organization/v2/{id}/validations/submit.
struct ScmValidationRequest
{
    QString validationLevel = QStringLiteral("OV_SMIME");
    qint64 backendId = 0;
    QString legalName;
    QString address1, city, stateProvince, postalCode, country;
    QString organizationIdentifier;

    QJsonObject toJson() const;
};

struct ScmCaBackend
{
    qint64 id = 0;
    QString name;
    QString type;
    bool isPublic = false;

    static ScmCaBackend fromJson(const QJsonObject &json);
};

struct ScmDelegation
{
    qint64 orgId = 0;
    QStringList certTypes;
    QStringList domainCertificateRequestPrivileges;
    QString status; // ACTIVE | REQUESTED | AWAITING_ME

    static ScmDelegation fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

struct ScmDomain
{
    qint64 id = 0;
    QString name;
    QString delegationStatus, state, validationStatus, validationMethod;
    QList<ScmDelegation> delegations;

    static ScmDomain fromJson(const QJsonObject &json);
};

struct ScmNewDomain
{
    QString name; // ASCII (punycode)
    QString description;
    QList<ScmDelegation> delegations;

    QJsonObject toJson() const;
};

// Answer of dcv/v2/validation/status, start and submit (fields absent in an answer stay empty).
struct ScmDcvStatus
{
    QString status;      // NOT_VALIDATED | VALIDATED | EXPIRED
    QString orderStatus; // NOT_INITIATED | SUBMITTED | ...
    QString orderMode;   // CNAME | TXT | HTTP | HTTPS | EMAIL
    QString validationDate, expirationDate;
    QString host, point;                // CNAME / TXT record to publish
    QString url, firstLine, secondLine; // HTTP(S) file to publish
    QStringList emails;                 // e-mail DCV: addresses that may receive the mail
    // dcvEmails[] of the e-mail start (DomainDcvEmails): where each offered address comes from.
    QStringList whoisEmails, adminEmails, dnsTxtEmails;
    QString validationEmail; // e-mail DCV: the address of the open order
    QString lastCheck, nextCheck, message;

    static ScmDcvStatus fromJson(const QJsonObject &json);
};

struct ScmCredential
{
    QString role; // MRAO | RAO_SMIME | DRAO_SMIME | ...
    qint64 orgId = 0;
};

struct ScmAdmin
{
    qint64 id = 0;
    QString login, email, forename, surname;
    QString type; // STANDARD | API | IDP | SAS
    // `reseted`: Sectigo's OpenAPI 25.9 gives the date of the last reset by someone else
    // (yyyy-MM-dd, absent or null when none); DOC25.5 and older servers a boolean. Either way only
    // a hint that the password may be temporary: what the credentials do is the truth.
    bool reseted = false;
    QDate resetDate;
    QString passwordState; // ALIVE | EXPIRED | NEVER_EXPIRE
    QDate passwordExpiryDate;
    QList<ScmCredential> credentials;
    QStringList privileges;

    bool hasRole(const QString &role) const;
    static ScmAdmin fromJson(const QJsonObject &json);
};

struct ScmNewAdmin
{
    QString login, email, forename, surname, password;
    QString type = QStringLiteral("STANDARD");
    QList<ScmCredential> credentials;
    QStringList privileges;

    QJsonObject toJson() const;
};

// Body of PUT admin/v1/{id}: only the members that are set are sent.
struct ScmAdminUpdate
{
    QString type;           // e.g. "API" (current dialect) or "STANDARD" (recovery)
    QStringList privileges; // the complete new set, when privilegesSet
    bool privilegesSet = false;
    QString password; // an MRAO resetting another admin's password

    QJsonObject toJson() const;
};

struct ScmPrivilege
{
    QString name, description;
};

struct ScmPasswordState
{
    QString state; // ALIVE | EXPIRED | NEVER_EXPIRE
    QDate expirationDate;

    static ScmPasswordState fromJson(const QJsonObject &json);
};

struct ScmSmimeProfile
{
    qint64 id = 0;
    QString name, description;
    QList<int> terms;

    static ScmSmimeProfile fromJson(const QJsonObject &json);
};

struct ScmCustomField
{
    qint64 id = 0;
    QString name, certType, state;
    QStringList mandatories; // ADMIN_UI | WEB_FORM | REST_API | SOAP_API

    bool mandatoryForRestApi() const { return mandatories.contains(QStringLiteral("REST_API")); }
    static ScmCustomField fromJson(const QJsonObject &json);
};
