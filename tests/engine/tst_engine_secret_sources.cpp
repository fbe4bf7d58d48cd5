// Where the admin's password and the gateway's secrets come from: file, environment, keychain, and
// without a terminal an immediate failure that names every option.
#include "MemorySecretStore.h"
#include "SecretSources.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <unistd.h>

class TestEngineSecretSources : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(content);
        return path;
    }

    SecretSpec admin(const QString &file = QString())
    {
        return SecretSources::adminPassword(QStringLiteral("cert-manager.com"), QStringLiteral("example"),
                                            QStringLiteral("mrao-admin"), file);
    }

private slots:
    void initTestCase()
    {
        // Whatever ran us: no terminal on stdin, so nothing may wait for a prompt.
        const int devNull = ::open("/dev/null", O_RDONLY);
        QVERIFY(devNull >= 0);
        QCOMPARE(::dup2(devNull, STDIN_FILENO), STDIN_FILENO);
        ::close(devNull);
        QVERIFY(!SecretSources::stdinIsTerminal());
    }

    void init()
    {
        qunsetenv("MPKI_SCM_PASSWORD");
        qunsetenv("MPKI_GATEWAY_TOKEN");
    }

    void fileFirstLine()
    {
        const QString path = writeFile(QStringLiteral("pw"), "S3cret-from-file\r\nsecond line\n");
        qputenv("MPKI_SCM_PASSWORD", "from-env"); // the file wins
        const ResolvedSecret secret = SecretSources::resolveNow(admin(path), nullptr);
        QVERIFY(secret.ok());
        QCOMPARE(secret.source, ResolvedSecret::Source::File);
        QCOMPARE(secret.value, QStringLiteral("S3cret-from-file"));
    }

    void badFileIsAnErrorNotAFallThrough()
    {
        qputenv("MPKI_SCM_PASSWORD", "from-env");
        ResolvedSecret secret =
            SecretSources::resolveNow(admin(m_dir.filePath(QStringLiteral("missing"))), nullptr);
        QVERIFY(!secret.ok());
        QVERIFY2(secret.message.contains(m_dir.filePath(QStringLiteral("missing"))),
                 qPrintable(secret.message));
        secret = SecretSources::resolveNow(admin(writeFile(QStringLiteral("empty"), "\n")), nullptr);
        QVERIFY(!secret.ok());
        QVERIFY2(secret.message.contains(QLatin1String("empty")), qPrintable(secret.message));
    }

    void environment()
    {
        qputenv("MPKI_SCM_PASSWORD", "from-env");
        MemorySecretStore store;
        store.insert(admin().keychainKey, QStringLiteral("from-keychain"));
        const ResolvedSecret secret = SecretSources::resolveNow(admin(), &store);
        QCOMPARE(secret.source, ResolvedSecret::Source::Environment);
        QCOMPARE(secret.value, QStringLiteral("from-env"));
    }

    void keychain()
    {
        MemorySecretStore store;
        QCOMPARE(admin().keychainKey, QStringLiteral("cert-manager.com/example/mrao-admin/password"));
        store.insert(admin().keychainKey, QStringLiteral("from-keychain"));
        const ResolvedSecret secret = SecretSources::resolveNow(admin(), &store);
        QCOMPARE(secret.source, ResolvedSecret::Source::Keychain);
        QCOMPARE(secret.value, QStringLiteral("from-keychain"));
    }

    void nothingAndNoTerminalFailsAtOnce()
    {
        MemorySecretStore store;
        QElapsedTimer timer;
        timer.start();
        const ResolvedSecret secret = SecretSources::resolveNow(admin(), &store);
        QVERIFY(timer.elapsed() < 2000);
        QVERIFY(!secret.ok());
        QVERIFY2(secret.message.contains(QLatin1String("--password-file")), qPrintable(secret.message));
        QVERIFY2(secret.message.contains(QLatin1String("MPKI_SCM_PASSWORD")), qPrintable(secret.message));
        QVERIFY2(secret.message.contains(QLatin1String("mrao-admin")), qPrintable(secret.message));
    }

    void keychainTroubleIsPartOfTheFailure()
    {
        MemorySecretStore store;
        store.setUnavailable(QStringLiteral("no Secret Service on this bus"));
        const ResolvedSecret secret = SecretSources::resolveNow(admin(), &store);
        QVERIFY(!secret.ok());
        QVERIFY2(secret.message.contains(QLatin1String("no Secret Service on this bus")),
                 qPrintable(secret.message));
        QVERIFY2(secret.message.contains(QLatin1String("--password-file")), qPrintable(secret.message));
    }

    void gatewaySecrets()
    {
        const SecretSpec token = SecretSources::gatewayToken(QStringLiteral("gw.example.ch"), QString());
        QCOMPARE(token.environmentVariable, QStringLiteral("MPKI_GATEWAY_TOKEN"));
        QCOMPARE(token.fileOption, QStringLiteral("--gateway-token-file"));
        QCOMPARE(token.keychainKey,
                 SecretStore::gatewayKey(QStringLiteral("gw.example.ch"), SecretStore::gatewayTokenSlot()));
        const SecretSpec secretSpec =
            SecretSources::gatewaySecret(QStringLiteral("gw.example.ch"), QString());
        QCOMPARE(secretSpec.environmentVariable, QStringLiteral("MPKI_GATEWAY_SECRET"));
        QCOMPARE(secretSpec.fileOption, QStringLiteral("--gateway-secret-file"));

        qputenv("MPKI_GATEWAY_TOKEN", "tok");
        QCOMPARE(SecretSources::resolveNow(token, nullptr).value, QStringLiteral("tok"));
        const ResolvedSecret missing = SecretSources::resolveNow(secretSpec, nullptr);
        QVERIFY(!missing.ok());
        QVERIFY(missing.message.contains(QLatin1String("MPKI_GATEWAY_SECRET")));
        QVERIFY(missing.message.contains(QLatin1String("--gateway-secret-file")));
    }

    void asynchronousCallbackRunsOnce()
    {
        qputenv("MPKI_SCM_PASSWORD", "from-env");
        QObject context;
        int calls = 0;
        SecretSources::resolve(admin(), nullptr, &context, [&](const ResolvedSecret &) { ++calls; });
        QCOMPARE(calls, 0);
        QTRY_COMPARE(calls, 1);
    }
};

QTEST_GUILESS_MAIN(TestEngineSecretSources)
#include "tst_engine_secret_sources.moc"
