#pragma once

#include "Plan.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>
#include <QStringList>

// The rules of a plan, in one place: Plan::validate() checks a whole plan with them, the wizard's
// pages check one field as the person types (checkField), and both give the same messages.
// Limits are SCM's (sectigo-scm-api.md §2.3, §3.3, §4.3, §4.6).
class PlanValidator
{
    Q_DECLARE_TR_FUNCTIONS(PlanValidator)
public:
    static QList<PlanIssue> validate(const Plan &plan);

    // One field on its own, e.g. checkField("organization.country", "CH"). A list item's path may
    // carry its index or not ("domains[2].name" or "domains[].name"); "operator.privileges" takes an
    // array of strings, "gateway.api.createMissingManagedDomains" a bool, numbers as numbers or text.
    // Returns the translated message, empty when the value is fine. Rules that join two fields
    // (city or state, department for a DRAO, duplicate domains) are only in validate().
    static QString checkField(const QString &field, const QJsonValue &value);

    // Every field path checkField knows (list items with "[]").
    static QStringList fieldPaths();

    // Privileges an operator may be given (SCM's names, sectigo-scm-api.md §4.1).
    static const QStringList &knownPrivileges();
    static const QStringList &dcvMethods();       // CNAME TXT HTTP HTTPS EMAIL
    static const QStringList &operatorRoles();    // RAO_SMIME DRAO_SMIME
    static const QStringList &dialects();         // current legacy
    static const QStringList &validationLevels(); // OV_SMIME

    // SCM's login rule: ^([a-zA-Z0-9!@_.\-+'])*$ and 3..128 characters.
    static bool isValidLogin(const QString &login);
    // A DNS name as SCM takes it; IDN accepted (checked in its punycode form).
    static bool isValidDomainName(const QString &name);
    // Why `name` is not a domain name SCM takes (translated, the reason only: "it has an empty label
    // ..."), empty when it is one. Labels hold letters, digits and hyphens, also after IDNA (no emoji),
    // and letters of one script each (no homograph: a Cyrillic "a" in a Latin label).
    static QString domainNameProblem(const QString &name);
    // Why a service address would put a secret in the plan (translated reason: user info before "@",
    // a query or a fragment), empty when it is only an address. Never repeats the address.
    static QString addressSecretProblem(const QString &address);
    static bool isValidEmail(const QString &email);
    static bool isCountryCode(const QString &code); // a real ISO 3166-1 alpha-2 code
};
