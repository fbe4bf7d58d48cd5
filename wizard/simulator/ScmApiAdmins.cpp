// Admins, roles, privileges and passwords: admin/v1.
#include "ScmApi.h"

#include "AdminPassword.h"
#include "AdminPrivileges.h"
#include "Clock.h"
#include "JsonInput.h"
#include "ScmSimulator.h"
#include "SimulatorState.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace {
// The personal fields of a create or update body, under the names the details answer uses.
void copyPersonalFields(const QJsonObject &body, QJsonObject *admin)
{
    static const QList<QPair<const char *, const char *>> personal = {{"forename", "forename"},
                                                                      {"surname", "surname"},
                                                                      {"email", "email"},
                                                                      {"title", "title"},
                                                                      {"telephone", "phone"},
                                                                      {"street", "address"},
                                                                      {"locality", "city"},
                                                                      {"state", "state"},
                                                                      {"postalCode", "zip"},
                                                                      {"country", "country"},
                                                                      {"relationship", "relationship"}};
    for (const auto &[from, to] : personal) {
        if (body.value(QString::fromLatin1(from)).isString())
            admin->insert(QString::fromLatin1(to), body.value(QString::fromLatin1(from)));
    }
}

const QStringList adminTypes = {QStringLiteral("STANDARD"), QStringLiteral("API"), QStringLiteral("IDP"),
                                QStringLiteral("SAS")};

// SCM's type transitions on update (sectigo-scm-api.md 4.1).
bool transitionAllowed(const QString &from, const QString &to)
{
    if (from == to)
        return true;
    if (from == QLatin1String("STANDARD"))
        return to == QLatin1String("API") || to == QLatin1String("IDP") || to == QLatin1String("SAS");
    if (from == QLatin1String("IDP"))
        return to == QLatin1String("STANDARD") || to == QLatin1String("SAS");
    return to == QLatin1String("STANDARD"); // API and SAS
}

QString checkedType(const QJsonObject &body, bool legacy)
{
    const QString type = JsonInput::optionalString(body, QStringLiteral("type"), 32);
    if (type.isNull())
        return QString();
    if (!adminTypes.contains(type))
        JsonInput::invalidValue(
            QStringLiteral("type"),
            QStringLiteral("'%1' is not one of %2.").arg(type, adminTypes.join(QStringLiteral(", "))));
    if (legacy && type != QLatin1String("STANDARD"))
        JsonInput::invalidValue(
            QStringLiteral("type"),
            QStringLiteral("this SCM knows only STANDARD admins; API-only is the privilege "
                           "wsApiUseOnly."));
    if (type == QLatin1String("IDP") || type == QLatin1String("SAS"))
        JsonInput::invalidValue(QStringLiteral("type"),
                                QStringLiteral("%1 admins are not supported by the simulator.").arg(type));
    return type;
}

QString checkedLogin(const QJsonObject &body, bool required)
{
    static const QRegularExpression allowed(QStringLiteral("^[a-zA-Z0-9!@_.\\-+']*$"));
    const QString login = required ? JsonInput::requiredString(body, QStringLiteral("login"), 128, 3)
                                   : JsonInput::optionalString(body, QStringLiteral("login"), 128, 3);
    if (!login.isNull() && !allowed.match(login).hasMatch())
        JsonInput::invalidValue(QStringLiteral("login"),
                                QStringLiteral("only letters, digits and ! @ _ . - + ' are allowed."));
    return login;
}
} // namespace

bool ScmApi::adminVisible(const Caller &caller, const QJsonObject &admin) const
{
    if (caller.mrao || admin.value(QStringLiteral("id")).toInteger() == caller.id)
        return true;
    const QJsonArray credentials = admin.value(QStringLiteral("credentials")).toArray();
    if (credentials.isEmpty())
        return false;
    for (const QJsonValue &value : credentials) {
        const QJsonObject credential = value.toObject();
        if (credential.value(QStringLiteral("role")).toString() == QLatin1String("MRAO") ||
            !caller.scope.contains(credential.value(QStringLiteral("orgId")).toInteger()))
            return false;
    }
    return true;
}

