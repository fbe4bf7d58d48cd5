#pragma once

#include <QObject>
#include <QString>

#include <functional>

// Where mpki-setup keeps secrets: the admin's password, the operator's temporary, current and
// pending passwords, the gateway's API token and secret. Never the plan, the state or a log.
struct SecretResult
{
    enum class Status
    {
        Ok,
        NotFound,
        Unavailable,
        Error
    };
    Status status = Status::Error;
    QString value;   // the secret, when Ok
    QString message; // what went wrong, translated, naming the alternatives when Unavailable

    bool ok() const { return status == Status::Ok; }
};

// Asynchronous, because the OS keychain answers over D-Bus. Each callback runs exactly once, on
// the thread of `context`, and not at all once `context` is destroyed.
class SecretStore
{
public:
    virtual ~SecretStore();

    using Done = std::function<void(const SecretResult &)>;
    virtual void read(const QString &key, QObject *context, Done done) = 0;
    virtual void write(const QString &key, const QString &value, QObject *context, Done done) = 0;
    virtual void remove(const QString &key, QObject *context, Done done) = 0;

    // The key of one secret: per SCM host, customer URI and login, then the slot
    // (e.g. "password", "operator-temporary", "operator-current", "operator-pending").
    static QString key(const QString &host, const QString &customerUri, const QString &login,
                       const QString &slot);
    // The key of a gateway's secret: per gateway host (from its API URL), then the slot.
    static QString gatewayKey(const QString &gatewayHost, const QString &slot);

    // The slots the engine uses.
    static QString adminPasswordSlot();     // "password": the admin's, when the person chose to remember it
    static QString operatorTemporarySlot(); // "operator-temporary"
    static QString operatorCurrentSlot();   // "operator-current"
    static QString operatorPendingSlot();   // "operator-pending"
    static QString gatewayTokenSlot();      // "gateway-token"
    static QString gatewaySecretSlot();     // "gateway-secret"
};
