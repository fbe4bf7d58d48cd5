#include "SimulatorControl.h"

#include "AdminPassword.h"
#include "Clock.h"
#include "DomainNames.h"
#include "JsonInput.h"
#include "ScmApi.h"
#include "ScmSimulator.h"
#include "SimulatorState.h"

#include <QJsonArray>

namespace {
// Far enough for any test, near enough that a date stays a date.
const int maxInDays = 3650;

const char *const controlList = "POST /simulator/v1/admins/password-expiry, "
                                "/simulator/v1/organizations/validation-expiry, "
                                "/simulator/v1/domains/dcv-expiry, /simulator/v1/domains/revoke-delegation";

int inDaysFrom(const QJsonObject &body)
{
    const qint64 inDays = JsonInput::requiredInteger(body, QStringLiteral("inDays"));
    if (inDays < -maxInDays || inDays > maxInDays)
        JsonInput::invalidValue(
            QStringLiteral("inDays"),
            QStringLiteral("%1 is not a number of days from %2 to %3.")
                .arg(QString::number(inDays), QString::number(-maxInDays), QString::number(maxInDays)));
    return int(inDays);
}

QString timestamp(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODateWithMs);
}
} // namespace

SimulatorControl::SimulatorControl(SimulatorState &state, ScmApi &api, const ScmSimulatorOptions &options,
                                   const Clock &clock)
    : m_state(state)
    , m_api(api)
    , m_options(options)
    , m_clock(clock)
{}

SimResponse SimulatorControl::handle(const SimRequest &request, bool *stateChanged)
{
    m_changed = false;
    SimResponse response;
    try {
        const QString path = request.path.endsWith(QLatin1Char('/')) ? request.path.chopped(1) : request.path;
        using Handler = SimResponse (SimulatorControl::*)(const QJsonObject &);
        const QList<QPair<QString, Handler>> controls = {
            {QStringLiteral("/simulator/v1/admins/password-expiry"), &SimulatorControl::passwordExpiry},
            {QStringLiteral("/simulator/v1/organizations/validation-expiry"),
             &SimulatorControl::validationExpiry},
            {QStringLiteral("/simulator/v1/domains/dcv-expiry"), &SimulatorControl::dcvExpiry},
            {QStringLiteral("/simulator/v1/domains/revoke-delegation"), &SimulatorControl::revokeDelegation},
        };
        Handler handler = nullptr;
        for (const auto &[controlPath, controlHandler] : controls) {
            if (controlPath == path)
                handler = controlHandler;
        }
        if (!handler)
            failWith(404, -1,
                     QStringLiteral("Unknown simulator control %1: the controls are %2.")
                         .arg(request.path, QLatin1String(controlList)));
        if (request.method != "POST")
            failWith(405, -1,
                     QStringLiteral("Method %1 is not supported for %2: the simulator's controls take POST.")
                         .arg(QString::fromLatin1(request.method), request.path));
        if (!m_options.replayPath.isEmpty())
            failWith(409, -1,
                     QStringLiteral("The simulator replays %1: there is no simulated account for %2 to "
                                    "change.")
                         .arg(m_options.replayPath, request.path));
        const QJsonObject body = JsonInput::parseObject(request.body);
        // What is due on the Clock is decided first, so the control acts on what a client would see.
        m_changed = m_api.settle();
        response = (this->*handler)(body);
    } catch (const ScmFailure &failure) {
        response = SimResponse::error(failure.status, failure.code, failure.description);
    }
    *stateChanged = m_changed;
    return response;
}

QDateTime SimulatorControl::endOfDayIn(int inDays) const
{
    const QDate day = m_clock.now().toUTC().date().addDays(inDays);
    return QDateTime(day, QTime(23, 59, 59, 999), Qt::UTC);
}

SimResponse SimulatorControl::passwordExpiry(const QJsonObject &body)
{
    const QString login = JsonInput::requiredString(body, QStringLiteral("login"), 64);
    const int inDays = inDaysFrom(body);
    const qint64 id = m_state.adminIdByLogin(login);
    if (id == 0)
        failWith(404, -251, QStringLiteral("Admin with login '%1' not found.").arg(login));
    QJsonObject &admin = m_state.admins[id];
    const QDate today = m_clock.now().toUTC().date();
    AdminPassword::setExpiry(admin, today.addDays(inDays), today);
    m_changed = true;
    return SimResponse::json(
        200,
        QJsonObject{{QStringLiteral("id"), id},
                    {QStringLiteral("login"), login},
                    {QStringLiteral("passwordExpiryDate"), admin.value(QStringLiteral("passwordExpiryDate"))},
                    {QStringLiteral("passwordState"), admin.value(QStringLiteral("passwordState"))}});
}

qint64 SimulatorControl::organizationFrom(const QJsonObject &body) const
{
    const std::optional<qint64> id = JsonInput::optionalInteger(body, QStringLiteral("organizationId"));
    if (id) {
        if (!m_state.organizations.contains(*id))
            failWith(404, -1023, QStringLiteral("Organization '%1' not found.").arg(*id));
        return *id;
    }
    const QString name = JsonInput::optionalString(body, QStringLiteral("name"), 128);
    if (name.isEmpty())
        failWith(400, -7, QStringLiteral("organizationId or name is required but missing."));
    const qint64 byName = m_state.topLevelOrganizationByName(name);
    if (byName == 0)
        failWith(404, -1023, QStringLiteral("Organization '%1' not found.").arg(name));
    return byName;
}