void ScmApi::checkPersonalFields(const QJsonObject &body, bool creating) const
{
    using namespace JsonInput;
    static const QRegularExpression namePattern(
        QStringLiteral("^[^><!@#$%^*()~?/\\\\&_+=\":;,{}\\[\\]|`]*$"));
    for (const char *key : {"forename", "surname"}) {
        const QString field = QString::fromLatin1(key);
        const QString value = creating ? requiredString(body, field, 64) : optionalString(body, field, 64, 1);
        if (!value.isNull() && !namePattern.match(value).hasMatch())
            invalidValue(field,
                         QStringLiteral("it must not contain > < ! @ # $ % ^ * ( ) ~ ? / \\ & _ + = \" : ; , "
                                        "{ } [ ] | `."));
    }
    const QString email = creating ? requiredString(body, QStringLiteral("email"), 128)
                                   : optionalString(body, QStringLiteral("email"), 128, 1);
    if (!email.isNull() && !isEmailAddress(email))
        failWith(400, -237, QStringLiteral("Client Admin's Email is invalid"));
    optionalString(body, QStringLiteral("title"), 64);
    optionalString(body, QStringLiteral("street"), 128);
    optionalString(body, QStringLiteral("locality"), 128);
    optionalString(body, QStringLiteral("state"), 128);
    optionalString(body, QStringLiteral("relationship"), 256);
    const QString telephone = optionalString(body, QStringLiteral("telephone"), 32);
    static const QRegularExpression telephonePattern(QStringLiteral("^[#0-9()\\-+ x]*$"));
    if (!telephone.isNull() && !telephonePattern.match(telephone).hasMatch())
        invalidValue(QStringLiteral("telephone"),
                     QStringLiteral("only digits, spaces and # ( ) - + x are allowed."));
    const QString postalCode = optionalString(body, QStringLiteral("postalCode"), 40);
    static const QRegularExpression postalPattern(QStringLiteral("^[a-zA-Z0-9\\s-]{0,10}$"));
    if (!postalCode.isNull() && !postalPattern.match(postalCode).hasMatch())
        invalidValue(QStringLiteral("postalCode"),
                     QStringLiteral("up to 10 letters, digits, spaces or hyphens."));
    country(body, QStringLiteral("country"), false);
    const QString activeStatus = optionalString(body, QStringLiteral("activeStatus"), 16);
    if (!activeStatus.isNull() && activeStatus != QLatin1String("ACTIVE") &&
        activeStatus != QLatin1String("SUSPENDED"))
        invalidValue(QStringLiteral("activeStatus"), QStringLiteral("ACTIVE or SUSPENDED."));
}

