// Organisations, departments and their validations: organization/v1 and organization/v2/{id}/validations.
#include "ScmApi.h"

#include "Clock.h"
#include "JsonInput.h"
#include "ScmSimulator.h"
#include "SimulatorState.h"

#include <QJsonArray>

namespace {
const QStringList validationLevels = {QStringLiteral("OV_SSL"), QStringLiteral("OV_SMIME"),
                                      QStringLiteral("EV_SSL")};
// Fields whose change makes SCM look at the organisation again (DESIGN.md: editing details can
// trigger re-validation); a validated organisation goes back to PENDING when one changes.
const QStringList vettedFields = {QStringLiteral("name"),       QStringLiteral("address1"),
                                  QStringLiteral("address2"),   QStringLiteral("address3"),
                                  QStringLiteral("city"),       QStringLiteral("stateOrProvince"),
                                  QStringLiteral("postalCode"), QStringLiteral("country")};

// Reads the organisation fields of POST (create) and PUT (update) organization/v1 into `record`,
// with the limits of AddOrganizationRequest / UpdateOrganizationRequest.
void readOrganizationFields(const QJsonObject &body, QJsonObject &record, bool creating)
{
    using namespace JsonInput;
    const QString name = creating ? requiredString(body, QStringLiteral("name"), 128)
                                  : optionalString(body, QStringLiteral("name"), 128);
    if (!creating && name.isNull() == false && name.trimmed().isEmpty())
        failWith(400, -7, QStringLiteral("name is required but missing."));
    const QString address1 = creating ? requiredString(body, QStringLiteral("address1"), 128)
                                      : optionalString(body, QStringLiteral("address1"), 128);
    const QString city = optionalString(body, QStringLiteral("city"), 32);
    const QString stateProvince = optionalString(body, QStringLiteral("stateProvince"), 32);
    const QString country = JsonInput::country(body, QStringLiteral("country"), creating);
    struct Text
    {
        const char *key;
        int maxLength;
    };
    const Text texts[] = {{"address2", 128},      {"address3", 128},
                          {"postalCode", 10},     {"alternativeName", 1024},
                          {"alias", 1024},        {"schacHomeOrganization", 1024},
                          {"contactEmails", 512}, {"contactWebhook", 2048},
                          {"contactSlack", 2048}, {"contactTeams", 2048}};
    QJsonObject read;
    for (const Text &text : texts) {
        const QString value = optionalString(body, QString::fromLatin1(text.key), text.maxLength);
        if (!value.isNull())
            read.insert(QString::fromLatin1(text.key), value);
    }
    const QString contactEmails = read.value(QStringLiteral("contactEmails")).toString();
    if (!contactEmails.isEmpty()) {
        for (const QString &email : contactEmails.split(QLatin1Char(','))) {
            if (!isEmailAddress(email.trimmed()))
                invalidValue(QStringLiteral("contactEmails"),
                             QStringLiteral("'%1' is not an e-mail address.").arg(email.trimmed()));
        }
    }
    const std::optional<bool> ssl = optionalBool(body, QStringLiteral("sslCertsApiEnabled"));
    const std::optional<bool> client = optionalBool(body, QStringLiteral("clientCertsApiEnabled"));
    QJsonObject clientCertificate;
    if (creating) {
        const QJsonObject sent = requiredObject(body, QStringLiteral("clientCertificate"));
        for (const char *key : {"allowKeyRecoveryByMasterAdmins", "allowKeyRecoveryByOrgAdmins",
                                "allowKeyRecoveryByDepartmentAdmins"}) {
            const QString field = QString::fromLatin1(key);
            clientCertificate.insert(
                field,
                optionalBool(sent, field, QStringLiteral("clientCertificate.") + field).value_or(false));
        }
    }
    const QString newCity = city.isNull() ? record.value(QStringLiteral("city")).toString() : city;
    const QString newState =
        stateProvince.isNull() ? record.value(QStringLiteral("stateOrProvince")).toString() : stateProvince;
    if (newCity.trimmed().isEmpty() && newState.trimmed().isEmpty())
        failWith(
            400, -951,
            QStringLiteral("At least one of the following fields must be filled in: city, stateProvince."));

    // Everything is read and checked: now change the record.
    if (!name.isNull())
        record.insert(QStringLiteral("name"), name);
    if (!address1.isNull())
        record.insert(QStringLiteral("address1"), address1);
    if (!city.isNull())
        record.insert(QStringLiteral("city"), city);
    if (!stateProvince.isNull())
        record.insert(QStringLiteral("stateOrProvince"), stateProvince); // the answer's spelling
    if (!country.isNull())
        record.insert(QStringLiteral("country"), country);
    for (auto it = read.constBegin(); it != read.constEnd(); ++it) {
        const QString key =
            it.key() == QLatin1String("alternativeName") ? QStringLiteral("secondaryName") : it.key();
        record.insert(key, it.value());
    }
    if (ssl)
        record.insert(QStringLiteral("sslCertsApiEnabled"), *ssl);
    if (client)
        record.insert(QStringLiteral("clientCertsApiEnabled"), *client);
    if (creating)
        record.insert(QStringLiteral("clientCertificate"), clientCertificate);
}
} // namespace

