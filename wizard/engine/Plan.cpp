#include "Plan.h"
#include "PlanValidator.h"

#include "VisibleText.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QUrl>

#include <algorithm>

namespace {
// A plan is a page of JSON; anything much larger is not one (or is /dev/zero), and is not read whole.
constexpr qint64 maxPlanBytes = 1024 * 1024;

// The keys a plan file may hold, by the path of the object that holds them ("" for the top level,
// "domains[]" for a domain). A key not listed is reported (a misspelled "API" would otherwise leave
// the gateway unconfigured without a word) but does not stop the plan, so a plan written for a newer
// version still runs.
const QHash<QString, QStringList> &knownKeys()
{
    static const QHash<QString, QStringList> keys{
        {QString(),
         {QStringLiteral("scm"), QStringLiteral("organization"), QStringLiteral("domains"),
          QStringLiteral("operator"), QStringLiteral("certificate"), QStringLiteral("gateway")}},
        {QStringLiteral("scm"),
         {QStringLiteral("baseUrl"), QStringLiteral("customerUri"), QStringLiteral("login"),
          QStringLiteral("dialect")}},
        {QStringLiteral("organization"),
         {QStringLiteral("name"), QStringLiteral("address1"), QStringLiteral("city"),
          QStringLiteral("stateProvince"), QStringLiteral("postalCode"), QStringLiteral("country"),
          QStringLiteral("department"), QStringLiteral("validation")}},
        {QStringLiteral("organization.validation"),
         {QStringLiteral("level"), QStringLiteral("legalName"), QStringLiteral("organizationIdentifier")}},
        {QStringLiteral("domains[]"),
         {QStringLiteral("name"), QStringLiteral("dcv"), QStringLiteral("dcvEmail")}},
        {QStringLiteral("operator"),
         {QStringLiteral("login"), QStringLiteral("email"), QStringLiteral("forename"),
          QStringLiteral("surname"), QStringLiteral("role"), QStringLiteral("privileges")}},
        {QStringLiteral("certificate"), {QStringLiteral("profile"), QStringLiteral("term")}},
        {QStringLiteral("gateway"),
         {QStringLiteral("renewalDays"), QStringLiteral("fullNameRegex"), QStringLiteral("api")}},
        {QStringLiteral("gateway.api"),
         {QStringLiteral("url"), QStringLiteral("customer"), QStringLiteral("createMissingManagedDomains"),
          QStringLiteral("forwardingHost"), QStringLiteral("forwardingPort")}},
    };
    return keys;
}

// Edit distance, for "did you mean": small strings only (plan keys).
qsizetype editDistance(const QString &a, const QString &b)
{
    QList<qsizetype> previous(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = j;
    for (qsizetype i = 1; i <= a.size(); ++i) {
        QList<qsizetype> current(b.size() + 1);
        current[0] = i;
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const qsizetype substitution = previous[j - 1] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        previous = current;
    }
    return previous[b.size()];
}

// The known key a misspelled one probably meant: same letters in another case, or one or two typos.
QString likelyMeant(const QString &key, const QStringList &known)
{
    for (const QString &candidate : known) {
        if (candidate.compare(key, Qt::CaseInsensitive) == 0)
            return candidate;
    }
    QString best;
    qsizetype bestDistance = 3;
    for (const QString &candidate : known) {
        const qsizetype distance = editDistance(key.toLower(), candidate.toLower());
        if (distance < bestDistance && distance < candidate.size() / 2 + 1) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}

void collectUnknownKeys(const QJsonObject &object, const QString &path, const QString &schemaPath,
                        QStringList *warnings)
{
    const auto known = knownKeys().constFind(schemaPath);
    if (known == knownKeys().constEnd())
        return;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        const QString childPath = path.isEmpty() ? key : path + QLatin1Char('.') + key;
        const QString childSchema = schemaPath.isEmpty() ? key : schemaPath + QLatin1Char('.') + key;
        if (!known->contains(key)) {
            const QString meant = likelyMeant(key, *known);
            QString warning = Plan::tr("The plan has the key \"%1\" (at %2), which mpki-setup does not know: "
                                       "it is ignored.")
                                  .arg(VisibleText::escaped(key), VisibleText::escaped(childPath));
            if (!meant.isEmpty())
                warning += QLatin1Char(' ') + Plan::tr("Did you mean \"%1\"?").arg(meant);
            *warnings << warning;
            continue;
        }
        if (it.value().isObject()) {
            collectUnknownKeys(it.value().toObject(), childPath, childSchema, warnings);
        } else if (it.value().isArray()) {
            const QJsonArray array = it.value().toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                if (array.at(i).isObject())
                    collectUnknownKeys(array.at(i).toObject(), QStringLiteral("%1[%2]").arg(childPath).arg(i),
                                       childSchema + QStringLiteral("[]"), warnings);
            }
        }
    }
}

// A user name, password, query or fragment in a service address: a secret by another name.
QString findSecretInAddress(const QJsonObject &json)
{
    const QList<QPair<QString, QJsonValue>> addresses{
        {QStringLiteral("scm.baseUrl"),
         json.value(QStringLiteral("scm")).toObject().value(QStringLiteral("baseUrl"))},
        {QStringLiteral("gateway.api.url"), json.value(QStringLiteral("gateway"))
                                                .toObject()
                                                .value(QStringLiteral("api"))
                                                .toObject()
                                                .value(QStringLiteral("url"))}};
    for (const auto &[path, value] : addresses) {
        if (!value.isString())
            continue;
        const QString problem = PlanValidator::addressSecretProblem(value.toString());
        if (!problem.isEmpty())
            return Plan::tr("The plan may hold a secret in %1: %2. A plan never does: write only the address "
                            "there (like https://cert-manager.com) and give passwords and tokens through the "
                            "keychain, an environment variable (MPKI_SCM_PASSWORD, MPKI_GATEWAY_TOKEN, "
                            "MPKI_GATEWAY_SECRET) or a --*-file option.")
                .arg(path, problem);
    }
    return QString();
}

// Keys that would carry a secret: a plan must never hold one (it is shared, mailed, committed).
bool isSecretKey(const QString &key)
{
    const QString lower = key.toLower();
    return lower.contains(QLatin1String("password")) || lower.contains(QLatin1String("token")) ||
           lower.contains(QLatin1String("secret")) || lower.contains(QLatin1String("passphrase"));
}

QString findSecretKey(const QJsonValue &value, const QString &path)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString childPath = path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key();
            if (isSecretKey(it.key()))
                return childPath;
            const QString inner = findSecretKey(it.value(), childPath);
            if (!inner.isEmpty())
                return inner;
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString inner =
                findSecretKey(array.at(i), QStringLiteral("%1[%2]").arg(path, QString::number(i)));
            if (!inner.isEmpty())
                return inner;
        }
    }
    return QString();
}