SimResponse SimulatorControl::validationExpiry(const QJsonObject &body)
{
    const qint64 orgId = organizationFrom(body);
    const int inDays = inDaysFrom(body);
    const std::optional<qint64> validationId =
        JsonInput::optionalInteger(body, QStringLiteral("validationId"));
    QList<qint64> moved;
    QStringList others;
    for (auto it = m_state.validations.cbegin(); it != m_state.validations.cend(); ++it) {
        if (it->value(QStringLiteral("_orgId")).toInteger() != orgId ||
            (validationId && it.key() != *validationId))
            continue;
        const QString status = it->value(QStringLiteral("status")).toString();
        // Only a decided, successful validation has an expiry; a PENDING or FAILED one has none to move.
        if (status == QLatin1String("VALIDATED") || status == QLatin1String("EXPIRED"))
            moved << it.key();
        else
            others << QStringLiteral("%1 %2").arg(QString::number(it.key()), status);
    }
    const QString orgName = m_state.organizations.value(orgId).value(QStringLiteral("name")).toString();
    if (validationId && moved.isEmpty() && others.isEmpty())
        failWith(404, -1025,
                 QStringLiteral("Validation %1 of organization %2 not found.")
                     .arg(QString::number(*validationId), QString::number(orgId)));
    if (moved.isEmpty())
        failWith(409, -1,
                 QStringLiteral("Organization '%1' has no VALIDATED or EXPIRED validation whose expiry could "
                                "move (%2).")
                     .arg(orgName, others.isEmpty() ? QStringLiteral("it has no validation")
                                                    : QStringLiteral("validations: ") +
                                                          others.join(QStringLiteral(", "))));
    const QDateTime expires = endOfDayIn(inDays);
    QJsonArray answered;
    for (const qint64 id : moved) {
        QJsonObject &validation = m_state.validations[id];
        validation.insert(QStringLiteral("expires"), timestamp(expires));
        validation.insert(QStringLiteral("status"),
                          inDays < 0 ? QStringLiteral("EXPIRED") : QStringLiteral("VALIDATED"));
        answered.append(QJsonObject{
            {QStringLiteral("id"), id},
            {QStringLiteral("validationLevel"), validation.value(QStringLiteral("validationLevel"))},
            {QStringLiteral("status"), validation.value(QStringLiteral("status"))},
            {QStringLiteral("expires"), validation.value(QStringLiteral("expires"))}});
    }
    m_changed = true;
    return SimResponse::json(200, QJsonObject{{QStringLiteral("organizationId"), orgId},
                                              {QStringLiteral("validations"), answered}});
}

SimResponse SimulatorControl::dcvExpiry(const QJsonObject &body)
{
    const QString name = JsonInput::requiredString(body, QStringLiteral("domain"), 255).trimmed().toLower();
    const int inDays = inDaysFrom(body);
    // DCV belongs to the registered domain (README, "which domains DCV validates"): a sub-domain's
    // name moves the expiry of its registered domain, which every domain below it shows.
    const QString registered = DomainNames::registeredDomain(name);
    bool known = m_state.dcv.contains(registered);
    for (const QJsonObject &domain : m_state.domains)
        known = known ||
                DomainNames::registeredDomain(domain.value(QStringLiteral("name")).toString()) == registered;
    if (!known)
        failWith(404, -727, QStringLiteral("The domain '%1' does not exist.").arg(name));
    const QString status = m_state.dcv.value(registered)
                               .value(QStringLiteral("status"))
                               .toString(QStringLiteral("NOT_VALIDATED"));
    if (status != QLatin1String("VALIDATED") && status != QLatin1String("EXPIRED"))
        failWith(
            409, -1,
            QStringLiteral("The DCV of '%1' is %2: only a VALIDATED or EXPIRED DCV has an expiry to move.")
                .arg(registered, status));
    QJsonObject &record = m_state.dcv[registered];
    const QDateTime expires = endOfDayIn(inDays);
    record.insert(QStringLiteral("expirationDate"), timestamp(expires));
    record.insert(QStringLiteral("status"),
                  inDays < 0 ? QStringLiteral("EXPIRED") : QStringLiteral("VALIDATED"));
    m_changed = true;
    return SimResponse::json(
        200, QJsonObject{{QStringLiteral("domain"), registered},
                         {QStringLiteral("status"), record.value(QStringLiteral("status"))},
                         {QStringLiteral("expirationDate"), record.value(QStringLiteral("expirationDate"))},
                         {QStringLiteral("dcvExpiration"), expires.date().toString(Qt::ISODate)}});
}

SimResponse SimulatorControl::revokeDelegation(const QJsonObject &body)
{
    const QString name = JsonInput::requiredString(body, QStringLiteral("domain"), 255).trimmed();
    const qint64 orgId = JsonInput::requiredInteger(body, QStringLiteral("organizationId"));
    for (QJsonObject &domain : m_state.domains) {
        if (domain.value(QStringLiteral("name")).toString().compare(name, Qt::CaseInsensitive) != 0)
            continue;
        if (!ScmApi::removeDelegatedTypes(domain, orgId, {QStringLiteral("SMIME")}))
            failWith(404, -707,
                     QStringLiteral("The domain '%1' has no SMIME delegation to organization %2.")
                         .arg(domain.value(QStringLiteral("name")).toString(), QString::number(orgId)));
        m_changed = true;
        return SimResponse::json(
            200, QJsonObject{{QStringLiteral("id"), domain.value(QStringLiteral("id"))},
                             {QStringLiteral("domain"), domain.value(QStringLiteral("name"))},
                             {QStringLiteral("delegations"), domain.value(QStringLiteral("delegations"))}});
    }
    failWith(404, -727, QStringLiteral("The domain '%1' does not exist.").arg(name));
}
