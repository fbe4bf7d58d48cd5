#include "StepContext.h"

#include "Plan.h"
#include "ScmTransport.h"
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
