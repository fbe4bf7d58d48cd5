// The one connector-file writer: the connector step's values from the state, the operator's password
// from the secret store, written off the calling thread; every failure is a result, never a log line.
#include "ConnectorExporter.h"
#include "ConnectorFile.h"
#include "MemorySecretStore.h"
#include "State.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {
const QString kPassword = QStringLiteral("Op3rator-Current-Pa55");
const QString kPassphrase = QStringLiteral("correct horse battery staple");

ConnectorConfig assembled()
{
    ConnectorConfig config;
    config.customerUri = QStringLiteral("example");
    config.login = QStringLiteral("seppmail-mpki");
    config.organizationId = 4242;
    config.organizationName = QStringLiteral("Example AG");
    config.profileId = 17;
    config.profileName = QStringLiteral("Sectigo Persona Validated Certificate");
    config.term = 365;
    config.managedDomains = {QStringLiteral("example.ch")};
    config.createdAt = QDateTime(QDate(2025, 6, 1), QTime(8, 30), Qt::UTC);
    return config;
}

QString operatorKey(const ConnectorConfig &config)
{
    return SecretStore::key(config.scmHost(), config.customerUri, config.login,
                            SecretStore::operatorCurrentSlot());
}

State stateWith(const ConnectorConfig &config)
{
    State state;
    state.step(StepId::Connector).details.insert(QStringLiteral("connector"), config.plainJson());
    return state;
}
} // namespace

