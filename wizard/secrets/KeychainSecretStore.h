#pragma once

#include "SecretStore.h"

#include <QCoreApplication>

// The OS keychain through QtKeychain (Secret Service on Linux, Keychain on macOS, Credential
// Manager on Windows), service "mpki-setup". Never uses QtKeychain's insecure fallback (which
// writes plain text). When no keychain is reachable (no D-Bus session, no Secret Service, access
// refused) every call answers Unavailable with a message naming the alternatives (--password-file,
// MPKI_SCM_PASSWORD, ...).
class KeychainSecretStore final : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(KeychainSecretStore)
public:
    explicit KeychainSecretStore(const QString &service = serviceName());
    ~KeychainSecretStore() override;

    void read(const QString &key, QObject *context, Done done) override;
    void write(const QString &key, const QString &value, QObject *context, Done done) override;
    void remove(const QString &key, QObject *context, Done done) override;

    static QString serviceName(); // "mpki-setup"
    // The message of Unavailable: the keychain's own words plus the alternatives.
    static QString unavailableMessage(const QString &detail);

private:
    QString m_service;
};
