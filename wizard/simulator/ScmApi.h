#pragma once

#include "SimulatorHttp.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QStringList>
#include <QUrl>

class Clock;
class SimulatorState;
struct ScmSimulatorOptions;

// The simulated SCM REST API below /api/: header authentication, then one handler per call of
// sectigo-scm-api.md. The handlers are split by subject over ScmApi*.cpp (organisations and
// validations, domains and DCV, admins and passwords, catalogues). All of them run on the event
// loop's thread, synchronously; the HTTP server around them adds latency and faults.
class ScmApi
{
public:
    ScmApi(SimulatorState &state, const ScmSimulatorOptions &options, const Clock &clock);

    void setBaseUrl(const QUrl &baseUrl) { m_baseUrl = baseUrl; }
    // Answers a request whose path starts with /api/. *stateChanged tells whether the state
    // changed (and must be saved).
    SimResponse handle(const SimRequest &request, bool *stateChanged);
    // Decides what is due on the Clock (validations and DCV orders past their delay, VALIDATED records
    // past their expiry), as a read would. The simulator's controls call it before they move a date,
    // so that they act on what a client would see. True when something changed.
    bool settle();
    // Removes `certTypes` from the delegation of `domain` to `orgId`, and the delegation once it has
    // no type left. False when that delegation has none of them.
    static bool removeDelegatedTypes(QJsonObject &domain, qint64 orgId, const QStringList &certTypes);

private:
    // The authenticated admin and what it may touch.
    struct Caller
    {
        qint64 id = 0;
        QString login;
        bool mrao = false;
        QStringList privileges;
        QStringList roles;
        QSet<qint64> scope; // organisations and departments it administers (not used for MRAO)

        bool has(const QString &privilege) const { return mrao || privileges.contains(privilege); }
        bool hasOrganizationRole() const;
    };

    Caller authenticate(const SimRequest &request, const QStringList &segments);
    SimResponse route(const SimRequest &request, const QStringList &segments, Caller &caller);

    // Organisations, departments, validations (ScmApiOrganizations.cpp).
    SimResponse listOrganizations(const Caller &caller);
    SimResponse getOrganization(const Caller &caller, qint64 id);
    SimResponse createOrganization(const Caller &caller, const SimRequest &request);
    SimResponse updateOrganization(const Caller &caller, qint64 id, const SimRequest &request);
    SimResponse deleteOrganization(const Caller &caller, qint64 id);
    SimResponse listValidations(const Caller &caller, qint64 orgId);
    SimResponse getValidation(const Caller &caller, qint64 orgId, qint64 validationId);
    SimResponse submitValidation(const Caller &caller, qint64 orgId, const SimRequest &request);
    SimResponse revalidate(const Caller &caller, qint64 orgId, qint64 validationId,
                           const SimRequest &request);
    SimResponse deleteValidation(const Caller &caller, qint64 orgId, qint64 validationId);
    QJsonObject renderOrganization(const Caller &caller, const QJsonObject &organization) const;
    QJsonArray departmentsOf(const Caller &caller, qint64 orgId) const;
    QJsonObject &validationOf(const Caller &caller, qint64 orgId, qint64 validationId, bool forChange);
    void evaluateValidation(QJsonObject &validation);
    static QJsonObject renderValidation(const QJsonObject &validation);
    QJsonObject organizationDetailsFrom(const QJsonObject &body, const QString &level, bool required) const;

    // Domains, delegations, DCV (ScmApiDomains.cpp).
    SimResponse listDomains(const Caller &caller, const SimRequest &request);
    SimResponse getDomain(const Caller &caller, qint64 id);
    SimResponse createDomain(const Caller &caller, const SimRequest &request);
    SimResponse deleteDomain(const Caller &caller, qint64 id);
    SimResponse delegateDomain(const Caller &caller, qint64 id, const SimRequest &request);
    SimResponse decideDelegation(const Caller &caller, qint64 id, const SimRequest &request, bool approve);
    SimResponse removeDelegation(const Caller &caller, qint64 id, const SimRequest &request);
    SimResponse dcvStatus(const Caller &caller, const SimRequest &request, bool version2);
    SimResponse dcvStart(const Caller &caller, const SimRequest &request, const QString &method);
    SimResponse dcvSubmit(const Caller &caller, const SimRequest &request, const QString &method);
    SimResponse dcvList(const Caller &caller, const SimRequest &request);
    bool domainVisible(const Caller &caller, const QJsonObject &domain) const;
    QJsonObject &visibleDomain(const Caller &caller, qint64 id);
    QJsonArray parseDelegations(const Caller &caller, const QJsonValue &value, const QString &name) const;
    QJsonObject &dcvRecordFor(const Caller &caller, const QJsonObject &body, bool forChange);
    void evaluateDcv(QJsonObject &record);
    QString dcvStatusOf(const QString &registeredDomain);

    // Admins and passwords (ScmApiAdmins.cpp).
    SimResponse listAdmins(const Caller &caller, const SimRequest &request);
    SimResponse getAdmin(const Caller &caller, qint64 id);
    SimResponse createAdmin(const Caller &caller, const SimRequest &request);
    SimResponse updateAdmin(const Caller &caller, qint64 id, const SimRequest &request);
    SimResponse deleteAdmin(const Caller &caller, qint64 id);
    SimResponse listRoles();
    SimResponse listPrivileges(const Caller &caller, const SimRequest &request);
    SimResponse passwordState(const Caller &caller);
    SimResponse changePassword(const Caller &caller, const SimRequest &request);
    bool adminVisible(const Caller &caller, const QJsonObject &admin) const;
    QJsonArray parseCredentials(const Caller &caller, const QJsonValue &value) const;
    void checkPrivileges(const Caller &caller, const QStringList &privileges,
                         const QJsonArray &credentials) const;
    void checkPersonalFields(const QJsonObject &body, bool creating) const;

    // CA backends, S/MIME profiles, custom fields (ScmApiCatalog.cpp).
    SimResponse listCaBackends(const Caller &caller);
    SimResponse listSmimeTypes(const Caller &caller, const SimRequest &request);
    SimResponse listCustomFields(const SimRequest &request);
    SimResponse listSmimeCustomFieldsV1();

    // Shared helpers (ScmApi.cpp).
    QDateTime now() const;
    QByteArray location(const QString &pathBelowApi) const;
    SimResponse created(const QString &pathBelowApi) const;
    SimResponse page(const QJsonArray &items, const SimRequest &request) const;
    const QJsonObject &organization(qint64 id) const; // 404 -1023
    bool manages(const Caller &caller, qint64 orgId) const;
    void requireManages(const Caller &caller, qint64 orgId) const; // -226
    QSet<qint64> scopeOf(const QJsonObject &admin) const;
    static qint64 idFrom(const QString &segment);
    static QString today(const QDateTime &when);
    static QString timestamp(const QDateTime &when);

    SimulatorState &m_state;
    const ScmSimulatorOptions &m_options;
    const Clock &m_clock;
    QUrl m_baseUrl;
    bool m_changed = false;
};
