// The connector file: round trips, tamper detection, modes, atomic writes and a known answer.
#include "ConnectorFile.h"
#include "CanonicalJson.h"
#include "FileSizeLimit.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {
const QString kPassword = QStringLiteral("Tr0ub4dor&3-correct-Horse");
const QString kPassphrase = QStringLiteral("correct horse battery staple");

ConnectorConfig sampleConfig()
{
    ConnectorConfig config;
    config.customerUri = QStringLiteral("example");
    config.login = QStringLiteral("seppmail-mpki");
    config.password = kPassword;
    config.organizationId = 12345;
    config.organizationName = QStringLiteral("Beispiel AG Zürich");
    config.profileId = 678;
    config.profileName = QStringLiteral("Sectigo Persona Validated Certificate");
    config.term = 365;
    config.managedDomains = {QStringLiteral("example.ch"), QStringLiteral("mail.example.ch")};
    config.passwordExpires = QDate(2026, 3, 31);
    config.createdAt = QDateTime(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC);
    config.plan = QStringLiteral("resources/examples/demo-plan.json");
    return config;
}

// Fast parameters where a test decrypts hundreds of times; the default ones elsewhere.
ConnectorFile::Encryption fastEncryption()
{
    ConnectorFile::Encryption encryption;
    encryption.scryptLog2N = 10;
    return encryption;
}

int modeOf(const QString &path)
{
    struct stat status = {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return -1;
    return status.st_mode & 07777;
}

QJsonObject parse(const QByteArray &document)
{
    return QJsonDocument::fromJson(document).object();
}

QByteArray serialize(const QJsonObject &object)
{
    return QJsonDocument(object).toJson();
}

QByteArray flipBase64Byte(const QString &base64, int index)
{
    QByteArray raw = QByteArray::fromBase64(base64.toLatin1());
    raw[index] = static_cast<char>(raw.at(index) ^ 0x01);
    return raw.toBase64();
}
} // namespace

class ConnectorFileTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { ::umask(022); }

    void plainRoundTrip()
    {
        const ConnectorConfig config = sampleConfig();
        const QByteArray document = ConnectorFile::encodePlain(config);
        QVERIFY(!ConnectorFile::isEncrypted(document));
        QCOMPARE(parse(document).value(QLatin1String("password")).toString(), kPassword);
        QString error;
        const auto decoded = ConnectorFile::decode(document, QString(), &error);
        QVERIFY2(decoded, qPrintable(error));
        QCOMPARE(*decoded, config);
    }

    void encryptedRoundTrip()
    {
        const ConnectorConfig config = sampleConfig();
        QString error;
        const auto document = ConnectorFile::encode(config, kPassphrase, &error);
        QVERIFY2(document, qPrintable(error));
        QVERIFY(ConnectorFile::isEncrypted(*document));
        QVERIFY(!document->contains(kPassword.toUtf8()));
        // The plain fields are ordinary JSON values.
        const QJsonObject json = parse(*document);
        QCOMPARE(json.value(QLatin1String("format")).toString(), ConnectorFile::format());
        QCOMPARE(json.value(QLatin1String("customerUri")).toString(), config.customerUri);
        QCOMPARE(json.value(QLatin1String("organizationId")).toInteger(), config.organizationId);
        QVERIFY(!json.contains(QLatin1String("password")));
        const QJsonObject kdf =
            json.value(QLatin1String("encryptedPassword")).toObject().value(QLatin1String("kdf")).toObject();
        QCOMPARE(kdf.value(QLatin1String("name")).toString(), QStringLiteral("scrypt"));
        QCOMPARE(kdf.value(QLatin1String("N")).toInteger(), 32768);

        const auto decoded = ConnectorFile::decode(*document, kPassphrase, &error);
        QVERIFY2(decoded, qPrintable(error));
        QCOMPARE(*decoded, config);

        // Salt and nonce are fresh each time.
        const auto again = ConnectorFile::encode(config, kPassphrase, &error);
        QVERIFY(again);
        const QJsonObject first = json.value(QLatin1String("encryptedPassword")).toObject();
        const QJsonObject second = parse(*again).value(QLatin1String("encryptedPassword")).toObject();
        QVERIFY(first.value(QLatin1String("nonce")) != second.value(QLatin1String("nonce")));
        QVERIFY(first.value(QLatin1String("kdf")).toObject().value(QLatin1String("salt")) !=
                second.value(QLatin1String("kdf")).toObject().value(QLatin1String("salt")));
    }

    void emptyPassphraseRefusedOnWrite()
    {
        QString error;
        QVERIFY(!ConnectorFile::encode(sampleConfig(), QString(), &error));
        QVERIFY(!error.isEmpty());
    }

    void encryptedNeedsPassphrase()
    {
        QString error;
        const auto document = ConnectorFile::encode(sampleConfig(), kPassphrase, &error, fastEncryption());
        QVERIFY(document);
        ConnectorFile::Failure failure = ConnectorFile::Failure::None;
        QVERIFY(!ConnectorFile::decode(*document, QString(), &error, &failure));
        QCOMPARE(failure, ConnectorFile::Failure::NeedsPassphrase);
    }

    void wrongPassphrase()
    {
        QString error;
        const auto document = ConnectorFile::encode(sampleConfig(), kPassphrase, &error);
        QVERIFY(document);
        ConnectorFile::Failure failure = ConnectorFile::Failure::None;
        QVERIFY(!ConnectorFile::decode(*document, QStringLiteral("wrong passphrase"), &error, &failure));
        QCOMPARE(failure, ConnectorFile::Failure::Rejected);
        QVERIFY2(error.contains(QLatin1String("Wrong passphrase or the file was changed")),
                 qPrintable(error));
        QVERIFY(!error.contains(kPassword));
    }

    void tamperedRegionsAreRefused_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<int>("expected");
        const int rejected = int(ConnectorFile::Failure::Rejected);
        const int unknown = int(ConnectorFile::Failure::UnknownFormat);
        QTest::newRow("format") << "format" << unknown;
        QTest::newRow("cipher") << "cipher" << unknown;
        QTest::newRow("kdf name") << "kdf.name" << unknown;
        QTest::newRow("kdf N") << "kdf.N" << rejected;
        QTest::newRow("kdf r") << "kdf.r" << rejected;
        QTest::newRow("kdf p") << "kdf.p" << rejected;
        QTest::newRow("salt") << "salt" << rejected;
        QTest::newRow("nonce") << "nonce" << rejected;
        QTest::newRow("ciphertext") << "ciphertext" << rejected;
        QTest::newRow("tag") << "tag" << rejected;
        QTest::newRow("added field") << "+extra" << int(ConnectorFile::Failure::Malformed);
        for (const QString &key : sampleConfig().plainJson().keys())
            QTest::newRow(qPrintable(QStringLiteral("plain field ") + key)) << key << rejected;
        for (const QString &key : sampleConfig().plainJson().keys())
            QTest::newRow(qPrintable(QStringLiteral("removed field ") + key))
                << (QLatin1Char('-') + key) << rejected;
    }

    void tamperedRegionsAreRefused()
    {
        QFETCH(QString, region);
        QFETCH(int, expected);
        QString error;
        const auto document = ConnectorFile::encode(sampleConfig(), kPassphrase, &error, fastEncryption());
        QVERIFY(document);
        QJsonObject json = parse(*document);
        QJsonObject encrypted = json.value(QLatin1String("encryptedPassword")).toObject();
        QJsonObject kdf = encrypted.value(QLatin1String("kdf")).toObject();
        if (region == QLatin1String("format")) {
            json.insert(QStringLiteral("format"), QStringLiteral("mpki-setup.connector/2"));
        } else if (region == QLatin1String("cipher")) {
            encrypted.insert(QStringLiteral("cipher"), QStringLiteral("AES-128-GCM"));
        } else if (region == QLatin1String("kdf.name")) {
            kdf.insert(QStringLiteral("name"), QStringLiteral("pbkdf2"));
        } else if (region.startsWith(QLatin1String("kdf."))) {
            const QString key = region.mid(4);
            kdf.insert(key, kdf.value(key).toInteger() * 2);
        } else if (region == QLatin1String("salt")) {
            kdf.insert(region, QString::fromLatin1(flipBase64Byte(kdf.value(region).toString(), 5)));
        } else if (region == QLatin1String("nonce") || region == QLatin1String("ciphertext") ||
                   region == QLatin1String("tag")) {
            encrypted.insert(region,
                             QString::fromLatin1(flipBase64Byte(encrypted.value(region).toString(), 3)));
        } else if (region.startsWith(QLatin1Char('+'))) {
            json.insert(region.mid(1), QStringLiteral("added"));
        } else if (region.startsWith(QLatin1Char('-'))) {
            QVERIFY(json.contains(region.mid(1)));
            json.remove(region.mid(1));
        } else {
            const QJsonValue value = json.value(region);
            QVERIFY(!value.isUndefined());
            if (value.isString()) {
                json.insert(region, value.toString() + QLatin1Char('x'));
            } else if (value.isDouble()) {
                json.insert(region, value.toInteger() + 1);
            } else if (value.isArray()) {
                QJsonArray array = value.toArray();
                array.append(QStringLiteral("evil.example"));
                json.insert(region, array);
            } else {
                QFAIL("unexpected field type");
            }
        }
        encrypted.insert(QStringLiteral("kdf"), kdf);
        json.insert(QStringLiteral("encryptedPassword"), encrypted);

        ConnectorFile::Failure failure = ConnectorFile::Failure::None;
        const auto decoded = ConnectorFile::decode(serialize(json), kPassphrase, &error, &failure);
        QVERIFY(!decoded);
        QCOMPARE(int(failure), expected);
        QVERIFY(!error.isEmpty());
        QVERIFY(!error.contains(kPassword));
    }

    // Every single changed byte of the file is either refused or (only in insignificant whitespace)
    // reads back the very same values — never other values or garbage.
    void everyChangedByteIsDetected()
    {
        QString error;
        const auto document = ConnectorFile::encode(sampleConfig(), kPassphrase, &error, fastEncryption());
        QVERIFY(document);
        for (int i = 0; i < document->size(); ++i) {
            QByteArray changed = *document;
            changed[i] = static_cast<char>(changed.at(i) ^ 0x01);
            const auto decoded = ConnectorFile::decode(changed, kPassphrase, &error);
            if (decoded)
                QVERIFY2(*decoded == sampleConfig(),
                         qPrintable(QStringLiteral("byte %1 changed the values: %2")
                                        .arg(i)
                                        .arg(QString::fromUtf8(document->mid(i - 20, 40)))));
        }
    }

    void unknownFormat_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::newRow("newer version") << QByteArray(R"({"format":"mpki-setup.connector/7","login":"x"})");
        QTest::newRow("other format") << QByteArray(R"({"format":"something-else/1"})");
        QTest::newRow("no format") << QByteArray(R"({"login":"x"})");
    }

    void unknownFormat()
    {
        QFETCH(QByteArray, document);
        QString error;
        ConnectorFile::Failure failure = ConnectorFile::Failure::None;
        QVERIFY(!ConnectorFile::decode(document, kPassphrase, &error, &failure));
        QCOMPARE(failure, ConnectorFile::Failure::UnknownFormat);
        QVERIFY(!error.isEmpty());
        if (document.contains("/7"))
            QVERIFY2(error.contains(QLatin1String("mpki-setup.connector/7")), qPrintable(error));
    }

    void plainFileWithoutPasswordIsRefused()
    {
        QJsonObject json = parse(ConnectorFile::encodePlain(sampleConfig()));
        json.remove(QStringLiteral("password"));
        QString error;
        ConnectorFile::Failure failure = ConnectorFile::Failure::None;
        QVERIFY(!ConnectorFile::decode(serialize(json), QString(), &error, &failure));
        QCOMPARE(failure, ConnectorFile::Failure::Malformed);
    }

    void notJson()
    {
        QString error;
        ConnectorFile::Failure failure = ConnectorFile::Failure::None;
        QVERIFY(!ConnectorFile::decode("not json at all", kPassphrase, &error, &failure));
        QCOMPARE(failure, ConnectorFile::Failure::Malformed);
    }

    void newAndReplacedFilesAre0600()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("connector.json"));
        QString error;
        QVERIFY2(ConnectorFile::writeEncrypted(path, sampleConfig(), kPassphrase, &error), qPrintable(error));
        QCOMPARE(modeOf(path), 0600);

        // A replaced file stays 0600 even when the old one was readable by others.
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ReadGroup | QFileDevice::ReadOther));
        QCOMPARE(modeOf(path), 0644);
        QVERIFY2(ConnectorFile::writePlain(path, sampleConfig(), &error), qPrintable(error));
        QCOMPARE(modeOf(path), 0600);
        const auto read = ConnectorFile::read(path, QString(), &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->password, kPassword);
    }

    // The secret never sits in a file with a looser mode, not even in QSaveFile's temporary file.
    void temporaryFileIs0600BeforeCommit()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("connector.json"));
        const QByteArray document = ConnectorFile::encodePlain(sampleConfig());
        bool hookRan = false;
        QString error;
        const bool written = ConnectorFile::writeDocument(path, document, &error, [&](QSaveFile &file) {
            hookRan = true;
            struct stat status = {};
            if (::fstat(file.handle(), &status) != 0)
                return false;
            const int mode = status.st_mode & 07777;
            if (mode != 0600) {
                qWarning("temporary file mode %o", mode);
                return false;
            }
            // A named temporary file (when the platform has no O_TMPFILE) must be 0600 as well.
            const QStringList entries = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
            for (const QString &entry : entries) {
                if (modeOf(dir.filePath(entry)) != 0600) {
                    qWarning("%s has mode %o", qPrintable(entry), modeOf(dir.filePath(entry)));
                    return false;
                }
            }
            return !QFile::exists(path); // not yet at its final name
        });
        QVERIFY(hookRan);
        QVERIFY2(written, qPrintable(error));
        QCOMPARE(modeOf(path), 0600);
    }

    void crashMidWriteLeavesOldFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("connector.json"));
        QString error;
        QVERIFY(ConnectorFile::writeEncrypted(path, sampleConfig(), kPassphrase, &error));
        QFile old(path);
        QVERIFY(old.open(QIODevice::ReadOnly));
        const QByteArray before = old.readAll();
        old.close();

        ConnectorConfig changed = sampleConfig();
        changed.customerUri = QStringLiteral("changed");
        const auto document = ConnectorFile::encode(changed, kPassphrase, &error, fastEncryption());
        QVERIFY(document);
        // The "crash": every byte written, the rename never happens.
        QVERIFY(!ConnectorFile::writeDocument(path, *document, &error, [](QSaveFile &) { return false; }));
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("connector.json")});
        const auto read = ConnectorFile::read(path, kPassphrase, &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->customerUri, QStringLiteral("example"));
    }

    // The disk full while writing: the write is an error and the old file stays whole. The document
    // is smaller than QSaveFile's write buffer, so the failure shows only when the buffer is flushed.
    void fullDiskLeavesOldFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("connector.json"));
        QString error;
        QVERIFY(ConnectorFile::writePlain(path, sampleConfig(), &error));
        QFile old(path);
        QVERIFY(old.open(QIODevice::ReadOnly));
        const QByteArray before = old.readAll();
        old.close();

        ConnectorConfig changed = sampleConfig();
        changed.customerUri = QStringLiteral("changed");
        bool written = true;
        {
            FileSizeLimit full(64);
            QVERIFY(full.isActive());
            written = ConnectorFile::writePlain(path, changed, &error);
        }
        QVERIFY(!written);
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("connector.json")});
    }

    void unwritableDirectoryIsAnError()
    {
        QString error;
        QVERIFY(!ConnectorFile::writePlain(QStringLiteral("/nonexistent-dir/connector.json"), sampleConfig(),
                                           &error));
        QVERIFY(error.contains(QLatin1String("/nonexistent-dir/connector.json")));
    }

    void canonicalJson()
    {
        const QJsonObject object{
            {QStringLiteral("b"), 1},
            {QStringLiteral("a"), QJsonArray{true, QJsonValue(), 2.5, -7}},
            {QStringLiteral("B"), QStringLiteral("quote\" back\\ tab\t nl\n ctl\x01 ü/")}};
        QCOMPARE(CanonicalJson::serialize(object),
                 QByteArray("{\"B\":\"quote\\\" back\\\\ tab\\t nl\\n ctl\\u0001 "
                            "\xc3\xbc/\",\"a\":[true,null,2.5,-7],\"b\":1}"));
    }

    // Fixed passphrase, salt, nonce, fields and password give exactly these bytes. The vectors were
    // computed independently with Python (hashlib.scrypt + cryptography's AESGCM over
    // json.dumps(sort_keys=True, separators=(',', ':'), ensure_ascii=False)), so a later change to
    // the KDF, the cipher or the canonical form cannot silently break files already written.
    void knownAnswer()
    {
        const QByteArray expectedAad =
            QByteArray("{\"createdAt\":\"2025-06-01T12:00:00Z\",\"customerUri\":\"example\",\"format\":"
                       "\"mpki-setup.connector/1\","
                       "\"fullNameRegex\":\"(?<GN>.+) "
                       "(?<SN>.+)\",\"login\":\"seppmail-mpki\",\"managedDomains\":[\"example.ch\","
                       "\"mail.example.ch\"],\"organizationId\":12345,\"organizationName\":\"Beispiel AG "
                       "Z\xc3\xbcrich\","
                       "\"passwordExpires\":\"2026-03-31\",\"plan\":\"resources/examples/"
                       "demo-plan.json\",\"profileId\":678,"
                       "\"profileName\":\"Sectigo Persona Validated "
                       "Certificate\",\"provider\":\"SECTIGO\",\"renewalDays\":30,"
                       "\"scmBaseUrl\":\"https://cert-manager.com\",\"term\":365}");
        const QString expectedCiphertext = QStringLiteral("Sc1+AkW2zppYg+gWoWQL3JlhV85Nrpt8mA==");
        const QString expectedTag = QStringLiteral("BwDTrRdtDY1uDskKTdKePw==");

        ConnectorFile::Encryption encryption;
        for (int i = 0; i < 16; ++i)
            encryption.salt.append(char(i));
        for (int i = 0xa0; i < 0xac; ++i)
            encryption.nonce.append(char(i));
        QString error;
        const auto document = ConnectorFile::encode(sampleConfig(), kPassphrase, &error, encryption);
        QVERIFY2(document, qPrintable(error));
        QJsonObject json = parse(*document);
        const QJsonObject encrypted = json.value(QLatin1String("encryptedPassword")).toObject();
        QCOMPARE(encrypted.value(QLatin1String("ciphertext")).toString(), expectedCiphertext);
        QCOMPARE(encrypted.value(QLatin1String("tag")).toString(), expectedTag);
        QCOMPARE(encrypted.value(QLatin1String("nonce")).toString(), QStringLiteral("oKGio6Slpqeoqaqr"));
        json.remove(QStringLiteral("encryptedPassword"));
        QCOMPARE(ConnectorFile::canonicalJson(json), expectedAad);

        // A file written by this version, as stored: it must keep reading.
        const QByteArray stored = QByteArray(
            "{\"createdAt\":\"2025-06-01T12:00:00Z\",\"customerUri\":\"example\",\"encryptedPassword\":{"
            "\"cipher\":"
            "\"AES-256-GCM\",\"ciphertext\":\"Sc1+AkW2zppYg+gWoWQL3JlhV85Nrpt8mA==\",\"kdf\":{\"N\":32768,"
            "\"name\":"
            "\"scrypt\",\"p\":1,\"r\":8,\"salt\":\"AAECAwQFBgcICQoLDA0ODw==\"},\"nonce\":"
            "\"oKGio6Slpqeoqaqr\",\"tag\":"
            "\"BwDTrRdtDY1uDskKTdKePw==\"},\"format\":\"mpki-setup.connector/"
            "1\",\"fullNameRegex\":\"(?<GN>.+) "
            "(?<SN>.+)\",\"login\":\"seppmail-mpki\",\"managedDomains\":[\"example.ch\",\"mail.example.ch\"],"
            "\"organizationId\":12345,\"organizationName\":\"Beispiel AG Z\xc3\xbcrich\",\"passwordExpires\":"
            "\"2026-03-31\",\"plan\":\"resources/examples/demo-plan.json\",\"profileId\":678,\"profileName\":"
            "\"Sectigo Persona Validated "
            "Certificate\",\"provider\":\"SECTIGO\",\"renewalDays\":30,\"scmBaseUrl\":"
            "\"https://cert-manager.com\",\"term\":365}");
        const auto decoded = ConnectorFile::decode(stored, kPassphrase, &error);
        QVERIFY2(decoded, qPrintable(error));
        QCOMPARE(*decoded, sampleConfig());
    }
};

QTEST_GUILESS_MAIN(ConnectorFileTest)
#include "ConnectorFileTest.moc"
