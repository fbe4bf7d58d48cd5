// mpki-setup export, run as a child process against the real keychain (a KEYCHAIN test): the state's
// plain connector values plus the operator's password from the keychain become a 0600 connector
// file that import reads back, and a values sheet.
#include "CommandTestSupport.h"
#include "ConnectorFile.h"
#include "KeychainSecretStore.h"
#include "State.h"
#include "StateStore.h"
#include "StepId.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <sys/stat.h>

namespace {
const QString kPassphrase = QStringLiteral("correct horse battery staple");

int modeOf(const QString &path)
{
    struct stat status = {};
    return ::stat(QFile::encodeName(path).constData(), &status) == 0 ? int(status.st_mode & 07777) : -1;
}

SecretResult writeSecretNow(SecretStore &store, const QString &key, const QString &value)
{
    SecretResult result;
    QEventLoop loop;
    bool answered = false;
    store.write(key, value, &loop, [&](const SecretResult &answer) {
        result = answer;
        answered = true;
        loop.quit();
    });
    if (!answered) {
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return result;
}
} // namespace

class ExportCommandTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_stateDir;
    QString m_passphraseFile;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    bool makeState(const QString &directory, const ConnectorConfig &config)
    {
        StateStore store(directory);
        QString error;
        if (!store.open(&error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        store.state().step(StepId::Connector).details.insert(QStringLiteral("connector"), config.plainJson());
        return store.save(&error);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_stateDir = path(QStringLiteral("state"));
        QVERIFY(makeState(m_stateDir, commandTestConfig()));
        m_passphraseFile = path(QStringLiteral("pp"));
        QFile passphrase(m_passphraseFile);
        QVERIFY(passphrase.open(QIODevice::WriteOnly));
        passphrase.write(kPassphrase.toUtf8() + "\n");
        passphrase.close();

        const ConnectorConfig config = commandTestConfig();
        KeychainSecretStore keychain;
        const SecretResult written =
            writeSecretNow(keychain,
                           SecretStore::key(config.scmHost(), config.customerUri, config.login,
                                            SecretStore::operatorCurrentSlot()),
                           config.password);
        QVERIFY2(written.ok(), qPrintable(written.message));
    }

    void exportThenImportRoundTrip()
    {
        const QString out = path(QStringLiteral("c.json"));
        const CommandRun run = runMpkiSetup({QStringLiteral("export"), QStringLiteral("--state"), m_stateDir,
                                             QStringLiteral("--out"), out,
                                             QStringLiteral("--passphrase-file"), m_passphraseFile});
        QVERIFY(run.finished);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(modeOf(out), 0600);
        const QByteArray password = commandTestConfig().password.toUtf8();
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(password));
        QVERIFY(!run.out.contains(password) && !run.err.contains(password));

        QString error;
        const auto read = ConnectorFile::read(out, kPassphrase, &error);
        QVERIFY2(read, qPrintable(error));
        ConnectorConfig expected = commandTestConfig();
        QCOMPARE(*read, expected);

        const CommandRun imported = runMpkiSetup(
            {QStringLiteral("import"), QStringLiteral("--in"), out, QStringLiteral("--passphrase-file"),
             m_passphraseFile, QStringLiteral("--json"), QStringLiteral("--show-password")});
        QCOMPARE(imported.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(imported.out).object().value(QLatin1String("password")).toString(),
                 expected.password);
    }

    void plainExportOnlyWhenAsked()
    {
        const QString out = path(QStringLiteral("plain.json"));
        const CommandRun run = runMpkiSetup({QStringLiteral("export"), QStringLiteral("--state"), m_stateDir,
                                             QStringLiteral("--out"), out, QStringLiteral("--plain")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(modeOf(out), 0600);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains(commandTestConfig().password.toUtf8()));
    }

    void noPassphraseAndNoTerminalFailsAtOnce()
    {
        const QString out = path(QStringLiteral("never.json"));
        const CommandRun run = runMpkiSetup(
            {QStringLiteral("export"), QStringLiteral("--state"), m_stateDir, QStringLiteral("--out"), out},
            20000);
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!QFile::exists(out));
    }

    void sheetsInPdfAndHtml()
    {
        const QString html = path(QStringLiteral("sheet.html"));
        const QString pdf = path(QStringLiteral("sheet.pdf"));
        CommandRun run = runMpkiSetup(
            {QStringLiteral("export"), QStringLiteral("--state"), m_stateDir, QStringLiteral("--out"),
             path(QStringLiteral("c2.json")), QStringLiteral("--passphrase-file"), m_passphraseFile,
             QStringLiteral("--sheet"), html, QStringLiteral("--lang"), QStringLiteral("de")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QFile htmlFile(html);
        QVERIFY(htmlFile.open(QIODevice::ReadOnly));
        const QByteArray htmlText = htmlFile.readAll();
        QVERIFY(htmlText.contains("Organization ID"));
        QVERIFY(!htmlText.contains(commandTestConfig().password.toUtf8()));

        run = runMpkiSetup({QStringLiteral("export"), QStringLiteral("--state"), m_stateDir,
                            QStringLiteral("--out"), path(QStringLiteral("c3.json")),
                            QStringLiteral("--passphrase-file"), m_passphraseFile, QStringLiteral("--sheet"),
                            pdf});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.read(5) == "%PDF-");
        QCOMPARE(modeOf(pdf), 0600);
    }

    void missingSecretOrValuesAreBadInput()
    {
        ConnectorConfig other = commandTestConfig();
        other.login = QStringLiteral("nobody-stored-this");
        const QString stateDir = path(QStringLiteral("other-state"));
        QVERIFY(makeState(stateDir, other));
        CommandRun run = runMpkiSetup({QStringLiteral("export"), QStringLiteral("--state"), stateDir,
                                       QStringLiteral("--out"), path(QStringLiteral("x.json")),
                                       QStringLiteral("--passphrase-file"), m_passphraseFile});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("nobody-stored-this"));

        const QString emptyState = path(QStringLiteral("empty-state"));
        {
            StateStore store(emptyState);
            QString error;
            QVERIFY(store.open(&error));
            QVERIFY(store.save(&error));
        }
        run = runMpkiSetup({QStringLiteral("export"), QStringLiteral("--state"), emptyState,
                            QStringLiteral("--out"), path(QStringLiteral("y.json")),
                            QStringLiteral("--passphrase-file"), m_passphraseFile});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("connector step"));
    }
};

QTEST_GUILESS_MAIN(ExportCommandTest)
#include "ExportCommandTest.moc"