QJsonArray ScmApi::departmentsOf(const Caller &caller, qint64 orgId) const
{
    QJsonArray departments;
    const QString parentName = m_state.organizations.value(orgId).value(QStringLiteral("name")).toString();
    for (auto it = m_state.organizations.cbegin(); it != m_state.organizations.cend(); ++it) {
        if (it->value(QStringLiteral("parentId")).toInteger() == orgId && manages(caller, it.key()))
            departments.append(QJsonObject{{QStringLiteral("id"), it.key()},
                                           {QStringLiteral("parentName"), parentName},
                                           {QStringLiteral("name"), it->value(QStringLiteral("name"))}});
    }
    return departments;
}

QJsonObject ScmApi::renderOrganization(const Caller &caller, const QJsonObject &organization) const
{
    QJsonObject view = SimulatorState::publicView(organization);
    const qint64 id = organization.value(QStringLiteral("id")).toInteger();
    if (organization.contains(QStringLiteral("parentId"))) {
        view.insert(QStringLiteral("departments"), QJsonArray());
    } else {
        view.insert(QStringLiteral("departments"), departmentsOf(caller, id));
        // Deprecated field (use the validations API): VALIDATED when a validation is.
        QString status = QStringLiteral("NOT_VALIDATED");
        for (const QJsonObject &validation : m_state.validations) {
            if (validation.value(QStringLiteral("_orgId")).toInteger() == id &&
                validation.value(QStringLiteral("status")).toString() == QLatin1String("VALIDATED"))
                status = QStringLiteral("VALIDATED");
        }
        view.insert(QStringLiteral("validationStatus"), status);
    }
    return view;
}

SimResponse ScmApi::listOrganizations(const Caller &caller)
{
    QJsonArray list;
    for (auto it = m_state.organizations.cbegin(); it != m_state.organizations.cend(); ++it) {
        if (it->contains(QStringLiteral("parentId")))
            continue;
        const QJsonArray departments = departmentsOf(caller, it.key());
        // A DRAO sees the parent of its department, with only its own department(s).
        if (!manages(caller, it.key()) && departments.isEmpty())
            continue;
        list.append(QJsonObject{{QStringLiteral("id"), it.key()},
                                {QStringLiteral("name"), it->value(QStringLiteral("name"))},
                                {QStringLiteral("certTypes"), it->value(QStringLiteral("certTypes"))},
                                {QStringLiteral("departments"), departments}});
    }
    return SimResponse::json(200, list);
}

SimResponse ScmApi::getOrganization(const Caller &caller, qint64 id)
{
    const QJsonObject &org = organization(id);
    if (!manages(caller, id) && departmentsOf(caller, id).isEmpty())
        requireManages(caller, id);
    return SimResponse::json(200, renderOrganization(caller, org));
}

