// The in-memory store answers like the keychain: asynchronously, once, not after its context died.
#include "MemorySecretStore.h"
#include "SecretStoreTestKit.h"

#include <QPointer>
#include <QTest>

namespace {
SecretResult call(const std::function<void(QObject *, SecretStore::Done)> &start)
{
    return SecretStoreTestKit::call(start, 5000);
}
} // namespace

class TestEngineSecretsMemory : public QObject
{
    Q_OBJECT

private slots:
    void keys()
    {
        QCOMPARE(SecretStore::key(QStringLiteral("Cert-Manager.com"), QStringLiteral("example"),
                                  QStringLiteral("seppmail-mpki"), SecretStore::operatorPendingSlot()),
                 QStringLiteral("cert-manager.com/example/seppmail-mpki/operator-pending"));
        QCOMPARE(SecretStore::gatewayKey(QStringLiteral("gw.example.ch"), SecretStore::gatewayTokenSlot()),
                 QStringLiteral("gateway/gw.example.ch/gateway-token"));
        QVERIFY(SecretStore::key("h", "c", "a", "password") != SecretStore::key("h", "c", "b", "password"));
        QVERIFY(SecretStore::key("h", "c", "a", "password") != SecretStore::key("h", "d", "a", "password"));
    }

    void writeReadOverwriteRemove()
    {
        MemorySecretStore store;
        const QString key = SecretStore::key("h", "c", "l", SecretStore::operatorCurrentSlot());
        QCOMPARE(call([&](QObject *c, SecretStore::Done d) { store.read(key, c, d); }).status,
                 SecretResult::Status::NotFound);
        QVERIFY(call([&](QObject *c, SecretStore::Done d) { store.write(key, "one", c, d); }).ok());
        SecretResult read = call([&](QObject *c, SecretStore::Done d) { store.read(key, c, d); });
        QVERIFY(read.ok());
        QCOMPARE(read.value, QStringLiteral("one"));
        QVERIFY(call([&](QObject *c, SecretStore::Done d) { store.write(key, "two", c, d); }).ok());
        QCOMPARE(call([&](QObject *c, SecretStore::Done d) { store.read(key, c, d); }).value,
                 QStringLiteral("two"));
        QVERIFY(call([&](QObject *c, SecretStore::Done d) { store.remove(key, c, d); }).ok());
        QCOMPARE(call([&](QObject *c, SecretStore::Done d) { store.read(key, c, d); }).status,
                 SecretResult::Status::NotFound);
        QVERIFY(call([&](QObject *c, SecretStore::Done d) { store.remove(key, c, d); }).ok());
    }

    void unavailable()
    {
        MemorySecretStore store;
        store.setUnavailable(QStringLiteral("no keychain here"));
        const SecretResult result = call([&](QObject *c, SecretStore::Done d) { store.read("k", c, d); });
        QCOMPARE(result.status, SecretResult::Status::Unavailable);
        QCOMPARE(result.message, QStringLiteral("no keychain here"));
        QCOMPARE(call([&](QObject *c, SecretStore::Done d) { store.write("k", "v", c, d); }).status,
                 SecretResult::Status::Unavailable);
        QVERIFY(!store.contains("k"));
    }

    void noAnswerAfterContextIsGone()
    {
        MemorySecretStore store;
        store.insert("k", "v");
        bool called = false;
        auto *context = new QObject;
        store.read("k", context, [&](const SecretResult &) { called = true; });
        delete context;
        QTest::qWait(50);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestEngineSecretsMemory)
#include "tst_engine_secrets_memory.moc"