QJsonArray ScmApi::parseCredentials(const Caller &caller, const QJsonValue &value) const
{
    if (value.isUndefined() || value.isNull() || (value.isArray() && value.toArray().isEmpty()))
        failWith(400, -7, QStringLiteral("credentials is required but missing."));
    if (!value.isArray())
        JsonInput::invalidValue(QStringLiteral("credentials"),
                                QStringLiteral("an array of {role, orgId} is expected."));
    QJsonArray credentials;
    QStringList roles;
    QString level;
    for (const QJsonValue &item : value.toArray()) {
        const QString prefix = QStringLiteral("credentials[%1].").arg(credentials.size());
        if (!item.isObject())
            JsonInput::invalidValue(prefix.chopped(1), QStringLiteral("an object is expected."));
        const QJsonObject credential = item.toObject();
        const QString role = JsonInput::requiredString(credential, QStringLiteral("role"), 32, 1,
                                                       prefix + QStringLiteral("role"));
        if (!AdminPrivileges::isRole(role))
            JsonInput::invalidValue(prefix + QStringLiteral("role"),
                                    QStringLiteral("'%1' is not a role (%2).")
                                        .arg(role, AdminPrivileges::roles().join(QStringLiteral(", "))));
        const QString roleLevel = role == QLatin1String("MRAO") ? role : role.section(QLatin1Char('_'), 0, 0);
        if (!level.isEmpty() && level != roleLevel)
            failWith(400, -222, QStringLiteral("Please select roles for the same level"));
        level = roleLevel;
        if (roles.contains(role))
            failWith(400, -223,
                     QStringLiteral("Please select only one Organization/Department for each selected role"));
        roles << role;
        if (role == QLatin1String("MRAO")) {
            if (!caller.mrao)
                failWith(
                    400, -233,
                    QStringLiteral(
                        "You have no privilege to create this admin user (only an MRAO may grant MRAO)."));
            credentials.append(QJsonObject{{QStringLiteral("role"), role}});
            continue;
        }
        const std::optional<qint64> orgId =
            JsonInput::optionalInteger(credential, QStringLiteral("orgId"), prefix + QStringLiteral("orgId"));
        if (!orgId)
            failWith(
                400, -221,
                QStringLiteral("Please select at least one Organization/Department for each selected role"));
        const QJsonObject &org = organization(*orgId);
        const bool department = org.contains(QStringLiteral("parentId"));
        if (AdminPrivileges::isDepartmentRole(role) != department)
            JsonInput::invalidValue(prefix + QStringLiteral("orgId"),
                                    department
                                        ? QStringLiteral("%1 is a department; %2 needs an organization.")
                                              .arg(QString::number(*orgId), role)
                                        : QStringLiteral("%1 is an organization; %2 needs a department.")
                                              .arg(QString::number(*orgId), role));
        requireManages(caller, *orgId);
        if (!caller.mrao) {
            // A peer admin hands out only its own kind of role, at its level or below.
            const QString family = AdminPrivileges::certificateFamily(role);
            const bool allowed =
                std::any_of(caller.roles.cbegin(), caller.roles.cend(), [&](const QString &own) {
                    return AdminPrivileges::certificateFamily(own) == family &&
                           (own.startsWith(QLatin1String("RAO_")) || AdminPrivileges::isDepartmentRole(role));
                });
            if (!allowed)
                failWith(
                    400, -233,
                    QStringLiteral("You have no privilege to create this admin user (role %1).").arg(role));
        }
        credentials.append(QJsonObject{{QStringLiteral("role"), role}, {QStringLiteral("orgId"), *orgId}});
    }
    return credentials;
}

void ScmApi::checkPrivileges(const Caller &caller, const QStringList &privileges,
                             const QJsonArray &credentials) const
{
    const bool legacy = m_options.dialect == ScmSimulatorOptions::Dialect::Legacy;
    QStringList allowed;
    QStringList roles;
    for (const QJsonValue &value : credentials) {
        const QString role = value.toObject().value(QStringLiteral("role")).toString();
        roles << role;
        allowed += AdminPrivileges::forRole(role, legacy);
    }
    for (const QString &privilege : privileges) {
        if (!AdminPrivileges::isKnown(privilege, legacy))
            JsonInput::invalidValue(QStringLiteral("privileges"),
                                    QStringLiteral("'%1' is not a privilege.").arg(privilege));
        if (!allowed.contains(privilege)) {
            if (privilege == QLatin1String("allowDCV"))
                failWith(400, -255,
                         QStringLiteral("Privilege \"Allow DCV\" can't be added to non SSL admins."));
            JsonInput::invalidValue(
                QStringLiteral("privileges"),
                QStringLiteral("'%1' is not available for %2 (GET admin/v1/privileges?role= lists what is).")
                    .arg(privilege, roles.join(QStringLiteral(", "))));
        }
        if (!caller.mrao && !caller.privileges.contains(privilege))
            failWith(400, -234,
                     QStringLiteral("You have no privilege to modify the privileges of this admin ('%1' is "
                                    "not yours to grant).")
                         .arg(privilege));
    }
}