SimResponse ScmApi::createOrganization(const Caller &caller, const SimRequest &request)
{
    const QJsonObject body = JsonInput::parseObject(request.body);
    const QString parentName = JsonInput::optionalString(body, QStringLiteral("parentOrgName"), 128);
    qint64 parentId = 0;
    if (!parentName.isEmpty()) {
        parentId = m_state.topLevelOrganizationByName(parentName);
        if (parentId == 0)
            failWith(400, -1023, QStringLiteral("Organization '%1' not found.").arg(parentName));
    }

    QJsonObject record;
    readOrganizationFields(body, record, /*creating=*/true);

    if (parentId == 0) {
        if (!caller.has(QStringLiteral("addOrganizationAndDepartments")))
            failWith(400, -3,
                     QStringLiteral("You are not authorized to perform organization creation "
                                    "(it needs the MRAO role or the privilege "
                                    "addOrganizationAndDepartments)."));
        if (m_state.topLevelOrganizationByName(record.value(QStringLiteral("name")).toString()))
            failWith(400, -1024,
                     QStringLiteral("An organization named '%1' already exists.")
                         .arg(record.value(QStringLiteral("name")).toString()));
    } else {
        if (!caller.has(QStringLiteral("addOrganizationAndDepartments")) &&
            !caller.has(QStringLiteral("addDepartments")))
            failWith(400, -3,
                     QStringLiteral("You are not authorized to perform department creation "
                                    "(it needs the privilege addDepartments)."));
        requireManages(caller, parentId);
        for (const QJsonObject &other : m_state.organizations) {
            if (other.value(QStringLiteral("parentId")).toInteger() == parentId &&
                other.value(QStringLiteral("name"))
                        .toString()
                        .compare(record.value(QStringLiteral("name")).toString(), Qt::CaseInsensitive) == 0)
                failWith(400, -1024,
                         QStringLiteral("A department named '%1' already exists in organization '%2'.")
                             .arg(record.value(QStringLiteral("name")).toString(), parentName));
        }
    }

    const qint64 id = m_state.allocateId();
    record.insert(QStringLiteral("id"), id);
    record.insert(QStringLiteral("certTypes"), QJsonArray{QStringLiteral("SMIME"), QStringLiteral("SSL")});
    record.insert(QStringLiteral("sslCertsApiEnabled"),
                  record.value(QStringLiteral("sslCertsApiEnabled")).toBool());
    record.insert(QStringLiteral("clientCertsApiEnabled"),
                  record.value(QStringLiteral("clientCertsApiEnabled")).toBool());
    if (parentId != 0) {
        record.insert(QStringLiteral("parentId"), parentId);
        record.insert(QStringLiteral("parentName"), organization(parentId).value(QStringLiteral("name")));
    }
    m_state.organizations.insert(id, record);

    // Assumption (README): a non-MRAO admin that creates an organisation gets its RAO roles on it,
    // otherwise it could not manage what it just made.
    if (!caller.mrao && parentId == 0) {
        QJsonObject &admin = m_state.admins[caller.id];
        QJsonArray credentials = admin.value(QStringLiteral("credentials")).toArray();
        for (const QString &role : caller.roles) {
            if (role.startsWith(QLatin1String("RAO_")))
                credentials.append(
                    QJsonObject{{QStringLiteral("role"), role}, {QStringLiteral("orgId"), id}});
        }
        admin.insert(QStringLiteral("credentials"), credentials);
    }
    m_changed = true;
    return created(QStringLiteral("organization/v1/%1").arg(id));
}