class TestConnectorExporter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    MemorySecretStore m_secrets;

    ConnectorExportResult waitFor(ConnectorExporter &exporter, QSignalSpy &spy)
    {
        [&] { QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 30000); }();
        QTest::qWait(20);
        if (spy.count() != 1 || exporter.isRunning())
            qWarning("finished %d times, running %d", int(spy.count()), exporter.isRunning());
        return spy.isEmpty() ? ConnectorExportResult() : spy.first().first().value<ConnectorExportResult>();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qRegisterMetaType<ConnectorExportResult>();
        m_secrets.insert(operatorKey(assembled()), kPassword);
    }

    void writesTheStatesValuesWithTheStoredPassword()
    {
        const QString path = m_dir.filePath(QStringLiteral("connector.json"));
        ConnectorExporter exporter(&m_secrets);
        QSignalSpy spy(&exporter, &ConnectorExporter::finished);
        QVERIFY(exporter.start(stateWith(assembled()), {path, kPassphrase, false}));
        // Never from inside start(), and one job at a time.
        QCOMPARE(spy.count(), 0);
        QVERIFY(exporter.isRunning());
        QVERIFY(!exporter.start(stateWith(assembled()), {path, kPassphrase, false}));
        const ConnectorExportResult result = waitFor(exporter, spy);
        QVERIFY2(result.ok, qPrintable(result.message));
        QCOMPARE(result.failure, ConnectorExportResult::Failure::None);
        QCOMPARE(result.path, path);
        QVERIFY(result.message.contains(path));

        QString error;
        const auto read = ConnectorFile::read(path, kPassphrase, &error);
        QVERIFY2(read, qPrintable(error));
        ConnectorConfig expected = assembled();
        expected.password = kPassword;
        QCOMPARE(*read, expected);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(kPassword.toUtf8()));
    }

    void plainOnlyWhenAsked()
    {
        const QString path = m_dir.filePath(QStringLiteral("plain.json"));
        ConnectorExporter exporter(&m_secrets);
        QSignalSpy spy(&exporter, &ConnectorExporter::finished);
        QVERIFY(exporter.start(assembled(), {path, QString(), true}));
        const ConnectorExportResult result = waitFor(exporter, spy);
        QVERIFY2(result.ok, qPrintable(result.message));
        QString error;
        const auto read = ConnectorFile::read(path, QString(), &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->password, kPassword);
    }

    // scrypt runs on the thread pool: the calling thread keeps answering meanwhile.
    void writesOffTheCallingThread()
    {
        const QString path = m_dir.filePath(QStringLiteral("async.json"));
        ConnectorExporter exporter(&m_secrets);
        QSignalSpy spy(&exporter, &ConnectorExporter::finished);
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start(1);
        QVERIFY(exporter.start(assembled(), {path, kPassphrase, false}));
        const ConnectorExportResult result = waitFor(exporter, spy);
        QVERIFY2(result.ok, qPrintable(result.message));
        QVERIFY2(ticks > 1, qPrintable(QString::number(ticks)));
    }

    void nothingAssembledIsAResult()
    {
        const QString path = m_dir.filePath(QStringLiteral("never.json"));
        ConnectorExporter exporter(&m_secrets);
        QSignalSpy spy(&exporter, &ConnectorExporter::finished);
        QVERIFY(exporter.start(State(), {path, kPassphrase, false}));
        QCOMPARE(spy.count(), 0);
        const ConnectorExportResult result = waitFor(exporter, spy);
        QVERIFY(!result.ok);
        QCOMPARE(result.failure, ConnectorExportResult::Failure::NotAssembled);
        QVERIFY(result.message.contains(QLatin1String("connector step")));
        QVERIFY(!QFile::exists(path));
    }

    void missingPasswordNamesTheOperator()
    {
        ConnectorConfig other = assembled();
        other.login = QStringLiteral("nobody-stored-this");
        const QString path = m_dir.filePath(QStringLiteral("nobody.json"));
        ConnectorExporter exporter(&m_secrets);
        QSignalSpy spy(&exporter, &ConnectorExporter::finished);
        QVERIFY(exporter.start(stateWith(other), {path, kPassphrase, false}));
        const ConnectorExportResult result = waitFor(exporter, spy);
        QCOMPARE(result.failure, ConnectorExportResult::Failure::NoPassword);
        QVERIFY(result.message.contains(QLatin1String("nobody-stored-this")));
        QVERIFY(!QFile::exists(path));
    }

    void unavailableStoreIsAResult()
    {
        MemorySecretStore locked;
        locked.insert(operatorKey(assembled()), kPassword);
        locked.setUnavailable(QStringLiteral("the keychain is locked"));
        const QString path = m_dir.filePath(QStringLiteral("locked.json"));
        ConnectorExporter exporter(&locked);
        QSignalSpy spy(&exporter, &ConnectorExporter::finished);
        QVERIFY(exporter.start(assembled(), {path, kPassphrase, false}));
        const ConnectorExportResult result = waitFor(exporter, spy);
        QCOMPARE(result.failure, ConnectorExportResult::Failure::SecretStore);
        QVERIFY(result.message.contains(QLatin1String("the keychain is locked")));
    }

    // Below a regular file nothing can be written, not even by root; the old file elsewhere is not
    // the point here (OwnerOnlyFile's tests keep it), the result is.
    void failedWriteIsAResultNamingTheFile_data()
    {
        QTest::addColumn<bool>("plain");
        QTest::newRow("encrypted") << false;
        QTest::newRow("plain") << true;
    }

    void failedWriteIsAResultNamingTheFile()
    {
        QFETCH(bool, plain);
        QFile regular(m_dir.filePath(QStringLiteral("a-file")));
        QVERIFY(regular.open(QIODevice::WriteOnly));
        regular.close();
        const QString path = regular.fileName() + QStringLiteral("/connector.json");
        ConnectorExporter exporter(&m_secrets);
        QSignalSpy spy(&exporter, &ConnectorExporter::finished);
        QVERIFY(exporter.start(assembled(), {path, kPassphrase, plain}));
        const ConnectorExportResult result = waitFor(exporter, spy);
        QVERIFY(!result.ok);
        QCOMPARE(result.failure, ConnectorExportResult::Failure::Write);
        QVERIFY2(result.message.contains(path), qPrintable(result.message));
    }

    void emptyPassphraseIsRefused()
    {
        const QString path = m_dir.filePath(QStringLiteral("empty-passphrase.json"));
        ConnectorExporter exporter(&m_secrets);
        QSignalSpy spy(&exporter, &ConnectorExporter::finished);
        QVERIFY(exporter.start(assembled(), {path, QString(), false}));
        const ConnectorExportResult result = waitFor(exporter, spy);
        QCOMPARE(result.failure, ConnectorExportResult::Failure::Write);
        QVERIFY2(result.message.contains(path), qPrintable(result.message));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestConnectorExporter)
#include "tst_engine_connector_exporter.moc"