// Reads typed members of the plan's objects, remembering the first key of a wrong type.
class PlanReader
{
public:
    QString error;

    bool failed() const { return !error.isEmpty(); }

    QJsonObject object(const QJsonObject &parent, const QString &key, const QString &path)
    {
        const QJsonValue value = parent.value(key);
        if (value.isUndefined() || value.isNull())
            return QJsonObject();
        if (!value.isObject()) {
            wrongType(path, Plan::tr("an object ({...})"));
            return QJsonObject();
        }
        return value.toObject();
    }

    void string(const QJsonObject &parent, const QString &key, const QString &path, QString *target)
    {
        const QJsonValue value = parent.value(key);
        if (value.isUndefined())
            return;
        if (value.isNull()) {
            target->clear();
            return;
        }
        if (!value.isString()) {
            wrongType(path, Plan::tr("a text in quotes"));
            return;
        }
        *target = value.toString();
    }

    void integer(const QJsonObject &parent, const QString &key, const QString &path, int *target)
    {
        const QJsonValue value = parent.value(key);
        if (value.isUndefined() || value.isNull())
            return;
        const double number = value.toDouble();
        if (!value.isDouble() || number != double(qint64(number)) || number > 1e9 || number < -1e9) {
            wrongType(path, Plan::tr("a whole number"));
            return;
        }
        *target = int(number);
    }

