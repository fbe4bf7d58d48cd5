#include "ScmClient.h"

#include "ScmErrorClassifier.h"
#include "ScmReply.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

// Paths and verbs: sectigo-scm-api.md (SCM 25.5 header-auth REST API).

namespace {

ScmRequest get(const QString &path, ScmRequest::Shape expect)
{
    ScmRequest request;
    request.method = "GET";
    request.path = path;
    request.idempotent = true;
    request.expect = expect;
    return request;
}

ScmRequest change(const QByteArray &method, const QString &path, const QJsonValue &body)
{
    ScmRequest request;
    request.method = method;
    request.path = path;
    request.body = body;
    request.idempotent = false;
    return request;
}

ScmRequest create(const QString &path, const QJsonObject &body)
{
    ScmRequest request = change("POST", path, body);
    request.expectsCreatedId = true;
    return request;
}

QString id(qint64 value)
{
    return QString::number(value);
}

QJsonObject domainBody(const QString &domain)
{
    return QJsonObject{{QLatin1String("domain"), domain}};
}

} // namespace

ScmClient::ScmClient(ScmTransport *transport, const ScmCredentials &credentials, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_credentials(credentials)
{}

ScmReply *ScmClient::send(const ScmRequest &request)
{
    return m_transport->send(m_credentials, request);
}

QString ScmClient::dcvMethodPath(DcvMethod method)
{
    switch (method) {
    case DcvMethod::Cname:
        return QStringLiteral("cname");
    case DcvMethod::Txt:
        return QStringLiteral("txt");
    case DcvMethod::Http:
        return QStringLiteral("http");
    case DcvMethod::Https:
        return QStringLiteral("https");
    case DcvMethod::Email:
        return QStringLiteral("email");
    }
    return QString();
}

// --- Organisations and departments

ScmReply *ScmClient::listOrganizations()
{
    // No paging: SCM returns every organisation the admin may see, departments embedded.
    ScmRequest request = get(QStringLiteral("organization/v1"), ScmRequest::Shape::Array);
    request.requiredFields = {QStringLiteral("id"), QStringLiteral("name")}; // found by name, used by id
    return send(request);
}

ScmReply *ScmClient::getOrganization(qint64 orgId)
{
    return send(get(QStringLiteral("organization/v1/") + id(orgId), ScmRequest::Shape::Object));
}

ScmReply *ScmClient::createOrganization(const ScmNewOrganization &org)
{
    return send(create(QStringLiteral("organization/v1"), org.toJson()));
}

ScmReply *ScmClient::updateOrganization(qint64 orgId, const QJsonObject &fields)
{
    return send(change("PUT", QStringLiteral("organization/v1/") + id(orgId), fields));
}

// --- Organisation validations (v2)

ScmReply *ScmClient::listValidations(qint64 orgId)
{
    ScmRequest request =
        get(QStringLiteral("organization/v2/%1/validations").arg(orgId), ScmRequest::Shape::Array);
    request.requiredFields = {QStringLiteral("id")};
    return send(request);
}

ScmReply *ScmClient::getValidation(qint64 orgId, qint64 validationId)
{
    return send(get(QStringLiteral("organization/v2/%1/validations/%2").arg(id(orgId), id(validationId)),
                    ScmRequest::Shape::Object));
}

ScmReply *ScmClient::submitValidation(qint64 orgId, const ScmValidationRequest &request)
{
    return send(create(QStringLiteral("organization/v2/%1/validations/submit").arg(orgId), request.toJson()));
}

ScmReply *ScmClient::syncValidation(qint64 orgId, qint64 validationId)
{
    // Asks SCM to refresh the status from the CA: reading, so safe to repeat.
    ScmRequest request = change(
        "POST", QStringLiteral("organization/v2/%1/validations/%2/sync").arg(id(orgId), id(validationId)),
        QJsonValue(QJsonValue::Undefined));
    request.idempotent = true;
    return send(request);
}

ScmReply *ScmClient::revalidate(qint64 orgId, qint64 validationId)
{
    return send(change(
        "PUT",
        QStringLiteral("organization/v2/%1/validations/%2/revalidate").arg(id(orgId), id(validationId)),
        QJsonObject()));
}

ScmReply *ScmClient::listCaBackends()
{
    ScmRequest request = get(QStringLiteral("ca-backend/v1"), ScmRequest::Shape::Array);
    request.requiredFields = {QStringLiteral("id")};
    return send(request);
}

// --- Domains

ScmReply *ScmClient::listDomains(const QString &nameFilter)
{
    ScmRequest request = get(QStringLiteral("domain/v1"), ScmRequest::Shape::Array);
    if (!nameFilter.isEmpty())
        request.query.append({QStringLiteral("name"), nameFilter});
    request.allPages = true;
    request.requiredFields = {QStringLiteral("id"), QStringLiteral("name")};
    return send(request);
}

ScmReply *ScmClient::getDomain(qint64 domainId)
{
    return send(get(QStringLiteral("domain/v1/") + id(domainId), ScmRequest::Shape::Object));
}

ScmReply *ScmClient::createDomain(const ScmNewDomain &domain)
{
    return send(create(QStringLiteral("domain/v1"), domain.toJson()));
}

ScmReply *ScmClient::delegateDomain(qint64 domainId, const ScmDelegation &delegation)
{
    return send(change("POST", QStringLiteral("domain/v1/%1/delegation").arg(domainId), delegation.toJson()));
}

ScmReply *ScmClient::approveDelegation(qint64 domainId, qint64 orgId)
{
    return send(change("POST", QStringLiteral("domain/v1/%1/delegation/approve").arg(domainId),
                       QJsonObject{{QLatin1String("orgId"), orgId}}));
}

// --- Domain control validation

ScmReply *ScmClient::dcvStatus(const QString &domain)
{
    ScmRequest request = change("POST", QStringLiteral("dcv/v2/validation/status"), domainBody(domain));
    request.idempotent = true; // a question, not a change
    request.expect = ScmRequest::Shape::Object;
    return send(request);
}

ScmReply *ScmClient::dcvStart(DcvMethod method, const QString &domain)
{
    if (method == DcvMethod::Txt) {
        // SCM: "Start request is not supported by the API. Use submit directly".
        auto *reply = new ScmReply(ScmTransport::newRequestId());
        reply->fail(
            ScmError(ScmError::Kind::InvalidInput, 0, 0, QString(),
                     QCoreApplication::translate("ScmError", "DCV by TXT record has no start step in SCM: "
                                                             "submit it directly.")));
        return reply;
    }
    ScmRequest request =
        change("POST", QStringLiteral("dcv/v1/validation/start/domain/") + dcvMethodPath(method),
               domainBody(domain));
    request.expect = ScmRequest::Shape::Object;
    return send(request);
}

ScmReply *ScmClient::dcvSubmit(DcvMethod method, const QString &domain, const QString &email)
{
    QJsonObject body = domainBody(domain);
    if (method == DcvMethod::Email)
        body.insert(QLatin1String("email"), email);
    ScmRequest request =
        change("POST", QStringLiteral("dcv/v1/validation/submit/domain/") + dcvMethodPath(method), body);
    request.expect = ScmRequest::Shape::Object;
    return send(request);
}

// --- Administrators

ScmReply *ScmClient::findAdmins(const QString &login)
{
    ScmRequest request = get(QStringLiteral("admin/v1"), ScmRequest::Shape::Array);
    request.query.append({QStringLiteral("login"), login});
    request.allPages = true;
    request.requiredFields = {QStringLiteral("id"), QStringLiteral("login")};
    return send(request);
}

ScmReply *ScmClient::findAdminByLogin(const QString &login)
{
    ScmRequest request = get(QStringLiteral("admin/v1"), ScmRequest::Shape::Array);
    request.query.append({QStringLiteral("login"), login});
    request.allPages = true;
    request.requiredFields = {QStringLiteral("id"), QStringLiteral("login")};
    request.select = [login](const QJsonValue &answer) -> QJsonValue {
        const QJsonArray admins = answer.toArray();
        for (const QJsonValue &admin : admins) {
            const QJsonObject record = admin.toObject();
            if (record.value(QLatin1String("login")).toString().compare(login, Qt::CaseInsensitive) == 0)
                return record;
        }
        return QJsonObject();
    };
    return send(request);
}

ScmReply *ScmClient::getAdmin(qint64 adminId)
{
    return send(get(QStringLiteral("admin/v1/") + id(adminId), ScmRequest::Shape::Object));
}

ScmReply *ScmClient::createAdmin(const ScmNewAdmin &admin)
{
    return send(create(QStringLiteral("admin/v1"), admin.toJson()));
}

ScmReply *ScmClient::updateAdmin(qint64 adminId, const ScmAdminUpdate &update)
{
    return send(change("PUT", QStringLiteral("admin/v1/") + id(adminId), update.toJson()));
}

ScmReply *ScmClient::listRoles()
{
    return send(get(QStringLiteral("admin/v1/roles"), ScmRequest::Shape::Array));
}

ScmReply *ScmClient::listPrivileges(const QStringList &roles)
{
    ScmRequest request = get(QStringLiteral("admin/v1/privileges"), ScmRequest::Shape::Array);
    for (const QString &role : roles)
        request.query.append({QStringLiteral("role"), role});
    return send(request);
}

ScmReply *ScmClient::passwordState()
{
    return send(get(QStringLiteral("admin/v1/password"), ScmRequest::Shape::Object));
}

ScmReply *ScmClient::changeOwnPassword(const QString &newPassword)
{
    return send(change("POST", QStringLiteral("admin/v1/changepassword"),
                       QJsonObject{{QLatin1String("newPassword"), newPassword}}));
}

// --- S/MIME

ScmReply *ScmClient::smimeProfiles(qint64 organizationId)
{
    ScmRequest request = get(QStringLiteral("smime/v1/types"), ScmRequest::Shape::Array);
    if (organizationId != 0)
        request.query.append({QStringLiteral("organizationId"), id(organizationId)});
    request.requiredFields = {QStringLiteral("id")};
    return send(request);
}

ScmReply *ScmClient::customFields(const QString &certType)
{
    ScmRequest request = get(QStringLiteral("customField/v2"), ScmRequest::Shape::Array);
    request.query.append({QStringLiteral("certType"), certType});
    return send(request);
}
