#include "SimulatorState.h"

#include "AdminPassword.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace {
const int stateFormat = 1;

QJsonArray toArray(const QMap<qint64, QJsonObject> &records)
{
    QJsonArray array;
    for (const QJsonObject &record : records)
        array.append(record);
    return array;
}

QMap<qint64, QJsonObject> fromArray(const QJsonArray &array)
{
    QMap<qint64, QJsonObject> records;
    for (const QJsonValue &value : array) {
        const QJsonObject record = value.toObject();
        records.insert(record.value(QStringLiteral("id")).toInteger(), record);
    }
    return records;
}

QJsonObject smimeProfile(qint64 id, const QString &name, const QString &description, const QJsonArray &terms)
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("description"), description},
        {QStringLiteral("terms"), terms},
        {QStringLiteral("keyTypes"),
         QJsonObject{{QStringLiteral("RSA"),
                      QJsonArray{QStringLiteral("2048"), QStringLiteral("3072"), QStringLiteral("4096")}},
                     {QStringLiteral("EC"), QJsonArray{QStringLiteral("P-256"), QStringLiteral("P-384")}}}},
        {QStringLiteral("useSecondaryOrgName"), false},
    };
}

QJsonObject customField(qint64 id, const QString &name, const QString &certType, const QJsonObject &input,
                        const QJsonArray &mandatories)
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("certType"), certType},
        {QStringLiteral("state"), QStringLiteral("ACTIVE")},
        {QStringLiteral("input"), input},
        {QStringLiteral("mandatories"), mandatories},
    };
}
} // namespace

SimulatorState SimulatorState::newAccount(const QString &customerUri, const QString &login,
                                          const QString &password, const QDateTime &now)
{
    SimulatorState state;
    state.customerUri = customerUri;
    state.demoLogin = login;
    state.demoPassword = password;

    const qint64 backendId = state.allocateId();
    state.caBackends.insert(backendId,
                            QJsonObject{{QStringLiteral("id"), backendId},
                                        {QStringLiteral("name"), QStringLiteral("Sectigo Public CA")},
                                        {QStringLiteral("type"), QStringLiteral("SASP")},
                                        {QStringLiteral("public"), true}});

    state.smimeTypes = {
        smimeProfile(state.allocateId(), QStringLiteral("Sectigo Persona Validated Certificate"),
                     QStringLiteral("Sponsor-validated S/MIME certificate: e-mail address, organisation and "
                                    "the person's name (OV S/MIME)"),
                     QJsonArray{365, 730, 1095}),
        smimeProfile(state.allocateId(), QStringLiteral("Sectigo Mailbox Validated Certificate"),
                     QStringLiteral("Mailbox-validated S/MIME certificate: e-mail address only"),
                     QJsonArray{365, 730}),
        smimeProfile(state.allocateId(), QStringLiteral("Sectigo Organization Validated Certificate"),
                     QStringLiteral("Organisation-validated S/MIME certificate for role mailboxes"),
                     QJsonArray{365, 730, 1095}),
    };

    state.customFields = {
        customField(state.allocateId(), QStringLiteral("Employee ID"), QStringLiteral("SMIME"),
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("TEXT_SINGLE_LINE")}},
                    QJsonArray{QStringLiteral("WEB_FORM")}),
        customField(state.allocateId(), QStringLiteral("Cost Center"), QStringLiteral("SMIME"),
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("TEXT_OPTION")},
                                {QStringLiteral("options"),
                                 QJsonArray{QStringLiteral("IT"), QStringLiteral("Sales")}}},
                    QJsonArray{}),
        customField(state.allocateId(), QStringLiteral("Server Owner"), QStringLiteral("SSL"),
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("EMAIL")}},
                    QJsonArray{QStringLiteral("REST_API"), QStringLiteral("WEB_FORM")}),
    };

    const qint64 adminId = state.allocateId();
    QJsonObject admin{
        {QStringLiteral("id"), adminId},
        {QStringLiteral("type"), QStringLiteral("STANDARD")},
        {QStringLiteral("status"), QStringLiteral("ACTIVE")},
        {QStringLiteral("login"), login},
        {QStringLiteral("forename"), QStringLiteral("Master")},
        {QStringLiteral("surname"), QStringLiteral("Administrator")},
        {QStringLiteral("email"), QStringLiteral("mrao@%1.example").arg(customerUri.toLower())},
        {QStringLiteral("created"), now.date().toString(Qt::ISODate)},
        {QStringLiteral("modified"), now.date().toString(Qt::ISODate)},
        {QStringLiteral("credentials"),
         QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("MRAO")}}}},
        {QStringLiteral("privileges"), QJsonArray{}},
        {QStringLiteral("failedAttempts"), 0},
        {QStringLiteral("activeState"), QStringLiteral("ACTIVE")},
        {QStringLiteral("activeStatus"), QStringLiteral("ACTIVE")},
    };
    AdminPassword::set(admin, password, now, /*temporary=*/false);
    state.admins.insert(adminId, admin);
    return state;
}