    void boolean(const QJsonObject &parent, const QString &key, const QString &path, bool *target)
    {
        const QJsonValue value = parent.value(key);
        if (value.isUndefined() || value.isNull())
            return;
        if (!value.isBool()) {
            wrongType(path, Plan::tr("true or false"));
            return;
        }
        *target = value.toBool();
    }

    void stringList(const QJsonObject &parent, const QString &key, const QString &path, QStringList *target)
    {
        const QJsonValue value = parent.value(key);
        if (value.isUndefined() || value.isNull())
            return;
        if (!value.isArray()) {
            wrongType(path, Plan::tr("a list of texts ([\"...\", ...])"));
            return;
        }
        QStringList list;
        for (const QJsonValue &item : value.toArray()) {
            if (!item.isString()) {
                wrongType(path, Plan::tr("a list of texts ([\"...\", ...])"));
                return;
            }
            list << item.toString();
        }
        *target = list;
    }

    void wrongType(const QString &path, const QString &expected)
    {
        if (error.isEmpty())
            error = Plan::tr("The plan's \"%1\" must be %2.").arg(VisibleText::escaped(path), expected);
    }
};

QJsonValue stringOrNull(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}
} // namespace

QString Plan::Domain::asciiName() const
{
    const QString trimmed = name.trimmed();
    const QByteArray ace = QUrl::toAce(trimmed);
    return ace.isEmpty() ? trimmed.toLower() : QString::fromLatin1(ace).toLower();
}

bool Plan::load(const QString &path, Plan *plan, QString *error, QStringList *warnings)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read the plan %1: %2.").arg(path, file.errorString());
        return false;
    }
    // Read one byte past the limit: a device without a size (a pipe, /dev/zero) is not read whole.
    const QByteArray content = file.read(maxPlanBytes + 1);
    if (content.size() > maxPlanBytes) {
        if (error)
            *error = tr("The plan %1 is larger than %2 KiB; a plan file is a page of JSON.")
                         .arg(path, QString::number(maxPlanBytes / 1024));
        return false;
    }
    if (file.error() != QFileDevice::NoError) {
        if (error)
            *error = tr("Cannot read the plan %1: %2.").arg(path, file.errorString());
        return false;
    }
    return fromJson(content, plan, error, path, warnings);
}

bool Plan::fromJson(const QByteArray &json, Plan *plan, QString *error, const QString &origin,
                    QStringList *warnings)
{
    const QString name = origin.isEmpty() ? tr("(plan)") : origin;
    if (json.trimmed().isEmpty()) {
        if (error)
            *error = tr("The plan %1 is empty: it must be a JSON object ({...}) like "
                        "resources/examples/demo-plan.json.")
                         .arg(name);
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error == QJsonParseError::DeepNesting) {
        // Qt stops at 1024 levels (no stack overflow); a plan has four.
        if (error)
            *error = tr("The plan %1 is nested too deeply (more than 1024 levels of [ and {); a plan has a "
                        "few levels only.")
                         .arg(name);
        return false;
    }
    if (parseError.error != QJsonParseError::NoError) {
        const int offset = parseError.offset;
        const QByteArray before = json.left(offset);
        const int line = int(before.count('\n')) + 1;
        const int column = offset - int(before.lastIndexOf('\n'));
        if (error)
            *error = tr("The plan %1 is not valid JSON: %2 at line %3, column %4 (offset %5).")
                         .arg(name, parseError.errorString(), QString::number(line), QString::number(column),
                              QString::number(offset));
        return false;
    }
    if (!document.isObject()) {
        if (error)
            *error = tr("The plan %1 must be a JSON object ({...}).").arg(name);
        return false;
    }
    QString objectError;
    if (!fromJsonObject(document.object(), plan, &objectError, warnings)) {
        if (error)
            *error = origin.isEmpty() ? objectError : tr("%1: %2").arg(origin, objectError);
        return false;
    }
    return true;
}

