#include "ConnectorConfig.h"

#include <QJsonArray>
#include <QUrl>

namespace {
const QString kProvider = QStringLiteral("provider");
const QString kScmBaseUrl = QStringLiteral("scmBaseUrl");
const QString kCustomerUri = QStringLiteral("customerUri");
const QString kLogin = QStringLiteral("login");
const QString kOrganizationId = QStringLiteral("organizationId");
const QString kOrganizationName = QStringLiteral("organizationName");
const QString kProfileId = QStringLiteral("profileId");
const QString kProfileName = QStringLiteral("profileName");
const QString kTerm = QStringLiteral("term");
const QString kFullNameRegex = QStringLiteral("fullNameRegex");
const QString kRenewalDays = QStringLiteral("renewalDays");
const QString kManagedDomains = QStringLiteral("managedDomains");
const QString kPasswordExpires = QStringLiteral("passwordExpires");
const QString kCreatedAt = QStringLiteral("createdAt");
const QString kPlan = QStringLiteral("plan");

// Reads one member, recording the first type mismatch in *error.
class Reader
{
public:
    Reader(const QJsonObject &json, QString *error)
        : m_json(json)
        , m_error(error)
    {}

    QString string(const QString &key, bool required, const QString &fallback = QString())
    {
        const QJsonValue value = m_json.value(key);
        if (value.isUndefined() || value.isNull()) {
            if (required)
                fail(ConnectorConfig::tr("The connector values lack \"%1\".").arg(key));
            return fallback;
        }
        if (!value.isString()) {
            fail(ConnectorConfig::tr("\"%1\" in the connector values is not a string.").arg(key));
            return fallback;
        }
        return value.toString();
    }

    qint64 integer(const QString &key, bool required, qint64 fallback = 0)
    {
        const QJsonValue value = m_json.value(key);
        if (value.isUndefined() || value.isNull()) {
            if (required)
                fail(ConnectorConfig::tr("The connector values lack \"%1\".").arg(key));
            return fallback;
        }
        const double number = value.toDouble();
        if (!value.isDouble() || number != static_cast<double>(value.toInteger())) {
            fail(ConnectorConfig::tr("\"%1\" in the connector values is not a whole number.").arg(key));
            return fallback;
        }
        return value.toInteger();
    }

    QStringList strings(const QString &key)
    {
        const QJsonValue value = m_json.value(key);
        if (value.isUndefined() || value.isNull())
            return {};
        QStringList result;
        const QJsonArray array = value.toArray();
        if (!value.isArray())
            fail(ConnectorConfig::tr("\"%1\" in the connector values is not a list.").arg(key));
        for (const QJsonValue &item : array) {
            if (!item.isString()) {
                fail(ConnectorConfig::tr("\"%1\" in the connector values holds something other than names.")
                         .arg(key));
                return {};
            }
            result << item.toString();
        }
        return result;
    }

    void fail(const QString &message)
    {
        if (m_failed)
            return;
        m_failed = true;
        if (m_error)
            *m_error = message;
    }
    bool failed() const { return m_failed; }

private:
    const QJsonObject &m_json;
    QString *m_error;
    bool m_failed = false;
};
} // namespace

QJsonObject ConnectorConfig::plainJson() const
{
    QJsonObject json;
    json.insert(kProvider, provider);
    json.insert(kScmBaseUrl, scmBaseUrl);
    json.insert(kCustomerUri, customerUri);
    json.insert(kLogin, login);
    json.insert(kOrganizationId, organizationId);
    if (!organizationName.isEmpty())
        json.insert(kOrganizationName, organizationName);
    json.insert(kProfileId, profileId);
    if (!profileName.isEmpty())
        json.insert(kProfileName, profileName);
    json.insert(kTerm, term);
    json.insert(kFullNameRegex, fullNameRegex);
    json.insert(kRenewalDays, renewalDays);
    json.insert(kManagedDomains, QJsonArray::fromStringList(managedDomains));
    if (passwordExpires.isValid())
        json.insert(kPasswordExpires, passwordExpires.toString(Qt::ISODate));
    if (createdAt.isValid())
        json.insert(kCreatedAt, createdAt.toUTC().toString(Qt::ISODate));
    if (!plan.isEmpty())
        json.insert(kPlan, plan);
    return json;
}

