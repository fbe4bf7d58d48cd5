// Without a reachable keychain (the D-Bus session address points nowhere) every call answers
// Unavailable at once, with a message naming the other ways to give a secret, and writes nothing.
#include "KeychainSecretStore.h"
#include "SecretStoreTestKit.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

namespace {
SecretResult call(const std::function<void(QObject *, SecretStore::Done)> &start)
{
    return SecretStoreTestKit::call(start, 30000);
}
} // namespace

class TestEngineKeychainUnavailable : public QObject
{
    Q_OBJECT

    KeychainSecretStore m_store;
    const QString m_key = SecretStore::key("cert-manager.test", "example", "mrao-admin", "password");

    static void checkUnavailable(const SecretResult &result)
    {
        QCOMPARE(result.status, SecretResult::Status::Unavailable);
        QVERIFY2(result.message.contains(QLatin1String("--password-file")), qPrintable(result.message));
        QVERIFY2(result.message.contains(QLatin1String("MPKI_SCM_PASSWORD")), qPrintable(result.message));
    }

private slots:
    void readIsUnavailable()
    {
        QElapsedTimer timer;
        timer.start();
        checkUnavailable(call([&](QObject *c, SecretStore::Done d) { m_store.read(m_key, c, d); }));
        QVERIFY2(timer.elapsed() < 10000, "no keychain must not mean a long wait");
    }

    void writeIsUnavailableAndWritesNothing()
    {
        const QString secret = QStringLiteral("Plain-Text-Would-Be-Bad-7#");
        checkUnavailable(call([&](QObject *c, SecretStore::Done d) { m_store.write(m_key, secret, c, d); }));
        checkUnavailable(call([&](QObject *c, SecretStore::Done d) { m_store.remove(m_key, c, d); }));
        // No insecure fallback: nothing under the (temporary) HOME holds it.
        QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(!file.open(QIODevice::ReadOnly) || !file.readAll().contains(secret.toUtf8()));
        }
    }
};

int main(int argc, char *argv[])
{
    // Before anything opens the session bus: a bus address that leads nowhere, no X11 display to
    // autolaunch one from, and a HOME of our own in which a plain-text fallback would show.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/mpki-setup-test/bus");
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
    QTemporaryDir home;
    qputenv("HOME", QFile::encodeName(home.path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.path() + QStringLiteral("/.config")));
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.path() + QStringLiteral("/.local/share")));
    QCoreApplication app(argc, argv);
    TestEngineKeychainUnavailable test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_engine_keychain_unavailable.moc"