bool Plan::fromJsonObject(const QJsonObject &json, Plan *plan, QString *error, QStringList *warnings)
{
    const QString secretKey = findSecretKey(json, QString());
    if (!secretKey.isEmpty()) {
        if (error)
            *error =
                tr("The plan holds a secret (\"%1\"): a plan never does. Remove it and give the secret "
                   "through the keychain, an environment variable (MPKI_SCM_PASSWORD, MPKI_GATEWAY_TOKEN, "
                   "MPKI_GATEWAY_SECRET) or a --*-file option.")
                    .arg(VisibleText::escaped(secretKey));
        return false;
    }
    const QString secretAddress = findSecretInAddress(json);
    if (!secretAddress.isEmpty()) {
        if (error)
            *error = secretAddress;
        return false;
    }

    Plan result;
    PlanReader in;

    const QJsonObject scm = in.object(json, QStringLiteral("scm"), QStringLiteral("scm"));
    in.string(scm, QStringLiteral("baseUrl"), QStringLiteral("scm.baseUrl"), &result.scm.baseUrl);
    in.string(scm, QStringLiteral("customerUri"), QStringLiteral("scm.customerUri"), &result.scm.customerUri);
    in.string(scm, QStringLiteral("login"), QStringLiteral("scm.login"), &result.scm.login);
    in.string(scm, QStringLiteral("dialect"), QStringLiteral("scm.dialect"), &result.scm.dialect);

    const QJsonObject org = in.object(json, QStringLiteral("organization"), QStringLiteral("organization"));
    Organization &o = result.organization;
    in.string(org, QStringLiteral("name"), QStringLiteral("organization.name"), &o.name);
    in.string(org, QStringLiteral("address1"), QStringLiteral("organization.address1"), &o.address1);
    in.string(org, QStringLiteral("city"), QStringLiteral("organization.city"), &o.city);
    in.string(org, QStringLiteral("stateProvince"), QStringLiteral("organization.stateProvince"),
              &o.stateProvince);
    in.string(org, QStringLiteral("postalCode"), QStringLiteral("organization.postalCode"), &o.postalCode);
    in.string(org, QStringLiteral("country"), QStringLiteral("organization.country"), &o.country);
    in.string(org, QStringLiteral("department"), QStringLiteral("organization.department"), &o.department);
    const QJsonObject validation =
        in.object(org, QStringLiteral("validation"), QStringLiteral("organization.validation"));
    in.string(validation, QStringLiteral("level"), QStringLiteral("organization.validation.level"),
              &o.validation.level);
    in.string(validation, QStringLiteral("legalName"), QStringLiteral("organization.validation.legalName"),
              &o.validation.legalName);
    in.string(validation, QStringLiteral("organizationIdentifier"),
              QStringLiteral("organization.validation.organizationIdentifier"),
              &o.validation.organizationIdentifier);

    const QJsonValue domains = json.value(QStringLiteral("domains"));
    if (!domains.isUndefined() && !domains.isNull() && !domains.isArray())
        in.wrongType(QStringLiteral("domains"), tr("a list ([...])"));
    const QJsonArray domainArray = domains.toArray();
    for (qsizetype i = 0; i < domainArray.size(); ++i) {
        const QString path = QStringLiteral("domains[%1]").arg(i);
        const QJsonValue item = domainArray.at(i);
        Domain domain;
        if (item.isString()) {
            domain.name = item.toString();
        } else if (item.isObject()) {
            const QJsonObject d = item.toObject();
            in.string(d, QStringLiteral("name"), path + QStringLiteral(".name"), &domain.name);
            in.string(d, QStringLiteral("dcv"), path + QStringLiteral(".dcv"), &domain.dcv);
            in.string(d, QStringLiteral("dcvEmail"), path + QStringLiteral(".dcvEmail"), &domain.dcvEmail);
        } else {
            in.wrongType(path, tr("an object ({\"name\": ..., \"dcv\": ...}) or a domain name"));
        }
        result.domains << domain;
    }

    const QJsonObject op = in.object(json, QStringLiteral("operator"), QStringLiteral("operator"));
    Operator &a = result.operatorAdmin;
    in.string(op, QStringLiteral("login"), QStringLiteral("operator.login"), &a.login);
    in.string(op, QStringLiteral("email"), QStringLiteral("operator.email"), &a.email);
    in.string(op, QStringLiteral("forename"), QStringLiteral("operator.forename"), &a.forename);
    in.string(op, QStringLiteral("surname"), QStringLiteral("operator.surname"), &a.surname);
    in.string(op, QStringLiteral("role"), QStringLiteral("operator.role"), &a.role);
    in.stringList(op, QStringLiteral("privileges"), QStringLiteral("operator.privileges"), &a.privileges);

    const QJsonObject cert = in.object(json, QStringLiteral("certificate"), QStringLiteral("certificate"));
    in.string(cert, QStringLiteral("profile"), QStringLiteral("certificate.profile"),
              &result.certificate.profile);
    in.integer(cert, QStringLiteral("term"), QStringLiteral("certificate.term"), &result.certificate.term);

    const QJsonObject gw = in.object(json, QStringLiteral("gateway"), QStringLiteral("gateway"));
    in.integer(gw, QStringLiteral("renewalDays"), QStringLiteral("gateway.renewalDays"),
               &result.gateway.renewalDays);
    in.string(gw, QStringLiteral("fullNameRegex"), QStringLiteral("gateway.fullNameRegex"),
              &result.gateway.fullNameRegex);
    const QJsonValue apiValue = gw.value(QStringLiteral("api"));
    if (!apiValue.isUndefined() && !apiValue.isNull()) {
        const QJsonObject api = in.object(gw, QStringLiteral("api"), QStringLiteral("gateway.api"));
        GatewayApi g;
        in.string(api, QStringLiteral("url"), QStringLiteral("gateway.api.url"), &g.url);
        in.string(api, QStringLiteral("customer"), QStringLiteral("gateway.api.customer"), &g.customer);
        in.boolean(api, QStringLiteral("createMissingManagedDomains"),
                   QStringLiteral("gateway.api.createMissingManagedDomains"), &g.createMissingManagedDomains);
        in.string(api, QStringLiteral("forwardingHost"), QStringLiteral("gateway.api.forwardingHost"),
                  &g.forwardingHost);
        in.integer(api, QStringLiteral("forwardingPort"), QStringLiteral("gateway.api.forwardingPort"),
                   &g.forwardingPort);
        result.gateway.api = g;
    }

    if (in.failed()) {
        if (error)
            *error = in.error;
        return false;
    }
    if (warnings)
        collectUnknownKeys(json, QString(), QString(), warnings);
    *plan = result;
    return true;
}