SimResponse ScmApi::listAdmins(const Caller &caller, const SimRequest &request)
{
    const QUrlQuery &q = request.query;
    const QString login = q.queryItemValue(QStringLiteral("login"), QUrl::FullyDecoded);
    const QString email = q.queryItemValue(QStringLiteral("email"), QUrl::FullyDecoded);
    const QString type = q.queryItemValue(QStringLiteral("type"));
    const QString role = q.queryItemValue(QStringLiteral("role"));
    const QString activeState = q.queryItemValue(QStringLiteral("activeState"));
    const QString orgIdText = q.queryItemValue(QStringLiteral("orgId"));
    const qint64 orgId = orgIdText.isEmpty() ? 0 : idFrom(orgIdText);
    QJsonArray items;
    for (const QJsonObject &admin : m_state.admins) {
        if (!adminVisible(caller, admin))
            continue;
        if ((!login.isEmpty() && admin.value(QStringLiteral("login")).toString() != login) ||
            (!email.isEmpty() &&
             admin.value(QStringLiteral("email")).toString().compare(email, Qt::CaseInsensitive) != 0) ||
            (!type.isEmpty() && admin.value(QStringLiteral("type")).toString() != type) ||
            (!activeState.isEmpty() && admin.value(QStringLiteral("activeStatus")).toString() != activeState))
            continue;
        bool roleMatches = role.isEmpty(), orgMatches = orgId == 0;
        for (const QJsonValue &value : admin.value(QStringLiteral("credentials")).toArray()) {
            roleMatches = roleMatches || value.toObject().value(QStringLiteral("role")).toString() == role;
            orgMatches = orgMatches || value.toObject().value(QStringLiteral("orgId")).toInteger() == orgId;
        }
        if (!roleMatches || !orgMatches)
            continue;
        QJsonObject item;
        for (const char *key : {"id", "type", "login", "forename", "surname", "email"})
            item.insert(QString::fromLatin1(key), admin.value(QString::fromLatin1(key)));
        items.append(item);
    }
    return page(items, request);
}

SimResponse ScmApi::getAdmin(const Caller &caller, qint64 id)
{
    auto it = m_state.admins.find(id);
    if (it == m_state.admins.end() || !adminVisible(caller, *it))
        failWith(404, -251, QStringLiteral("Admin with id %1 not found.").arg(id));
    AdminPassword::refreshState(*it, now().date());
    QJsonObject admin = SimulatorState::publicView(*it);
    if (m_options.resetedShape == ScmSimulatorOptions::ResetedShape::DateKept &&
        it->contains(QStringLiteral("_resetDate")))
        admin.insert(QStringLiteral("reseted"), it->value(QStringLiteral("_resetDate")));
    else if (m_options.resetedShape == ScmSimulatorOptions::ResetedShape::Boolean)
        admin.insert(QStringLiteral("reseted"), AdminPassword::isTemporary(*it));
    else if (m_options.resetedShape == ScmSimulatorOptions::ResetedShape::Absent)
        admin.remove(QStringLiteral("reseted"));
    return SimResponse::json(200, admin);
}

SimResponse ScmApi::createAdmin(const Caller &caller, const SimRequest &request)
{
    const bool legacy = m_options.dialect == ScmSimulatorOptions::Dialect::Legacy;
    const QJsonObject body = JsonInput::parseObject(request.body);
    if (!caller.has(QStringLiteral("allowCreate")))
        failWith(
            400, -233,
            QStringLiteral(
                "You have no privilege to create this admin user (it needs the privilege allowCreate)."));
    const QString type = checkedType(body, legacy);
    const QString login = checkedLogin(body, true);
    checkPersonalFields(body, true);
    const QString password = JsonInput::requiredString(body, QStringLiteral("password"), 64);
    JsonInput::optionalString(body, QStringLiteral("certificateSerialNumber"), 128);
    const QJsonArray credentials = parseCredentials(caller, body.value(QStringLiteral("credentials")));
    const QStringList privileges = JsonInput::optionalStringList(body, QStringLiteral("privileges"));
    checkPrivileges(caller, privileges, credentials);
    if (m_state.adminIdByLogin(login))
        failWith(400, -238, QStringLiteral("An admin with the login '%1' already exists.").arg(login));
    if (const auto violation = AdminPassword::policyViolation(login, password))
        throw *violation;

    const qint64 id = m_state.allocateId();
    QJsonObject admin{
        {QStringLiteral("id"), id},
        {QStringLiteral("type"), type.isEmpty() ? QStringLiteral("STANDARD") : type},
        {QStringLiteral("status"), QStringLiteral("ACTIVE")},
        {QStringLiteral("login"), login},
        {QStringLiteral("clientAdminCreator"), caller.id},
        {QStringLiteral("created"), today(now())},
        {QStringLiteral("credentials"), credentials},
        {QStringLiteral("privileges"), QJsonArray::fromStringList(privileges)},
        {QStringLiteral("failedAttempts"), 0},
    };
    copyPersonalFields(body, &admin);
    const QString activeStatus =
        body.value(QStringLiteral("activeStatus")).toString(QStringLiteral("ACTIVE"));
    admin.insert(QStringLiteral("activeStatus"), activeStatus);
    admin.insert(QStringLiteral("activeState"), activeStatus);
    AdminPassword::set(admin, password, now(), /*temporary=*/true,
                       m_options.passwordLifetimeDays(login == m_state.demoLogin));
    m_state.admins.insert(id, admin);
    m_changed = true;
    return created(QStringLiteral("admin/v1/%1").arg(id));
}