SimResponse ScmApi::updateOrganization(const Caller &caller, qint64 id, const SimRequest &request)
{
    QJsonObject record = organization(id);
    const bool department = record.contains(QStringLiteral("parentId"));
    const bool allowed = caller.mrao || (manages(caller, id) &&
                                         (caller.has(QStringLiteral("editOrganizationAndDepartment")) ||
                                          (department && caller.has(QStringLiteral("editDepartments")))));
    if (!allowed) {
        requireManages(caller, id);
        failWith(400, -3,
                 QStringLiteral("You are not authorized to perform organization update (it needs the "
                                "privilege editOrganizationAndDepartment or editDepartments)."));
    }
    const QJsonObject body = JsonInput::parseObject(request.body);
    const QJsonObject before = record;
    readOrganizationFields(body, record, /*creating=*/false);

    const QString name = record.value(QStringLiteral("name")).toString();
    for (auto it = m_state.organizations.cbegin(); it != m_state.organizations.cend(); ++it) {
        if (it.key() != id &&
            it->value(QStringLiteral("parentId")) == record.value(QStringLiteral("parentId")) &&
            it->value(QStringLiteral("name")).toString().compare(name, Qt::CaseInsensitive) == 0)
            failWith(400, -1024,
                     QStringLiteral("An organization or department named '%1' already exists.").arg(name));
    }
    m_state.organizations.insert(id, record);
    if (department) {
        // Keep the departments' parentName in step (a department's own name changed: nothing to do).
    } else if (before.value(QStringLiteral("name")) != record.value(QStringLiteral("name"))) {
        for (QJsonObject &other : m_state.organizations) {
            if (other.value(QStringLiteral("parentId")).toInteger() == id)
                other.insert(QStringLiteral("parentName"), name);
        }
    }
    const bool vettedChange =
        std::any_of(vettedFields.cbegin(), vettedFields.cend(),
                    [&](const QString &key) { return before.value(key) != record.value(key); });
    if (vettedChange) {
        for (QJsonObject &validation : m_state.validations) {
            if (validation.value(QStringLiteral("_orgId")).toInteger() != id)
                continue;
            evaluateValidation(validation);
            if (validation.value(QStringLiteral("status")).toString() == QLatin1String("VALIDATED")) {
                validation.insert(QStringLiteral("status"), QStringLiteral("PENDING"));
                validation.insert(QStringLiteral("_submittedAtMs"), now().toMSecsSinceEpoch());
                validation.insert(QStringLiteral("submitted"), timestamp(now()));
                validation.remove(QStringLiteral("expires"));
            }
        }
    }
    m_changed = true;
    return SimResponse::json(200, renderOrganization(caller, record));
}

SimResponse ScmApi::deleteOrganization(const Caller &caller, qint64 id)
{
    const QJsonObject &record = organization(id);
    if (!caller.mrao)
        failWith(400, -3, QStringLiteral("You are not authorized to perform organization deletion."));
    bool inUse = false;
    for (const QJsonObject &other : m_state.organizations)
        inUse = inUse || other.value(QStringLiteral("parentId")).toInteger() == id;
    for (const QJsonObject &admin : m_state.admins) {
        for (const QJsonValue &credential : admin.value(QStringLiteral("credentials")).toArray())
            inUse = inUse || credential.toObject().value(QStringLiteral("orgId")).toInteger() == id;
    }
    for (const QJsonObject &domain : m_state.domains) {
        for (const QJsonValue &delegation : domain.value(QStringLiteral("delegations")).toArray())
            inUse = inUse || delegation.toObject().value(QStringLiteral("orgId")).toInteger() == id;
    }
    if (inUse)
        failWith(400, -1021,
                 QStringLiteral("This operation cannot be performed for Organization '%1': it still has "
                                "departments, admins or domain delegations.")
                     .arg(record.value(QStringLiteral("name")).toString()));
    m_state.organizations.remove(id);
    for (auto it = m_state.validations.begin(); it != m_state.validations.end();) {
        if (it->value(QStringLiteral("_orgId")).toInteger() == id)
            it = m_state.validations.erase(it);
        else
            ++it;
    }
    m_changed = true;
    return SimResponse::empty(204);
}

// --- validations -----------------------------------------------------------------------------

