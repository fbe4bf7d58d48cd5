#include "MemorySecretStore.h"

#include <QCoreApplication>
#include <QMetaObject>

MemorySecretStore::MemorySecretStore() = default;

MemorySecretStore::~MemorySecretStore() = default;

void MemorySecretStore::answer(QObject *context, Done done, const SecretResult &result)
{
    // Always later, on the context's thread, and not at all once the context is gone: the contract
    // of SecretStore, which the keychain's D-Bus round trip imposes.
    QObject *target = context ? context : QCoreApplication::instance();
    QMetaObject::invokeMethod(
        target, [done = std::move(done), result] { done(result); }, Qt::QueuedConnection);
}

void MemorySecretStore::read(const QString &key, QObject *context, Done done)
{
    SecretResult result;
    if (!m_unavailable.isEmpty()) {
        result.status = SecretResult::Status::Unavailable;
        result.message = m_unavailable;
    } else if (m_values.contains(key)) {
        result.status = SecretResult::Status::Ok;
        result.value = m_values.value(key);
    } else {
        result.status = SecretResult::Status::NotFound;
        result.message =
            QCoreApplication::translate("MemorySecretStore", "No secret is stored for %1.").arg(key);
    }
    answer(context, std::move(done), result);
}

void MemorySecretStore::write(const QString &key, const QString &value, QObject *context, Done done)
{
    SecretResult result;
    if (!m_unavailable.isEmpty()) {
        result.status = SecretResult::Status::Unavailable;
        result.message = m_unavailable;
    } else {
        m_values.insert(key, value);
        result.status = SecretResult::Status::Ok;
    }
    answer(context, std::move(done), result);
}

void MemorySecretStore::remove(const QString &key, QObject *context, Done done)
{
    SecretResult result;
    if (!m_unavailable.isEmpty()) {
        result.status = SecretResult::Status::Unavailable;
        result.message = m_unavailable;
    } else {
        // Removing what is not there is not an error: the wanted end state holds.
        m_values.remove(key);
        result.status = SecretResult::Status::Ok;
    }
    answer(context, std::move(done), result);
}

void MemorySecretStore::setUnavailable(const QString &message)
{
    m_unavailable = message;
}
