// mpki-setup import, run as a child process: field names of --json, --show-password, refusals.
#include "CommandTestSupport.h"
#include "ConnectorFile.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kPassphrase = QStringLiteral("correct horse battery staple");
}

class ImportCommandTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_encrypted;
    QString m_plain;
    QString m_passphraseFile;
    QString m_wrongPassphraseFile;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static bool writeText(const QString &path, const QByteArray &text)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_encrypted = path(QStringLiteral("connector.json"));
        m_plain = path(QStringLiteral("plain.json"));
        m_passphraseFile = path(QStringLiteral("pp"));
        m_wrongPassphraseFile = path(QStringLiteral("bad"));
        QString error;
        QVERIFY2(ConnectorFile::writeEncrypted(m_encrypted, commandTestConfig(), kPassphrase, &error),
                 qPrintable(error));
        QVERIFY2(ConnectorFile::writePlain(m_plain, commandTestConfig(), &error), qPrintable(error));
        QVERIFY(writeText(m_passphraseFile, kPassphrase.toUtf8() + "\n"));
        QVERIFY(writeText(m_wrongPassphraseFile, "wrong passphrase\n"));
    }

    void jsonUsesTheFileFieldNames()
    {
        const CommandRun run = runMpkiSetup({QStringLiteral("import"), QStringLiteral("--in"), m_encrypted,
                                             QStringLiteral("--passphrase-file"), m_passphraseFile,
                                             QStringLiteral("--json"), QStringLiteral("--show-password")});
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 0);
        QJsonParseError parseError;
        const QJsonObject json = QJsonDocument::fromJson(run.out, &parseError).object();
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        const ConnectorConfig expected = commandTestConfig();
        QCOMPARE(json.value(QLatin1String("customerUri")).toString(), expected.customerUri);
        QCOMPARE(json.value(QLatin1String("login")).toString(), expected.login);
        QCOMPARE(json.value(QLatin1String("password")).toString(), expected.password);
        QCOMPARE(json.value(QLatin1String("organizationId")).toInteger(), expected.organizationId);
        QCOMPARE(json.value(QLatin1String("profileId")).toInteger(), expected.profileId);
        QCOMPARE(json.value(QLatin1String("term")).toInt(), expected.term);
        QCOMPARE(json.value(QLatin1String("format")).toString(), ConnectorFile::format());
        QVERIFY(!run.err.contains(expected.password.toUtf8()));
    }

    void passwordOnlyWhenAsked()
    {
        const QByteArray password = commandTestConfig().password.toUtf8();
        const CommandRun json =
            runMpkiSetup({QStringLiteral("import"), QStringLiteral("--in"), m_encrypted,
                          QStringLiteral("--passphrase-file"), m_passphraseFile, QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        QVERIFY(!QJsonDocument::fromJson(json.out).object().contains(QLatin1String("password")));
        QVERIFY(!json.out.contains(password));

        const CommandRun readable =
            runMpkiSetup({QStringLiteral("import"), QStringLiteral("--in"), m_encrypted,
                          QStringLiteral("--passphrase-file"), m_passphraseFile, QStringLiteral("--lang"),
                          QStringLiteral("en")});
        QCOMPARE(readable.exitCode, 0);
        QVERIFY(!readable.out.contains(password));
        QVERIFY(readable.all().contains(QLatin1String("Customer URI: example")));
        QVERIFY(readable.all().contains(QLatin1String("Organisation ID")));

        const CommandRun shown = runMpkiSetup({QStringLiteral("import"), QStringLiteral("--in"), m_encrypted,
                                               QStringLiteral("--passphrase-file"), m_passphraseFile,
                                               QStringLiteral("--show-password")});
        QCOMPARE(shown.exitCode, 0);
        QVERIFY(shown.out.contains(password));
    }

    void wrongPassphraseExitsTwoWithoutThePassword()
    {
        const CommandRun run = runMpkiSetup({QStringLiteral("import"), QStringLiteral("--in"), m_encrypted,
                                             QStringLiteral("--passphrase-file"), m_wrongPassphraseFile,
                                             QStringLiteral("--json"), QStringLiteral("--show-password")});
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("Wrong passphrase or the file was changed"), run.err.constData());
        QVERIFY(!run.all().contains(commandTestConfig().password));
        QVERIFY(run.out.isEmpty());
    }

    void changedPlainFieldIsRefused()
    {
        QFile file(m_encrypted);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        json.insert(QStringLiteral("customerUri"), QStringLiteral("examplex"));
        const QString tampered = path(QStringLiteral("tampered.json"));
        QVERIFY(writeText(tampered, QJsonDocument(json).toJson()));
        const CommandRun run = runMpkiSetup({QStringLiteral("import"), QStringLiteral("--in"), tampered,
                                             QStringLiteral("--passphrase-file"), m_passphraseFile});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.all().contains(commandTestConfig().password));
    }

    void noPassphraseAndNoTerminalFailsAtOnce()
    {
        QElapsedTimer timer;
        timer.start();
        const CommandRun run =
            runMpkiSetup({QStringLiteral("import"), QStringLiteral("--in"), m_encrypted}, 20000);
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("--passphrase-file"));
        QVERIFY(timer.elapsed() < 15000);
    }

    void plainFileNeedsNoPassphrase()
    {
        const CommandRun run = runMpkiSetup({QStringLiteral("import"), QStringLiteral("--in"), m_plain,
                                             QStringLiteral("--json"), QStringLiteral("--show-password")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QLatin1String("password")).toString(),
                 commandTestConfig().password);
    }

    void unknownFormatAndMissingFile()
    {
        const QString newer = path(QStringLiteral("newer.json"));
        QVERIFY(writeText(newer, R"({"format":"mpki-setup.connector/9","login":"x"})"));
        const CommandRun unknown = runMpkiSetup({QStringLiteral("import"), QStringLiteral("--in"), newer});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains("mpki-setup.connector/9"));

        const CommandRun missing = runMpkiSetup(
            {QStringLiteral("import"), QStringLiteral("--in"), path(QStringLiteral("nope.json"))});
        QCOMPARE(missing.exitCode, 2);
        const CommandRun noArgument = runMpkiSetup({QStringLiteral("import")});
        QCOMPARE(noArgument.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(ImportCommandTest)
#include "ImportCommandTest.moc"