void ScmApi::evaluateValidation(QJsonObject &validation)
{
    const QString status = validation.value(QStringLiteral("status")).toString();
    const QDateTime current = now();
    if (status == QLatin1String("PENDING")) {
        const QDateTime decidedAt =
            QDateTime::fromMSecsSinceEpoch(validation.value(QStringLiteral("_submittedAtMs")).toInteger(),
                                           Qt::UTC)
                .addSecs(m_options.validationDelaySeconds);
        if (current < decidedAt)
            return;
        const bool failed =
            m_options.validationOutcome.compare(QLatin1String("FAILED"), Qt::CaseInsensitive) == 0;
        QJsonObject settings = validation.value(QStringLiteral("settings")).toObject();
        if (failed) {
            validation.insert(QStringLiteral("status"), QStringLiteral("FAILED"));
            settings.insert(QStringLiteral("LAST_ERR_MSG_FROM_CA"), m_options.validationFailureMessage);
        } else {
            validation.insert(QStringLiteral("status"), QStringLiteral("VALIDATED"));
            validation.insert(QStringLiteral("expires"), timestamp(decidedAt.addDays(395)));
            settings.remove(QStringLiteral("LAST_ERR_MSG_FROM_CA"));
        }
        validation.insert(QStringLiteral("settings"), settings);
        m_changed = true;
    } else if (status == QLatin1String("VALIDATED")) {
        const QDateTime expires =
            QDateTime::fromString(validation.value(QStringLiteral("expires")).toString(), Qt::ISODateWithMs);
        if (expires.isValid() && expires < current) {
            validation.insert(QStringLiteral("status"), QStringLiteral("EXPIRED"));
            m_changed = true;
        }
    }
}

QJsonObject &ScmApi::validationOf(const Caller &caller, qint64 orgId, qint64 validationId, bool forChange)
{
    requireManages(caller, orgId);
    if (forChange && !caller.has(QStringLiteral("orgValidationManager")))
        failWith(400, -3,
                 QStringLiteral("You are not authorized to perform organization validation changes "
                                "(it needs the privilege orgValidationManager)."));
    auto it = m_state.validations.find(validationId);
    if (it == m_state.validations.end() || it->value(QStringLiteral("_orgId")).toInteger() != orgId)
        failWith(404, -1025,
                 QStringLiteral("Validation %1 of organization %2 not found.")
                     .arg(QString::number(validationId), QString::number(orgId)));
    evaluateValidation(*it);
    return *it;
}

QJsonObject ScmApi::renderValidation(const QJsonObject &validation)
{
    QJsonObject view = SimulatorState::publicView(validation);
    view.remove(QStringLiteral("type")); // only in the list's items (ValidationResponseItem)
    return view;
}

SimResponse ScmApi::listValidations(const Caller &caller, qint64 orgId)
{
    requireManages(caller, orgId);
    QJsonArray list;
    for (QJsonObject &validation : m_state.validations) {
        if (validation.value(QStringLiteral("_orgId")).toInteger() != orgId)
            continue;
        evaluateValidation(validation);
        QJsonObject item;
        for (const char *key : {"id", "validationLevel", "type", "status", "backgroundStatus", "submitted",
                                "expires", "alternative", "backendId", "backendType", "settings"}) {
            const QString field = QString::fromLatin1(key);
            if (validation.contains(field))
                item.insert(field, validation.value(field));
        }
        if (m_options.schemaVersion == QLatin1String("25.9")) {
            // The 25.9 OpenAPI's ValidationResponseItem has no validationLevel: the level shows as
            // type (OV, EV) plus the certificate types it permits (OV_SMIME: OV for SMIME).
            const QString level = item.take(QStringLiteral("validationLevel")).toString();
            const QString certType = level.section(QLatin1Char('_'), 1);
            item.insert(QStringLiteral("permittedCertTypes"), QJsonArray{certType});
        }
        list.append(item);
    }
    return SimResponse::json(200, list);
}

SimResponse ScmApi::getValidation(const Caller &caller, qint64 orgId, qint64 validationId)
{
    return SimResponse::json(200, renderValidation(validationOf(caller, orgId, validationId, false)));
}

