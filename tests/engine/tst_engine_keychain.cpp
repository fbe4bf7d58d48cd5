// The real keychain (run by tests/with-keyring.sh: private D-Bus, unlocked gnome-keyring, temporary
// HOME): write, read back, overwrite, remove, NotFound, and nothing in plain text under HOME.
#include "KeychainSecretStore.h"
#include "SecretStoreTestKit.h"

#include <QDir>
#include <QDirIterator>
#include <QRandomGenerator>
#include <QTest>

namespace {
// A secret no file could hold by chance.
QString randomSecret()
{
    QByteArray bytes(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return QStringLiteral("Kc#") + QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding));
}

SecretResult call(const std::function<void(QObject *, SecretStore::Done)> &start)
{
    return SecretStoreTestKit::call(start, 30000);
}
} // namespace

class TestEngineKeychain : public QObject
{
    Q_OBJECT

    KeychainSecretStore m_store;
    QString m_key = SecretStore::key(QStringLiteral("cert-manager.test"), QStringLiteral("example"),
                                     QStringLiteral("seppmail-mpki"), SecretStore::operatorCurrentSlot());
    QStringList m_written;

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("needs the session of tests/with-keyring.sh (run through ctest)");
    }

    void writeReadOverwriteRemove()
    {
        const QString first = randomSecret();
        const QString second = randomSecret();
        m_written << first << second;

        SecretResult result =
            call([&](QObject *c, SecretStore::Done d) { m_store.write(m_key, first, c, d); });
        QVERIFY2(result.ok(), qPrintable(result.message));
        result = call([&](QObject *c, SecretStore::Done d) { m_store.read(m_key, c, d); });
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.value, first);

        result = call([&](QObject *c, SecretStore::Done d) { m_store.write(m_key, second, c, d); });
        QVERIFY2(result.ok(), qPrintable(result.message));
        result = call([&](QObject *c, SecretStore::Done d) { m_store.read(m_key, c, d); });
        QCOMPARE(result.value, second);

        // Another slot of the same account is another secret.
        const QString pendingKey =
            SecretStore::key(QStringLiteral("cert-manager.test"), QStringLiteral("example"),
                             QStringLiteral("seppmail-mpki"), SecretStore::operatorPendingSlot());
        result = call([&](QObject *c, SecretStore::Done d) { m_store.read(pendingKey, c, d); });
        QCOMPARE(result.status, SecretResult::Status::NotFound);

        result = call([&](QObject *c, SecretStore::Done d) { m_store.remove(m_key, c, d); });
        QVERIFY2(result.ok(), qPrintable(result.message));
        result = call([&](QObject *c, SecretStore::Done d) { m_store.read(m_key, c, d); });
        QCOMPARE(result.status, SecretResult::Status::NotFound);
        QVERIFY(result.value.isEmpty());

        // Keep one stored for the plain-text scan below.
        result = call([&](QObject *c, SecretStore::Done d) { m_store.write(m_key, first, c, d); });
        QVERIFY(result.ok());
    }

    void nothingInPlainTextUnderHome()
    {
        QVERIFY(!m_written.isEmpty());
        const QString home = QDir::homePath();
        QVERIFY2(home.startsWith(QDir::tempPath()) || !qEnvironmentVariableIsEmpty("MPKI_TEST_HOME_OK"),
                 "HOME is not the temporary one of with-keyring.sh");
        QDirIterator it(home, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        int scanned = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.contains(QLatin1String("/.local/share/keyrings/")))
                continue; // gnome-keyring's encrypted store
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray content = file.read(16 * 1024 * 1024);
            ++scanned;
            for (const QString &secret : std::as_const(m_written)) {
                QVERIFY2(!content.contains(secret.toUtf8()), qPrintable(path));
                QVERIFY2(!content.contains(secret.toUtf8().toBase64()), qPrintable(path));
            }
        }
        qInfo() << "scanned" << scanned << "files under" << home;
    }

    void cleanupTestCase()
    {
        if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            call([&](QObject *c, SecretStore::Done d) { m_store.remove(m_key, c, d); });
    }
};

QTEST_GUILESS_MAIN(TestEngineKeychain)
#include "tst_engine_keychain.moc"
