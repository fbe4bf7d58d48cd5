#include "ScmApi.h"

#include "AdminPassword.h"
#include "Clock.h"
#include "ScmSimulator.h"
#include "SimulatorState.h"

#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSimApi, "mpki.sim.api")

namespace {
// A path pattern such as "organization/v1/*/validations": "*" takes any segment, "a|b" either.
bool matches(const QStringList &segments, const char *pattern)
{
    const QStringList parts = QString::fromLatin1(pattern).split(QLatin1Char('/'));
    if (parts.size() != segments.size())
        return false;
    for (int i = 0; i < parts.size(); ++i) {
        if (parts.at(i) == QLatin1String("*"))
            continue;
        if (!parts.at(i).split(QLatin1Char('|')).contains(segments.at(i)))
            return false;
    }
    return true;
}

[[noreturn]] void unknownUser()
{
    failWith(401, -16, QStringLiteral("Unknown user"));
}

// A locked admin (--lockout-after): SCM's answer is undocumented; the simulator uses the
// documented code for wrong credentials, -970, with a description that names the lock.
[[noreturn]] void lockedAccount()
{
    failWith(401, -970, QStringLiteral("Incorrect login credentials: the account is locked."));
}

// A call refused because the password is a temporary one (--temp-password-refusal). Only the 401
// shape is SCM's documented answer to bad credentials; 403 uses the documented -37 "Access
// denied."; the 400 code is the simulator's own.
[[noreturn]] void temporaryPasswordRefused(ScmSimulatorOptions::TempPasswordRefusal shape)
{
    switch (shape) {
    case ScmSimulatorOptions::TempPasswordRefusal::Forbidden403:
        failWith(403, -37, QStringLiteral("Access denied. Password must be changed."));
    case ScmSimulatorOptions::TempPasswordRefusal::BadRequest400:
        failWith(400, -7307, QStringLiteral("Password must be changed before the API can be used."));
    case ScmSimulatorOptions::TempPasswordRefusal::Unauthorized401:
        break;
    }
    unknownUser();
}
} // namespace

ScmApi::ScmApi(SimulatorState &state, const ScmSimulatorOptions &options, const Clock &clock)
    : m_state(state)
    , m_options(options)
    , m_clock(clock)
{}

bool ScmApi::Caller::hasOrganizationRole() const
{
    return std::any_of(roles.cbegin(), roles.cend(),
                       [](const QString &role) { return role.startsWith(QLatin1String("RAO_")); });
}

SimResponse ScmApi::handle(const SimRequest &request, bool *stateChanged)
{
    m_changed = false;
    const QStringList segments =
        request.path.mid(int(qstrlen("/api/"))).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    SimResponse response;
    const QString login = QString::fromUtf8(request.header("login"));
    try {
        Caller caller = authenticate(request, segments);
        response = route(request, segments, caller);
    } catch (const ScmFailure &failure) {
        response = SimResponse::error(failure.status, failure.code, failure.description);
    }
    response.login = login;
    *stateChanged = m_changed;
    return response;
}

ScmApi::Caller ScmApi::authenticate(const SimRequest &request, const QStringList &segments)
{
    const QString login = QString::fromUtf8(request.header("login"));
    const QString password = QString::fromUtf8(request.header("password"));
    const QString customerUri = QString::fromUtf8(request.header("customeruri"));
    if (login.isEmpty() || password.isEmpty() ||
        customerUri.compare(m_state.customerUri, Qt::CaseInsensitive) != 0)
        unknownUser();
    const qint64 id = m_state.adminIdByLogin(login);
    if (id == 0)
        unknownUser();
    QJsonObject &admin = m_state.admins[id];
    if (AdminPassword::isLocked(admin))
        lockedAccount();
    if (!AdminPassword::matches(admin, password)) {
        AdminPassword::recordRefusedLogin(admin, m_clock.now().date(), m_options.lockoutAfter);
        m_changed = true;
        unknownUser();
    }
    if (admin.value(QStringLiteral("failedAttempts")).toInt() != 0) {
        AdminPassword::recordSuccessfulLogin(admin);
        m_changed = true;
    }
    if (admin.value(QStringLiteral("activeStatus")).toString() == QLatin1String("SUSPENDED"))
        unknownUser();

    // A temporary password (reseted) and an expired one open only the password calls, and the
    // temporary one only when --temp-password=api-change; everything else answers -16.
    const bool passwordCall = (request.method == "GET" && matches(segments, "admin/v1/password")) ||
                              (request.method == "POST" && matches(segments, "admin/v1/changepassword"));
    if (AdminPassword::isTemporary(admin) &&
        !(passwordCall && m_options.tempPassword == ScmSimulatorOptions::TempPassword::ApiChange))
        temporaryPasswordRefused(m_options.tempPasswordRefusal);
    if (AdminPassword::state(admin, m_clock.now().date()) == QLatin1String("EXPIRED") && !passwordCall)
        unknownUser();

    Caller caller;
    caller.id = id;
    caller.login = login;
    for (const QJsonValue &value : admin.value(QStringLiteral("credentials")).toArray()) {
        const QString role = value.toObject().value(QStringLiteral("role")).toString();
        caller.roles << role;
        if (role == QLatin1String("MRAO"))
            caller.mrao = true;
    }
    for (const QJsonValue &value : admin.value(QStringLiteral("privileges")).toArray())
        caller.privileges << value.toString();
    caller.scope = scopeOf(admin);
    return caller;
}