QJsonObject ScmApi::organizationDetailsFrom(const QJsonObject &body, const QString &level,
                                            bool required) const
{
    using namespace JsonInput;
    if (!required && !body.contains(QStringLiteral("organizationDetails")))
        return QJsonObject();
    const QString prefix = QStringLiteral("organizationDetails.");
    const QJsonObject details = requiredObject(body, QStringLiteral("organizationDetails"));
    const QJsonObject general =
        requiredObject(details, QStringLiteral("generalDetails"), prefix + QStringLiteral("generalDetails"));
    const QString generalPrefix = prefix + QStringLiteral("generalDetails.");
    QJsonObject cleanGeneral;
    cleanGeneral.insert(QStringLiteral("legalName"),
                        requiredString(general, QStringLiteral("legalName"), 64, 1,
                                       generalPrefix + QStringLiteral("legalName")));
    struct Text
    {
        const char *key;
        int maxLength;
    };
    for (const Text &text :
         {Text{"assumedName", 256}, Text{"address1", 128}, Text{"address2", 128}, Text{"address3", 128},
          Text{"city", 32}, Text{"stateProvince", 32}, Text{"postalCode", 10}}) {
        const QString key = QString::fromLatin1(text.key);
        const QString value = optionalString(general, key, text.maxLength, 0, generalPrefix + key);
        if (!value.isNull())
            cleanGeneral.insert(key, value);
    }
    cleanGeneral.insert(QStringLiteral("country"), country(general, QStringLiteral("country"), true,
                                                           generalPrefix + QStringLiteral("country")));
    QJsonObject clean{{QStringLiteral("generalDetails"), cleanGeneral}};
    const QString identifier = level == QLatin1String("OV_SMIME")
                                   ? requiredString(details, QStringLiteral("organizationIdentifier"), 128, 1,
                                                    prefix + QStringLiteral("organizationIdentifier"))
                                   : optionalString(details, QStringLiteral("organizationIdentifier"), 128, 0,
                                                    prefix + QStringLiteral("organizationIdentifier"));
    if (!identifier.isEmpty())
        clean.insert(QStringLiteral("organizationIdentifier"), identifier);
    if (level == QLatin1String("EV_SSL"))
        clean.insert(QStringLiteral("evDetails"), requiredObject(details, QStringLiteral("evDetails"),
                                                                 prefix + QStringLiteral("evDetails")));
    return clean;
}

