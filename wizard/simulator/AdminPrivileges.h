#pragma once

#include <QString>
#include <QStringList>

// SCM's admin roles and privileges (names and descriptions from the 25.5 REST documentation),
// and which privileges the simulator lets each role hold. In the legacy dialect the deprecated
// `wsApiUseOnly` ("WS API use only") and `allowSslAutoApprove` are valid for every role.
namespace AdminPrivileges {
const QStringList &roles(); // MRAO, RAO_SSL, ..., DRAO_DEVICE
bool isRole(const QString &role);
bool isDepartmentRole(const QString &role);     // DRAO_*
bool isOrganizationRole(const QString &role);   // RAO_*
QString certificateFamily(const QString &role); // SSL, SMIME, CS, DEVICE; empty for MRAO

QStringList forRole(const QString &role, bool legacyDialect);
QString description(const QString &privilege);
bool isKnown(const QString &privilege, bool legacyDialect);
} // namespace AdminPrivileges