SimResponse ScmApi::route(const SimRequest &request, const QStringList &s, Caller &caller)
{
    const QByteArray &m = request.method;
    bool known = true;
    auto is = [&](const char *method) { return m == method; };

    if (matches(s, "organization/v1")) {
        if (is("GET"))
            return listOrganizations(caller);
        if (is("POST"))
            return createOrganization(caller, request);
    } else if (matches(s, "organization/v1/*")) {
        if (is("GET"))
            return getOrganization(caller, idFrom(s.at(2)));
        if (is("PUT"))
            return updateOrganization(caller, idFrom(s.at(2)), request);
        if (is("DELETE"))
            return deleteOrganization(caller, idFrom(s.at(2)));
    } else if (matches(s, "organization/v2/*/validations")) {
        if (is("GET"))
            return listValidations(caller, idFrom(s.at(2)));
    } else if (matches(s, "organization/v2/*/validations/submit")) {
        if (is("POST"))
            return submitValidation(caller, idFrom(s.at(2)), request);
    } else if (matches(s, "organization/v2/*/validations/*")) {
        if (is("GET"))
            return getValidation(caller, idFrom(s.at(2)), idFrom(s.at(4)));
        if (is("DELETE"))
            return deleteValidation(caller, idFrom(s.at(2)), idFrom(s.at(4)));
    } else if (matches(s, "organization/v2/*/validations/*/sync")) {
        if (is("POST"))
            return getValidation(caller, idFrom(s.at(2)), idFrom(s.at(4)));
    } else if (matches(s, "organization/v2/*/validations/*/revalidate")) {
        if (is("PUT"))
            return revalidate(caller, idFrom(s.at(2)), idFrom(s.at(4)), request);
    } else if (matches(s, "ca-backend/v1")) {
        if (is("GET"))
            return listCaBackends(caller);
    } else if (matches(s, "domain/v1")) {
        if (is("GET"))
            return listDomains(caller, request);
        if (is("POST"))
            return createDomain(caller, request);
    } else if (matches(s, "domain/v1/*")) {
        if (is("GET"))
            return getDomain(caller, idFrom(s.at(2)));
        if (is("DELETE"))
            return deleteDomain(caller, idFrom(s.at(2)));
    } else if (matches(s, "domain/v1/*/delegation")) {
        if (is("POST"))
            return delegateDomain(caller, idFrom(s.at(2)), request);
        if (is("DELETE"))
            return removeDelegation(caller, idFrom(s.at(2)), request);
    } else if (matches(s, "domain/v1/*/delegation/approve|reject")) {
        if (is("POST"))
            return decideDelegation(caller, idFrom(s.at(2)), request, s.at(4) == QLatin1String("approve"));
    } else if (matches(s, "dcv/v1|v2/validation/status")) {
        if (is("POST"))
            return dcvStatus(caller, request, s.at(1) == QLatin1String("v2"));
    } else if (matches(s, "dcv/v1|v2/validation")) {
        if (is("GET"))
            return dcvList(caller, request);
    } else if (matches(s, "dcv/v1|v2/validation/start/domain/cname|http|https|email|txt")) {
        if (is("POST"))
            return dcvStart(caller, request, s.at(5));
    } else if (matches(s, "dcv/v1|v2/validation/submit/domain/cname|http|https|email|txt")) {
        if (is("POST"))
            return dcvSubmit(caller, request, s.at(5));
    } else if (matches(s, "admin/v1")) {
        if (is("GET"))
            return listAdmins(caller, request);
        if (is("POST"))
            return createAdmin(caller, request);
    } else if (matches(s, "admin/v1/roles")) {
        if (is("GET"))
            return listRoles();
    } else if (matches(s, "admin/v1/privileges")) {
        if (is("GET"))
            return listPrivileges(caller, request);
    } else if (matches(s, "admin/v1/password")) {
        if (is("GET"))
            return passwordState(caller);
    } else if (matches(s, "admin/v1/changepassword")) {
        if (is("POST"))
            return changePassword(caller, request);
    } else if (matches(s, "admin/v1/*")) {
        if (is("GET"))
            return getAdmin(caller, idFrom(s.at(2)));
        if (is("PUT"))
            return updateAdmin(caller, idFrom(s.at(2)), request);
        if (is("DELETE"))
            return deleteAdmin(caller, idFrom(s.at(2)));
    } else if (matches(s, "smime/v1|v2/types")) {
        if (is("GET"))
            return listSmimeTypes(caller, request);
    } else if (matches(s, "smime/v1|v2/customFields")) {
        if (is("GET"))
            return listSmimeCustomFieldsV1();
    } else if (matches(s, "customField/v2")) {
        if (is("GET"))
            return listCustomFields(request);
    } else {
        known = false;
    }
    if (known)
        return SimResponse::error(
            405, -1,
            QStringLiteral("Method %1 is not supported for %2.").arg(QString::fromLatin1(m), request.path));
    return SimResponse::error(404, -1, QStringLiteral("Unknown API path %1.").arg(request.path));
}

