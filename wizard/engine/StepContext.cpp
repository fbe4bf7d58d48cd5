#include "StepContext.h"

#include "Plan.h"
#include "ScmTransport.h"
#include "ScmTypes.h"
#include "SecretStore.h"

QUrl StepContext::portalUrl() const
{
    QUrl url = ScmTransport::normaliseBaseUrl(plan->scm.baseUrl);
    url.setPath(QStringLiteral("/customer/%1/").arg(plan->scm.customerUri));
    return url;
}

QString StepContext::scmHost() const
{
    return ScmTransport::normaliseBaseUrl(plan->scm.baseUrl).host();
}

QString StepContext::operatorSecretKey(const QString &slot) const
{
    return SecretStore::key(scmHost(), plan->scm.customerUri, plan->operatorAdmin.login, slot);
}

StepContext::AdminFacts StepContext::AdminFacts::fromAdmin(const ScmAdmin &admin)
{
    AdminFacts facts;
    facts.id = admin.id;
    for (const ScmCredential &credential : admin.credentials)
        facts.roles << credential.role;
    facts.mrao = facts.roles.contains(QStringLiteral("MRAO"));
    facts.privileges = admin.privileges;
    return facts;
}
