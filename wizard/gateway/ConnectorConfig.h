#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

// What the SEPPmail gateway's MPKI → Sectigo page needs, assembled by the engine's `connector` step
// from the plan and what SCM answered. The operator's password is the only secret in it: it never
// appears in plainJson() (the engine stores that in its state; the password lives in the
// SecretStore under SecretStore::key(host, customerUri, login, "operator-current")).
struct ConnectorConfig
{
    Q_DECLARE_TR_FUNCTIONS(ConnectorConfig)

public:
    static QString defaultScmBaseUrl() { return QStringLiteral("https://cert-manager.com"); }
    static QString defaultFullNameRegex() { return QStringLiteral("(?<GN>.+) (?<SN>.+)"); }
    // The procedure recommends an overlap of at least 30 days.
    static constexpr int minimumRenewalDays = 30;

    QString provider = QStringLiteral("SECTIGO");
    QString scmBaseUrl = defaultScmBaseUrl(); // e.g. https://cert-manager.com (no /api)
    QString customerUri;
    QString login;    // the operator admin the gateway logs in as
    QString password; // the operator's current password: secret, never in plainJson()
    qint64 organizationId = 0;
    QString organizationName;
    qint64 profileId = 0; // SCM S/MIME certificate type id
    QString profileName;
    int term = 0; // days
    QString fullNameRegex = defaultFullNameRegex();
    int renewalDays = minimumRenewalDays;
    QStringList managedDomains; // the e-mail domains to tick under "MPKI managed domains"
    QDate passwordExpires;      // the operator password's expiry date (invalid: unknown)
    QDateTime createdAt;        // when this was assembled (UTC)
    QString plan;               // the plan it was made from (path as given)

    // Every field except the password, with the connector file's field names (docs/connector-file.md):
    // provider, scmBaseUrl, customerUri, login, organizationId, organizationName, profileId,
    // profileName, term, fullNameRegex, renewalDays, managedDomains, passwordExpires (yyyy-MM-dd),
    // createdAt (ISO 8601 UTC), plan. Empty/unknown optional values are left out.
    QJsonObject plainJson() const;
    // The inverse of plainJson() (ignores a "password" member and unknown members); nullopt with a
    // translated reason in *error when a required field is missing or has the wrong type.
    static std::optional<ConnectorConfig> fromPlainJson(const QJsonObject &json, QString *error);

    // Problems that make the values unusable on the gateway (empty customer URI, renewal < 30, ...).
    QStringList problems() const;
    // Things the user should know but that do not stop anything: e.g. SEPPmail's Sectigo form has
    // no host field, so with an SCM other than https://cert-manager.com the gateway may not reach it.
    QStringList warnings() const;
    // The SCM host part of scmBaseUrl (for SecretStore::key).
    QString scmHost() const;

    bool operator==(const ConnectorConfig &other) const;
    bool operator!=(const ConnectorConfig &other) const { return !(*this == other); }
};