std::optional<ConnectorConfig> ConnectorConfig::fromPlainJson(const QJsonObject &json, QString *error)
{
    Reader reader(json, error);
    ConnectorConfig config;
    config.provider = reader.string(kProvider, true);
    config.scmBaseUrl = reader.string(kScmBaseUrl, false, defaultScmBaseUrl());
    config.customerUri = reader.string(kCustomerUri, true);
    config.login = reader.string(kLogin, true);
    config.organizationId = reader.integer(kOrganizationId, true);
    config.organizationName = reader.string(kOrganizationName, false);
    config.profileId = reader.integer(kProfileId, true);
    config.profileName = reader.string(kProfileName, false);
    config.term = static_cast<int>(reader.integer(kTerm, true));
    config.fullNameRegex = reader.string(kFullNameRegex, false, defaultFullNameRegex());
    config.renewalDays = static_cast<int>(reader.integer(kRenewalDays, false, minimumRenewalDays));
    config.managedDomains = reader.strings(kManagedDomains);
    const QString expires = reader.string(kPasswordExpires, false);
    if (!expires.isEmpty()) {
        config.passwordExpires = QDate::fromString(expires, Qt::ISODate);
        if (!config.passwordExpires.isValid())
            reader.fail(
                tr("\"%1\" in the connector values is not a date (yyyy-MM-dd).").arg(kPasswordExpires));
    }
    const QString created = reader.string(kCreatedAt, false);
    if (!created.isEmpty()) {
        config.createdAt = QDateTime::fromString(created, Qt::ISODate);
        if (!config.createdAt.isValid())
            reader.fail(tr("\"%1\" in the connector values is not a date and time.").arg(kCreatedAt));
        config.createdAt = config.createdAt.toUTC();
    }
    config.plan = reader.string(kPlan, false);
    if (!reader.failed() && config.provider != QLatin1String("SECTIGO"))
        reader.fail(tr("The connector values are for the provider \"%1\"; this version knows only SECTIGO.")
                        .arg(config.provider));
    if (reader.failed())
        return std::nullopt;
    return config;
}

QStringList ConnectorConfig::problems() const
{
    QStringList result;
    if (customerUri.isEmpty())
        result << tr("The customer URI is empty.");
    if (login.isEmpty())
        result << tr("The operator's login is empty.");
    if (organizationId <= 0)
        result << tr("The organisation id is not known yet: run the organization step first.");
    if (profileId <= 0 || term <= 0)
        result << tr("The S/MIME certificate type and term are not known yet: run the verify step first.");
    if (renewalDays < minimumRenewalDays)
        result << tr("The renewal overlap is %1 days; use at least %2 days.")
                      .arg(QString::number(renewalDays), QString::number(minimumRenewalDays));
    if (managedDomains.isEmpty())
        result << tr("No e-mail domain to tick under \"MPKI managed domains\".");
    return result;
}

QStringList ConnectorConfig::warnings() const
{
    QStringList result;
    const QUrl url(scmBaseUrl);
    const QUrl standard(defaultScmBaseUrl());
    if (url.scheme() != standard.scheme() || url.host().compare(standard.host(), Qt::CaseInsensitive) != 0 ||
        (url.port(443) != 443) || (!url.path().isEmpty() && url.path() != QLatin1String("/")))
        result
            << tr("The SCM instance is %1, not %2. SEPPmail's Sectigo form has no host field, so the gateway "
                  "may not reach that instance; ask Sectigo or SEPPmail support before relying on it.")
                   .arg(scmBaseUrl, defaultScmBaseUrl());
    if (passwordExpires.isValid())
        result
            << tr("The operator's password expires on %1: change it in SCM and on the gateway before then, "
                  "or certificate issuance stops.")
                   .arg(passwordExpires.toString(Qt::ISODate));
    return result;
}

QString ConnectorConfig::scmHost() const
{
    return QUrl(scmBaseUrl).host();
}

bool ConnectorConfig::operator==(const ConnectorConfig &other) const
{
    return provider == other.provider && scmBaseUrl == other.scmBaseUrl && customerUri == other.customerUri &&
           login == other.login && password == other.password && organizationId == other.organizationId &&
           organizationName == other.organizationName && profileId == other.profileId &&
           profileName == other.profileName && term == other.term && fullNameRegex == other.fullNameRegex &&
           renewalDays == other.renewalDays && managedDomains == other.managedDomains &&
           passwordExpires == other.passwordExpires && createdAt == other.createdAt && plan == other.plan;
}