QJsonObject Plan::toJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("scm"), QJsonObject{{QStringLiteral("baseUrl"), scm.baseUrl},
                                                   {QStringLiteral("customerUri"), scm.customerUri},
                                                   {QStringLiteral("login"), scm.login},
                                                   {QStringLiteral("dialect"), scm.dialect}});
    const Organization &o = organization;
    json.insert(QStringLiteral("organization"),
                QJsonObject{{QStringLiteral("name"), o.name},
                            {QStringLiteral("address1"), o.address1},
                            {QStringLiteral("city"), o.city},
                            {QStringLiteral("stateProvince"), o.stateProvince},
                            {QStringLiteral("postalCode"), o.postalCode},
                            {QStringLiteral("country"), o.country},
                            {QStringLiteral("department"), stringOrNull(o.department)},
                            {QStringLiteral("validation"),
                             QJsonObject{{QStringLiteral("level"), o.validation.level},
                                         {QStringLiteral("legalName"), o.validation.legalName},
                                         {QStringLiteral("organizationIdentifier"),
                                          o.validation.organizationIdentifier}}}});
    QJsonArray domainArray;
    for (const Domain &domain : domains) {
        QJsonObject item{{QStringLiteral("name"), domain.name}, {QStringLiteral("dcv"), domain.dcv}};
        if (!domain.dcvEmail.isEmpty())
            item.insert(QStringLiteral("dcvEmail"), domain.dcvEmail);
        domainArray.append(item);
    }
    json.insert(QStringLiteral("domains"), domainArray);
    const Operator &a = operatorAdmin;
    json.insert(QStringLiteral("operator"),
                QJsonObject{{QStringLiteral("login"), a.login},
                            {QStringLiteral("email"), a.email},
                            {QStringLiteral("forename"), a.forename},
                            {QStringLiteral("surname"), a.surname},
                            {QStringLiteral("role"), a.role},
                            {QStringLiteral("privileges"), QJsonArray::fromStringList(a.privileges)}});
    json.insert(QStringLiteral("certificate"), QJsonObject{{QStringLiteral("profile"), certificate.profile},
                                                           {QStringLiteral("term"), certificate.term}});
    QJsonObject gw{{QStringLiteral("renewalDays"), gateway.renewalDays},
                   {QStringLiteral("fullNameRegex"), gateway.fullNameRegex}};
    if (gateway.api) {
        QJsonObject api{
            {QStringLiteral("url"), gateway.api->url},
            {QStringLiteral("customer"), gateway.api->customer},
            {QStringLiteral("createMissingManagedDomains"), gateway.api->createMissingManagedDomains}};
        if (!gateway.api->forwardingHost.isEmpty())
            api.insert(QStringLiteral("forwardingHost"), gateway.api->forwardingHost);
        if (gateway.api->forwardingPort != 0)
            api.insert(QStringLiteral("forwardingPort"), gateway.api->forwardingPort);
        gw.insert(QStringLiteral("api"), api);
    }
    json.insert(QStringLiteral("gateway"), gw);
    return json;
}