SimResponse ScmApi::updateAdmin(const Caller &caller, qint64 id, const SimRequest &request)
{
    const bool legacy = m_options.dialect == ScmSimulatorOptions::Dialect::Legacy;
    auto it = m_state.admins.find(id);
    if (it == m_state.admins.end() || !adminVisible(caller, *it))
        failWith(404, -251, QStringLiteral("Admin with id %1 not found.").arg(id));
    QJsonObject admin = *it;
    const bool self = id == caller.id;
    if (!caller.has(QStringLiteral("allowEdit")) && !self)
        failWith(400, -3,
                 QStringLiteral(
                     "You are not authorized to perform admin update (it needs the privilege allowEdit)."));
    const QJsonObject body = JsonInput::parseObject(request.body);

    const QString type = checkedType(body, legacy);
    const QString login = checkedLogin(body, false);
    // Without allowEdit an admin may change its own personal fields and password, nothing else.
    if (self && !caller.has(QStringLiteral("allowEdit")) &&
        ((!type.isNull() && type != admin.value(QStringLiteral("type")).toString()) || !login.isNull() ||
         body.contains(QStringLiteral("activeStatus"))))
        failWith(400, -3,
                 QStringLiteral("You are not authorized to perform admin update of your own type, login "
                                "or status (it needs the privilege allowEdit)."));
    checkPersonalFields(body, false);
    const QString password = JsonInput::optionalString(body, QStringLiteral("password"), 64, 1);
    QJsonArray credentials = admin.value(QStringLiteral("credentials")).toArray();
    if (body.contains(QStringLiteral("credentials"))) {
        if (self && !caller.mrao)
            failWith(400, -253, QStringLiteral("You have no privilege to modify the role of this admin."));
        credentials = parseCredentials(caller, body.value(QStringLiteral("credentials")));
    }
    QStringList privileges = admin.value(QStringLiteral("privileges")).toVariant().toStringList();
    if (body.contains(QStringLiteral("privileges"))) {
        const QStringList requested = JsonInput::optionalStringList(body, QStringLiteral("privileges"));
        if (self && !caller.mrao &&
            QSet<QString>(requested.cbegin(), requested.cend()) !=
                QSet<QString>(privileges.cbegin(), privileges.cend()))
            failWith(400, -234,
                     QStringLiteral("You have no privilege to modify the privileges of this admin."));
        checkPrivileges(caller, requested, credentials);
        privileges = requested;
    }
    const QString currentType = admin.value(QStringLiteral("type")).toString();
    if (!type.isNull() && !transitionAllowed(currentType, type))
        JsonInput::invalidValue(
            QStringLiteral("type"),
            QStringLiteral("an admin of type %1 cannot become %2.").arg(currentType, type));
    if (!login.isNull() && login != admin.value(QStringLiteral("login")).toString() &&
        m_state.adminIdByLogin(login))
        failWith(400, -238, QStringLiteral("An admin with the login '%1' already exists.").arg(login));
    const QString effectiveLogin = login.isNull() ? admin.value(QStringLiteral("login")).toString() : login;
    if (!password.isNull()) {
        if (const auto violation = AdminPassword::policyViolation(effectiveLogin, password))
            throw *violation;
        if (AdminPassword::matches(admin, password))
            failWith(400, -220, QStringLiteral("Password can't be the same."));
    }

    // Checked: apply.
    if (!type.isNull())
        admin.insert(QStringLiteral("type"), type);
    if (!login.isNull())
        admin.insert(QStringLiteral("login"), login);
    copyPersonalFields(body, &admin);
    if (body.value(QStringLiteral("activeStatus")).isString()) {
        admin.insert(QStringLiteral("activeStatus"), body.value(QStringLiteral("activeStatus")));
        admin.insert(QStringLiteral("activeState"), body.value(QStringLiteral("activeStatus")));
    }
    admin.insert(QStringLiteral("credentials"), credentials);
    admin.insert(QStringLiteral("privileges"), QJsonArray::fromStringList(privileges));
    admin.insert(QStringLiteral("modified"), today(now()));
    if (!password.isNull()) {
        // Someone else's new password is a temporary one (the admin must change it); an admin's own
        // is final.
        AdminPassword::set(admin, password, now(), /*temporary=*/!self,
                           m_options.passwordLifetimeDays(effectiveLogin == m_state.demoLogin));
        if (effectiveLogin == m_state.demoLogin)
            m_state.demoPassword = password;
    }
    if (!login.isNull() &&
        admin.value(QStringLiteral("login")).toString() != it->value(QStringLiteral("login")).toString() &&
        it->value(QStringLiteral("login")).toString() == m_state.demoLogin)
        m_state.demoLogin = login;
    *it = admin;
    m_changed = true;
    return SimResponse::empty(200);
}

