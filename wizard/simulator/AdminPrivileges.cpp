#include "AdminPrivileges.h"

#include <QHash>

namespace {
struct Privilege
{
    const char *name;
    const char *description;
};

const Privilege currentPrivileges[] = {
    {"allowCreate", "Add peer administrator"},
    {"allowEdit", "Edit peer administrator"},
    {"allowDelete", "Delete peer administrator"},
    {"allowDCV", "Manage domain validations"},
    {"autoApproveCertificates", "Automatically approve certificate requests"},
    {"allowMsAdDiscovery", "MS agent management"},
    {"allowKeyVault", "Download keys from Sectigo Key Vault"},
    {"approveDomainDelegation", "Approve domain delegation"},
    {"allowManageDomains", "Manage domains"},
    {"sslRequest", "Request SSL certificates"},
    {"sslRenew", "Renew SSL certificates"},
    {"sslReplace", "Replace SSL certificates"},
    {"sslRevoke", "Revoke SSL certificates"},
    {"sslApprove", "Approve SSL certificates"},
    {"sslManage", "Manage SSL certificates"},
    {"clientCertRequest", "Request client certificates"},
    {"clientCertRevoke", "Revoke client certificates"},
    {"clientCertManage", "Manage client certificates"},
    {"csRequest", "Request code signing certificates"},
    {"csRevoke", "Revoke code signing certificates"},
    {"csManage", "Manage code signing certificates"},
    {"deviceRequest", "Request device certificates"},
    {"deviceRenew", "Renew device certificates"},
    {"deviceReplace", "Replace device certificates"},
    {"deviceRevoke", "Revoke device certificates"},
    {"deviceApprove", "Approve device certificates"},
    {"deviceManage", "Manage device certificates"},
    {"editOrganizationAndDepartment", "Edit organizations & departments"},
    {"addOrganizationAndDepartments", "Add organizations & departments"},
    {"addDepartments", "Add departments"},
    {"editDepartments", "Edit departments"},
    {"orgValidationManager", "Manage organization validations"},
    {"viewUsage", "View usage"},
    {"viewSubscriptions", "View subscriptions"},
    {"manageSubscriptions", "Manage subscriptions"},
    {"acceptCustomerLicenseAgreement", "Accept customer license agreement"},
    {"externalClm", "External CLM"},
};

const Privilege legacyPrivileges[] = {
    {"wsApiUseOnly", "WS API use only"},
    {"allowSslAutoApprove", "Allow SSL auto approve"},
};

QStringList split(const char *names)
{
    return QString::fromLatin1(names).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}
} // namespace

namespace AdminPrivileges {

const QStringList &roles()
{
    static const QStringList list =
        split("MRAO RAO_SSL RAO_SMIME RAO_CS RAO_DEVICE DRAO_SSL DRAO_SMIME DRAO_CS DRAO_DEVICE");
    return list;
}

bool isRole(const QString &role)
{
    return roles().contains(role);
}

bool isDepartmentRole(const QString &role)
{
    return role.startsWith(QLatin1String("DRAO_")) && isRole(role);
}

bool isOrganizationRole(const QString &role)
{
    return role.startsWith(QLatin1String("RAO_")) && isRole(role);
}

QString certificateFamily(const QString &role)
{
    const int underscore = role.indexOf(QLatin1Char('_'));
    return underscore < 0 ? QString() : role.mid(underscore + 1);
}

QStringList forRole(const QString &role, bool legacyDialect)
{
    static const QStringList peers = split("allowCreate allowEdit allowDelete");
    static const QStringList organization =
        split("editOrganizationAndDepartment addOrganizationAndDepartments "
              "addDepartments editDepartments orgValidationManager "
              "approveDomainDelegation viewUsage");
    static const QStringList department = split("editDepartments viewUsage");
    static const QHash<QString, QStringList> family = {
        {QStringLiteral("SSL"),
         split("allowDCV autoApproveCertificates allowMsAdDiscovery allowKeyVault allowManageDomains "
               "sslRequest sslRenew sslReplace sslRevoke sslApprove sslManage")},
        {QStringLiteral("SMIME"),
         split("autoApproveCertificates allowKeyVault allowManageDomains clientCertRequest "
               "clientCertRevoke clientCertManage")},
        {QStringLiteral("CS"),
         split("autoApproveCertificates allowManageDomains csRequest csRevoke csManage")},
        {QStringLiteral("DEVICE"),
         split("autoApproveCertificates allowManageDomains deviceRequest deviceRenew "
               "deviceReplace deviceRevoke deviceApprove deviceManage")},
    };
    QStringList result;
    if (role == QLatin1String("MRAO")) {
        for (const Privilege &privilege : currentPrivileges)
            result << QString::fromLatin1(privilege.name);
    } else if (isRole(role)) {
        result = peers + family.value(certificateFamily(role)) +
                 (isOrganizationRole(role) ? organization : department);
    }
    if (legacyDialect && isRole(role)) {
        for (const Privilege &privilege : legacyPrivileges)
            result << QString::fromLatin1(privilege.name);
    }
    result.removeDuplicates();
    return result;
}

QString description(const QString &privilege)
{
    for (const Privilege &entry : currentPrivileges) {
        if (privilege == QLatin1String(entry.name))
            return QString::fromLatin1(entry.description);
    }
    for (const Privilege &entry : legacyPrivileges) {
        if (privilege == QLatin1String(entry.name))
            return QString::fromLatin1(entry.description);
    }
    return QString();
}

bool isKnown(const QString &privilege, bool legacyDialect)
{
    return forRole(QStringLiteral("MRAO"), legacyDialect).contains(privilege);
}

} // namespace AdminPrivileges