QString Plan::fingerprint() const
{
    // QJsonObject keeps its keys sorted, so the compact form is canonical.
    const QByteArray canonical = QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
}

QList<PlanIssue> Plan::validate() const
{
    return PlanValidator::validate(*this);
}

QList<PlanIssue> Plan::validate(const QList<PlanSection> &sections) const
{
    QList<PlanIssue> issues;
    const QList<PlanIssue> all = validate();
    for (const PlanIssue &issue : all) {
        if (PlanSections::contains(sections, issue.field))
            issues << issue;
    }
    return issues;
}

namespace PlanSections {
QString key(PlanSection section)
{
    switch (section) {
    case PlanSection::Scm:
        return QStringLiteral("scm");
    case PlanSection::Organization:
        return QStringLiteral("organization");
    case PlanSection::Domains:
        return QStringLiteral("domains");
    case PlanSection::Operator:
        return QStringLiteral("operator");
    case PlanSection::Certificate:
        return QStringLiteral("certificate");
    case PlanSection::Gateway:
        return QStringLiteral("gateway");
    }
    return QString();
}

bool contains(const QList<PlanSection> &sections, const QString &fieldPath)
{
    for (PlanSection section : sections) {
        const QString prefix = key(section);
        if (fieldPath == prefix ||
            (fieldPath.startsWith(prefix) && (fieldPath.at(prefix.size()) == QLatin1Char('.') ||
                                              fieldPath.at(prefix.size()) == QLatin1Char('['))))
            return true;
    }
    return false;
}
} // namespace PlanSections

bool Plan::operator==(const Plan &other) const
{
    return toJson() == other.toJson();
}
