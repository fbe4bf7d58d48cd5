#pragma once

#include "SecretStore.h"

#include <QHash>
#include <QStringList>

// Secrets in memory only, gone with the process: for the tests and for --demo (the demo's secrets
// are throw-away, so the demo runs on a machine without a keychain). Answers asynchronously like the
// real keychain, so code that works with this works with that.
class MemorySecretStore final : public SecretStore
{
public:
    MemorySecretStore();
    ~MemorySecretStore() override;

    void read(const QString &key, QObject *context, Done done) override;
    void write(const QString &key, const QString &value, QObject *context, Done done) override;
    void remove(const QString &key, QObject *context, Done done) override;

    // For tests: make every call answer Unavailable with `message` (empty: work again).
    void setUnavailable(const QString &message);

    // Synchronous access, for tests and the demo's setup.
    bool contains(const QString &key) const { return m_values.contains(key); }
    QString value(const QString &key) const { return m_values.value(key); }
    void insert(const QString &key, const QString &value) { m_values.insert(key, value); }
    QStringList keys() const { return m_values.keys(); }
    QStringList values() const { return m_values.values(); }

private:
    void answer(QObject *context, Done done, const SecretResult &result);

    QHash<QString, QString> m_values;
    QString m_unavailable;
};
