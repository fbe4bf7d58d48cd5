#pragma once

#include "PlanSection.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// One problem with a plan: the field's path (e.g. "organization.country", "domains[1].name") and a
// translated message that names the field and says what is wrong.
struct PlanIssue
{
    QString field;
    QString message;

    bool operator==(const PlanIssue &other) const { return field == other.field && message == other.message; }
};

// The inputs of the procedure: DESIGN.md's plan file, or the same filled in by the wizard's pages.
// A plan never holds a secret; loading one that contains a "password", "token" or "secret" key fails.
// Member defaults are the plan file's defaults, so a Plan built in code needs only what a person types.
class Plan
{
    Q_DECLARE_TR_FUNCTIONS(Plan)
public:
    struct Scm
    {
        QString baseUrl;     // https://cert-manager.com (http only for 127.0.0.1 / localhost)
        QString customerUri; // e.g. "example"
        QString login;       // the admin the wizard runs as (MRAO, or RAO with org rights)
        QString dialect = QStringLiteral("current"); // current | legacy
    };

    struct Validation
    {
        QString level = QStringLiteral("OV_SMIME");
        QString legalName;              // <= 64; empty: the organisation's name is meant
        QString organizationIdentifier; // <= 128
    };

    struct Organization
    {
        QString name;          // <= 128, required
        QString address1;      // <= 128, required
        QString city;          // <= 32; city or stateProvince required
        QString stateProvince; // <= 32
        QString postalCode;    // <= 10
        QString country;       // ISO 3166-1 alpha-2
        QString department;    // empty: none; required when operator.role is DRAO_SMIME
        Validation validation;
    };

    struct Domain
    {
        QString name;                          // as written in the plan: may be an IDN (e.g. "bücher.ch")
        QString dcv = QStringLiteral("CNAME"); // CNAME | TXT | HTTP | HTTPS | EMAIL
        // With dcv EMAIL: the address Sectigo's validation mail goes to; it must be one of those SCM
        // offers (the engine checks, and never picks one by itself).
        QString dcvEmail;

        // The name SCM gets: lower case, IDN converted to punycode ("xn--bcher-kva.ch").
        QString asciiName() const;
    };

    struct Operator
    {
        QString login;
        QString email;
        QString forename;
        QString surname;
        QString role = QStringLiteral("RAO_SMIME"); // RAO_SMIME | DRAO_SMIME
        QStringList privileges{QStringLiteral("clientCertRequest")};
    };

    struct Certificate
    {
        QString profile; // the S/MIME profile's name in SCM
        int term = 365;  // days
    };

    struct GatewayApi
    {
        QString url; // https://gateway.example.ch:8445/v1
        QString customer = QStringLiteral("[default]");
        bool createMissingManagedDomains = false;
        QString forwardingHost; // used only when creating a managed domain; empty: none
        int forwardingPort = 0; // 0: none
    };

    struct Gateway
    {
        int renewalDays = 30;
        QString fullNameRegex = QStringLiteral("(?<GN>.+) (?<SN>.+)");
        std::optional<GatewayApi> api; // without it, connector does not contact a gateway
    };

    Scm scm;
    Organization organization;
    QList<Domain> domains;
    Operator operatorAdmin; // the plan file's "operator" ("operator" is a C++ keyword)
    Certificate certificate;
    Gateway gateway;

    // Reads a plan file. False with a translated *error (naming the file, and the line and column
    // of a JSON syntax error) when it cannot be read, is empty, larger than 1 MiB, not JSON or nested
    // too deeply, has a key of the wrong type, or holds a secret (a secret's key, or a user name,
    // password, query or fragment in an address; the secret itself is never repeated). Values are not
    // checked here: call validate(). *warnings (when given) gets a translated line for each key the
    // plan file does not know (e.g. "API" for "api"), naming the key and where it is.
    static bool load(const QString &path, Plan *plan, QString *error, QStringList *warnings = nullptr);
    // The same from bytes / an object already parsed. `origin` names the source in messages.
    static bool fromJson(const QByteArray &json, Plan *plan, QString *error,
                         const QString &origin = QString(), QStringList *warnings = nullptr);
    static bool fromJsonObject(const QJsonObject &json, Plan *plan, QString *error,
                               QStringList *warnings = nullptr);

    // The plan file's JSON; fromJsonObject(toJson()) gives back an equal plan.
    QJsonObject toJson() const;
    // SHA-256 (hex) of the canonical (compact, sorted keys) toJson(): the state compares it to
    // notice that the plan changed between runs.
    QString fingerprint() const;

    // Every problem, in field order; empty when the plan can be run. Same rules as PlanValidator.
    QList<PlanIssue> validate() const;
    // Only the problems in these sections (what the steps of a run read).
    QList<PlanIssue> validate(const QList<PlanSection> &sections) const;

    bool operator==(const Plan &other) const;
    bool operator!=(const Plan &other) const { return !(*this == other); }
};
