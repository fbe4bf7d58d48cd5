#include "SecretStore.h"

SecretStore::~SecretStore() = default;

QString SecretStore::key(const QString &host, const QString &customerUri, const QString &login,
                         const QString &slot)
{
    // Host names are case-insensitive; customer URI and login are kept as SCM has them.
    return QStringLiteral("%1/%2/%3/%4").arg(host.toLower(), customerUri, login, slot);
}

QString SecretStore::gatewayKey(const QString &gatewayHost, const QString &slot)
{
    return QStringLiteral("gateway/%1/%2").arg(gatewayHost.toLower(), slot);
}

QString SecretStore::adminPasswordSlot()
{
    return QStringLiteral("password");
}

QString SecretStore::operatorTemporarySlot()
{
    return QStringLiteral("operator-temporary");
}

QString SecretStore::operatorCurrentSlot()
{
    return QStringLiteral("operator-current");
}

QString SecretStore::operatorPendingSlot()
{
    return QStringLiteral("operator-pending");
}

QString SecretStore::gatewayTokenSlot()
{
    return QStringLiteral("gateway-token");
}

QString SecretStore::gatewaySecretSlot()
{
    return QStringLiteral("gateway-secret");
}