SimResponse ScmApi::deleteAdmin(const Caller &caller, qint64 id)
{
    auto it = m_state.admins.find(id);
    if (it == m_state.admins.end() || !adminVisible(caller, *it))
        failWith(404, -251, QStringLiteral("Admin with id %1 not found.").arg(id));
    if (!caller.has(QStringLiteral("allowDelete")) || id == caller.id)
        failWith(400, -3,
                 QStringLiteral("You are not authorized to perform admin deletion%1.")
                     .arg(id == caller.id ? QStringLiteral(" of yourself")
                                          : QStringLiteral(" (it needs the privilege allowDelete)")));
    m_state.admins.erase(it);
    m_changed = true;
    return SimResponse::empty(204);
}

SimResponse ScmApi::listRoles()
{
    return SimResponse::json(200, QJsonArray::fromStringList(AdminPrivileges::roles()));
}

SimResponse ScmApi::listPrivileges(const Caller &caller, const SimRequest &request)
{
    const bool legacy = m_options.dialect == ScmSimulatorOptions::Dialect::Legacy;
    const QStringList roles = request.query.allQueryItemValues(QStringLiteral("role"));
    if (roles.isEmpty())
        failWith(400, -7, QStringLiteral("role is required but missing."));
    QStringList names;
    for (const QString &role : roles) {
        if (!AdminPrivileges::isRole(role))
            JsonInput::invalidValue(QStringLiteral("role"),
                                    QStringLiteral("'%1' is not a role (%2).")
                                        .arg(role, AdminPrivileges::roles().join(QStringLiteral(", "))));
        names += AdminPrivileges::forRole(role, legacy);
    }
    names.removeDuplicates();
    QJsonArray list;
    for (const QString &name : names) {
        if (caller.mrao || caller.privileges.contains(name))
            list.append(QJsonObject{{QStringLiteral("name"), name},
                                    {QStringLiteral("description"), AdminPrivileges::description(name)}});
    }
    return SimResponse::json(200, list);
}

SimResponse ScmApi::passwordState(const Caller &caller)
{
    const QJsonObject &admin = m_state.admins[caller.id];
    return SimResponse::json(
        200,
        QJsonObject{{QStringLiteral("expirationDate"), admin.value(QStringLiteral("passwordExpiryDate"))},
                    {QStringLiteral("state"), AdminPassword::state(admin, now().date())}});
}

SimResponse ScmApi::changePassword(const Caller &caller, const SimRequest &request)
{
    QJsonObject &admin = m_state.admins[caller.id];
    const QJsonObject body = JsonInput::parseObject(request.body);
    const QString newPassword = JsonInput::requiredString(body, QStringLiteral("newPassword"), 1000);
    if (const auto violation = AdminPassword::policyViolation(caller.login, newPassword))
        throw *violation;
    if (AdminPassword::matches(admin, newPassword))
        failWith(400, -220, QStringLiteral("Password can't be the same."));
    AdminPassword::set(admin, newPassword, now(), /*temporary=*/false,
                       m_options.passwordLifetimeDays(caller.login == m_state.demoLogin));
    if (caller.login == m_state.demoLogin)
        m_state.demoPassword = newPassword;
    m_changed = true;
    return SimResponse::empty(204);
}
