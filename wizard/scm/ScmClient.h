#pragma once

#include "ScmTransport.h"
#include "ScmTypes.h"

#include <QObject>

class ScmReply;

// Typed calls of the SCM REST API (header authentication, https://<host>/api/...) made as one
// admin. Cheap to create: the wizard holds one for the MRAO admin and one for the operator, both
// over the same transport. Every call returns a ScmReply the caller owns; parse its json() with the
// matching Scm*::fromJson.
class ScmClient : public QObject
{
    Q_OBJECT
public:
    ScmClient(ScmTransport *transport, const ScmCredentials &credentials, QObject *parent = nullptr);

    const ScmCredentials &credentials() const { return m_credentials; }
    void setPassword(const QString &password) { m_credentials.password = password; }
    void setLogin(const QString &login) { m_credentials.login = login; }
    ScmTransport *transport() const { return m_transport; }

    // Organisations and departments
    ScmReply *listOrganizations();                               // GET organization/v1 -> [ScmOrganization]
    ScmReply *getOrganization(qint64 id);                        // GET organization/v1/{id}
    ScmReply *createOrganization(const ScmNewOrganization &org); // POST -> createdId()
    // PUT organization/v1/{id} with exactly these fields (e.g. {"clientCertsApiEnabled": true}).
    ScmReply *updateOrganization(qint64 id, const QJsonObject &fields);

    // Organisation validations (v2)
    ScmReply *listValidations(qint64 orgId);
    ScmReply *getValidation(qint64 orgId, qint64 validationId);
    ScmReply *submitValidation(qint64 orgId, const ScmValidationRequest &request); // 201 -> createdId()
    ScmReply *syncValidation(qint64 orgId, qint64 validationId);
    ScmReply *revalidate(qint64 orgId, qint64 validationId);
    ScmReply *listCaBackends(); // MRAO only

    // Domains
    ScmReply *listDomains(const QString &nameFilter = QString()); // all pages
    ScmReply *getDomain(qint64 id);
    ScmReply *createDomain(const ScmNewDomain &domain); // -> createdId()
    ScmReply *delegateDomain(qint64 domainId, const ScmDelegation &delegation);
    ScmReply *approveDelegation(qint64 domainId, qint64 orgId);

    // Domain control validation
    enum class DcvMethod
    {
        Cname,
        Txt,
        Http,
        Https,
        Email
    };
    ScmReply *dcvStatus(const QString &domain);                  // POST dcv/v2/validation/status
    ScmReply *dcvStart(DcvMethod method, const QString &domain); // not for TXT (SCM has no start)
    // email: the address chosen from dcvStart's emails (ignored otherwise)
    ScmReply *dcvSubmit(DcvMethod method, const QString &domain, const QString &email = QString());

    // Administrators
    ScmReply *findAdmins(const QString &login); // GET admin/v1?login= (all pages), as SCM filters
    // The one admin whose login is exactly `login` (case-insensitively): GET admin/v1?login= (all
    // pages), whose filter may also match longer logins, narrowed here and only here. object() is
    // that admin's list record (id, login, ...), empty when there is none: ScmAdmin::fromJson gives
    // id 0 then.
    ScmReply *findAdminByLogin(const QString &login);
    ScmReply *getAdmin(qint64 id);
    ScmReply *createAdmin(const ScmNewAdmin &admin); // -> createdId()
    ScmReply *updateAdmin(qint64 id, const ScmAdminUpdate &update);
    ScmReply *listRoles();
    ScmReply *listPrivileges(const QStringList &roles);
    ScmReply *passwordState();                               // GET admin/v1/password: the caller's own
    ScmReply *changeOwnPassword(const QString &newPassword); // POST admin/v1/changepassword -> 204

    // S/MIME
    ScmReply *smimeProfiles(qint64 organizationId); // GET smime/v1/types?organizationId=
    ScmReply *customFields(const QString &certType = QStringLiteral("SMIME")); // GET customField/v2

    static QString dcvMethodPath(DcvMethod method); // "cname", "txt", "http", "https", "email"

private:
    ScmReply *send(const ScmRequest &request);

    ScmTransport *m_transport;
    ScmCredentials m_credentials;
};
