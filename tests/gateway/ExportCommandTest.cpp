// mpki-setup export, run as a child process against the real keychain (a KEYCHAIN test): the state's
// plain connector values plus the operator's password from the keychain become a 0600 connector
// file that import reads back, and a values sheet.
#include "CommandTestSupport.h"
#include "ConnectorFile.h"
#include "FileSizeLimit.h"
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

    // A full disk: the good connector file stays as it was, and nothing says "Wrote".
    void fullDiskKeepsTheOldFile()
    {
        const QString out = path(QStringLiteral("full.json"));
        CommandRun run = runMpkiSetup({QStringLiteral("export"), QStringLiteral("--state"), m_stateDir,
                                       QStringLiteral("--out"), out, QStringLiteral("--plain")});
        QCOMPARE(run.exitCode, 0);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();
        {
            FileSizeLimit full(64); // the child inherits the limit (and the ignored SIGXFSZ)
            QVERIFY(full.isActive());
            run = runMpkiSetup({QStringLiteral("export"), QStringLiteral("--state"), m_stateDir,
                                QStringLiteral("--out"), out, QStringLiteral("--plain")});
        }
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.all().contains(QLatin1String("no space left")), qPrintable(run.all()));
        QVERIFY2(run.all().contains(out), qPrintable(run.all()));
        QVERIFY2(!run.all().contains(QLatin1String("Wrote")), qPrintable(run.all()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
    }

    // --out and --sheet never write through a symbolic link nor over the state's own files; a file
    // that is not a connector file is replaced only with --force.
    void refusesDangerousTargets()
    {
        const QString victim = path(QStringLiteral("victim.txt"));
        QFile precious(victim);
        QVERIFY(precious.open(QIODevice::WriteOnly));
        precious.write("precious\n");
        precious.close();
        const QString link = path(QStringLiteral("link.json"));
        QVERIFY(QFile::link(victim, link));
        const QString stateFile = m_stateDir + QStringLiteral("/state.json");
        QFile state(stateFile);
        QVERIFY(state.open(QIODevice::ReadOnly));
        const QByteArray stateBefore = state.readAll();
        state.close();
        const QList<QStringList> refused{
            {QStringLiteral("--out"), link},
            {QStringLiteral("--out"), stateFile},
            {QStringLiteral("--out"), m_stateDir + QStringLiteral("/../state/journal.jsonl")},
            {QStringLiteral("--out"), victim},
            {QStringLiteral("--out"), path(QStringLiteral("ok.json")), QStringLiteral("--sheet"),
             path(QStringLiteral("link.html"))},
        };
        QVERIFY(QFile::link(victim, path(QStringLiteral("link.html"))));
        for (const QStringList &target : refused) {
            const CommandRun run =
                runMpkiSetup(QStringList{QStringLiteral("export"), QStringLiteral("--state"), m_stateDir,
                                         QStringLiteral("--plain")} +
                             target);
            QVERIFY2(run.exitCode == 2,
                     qPrintable(target.join(QLatin1Char(' ')) + QLatin1Char('\n') + run.all()));
        }
        QVERIFY(precious.open(QIODevice::ReadOnly));
        QCOMPARE(precious.readAll(), QByteArray("precious\n"));
        precious.close();
        QVERIFY(state.open(QIODevice::ReadOnly));
        QCOMPARE(state.readAll(), stateBefore);
        state.close();
        // With --force the file that is not a connector file is replaced.
        const CommandRun forced = runMpkiSetup({QStringLiteral("export"), QStringLiteral("--state"),
                                                m_stateDir, QStringLiteral("--plain"),
                                                QStringLiteral("--out"), victim, QStringLiteral("--force")});
        QVERIFY2(forced.exitCode == 0, qPrintable(forced.all()));
    }
};

QTEST_GUILESS_MAIN(ExportCommandTest)
#include "ExportCommandTest.moc"