QJsonObject SimulatorState::toJson() const
{
    QJsonArray dcvArray;
    for (const QJsonObject &record : dcv)
        dcvArray.append(record);
    QJsonArray smime, fields;
    for (const QJsonObject &record : smimeTypes)
        smime.append(record);
    for (const QJsonObject &record : customFields)
        fields.append(record);
    return QJsonObject{
        {QStringLiteral("format"), stateFormat},
        {QStringLiteral("customerUri"), customerUri},
        {QStringLiteral("demo"),
         QJsonObject{{QStringLiteral("login"), demoLogin}, {QStringLiteral("password"), demoPassword}}},
        {QStringLiteral("nextId"), nextId},
        {QStringLiteral("organizations"), toArray(organizations)},
        {QStringLiteral("validations"), toArray(validations)},
        {QStringLiteral("caBackends"), toArray(caBackends)},
        {QStringLiteral("domains"), toArray(domains)},
        {QStringLiteral("dcv"), dcvArray},
        {QStringLiteral("admins"), toArray(admins)},
        {QStringLiteral("smimeTypes"), smime},
        {QStringLiteral("customFields"), fields},
    };
}

bool SimulatorState::fromJson(const QJsonObject &json, SimulatorState *state, QString *error)
{
    if (json.value(QStringLiteral("format")).toInt() != stateFormat) {
        *error = QStringLiteral("unknown state format %1 (expected %2)")
                     .arg(QString::number(json.value(QStringLiteral("format")).toInt()),
                          QString::number(stateFormat));
        return false;
    }
    SimulatorState loaded;
    loaded.customerUri = json.value(QStringLiteral("customerUri")).toString();
    const QJsonObject demo = json.value(QStringLiteral("demo")).toObject();
    loaded.demoLogin = demo.value(QStringLiteral("login")).toString();
    loaded.demoPassword = demo.value(QStringLiteral("password")).toString();
    loaded.nextId = json.value(QStringLiteral("nextId")).toInteger(1001);
    loaded.organizations = fromArray(json.value(QStringLiteral("organizations")).toArray());
    loaded.validations = fromArray(json.value(QStringLiteral("validations")).toArray());
    loaded.caBackends = fromArray(json.value(QStringLiteral("caBackends")).toArray());
    loaded.domains = fromArray(json.value(QStringLiteral("domains")).toArray());
    // Older state files stored a delegation without request privileges as []; the simulator now
    // stores what SCM would (README, "Delegation privileges").
    for (QJsonObject &domain : loaded.domains) {
        QJsonArray delegations = domain.value(QStringLiteral("delegations")).toArray();
        for (int i = 0; i < delegations.size(); ++i) {
            QJsonObject delegation = delegations.at(i).toObject();
            if (!delegation.value(QStringLiteral("domainCertificateRequestPrivileges")).toArray().isEmpty())
                continue;
            delegation.insert(QStringLiteral("domainCertificateRequestPrivileges"),
                              QJsonArray{QStringLiteral("DOMAIN"), QStringLiteral("SUBDOMAIN")});
            delegations.replace(i, delegation);
        }
        domain.insert(QStringLiteral("delegations"), delegations);
    }
    loaded.admins = fromArray(json.value(QStringLiteral("admins")).toArray());
    // State files written before `reseted` took Sectigo's shape hold it as a boolean.
    for (QJsonObject &admin : loaded.admins) {
        const QJsonValue reseted = admin.value(QStringLiteral("reseted"));
        if (!reseted.isBool())
            continue;
        admin.insert(QStringLiteral("_temporaryPassword"), reseted.toBool());
        if (reseted.toBool())
            admin.insert(QStringLiteral("reseted"), admin.value(QStringLiteral("lastPasswordChange")));
        else
            admin.remove(QStringLiteral("reseted"));
    }
    for (const QJsonValue &value : json.value(QStringLiteral("dcv")).toArray()) {
        const QJsonObject record = value.toObject();
        loaded.dcv.insert(record.value(QStringLiteral("domain")).toString().toLower(), record);
    }
    for (const QJsonValue &value : json.value(QStringLiteral("smimeTypes")).toArray())
        loaded.smimeTypes.append(value.toObject());
    for (const QJsonValue &value : json.value(QStringLiteral("customFields")).toArray())
        loaded.customFields.append(value.toObject());
    if (loaded.customerUri.isEmpty() || loaded.admins.isEmpty()) {
        *error = QStringLiteral("the state has no customer URI or no admin");
        return false;
    }
    *state = loaded;
    return true;
}

bool SimulatorState::save(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    // The file holds the demo admin's password: only its owner may read it.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

bool SimulatorState::load(const QString &path, SimulatorState *state, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        // Valid JSON of another shape (a list) has no parse error to report.
        *error = parseError.error != QJsonParseError::NoError
                     ? parseError.errorString()
                     : QStringLiteral("the file is JSON, but not an object {...}");
        return false;
    }
    return fromJson(document.object(), state, error);
}

qint64 SimulatorState::adminIdByLogin(const QString &login) const
{
    for (auto it = admins.cbegin(); it != admins.cend(); ++it) {
        if (it->value(QStringLiteral("login")).toString() == login)
            return it.key();
    }
    return 0;
}

qint64 SimulatorState::topLevelOrganizationByName(const QString &name) const
{
    for (auto it = organizations.cbegin(); it != organizations.cend(); ++it) {
        if (!it->contains(QStringLiteral("parentId")) &&
            it->value(QStringLiteral("name")).toString().compare(name, Qt::CaseInsensitive) == 0)
            return it.key();
    }
    return 0;
}

QJsonObject SimulatorState::publicView(const QJsonObject &record)
{
    QJsonObject view = record;
    for (const QString &key : record.keys()) {
        if (key.startsWith(QLatin1Char('_')))
            view.remove(key);
    }
    return view;
}