bool ScmApi::settle()
{
    m_changed = false;
    for (QJsonObject &validation : m_state.validations)
        evaluateValidation(validation);
    for (QJsonObject &record : m_state.dcv)
        evaluateDcv(record);
    return m_changed;
}

QDateTime ScmApi::now() const
{
    return m_clock.now().toUTC();
}

QByteArray ScmApi::location(const QString &pathBelowApi) const
{
    QString base = m_baseUrl.toString(QUrl::StripTrailingSlash);
    return (base + QStringLiteral("/api/") + pathBelowApi).toUtf8();
}

SimResponse ScmApi::created(const QString &pathBelowApi) const
{
    SimResponse response = SimResponse::empty(201);
    response.headers.append({QByteArrayLiteral("Location"), location(pathBelowApi)});
    return response;
}

SimResponse ScmApi::page(const QJsonArray &items, const SimRequest &request) const
{
    const int defaultSize = 25;
    int size = defaultSize;
    int position = 0;
    bool ok = true;
    if (request.query.hasQueryItem(QStringLiteral("size"))) {
        size = request.query.queryItemValue(QStringLiteral("size")).toInt(&ok);
        if (!ok || size < 1 || size > 200)
            failWith(400, -1601,
                     QStringLiteral("Field 'size' has invalid value: %1 (1 to 200 entries per page).")
                         .arg(request.query.queryItemValue(QStringLiteral("size"))));
    }
    if (request.query.hasQueryItem(QStringLiteral("position"))) {
        position = request.query.queryItemValue(QStringLiteral("position")).toInt(&ok);
        if (!ok || position < 0)
            failWith(400, -1601,
                     QStringLiteral("Field 'position' has invalid value: %1 (0 or more).")
                         .arg(request.query.queryItemValue(QStringLiteral("position"))));
    }
    QJsonArray pageItems;
    for (int i = position; i < items.size() && i < position + size; ++i)
        pageItems.append(items.at(i));
    SimResponse response = SimResponse::json(200, pageItems);
    response.headers.append({QByteArrayLiteral("X-Total-Count"), QByteArray::number(items.size())});
    return response;
}

const QJsonObject &ScmApi::organization(qint64 id) const
{
    const auto it = m_state.organizations.constFind(id);
    if (it == m_state.organizations.cend())
        failWith(404, -1023, QStringLiteral("Organization '%1' not found.").arg(id));
    return *it;
}

bool ScmApi::manages(const Caller &caller, qint64 orgId) const
{
    return caller.mrao || caller.scope.contains(orgId);
}

void ScmApi::requireManages(const Caller &caller, qint64 orgId) const
{
    const QJsonObject &org = organization(orgId);
    if (!manages(caller, orgId))
        failWith(400, -226,
                 QStringLiteral("This Admin account does not have privileges required to manage '%1' %2.")
                     .arg(org.value(QStringLiteral("name")).toString(),
                          org.contains(QStringLiteral("parentId")) ? QStringLiteral("department")
                                                                   : QStringLiteral("organization")));
}

QSet<qint64> ScmApi::scopeOf(const QJsonObject &admin) const
{
    QSet<qint64> scope;
    for (const QJsonValue &value : admin.value(QStringLiteral("credentials")).toArray()) {
        const QJsonObject credential = value.toObject();
        const QString role = credential.value(QStringLiteral("role")).toString();
        const qint64 orgId = credential.value(QStringLiteral("orgId")).toInteger();
        if (role.startsWith(QLatin1String("RAO_"))) {
            scope.insert(orgId);
            for (auto it = m_state.organizations.cbegin(); it != m_state.organizations.cend(); ++it) {
                if (it->value(QStringLiteral("parentId")).toInteger() == orgId)
                    scope.insert(it.key());
            }
        } else if (role.startsWith(QLatin1String("DRAO_"))) {
            scope.insert(orgId);
        }
    }
    return scope;
}

qint64 ScmApi::idFrom(const QString &segment)
{
    bool ok = false;
    const qint64 id = segment.toLongLong(&ok);
    if (!ok)
        failWith(400, -1601, QStringLiteral("'%1' is not a valid id.").arg(segment));
    return id;
}

QString ScmApi::today(const QDateTime &when)
{
    return when.toUTC().date().toString(Qt::ISODate);
}

QString ScmApi::timestamp(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODateWithMs);
}
