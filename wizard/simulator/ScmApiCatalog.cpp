// What SCM offers rather than what a client creates: CA backends, S/MIME profiles, custom fields.
#include "ScmApi.h"

#include "SimulatorState.h"

#include <QJsonArray>

SimResponse ScmApi::listCaBackends(const Caller &caller)
{
    if (!caller.mrao)
        failWith(400, -3,
                 QStringLiteral("You are not authorized to perform ca-backend listing: access to this "
                                "API is allowed only for MRAO role admins."));
    QJsonArray list;
    for (const QJsonObject &backend : m_state.caBackends)
        list.append(SimulatorState::publicView(backend));
    return SimResponse::json(200, list);
}

SimResponse ScmApi::listSmimeTypes(const Caller &caller, const SimRequest &request)
{
    const QString orgIdText = request.query.queryItemValue(QStringLiteral("organizationId"));
    if (!orgIdText.isEmpty()) {
        const qint64 orgId = idFrom(orgIdText);
        organization(orgId);
        if (!manages(caller, orgId))
            requireManages(caller, orgId);
    }
    QJsonArray list;
    for (const QJsonObject &profile : m_state.smimeTypes)
        list.append(SimulatorState::publicView(profile));
    return SimResponse::json(200, list);
}

SimResponse ScmApi::listCustomFields(const SimRequest &request)
{
    const QString certType = request.query.queryItemValue(QStringLiteral("certType"));
    static const QStringList certTypes = {QStringLiteral("SSL"), QStringLiteral("SMIME"),
                                          QStringLiteral("CodeSign"), QStringLiteral("Device")};
    if (!certType.isEmpty() && !certTypes.contains(certType))
        failWith(400, -1601,
                 QStringLiteral("Field 'certType' has invalid value: '%1' is not one of %2.")
                     .arg(certType, certTypes.join(QStringLiteral(", "))));
    QJsonArray list;
    for (const QJsonObject &field : m_state.customFields) {
        if (certType.isEmpty() || field.value(QStringLiteral("certType")).toString() == certType)
            list.append(SimulatorState::publicView(field));
    }
    return SimResponse::json(200, list);
}

SimResponse ScmApi::listSmimeCustomFieldsV1()
{
    // The deprecated shape: one boolean. Assumption (README): `mandatory` means mandatory for the
    // REST API.
    QJsonArray list;
    for (const QJsonObject &field : m_state.customFields) {
        if (field.value(QStringLiteral("certType")).toString() != QLatin1String("SMIME"))
            continue;
        list.append(QJsonObject{
            {QStringLiteral("id"), field.value(QStringLiteral("id"))},
            {QStringLiteral("name"), field.value(QStringLiteral("name"))},
            {QStringLiteral("mandatory"),
             field.value(QStringLiteral("mandatories")).toArray().contains(QStringLiteral("REST_API"))},
        });
    }
    return SimResponse::json(200, list);
}