SimResponse ScmApi::submitValidation(const Caller &caller, qint64 orgId, const SimRequest &request)
{
    const QJsonObject &org = organization(orgId);
    requireManages(caller, orgId);
    if (!caller.has(QStringLiteral("orgValidationManager")))
        failWith(400, -3,
                 QStringLiteral("You are not authorized to perform organization validation "
                                "(it needs the privilege orgValidationManager)."));
    if (org.contains(QStringLiteral("parentId")))
        failWith(400, -1021,
                 QStringLiteral("This operation cannot be performed for Organization '%1': departments are "
                                "validated through their organization.")
                     .arg(org.value(QStringLiteral("name")).toString()));
    const QJsonObject body = JsonInput::parseObject(request.body);
    const QString level = JsonInput::requiredString(body, QStringLiteral("validationLevel"), 16);
    if (!validationLevels.contains(level))
        JsonInput::invalidValue(
            QStringLiteral("validationLevel"),
            QStringLiteral("'%1' is not one of %2.").arg(level, validationLevels.join(QStringLiteral(", "))));
    const qint64 backendId = JsonInput::requiredInteger(body, QStringLiteral("backendId"));
    if (!m_state.caBackends.contains(backendId))
        JsonInput::invalidValue(QStringLiteral("backendId"),
                                QStringLiteral("there is no CA backend %1.").arg(backendId));
    const bool alternative = JsonInput::optionalBool(body, QStringLiteral("alternative")).value_or(false);
    const bool overwrite = JsonInput::optionalBool(body, QStringLiteral("overwriteIfExists")).value_or(false);
    const QJsonObject details = organizationDetailsFrom(body, level, true);

    qint64 replaced = 0;
    for (auto it = m_state.validations.begin(); it != m_state.validations.end(); ++it) {
        if (it->value(QStringLiteral("_orgId")).toInteger() != orgId ||
            it->value(QStringLiteral("validationLevel")).toString() != level ||
            it->value(QStringLiteral("alternative")).toBool() != alternative)
            continue;
        evaluateValidation(*it);
        const QString status = it->value(QStringLiteral("status")).toString();
        if ((status == QLatin1String("PENDING") || status == QLatin1String("VALIDATED")) && !overwrite)
            failWith(400, -1026,
                     QStringLiteral("Organization '%1' already has a %2 %3 validation (id %4); set "
                                    "overwriteIfExists to replace it.")
                         .arg(org.value(QStringLiteral("name")).toString(), status, level,
                              QString::number(it.key())));
        replaced = it.key();
    }
    if (replaced)
        m_state.validations.remove(replaced);

    const QJsonObject backend = m_state.caBackends.value(backendId);
    const qint64 id = m_state.allocateId();
    m_state.validations.insert(
        id, QJsonObject{
                {QStringLiteral("id"), id},
                {QStringLiteral("validationLevel"), level},
                {QStringLiteral("type"),
                 level.startsWith(QLatin1String("EV")) ? QStringLiteral("EV") : QStringLiteral("OV")},
                {QStringLiteral("status"), QStringLiteral("PENDING")},
                {QStringLiteral("submitted"), timestamp(now())},
                {QStringLiteral("alternative"), alternative},
                {QStringLiteral("backendId"), backendId},
                {QStringLiteral("backendType"), backend.value(QStringLiteral("type"))},
                {QStringLiteral("settings"),
                 QJsonObject{{QStringLiteral("TRACKING_ID"), QStringLiteral("SIM-%1").arg(id)}}},
                {QStringLiteral("organizationDetails"), details},
                {QStringLiteral("_orgId"), orgId},
                {QStringLiteral("_submittedAtMs"), now().toMSecsSinceEpoch()},
            });
    m_changed = true;
    return created(
        QStringLiteral("organization/v2/%1/validations/%2").arg(QString::number(orgId), QString::number(id)));
}

SimResponse ScmApi::revalidate(const Caller &caller, qint64 orgId, qint64 validationId,
                               const SimRequest &request)
{
    QJsonObject &validation = validationOf(caller, orgId, validationId, true);
    if (validation.value(QStringLiteral("status")).toString() == QLatin1String("PENDING"))
        failWith(400, -1027,
                 QStringLiteral("Validation %1 is still pending; it cannot be submitted again yet.")
                     .arg(validationId));
    const QJsonObject body =
        request.body.trimmed().isEmpty() ? QJsonObject() : JsonInput::parseObject(request.body);
    const QJsonObject details =
        organizationDetailsFrom(body, validation.value(QStringLiteral("validationLevel")).toString(), false);
    if (!details.isEmpty())
        validation.insert(QStringLiteral("organizationDetails"), details);
    validation.insert(QStringLiteral("status"), QStringLiteral("PENDING"));
    validation.insert(QStringLiteral("submitted"), timestamp(now()));
    validation.insert(QStringLiteral("_submittedAtMs"), now().toMSecsSinceEpoch());
    validation.remove(QStringLiteral("expires"));
    QJsonObject settings = validation.value(QStringLiteral("settings")).toObject();
    settings.remove(QStringLiteral("LAST_ERR_MSG_FROM_CA"));
    validation.insert(QStringLiteral("settings"), settings);
    m_changed = true;
    return SimResponse::json(200, renderValidation(validation));
}

SimResponse ScmApi::deleteValidation(const Caller &caller, qint64 orgId, qint64 validationId)
{
    validationOf(caller, orgId, validationId, true);
    m_state.validations.remove(validationId);
    m_changed = true;
    return SimResponse::empty(204);
}
